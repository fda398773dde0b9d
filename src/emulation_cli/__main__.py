"""``python -m emulation_cli`` is the same as ``emulation``."""

import sys

from . import main

sys.exit(main())
