"""After "changed on disk": read the workspace again and re-apply the lead's unsaved edits;
where both sides changed a figure, the lead chooses, both values shown; nothing typed is lost."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Input, OptionList

from emulation_core import CriterionEntry, PluginRegistry, Status, Submission
from emulation_tui.app import EmulationApp
from emulation_tui.merge import merge, resolve
from emulation_tui.screens.dialogs import ChoiceDialog, ConfirmDialog
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import Session, open_session
from emulation_tui.widgets.table import DenseTable

from .conftest import send_back, settle

FILE = Path("campaigns") / "2018-6t" / "submissions" / "ctd-ha-long.toml"


def _edit_on_disk(ws_path: Path, old: str, new: str) -> None:
    """Another program changes the unit's file."""
    path = ws_path / FILE
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


async def _type_then_save(app: EmulationApp, pilot: object, code: str, field: str,
                          text: str) -> None:
    """Open CTĐ Hạ Long, type ``text`` in ``field`` of ``code`` and let the save run."""
    app.screen.query_one("#members", DenseTable).select_key("ctd-ha-long")
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, ScoringScreen)
    screen.table.select_key(code)
    await pilot.pause()  # type: ignore[attr-defined]
    screen.query_one(field, Input).value = text
    await settle(app, pilot)  # type: ignore[arg-type]


def _reopened(ws_path: Path, registry: PluginRegistry, session: Session) -> Submission:
    again = open_session(ws_path, clock=session.clock, registry=registry)
    try:
        sub = again.board.submission("ctd-ha-long")  # type: ignore[union-attr]
        assert sub is not None
        return sub
    finally:
        again.close()


async def test_reload_keeps_both_sides_changes(app: EmulationApp, session: Session,
                                               ws_path: Path, registry: PluginRegistry) -> None:
    """Disk changed the funds, the lead the trainings: after the reload both are saved."""
    send_back(session, "ctd-ha-long")  # figures typed are the unit's own
    async with app.run_test(size=(100, 30)) as pilot:
        _edit_on_disk(ws_path, "funds = 600", "funds = 650")
        await _type_then_save(app, pilot, "III.1", "#f-v0", "4")
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "sửa trên đĩa" in dialog._question and "Đọc lại" in dialog._yes
        await pilot.press("y")
        await settle(app, pilot)
        await settle(app, pilot)
        assert app.session is not session and app.session is not None
        assert not app.session.pending and not app.session.failures
        screen = app.screen
        assert isinstance(screen, ScoringScreen)
        assert screen.query_one("#f-v0", Input).value == "4"  # the figure typed, still there
    sub = _reopened(ws_path, registry, session)
    assert sub.values["trainings"] == 4 and sub.values["funds"] == 650
    assert app.session is not None
    app.session.close()


async def test_a_figure_changed_on_both_sides_is_the_leads_choice(
        app: EmulationApp, session: Session, ws_path: Path, registry: PluginRegistry) -> None:
    send_back(session, "ctd-ha-long")  # figures typed are the unit's own
    async with app.run_test(size=(100, 30)) as pilot:
        _edit_on_disk(ws_path, "trainings = 3", "trainings = 7")
        await _type_then_save(app, pilot, "III.1", "#f-v0", "4")
        await pilot.press("y")
        await settle(app, pilot)
        choice = app.screen
        assert isinstance(choice, ChoiceDialog)
        assert "CTĐ" in choice._heading or "Chữ thập đỏ" in choice._heading
        shown = [label for _, label in choice._options]
        assert shown == ["Số bạn vừa nhập: 4", "Số đang có trên đĩa: 7"]
        assert choice.query_one(OptionList).highlighted == 0  # the lead's, by default
        await pilot.press("down", "enter")  # the figure on disk
        await settle(app, pilot)
        await settle(app, pilot)
        assert app.session is not None and not app.session.pending
    assert _reopened(ws_path, registry, session).values["trainings"] == 7
    assert app.session is not None
    app.session.close()


async def test_escape_keeps_the_leads_figure(app: EmulationApp, session: Session,
                                             ws_path: Path, registry: PluginRegistry) -> None:
    send_back(session, "ctd-ha-long")  # figures typed are the unit's own
    async with app.run_test(size=(100, 30)) as pilot:
        _edit_on_disk(ws_path, "self = 9", "self = 7")
        await _type_then_save(app, pilot, "II.2", "#f-self", "9,5")
        await pilot.press("y")
        await settle(app, pilot)
        choice = app.screen
        assert isinstance(choice, ChoiceDialog)
        assert "II.2 Tự chấm" in choice._heading
        assert [label for _, label in choice._options] == [
            "Số bạn vừa nhập: 9,5", "Số đang có trên đĩa: 7"]
        await pilot.press("escape")
        await settle(app, pilot)
        await settle(app, pilot)
    assert _reopened(ws_path, registry, session).entry("II.2").self_points == Decimal("9.5")
    assert app.session is not None
    app.session.close()


# -- the three-way merge ---------------------------------------------------------------
def _sub(values: dict[str, int], status: Status = Status.SUBMITTED, **entries: int) -> Submission:
    return Submission("m", "c", status=status, values={k: Decimal(v) for k, v in values.items()},
                      entries={k: CriterionEntry(self_points=Decimal(v))
                               for k, v in entries.items()})


figures = st.dictionaries(st.sampled_from(["a", "b", "c"]), st.integers(0, 3), max_size=3)


@given(figures, figures, figures)
def test_merge_takes_each_sides_own_changes_and_asks_about_the_rest(
        base: dict[str, int], mine: dict[str, int], theirs: dict[str, int]) -> None:
    merged = merge("m", _sub(base), _sub(mine), _sub(theirs))
    assert merged.submission is not None
    asked = {c.slot[1] for c in merged.conflicts}
    for key in {*base, *mine, *theirs}:
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        got = merged.submission.values.get(key)
        if m == b:
            assert got == t and key not in asked
        elif t in (b, m):
            assert got == m and key not in asked
        else:  # both changed, differently: the lead's kept until decided, and asked
            assert key in asked and got == m
    for side in ("mine", "theirs"):
        settled = resolve(merged, [(c, side) for c in merged.conflicts])  # type: ignore[misc]
        assert settled is not None
        for conflict in merged.conflicts:
            wanted = conflict.mine if side == "mine" else conflict.theirs
            assert settled.values.get(conflict.slot[1]) == wanted


def test_merge_of_entries_and_an_untouched_submission() -> None:
    base = _sub({"a": 1}, **{"I.1": 5})
    assert merge("m", base, base, _sub({"a": 2})).submission == _sub({"a": 2})
    mine = _sub({"a": 1}, **{"I.1": 6})
    theirs = _sub({"a": 3}, **{"I.1": 5})
    merged = merge("m", base, mine, theirs)
    assert not merged.conflicts and merged.submission == _sub({"a": 3}, **{"I.1": 6})
    deleted = merge("m", base, mine, None)  # the file was removed on disk: the lead's kept
    assert deleted.submission == mine
