"""Fixtures for the hostile-input tests: fake installed plugins, and the sample workspace."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.plugins.conftest import fresh_registry, site

from emulation_core.sample import sample_workspace_path

__all__ = ["fresh_registry", "sample_copy", "site"]


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled sample workspace (bundled plugin types)."""
    target = tmp_path / "sample"
    shutil.copytree(sample_workspace_path(), target)
    return target
