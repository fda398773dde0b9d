"""The overlap review: content and fields registered by more than one unit (matched by the
library's Vietnamese-aware :func:`emulation_core.overlaps`), who registered what, and the
registrations changed after the agreement was signed.

A report to read, not to edit: each group is a small table whose texts wrap, so a long
registered text is shown whole; the arrow keys and page keys scroll.
"""

from __future__ import annotations

from typing import ClassVar

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from emulation_core import (
    AuditEntry,
    OverlapGroup,
    Registrations,
    late_changes,
    overlaps,
    printable,
)

from .. import fmt
from ..history import content_text
from ..i18n import t
from ..widgets.safe import safe_cell
from .base import BaseScreen

__all__ = ["OverlapScreen"]


def _logged_text(kind: str, text: str, tag: str) -> str:
    """A registered item as the change log writes it (``field: text [tag]``)."""
    return f"{kind}: {text}" + (f" [{tag}]" if tag else "")


class OverlapScreen(BaseScreen):
    """Groups of matching registrations, then the changes made after signing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("g", "app.goto('registration')", "registration"),
    ]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="overlap-report", can_focus=True):
            yield Static(id="overlap-groups")
            yield Static(id="overlap-late")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#overlap-report").focus()

    def populate(self) -> None:
        session = self.session
        campaign = session.campaign
        groups_view = self.query_one("#overlap-groups", Static)
        late_view = self.query_one("#overlap-late", Static)
        if campaign is None:
            self.set_title(t("overlap.title", campaign="–"), "")
            groups_view.update(Text(t("campaign.none"), style="dim"))
            late_view.update("")
            return
        regs = session.ws.registrations.get(campaign.id) or Registrations(campaign.id)
        groups = overlaps(regs)
        late = late_changes(session.ws.path, regs)
        names = {m.id: m.short_name for m in session.bloc.members}
        self.set_title(t("overlap.title", campaign=campaign.title),
                       t("overlap.count", count=len(groups)))
        changed_late = {(e.change.member, e.change.new) for e in late if e.change.new}
        shown: list[RenderableType] = [
            _group_table(number, group, names, changed_late)
            for number, group in enumerate(groups, 1)]
        groups_view.update(Group(*shown) if shown else Text(t("overlap.none"), style="dim"))
        late_view.update(_late_table(regs, late, names))


def _group_table(number: int, group: OverlapGroup, names: dict[str, str],
                 changed_late: set[tuple[str, str]]) -> Table:
    heading = f"{number}. {printable(group.label)} · " \
        + t("overlap.members", count=len(group.members))
    table = Table(title=Text(heading, style="bold"),
                  title_justify="left", box=box.SIMPLE_HEAD, expand=True, padding=(0, 1))
    table.add_column(t("col.unit"), no_wrap=True)
    table.add_column(t("content.kind"), no_wrap=True)
    table.add_column(t("content.text"), ratio=1)
    for entry in group.entries:
        item = entry.item
        late = (entry.member, _logged_text(item.kind.value, item.text, item.tag)) \
            in changed_late
        table.add_row(*(safe_cell(cell) for cell in (
            Text(names.get(entry.member, entry.member)),
            Text(t(f"content.kind.{item.kind.value}")), _content_cell(item.text, item.tag,
                                                                      late))))
    return table


def _content_cell(text: str, tag: str, late: bool) -> Text:
    """The registered text, its field tag after it and the mark of a change after signing
    under it: one column that takes the width, so a text wraps between words at 80
    columns rather than a letter or two to a line."""
    cell = Text(text)
    if tag:
        cell.append(f" [{tag}]", style="dim")
    if late:
        cell.append("\n" + t("content.late"), style="yellow")
    return cell


def _late_table(regs: Registrations, late: list[AuditEntry],
                names: dict[str, str]) -> RenderableType:
    """When the agreement was signed, and each registration changed since."""
    if regs.signed is None:
        return Text(t("overlap.unsigned"), style="dim")
    table = Table(title=Text(t("overlap.late", date=fmt.date(regs.signed), count=len(late)),
                             style="bold"),
                  title_justify="left", box=box.SIMPLE_HEAD, expand=True, padding=(0, 1),
                  show_header=False)
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    table.add_column(overflow="fold")
    for entry in late:
        change = entry.change
        added = change.kind == "registration.added"
        table.add_row(*(safe_cell(cell) for cell in (
            Text(fmt.date(entry.at.date()), style="yellow"),
            Text(names.get(change.member, change.member)),
            Text(t("overlap.added") if added else t("overlap.removed"), style="yellow"),
            Text(content_text((change.new if added else change.old) or "")),
            Text(entry.by.name, style="dim"))))
    return table
