"""The scorers' XLSX forms from the UI: `f` on the cross-scoring screen writes every
scorer's form into exports/, `i` reads filled ones back (one recorded step per form; a form
with a wrong row enters nothing and says which row), as `emulation cross form` / `cross
import` do; the members' report forms are written from the palette."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from textual.widgets import Input, Static

from emulation_core import read_chain
from emulation_tui.app import EmulationApp
from emulation_tui.screens.cross_scoring import CrossScoringScreen
from emulation_tui.screens.forms_dialog import FormsWritten, ScorerFormsImport
from emulation_tui.screens.import_dialog import form_files
from emulation_tui.session import Session

from .conftest import settle
from .delib_tools import cross_ready

CAMPAIGN = "2018-6t"


def _fill(path: Path, points: dict[tuple[str, str], str]) -> None:
    """Type the points of some rows of a scorer's form, as a scorer would in Excel."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows(min_row=6):
        key = (str(row[0].value or ""), str(row[2].value or ""))
        if key in points:
            row[6].value = points[key]
    book.save(path)


def _text(screen: object, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())  # type: ignore[attr-defined]


async def test_scorers_forms_go_out_and_come_back_in_from_the_ui(
        app: EmulationApp, session: Session) -> None:
    member, code, scorers = cross_ready(session)
    forms = session.ws.path / "forms"
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CrossScoringScreen(session, CAMPAIGN))
        await pilot.pause()
        await pilot.press("f")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, FormsWritten)
        written = sorted((session.ws.path / "exports").glob("*__cham-cheo__*.xlsx"))
        assert len(written) == len(session.ws.cross_scoring(CAMPAIGN).assigned)
        said = _text(dialog, "#formsout-written")
        assert f"Đã ghi {len(written)} phiếu" in said
        assert forms.is_dir() and f"chép vào {forms.absolute()}" in said  # made, not by hand
        await pilot.press("escape")
        good_scorer = scorers[0]
        bad_scorer = next(w.stem.split("__")[-1] for w in written
                          if w.stem.split("__")[-1] != good_scorer)
        good, bad = (forms / f"{CAMPAIGN}__cham-cheo__{s}.xlsx" for s in (good_scorer,
                                                                           bad_scorer))
        for form in (good, bad):
            shutil.copy(session.ws.path / "exports" / form.name, form)
        _fill(good, {(member, code): "8,5"})
        targets = session.ws.cross_scoring(CAMPAIGN).assigned
        _fill(bad, {(m, code): "mười" for m in targets[bad_scorer]})
        (forms / f"{CAMPAIGN}__{member}.xlsx").write_bytes(b"")  # a member form: not read
        await pilot.press("i")
        await pilot.pause()
        importing = app.screen
        assert isinstance(importing, ScorerFormsImport)
        assert importing.query_one(Input).value == str(forms.absolute())
        await pilot.press("enter")
        await settle(app, pilot)
        said = _text(importing, "#crossimport-summary")
        assert "Đã nhập 1 phiếu, 1 phiếu bị từ chối." in said
        assert f"{bad.name}: không nhập gì của phiếu này" in said and "G6" in said
    current = session.ws.cross_scoring(CAMPAIGN).current()
    assert not any(scorer == bad_scorer for scorer, _, _ in current)
    assert current[(good_scorer, member, code)].points == Decimal("8.5")
    entries, _, broken = read_chain(session.ws.path)
    assert broken is None and entries[-1].change.kind.startswith("cross")


def test_the_member_forms_import_leaves_the_scorers_forms_alone(tmp_path: Path) -> None:
    for name in ("c__hoi-a.xlsx", "c__cham-cheo__hoi-b.xlsx", "c__hoi-c.csv", "x.txt"):
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in form_files(tmp_path)] == ["c__hoi-a.xlsx", "c__hoi-c.csv"]


async def test_the_members_forms_are_written_from_the_palette(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await app.run_action("open('member_forms')")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, FormsWritten)
        taking_part = [m.id for m in session.bloc.members
                       if session.ws.campaign(CAMPAIGN).takes_part(m.id)]
        written = sorted(p.name for p in (session.ws.path / "exports").glob("*.xlsx"))
        assert written == sorted(f"{CAMPAIGN}__{m}.xlsx" for m in taking_part)
        assert f"Đã ghi {len(written)} biểu mẫu" in _text(dialog, "#formsout-written")
