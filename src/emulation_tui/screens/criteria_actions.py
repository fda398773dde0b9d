"""The criteria editor's keys that change the table's shape: add a criterion, a section or
a sub-section, remove one, move one up or down among its siblings (``alt+↑``/``alt+↓``, or
``ctrl+↑``/``ctrl+↓``), undo. Mixed into :class:`~.criteria_editor.CriteriaEditor`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding

from ..criteria_draft import Draft, NodePath
from ..i18n import t
from .criteria_rows import ROOT, editor_columns, editor_rows, row_key, row_path

if TYPE_CHECKING:
    from ..app import EmulationApp
    from ..widgets.table import DenseTable

__all__ = ["SHAPE_BINDINGS", "ShapeKeys"]

SHAPE_BINDINGS = [
    Binding("a", "add_criterion", "add_criterion"),
    Binding("A", "add_section", "add_section"),
    Binding("S", "add_section(True)", "add_subsection", show=False),
    Binding("alt+up,ctrl+up", "move(-1)", "move_up", show=False),
    Binding("alt+down,ctrl+down", "move(1)", "move_down", show=False),
    Binding("delete,x", "remove", "remove"),
    Binding("ctrl+z", "undo", "undo"),
]


class ShapeKeys:
    """The shape keys; the editor provides the attributes below."""

    if TYPE_CHECKING:
        draft: Draft | None
        shown: str | None

        @property
        def emu(self) -> EmulationApp: ...
        @property
        def table(self) -> DenseTable: ...
        def _refused_here(self) -> bool: ...
        def _show(self, key: str) -> None: ...
        def show_checks(self) -> None: ...
        def _fill(self) -> None: ...
        def edited(self) -> None: ...
        def _focus_title(self) -> None: ...

    def _current(self) -> NodePath | None:
        return row_path(self.shown or ROOT)

    def action_add_criterion(self) -> None:
        path = self._current()
        if self.draft is None or self._refused_here():
            return
        if path is None:
            self.emu.notify(t("ce.pick_section"), severity="warning")
            return
        try:
            added = self.draft.add_criterion(path, t("ce.new_criterion"))
        except ValueError:
            self.emu.notify(t("ce.refused_per_type", code=self.draft.node(path).code),
                            severity="warning")
            return
        self._went_to(added, fresh=True)

    def action_add_section(self, inside: bool = False) -> None:
        if self.draft is None or self._refused_here():
            return
        path = self._current()
        try:
            added = self.draft.add_section(path, t("ce.new_section"), inside=inside)
        except ValueError:
            assert path is not None
            self.emu.notify(t("ce.refused_per_type", code=self.draft.node(path).code),
                            severity="warning")
            return
        self._went_to(added, fresh=True)

    def _went_to(self, path: NodePath, *, fresh: bool = False) -> None:
        """The table changed shape and the node at ``path`` is the one to highlight; with
        ``fresh`` (a node just added) the cursor goes to its title, selected so that typing
        replaces it."""
        assert self.draft is not None
        self.shown = None
        self.table.fill(editor_columns(), editor_rows(self.draft))
        self.table.select_key(row_key(path))
        self._show(row_key(path))
        self.show_checks()
        self.edited()
        if fresh:
            self._focus_title()

    def action_move(self, step: int) -> None:
        """Move the highlighted section or criterion up (``step`` -1) or down (1) within
        its section; the table's sections move among themselves; a criterion at the first
        or last place of its section goes on into the section before or after it."""
        path = self._current()
        if self.draft is None or self._refused_here():
            return
        if path is None:
            self.emu.notify(t("ce.move.pick"), severity="warning")
            return
        code = self.draft.node(path).code
        across = not self.draft.can_move(path, step)
        if across and self.draft.crossing(path, step) is None:
            self.emu.notify(t("ce.move.edge" if step < 0 else "ce.move.edge_down", code=code))
            return
        moved = self.draft.move(path, step)
        self._went_to(moved)
        if across:  # into the section before or after: coded as a new criterion there
            self.emu.notify(t("ce.move.across", code=code, new=self.draft.node(moved).code,
                              section=self.draft.node(moved[:-1]).code))

    def action_remove(self) -> None:
        path = self._current()
        if self.draft is None or path is None or self._refused_here():
            return
        node = self.draft.remove(path)
        self.emu.notify(t("ce.removed", code=node.code, title=node.title))
        self.shown = None
        self._fill()
        self.edited()

    def action_undo(self) -> None:
        if self.draft is None or self._refused_here():
            return
        if not self.draft.undo():
            self.emu.notify(t("ce.nothing_to_undo"))
            return
        self.shown = None
        self._fill()
        self.table.focus()
        self.edited()
