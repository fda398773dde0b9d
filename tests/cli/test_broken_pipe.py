"""A reader that stops early (`emulation rank … | head`) ends the command quietly."""

from __future__ import annotations

import subprocess
import sys

from emulation_core import sample_workspace_path


def test_a_closed_pipe_is_not_an_error() -> None:
    """The pipe is closed before the command writes anything, so every write hits it."""
    code = (
        "import os, sys\n"
        "read, write = os.pipe()\n"
        "os.close(read)\n"
        "os.dup2(write, 1)\n"
        "from emulation_cli import main\n"
        f"sys.exit(main(['rank', {str(sample_workspace_path())!r}, '--format', 'json']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
