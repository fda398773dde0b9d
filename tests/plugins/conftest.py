"""Real entry-point registrations for plugin tests.

:class:`Site` writes importable modules and ``*.dist-info`` folders (METADATA and
``entry_points.txt``, as pip leaves them) into a temporary folder put on ``sys.path``, so
that ``importlib.metadata`` discovers them exactly as it discovers installed packages.
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from emulation_core import ENTRY_POINT_GROUP, ENV_VAR, plugins


class Site:
    """A folder on ``sys.path`` holding fake installed distributions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.modules: list[str] = []

    def add(self, package: str, module: str, source: str,
            entry_points: dict[str, str], version: str = "1.0") -> None:
        """Install ``package``: module ``module`` with ``source``, registering ``entry_points``
        (entry-point name → ``module:attribute``)."""
        (self.path / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        self.modules.append(module)
        dist = self.path / f"{re.sub(r'[-.]+', '_', package)}-{version}.dist-info"
        dist.mkdir()
        (dist / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {package}\nVersion: {version}\n", encoding="utf-8")
        lines = [f"[{ENTRY_POINT_GROUP}]", *(f"{k} = {v}" for k, v in entry_points.items())]
        (dist / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """No EMULATION_PLUGINS, and a default registry that rediscovers plugins."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr(plugins, "_default", None)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
         fresh_registry: None) -> Iterator[Site]:
    folder = tmp_path / "site-packages"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    result = Site(folder)
    yield result
    for module in result.modules:
        sys.modules.pop(module, None)
