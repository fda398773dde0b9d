"""The scoring screen's criterion list: its columns and one row per section and criterion."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal

from rich.console import RenderableType
from rich.text import Text

from emulation_core import (
    AdjustmentRule,
    Criterion,
    CriterionScore,
    Scoreboard,
    Section,
    TargetRule,
)

from .. import fmt
from ..i18n import pick, t
from ..widgets.table import Col, Row

__all__ = ["criterion_columns", "criterion_indicators", "criterion_rows", "parent_section"]

_SOURCE_STYLE = {"verified": "green", "explained": "bold green", "self": "yellow",
                 "computed": "", "none": "dim", "not_assigned": "dim", "missing": "dim"}


def criterion_columns() -> list[Col]:
    """The list's columns, in the interface language."""
    return [
        Col("code", t("col.code"), 5),
        Col("title", t("col.criterion"), 14, flex=True, cap=60),
        Col("value", t("col.value"), 8, right=True, drop=2),
        Col("target", t("col.target"), 8, right=True, drop=3),
        Col("self", t("col.self"), 7, right=True),
        Col("verified", t("col.verified"), 9, right=True, drop=1),
        Col("points", t("col.points"), 9, right=True),
    ]


def criterion_rows(board: Scoreboard, member_id: str, folded: set[str],
                   shown: dict[str, CriterionScore] | None = None,
                   shown_figures: dict[str, Decimal] | None = None) -> Iterator[Row]:
    """The member's sections and criteria in table order; a section's key is ``§CODE`` and
    the criteria of a section in ``folded`` are left out.

    With ``shown`` and ``shown_figures`` (each criterion's score and the member's figures
    as the rows were last drawn, updated here), only the criteria whose score or figures
    changed are given: the others' rows would come out the same. (A figure can change
    without the score: a yes/no figure cleared, then 0, scores 0 both times.)
    """
    rows = _Rows(board, member_id, folded, shown, shown_figures)
    for section in board.table_for(member_id).sections:
        yield from rows.section(section, 0)


class _Rows:
    """Builds the rows of one member's list from the live scoreboard."""

    def __init__(self, board: Scoreboard, member_id: str, folded: set[str],
                 shown: dict[str, CriterionScore] | None,
                 shown_figures: dict[str, Decimal] | None) -> None:
        self.board = board
        self.member_id = member_id
        self.folded = folded
        self.scores: dict[str, CriterionScore] = {
            s.criterion.code: s for s in board.breakdown(member_id)}
        self.values: Mapping[str, Decimal] = board.values_of(member_id)
        self.same: set[str] = set()
        if shown is not None and shown_figures is not None:
            moved = {key for key in set(self.values) | set(shown_figures)
                     if self.values.get(key) != shown_figures.get(key)}
            self.same = {code for code, score in self.scores.items()
                         if shown.get(code) == score
                         and moved.isdisjoint(criterion_indicators(score.criterion))}
            shown.clear()
            shown.update(self.scores)
            shown_figures.clear()
            shown_figures.update(self.values)
        self.targets: Mapping[str, Decimal] = board.campaign.targets.get(member_id, {})
        sub = board.submission(member_id)
        self.reported: Mapping[str, Decimal] = sub.values if sub is not None else {}
        self.corrected = frozenset(sub.corrections) if sub is not None else frozenset()

    def figure(self, key: str) -> str:
        """A figure as counted; one the verifier corrected reads ``82→79``, the unit's own
        figure beside the correction."""
        counted = fmt.compact(self.values.get(key))
        if key in self.corrected and key in self.reported:
            return f"{fmt.compact(self.reported[key])}→{counted}"
        return counted

    def section(self, section: Section, depth: int) -> Iterator[Row]:
        got = self.board.points_of(self.member_id, section)
        top = fmt.signed(got) if not section.nominal else \
            f"{fmt.points(got)}/{fmt.number(section.nominal)}"
        folded = section.code in self.folded
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
                yield from self.section(child, depth + 1)
            elif child.code not in self.same:
                yield child.code, self.criterion(child, depth)

    def criterion(self, criterion: Criterion, depth: int) -> dict[str, RenderableType]:
        """One criterion's row; the result column shows derived figures too."""
        score = self.scores[criterion.code]
        keys = criterion_indicators(criterion)
        shown = "; ".join(self.figure(k) for k in keys if k in self.values)
        target = ""
        if isinstance(criterion.rule, TargetRule):
            goal = self.targets.get(criterion.rule.indicator)
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


def parent_section(sections: Iterable[Section], code: str) -> Section | None:
    """The section that holds criterion ``code`` directly."""
    for section in sections:
        if any(not isinstance(c, Section) and c.code == code for c in section.children):
            return section
        found = parent_section((c for c in section.children if isinstance(c, Section)), code)
        if found is not None:
            return found
    return None


def criterion_indicators(criterion: Criterion) -> list[str]:
    """The indicators a criterion reads, in the rule's own order where it has one."""
    rule = criterion.rule
    if isinstance(rule, AdjustmentRule):
        return [item.indicator for item in rule.items]
    return sorted(rule.indicators)
