"""Ranking exports: the stable JSON records and CSV (documented in docs/cli.md).

Every point value and percent is written at the campaign's precision (``"88.50"``,
``"20.00"``); CSV text cells that a spreadsheet would run as a formula get a leading ``'``.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from .numbers import quantize
from .ranking import RankedMember
from .text import printable

__all__ = ["csv_text", "points_text", "ranking_csv", "ranking_json", "ranking_records"]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def points_text(value: Decimal, precision: Decimal) -> str:
    """``value`` as a plain decimal string at ``precision``: ``"88.50"``, ``"20.00"``."""
    rounded = quantize(value, precision)
    return f"{abs(rounded) if rounded.is_zero() else rounded:f}"


def csv_text(text: str) -> str:
    """A CSV text cell a spreadsheet shows as text: ``=1+2`` becomes ``'=1+2``.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (also after
    spaces, or after control characters, which are dropped) gets a leading ``'``.
    """
    cleaned = printable(text)
    risky = text.startswith(_FORMULA_STARTS) or cleaned.lstrip().startswith(_FORMULA_STARTS)
    return f"'{cleaned}" if risky else cleaned


def ranking_records(ranking: Sequence[RankedMember], *, precision: Decimal
                    ) -> list[dict[str, Any]]:
    """One plain dict per member, in rank order; points are decimal strings at ``precision``."""
    def p(value: Decimal) -> str:
        return points_text(value, precision)

    rows = []
    for entry in ranking:
        s = entry.score
        rows.append({
            "rank": entry.rank,
            "member": s.member.id,
            "name": s.member.name,
            "short_name": s.member.short_name,
            "type": s.member.type,
            "status": s.status.value,
            "provisional": s.status.provisional,
            "total": p(s.total),
            "percent": p(s.percent),
            "self_total": p(s.self_total),
            "verified_total": None if s.verified_total is None else p(s.verified_total),
            "bonus": p(s.bonus),
            "deductions": p(s.deductions),
            "sections": {sec.code: p(sec.points) for sec in s.sections},
            "rating": s.rating.key if s.rating else None,
            "rating_label": s.rating.label if s.rating else None,
            "rating_state": s.rating_state.value,
            "tied": entry.tied,
            "separated_by": entry.separated_by,
        })
    return rows


def ranking_json(ranking: Sequence[RankedMember], *, precision: Decimal) -> str:
    """The ranking as the documented JSON array (UTF-8 text, Vietnamese kept as is)."""
    return json.dumps(ranking_records(ranking, precision=precision), ensure_ascii=False,
                      indent=2) + "\n"


def ranking_csv(ranking: Sequence[RankedMember], *, precision: Decimal) -> str:
    """The ranking as CSV: rank, member, name, type, section codes, bonus, deductions, total,
    percent, rating, status, provisional (``true`` until verified or locked); text cells are
    neutralised against formulas (:func:`csv_text`)."""
    codes = [s.code for s in ranking[0].score.sections] if ranking else []
    import csv  # imported when first needed

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["rank", "member", "name", "type", *map(csv_text, codes), "bonus",
                     "deductions", "total", "percent", "rating", "status", "provisional"])
    for entry in ranking:
        s = entry.score
        writer.writerow([
            entry.rank, csv_text(s.member.id), csv_text(s.member.name), csv_text(s.member.type),
            *(points_text(sec.points, precision) if (sec := s.section(c)) else ""
              for c in codes),
            *(points_text(v, precision) for v in (s.bonus, s.deductions, s.total, s.percent)),
            csv_text(s.rating.key) if s.rating else "", s.status.value,
            "true" if s.status.provisional else "false"])
    return buffer.getvalue()
