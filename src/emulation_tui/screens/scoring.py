"""Scoring one member: figures, targets, self and verified points side by side, live totals.

The table lists the member's criteria by section; the editor below (beside, when wide) edits
the highlighted criterion. Every accepted keystroke re-scores at once; entries that are not
numbers or out of range are refused in place with the reason; edits are saved a moment later.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import ClassVar

from attrs import frozen
from rich.console import RenderableType
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, VerticalScroll
from textual.widgets import DataTable, Input, Label, Static

from emulation_core import (
    AdjustmentRule,
    Criterion,
    CriterionScore,
    Member,
    RankBy,
    Section,
    Status,
    Submission,
    TargetRule,
)

from .. import fmt
from ..entry import check_points, check_value, doubt, echo, typed_text
from ..explain import describe_rule, explain_score, indicator_label, source
from ..find import matches, step_to
from ..i18n import pick, t
from ..session import EditRefused, Session
from ..widgets.findbar import FindBar
from ..widgets.table import Col, DenseTable, Row
from .base import BaseScreen

__all__ = ["ScoringScreen"]

_SOURCE_STYLE = {"verified": "green", "self": "yellow", "computed": "", "none": "dim",
                 "not_assigned": "dim", "missing": "dim"}


@frozen
class _Field:
    """One input of the editor: an indicator value, or a field of the criterion's entry."""

    kind: str  # "value", "self_points", "verified_points", "reason", "evidence"
    key: str = ""  # the indicator key, for values


