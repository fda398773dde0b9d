"""Set-up in the UI: campaigns created empty or rolled over, their settings, leadership."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from textual.widgets import Input, Select, Static

from emulation_core import PeriodKind, RankBy, read_chain
from emulation_tui.app import EmulationApp
from emulation_tui.screens.campaign_form import EMPTY, CampaignForm, per_type_table
from emulation_tui.screens.campaigns import CampaignsScreen
from emulation_tui.screens.leadership_form import LeadershipForm
from emulation_tui.screens.members import MembersScreen
from emulation_tui.session import Session
from emulation_tui.widgets.table import DenseTable


def _error(form: object, field_id: str) -> str:
    return str(form.query_one(f"#{field_id}-error", Static).render())  # type: ignore[attr-defined]


def _fill(form: CampaignForm, **fields: str) -> None:
    for field_id, value in fields.items():
        form.query_one(f"#{field_id.replace('_', '-')}", Input).value = value


def _logged(session: Session, kind: str) -> list[str]:
    entries, _, _ = read_chain(session.ws.path)
    return [e.change.campaign for e in entries if e.change.kind == kind]


async def test_new_empty_campaign_refuses_then_creates_and_is_worked_on(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, CampaignsScreen)
        listed = app.screen.query_one("#campaign-list", DenseTable)
        assert listed.keys == ["2018-6t", "2017-nam"]
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CampaignForm)
        assert form.query_one("#year", Input).value == "2018"  # the clock's year
        _fill(form, title="Sơ kết 6 tháng đầu năm 2019", year="2019", start="01/01/2019",
              end="31/13/2019", deadline="2019-07-10")
        await pilot.pause()
        assert form.query_one("#campaign-id", Input).value == "so-ket-6-thang-dau-nam-2019"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form  # refused: nothing saved, what was typed kept
        assert "15/01/2026" in _error(form, "end")
        assert _error(form, "start") == ""
        assert form.query_one("#end", Input).value == "31/13/2019"
        assert "so-ket-6-thang-dau-nam-2019" not in session.ws.campaigns
        _fill(form, end="30/06/2019", precision="0,03")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form  # the library refuses the precision, said in Vietnamese
        assert "lũy thừa của 10" in _error(form, "precision")
        _fill(form, precision="0,01")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CampaignsScreen)
        made = session.ws.campaign("so-ket-6-thang-dau-nam-2019")
        assert (made.period, made.year, made.end) == (PeriodKind.MID_YEAR, 2019,
                                                      dt.date(2019, 6, 30))
        # by default each unit's type brings its own criteria into one section
        assert made.previous is None and made.table.sections == per_type_table().sections
        assert made.table.sections[0].per_type
        assert session.campaign is not None and session.campaign.id == made.id
        assert "so-ket-6-thang-dau-nam-2019" in _logged(session, "campaign.created")
        assert "•" in str(listed.get_row(made.id)[0])


async def test_roll_over_takes_the_table_and_settings_without_submissions(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("C")
        await pilot.pause()
        app.screen.query_one("#campaign-list", DenseTable).select_key("2018-6t")
        await pilot.press("f")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CampaignForm)
        # a year-end review after a mid-year one, with its settings brought over
        assert form.query_one("#period", Select).value == "year_end"
        assert form.query_one("#year", Input).value == "2018"
        assert form.query_one("#tie-break", Input).value == "section:I, deductions"
        _fill(form, title="Tổng kết năm 2018")
        await pilot.pause()
        _fill(form, campaign_id="2018-nam", start="01/01/2018",
              end="31/12/2018", deadline="10/01/2019", bands="96; 85; 50; 0")
        form.query_one("#rank-by", Select).value = "percent"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CampaignsScreen)
    source, made = session.ws.campaign("2018-6t"), session.ws.campaign("2018-nam")
    assert made.previous == "2018-6t" and made.table == source.table
    assert made.tie_break == source.tie_break and made.rank_by is RankBy.PERCENT
    assert [b.minimum for b in made.bands] == [Decimal(96), Decimal(85), Decimal(50), 0]
    assert not session.ws.submissions("2018-nam") and not made.targets
    assert session.board is not None and session.board.campaign.id == "2018-nam"


async def test_edit_settings_escape_cancels_and_palette_reaches_the_form(
        app: EmulationApp, session: Session) -> None:
    before = session.ws.campaign("2018-6t")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"sua thiet lap")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CampaignForm)
        assert form.query_one("#campaign-id", Input).disabled
        _fill(form, title="")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "tên đợt" in _error(form, "title")
        _fill(form, title="Đổi tên")
        await pilot.press("escape", "y")  # typed in: esc asks before dropping it
        await pilot.pause()
        assert not isinstance(app.screen, CampaignForm)
        assert session.ws.campaign("2018-6t") == before
        await pilot.press("C")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        _fill(app.screen, title="Sơ kết 6 tháng 2018", deadline="15/07/2018")  # type: ignore[arg-type]
        await pilot.press("ctrl+s")
        await pilot.pause()
    changed = session.ws.campaign("2018-6t")
    assert (changed.title, changed.deadline) == ("Sơ kết 6 tháng 2018", dt.date(2018, 7, 15))
    assert changed.table == before.table
    assert "2018-6t" in _logged(session, "campaign.setting")


async def test_leadership_of_another_year(app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MembersScreen)
        await pilot.press("y")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, LeadershipForm)
        assert form.query_one("#lead", Select).value == "ctd-tinh"  # 2018's, shown first
        form.query_one("#year", Input).value = "2019"
        await pilot.pause()
        assert form.query_one("#lead", Select).value == Select.NULL
        form.query_one("#deputy", Select).value = "kh-tinh"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "trưởng khối" in _error(form, "lead")
        form.query_one("#lead", Select).value = "kh-tinh"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form and "phó khối" in _error(form, "deputy")
        form.query_one("#lead", Select).value = "ctd-ha-long"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MembersScreen)
    term = session.bloc.leadership_for(2019)
    assert term is not None and (term.lead, term.deputy) == ("ctd-ha-long", "kh-tinh")
    assert session.bloc.leadership_for(2018).lead == "ctd-tinh"  # type: ignore[union-attr]


async def test_a_campaign_can_start_with_no_criteria(app: EmulationApp,
                                                     session: Session) -> None:
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("C", "n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CampaignForm)
        form.query_one("#from", Select).value = EMPTY
        _fill(form, title="Đợt trống", start="01/01/2019", end="31/12/2019",
              deadline="10/01/2020", year="2019")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CampaignsScreen)
    made = session.ws.campaign("dot-trong")
    assert not made.table.sections and made.previous is None


async def test_the_id_follows_the_title_until_it_is_typed_in(app: EmulationApp,
                                                             session: Session) -> None:
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("C")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CampaignForm)
        title, campaign_id = form.query_one("#title", Input), form.query_one("#campaign-id", Input)
        await pilot.press(*"Đợt 1")
        await pilot.pause()
        assert campaign_id.value == "dot-1"
        campaign_id.focus()
        await pilot.press("end", "x")
        await pilot.pause()
        title.focus()
        await pilot.press("end", "2")
        await pilot.pause()
        assert (title.value, campaign_id.value) == ("Đợt 12", "dot-1x")


async def test_the_tie_break_chain_is_said_in_words_as_it_is_typed(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    """The chain is typed in the workspace's syntax (``section:1, deductions``); the line
    under it says it in the interface language as it is typed."""
    for lang, first, said, none in (
            ("vi", "Lần lượt so: ", "điểm mục 2 cao hơn; ít điểm trừ hơn",
             "Bằng tổng điểm thì đồng hạng"),
            ("en", "Compared in turn: ", "more points in section 2; fewer deductions",
             "Equal totals share the rank")):
        app = make_app(session, lang)
        async with app.run_test(size=(100, 40)) as pilot:
            form = CampaignForm(session, campaign=session.campaign)
            app.push_screen(form)
            await pilot.pause()
            words = form.query_one("#tie-words", Static)
            assert str(words.render()).startswith(first)
            _fill(form, tie_break="section:2, deductions")
            await pilot.pause()
            assert str(words.render()) == first + said
            _fill(form, tie_break=" ")
            await pilot.pause()
            assert str(words.render()) == none
