"""The explanation above the entry fields: the criterion's title, its rule, and why it scores."""

from __future__ import annotations

from rich.text import Text

from emulation_core import Criterion, CriterionEntry, CriterionScore, Scoreboard, printable

from .. import fmt
from ..explain import describe_rule, explain_score, source
from ..i18n import pick, t
from ..widgets.prose import line_spans

__all__ = ["criterion_rule", "criterion_title", "explanation_height", "section_hint",
           "why_line"]

def criterion_title(criterion: Criterion) -> Text:
    return Text(f"{criterion.code} {pick(criterion.title, criterion.title_en)}", style="bold")


def criterion_rule(board: Scoreboard, member_id: str, criterion: Criterion) -> Text:
    indicators = board.table_for(member_id).indicators
    return Text(t("score.rule", rule=describe_rule(criterion, indicators)))


def section_hint() -> str:
    """What the explanation says when the cursor is on a section."""
    return t("score.section_hint")




def explanation_height(board: Scoreboard, member_id: str, width: int) -> int:
    """The most lines a criterion's rule and "why" take together at ``width`` cells: the
    editor keeps room for them, so moving from criterion to criterion never resizes it."""
    if width <= 0:
        return 2
    lines = _lines(Text(section_hint()), width)
    sub = board.submission(member_id)
    for score in board.breakdown(member_id):
        rule = criterion_rule(board, member_id, score.criterion)
        entry = sub.entry(score.criterion.code) if sub is not None else None
        lines = max(lines, _lines(rule, width) + _lines(why_line(score, entry), width))
    return lines


def _lines(text: Text, width: int) -> int:
    """Lines ``text`` takes at ``width`` cells, wrapped as the editor wraps it (:class:`Prose`)."""
    return len(line_spans(text.plain, width))


def why_line(score: CriterionScore, entry: CriterionEntry | None = None) -> Text:
    """How the criterion's points came about and which stage's points count; then the
    unit's explanation (giải trình), the answer and the points after it, from ``entry``."""
    why = explain_score(score)
    counted = source(score)
    if score.source in ("not_assigned", "missing"):
        line = t("score.why.none", why=why)
    elif score.computed is None:
        line = t("score.why.entered", why=why, points=fmt.points(score.points), source=counted)
    else:
        line = t("score.why", why=why, computed=fmt.points(score.computed),
                 points=fmt.points(score.points), source=counted)
    shown = Text(line, style="dim")
    if entry is not None and entry.explanation:
        shown.append("\n" + t("explain.note", text=printable(entry.explanation)))
        if entry.answer and entry.verdict is not None:
            shown.append("\n" + t("answer.note_verdict", text=printable(entry.answer),
                                   verdict=t(f"answer.verdict.{entry.verdict.value}")))
        elif entry.answer:
            shown.append("\n" + t("answer.note", text=printable(entry.answer)))
        if entry.explained_points is not None:
            shown.append("\n" + t("answer.note_points",
                                  points=fmt.points(entry.explained_points)), style="bold")
    return shown
