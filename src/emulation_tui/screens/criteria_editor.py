"""The criteria editor: a campaign's table edited with the keyboard alone, the sum checks
following every keystroke, saved through the library with a reason.

The table on the left lists the sections and criteria of a working copy
(:class:`~emulation_tui.criteria_draft.Draft`), then the indicators its rules read; the
fields on the right edit the highlighted one (the root row: the scale the table should
reach). A field that cannot be read keeps what was typed with the reason under it, and the
table keeps the node's last good form. The copy is kept per campaign while the app runs, and
on disk while it holds changes (:mod:`emulation_tui.criteria_keep`), so leaving the screen,
quitting or a crash loses nothing: the copy is taken back when the table is next edited.
Saving (:mod:`.criteria_save`) is refused while a field is refused, and on a locked
campaign. The keys that change the table's shape are in :mod:`.criteria_actions`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import DataTable, Input, Select, Static

from emulation_core import Criterion, Section, printable

from .. import fmt
from ..criteria_draft import Draft, NodePath
from ..criteria_fields import (
    CHOICES,
    FIELD_ORDER,
    Built,
    build,
    fields_of,
    offered_fields,
    texts_of,
)
from ..criteria_keep import CopyKeeper
from ..entry import read_typed, typed_text
from ..i18n import pick, t
from ..messages import DataChanged
from ..widgets.table import DenseTable
from ..widgets.typing_input import TypingInput
from .base import BaseScreen
from .criteria_actions import SHAPE_BINDINGS, ShapeKeys
from .criteria_indicators import show_indicator, typed_indicator
from .criteria_reach import FieldReach
from .criteria_rows import (
    INDICATORS,
    ROOT,
    checks_text,
    editor_columns,
    editor_rows,
    indicator_key,
    node_cells,
    root_cells,
    row_key,
    row_path,
    type_sums,
)
from .form import field_row

__all__ = ["CriteriaEditor"]

def _field(name: str) -> Widget:
    if name in CHOICES:
        options = [(t(f"ce.kind.{v}" if name == "kind" else f"ce.choice.{v}"), v)
                   for v in CHOICES[name]]
        return Select(options, id=f"ce-{name}", allow_blank=False, compact=True)
    placeholder = {"items": "ce.placeholder.items", "applies_to": "ce.placeholder.applies_to",
                   "max": "ce.placeholder.max"}.get(name)
    return TypingInput(id=f"ce-{name}", compact=True, select_on_focus=False,
                       placeholder=t(placeholder) if placeholder else "")


_KEEP_DELAY = 1.0
"""Seconds after the last edit before the copy is written to disk."""


class CriteriaEditor(ShapeKeys, FieldReach, BaseScreen):
    """Edit the campaign's criteria table; ``esc`` goes back to the criteria view."""

    CSS_PATH = "../styles/criteria_editor.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "save_table"),
        *SHAPE_BINDINGS,
        Binding("escape", "back", "back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.draft: Draft | None = None
        self.drafts: dict[str, Draft] = {}
        """Working copies by campaign: the screen lives as long as the app (a mode of its
        own), so what was typed is kept when the lead goes elsewhere and comes back."""
        self._keeper: CopyKeeper | None = None
        self.texts: dict[str, str] = {}
        """What the fields of the highlighted row hold."""
        self.shown: str | None = None

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="ce-main"):
            yield DenseTable(id="ce-table")
            with VerticalScroll(id="ce-panel"):
                yield Static(id="ce-heading")
                yield field_row(t("ce.f.scale"), _field("scale"))
                for name in FIELD_ORDER:
                    yield field_row(t(f"ce.f.{name}"), _field(name))
        yield Static(id="ce-checks")
        yield Static(id="ce-problems")

    @property
    def table(self) -> DenseTable:
        return self.query_one("#ce-table", DenseTable)

    @property
    def keeper(self) -> CopyKeeper:
        if self._keeper is None:
            self._keeper = CopyKeeper(self.session.ws.path, self.session.clock)
        return self._keeper

    # -- drawing ----------------------------------------------------------------------
    def populate(self) -> None:
        campaign = self.session.campaign
        if campaign is None:
            self.set_title(t("ce.title", campaign="–"))
            self.query_one("#ce-heading", Static).update(t("campaign.none"))
            return
        draft = self.drafts.get(campaign.id)
        restored = None
        if draft is None or (not draft.dirty and draft.saved != campaign.table):
            draft = self.drafts[campaign.id] = Draft(campaign.id, campaign.table)
            restored = self._take_kept(draft)
        self.draft = draft
        self.set_title(t("ce.title", campaign=campaign.title))
        self._fill()
        self.query_one("#ce-problems", Static).display = False
        for widget in self.query("#ce-panel Input, #ce-panel Select").results():
            widget.disabled = self.refusal() is not None
        self.table.focus()
        if restored:
            self.emu.notify(restored, timeout=12)

    def _take_kept(self, draft: Draft) -> str | None:
        """Take back the copy kept on disk when the app was last left with it unsaved; what
        to tell the lead, or None when there is none (or nothing may be edited now)."""
        if self.refusal() is not None:
            return None
        copy = self.keeper.take_back(draft)
        if copy is None:
            return None
        said = t("ce.kept.restored", at=f"{copy.at:%H:%M} {fmt.date(copy.at.date())}")
        return said + (" " + t("ce.kept.since") if copy.base != draft.saved else "")

    def edited(self) -> None:
        """The copy changed: write it to disk a moment after the last edit (or remove it
        once nothing is left unsaved)."""
        if self.draft is None:
            return
        self.keeper.changed.add(self.draft.campaign)
        self.set_timer(_KEEP_DELAY, lambda: self.keeper.flush(self.drafts),
                       name="keep-criteria")

    def data_changed(self, change: DataChanged) -> None:
        """The workspace changed (a save, another campaign): the copy follows when it holds
        nothing unsaved; the fields are not touched while the lead types."""
        campaign = self.session.campaign
        if self.draft is None or campaign is None or campaign.id != self.draft.campaign \
                or not self.draft.dirty:
            self.redraw()
        else:
            self.show_checks()

    def unsaved(self) -> list[str]:
        """The campaigns whose table was edited here, not saved, and could not be kept on
        disk (asked about on quitting; the others are taken back next time)."""
        self.keeper.changed |= {c for c, draft in self.drafts.items() if draft.dirty}
        return self.keeper.flush(self.drafts)

    def refusal(self) -> str | None:
        """Why nothing may be edited here now (read-only, locked), or None."""
        campaign = self.session.campaign
        if self.session.read_only:
            return t("readonly.refused")
        if campaign is not None and self.session.ws.is_locked(campaign.id):
            return t("ce.locked_here", campaign=campaign.title)
        return None

    def _fill(self) -> None:
        assert self.draft is not None
        self.table.fill(editor_columns(), editor_rows(self.draft))
        self._show(self.table.current_key or ROOT)
        self.show_checks()

    def _refresh_rows(self, path: NodePath) -> None:
        """Redraw the row at ``path``, the sections above it and the root."""
        assert self.draft is not None
        depths = {p: (n, d) for p, n, d in self.draft.rows()}
        for length in range(1, len(path) + 1):
            node, depth = depths[path[:length]]
            self.table.update_row(row_key(path[:length]),
                                  node_cells(self.draft, path[:length], node, depth))
        self.table.update_row(ROOT, root_cells(self.draft))
        self.show_checks()

    def show_checks(self) -> None:
        line = self.query_one("#ce-checks", Static)
        refusal = self.refusal()
        if refusal is not None:
            line.update(Text(refusal, style="bold red"))
        elif self.draft is not None:
            line.update(checks_text(self.draft, len(self.session.ws.submissions(
                self.draft.campaign)), type_sums(self.session.ws.registry, {
                    m.type for m in self.session.bloc.members})))

    # -- the fields -------------------------------------------------------------------
    @on(DataTable.RowHighlighted, "#ce-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        key = event.row_key.value
        if key is not None and key != self.shown and key == self.table.current_key:
            self._show(key)  # not a row the cursor passed while the table was refilled

    def _show(self, key: str) -> None:
        """Fill the fields from the row ``key``: what was typed if refused, else the node."""
        draft = self.draft
        if draft is None:
            return
        self.shown = key
        path = row_path(key)
        ind = indicator_key(key)
        if ind is not None or key == INDICATORS:
            show_indicator(self, ind)
            return
        if path is None:
            self.texts = {"scale": typed_text(draft.scale)}
            self.set_fields(("scale",), {})
            self.query_one("#ce-heading", Static).update(Text(t("ce.root_help"), style="dim"))
            return
        node = draft.node(path)
        self.offered = frozenset()
        self.texts = dict(draft.refused.get(path) or texts_of(node))
        built = self._build(path, node)
        self.set_fields(fields_of(node, self.texts.get("kind")), built.errors, built.notes)
        self._heading(built.node or node)

    def _heading(self, node: Section | Criterion) -> None:
        text = Text(printable(f"{node.code} {pick(node.title, node.title_en)}"), style="bold")
        if isinstance(node, Section) and node.per_type:
            text.append("\n" + t("ce.per_type_help"), style="dim")
        self.query_one("#ce-heading", Static).update(text)

    def set_fields(self, shown: tuple[str, ...], errors: Mapping[str, str],
                    notes: Mapping[str, str] | None = None) -> None:
        for name in ("scale", *FIELD_ORDER):
            box = self.query_one(f"#ce-{name}").parent
            assert box is not None and box.parent is not None
            box.parent.display = name in shown
            if name not in shown:
                continue
            widget = self.query_one(f"#ce-{name}")
            value = self.texts.get(name, "")
            if isinstance(widget, Select):
                if widget.value != value:
                    widget.value = value
            elif isinstance(widget, Input) and widget.value != value:
                widget.value = value
                # its start shown until it is reached, where typing adds at the end
                widget.cursor_position = len(value) if widget.has_focus else 0
            self.note(name, errors.get(name, ""), (notes or {}).get(name, ""))

    def note(self, name: str, error: str, note: str = "") -> None:
        line = self.query_one(f"#ce-{name}-error", Static)
        if error:
            line.update(Text(f"{error} ({t('ce.kept')})", style="bold red"))
        else:
            line.update(Text(note, style="dim"))
        line.display = bool(error or note)

    def _build(self, path: NodePath, node: Section | Criterion) -> Built:
        """``node`` read from the fields; its code may be none of the table's others nor
        one an association type's criteria take in a per-type slot."""
        assert self.draft is not None
        types = self.session.ws.registry.types
        used = {code: self.draft.node(p).title for code, p in self.draft.codes(path).items()}
        for slot in self.draft.table.per_type_slots():
            for plugin in types.values():
                for leaf in plugin.section.recoded(slot.code).leaves():
                    used.setdefault(leaf.code, leaf.title)
        known = set(types) | {m.type for m in self.session.bloc.members}
        return build(node, self.texts, self.draft.table, used, known)

    @on(Input.Changed)
    @on(Select.Changed)
    def _typed(self, event: Input.Changed | Select.Changed) -> None:
        widget = event.control
        name = (widget.id or "").removeprefix("ce-")
        value = str(event.value)
        if self.draft is None or self.shown is None or name not in self.texts \
                or self.texts[name] == value:
            return  # set by the screen, or a field the highlighted row does not have
        if self.refusal() is not None:
            return
        self.texts[name] = value
        self.offered -= {name}
        self.query_one("#ce-problems", Static).display = False
        ind = indicator_key(self.shown)
        if ind is not None:
            typed_indicator(self, ind, name)
            return
        path = row_path(self.shown)
        if path is None:
            scale, error = read_typed(value)
            if scale is not None and scale > 0:
                self.draft.scale = scale
                self.table.update_row(ROOT, root_cells(self.draft))
                self.show_checks()
            self.note("scale", "" if scale is not None and scale > 0
                       else error or t("ce.err.scale"))
            return
        node = self.draft.node(path)
        if name == "kind":
            defaults = texts_of(node)
            self.offered = frozenset(field for field in offered_fields(node, value)
                                     if self.texts.get(field) == defaults.get(field))
            self.set_fields(fields_of(node, value), {})
        built = self._build(path, node)
        declared = list(self.draft.table.indicators)
        if built.node is None:
            self.draft.refuse(path, name, self.texts)
        else:
            self.draft.put(path, built.node, name, built.declare)
            self._heading(built.node)
        for field in fields_of(node, self.texts.get("kind")):
            self.note(field, built.errors.get(field, ""), built.notes.get(field, ""))
        if list(self.draft.table.indicators) != declared:  # the indicator rows follow
            self.table.fill(editor_columns(), editor_rows(self.draft))
        self._refresh_rows(path)
        self.edited()

    @on(DataTable.RowSelected, "#ce-table")
    def _enter(self) -> None:
        """``enter`` on a row: to its first field."""
        if self._refused_here():
            return
        first = next((w for w in self.query("#ce-panel Input, #ce-panel Select").results()
                      if w.parent is not None and w.parent.parent is not None
                      and w.parent.parent.display), None)
        if first is not None:
            first.focus()

    @on(Input.Submitted)
    def _next_field(self) -> None:
        self.focus_next()

    # -- actions ----------------------------------------------------------------------
    def _refused_here(self) -> bool:
        refusal = self.refusal()
        if refusal is not None:
            self.emu.notify(refusal, severity="warning", timeout=8)
        return refusal is not None

    async def action_back(self) -> None:
        """From a field back to the table; from the table to the criteria view."""
        if self.focused is not None and self.focused is not self.table:
            if self.draft is not None:
                self.draft.break_group()
            self.table.focus()
            return
        await self.emu.action_goto("criteria")

    def action_save(self) -> None:
        from .criteria_save import save_draft

        if self.draft is not None and not self._refused_here():
            save_draft(self, self.draft)

    def show_problems(self, lines: list[str]) -> None:
        """What the library refused when saving, under the checks (until the next edit)."""
        problems = self.query_one("#ce-problems", Static)
        problems.update(Text("\n".join(printable(line) for line in lines), style="red"))
        problems.display = True
