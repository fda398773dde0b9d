"""`emulation tui` and `emulation demo` hand over to the UI before any of the library is
imported: the UI draws its first frame, then opens the workspace on a worker, so whatever the
command line imports first is time with nothing on screen. A failure still gets the one-line
message of any other command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import emulation_cli
from emulation_core import sample_workspace_path

# What the command line had imported when the UI was handed the workspace: attrs and the
# library's modules, but for the sample's path (a folder name) and the table of where the
# public names live (read for the version).
_PROBE = """
import sys
import emulation_tui.app as app
seen = []
def run(path):
    seen.append(sorted(m for m in sys.modules if m == 'attrs' or m.startswith('emulation_core.')
                       and m not in ('emulation_core.sample', 'emulation_core._exports')))
    return 0
app.run = run
import emulation_cli
print(emulation_cli.main(WORDS), seen)
"""


@pytest.mark.parametrize("words", [["tui", "WORKSPACE"], ["tui"], ["demo"]])
def test_the_ui_commands_import_nothing_of_the_library_before_the_ui(
        words: list[str], tmp_path: Path) -> None:
    words = [str(sample_workspace_path()) if w == "WORKSPACE" else w for w in words]
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.replace("WORDS", repr(words))], capture_output=True,
        text=True, check=True, env={"XDG_DATA_HOME": str(tmp_path), "PATH": ""})
    assert result.stdout.strip() == "0 [[]]", result.stderr


def test_a_failing_ui_command_says_why_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "mine.txt").write_text("mine", encoding="utf-8")
    assert emulation_cli.main(["demo", "--copy-to", str(occupied)]) == 2
    err = capsys.readouterr().err
    assert "folder is not empty" in err and "Traceback" not in err
    assert (occupied / "mine.txt").read_text(encoding="utf-8") == "mine"
