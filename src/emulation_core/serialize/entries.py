"""``[criteria.CODE]`` of a submission: the entries, and their points as integers.

Most entries hold points only (``self = 1.5``, ``verified = 1``), and a bloc's entries take
few distinct values, so an entry of points only is read once per distinct set of written
numbers and the same (immutable) :class:`~.model.CriterionEntry` shared by every report
that writes them, with its points already counted as integers in units of the campaign's
precision (what :mod:`.intfigures` keeps beside the submission for the scoring engine).
Any other entry is read field by field. Either way every problem is reported, with its
path, as before: an entry whose reading found a problem is never shared.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ..criteria import Criterion
from ..intfigures import Points, entry_points, reading_units
from ..model import CriterionEntry
from ..tomlsource import Path_
from ..units import OffScale, Units
from ..verdict import Verdict, split_answer
from .reader import Reader

__all__ = ["ENTRY_KEYS", "Entries", "read_entries"]

ENTRY_KEYS = ("self", "verified", "reason", "evidence", "explanation", "answer", "verdict",
              "explained")
_POINTS_ONLY = frozenset({"self", "verified", "explained"})
_SHARED_MOST = 4096  # shared entries remembered per precision
# Shared entries by precision, then by the written numbers (type and value of each).
_SHARED: dict[Decimal, dict[tuple[object, ...], tuple[CriterionEntry, Points | None]]] = {}


class Entries:
    """A submission's entries by code, and their points in units of the precision
    (``points`` None: a score finer than the precision, which the engine converts)."""

    __slots__ = ("entries", "points")

    def __init__(self) -> None:
        self.entries: dict[str, CriterionEntry] = {}
        self.points: dict[str, Points] | None = {}


def read_entries(r: Reader, data: Mapping[str, Any], codes: Mapping[str, Criterion],
                 precision: Decimal) -> Entries:
    """Every entry of ``[criteria]``, each problem reported to ``r``; a code of ``codes``
    (the member's table) is kept as the table's own string, one object for all reports."""
    found = Entries()
    units = reading_units(precision)
    shared = _SHARED.setdefault(precision, {})
    for code, raw in r.table(data, (), "criteria").items():
        path: Path_ = ("criteria", code)
        if not isinstance(raw, dict):
            r.fail_keyed(path, "submission_toml.entry_table")
            continue
        key = _written(raw)
        made = None if key is None else shared.get(key)
        if made is None:
            before = len(r.problems)
            entry = _entry(r, raw, path)
            made = entry, _points(entry, units)
            if key is not None and len(r.problems) == before and len(shared) < _SHARED_MOST:
                shared[key] = made
        criterion = codes.get(code)
        if criterion is not None:
            code = criterion.code
        found.entries[code] = made[0]
        if found.points is not None:
            if made[1] is None:
                found.points = None
            else:
                found.points[code] = made[1]
    return found


def _points(entry: CriterionEntry, units: Units) -> Points | None:
    """The entry's points in ``units`` (None: finer than the unit)."""
    try:
        return entry_points(entry, units)
    except OffScale:
        return None


def _written(raw: Mapping[str, Any]) -> tuple[object, ...] | None:
    """The written numbers of an entry of points only (None: another kind of entry, or
    one not to share: a float zero, whose sign a key could not tell apart)."""
    if not raw.keys() <= _POINTS_ONLY:
        return None
    key: list[object] = []
    for name in ("self", "verified", "explained"):
        value = raw.get(name)
        kind = type(value)
        if (kind is float and value == 0) or kind not in (int, float, str, type(None)):
            return None
        key += (kind, value)
    return tuple(key)


def _entry(r: Reader, raw: Mapping[str, Any], path: Path_) -> CriterionEntry:
    r.unknown_keys(raw, path, set(ENTRY_KEYS))
    verdict, answer = _verdict(r, raw, path)
    return CriterionEntry(r.number(raw, path, "self", default=None),
                          r.number(raw, path, "verified", default=None),
                          r.text(raw, path, "reason", default=""),
                          r.text(raw, path, "evidence", default=""),
                          r.text(raw, path, "explanation", default=""),
                          answer,
                          r.number(raw, path, "explained", default=None),
                          verdict)


def _verdict(r: Reader, raw: Mapping[str, Any], path: Path_) -> tuple[Verdict | None, str]:
    """The verifier's verdict and answer; an answer written before the verdict had its own
    key may start with it (``Chấp nhận: …``) and is read into both."""
    answer = r.text(raw, path, "answer", default="")
    written = r.text(raw, path, "verdict", default=None)
    if written is None:
        return split_answer(answer)
    try:
        return Verdict(written), answer
    except ValueError:
        r.fail_keyed((*path, "verdict"), "toml.not_one_of", value=written,
                     choices=", ".join(v.value for v in Verdict))
        return None, answer
