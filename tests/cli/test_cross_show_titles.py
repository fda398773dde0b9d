"""`cross show` gives each criterion its own table: per-type tables that put different
criteria under one code get one title each, naming the member types."""

from __future__ import annotations

import pytest

from emulation_core import Workspace, sample_workspace_path
from emulation_core.unitnames import unit_names

from .clitools import run

C = "2018-ca-nam"
SHARED = "1.6"  # the sample's per-type code: each type's own criterion


def test_a_code_shared_by_per_type_criteria_has_a_table_per_member_type(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # one line per row
    sample = sample_workspace_path()
    with Workspace.open(sample) as ws:
        groups = [g for g in ws.judged_groups(C) if g[0] == SHARED]
        types = {m.id: m.type for m in ws.bloc.members}
        names = unit_names(ws.bloc)
        results = ws.cross_results(C)
    assert len(groups) > 1
    scored = {member for member, cell in results.cells[SHARED].items() if cell.scores}
    wanted = {f"{SHARED} · member type {', '.join(sorted({types[m] for m in members}))}":
              {m for m in members if m in scored} for _, _, members in groups}
    assert len(wanted) == len(groups)  # a title of its own for each criterion
    titles = set(wanted) | (set(results.cells) - {SHARED})
    out = run(["cross", "show", str(sample), "-c", C], capsys)[1]
    blocks: dict[str, list[str]] = {}
    current = None
    for line in (line.strip() for line in out.splitlines()):
        if line in titles:
            current = blocks.setdefault(line, [])
        elif current is not None and line:
            current.append(line)
    assert SHARED not in blocks  # nothing under the bare code
    for title, members in wanted.items():
        if not members:
            assert f"{title}: no cross-scores yet" in out
            continue
        shown = {m for m in types if any(row.startswith(f"{names[m]}  ")
                                         for row in blocks[title])}
        assert shown == members, title
