"""The scoring screen's entry panel: the highlighted criterion's explanation and its fields.

Every accepted keystroke goes to the session at once and the screen re-scores; entries that
are not numbers or out of range are refused in place with the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Label, Static

from emulation_core import Criterion, CriterionScore, Scoreboard, Status, Submission

from .. import fmt
from ..entry import check_points, check_value, doubt, echo, typed_text
from ..explain import indicator_label
from ..i18n import t
from ..session import EditRefused, Session
from ..widgets.in_place import update_in_place
from ..widgets.prose import Prose
from .correction import ask_correction
from .criterion_note import (
    criterion_rule,
    criterion_title,
    explanation_height,
    section_hint,
    why_line,
)
from .entry_fields import EntryField, correcting, entry_figures, field_row

if TYPE_CHECKING:
    from ..app import EmulationApp

__all__ = ["LIST_ROWS", "EntryPanel"]


LIST_ROWS = 8  # rows of the list the editor below it leaves room for, its heading besides
_LEAST = 5  # the editor's border, title and three lines, however short the screen


class EntryPanel(VerticalScroll):
    """Edits one member's figures and entries for the criterion the list highlights.

    ``edited`` is called after each change the session accepted (the screen re-scores and
    asks for a save). On a submitted or verified report the figures typed are the
    verifier's corrections: each is asked for with its reason (:meth:`correct`) and kept
    beside the unit's own figure; on a draft or returned one they are the unit's figures.
    """

    def __init__(self, member_id: str, slots: int, edited: Callable[[], None],
                 scores: Mapping[str, CriterionScore]) -> None:
        super().__init__(id="editor")
        self.member_id = member_id
        self._scores = scores  # each criterion's score as the list last drew it
        self._slots = slots
        self._edited = edited
        self.fields: dict[str, EntryField] = {}
        self.editing: Criterion | None = None  # the criterion the fields show
        self._arrived: dict[str, str] = {}  # each field's text when the lead reached it
        self._others: dict[str, list[Decimal]] = {}  # other units' figures, per indicator
        self.asking = False  # a correction's dialog is open
        self._room = 0  # the height the list and the editor share (0: not known yet)
        self._fitted: tuple[int, int] | None = None  # (width, room) the height was reckoned for

    def compose(self) -> ComposeResult:
        yield Static(id="crit-title")
        yield Prose(id="crit-rule")
        yield Prose(id="crit-why")
        for index in range(self._slots):
            yield field_row(f"f-v{index}")
        for name in ("self", "verified"):
            yield field_row(f"f-{name}")
        for name in ("reason", "evidence"):
            yield field_row(f"f-{name}", wide=True)

    @property
    def session(self) -> Session:
        return cast("EmulationApp", self.app).require_session()

    @property
    def board(self) -> Scoreboard:
        board = self.session.board
        assert board is not None
        return board

    def inputs(self) -> list[Input]:
        """The fields that take typing now, top to bottom."""
        return [w for w in self.query(".field Input").results(Input)
                if not w.disabled and w.id in self.fields]

    # -- showing ----------------------------------------------------------------------
    def on_resize(self) -> None:
        self.fit()

    def fit(self, room: int | None = None) -> None:
        """Below the list, the height the member's most demanding criterion needs (a cursor
        move never resizes the list), but the list keeps its heading and :data:`LIST_ROWS`
        rows of ``room``, the height both share (the editor then scrolls); beside the list,
        the screen's height."""
        if room is not None:
            self._room = room
        if self.screen.has_class("-wide"):
            self._fitted = None
            self.styles.height = None  # the stylesheet's: the screen's height
            return
        width = self.size.width - self.styles.gutter.width - self.styles.scrollbar_size_vertical
        if (width, self._room) == self._fitted or width <= 0:
            return
        self._fitted = (width, self._room)
        fields = self._slots + 4  # values, self and verified points, reason, evidence
        needed = 2 + explanation_height(self.board, self.member_id, width) + fields
        if self._room:  # border and title above
            needed = max(min(needed, self._room - 1 - LIST_ROWS), _LEAST)
        self.styles.height = needed

    def show(self, criterion: Criterion | None, section_key: str = "") -> None:
        """Point the fields at ``criterion`` (synchronously); None shows the section's hint."""
        rows = list(self.query(".field").results(Horizontal))
        self.fields = {}
        self.editing = criterion
        self._arrived = {}
        self._others = {}
        if criterion is None:
            for row in rows:
                row.display = False
            update_in_place(self.query_one("#crit-title", Static),
                            Text(section_key.removeprefix("§"), style="bold"))
            update_in_place(self.query_one("#crit-rule", Static), section_hint())
            update_in_place(self.query_one("#crit-why", Static), "")
            return
        session = self.session
        board = self.board
        indicators = board.table_for(self.member_id).indicators
        update_in_place(self.query_one("#crit-title", Static), criterion_title(criterion))
        update_in_place(self.query_one("#crit-rule", Static),
                        criterion_rule(board, self.member_id, criterion))
        self.show_why()
        sub = session.working_submission(self.member_id)
        locked = session.read_only or sub.status is Status.LOCKED
        labels: dict[str, str] = {"f-self": t("field.self"), "f-verified": t("field.verified"),
                                  "f-reason": t("field.reason"),
                                  "f-evidence": t("field.evidence")}
        specs = {"f-self": EntryField("self_points"), "f-verified": EntryField("verified_points"),
                 "f-reason": EntryField("reason"), "f-evidence": EntryField("evidence")}
        for index, key in enumerate(entry_figures(self.session, self.member_id, criterion)):
            known = indicators.get(key)
            unit = f" ({known.unit})" if known and known.unit else ""
            labels[f"f-v{index}"] = indicator_label(key, indicators) + unit
            specs[f"f-v{index}"] = EntryField("value", key)
        for row in rows:
            field_id = (row.id or "").removesuffix("-row")
            spec = specs.get(field_id)
            row.display = spec is not None
            field = row.query_one(Input)
            field.disabled = locked
            if spec is None:
                continue
            self.fields[field_id] = spec
            update_in_place(row.query_one(Label), Text(labels[field_id]))
            text = self._stored_text(spec, sub, criterion)
            if field.value != text:
                with field.prevent(Input.Changed):  # shown, not typed
                    field.value = text
                if not field.has_focus:
                    field.cursor_position = 0  # show a long text from its start
            field.placeholder = criterion.evidence if spec.kind == "evidence" else ""
            self._set_error(field_id, None)

    def show_why(self) -> None:
        """Say again why the criterion shown scores what it does (after a change)."""
        if self.editing is not None:
            code = self.editing.code
            score = self._scores.get(code) or next(
                s for s in self.board.breakdown(self.member_id) if s.criterion.code == code)
            sub = self.board.submission(self.member_id)
            entry = sub.entry(code) if sub is not None else None
            update_in_place(self.query_one("#crit-why", Static), why_line(score, entry))

    def refit(self) -> None:
        """Reckon the editor's height again (an explanation or answer added lines)."""
        self._fitted_width = -1
        self.on_resize()

    def _counts(self, key: str) -> bool:
        """Whether the indicator ``key`` counts whole things (``1.430`` is then 1430)."""
        known = self.board.table_for(self.member_id).indicators.get(key)
        return known.integer if known else False

    def _targets(self) -> dict[str, Decimal]:
        return dict(self.board.campaign.targets.get(self.member_id, {}))

    def _stored_text(self, spec: EntryField, sub: Submission, criterion: Criterion) -> str:
        """What the input for ``spec`` shows when nothing is being typed."""
        if spec.kind == "value":
            value = sub.values.get(spec.key)
            fixed = sub.corrections.get(spec.key)
            if fixed is not None and correcting(sub):
                value = fixed.value
            return "" if value is None else typed_text(value, self._counts(spec.key))
        entry = sub.entry(criterion.code)
        if spec.kind in ("self_points", "verified_points"):
            points = getattr(entry, spec.kind)
            return "" if points is None else typed_text(points)
        return str(getattr(entry, spec.kind))

    # -- editing ----------------------------------------------------------------------
    @on(Input.Changed, ".field Input")
    def _changed(self, event: Input.Changed) -> None:
        field_id = event.input.id or ""
        spec = self.fields.get(field_id)
        criterion = self.editing
        if spec is None or criterion is None or event.input.disabled \
                or event.value != event.input.value:
            return  # not an editable field now, or an event from before the editor moved
        before = self.session.working_submission(self.member_id).status
        try:
            changed = self._apply(spec, criterion, event.value, field_id)
        except EditRefused as refused:
            self.notify(t(refused.key, **refused.values), severity="warning")
            return
        if changed:
            self._edited()
            now = self.session.working_submission(self.member_id).status
            if before is Status.VERIFIED and now is Status.SUBMITTED:
                self.notify(t("reopened.warning", member=self.member_name()),
                            severity="warning", timeout=10)

    def _apply(self, spec: EntryField, criterion: Criterion, text: str, field_id: str) -> bool:
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
            if error or correcting(sub) or sub.values.get(spec.key) == value:
                return False  # a correction waits for enter and its reason
            session.set_value(self.member_id, spec.key, value)
            return True
        if spec.kind in ("self_points", "verified_points"):
            stage = spec.kind.removesuffix("_points")
            points, error = check_points(text, criterion, stage, self.board.campaign.precision)
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
        if "f-reason" not in self.fields:
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
            update_in_place(note, Text(error, style="bold red"))
            return
        line = Text()
        if warning:
            line.append(warning + " ", style="bold yellow")
        before = self._arrived.get(field_id)
        was = t("entry.was", value=before or t("entry.empty")) \
            if before is not None and before != field.value else ""
        hint = self._hint(self.fields[field_id])
        line.append(" · ".join(x for x in (reading, was, hint) if x), style="dim")
        update_in_place(note, line)

    def _doubt(self, value: Decimal, key: str) -> str | None:
        """Why an accepted figure looks mistyped (see :func:`emulation_tui.entry.doubt`)."""
        board = self.board
        readers = [c for c in board.table_for(self.member_id).leaves()
                   if key in c.rule.indicators]
        others = self._others.get(key)
        if others is None:  # the other units' figures: the same from keystroke to keystroke
            subs = (board.submission(m) for m in board.scores if m != self.member_id)
            others = self._others[key] = [figure for sub in subs if sub is not None
                                          if (figure := sub.values.get(key)) is not None]
        own = board.submission(self.member_id)
        indicators = board.table_for(self.member_id).indicators
        labels = {k: indicator_label(k, indicators) for k in indicators}
        return doubt(value, key, readers, self._targets().get(key), others,
                     own.values if own is not None else {}, labels)

    def _hint(self, spec: EntryField) -> str:
        if spec.kind == "value":
            goal = self._targets().get(spec.key)
            target = t("score.target", target=fmt.number(goal)) if goal is not None else ""
            sub = self.board.submission(self.member_id)
            fixed = sub.corrections.get(spec.key) if sub is not None else None
            if sub is not None and correcting(sub):
                reported = t("correct.hint", reported=fmt.number(sub.values.get(spec.key)))
                by = t("correct.by", reason=fixed.reason) if fixed is not None else ""
                return " · ".join(x for x in (reported, by, target, t("correct.enter")) if x)
            if fixed is None:
                return target
            corrected = t("score.corrected", value=fmt.number(fixed.value), reason=fixed.reason)
            return " · ".join(x for x in (corrected, target) if x)
        return ""

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, Input):
            self.arrive(event.widget)

    def arrive(self, field: Input) -> None:
        """Reaching a field never selects its text: typing adds at its end, and what it
        held is remembered (for the "was" note and undo). Called as the focus moves, before
        any key typed after it."""
        if field.id in self.fields:
            field.cursor_position = len(field.value)
            self._arrived.setdefault(field.id, field.value)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Refused text gives way to what is stored when the lead leaves its field."""
        field = event.widget
        if not isinstance(field, Input):
            return
        field.cursor_position = 0
        spec = self.fields.get(field.id or "")
        if spec is None or self.editing is None or self.asking:
            return
        unapplied = self.pending_correction(field) is not None
        if not field.has_class("-bad") and not unapplied:
            return
        sub = self.session.working_submission(self.member_id)
        stored = self._stored_text(spec, sub, self.editing)
        typed = field.value
        self.restore(field)
        note = self.query_one(f"#{field.id}-note", Static)
        said = t("correct.kept", text=typed.strip()) if unapplied else t(
            "entry.kept", text=typed.strip(), value=stored or t("entry.empty"))
        update_in_place(note, Text(said, style="yellow"))

    def restore(self, field: Input) -> None:
        """Put back in ``field`` what is stored, without applying it."""
        spec = self.fields[field.id or ""]
        assert self.editing is not None and field.id is not None
        sub = self.session.working_submission(self.member_id)
        with field.prevent(Input.Changed):
            field.value = self._stored_text(spec, sub, self.editing)
        self._set_error(field.id, None)

    def member_name(self) -> str:
        member = self.session.bloc.member(self.member_id)
        return member.name if member else self.member_id

    # -- corrections --------------------------------------------------------------------
    def pending_correction(self, field: Input) -> tuple[str, Decimal | None] | None:
        """The indicator and the figure typed in ``field`` when they would correct (or take
        back the correction of) a submitted or verified report's figure; else None."""
        spec = self.fields.get(field.id or "")
        if spec is None or spec.kind != "value" or self.editing is None:
            return None
        sub = self.session.working_submission(self.member_id)
        if not correcting(sub) or field.has_class("-bad"):
            return None
        if field.value == self._stored_text(spec, sub, self.editing):
            return None
        value, error = check_value(field.value, self._counts(spec.key))
        if error is not None:
            return None
        fixed = sub.corrections.get(spec.key)
        if value is None or value == sub.values.get(spec.key):
            return (spec.key, None) if fixed is not None else None
        return spec.key, value

    def correct(self, field: Input) -> bool:
        """Ask for the reason of the correction typed in ``field`` (False: none pending);
        see :func:`.correction.ask_correction`."""
        return ask_correction(self, field)

    def corrected(self) -> None:
        """After a correction was recorded: re-score and show the fields again."""
        self._edited()
        self.show(self.editing)
