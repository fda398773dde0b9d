"""Changing a campaign's criteria table: what a new table would change, and saving it.

:func:`table_impact` says, before anything is written, which changes the new table makes
(as the change log will record them), how many saved submissions read the table and whose
total would move. :func:`save_criteria` saves it through the workspace with the checks of
opening (nothing written when any fails), as one step of the change log with its reason; a
change to the points of a table in use needs that reason, and a locked campaign refuses it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from attrs import evolve, frozen

from .change import Change
from .changes import campaign_changes
from .criteria import CriteriaTable, Section
from .criteria_moves import moved_criteria, rekeyed
from .errors import Problem, ValidationError
from .review import ReviewError
from .saving import submission_problems
from .scoring import Scoreboard
from .serialize import BlocTypes
from .value_object import ValueObject
from .workspace import Workspace

__all__ = ["TableImpact", "TotalMove", "save_criteria", "table_impact"]

_WORDING = frozenset({"title", "title_en", "evidence"})
"""A criterion's or section's fields whose change alters no points."""


@frozen
class TotalMove(ValueObject):
    """A member whose total the new table would change."""

    member: str
    before: Decimal
    after: Decimal


@frozen
class TableImpact(ValueObject):
    """What saving a new table would do to a campaign.

    ``changes`` as the change log would record them; ``submissions`` the number of saved
    submissions scored on the table; ``moves`` the members whose total would change, in
    the bloc's order; ``refused`` what saving would refuse: a section whose criteria do
    not add up to its maximum, a saved score the new table does not allow (``moves`` is
    empty then).
    """

    campaign: str
    changes: tuple[Change, ...]
    submissions: int
    moves: tuple[TotalMove, ...]
    refused: tuple[Problem, ...] = ()

    @property
    def in_use(self) -> bool:
        """Whether saved submissions are scored on the table."""
        return self.submissions > 0

    @property
    def alters_points(self) -> bool:
        """Whether a change does more than reword (titles, evidence, indicator labels) or
        reorder."""
        return any(_alters_points(c) for c in self.changes)


def _alters_points(change: Change) -> bool:
    if change.kind.startswith("indicator.") or change.kind == "criteria.reordered":
        return False  # declared, labelled or moved: no rule scores differently
    return change.kind != "criterion.changed" or change.field not in _WORDING


def _totals(board: Scoreboard) -> dict[str, Decimal]:
    return {member: score.total for member, score in board.scores.items()}


def _board(ws: Workspace, campaign_id: str, table: CriteriaTable,
           renamed: Mapping[str, str]) -> Scoreboard:
    """The campaign scored as :meth:`Workspace.scoreboard` does, on ``table`` (the scores
    of criteria moved under the new codes)."""
    campaign = evolve(ws.campaign(campaign_id), table=table)
    bloc = evolve(ws.bloc, members=tuple(m for m in ws.bloc.members
                                         if campaign.takes_part(m.id)))
    tables = {}
    derivers = {}
    for type_key in {m.type for m in bloc.members}:
        plugin = ws.registry.get(type_key)
        tables[type_key] = table.for_type(type_key, plugin.section if plugin else None,
                                          plugin.indicator_map if plugin else None)
        derive = ws.registry.hook(type_key, "derive")
        if derive:
            derivers[type_key] = derive
    subs = {member: rekeyed(sub, renamed)
            for member, sub in ws.cross_counted_submissions(campaign_id).items()}
    return Scoreboard(bloc, campaign, tables, subs, derivers)


def _cross_scored(ws: Workspace, campaign_id: str, renamed: Mapping[str, str],
                  ) -> list[Problem]:
    """A criterion moved under a new code that has cross-scores: refused (the scorers'
    entries name its code)."""
    if not renamed:
        return []
    codes = {code for _, _, code in ws.cross_scoring(campaign_id).current()}
    display = f"campaigns/{campaign_id}/criteria.toml"
    return [Problem.keyed(display, None, f"criterion {old}", "criteria_edit.moved_cross_scored",
                          code=old, new=new) for old, new in renamed.items() if old in codes]


def table_impact(ws: Workspace, campaign_id: str, table: CriteriaTable) -> TableImpact:
    """What saving ``table`` as the campaign's criteria would change (nothing is saved).
    A criterion moved under a new code (:func:`~.criteria_moves.moved_criteria`) keeps the
    scores saved under its old one."""
    campaign = ws.campaign(campaign_id)
    new = evolve(campaign, table=table)
    changes = tuple(campaign_changes(campaign, new))
    renamed = moved_criteria(campaign.table, table)
    subs = {member: rekeyed(sub, renamed)
            for member, sub in ws.submissions(campaign_id).items()}
    display = f"campaigns/{campaign_id}/criteria.toml"
    refused = (*_sum_problems(display, table), *_cross_scored(ws, campaign_id, renamed),
               *submission_problems(new, subs, _bloc_types(ws)))
    moves: tuple[TotalMove, ...] = ()
    if changes and subs and not refused and not table.check():
        before = _totals(ws.scoreboard(campaign_id))
        after = _totals(_board(ws, campaign_id, table, renamed))
        moves = tuple(TotalMove(m, before[m], after[m]) for m in before
                      if m in after and before[m] != after[m])
    return TableImpact(campaign_id, changes, len(subs), moves, refused)


def _bloc_types(ws: Workspace) -> BlocTypes:
    """The bloc's members and installed types, as saving checks submissions against."""
    return BlocTypes({m.id: m.type for m in ws.bloc.members},
                     {k: (t.section, t.indicator_map) for k, t in ws.registry.types.items()})


