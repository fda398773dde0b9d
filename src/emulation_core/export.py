"""Ranking exports: the stable JSON records and CSV (documented in docs/cli.md)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from .ranking import RankedMember

__all__ = ["ranking_csv", "ranking_json", "ranking_records"]


def ranking_records(ranking: Sequence[RankedMember]) -> list[dict[str, Any]]:
    """One plain dict per member, in rank order; points are exact decimal strings."""
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
            "total": str(s.total),
            "percent": str(s.percent),
            "self_total": str(s.self_total),
            "verified_total": None if s.verified_total is None else str(s.verified_total),
            "bonus": str(s.bonus),
            "deductions": str(s.deductions),
            "sections": {sec.code: str(sec.points) for sec in s.sections},
            "rating": s.rating.key if s.rating else None,
            "rating_label": s.rating.label if s.rating else None,
            "tied": entry.tied,
            "separated_by": entry.separated_by,
        })
    return rows


def ranking_json(ranking: Sequence[RankedMember]) -> str:
    """The ranking as the documented JSON array (UTF-8 text, Vietnamese kept as is)."""
    return json.dumps(ranking_records(ranking), ensure_ascii=False, indent=2) + "\n"


def ranking_csv(ranking: Sequence[RankedMember]) -> str:
    """The ranking as CSV: rank, member, name, type, section codes, bonus, deductions, …"""
    codes = [s.code for s in ranking[0].score.sections] if ranking else []
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["rank", "member", "name", "type", *codes, "bonus", "deductions",
                     "total", "rating"])
    for entry in ranking:
        s = entry.score
        writer.writerow([entry.rank, s.member.id, s.member.name, s.member.type,
                         *(str(sec.points) if (sec := s.section(c)) else "" for c in codes),
                         s.bonus, s.deductions, s.total, s.rating.key if s.rating else ""])
    return buffer.getvalue()
