"""Issue 10's "Done when", from the CLI, on a copy of the sample's year-end campaign: every
member fills its scorer's form for the judged criteria (one abstains on a row, one is
recused by the lead), the cross-scores count (median) and are shown; the stability report;
the proposals with reasons; a ballot by show of hands and a secret one, tallied; the
minutes as .md and .docx (every member's name and the change log's head hash); and
`emulation audit verify` passes, also against the head the minutes carry."""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from emulation_core import Status, Workspace, sample_workspace_path
from emulation_core.crossforms import FIRST_ROW

from .clitools import run

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]
ABSTAINER, RECUSED = "hoi-vhnt", ("hoi-nha-bao", "hoi-khuyen-hoc")  # recused: (scorer, member)


def fill(form: Path, salt: int) -> list[tuple[str, str, Decimal | None, Decimal, Decimal]]:
    """Points on every row (the maximum or a step or two below), or for the abstainer, a reason
    on its first row; returns (member, code, points, step, maximum) as filled."""
    book = load_workbook(form)
    sheet = book.worksheets[0]
    scorer = sheet["B2"].value
    filled = []
    for row in range(FIRST_ROW, sheet.max_row + 1):
        member, code = sheet.cell(row, 1).value, sheet.cell(row, 3).value
        top, step = Decimal(str(sheet.cell(row, 5).value)), Decimal(str(sheet.cell(row, 6).value))
        if scorer == ABSTAINER and row == FIRST_ROW:
            sheet.cell(row, 7).value = None  # points entered before are cleared
            sheet.cell(row, 8).value = "Chưa đủ hồ sơ để đánh giá"
            filled.append((member, code, None, step, top))
            continue
        points = top - step * ((row * 7 + salt) % 3)  # high marks, a step or two apart
        sheet.cell(row, 7).value = str(points).replace(".", ",")  # typed with a comma
        sheet.cell(row, 8).value = None  # a reason to abstain entered before is cleared
        filled.append((member, code, points, step, top))
    book.save(form)
    return filled


def test_the_deliberation_from_the_cli(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), ws)

    def ok(*words: object) -> str:
        code, out, err = run([str(w) for w in words], capsys)
        assert code == 0, err
        return out

    with Workspace.open(ws) as opened:
        members = [m.id for m in opened.bloc.members if opened.campaign(C).takes_part(m.id)]
        names = [m.name for m in opened.bloc.members]
    ok("cross", "assign", ws, "-c", C, *AS)  # every member scores every other
    ok("cross", "config", ws, "-c", C, "--mode", "replace", "--method", "median", *AS)
    entered: dict[tuple[str, str, str], Decimal | None] = {}
    room: dict[tuple[str, str, str], int] = {}  # one-step moves each score allows
    for salt, scorer in enumerate(members):
        form = tmp_path / f"{scorer}.xlsx"
        ok("cross", "form", ws, "-c", C, "-s", scorer, "-o", form, *AS)
        for member, code, points, step, top in fill(form, salt):
            entered[(scorer, member, code)] = points
            room[(scorer, member, code)] = 0 if points is None else \
                (points + step <= top) + (points - step >= 0)
        said = ok("cross", "import", ws, "-c", C, form, *AS)
        assert f"rows entered from {form.name}" in said
    ok("cross", "recuse", ws, "-c", C, "-s", RECUSED[0], "-m", RECUSED[1], "--reason",
       "Hai hội cùng tổ chức một chương trình", *AS)

    shown = json.loads(ok("cross", "show", ws, "-c", C, "--format", "json"))
    recused = {(r["scorer"], r["member"]) for r in shown["recusals"]}
    assert shown["mode"] == "replace" and RECUSED in recused  # beside the sample's own
    judged = {code for (_, _, code) in entered}
    assert set(shown["criteria"]) == judged
    for code, cells in shown["criteria"].items():
        for member, cell in cells.items():
            expected = {s: p for (s, m, c), p in entered.items()
                        if (m, c) == (member, code) and p is not None
                        and (s, m) not in recused}
            assert {s: Decimal(p) for s, p in cell["scores"].items()} == expected
            assert cell["counted"] is not None  # every criterion's median counts
    assert any(p is None for p in entered.values())  # the abstention
    table = ok("cross", "show", ws, "-c", C)
    assert "recused" in table and "abstained" in table

    stability = json.loads(ok("whatif", ws, "-c", C, "--format", "json"))
    with Workspace.open(ws) as opened:
        reported = {m for m, sub in opened.submissions(C).items()
                    if sub.status is not Status.MISSING}
    # every counted scorer's score moved a step each way it can: not one move per criterion
    assert stability["judged_checked"] == sum(
        moves for (s, m, _), moves in room.items() if m in reported and (s, m) not in recused)
    assert stability["pairs"]
    assert all(step["scorer"] for step in stability["judged_steps"])  # through the median
    assert "Tiêu chí chấm trực tiếp" in ok("whatif", ws, "-c", C)

    awards = json.loads(ok("awards", ws, "-c", C, "--format", "json"))
    assert all(d["reasons"] for d in awards["decisions"])
    flag = [d["member"] for d in awards["decisions"]
            if d["award"] == "provincial_flag" and d["proposed"]]
    merit = [d["member"] for d in awards["decisions"] if d["award"] == "merit" and d["proposed"]]
    assert len(flag) == 1 and merit

    present = members[:-1]
    ok("meeting", ws, "-c", C, "--at", "2018-12-28T08:00", "--place", "Hạ Long", "--chair",
       "Nguyễn Văn An", "--secretary", "Trần Thị Bình", "--attended", ",".join(present), *AS)
    ok("vote", ws, "-c", C, "--award", "provincial_flag", "--candidate", flag[0],
       "--present", ",".join(present), "--for", ",".join(present), *AS)
    ok("vote", ws, "-c", C, "--award", "merit", "--candidate", merit[0], "--method", "secret",
       "--present", "all", "--for-count", 8, "--against-count", 2, "--abstain-count", 1, *AS)
    tally = json.loads(ok("tally", ws, "-c", C, "--format", "json"))
    latest = {(b["award"], b["candidate"]): b for b in tally["ballots"]}
    assert latest[("provincial_flag", flag[0])]["for"] == len(present)
    assert latest[("merit", merit[0])]["passed"] is True
    assert {(r["award"], r["candidate"]) for r in tally["results"]} >= {
        ("provincial_flag", flag[0]), ("merit", merit[0])}

    said_md = ok("minutes", ws, "-c", C, "-o", tmp_path / "bien-ban.md")
    said_docx = ok("minutes", ws, "-c", C, "-o", tmp_path / "bien-ban.docx")
    markdown = (tmp_path / "bien-ban.md").read_text("utf-8")
    document = Document(str(tmp_path / "bien-ban.docx"))
    text = "\n".join([*(p.text for p in document.paragraphs),
                      *(c.text for t in document.tables for r in t.rows for c in r.cells)])
    for name in names:
        assert name in text and name in markdown
    head = re.search(r"[0-9a-f]{64}", said_docx)
    assert head is not None and head.group(0) in said_md
    assert head.group(0) in text and head.group(0) in markdown
    assert "điểm chấm chéo của" in markdown or "không điểm chấm nào" in markdown
    ok("audit", "verify", ws)
    ok("audit", "verify", ws, "--expect", head.group(0))