class ScoringScreen(BaseScreen):
    """Score and verify one member unit."""

    CSS_PATH = "../styles/scoring.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (140, "-wide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "edit", "edit", priority=True),
        Binding("escape", "back", "back"),
        Binding("ctrl+z", "undo", "undo"),
        Binding("v", "verify", "verify"),
        Binding("s", "submit", "submit"),
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
        self._fields: dict[str, _Field] = {}
        self._editing: Criterion | None = None  # the criterion the editor's fields show
        self._arrived: dict[str, str] = {}  # each field's text when the lead reached it
        self._folded: set[str] = set()  # codes of the sections shown closed

    # -- layout -----------------------------------------------------------------------
    def compose_body(self) -> ComposeResult:
        yield Static(id="status-line", classes="subtitle")
        yield FindBar(id="find")
        with Container(id="main"):
            yield DenseTable(id="criteria")
            with VerticalScroll(id="editor"):
                yield Static(id="crit-title")
                yield Static(id="crit-rule")
                yield Static(id="crit-why")
                for index in range(self._value_slots()):
                    yield _field_row(f"f-v{index}")
                for name in ("self", "verified"):
                    yield _field_row(f"f-{name}")
                for name in ("reason", "evidence"):
                    yield _field_row(f"f-{name}", wide=True)

    def _value_slots(self) -> int:
        """As many value inputs as the member's most demanding criterion reads."""
        board = self.session.board
        if board is None:
            return 0
        leaves = board.table_for(self.member_id).leaves()
        return max((len(self._inputs(c)) for c in leaves), default=0)

    def _inputs(self, criterion: Criterion) -> list[str]:
        """The figures the editor asks for: the criterion's indicators, and in place of one
        the type's plugin derives, the reported figures no criterion reads (its sources)."""
        keys = _indicators(criterion)
        kind = self.session.ws.registry.get(self.member.type)
        board = self.session.board
        if kind is None or board is None or not kind.derived.intersection(keys):
            return keys
        read = {k for c in board.table_for(self.member_id).leaves() for k in c.rule.indicators}
        return [k for k in keys if k not in kind.derived] + [
            i.key for i in kind.reported_indicators if i.key not in read]

    @property
    def member(self) -> Member:
        member = self.session.bloc.member(self.member_id)
        assert member is not None
        return member

    @property
    def table(self) -> DenseTable:
        return self.query_one("#criteria", DenseTable)

    def populate(self) -> None:
        table = self.table
        table.fill(self._columns(), list(self._rows()))
        if table.current_key is None or table.current_key.startswith("§"):
            first = next((k for k, _ in self._rows() if not k.startswith("§")), None)
            if first is not None:
                table.select_key(first)
        self._show_totals()
        table.focus()
        self._show_editor()

    def _columns(self) -> list[Col]:
        return [
            Col("code", t("col.code"), 5),
            Col("title", t("col.criterion"), 14, flex=True, cap=60),
            Col("value", t("col.value"), 8, right=True, drop=2),
            Col("target", t("col.target"), 8, right=True, drop=3),
            Col("self", t("col.self"), 7, right=True),
            Col("verified", t("col.verified"), 9, right=True, drop=1),
            Col("points", t("col.points"), 9, right=True),
        ]

    # -- rows -------------------------------------------------------------------------
    def _rows(self) -> Iterator[Row]:
        board = self.session.board
        assert board is not None
        scores = {s.criterion.code: s for s in board.breakdown(self.member_id)}
        values = board.values_of(self.member_id)
        for section in board.table_for(self.member_id).sections:
            yield from self._section_rows(section, 0, scores, values)

    def _section_rows(self, section: Section, depth: int, scores: dict[str, CriterionScore],
                      values: Mapping[str, Decimal]) -> Iterator[Row]:
        board = self.session.board
        assert board is not None
        got = board.points_of(self.member_id, section)
        top = fmt.signed(got) if not section.nominal else \
            f"{fmt.points(got)}/{fmt.number(section.nominal)}"
        folded = section.code in self._folded
        yield f"§{section.code}", {
            "code": Text(section.code, style="bold"),
            "title": Text("  " * depth + ("▸ " if folded else "")
                          + pick(section.title, section.title_en), style="bold",
                          no_wrap=True, overflow="ellipsis"),
            "points": fmt.right(top, "bold"),
        }
        if folded:
            return
        for child in section.children:
            if isinstance(child, Section):
                yield from self._section_rows(child, depth + 1, scores, values)
            else:
                yield child.code, self._criterion_cells(child, scores[child.code], values,
                                                        depth)

    def _criterion_cells(self, criterion: Criterion, score: CriterionScore,
                         values: Mapping[str, Decimal], depth: int) -> dict[str, RenderableType]:
        """One criterion's row; the result column shows derived figures too."""
        keys = _indicators(criterion)
        shown = "; ".join(fmt.compact(values.get(k)) for k in keys if k in values)
        target = ""
        if isinstance(criterion.rule, TargetRule):
            goal = self._targets().get(criterion.rule.indicator)
            target = fmt.compact(goal) if goal is not None else "–"
        counted = fmt.signed(score.points) if criterion.is_adjustment else \
            f"{fmt.points(score.points)}/{fmt.number(criterion.max_points)}"
        return {
            "code": Text(criterion.code),
            "title": Text("  " * (depth + 1) + pick(criterion.title, criterion.title_en),
                          no_wrap=True, overflow="ellipsis"),
            "value": fmt.right(shown),
            "target": fmt.right(target, "dim"),
            "self": fmt.right(fmt.points(score.self_points) if score.self_points is not None
                              else ""),
            "verified": fmt.right(fmt.points(score.verified_points)
                                  if score.verified_points is not None else "", "green"),
            "points": fmt.right(counted, _SOURCE_STYLE[score.source]),
        }

    def _targets(self) -> dict[str, Decimal]:
        board = self.session.board
        assert board is not None
        return dict(board.campaign.targets.get(self.member_id, {}))

    def _refresh_after_edit(self) -> None:
        table = self.table
        for key, cells in self._rows():
            table.update_row(key, cells)
        self._show_totals()
        self._show_why()

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
        self.query_one("#status-line", Static).update(line)

    # -- editor -----------------------------------------------------------------------
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
        """Point the editor's inputs at the highlighted criterion (synchronously)."""
        criterion = self._current()
        rows = list(self.query(".field").results(Horizontal))
        self._fields = {}
        self._editing = criterion
        self._arrived = {}
        if criterion is None:
            for row in rows:
                row.display = False
            self._show_section()
            return
        session = self.session
        board = session.board
        assert board is not None
        indicators = board.table_for(self.member_id).indicators
        title = f"{criterion.code} {pick(criterion.title, criterion.title_en)}"
        self.query_one("#crit-title", Static).update(Text(title, style="bold"))
        self.query_one("#crit-rule", Static).update(
            Text(t("score.rule", rule=describe_rule(criterion, indicators))))
        self._show_why()
        sub = session.working_submission(self.member_id)
        locked = session.read_only or sub.status is Status.LOCKED
        keys = self._inputs(criterion)
        labels: dict[str, str] = {"f-self": t("field.self"), "f-verified": t("field.verified"),
                                  "f-reason": t("field.reason"),
                                  "f-evidence": t("field.evidence")}
        specs = {"f-self": _Field("self_points"), "f-verified": _Field("verified_points"),
                 "f-reason": _Field("reason"), "f-evidence": _Field("evidence")}
        for index, key in enumerate(keys):
            known = indicators.get(key)
            unit = f" ({known.unit})" if known and known.unit else ""
            labels[f"f-v{index}"] = indicator_label(key, indicators) + unit
            specs[f"f-v{index}"] = _Field("value", key)
        for row in rows:
            field_id = (row.id or "").removesuffix("-row")
            spec = specs.get(field_id)
            row.display = spec is not None
            field = row.query_one(Input)
            field.disabled = locked
            if spec is None:
                continue
            self._fields[field_id] = spec
            row.query_one(Label).update(Text(labels[field_id]))
            text = self._stored_text(spec, sub, criterion)
            if field.value != text:
                field.value = text
                if not field.has_focus:
                    field.cursor_position = 0  # show a long text from its start
            field.placeholder = criterion.evidence if spec.kind == "evidence" else ""
            self._set_error(field_id, None)

    def _counts(self, key: str) -> bool:
        """Whether the indicator ``key`` counts whole things (``1.430`` is then 1430)."""
        board = self.session.board
        known = board.table_for(self.member_id).indicators.get(key) if board else None
        return known.integer if known else False

    def _stored_text(self, spec: _Field, sub: Submission, criterion: Criterion) -> str:
        """What the input for ``spec`` shows when nothing is being typed."""
        if spec.kind == "value":
            value = sub.values.get(spec.key)
            return "" if value is None else typed_text(value, self._counts(spec.key))
        entry = sub.entry(criterion.code)
        if spec.kind in ("self_points", "verified_points"):
            return _points_text(getattr(entry, spec.kind))
        return str(getattr(entry, spec.kind))

    def _show_section(self) -> None:
        key = self.table.current_key or ""
        self.query_one("#crit-title", Static).update(Text(key.removeprefix("§"), style="bold"))
        self.query_one("#crit-rule", Static).update(t("score.section_hint"))
        self.query_one("#crit-why", Static).update("")

    def _show_why(self) -> None:
        criterion = self._current()
        board = self.session.board
        if criterion is None or board is None:
            return
        score = next(s for s in board.breakdown(self.member_id)
                     if s.criterion.code == criterion.code)
        why = explain_score(score)
        counted = source(score)
        if score.source in ("not_assigned", "missing"):
            line = t("score.why.none", why=why)
        elif score.computed is None:
            line = t("score.why.entered", why=why, points=fmt.points(score.points),
                     source=counted)
        else:
            line = t("score.why", why=why, computed=fmt.points(score.computed),
                     points=fmt.points(score.points), source=counted)
        self.query_one("#crit-why", Static).update(Text(line, style="dim"))

    # -- editing ----------------------------------------------------------------------
    @on(Input.Changed, ".field Input")
    def _changed(self, event: Input.Changed) -> None:
        field_id = event.input.id or ""
        spec = self._fields.get(field_id)
        criterion = self._editing
        if spec is None or criterion is None or event.input.disabled \
                or event.value != event.input.value:
            return  # not an editable field now, or an event from before the editor moved
        try:
            changed = self._apply(spec, criterion, event.value, field_id)
        except EditRefused as refused:
            self.notify(t(refused.key, **refused.values), severity="warning")
            return
        if changed:
            self._refresh_after_edit()
            self.emu.request_save()

    def _apply(self, spec: _Field, criterion: Criterion, text: str, field_id: str) -> bool:
        """Apply one typed value; False when refused or unchanged."""
        session = self.session
        sub = session.working_submission(self.member_id)
        entry = sub.entry(criterion.code)
        shown = self._stored_text(spec, sub, criterion)  # no echo for what is already there
        if spec.kind == "value":
            integer = self._counts(spec.key)
            value, error = check_value(text, integer)
            warning = None if value is None else self._doubt(value, spec.key)
            self._set_error(field_id, error, echo(text, integer) if text != shown else "",
                            warning)
            if error or sub.values.get(spec.key) == value:
                return False
            session.set_value(self.member_id, spec.key, value)
            return True
        if spec.kind in ("self_points", "verified_points"):
            board = session.board
            assert board is not None
            stage = spec.kind.removesuffix("_points")
            points, error = check_points(text, criterion, stage, board.campaign.precision)
            self._set_error(field_id, error, echo(text) if text != shown else "")
            if error or getattr(entry, spec.kind) == points:
                return False
            session.set_entry(self.member_id, criterion.code, **{spec.kind: points})
            self._check_reason(criterion)
            return True
        if getattr(entry, spec.kind) == text:
            return False
        session.set_entry(self.member_id, criterion.code, **{spec.kind: text})
        self._check_reason(criterion)
        return True

    def _check_reason(self, criterion: Criterion) -> None:
        """Ask for a reason beside the verified points when they change the claimed ones."""
        if "f-reason" not in self._fields:
            return
        missing = criterion.code in self.session.unexplained_adjustments(self.member_id)
        self._set_error("f-reason", t("err.reason") if missing else None)

    def _set_error(self, field_id: str, error: str | None, reading: str = "",
                   warning: str | None = None) -> None:
        """Show why an entry is refused, or else a warning, how it was read, what was there
        before this edit and the field's hint."""
        field = self.query_one(f"#{field_id}", Input)
        field.set_class(error is not None, "-bad")
        field.set_class(warning is not None, "-doubt")
        note = self.query_one(f"#{field_id}-note", Static)
        if error is not None:
            note.update(Text(error, style="bold red"))
            return
        line = Text()
        if warning:
            line.append(warning + " ", style="bold yellow")
        before = self._arrived.get(field_id)
        was = t("entry.was", value=before or t("entry.empty")) \
            if before is not None and before != field.value else ""
        hint = self._hint(self._fields[field_id])
        line.append(" · ".join(x for x in (reading, was, hint) if x), style="dim")
        note.update(line)

    def _doubt(self, value: Decimal, key: str) -> str | None:
        """Why an accepted figure looks mistyped (see :func:`emulation_tui.entry.doubt`)."""
        board = self.session.board
        assert board is not None
        readers = [c for c in board.table_for(self.member_id).leaves()
                   if key in c.rule.indicators]
        others = []
        for member_id in board.scores:
            sub = board.submission(member_id)
            figure = sub.values.get(key) if sub is not None and member_id != self.member_id \
                else None
            if figure is not None:
                others.append(figure)
        return doubt(value, key, readers, self._targets().get(key), others)

    def _hint(self, spec: _Field) -> str:
        if spec.kind == "value":
            goal = self._targets().get(spec.key)
            target = t("score.target", target=fmt.number(goal)) if goal is not None else ""
            board = self.session.board
            sub = board.submission(self.member_id) if board else None
            fixed = sub.corrections.get(spec.key) if sub is not None else None
            if fixed is None:
                return target
            corrected = t("score.corrected", value=fmt.number(fixed.value), reason=fixed.reason)
            return " · ".join(x for x in (corrected, target) if x)
        return ""

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Reaching a field never selects its text: typing adds at its end."""
        field = event.widget
        if isinstance(field, Input) and field.id in self._fields:
            field.cursor_position = len(field.value)
            self._arrived.setdefault(field.id, field.value)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Leaving a field ends its undo step; refused text gives way to what is stored."""
        self.session.break_group()
        field = event.widget
        if not isinstance(field, Input):
            return
        field.cursor_position = 0
        spec = self._fields.get(field.id or "")
        if spec is None or self._editing is None or not field.has_class("-bad"):
            return
        sub = self.session.working_submission(self.member_id)
        stored = self._stored_text(spec, sub, self._editing)
        refused = field.value
        with field.prevent(Input.Changed):
            field.value = stored
        assert field.id is not None
        self._set_error(field.id, None)
        note = self.query_one(f"#{field.id}-note", Static)
        note.update(Text(t("entry.kept", text=refused.strip(),
                           value=stored or t("entry.empty")), style="yellow"))

    def on_key(self, event: events.Key) -> None:
        """A figure typed while the table has focus is not lost silently: say how to enter."""
        if self.focused is self.table and event.character \
                and event.character in "0123456789,.-":
            self.notify(t("entry.where"), severity="warning")

    # -- actions ----------------------------------------------------------------------
    def action_edit(self) -> None:
        """Enter: from the table into the editor, then from field to field, then back."""
        if isinstance(self.focused, FindBar):
            self.focused.search()
            return
        if self._editing != self._current():
            self._show_editor()  # the cursor moved and its message has not arrived yet
        inputs = [w for w in self.query(".field Input").results(Input)
                  if not w.disabled and w.id in self._fields]
        focused = self.focused
        if not inputs:
            if self.session.read_only:
                self.notify(t("readonly.refused"), severity="warning")
            return
        if focused is self.table or focused not in inputs:
            inputs[0].focus()
            return
        assert isinstance(focused, Input)
        position = inputs.index(focused)
        if position + 1 < len(inputs):
            inputs[position + 1].focus()
        else:
            self.table.focus()

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
            self.table.fill(self._columns(), list(self._rows()))
        self.table.select_key(code)
        self.table.focus()

    def action_fold(self) -> None:
        """Close or open the section under the cursor (on a criterion: its section)."""
        key = self.table.current_key or ""
        board = self.session.board
        assert board is not None
        if not key.startswith("§"):
            parent = _parent(board.table_for(self.member_id).sections, key)
            if parent is None:
                return
            key = f"§{parent.code}"
        self._folded ^= {key.removeprefix("§")}
        self.table.fill(self._columns(), list(self._rows()))
        self.table.select_key(key)

    async def action_back(self) -> None:
        if isinstance(self.focused, Input):
            self.table.focus()
            return
        self.emu.flush_saves()
        self.dismiss()

    def action_undo(self) -> None:
        member_id = self.session.undo()
        if member_id is None:
            self.notify(t("undo.nothing"))
            return
        if member_id != self.member_id:
            member = self.session.bloc.member(member_id)
            self.notify(t("undo.other", member=member.name if member else member_id))
        self._refresh_after_edit()
        self._show_editor()
        self.emu.request_save()

    def action_member(self, step: int) -> None:
        order = [r.score.member.id for r in self.session.ranking()]
        if self.member_id not in order:
            return
        other = order[(order.index(self.member_id) + step) % len(order)]
        self.emu.flush_saves()
        self.app.switch_screen(ScoringScreen(other))

    def action_submit(self) -> None:
        """Submit a draft, or resubmit a returned report (the received date is set once)."""
        board = self.session.board
        sub = board.submission(self.member_id) if board is not None else None
        refusal = _submit_refusal(self.session, sub)
        if refusal is not None:
            self.notify(refusal, severity="warning")
            return
        self.session.set_status(self.member_id, Status.SUBMITTED)
        self._refresh_after_edit()
        self.emu.flush_saves()
        self.show_save_state()
        self.notify(t("submit.done", member=self.member.name))

    def action_verify(self) -> None:
        from .dialogs import ConfirmDialog, MessageDialog

        session = self.session
        board = session.board
        assert board is not None
        sub = board.submission(self.member_id)
        name = self.member.name
        if session.read_only:
            self.notify(t("readonly.refused"), severity="warning")
            return
        if sub is None or sub.status is Status.MISSING:
            self.notify(t("verify.missing"), severity="warning")
            return
        if sub.status is Status.LOCKED:
            self.notify(t("edit.locked"), severity="warning")
            return
        if sub.status in (Status.DRAFT, Status.RETURNED):
            self.notify(t("verify.not_submitted"), severity="warning")
            return
        if sub.status is Status.VERIFIED:
            question = t("verify.undo", member=name)
            target = Status.SUBMITTED
        else:
            unexplained = session.unexplained_adjustments(self.member_id)
            if unexplained:
                self.app.push_screen(MessageDialog(t("verify.reasons.title"),
                                                   [t("verify.reasons", codes=", ".join(
                                                       unexplained))]))
                return
            score = board.score(self.member_id)
            question = t("verify.ask", member=name, total=fmt.points(score.total),
                         rating=fmt.rating(score))
            target = Status.VERIFIED

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            session.set_status(self.member_id, target)
            self._refresh_after_edit()
            self.emu.flush_saves()
            self.show_save_state()

        self.app.push_screen(ConfirmDialog(question, t("key.confirm").capitalize(),
                                           t("key.cancel").capitalize()), answered)


