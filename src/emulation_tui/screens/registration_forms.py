"""The registration's two dialogs: a unit's registered content (movements, programmes,
fields it will lead) and the agreement's signing date."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Select, Static

from emulation_core import (
    ContentKind,
    DateError,
    RegisteredItem,
    late_changes,
    read_date,
    register_content,
    sign_agreement,
)

from .. import fmt
from ..i18n import t
from ..session import Session
from ..widgets.table import Col, DenseTable
from .form import FormScreen, closing_lines, field_row

if TYPE_CHECKING:
    from emulation_core import Workspace

__all__ = ["ContentDialog", "SignForm"]


class ContentDialog(FormScreen[bool]):
    """A unit's registered content: the list, and a line to add to it.

    ``a`` goes to the line, ``enter`` there adds the item, ``x``/``del`` on the list removes
    the highlighted one, ``esc`` closes. Items changed after the agreement was signed are
    marked. Dismisses with True when anything changed.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "close"),
        Binding("a", "focus_text", "add"),
        Binding("delete,x", "remove", "remove"),
    ]
    FIELDS: ClassVar[Mapping[str, str]] = {}

    def __init__(self, session: Session, campaign_id: str, member_id: str) -> None:
        super().__init__()
        self.session = session
        self.campaign_id = campaign_id
        self.member_id = member_id
        self.changed = False

    def compose(self) -> ComposeResult:
        member = self.session.bloc.member(self.member_id)
        name = member.name if member else self.member_id
        kinds = [(t(f"content.kind.{k.value}"), k.value) for k in ContentKind]
        with Vertical(classes="box form tall"):
            yield Static(Text(t("content.title", unit=name), style="bold"),
                         classes="dialog-title")
            yield DenseTable(id="content-list")
            yield field_row(t("content.kind"), Select(kinds, id="kind", allow_blank=False,
                                                      compact=True,
                                                      value=ContentKind.FIELD.value))
            yield field_row(t("content.text"), Input(id="text", compact=True))
            yield field_row(t("content.tag"), Input(id="tag", compact=True,
                                                    placeholder=t("content.tag.placeholder")))
            yield from closing_lines("key.add", "key.close",
                                     note=Static(Text(t("content.hint"), style="dim")))

    def on_mount(self) -> None:
        self._fill()
        self.query_one("#text", Input).focus()

    def _fill(self) -> None:
        regs = self.session.ws.registrations.get(self.campaign_id)
        items = regs.of(self.member_id) if regs else ()
        late = {e.change.new or e.change.old for e in late_changes(self.session.ws.path, regs)
                if e.change.member == self.member_id} if regs else set()
        rows = []
        for index, item in enumerate(items):
            logged = f"{item.kind.value}: {item.text}" + (f" [{item.tag}]" if item.tag else "")
            rows.append((str(index), {
                "kind": Text(t(f"content.kind.{item.kind.value}")),
                "text": Text(item.text, overflow="fold"),
                "tag": Text(item.tag, style="dim"),
                "late": Text(t("content.late") if logged in late else "", style="yellow"),
            }))
        self.query_one("#content-list", DenseTable).fill([
            Col("kind", t("content.kind"), 8),
            Col("text", t("content.text"), 20, flex=True),
            Col("tag", t("content.tag"), 6),
            Col("late", "", 0),
        ], rows)

    def action_focus_text(self) -> None:
        self.query_one("#text", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(self.changed)

    def action_submit(self) -> None:
        """Add the item typed; what is refused stays in the line with the reason."""
        self.clear_errors()
        text = self.query_one("#text", Input).value.strip()
        tag = self.query_one("#tag", Input).value.strip()
        kind = ContentKind(str(self.query_one("#kind", Select).value))
        if not text:
            self.show_error("text", t("content.err.text"))
            return
        item = RegisteredItem(kind, text, tag)
        if self._change(lambda ws: register_content(ws, self.campaign_id, self.member_id,
                                                    add=[item])):
            self.query_one("#text", Input).value = ""
            self.query_one("#tag", Input).value = ""
            self.query_one("#text", Input).focus()  # ready for the next item

    def action_remove(self) -> None:
        table = self.query_one("#content-list", DenseTable)
        key = table.current_key
        regs = self.session.ws.registrations.get(self.campaign_id)
        if key is None or regs is None or self.focused is not table:
            return
        item = regs.of(self.member_id)[int(key)]
        self._change(lambda ws: register_content(ws, self.campaign_id, self.member_id,
                                                 remove=[item.text]))

    def _change(self, change: Callable[[Workspace], object]) -> bool:
        if not self.attempt(lambda: self.session.change(change)):
            return False
        self.changed = True
        self._fill()
        return True


class SignForm(FormScreen[bool]):
    """The date the agreement (giao ước) was signed; empty: not signed yet."""

    FIELDS: ClassVar[Mapping[str, str]] = {"signed": "signed"}

    def __init__(self, session: Session, campaign_id: str) -> None:
        super().__init__()
        self.session = session
        self.campaign_id = campaign_id

    def compose(self) -> ComposeResult:
        regs = self.session.ws.registrations.get(self.campaign_id)
        signed = regs.signed if regs else None
        with Vertical(classes="box form"):
            yield Static(Text(t("sign.title"), style="bold"), classes="dialog-title")
            yield field_row(t("sign.date"), Input(fmt.date(signed) if signed else "",
                                                  id="signed", compact=True,
                                                  placeholder=t("cform.date.placeholder")))
            yield Static(Text(t("sign.hint"), style="dim"), classes="field-note")
            yield from closing_lines()

    def action_submit(self) -> None:
        self.clear_errors()
        text = self.query_one("#signed", Input).value.strip()
        try:
            signed = read_date(text) if text else None
        except DateError:
            self.show_error("signed", t("cform.err.date"))
            return
        if self.attempt(lambda: self.session.change(
                lambda ws: sign_agreement(ws, self.campaign_id, signed))):
            self.dismiss(True)
