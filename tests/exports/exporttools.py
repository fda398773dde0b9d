"""Helpers the export tests share: the stable JSON ranking, running the command, figures."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from emulation_cli import main


def rank_json(workspace: Path, capsys: pytest.CaptureFixture[str],
              campaign: str | None = None) -> list[dict[str, Any]]:
    """What `emulation rank --format json` says: the figures every export must match."""
    args = ["rank", str(workspace), "--format", "json"]
    if campaign:
        args += ["-c", campaign]
    assert main(args) == 0
    records: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return records


def export(workspace: Path, out: Path, capsys: pytest.CaptureFixture[str],
           *extra: str) -> str:
    """Run `emulation export`, expect success; what it printed."""
    code = main(["export", str(workspace), "-o", str(out), *extra])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    return printed.out


def comma_decimal(text: str) -> Decimal:
    """A Vietnamese-written figure (``100,52``, ``-7,00``) as a Decimal."""
    assert "." not in text, text
    return Decimal(text.replace(",", "."))
