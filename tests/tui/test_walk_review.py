"""What walking the verification again found: in the scoring screen's list a figure the
verifier corrected showed only the corrected figure (the unit's own was only in the note of
the field), now ``4 000→3 900``; a review key refused on a unit says so in a dialog that the
``enter`` typed behind it closes; taking a verification back starts on "cancel"."""

from __future__ import annotations

from decimal import Decimal

from textual.widgets import Input, Select, Static

from emulation_core import Status, Submission, vi_sort_key
from emulation_tui import review_steps
from emulation_tui.app import EmulationApp
from emulation_tui.screens.awards import AwardsScreen, OverrideForm
from emulation_tui.screens.ballot_form import HandsBallotForm
from emulation_tui.screens.dialogs import ConfirmDialog, MessageDialog
from emulation_tui.screens.meeting_form import MeetingForm
from emulation_tui.screens.member_form import MemberForm
from emulation_tui.session import Session
from emulation_tui.widgets.table import DenseTable

from .conftest import open_criterion


async def test_a_corrected_figure_reads_beside_the_units_own_in_the_list(
        app: EmulationApp, session: Session) -> None:
    review_steps.correct(session, "ctd-ha-long", "blood_units", Decimal(3900),
                         "phiếu tiếp nhận thiếu 100 đơn vị")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "I.1")
        assert str(screen.table.get_cell("I.1", "value")).strip() == "4 000→3 900"
        assert str(screen.table.get_cell("I.2", "value")).strip() == "600"  # not corrected


async def test_a_refused_review_key_and_the_enter_behind_it_change_nothing(
        app: EmulationApp, session: Session) -> None:
    """``v`` then ``enter`` on a unit with no report: the refusal is a dialog that the
    ``enter`` closes; it used to be a note, and the ``enter`` opened the unit's form on the
    members screen, where the next keys typed into its name."""
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        members = app.screen
        members.query_one(DenseTable).select_key("ctd-uong-bi")  # no report in 2018-6t
        await pilot.press("v")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, MessageDialog)
        assert "Đơn vị chưa nộp báo cáo: chưa thẩm định được." in " ".join(
            str(s.render()) for s in dialog.query(Static))
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is members
        assert not isinstance(app.screen, MemberForm)
        assert session.bloc.member("ctd-uong-bi").name == "Hội Chữ thập đỏ TP Uông Bí"  # type: ignore[union-attr]


async def test_taking_a_verification_back_asks_with_cancel_focused(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one(DenseTable).select_key("ctd-tinh")  # verified
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # a stray enter keeps the verification
        await pilot.pause()
        board = session.board
        assert board is not None and board.submission("ctd-tinh").status is Status.VERIFIED  # type: ignore[union-attr]


async def test_enter_goes_through_a_deliberation_form_and_saves_from_its_last_field(
        app: EmulationApp, session: Session) -> None:
    """The council's proposal: award, unit, reason; ``enter`` in the reason saved nothing
    before (only ``ctrl+s`` did, and nothing said so). Its units read A to Z."""
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(AwardsScreen(session, "2018-6t"))
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, OverrideForm)
        units = [str(label) for label, _ in form.query_one("#member", Select)._options][1:]
        names = {m.short_name: m.name for m in session.bloc.members}
        assert [names[u] for u in units] == sorted(names.values(), key=vi_sort_key)
        form.query_one("#award", Select).value = "provincial_flag"
        form.query_one("#member", Select).value = "kh-cam-pha"
        reason = form.query_one("#reason", Input)
        reason.focus()
        reason.value = "dẫn đầu phong trào khuyến học"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is not form
    proposals = session.ws.deliberation("2018-6t").overrides
    assert any(o.member == "kh-cam-pha" for o in proposals)


async def test_enter_in_the_meetings_secretary_goes_on_to_the_attendance(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(MeetingForm(session, "2018-6t"))
        await pilot.pause()
        form = app.screen
        secretary = form.query_one("#meeting-secretary", Input)
        secretary.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
        assert isinstance(app.focused, Select)  # the first unit's attendance


async def test_submitting_after_the_deadline_says_the_report_counts_as_late(
        app: EmulationApp, session: Session) -> None:
    session.ws.save_submission(Submission("ctd-uong-bi", "2017-nam", status=Status.DRAFT,
                                          values={"blood_units": Decimal(1900)}))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        members = app.screen
        members.query_one(DenseTable).select_key("kh-cam-pha")  # a draft, deadline ahead
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "nộp muộn" not in " ".join(str(s.render()) for s in app.screen.query(Static))
        await pilot.press("escape")
        await pilot.pause()
        session.switch_campaign("2017-nam")  # its deadline, 10/01/2018, has passed
        members.redraw()  # type: ignore[attr-defined]
        members.query_one(DenseTable).select_key("ctd-uong-bi")
        await pilot.press("s")
        await pilot.pause()
        said = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "Hôm nay đã qua hạn nộp 10/01/2018: báo cáo được tính là nộp muộn." in said


async def test_a_show_of_hands_sets_every_vote_for_in_one_step(
        app: EmulationApp, session: Session) -> None:
    """Eight units meant eight votes to pick one by one; the button sets "for" on every
    unit taking part (an absent one keeps no vote), each still changeable."""
    absent = session.bloc.members[-1].id
    async with app.run_test(size=(120, 50)) as pilot:
        app.push_screen(HandsBallotForm(session, "2018-6t"))
        await pilot.pause()
        form = app.screen
        assert isinstance(form, HandsBallotForm)
        form.query_one(f"#at-{absent}", Select).value = "absent"
        await pilot.click("#all-for")
        await pilot.pause()
        assert app.screen is form  # the button is not the form's cancel
        votes = {m.id: form.query_one(f"#vote-{m.id}", Select).value
                 for m in session.bloc.members}
        assert votes.pop(absent) == "none"
        assert set(votes.values()) == {"for"}
