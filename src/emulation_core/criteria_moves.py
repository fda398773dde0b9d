"""Criteria moved from one place of a table to another under a new code.

A criterion moved into another section is coded anew there (``2.2`` becomes ``3.3``): its
rule, maximum and words stay. :func:`moved_criteria` finds each such pair between two
tables, so that the change log records one move rather than a removal and an addition, and
so that saving the table carries the saved scores of the criterion (kept under its code in
each submission) to its new code.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import evolve

from .criteria import CriteriaTable, Criterion
from .model import Submission

__all__ = ["moved_criteria", "rekeyed"]


def _leaves(table: CriteriaTable) -> dict[str, Criterion]:
    return {criterion.code: criterion for criterion in table.leaves()}


def moved_criteria(old: CriteriaTable, new: CriteriaTable) -> dict[str, str]:
    """Old code → new code of each criterion that ``new`` no longer has under its code but
    has, the same in all but its code, under exactly one code ``old`` did not use."""
    before, after = _leaves(old), _leaves(new)
    came = {code: node for code, node in after.items() if code not in before}
    moves: dict[str, str] = {}
    for code, node in before.items():
        if code in after:
            continue
        same = [new_code for new_code, other in came.items()
                if evolve(node, code=new_code) == other]
        if len(same) == 1 and same[0] not in moves.values():
            moves[code] = same[0]
    return moves


def rekeyed(submission: Submission, moves: Mapping[str, str]) -> Submission:
    """``submission`` with the entries of moved criteria under their new codes."""
    if not moves or not any(code in moves for code in submission.entries):
        return submission
    return evolve(submission, entries={moves.get(code, code): entry
                                       for code, entry in submission.entries.items()})