def _sum_problems(display: str, table: CriteriaTable) -> list[Problem]:
    """Sections whose criteria do not add up to the maximum they declare."""
    found = []
    stack: list[Section] = list(table.sections)
    while stack:
        section = stack.pop(0)
        if section.max_points is not None and not section.per_type \
                and section.nominal != section.max_points:
            found.append(Problem.keyed(display, None, section.code, "criteria_edit.sum",
                                       code=section.code, total=section.nominal,
                                       max=section.max_points))
        stack.extend(c for c in section.children if isinstance(c, Section))
    return found


def save_criteria(ws: Workspace, campaign_id: str, table: CriteriaTable, *,
                  reason: str = "") -> TableImpact:
    """Save ``table`` as the campaign's criteria, recorded in the change log with
    ``reason``; returns what it changed (nothing is written when nothing differs).

    Refused, nothing written: on a locked campaign (:class:`ReviewError`); when a section's
    criteria do not add up to its maximum, or opening would refuse the table or a saved
    submission read against it (:class:`ValidationError`, the messages of opening); when
    the change alters the points of a table that saved submissions use and ``reason`` is
    empty (:class:`ValidationError` on the field ``reason``). A criterion moved under a new
    code takes its saved scores along (each submission that has one is saved with the table,
    its scores under the new code); one with cross-scores is refused.
    """
    if ws.is_locked(campaign_id):
        raise ReviewError("lock.refused", campaign=campaign_id)
    impact = table_impact(ws, campaign_id, table)
    if impact.refused:
        raise ValidationError(impact.refused)
    reason = " ".join(reason.split())
    if impact.in_use and impact.alters_points and not reason:
        display = f"campaigns/{campaign_id}/criteria.toml"
        raise ValidationError([Problem.keyed(display, None, "reason",
                                             "criteria_edit.reason_needed",
                                             campaign=campaign_id, count=impact.submissions)])
    if impact.changes:
        renamed = moved_criteria(ws.campaign(campaign_id).table, table)
        carried = {member: moved for member, sub in ws.submissions(campaign_id).items()
                   if (moved := rekeyed(sub, renamed)) is not sub}
        with ws.transaction(reason):
            ws.save_campaign(evolve(ws.campaign(campaign_id), table=table), carried=carried)
    return impact
