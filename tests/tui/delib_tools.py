"""Helpers for the deliberation screens' tests: what a screen shows as plain text, a form
filled in, and the fixture's campaign made ready for cross-scoring."""

from __future__ import annotations

import io
from decimal import Decimal

from rich.console import Console
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Select, Static

from emulation_core import Actor, Role
from emulation_tui.session import Session


def screen_text(screen: Screen[object]) -> str:
    """Everything the screen's text shows, tables included, as plain text."""
    console = Console(width=220, record=True, file=io.StringIO())
    for static in screen.query(Static):
        console.print(static.content)
    return console.export_text()


def fill(screen: Screen[object], **values: str) -> None:
    """Set the form's fields by id: a Select's value or an Input's text."""
    for widget_id, value in values.items():
        widget = screen.query_one(f"#{widget_id.replace('_', '-')}")
        if isinstance(widget, Select):
            widget.value = value
        else:
            assert isinstance(widget, Input)
            widget.value = value


async def save(pilot: Pilot[object], app: App[object]) -> None:
    await pilot.press("ctrl+s")
    await pilot.pause()


def problem(screen: Screen[object]) -> str:
    return str(screen.query_one("#form-error", Static).render())


def cross_ready(session: Session) -> tuple[str, str, list[str]]:
    """Every other member scores each member; the lead acts. The judged criterion II.2
    (every member has it) and the scorers of the first member."""
    ws = session.ws
    campaign = session.campaign
    assert campaign is not None
    ws.act_as(Actor("Nguyễn Văn An", Role.LEAD))
    ws.cross_assign(campaign.id)
    member = ws.bloc.members[0].id
    scorers = [s for s, targets in ws.cross_scoring(campaign.id).assigned.items()
               if member in targets]
    return member, "II.2", scorers


def scores(session: Session, member: str, code: str, given: dict[str, str]) -> None:
    assert session.campaign is not None
    for scorer, points in given.items():
        session.ws.cross_set(session.campaign.id, scorer, member, code, Decimal(points))
