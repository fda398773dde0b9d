"""Registration (đăng ký thi đua): the units × indicators grid of targets, "no target",
the agreement's signing date and each unit's registered content.

Every change goes through the library (:func:`emulation_core.set_targets`,
:func:`emulation_core.sign_agreement`, :func:`emulation_core.register_content`), checked as
opening checks and recorded in the change log.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from emulation_core import NO_TARGET, EmulationError, Workspace, set_targets

from .. import fmt
from ..entry import check_value, echo, typed_text
from ..i18n import error_text, pick, t
from ..session import EditRefused
from ..target_grid import Cell, TargetGrid, cell_text, header, header_cap, target_grid
from ..widgets.table import Col, DenseTable, Row
from ..widgets.typing_input import TypingInput
from .base import BaseScreen

__all__ = ["NO_TARGET_WORDS", "RegistrationScreen"]

NO_TARGET_WORDS = ("không", "khong", "none", "-")
"""What typed into a target registers "no target"."""

_MEMBER = "member"
_CONTENT = "content"


class RegistrationScreen(BaseScreen):
    """The campaign's registration grid; a cell's target is typed in the line below it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "edit", "edit_target", priority=True),
        Binding("escape", "cancel_edit", "cancel", show=False),
        Binding("k", "no_target", "no_target"),
        Binding("delete,backspace", "clear", "clear_target"),
        Binding("i", "content", "content"),
        Binding("s", "sign", "sign"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.grid: TargetGrid | None = None
        self._editing: tuple[str, str] | None = None
        self._was: tuple[str, str] = ("", "")
        """The cell being typed in as it was: its text on the line, and as shown."""

    def compose_body(self) -> ComposeResult:
        self._editing = None  # composed again on a language switch: the line starts closed
        grid = DenseTable(id="target-grid")
        grid.cursor_type = "cell"
        grid.fixed_columns = 2  # the unit and its count of items stay in sight
        yield grid
        yield Static(id="cell-detail", classes="subtitle")
        editor = Vertical(id="target-editor")
        editor.display = False
        with editor:
            yield Label(id="target-label")
            yield TypingInput(id="target-input", compact=True, select_on_focus=False)
            yield Static(id="target-note")

    @property
    def table(self) -> DenseTable:
        return self.query_one("#target-grid", DenseTable)

    # -- drawing ----------------------------------------------------------------------
    def populate(self) -> None:
        session = self.session
        self.grid = grid = target_grid(session)
        if grid is None:
            self.set_title(t("reg.title", campaign="–"), "")
            self.table.fill([], [])
            self._detail(t("campaign.none"))
            return
        regs = session.ws.registrations.get(grid.campaign.id)
        signed = regs.signed if regs else None
        self.set_title(t("reg.title", campaign=grid.campaign.title),
                       t("reg.signed", date=fmt.date(signed)) if signed else t("reg.unsigned"))
        column = self._current_column()
        rows: list[Row] = []
        for member in grid.members:
            cells = {_MEMBER: Text(member.short_name, no_wrap=True),
                     _CONTENT: Text(str(len(regs.of(member.id))) if regs else "0",
                                    justify="right", style="dim")}
            for indicator in grid.indicators:
                cells[indicator.key] = cell_text(*grid.cell(member.id, indicator.key))
            rows.append((member.id, cells))
        cap = header_cap(self.app.size.width)
        self.table.fill([
            Col(_MEMBER, t("col.unit"), 8),
            Col(_CONTENT, t("col.content"), 3, right=True),
            *(Col(i.key, header(i, cap), 6, right=True) for i in grid.indicators),
        ], rows)
        if column is not None:
            self._select_column(column)
        self._show_detail()

    async def relabel(self) -> None:
        """In the other language, on the same cell."""
        column = self._current_column()
        await super().relabel()
        if column is not None:
            self._select_column(column)

    def _current_column(self) -> str | None:
        table = self.table
        if not table.row_count:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).column_key.value)

    def _select_column(self, key: str) -> None:
        keys = [str(c.key.value) for c in self.table.ordered_columns]
        if key in keys:
            self.table.move_cursor(column=keys.index(key))

    def _selected(self) -> tuple[str, str] | None:
        """(member id, indicator key) under the cursor, None on the unit's own columns."""
        member, column = self.table.current_key, self._current_column()
        if member is None or column is None or column in (_MEMBER, _CONTENT):
            return None
        return member, column

    def on_data_table_cell_highlighted(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        """Under the grid: the unit and indicator under the cursor in full."""
        grid, member_id, column = self.grid, self.table.current_key, self._current_column()
        if grid is None or member_id is None or column is None:
            self._detail(t("reg.empty") if grid is not None else "")
            return
        member = self.session.bloc.member(member_id)
        name = member.name if member else member_id
        indicator = grid.indicator(column)
        if indicator is None:
            self._detail(t("reg.detail.unit", unit=name, missing=grid.missing()))
            return
        state, target = grid.cell(member_id, column)
        what = {Cell.TARGET: fmt.number(target), Cell.NO_TARGET: t("reg.cell.no_target"),
                Cell.NOT_ENTERED: t("reg.cell.not_entered"),
                Cell.NOT_READ: t("reg.cell.not_read")}[state]
        label = pick(indicator.label, indicator.label_en)
        unit = f" ({indicator.unit})" if indicator.unit else ""
        line = f"{label}{unit}: {what}  [{indicator.key}]"
        if member is not None and len(name) + len(line) + 5 > self.app.size.width:
            name = member.short_name  # the figure and the key kept in sight
        self._detail(f"{name} · {line}")

    def _detail(self, text: str) -> None:
        self.query_one("#cell-detail", Static).update(Text(text))

    # -- editing a target -------------------------------------------------------------
    def _writable(self) -> bool:
        if self.session.read_only:
            self.notify(t("readonly.refused"), severity="warning")
            return False
        return True

    def action_edit(self) -> None:
        if self._editing is not None:
            self._commit()
        else:
            self._open_editor("")

    def on_key(self, event: events.Key) -> None:
        """A digit typed on the grid starts the cell's target with it; what is typed fast
        after it, before the line has the focus, goes on the line too (nothing is lost)."""
        if self.focused is not self.table or not event.is_printable or not event.character:
            return
        if self._editing is None and event.character.isdigit():
            event.stop()
            self._open_editor(event.character)
        elif self._editing is not None:
            event.stop()
            field = self.query_one("#target-input", Input)
            field.insert_text_at_cursor(event.character)

    def _open_editor(self, start: str) -> None:
        grid, cell = self.grid, self._selected()
        if grid is None or cell is None:
            if start:  # a figure typed on the unit's name or its count: not a target's cell
                self.notify(t("reg.pick_cell"), severity="warning")
            elif self.table.current_key is not None and grid is not None:
                self.action_content()
            return
        if not self._writable():
            return
        member_id, key = cell
        state, target = grid.cell(member_id, key)
        if state is Cell.NOT_READ:
            self.notify(t("reg.not_read"), severity="warning")
            return
        indicator = grid.indicator(key)
        integer = bool(indicator and indicator.integer)
        self._editing = cell
        member = self.session.bloc.member(member_id)
        label = pick(indicator.label, indicator.label_en) if indicator else key
        self.query_one("#target-label", Label).update(Text(t(
            "reg.editing", unit=member.short_name if member else member_id, indicator=label)))
        field = self.query_one("#target-input", Input)
        held = typed_text(target, integer) if target is not None else \
            t("reg.cell.no_target") if state is Cell.NO_TARGET else ""
        self._was = (held, fmt.number(target) if target is not None else held)
        field.value = start or held
        self.query_one("#target-editor").display = True
        field.focus()
        field.cursor_position = len(field.value)
        self._note(t("reg.edit_hint"))

    @on(Input.Changed, "#target-input")
    def _typed(self, event: Input.Changed) -> None:
        if self._editing is None:
            return
        text = event.value.strip()
        held, shown = self._was
        before = f" · {t('reg.before', value=shown)}" if held and text != held else ""
        if text.casefold() in NO_TARGET_WORDS:
            self._note(t("reg.cell.no_target") + before)
            return
        value, error = check_value(text, self._integer(self._editing[1]))
        if error:
            self._note(error + before, error=True)
        elif value is None:
            self._note(t("reg.edit_hint") + before)
        else:
            reading = echo(text, self._integer(self._editing[1])) or fmt.number(value)
            self._note(reading + before)

    def _integer(self, key: str) -> bool:
        indicator = self.grid.indicator(key) if self.grid else None
        return bool(indicator and indicator.integer)

    def _note(self, text: str, *, error: bool = False) -> None:
        self.query_one("#target-note", Static).update(
            Text(text, style="bold red" if error else "dim"))

    def _commit(self) -> None:
        """Save what the line holds; a refusal keeps the line open with what was typed."""
        if self._editing is None:
            return
        member_id, key = self._editing
        text = self.query_one("#target-input", Input).value.strip()
        if text.casefold() in NO_TARGET_WORDS:
            self._save(member_id, key, lambda ws: set_targets(
                ws, self._campaign_id(), member_id, {key: NO_TARGET}))
            return
        value, error = check_value(text, self._integer(key))
        if error:
            self._note(error, error=True)
            return
        if value is None:
            self._save(member_id, key, lambda ws: set_targets(
                ws, self._campaign_id(), member_id, {}, clear=[key]))
            return
        saved: Mapping[str, Decimal | None] = {key: value}
        if self._save(member_id, key, lambda ws: set_targets(
                ws, self._campaign_id(), member_id, saved)):
            reading = echo(text, self._integer(key))
            if reading:
                self.notify(t("reg.saved_read", value=fmt.number(value), reading=reading))

    def _campaign_id(self) -> str:
        if self.grid is None:
            raise EditRefused("campaign.none")
        return self.grid.campaign.id

    def _save(self, member_id: str, key: str,
              change: Callable[[Workspace], object]) -> bool:
        try:
            self.session.change(change)
        except EditRefused as refused:
            self._note(t(refused.key, **refused.values), error=True)
            return False
        except (EmulationError, OSError) as exc:
            self._note(error_text(exc), error=True)
            return False
        editing = self._editing
        self._close_editor()
        self.redraw()
        if editing is not None:
            following = self._next_typeable(member_id, key)
            self.table.select_key(following)
            self._select_column(key)
            if following == member_id:  # a figure typed next would replace this one: say so
                self._say_column_end(member_id, key)
        return True

    def _say_column_end(self, member_id: str, key: str) -> None:
        member = self.session.bloc.member(member_id)
        indicator = self.grid.indicator(key) if self.grid else None
        self.notify(t("reg.column_end", unit=member.short_name if member else member_id,
                      indicator=pick(indicator.label, indicator.label_en) if indicator
                      else key), severity="warning")

    def _next_typeable(self, member_id: str, key: str) -> str:
        """The next unit below ``member_id`` whose criteria read a target for ``key`` (the
        unit itself when there is none): where the next figure of a column goes."""
        keys = self.table.keys
        grid = self.grid
        below = keys[keys.index(member_id) + 1:] if member_id in keys else []
        return next((m for m in below
                     if grid is not None and grid.cell(m, key)[0] is not Cell.NOT_READ),
                    member_id)

    def _close_editor(self) -> None:
        self._editing = None
        self.query_one("#target-editor").display = False
        self.table.focus()

    async def action_cancel_edit(self) -> None:
        """esc: leave the line without a change; on the grid, back to the dashboard."""
        if self._editing is not None:
            self._close_editor()
            self._show_detail()
            return
        await self.action_back()

    def _mark(self, values: Mapping[str, Decimal | None], clear: tuple[str, ...]) -> None:
        cell = self._selected()
        if cell is None or self.grid is None or not self._writable():
            return
        member_id, key = cell
        if self.grid.cell(member_id, key)[0] is Cell.NOT_READ:
            self.notify(t("reg.not_read"), severity="warning")
            return
        campaign_id = self.grid.campaign.id
        try:
            self.session.change(lambda ws: set_targets(ws, campaign_id, member_id,
                                                       values, clear=clear))
        except EditRefused as refused:
            self.notify(t(refused.key, **refused.values), severity="warning")
            return
        except (EmulationError, OSError) as exc:
            self.notify(error_text(exc), severity="error", timeout=10)
            return
        self.redraw()

    def action_no_target(self) -> None:
        """k: the unit registers no target for this indicator."""
        cell = self._selected()
        if cell is not None:
            self._mark({cell[1]: NO_TARGET}, ())

    def action_clear(self) -> None:
        """del: back to "not entered yet"."""
        cell = self._selected()
        if cell is not None:
            self._mark({}, (cell[1],))

    # -- content and signing ----------------------------------------------------------
    def action_content(self) -> None:
        from .registration_forms import ContentDialog

        member_id = self.table.current_key
        if member_id is None or self.grid is None:
            return
        self.app.push_screen(ContentDialog(self.session, self.grid.campaign.id, member_id),
                             lambda _: self.redraw())

    def action_sign(self) -> None:
        from .registration_forms import SignForm

        if self.grid is None or not self._writable():
            return
        self.app.push_screen(SignForm(self.session, self.grid.campaign.id),
                             lambda _: self.redraw())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a target is typed, letters are text, not keys."""
        return super().check_action(action, parameters) and (
            self._editing is None or action not in ("no_target", "clear", "content", "sign"))

