"""Member forms: made for every member; a form filled by a script imports as the unit's
reported figures (total and rank move, the change log shows it); every bad cell is refused
by name, and a refused import changes nothing."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from tests.cli.clitools import run, snapshot

from emulation_core import Workspace
from emulation_core.audit import read_chain
from emulation_core.form_layout import ESTIMATE_SHEET, META_SHEET, POINTS_SHEET, VALUES_SHEET
from emulation_core.forms import form_file_name, form_plan
from emulation_core.rules import (
    AdjustmentRule,
    JudgedRule,
    PerOccurrenceRule,
    RelativeRule,
    YesNoRule,
)
from emulation_core.xlsxsafe import open_workbook

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def forms(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "forms"
    code, _, err = run(["forms", "make", str(ws), "-c", C, "--out", str(out)], capsys)
    assert code == 0, err
    return out


def last_ranked(ws: Path) -> str:
    """The member ranked last among those with a submission (it has most to gain)."""
    with Workspace.open(ws) as opened:
        ranking = opened.scoreboard(C).ranking
    return [row.score.member.id for row in ranking if row.score.status.value != "missing"][-1]


def standing(ws: Path, member: str) -> tuple[Decimal, int]:
    with Workspace.open(ws) as opened:
        row = next(r for r in opened.scoreboard(C).ranking if r.score.member.id == member)
    return row.score.total, row.rank


def fill(path: Path, edit: Callable[[Workbook], None]) -> None:
    book = load_workbook(path)
    edit(book)
    book.save(path)


def row_of(book: Workbook, sheet: str, key: str) -> int:
    cells = book[sheet]
    return next(r for r in range(2, cells.max_row + 1) if cells[f"A{r}"].value == key)


def test_a_form_is_made_for_every_member_taking_part(ws: Path, forms: Path) -> None:
    with Workspace.open(ws) as opened:
        members = [m.id for m in opened.bloc.members if opened.campaign(C).takes_part(m.id)]
        plans = {m: form_plan(opened, C, m) for m in members}
    assert sorted(p.name for p in forms.iterdir()) == sorted(form_file_name(C, m)
                                                               for m in members)
    for member, plan in plans.items():
        book = open_workbook(forms / form_file_name(C, member), "form")
        values, points = book[VALUES_SHEET], book[POINTS_SHEET]
        assert list(values.tables) == ["values"]
        assert [c.value for c in values[1]] == ["key", "label", "unit", "target", "value"]
        assert [values[f"A{r}"].value for r in range(2, values.max_row + 1)] \
            == list(plan.table.indicators)
        assert [c.value for c in points[1]] == ["code", "title", "max", "self", "evidence"]
        assert [points[f"A{r}"].value for r in range(2, points.max_row + 1)] \
            == [c.code for c in plan.judged]
        assert values.protection.sheet and points.protection.sheet
        assert book.security is not None and book.security.lockStructure
        assert not values["E2"].protection.locked and values["D2"].protection.locked
        meta = {r[0]: r[1] for r in book[META_SHEET].iter_rows(values_only=True)}
        assert meta["member"] == member and meta["campaign"] == C
        assert meta["table_version"] == plan.version
        assert book[META_SHEET].sheet_state == "veryHidden"
        for key, target in plan.targets.items():
            shown = values[f"D{row_of(book, VALUES_SHEET, key)}"].value
            assert (shown == "không có chỉ tiêu") if target is None else shown == target


def test_forms_imported_as_made_change_nothing(ws: Path, forms: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(ws)
    files = [str(p) for p in sorted(forms.iterdir())]
    code, said, err = run(["forms", "import", str(ws), *files, "--yes", *AS], capsys)
    assert code == 0, err
    assert said.count("nothing changed") == len(files)
    assert snapshot(ws) == before


def test_validation_offers_whole_numbers_lists_and_ranges(ws: Path, forms: Path) -> None:
    member = last_ranked(ws)
    book = load_workbook(forms / form_file_name(C, member))
    kinds = {v.type for v in book[VALUES_SHEET].data_validations.dataValidation}
    assert {"whole", "list"} <= kinds
    ranges = [(v.formula1, v.formula2) for v in
              book[POINTS_SHEET].data_validations.dataValidation]
    with Workspace.open(ws) as opened:
        judged = form_plan(opened, C, member).judged
    assert sorted(ranges) == sorted(("0", f"{c.max_points.normalize():f}") for c in judged)


def test_a_form_filled_by_a_script_changes_figures_total_and_rank(
        ws: Path, forms: Path, capsys: pytest.CaptureFixture[str]) -> None:
    member = last_ranked(ws)
    total, rank = standing(ws, member)
    with Workspace.open(ws) as opened:
        plan = form_plan(opened, C, member)
        reported = dict(opened.submissions(C)[member].values)
    raised: dict[str, Decimal] = {}
    for criterion in plan.table.leaves():  # the best figures a unit could report
        rule = criterion.rule
        if isinstance(rule, AdjustmentRule):
            raised.update({i.indicator: Decimal(9 if i.points_each > 0 else 0)
                           for i in rule.items})
        elif isinstance(rule, YesNoRule):
            raised[rule.indicator] = Decimal(1)
        else:
            raised.update({key: Decimal(5000) for key in rule.indicators})
    judged = {c.code: c.max_points for c in plan.judged}

    def edit(book: Workbook) -> None:
        for key, value in raised.items():
            cell = f"E{row_of(book, VALUES_SHEET, key)}"
            book[VALUES_SHEET][cell] = "có" if key in plan.yes_no_keys else int(value)
        for code, points in judged.items():
            row = row_of(book, POINTS_SHEET, code)
            book[POINTS_SHEET][f"D{row}"] = float(points)
            book[POINTS_SHEET][f"E{row}"] = "Báo cáo số 1/BC"

    path = forms / form_file_name(C, member)
    fill(path, edit)
    before = len(read_chain(ws)[0])  # the sample ships its year's log
    code, said, err = run(["forms", "import", str(ws), str(path), "--yes", *AS], capsys)
    assert code == 0, err
    assert f"{member} in {C}" in said and "submission.value" in said
    with Workspace.open(ws) as opened:
        sub = opened.submissions(C)[member]
    assert {k: sub.values[k] for k in raised} == raised
    assert all(sub.entry(c).self_points == p for c, p in judged.items())
    assert not sub.corrections  # the unit's figures, not the lead's
    new_total, new_rank = standing(ws, member)
    assert new_total > total and new_rank < rank
    logged = [e for e in read_chain(ws)[0][before:] if e.change.member == member
              and e.change.kind == "submission.value"]
    assert {e.change.field for e in logged} == {k for k, v in raised.items()
                                                if reported.get(k) != v}
    assert all(e.by.name == "Nguyễn Văn An" for e in logged)


def test_import_without_yes_off_a_terminal_changes_nothing(
        ws: Path, forms: Path, capsys: pytest.CaptureFixture[str]) -> None:
    member = last_ranked(ws)
    path = forms / form_file_name(C, member)
    fill(path, lambda b: b[VALUES_SHEET].cell(row=2, column=5, value=4321))
    before = snapshot(ws)
    code, _, err = run(["forms", "import", str(ws), str(path), *AS], capsys)
    assert code == 2 and "--yes" in err
    assert snapshot(ws) == before


def _bad(kind: str) -> Callable[[Workbook], None]:
    def edit(book: Workbook) -> None:
        values = book[VALUES_SHEET]
        if kind == "text":
            values["E2"] = "nhiều lắm"
        elif kind == "formula":
            values["E2"] = "=1+1"
        elif kind == "ambiguous":
            values[f"E{row_of(book, VALUES_SHEET, 'reports_due')}"] = "1,500"
        elif kind == "negative":
            values["E2"] = -3
        elif kind == "merged":
            values.merge_cells("B3:C3")
        elif kind == "inserted":
            values.insert_rows(3)
        elif kind == "deleted":
            values.delete_rows(3)
        elif kind == "renamed":
            values.title = "Figures"
        elif kind == "too_many_points":
            book[POINTS_SHEET]["D2"] = 99
        elif kind == "version":
            book[META_SHEET]["B4"] = "0123456789ab"
        elif kind == "member":
            book[META_SHEET]["B2"] = "khong-co"
        elif kind in ("campaign", "campaign_locked"):
            book[META_SHEET]["B3"] = "2018-6-thang"
    return edit


@pytest.mark.parametrize(("kind", "where", "key"), [
    ("text", f"{VALUES_SHEET}!E2", "number.not_a_number"),
    ("formula", f"{VALUES_SHEET}!E2", "cell.formula"),
    ("ambiguous", f"{VALUES_SHEET}!E", "number.ambiguous"),
    ("negative", f"{VALUES_SHEET}!E2", "unitform.negative"),
    ("merged", VALUES_SHEET, "cell.merged"),
    ("inserted", f"{VALUES_SHEET}!A3", "unitform.row_key"),
    ("deleted", f"{VALUES_SHEET}!A3", "unitform.row_key"),
    ("renamed", "", "sheet.missing"),
    ("too_many_points", f"{POINTS_SHEET}!D2", "points.above"),
    ("version", "table_version", "unitform.version"),
    ("member", "member", "unitform.member"),
    ("campaign", "campaign", "unitform.campaign"),
    ("campaign_locked", "campaign", "unitform.locked"),
])
def test_each_bad_form_is_refused_naming_the_cell_and_nothing_changes(
        ws: Path, forms: Path, capsys: pytest.CaptureFixture[str], kind: str, where: str,
        key: str) -> None:
    from emulation_core.errors import ValidationError
    from emulation_core.forms import read_forms

    member = last_ranked(ws)
    path = forms / form_file_name(C, member)
    fill(path, _bad(kind))
    with Workspace.open(ws) as opened, pytest.raises(ValidationError) as caught:
        read_forms(opened, [path], None if kind == "campaign_locked" else C)
    found = {(p.field, p.key) for p in caught.value.problems}
    assert any(f.startswith(where) and k == key for f, k in found), found
    before = snapshot(ws)
    code, _, err = run(["forms", "import", str(ws), str(path), "-c", C, "--yes", *AS],
                       capsys)
    assert code == 2 and path.name in err and "nothing was changed" in err
    assert snapshot(ws) == before


def test_many_files_are_all_or_nothing(ws: Path, forms: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = sorted(forms.iterdir())[:2]
    fill(good, lambda b: b[VALUES_SHEET].cell(row=2, column=5, value=4321))
    fill(bad, _bad("text"))
    before = snapshot(ws)
    code, _, err = run(["forms", "import", str(ws), str(good), str(bad), "--yes", *AS], capsys)
    assert code == 2 and bad.name in err
    assert snapshot(ws) == before
    fill(bad, lambda b: b[VALUES_SHEET].cell(row=2, column=5, value=1234))
    code, said, err = run(["forms", "import", str(ws), str(good), str(bad), "--yes", *AS],
                          capsys)
    assert code == 0, err
    assert said.count("submission.value") >= 2


def test_the_same_member_twice_is_refused(ws: Path, forms: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = sorted(forms.iterdir())[0]
    copy = path.with_name("copy.xlsx")
    shutil.copy(path, copy)
    code, _, err = run(["forms", "import", str(ws), str(path), str(copy), "--yes", *AS], capsys)
    assert code == 2 and "two forms for the same member" in err


def test_a_csv_form_imports_like_the_xlsx(ws: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    member = last_ranked(ws)
    with Workspace.open(ws) as opened:
        plan = form_plan(opened, C, member)
    key = next(iter(plan.table.indicators))
    judged = plan.judged[0]
    path = tmp_path / "form.csv"
    path.write_text("kind,key,value,evidence\n"
                    "meta,format,emulation-form-1,\n"
                    f"meta,member,{member},\n"
                    f"meta,campaign,{C},\n"
                    f"meta,table_version,{plan.version},\n"
                    f"value,{key},\"1.234\",\n"
                    f"self,{judged.code},\"{judged.max_points}\",Biên bản số 2\n",
                    encoding="utf-8-sig")
    code, _, err = run(["forms", "import", str(ws), str(path), "--yes", *AS], capsys)
    assert code == 0, err
    with Workspace.open(ws) as opened:
        sub = opened.submissions(C)[member]
    assert sub.values[key] == 1234
    assert sub.entry(judged.code).evidence == "Biên bản số 2"
    path.write_text(path.read_text("utf-8-sig").replace('"1.234"', "nhiều"), "utf-8")
    code, _, err = run(["forms", "import", str(ws), str(path), "--yes", *AS], capsys)
    assert code == 2 and "form.csv:6: value:" in err


def test_a_form_renamed_to_another_member_is_refused(
        ws: Path, forms: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = sorted(forms.iterdir())[:2]
    swapped = first.with_name(second.name.replace(".xlsx", "") + ".xlsx")
    second.unlink()
    first.rename(swapped)
    code, _, err = run(["forms", "import", str(ws), str(swapped), "--yes", *AS], capsys)
    assert code == 2 and "the file is named for" in err


def test_the_running_self_score_formulas_read_the_unit_s_cells(ws: Path, forms: Path) -> None:
    member = last_ranked(ws)
    book = load_workbook(forms / form_file_name(C, member))
    with Workspace.open(ws) as opened:
        plan = form_plan(opened, C, member)
    estimate = book[ESTIMATE_SHEET]
    formulas = {estimate[f"A{r}"].value: estimate[f"D{r}"].value
                for r in range(2, estimate.max_row)}
    for criterion in plan.table.leaves():
        rule = criterion.rule
        top = f"{criterion.max_points.normalize():f}"
        if isinstance(rule, PerOccurrenceRule):
            cell = f"E{row_of(book, VALUES_SHEET, rule.indicator)}"
            each = f"{rule.points_each.normalize():f}"
            assert formulas[criterion.code] == f"=MIN({top},N('{VALUES_SHEET}'!{cell})*{each})"
        elif isinstance(rule, JudgedRule):
            row = row_of(book, POINTS_SHEET, criterion.code)
            assert formulas[criterion.code] == f"='{POINTS_SHEET}'!D{row}"
        elif isinstance(rule, RelativeRule):
            assert not str(formulas[criterion.code]).startswith("=")
    assert estimate[f"D{estimate.max_row}"].value == f"=SUM(D2:D{estimate.max_row - 1})"
