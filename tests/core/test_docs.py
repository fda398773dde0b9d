"""The documentation's examples run, and the public API is documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import emulation_core

DOCS = Path(__file__).resolve().parents[2] / "docs"


def python_blocks(name: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", (DOCS / name).read_text("utf-8"), re.S)


def test_library_example_runs() -> None:
    (example,) = python_blocks("library.md")
    result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "['2018-6-thang', '2018-ca-nam']"
    assert len(lines) == 8


def test_every_public_name_is_documented() -> None:
    text = "".join(p.read_text("utf-8") for p in DOCS.glob("*.md"))
    missing = [name for name in emulation_core.__all__ if f"`{name}`" not in text]
    assert missing == []