def _submit_refusal(session: Session, sub: Submission | None) -> str | None:
    """Why the unit's report cannot be submitted now (catalog text), or None."""
    if session.read_only:
        return t("readonly.refused")
    if sub is None or sub.status not in (Status.DRAFT, Status.RETURNED):
        return t("submit.not_draft")
    return None


def _field_row(field_id: str, *, wide: bool = False) -> Horizontal:
    """A label, an input and a note (hint or the reason an entry is refused)."""
    return Horizontal(
        Label(classes="field-label"),
        Input(id=field_id, compact=True, classes="text" if wide else "number",
              select_on_focus=False),
        Static(id=f"{field_id}-note", classes="note short" if wide else "note"),
        id=f"{field_id}-row", classes="field")


def _parent(sections: Iterable[Section], code: str) -> Section | None:
    """The section that holds criterion ``code`` directly."""
    for section in sections:
        if any(not isinstance(c, Section) and c.code == code for c in section.children):
            return section
        found = _parent((c for c in section.children if isinstance(c, Section)), code)
        if found is not None:
            return found
    return None


def _indicators(criterion: Criterion) -> list[str]:
    """The indicators a criterion reads, in the rule's own order where it has one."""
    rule = criterion.rule
    if isinstance(rule, AdjustmentRule):
        return [item.indicator for item in rule.items]
    return sorted(rule.indicators)


def _points_text(value: Decimal | None) -> str:
    return "" if value is None else typed_text(value)
