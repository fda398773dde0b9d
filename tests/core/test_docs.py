"""The documentation's examples run as written, and the public API is documented.

Every ```python block of docs/library.md runs on its own in a fresh interpreter; the tests
below check what each prints, so that an example that runs but shows something else fails.
The blocks of docs/plugins.md are run by tests/plugins/test_docs.py.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import emulation_core

DOCS = Path(__file__).resolve().parents[2] / "docs"


def python_blocks(name: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", (DOCS / name).read_text("utf-8"), re.S)


def run(example: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def block_under(name: str, heading: str) -> str:
    """The one python block in the section of ``name`` that starts at ``heading``."""
    text = (DOCS / name).read_text("utf-8")
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    (block,) = re.findall(r"```python\n(.*?)```", text[start:end if end >= 0 else None], re.S)
    return block


def test_every_library_example_is_checked_below() -> None:
    blocks = python_blocks("library.md")
    assert blocks == [block_under("library.md", "## A complete example"),
                      block_under("library.md", "## A year's steps from a script")]


def test_library_example_runs() -> None:
    lines = run(block_under("library.md", "## A complete example"))
    assert lines[0] == "['2018-6-thang', '2018-ca-nam']"
    assert len(lines) == 8


def test_the_year_s_steps_run_and_show_the_corrected_ranking() -> None:
    lines = run(block_under("library.md", "## A year's steps from a script"))
    # new_coops corrected to 38 of the target 40, the Red Cross's "5.480" read as a count
    # against 6000 blood units; the others have not reported
    assert lines[0] == "1 Liên minh HTX 17,12 Không hoàn thành nhiệm vụ"
    assert f"`{lines[0]}`" in (DOCS / "library.md").read_text("utf-8")  # the line it quotes
    assert lines[1] == "2 Hội Chữ thập đỏ 8,77 Không hoàn thành nhiệm vụ"
    assert lines[2].endswith(" 0,00 chưa nộp")
    assert lines[3] == "ket-qua-2019-6-thang.xlsx True"
    assert len(lines) == 4


def test_every_public_name_is_documented() -> None:
    text = "".join(p.read_text("utf-8") for p in DOCS.glob("*.md"))
    missing = [name for name in emulation_core.__all__ if f"`{name}`" not in text]
    assert missing == []
