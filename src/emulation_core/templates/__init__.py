"""Files that ship with the package for people to fill in."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["criteria_template_path"]


def criteria_template_path() -> Path:
    """The criteria table template (an example table in the layout of docs/forms.md)."""
    return Path(str(files(__package__) / "criteria-template.xlsx"))
