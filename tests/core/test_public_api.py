"""The public API is read lazily (PEP 562): every exported name resolves, from the module its
type-checking import names, and importing the package alone loads none of its modules but
the table of where each name lives."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import emulation_core

INIT = Path(emulation_core.__file__)


def _typing_aliases() -> list[tuple[str, str, str]]:
    """(public name, module, name in the module) of the ``if TYPE_CHECKING:`` imports of the
    package's own modules (``typing``'s are for annotations only)."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, ast.If))
    return [(alias.asname or alias.name, str(node.module), alias.name) for node in block.body
            if isinstance(node, ast.ImportFrom) and node.level == 1 for alias in node.names]


def _typing_imports() -> dict[str, str]:
    """Public name → module of the ``if TYPE_CHECKING:`` imports of ``__init__.py``."""
    return {name: module for name, module, _ in _typing_aliases()}


def test_the_lazy_table_matches_the_typing_imports_and_all() -> None:
    declared = _typing_imports()
    assert declared == emulation_core._MODULE_OF
    assert {name: inner for name, _, inner in _typing_aliases() if name != inner} \
        == emulation_core._RENAMED
    assert set(emulation_core.__all__) == set(declared) | {"open_workspace", "__version__"}


def test_every_exported_name_is_the_object_its_module_defines() -> None:
    for name, module, inner in _typing_aliases():
        home = sys.modules.get(f"emulation_core.{module}") or __import__(
            f"emulation_core.{module}", fromlist=[inner])
        assert getattr(emulation_core, name) is getattr(home, inner), name
    assert set(emulation_core.__all__) <= set(dir(emulation_core))


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        emulation_core.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("no AttributeError")


def test_importing_the_package_loads_only_what_a_name_needs() -> None:
    code = (
        "import sys, emulation_core\n"
        "before = sorted(m for m in sys.modules if m.startswith('emulation_core.'))\n"
        "emulation_core.Scoreboard\n"
        "print(before, 'emulation_core.scoring' in sys.modules,"
        " 'emulation_core.overlap' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "['emulation_core._exports'] True False"
