"""Scoring one member: figures, targets, self and verified points side by side, live totals.

The criterion list (:mod:`.criterion_list`) lists the member's criteria by section; the entry
panel below it (beside, when wide; :mod:`.entry_panel`) edits the highlighted criterion. Every
accepted keystroke re-scores at once; edits are saved a moment later.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.widget import Widget
from textual.widgets import DataTable, Input, Static

from emulation_core import Criterion, CriterionScore, Member, RankBy, vi_sort_key

from .. import fmt
from ..find import matches, step_to
from ..i18n import t
from ..messages import DataChanged
from ..widgets.findbar import FindBar
from ..widgets.in_place import update_in_place
from ..widgets.table import DenseTable, Row
from .criterion_list import criterion_columns, criterion_rows, parent_section
from .entry_fields import entry_figures
from .entry_panel import EntryPanel
from .explanation_keys import EXPLANATION_BINDINGS, ExplanationKeys
from .history import HISTORY_BINDINGS, HistoryKeys
from .review_keys import REVIEW_BINDINGS

__all__ = ["ScoringScreen"]


class _Main(Container):
    """The list and the editor: the room they share goes to the editor to fit in."""

    def on_resize(self, event: events.Resize) -> None:
        for panel in self.query(EntryPanel).results():
            panel.fit(event.size.height)


class ScoringScreen(ExplanationKeys, HistoryKeys):
    """Score and verify one member unit."""

    CSS_PATH = "../styles/scoring.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (140, "-wide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "edit", "edit", priority=True),
        Binding("escape", "back", "back"),
        Binding("ctrl+z", "undo", "undo"),
        *REVIEW_BINDINGS,
        *HISTORY_BINDINGS,
        *EXPLANATION_BINDINGS,
        Binding("left_square_bracket", "member(-1)", "prev_member"),
        Binding("right_square_bracket", "member(1)", "next_member"),
        Binding("slash", "find", "find"),
        Binding("space", "fold", "fold"),
        Binding("n", "step('open', 1)", "next_open", show=False),
        Binding("N", "step('open', -1)", "prev_open", show=False),
        Binding("l", "step('disputed', 1)", "next_disputed", show=False),
        Binding("L", "step('disputed', -1)", "prev_disputed", show=False),
    ]

    def __init__(self, member_id: str) -> None:
        super().__init__()
        self.member_id = member_id
        self._folded: set[str] = set()  # codes of the sections shown closed
        self._drawn: dict[str, CriterionScore] = {}  # each criterion's score as drawn
        self._drawn_figures: dict[str, Decimal] = {}  # the member's figures as drawn

    # -- layout -----------------------------------------------------------------------
    def compose_body(self) -> ComposeResult:
        yield Static(id="status-line", classes="subtitle")
        yield FindBar(id="find")
        with _Main(id="main"):
            yield DenseTable(id="criteria")
            yield EntryPanel(self.member_id, self._value_slots(), self._edited, self._drawn)

    def _value_slots(self) -> int:
        """As many value inputs as the member's most demanding criterion reads."""
        board = self.session.board
        if board is None:
            return 0
        leaves = board.table_for(self.member_id).leaves()
        return max((len(entry_figures(self.session, self.member_id, c)) for c in leaves),
                   default=0)

    @property
    def member(self) -> Member:
        member = self.session.bloc.member(self.member_id)
        assert member is not None
        return member

    @property
    def table(self) -> DenseTable:
        return self.query_one("#criteria", DenseTable)

    @property
    def panel(self) -> EntryPanel:
        return self.query_one(EntryPanel)

    def populate(self) -> None:
        table = self.table
        table.fill(criterion_columns(), self._rows())
        if table.current_key is None or table.current_key.startswith("§"):
            first = next((k for k, _ in self._rows() if not k.startswith("§")), None)
            if first is not None:
                table.select_key(first)
        self._show_totals()
        table.focus()
        self._show_editor()

    def _rows(self) -> list[Row]:
        board = self.session.board
        assert board is not None
        self._drawn.clear()  # every row is drawn again
        self._drawn_figures.clear()
        return list(criterion_rows(board, self.member_id, self._folded, self._drawn,
                                   self._drawn_figures))

    def _refresh_after_edit(self) -> None:
        """Redraw the rows whose score changed (every section row), header, explanation."""
        board = self.session.board
        assert board is not None
        table = self.table
        for key, cells in criterion_rows(board, self.member_id, self._folded, self._drawn,
                                         self._drawn_figures):
            table.update_row(key, cells)
        self._show_totals()
        self.panel.show_why()

    # -- header -----------------------------------------------------------------------
    def _show_totals(self) -> None:
        board = self.session.board
        assert board is not None
        score = board.score(self.member_id)
        ranked = board.rank_of(self.member_id)
        nominal = board.table_for(self.member_id).nominal
        parts = [t("score.total", total=fmt.points(score.total), max=fmt.number(nominal)),
                 t("score.rank", rank=fmt.rank(ranked), of=len(board.scores)),
                 fmt.rating(score, short=True)]
        if board.campaign.rank_by is RankBy.PERCENT:
            parts.insert(1, f"{fmt.points(score.percent)}%")
        kind = fmt.type_name(self.session.ws.registry, self.member.type)
        self.set_title(f"{self.member.name} · {kind}", " · ".join(parts))
        self.show_save_state()

    def show_save_state(self) -> None:
        """The status line: submission status, self and verified totals, saved or not."""
        session = self.session
        board = session.board
        assert board is not None
        score = board.score(self.member_id)
        if session.read_only:
            state = Text(t("readonly.state"), style="yellow")
        elif self.member_id in session.failures:
            state = Text(t("state.failed"), style="bold red")
        elif self.member_id in session.pending:
            state = Text(t("state.pending"), style="yellow")
        else:
            state = Text(t("state.saved"), style="green")
        line = Text()
        line.append(fmt.status(score.status))
        line.append(" · " + t("score.self_total", total=fmt.points(score.self_total)))
        line.append(" · " + t("score.adjust", bonus=fmt.signed(score.bonus),
                              minus=fmt.points(score.deductions)))
        line.append(" · ")
        line.append(state)
        update_in_place(self.query_one("#status-line", Static), line)

    # -- the entry panel --------------------------------------------------------------
    def _current(self) -> Criterion | None:
        key = self.table.current_key
        board = self.session.board
        if key is None or key.startswith("§") or board is None:
            return None
        return board.table_for(self.member_id).find(key)

    @on(DataTable.RowHighlighted, "#criteria")
    def _highlighted(self) -> None:
        self._show_editor()

    def _show_editor(self) -> None:
        """Point the entry panel at the highlighted criterion (synchronously)."""
        self.panel.show(self._current(), self.table.current_key or "")

    def _edited(self) -> None:
        """An accepted figure: the change it made redraws (:meth:`data_changed`); save soon."""
        self.request_save()

    def data_changed(self, change: DataChanged) -> None:
        """Scores moved: refresh the rows, header and explanation; everything after a
        campaign switch or a reload."""
        if change.members is None:
            self.redraw()
        else:
            self._refresh_after_edit()

    def save_state_changed(self) -> None:
        self.show_save_state()

    def on_descendant_blur(self) -> None:
        """Leaving a field (or the list) ends its undo step."""
        self.session.break_group()

    def on_key(self, event: events.Key) -> None:
        """A figure typed while the table has focus is not lost silently: say how to enter
        (on a section's row: that figures go to its criteria)."""
        if self.focused is self.table and event.character \
                and event.character in "0123456789,.-":
            where = "locked.where" if self._locked() else \
                "score.section_hint" if self._current() is None else "entry.where"
            self.notify(t(where), severity="warning")

    def _locked(self) -> bool:
        board = self.session.board
        return board is not None and self.session.ws.is_locked(board.campaign.id)

    def review_member(self) -> str:
        return self.member_id

    def history_member(self) -> str:
        return self.member_id

    def history_criterion(self) -> Criterion | None:
        return self._current()

    def explained_criterion(self) -> Criterion | None:
        return self._current()

    def explained(self) -> None:
        self.panel.refit()

    # -- actions ----------------------------------------------------------------------
    def action_edit(self) -> None:
        """Enter: from the table into the editor, then from field to field, then back."""
        if isinstance(self.focused, FindBar):
            self.focused.search()
            return
        if self.panel.editing != self._current():
            self._show_editor()  # the cursor moved and its message has not arrived yet
        inputs = self.panel.inputs()
        focused = self.focused
        if not inputs:
            if self.session.read_only:
                self.notify(t("readonly.refused"), severity="warning")
            elif self._locked():
                self.notify(t("locked.where"), severity="warning")
            return
        if isinstance(focused, Input) and self.panel.correct(focused):
            return
        if focused is self.table or focused not in inputs:
            self._focus_now(inputs[0])
            return
        assert isinstance(focused, Input)
        position = inputs.index(focused)
        self._focus_now(inputs[position + 1] if position + 1 < len(inputs) else self.table)

    def _focus_now(self, widget: Widget) -> None:
        """Move the focus before the next key is handled (``focus()`` waits a turn, so keys
        typed in the same instant would reach the field or table being left)."""
        if isinstance(widget, Input):
            self.panel.arrive(widget)
        self.set_focus(widget)

    def action_find(self) -> None:
        self.query_one(FindBar).open(t("find.placeholder"))

    @on(FindBar.Search)
    def _search(self, event: FindBar.Search) -> None:
        board = self.session.board
        assert board is not None
        leaves = {c.code: c for c in board.table_for(self.member_id).leaves()}
        found = step_to(list(leaves), self.table.current_key, lambda code: matches(
            event.query, code, f"{leaves[code].title} {leaves[code].title_en}"))
        if found is None:
            self.notify(t("find.none", query=event.query), severity="warning")
        else:
            self.go_to(found)

    def action_step(self, kind: str, step: int) -> None:
        """Go to the next (previous) criterion with nothing to score from, or whose verified
        points differ from the claimed ones."""
        board = self.session.board
        assert board is not None
        scores = {s.criterion.code: s for s in board.breakdown(self.member_id)}

        def wanted(code: str) -> bool:
            score = scores[code]
            if kind == "open":
                return score.source in ("none", "missing")
            return None not in (score.self_points, score.verified_points) \
                and score.self_points != score.verified_points

        found = step_to(list(scores), self.table.current_key, wanted, step)
        if found is None:
            self.notify(t("find.no_open" if kind == "open" else "find.no_disputed"))
        else:
            self.go_to(found)

    def go_to(self, code: str) -> None:
        """Put the cursor on criterion ``code``, opening folded sections to show it."""
        if self._folded and code not in self.table.keys:
            self._folded.clear()
            self.table.fill(criterion_columns(), self._rows())
        self.table.select_key(code)
        self.table.focus()

    def action_fold(self) -> None:
        """Close or open the section under the cursor (on a criterion: its section)."""
        key = self.table.current_key or ""
        board = self.session.board
        assert board is not None
        if not key.startswith("§"):
            parent = parent_section(board.table_for(self.member_id).sections, key)
            if parent is None:
                return
            key = f"§{parent.code}"
        self._folded ^= {key.removeprefix("§")}
        self.table.fill(criterion_columns(), self._rows())
        self.table.select_key(key)

    async def action_back(self) -> None:
        if isinstance(self.focused, Input):
            self._focus_now(self.table)
            return
        self.request_save(now=True)
        self.dismiss()

    def action_undo(self) -> None:
        member_id = self.session.undo()
        if member_id is None:
            self.notify(t("undo.nothing"))
            return
        if member_id != self.member_id:
            member = self.session.bloc.member(member_id)
            self.notify(t("undo.other", member=member.name if member else member_id))
        self._show_editor()
        self.request_save()

    def action_member(self, step: int) -> None:
        board = self.session.board
        assert board is not None
        order = [m.id for m in sorted(self.session.bloc.members,  # by name: a stable order
                                      key=lambda m: (vi_sort_key(m.name), m.id))
                 if m.id in board.scores]
        if self.member_id not in order:
            return
        other = order[(order.index(self.member_id) + step) % len(order)]
        self.request_save(now=True)
        self.app.switch_screen(ScoringScreen(other))
