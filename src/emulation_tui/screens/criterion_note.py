"""The explanation above the entry fields: the criterion's title, its rule, and why it scores."""

from __future__ import annotations

from rich.text import Text

from emulation_core import Criterion, Scoreboard

from .. import fmt
from ..explain import describe_rule, explain_score, source
from ..i18n import pick, t

__all__ = ["criterion_rule", "criterion_title", "section_hint", "why_line"]


def criterion_title(criterion: Criterion) -> Text:
    return Text(f"{criterion.code} {pick(criterion.title, criterion.title_en)}", style="bold")


def criterion_rule(board: Scoreboard, member_id: str, criterion: Criterion) -> Text:
    indicators = board.table_for(member_id).indicators
    return Text(t("score.rule", rule=describe_rule(criterion, indicators)))


def section_hint() -> str:
    """What the explanation says when the cursor is on a section."""
    return t("score.section_hint")


def why_line(board: Scoreboard, member_id: str, criterion: Criterion) -> Text:
    """How the criterion's points came about and which stage's points count."""
    score = next(s for s in board.breakdown(member_id) if s.criterion.code == criterion.code)
    why = explain_score(score)
    counted = source(score)
    if score.source in ("not_assigned", "missing"):
        line = t("score.why.none", why=why)
    elif score.computed is None:
        line = t("score.why.entered", why=why, points=fmt.points(score.points), source=counted)
    else:
        line = t("score.why", why=why, computed=fmt.points(score.computed),
                 points=fmt.points(score.points), source=counted)
    return Text(line, style="dim")
