"""What the registration grid shows: the units taking part in a campaign × the indicators
their criteria score against a target, the state of each cell, and how headers and cells
read. No Textual here."""

from __future__ import annotations

import enum
from decimal import Decimal

from attrs import frozen
from rich.text import Text

from emulation_core import Campaign, FormulaRule, Indicator, Member, TargetRule, vi_sort_key

from . import fmt
from .i18n import pick, t
from .session import Session

__all__ = ["Cell", "TargetGrid", "cell_text", "header", "header_cap", "target_grid"]


class Cell(enum.Enum):
    """What a unit registered for an indicator."""

    TARGET = "target"            # a target
    NO_TARGET = "no_target"      # "this unit has no target"
    NOT_ENTERED = "not_entered"  # its criteria read a target, none entered yet
    NOT_READ = "not_read"        # its criteria read no target for this indicator


@frozen
class TargetGrid:
    """Rows (units, in Vietnamese order), columns (indicators, in table order) and what
    each unit's criteria read."""

    campaign: Campaign
    members: tuple[Member, ...]
    indicators: tuple[Indicator, ...]
    reads: dict[str, frozenset[str]]

    def cell(self, member_id: str, key: str) -> tuple[Cell, Decimal | None]:
        """The state of a cell, and the target when there is one."""
        target = self.campaign.targets.get(member_id, {}).get(key)
        if target is not None:
            return Cell.TARGET, target
        if key in self.campaign.no_target.get(member_id, frozenset()):
            return Cell.NO_TARGET, None
        if key in self.reads.get(member_id, frozenset()):
            return Cell.NOT_ENTERED, None
        return Cell.NOT_READ, None

    def indicator(self, key: str) -> Indicator | None:
        return next((i for i in self.indicators if i.key == key), None)

    def missing(self) -> int:
        """How many cells still wait for a target or "no target"."""
        return sum(1 for m in self.members for i in self.indicators
                   if self.cell(m.id, i.key)[0] is Cell.NOT_ENTERED)


def target_grid(session: Session) -> TargetGrid | None:
    """The grid of the campaign worked on (None when there is no campaign)."""
    campaign = session.campaign
    if campaign is None:
        return None
    ws = session.ws
    members = tuple(sorted((m for m in session.bloc.members if campaign.takes_part(m.id)),
                           key=lambda m: vi_sort_key(m.name)))
    reads: dict[str, frozenset[str]] = {}
    found: dict[str, Indicator] = {}
    tables = {}
    for member in members:
        if member.type not in tables:
            tables[member.type] = ws.table_for(campaign.id, member.type)
        table = tables[member.type]
        keys: list[str] = []
        for criterion in table.leaves():
            if isinstance(criterion.rule, TargetRule | FormulaRule):
                keys += sorted(criterion.rule.indicators)
        reads[member.id] = frozenset(keys)
        for key in keys:
            if key not in found:
                found[key] = table.indicators.get(key) or Indicator(key, key)
    return TargetGrid(campaign, members, tuple(found.values()), reads)


def header_cap(width: int) -> int:
    """How wide an indicator's header may be on a screen ``width`` cells wide: 11 at 80
    columns, 14 at 100, up to 22 (the grid scrolls sideways past the unit's columns)."""
    return max(10, min(22, width // 7))


def header(indicator: Indicator, cap: int) -> str:
    """An indicator's column header: its label in the interface language, with its unit
    when that fits in ``cap`` cells, else the label cut with ``…`` (the line under the grid
    gives it in full, with its key)."""
    label = " ".join(pick(indicator.label, indicator.label_en).split()) or indicator.key
    with_unit = f"{label} ({indicator.unit})" if indicator.unit else label
    if len(with_unit) <= cap:
        return with_unit
    if len(label) <= cap:
        return label
    return label[:cap - 1].rstrip(" ,;:") + "…"


def cell_text(state: Cell, target: Decimal | None) -> Text:
    """A cell as the grid shows it: the target, `không`, `·` (not entered yet) or blank."""
    if state is Cell.TARGET:
        return Text(fmt.number(target), justify="right")
    if state is Cell.NO_TARGET:
        return Text(t("reg.cell.no_target"), style="dim", justify="right")
    if state is Cell.NOT_ENTERED:
        return Text("·", style="yellow", justify="right")
    return Text("")
