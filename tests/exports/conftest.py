"""Shared fixture of the export tests: a copy of the bundled sample."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from emulation_core import sample_workspace_path


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    target = tmp_path / "sample"
    shutil.copytree(sample_workspace_path(), target)
    return target
