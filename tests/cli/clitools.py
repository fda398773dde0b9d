"""Helpers the command tests share: run a command in-process, hash a workspace."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from emulation_cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Exit code, standard output, and standard error with its whitespace folded."""
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, " ".join(out.err.split())


def snapshot(root: Path) -> dict[str, str]:
    """Every file of the workspace and its hash (the lock file excluded)."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != ".emulation.lock"}
