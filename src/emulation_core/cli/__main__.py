"""``python -m emulation_core.cli`` is the same as ``emulation``."""

import sys

from . import main

sys.exit(main())
