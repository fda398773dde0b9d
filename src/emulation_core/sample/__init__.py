"""The bundled sample workspace (Quảng Ninh special-nature associations bloc, 2018)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["sample_workspace_path"]


def sample_workspace_path() -> Path:
    """Folder of the bundled sample workspace (read-only: copy it before writing)."""
    return Path(__file__).parent / "quang-ninh-2018"
