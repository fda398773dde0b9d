"""The library knows no front end (never loads Textual or rich), and never evaluates code from
data."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import emulation_core

CORE = Path(emulation_core.__file__).parent


def core_modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages([str(CORE)], prefix="emulation_core.")
        if not info.name.endswith(".__main__")  # running it is the command itself
    )


FRONT_ENDS = ("textual", "rich", "emulation_cli", "emulation_tui")


def test_every_core_module_imports_without_a_front_end() -> None:
    modules = core_modules()
    assert "emulation_core.workspace" in modules and "emulation_core.scoring" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FRONT_ENDS!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_no_eval_exec_or_pickle_in_the_library() -> None:
    pattern = re.compile(r"\b(eval|exec)\(|\bpickle\b|\bmarshal\b")
    offenders = [
        f"{path.relative_to(CORE)}:{number}"
        for path in CORE.rglob("*.py")
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if pattern.search(line) and "mode=\"eval\"" not in line
    ]
    assert offenders == []
