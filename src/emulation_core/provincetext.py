"""The province's list as Markdown (Vietnamese or English) and as JSON records.

Both are rendered from the same :class:`~.province.ProvinceList` as the XLSX workbook
(:mod:`.provincebook`), so the three say the same: each bloc's campaign and criteria table,
its leading units with their total, its proposals, the Government-flag quota over all bloc
leaders and its candidates, units proposed by more than one bloc, and the folders left out.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from .messages import Language, format_number, render
from .numbers import format_points
from .province import BlocResult, ProvinceList
from .reports.tables import md_cell, md_table

__all__ = ["bloc_proposed_text", "leader_total", "other_shares_text", "province_json",
           "province_markdown", "share_text", "table_text"]


def share_text(share: Decimal | None, lang: Language) -> str:
    """``20%`` (``12,5%`` in Vietnamese); ``—`` when no rule set has the Government flag."""
    return "—" if share is None else format_number(share * 100, lang) + "%"


def table_text(bloc: BlocResult, lang: Language) -> str:
    """The bloc's criteria table named: its file, criteria, points and fingerprint."""
    return render("province.table_text", lang, file=bloc.table_file,
                  criteria=bloc.table_criteria, points=bloc.table_points,
                  fingerprint=bloc.table_fingerprint or "—")


def leader_total(bloc: BlocResult) -> Decimal | None:
    """The total of the bloc's (first) leading unit."""
    return next((p.total for p in bloc.ranking if p.rank == 1), None)


def other_shares_text(found: ProvinceList, lang: Language) -> str:
    """Which blocs' rule sets give the Government flag another share than the quota's."""
    return render("province.other_shares", lang, share=share_text(found.government_share, lang),
                  blocs="; ".join(f"{bloc} ({share_text(share, lang)})"
                                  for bloc, share in found.other_shares))


def bloc_proposed_text(bloc: BlocResult, lang: Language) -> str:
    """``Cờ thi đua của UBND tỉnh: A; Bằng khen: B, C`` (awards with no one left out)."""
    return "; ".join(f"{p.label_en if lang == 'en' else p.label}: {', '.join(p.units)}"
                     for p in bloc.proposed if p.units) or "—"


def province_markdown(found: ProvinceList, lang: Language = "vi") -> str:
    """The province's list as Markdown."""
    def say(key: str, **values: object) -> str:
        return render(key, lang, **values)

    lines = ["# " + say("province.title"), "",
             say("province.summary", blocs=len(found.blocs), leaders=found.leaders_total)]
    if found.skipped:
        lines.append(say("province.skipped_note", count=len(found.skipped)))
    headers = [say("province.col.number"), say("province.col.bloc"),
               say("province.col.campaign"), say("province.col.table"),
               say("province.col.leaders"), say("province.col.leader_total"),
               say("province.col.proposed"), say("province.col.candidates")]
    rows = [[str(number), bloc.bloc, bloc.campaign, table_text(bloc, lang),
             ", ".join(bloc.leaders) or "—",
             format_points(leader_total(bloc), comma=lang == "vi", precision=bloc.precision),
             bloc_proposed_text(bloc, lang), ", ".join(bloc.candidates) or "—"]
            for number, bloc in enumerate(found.blocs, start=1)]
    lines += ["", *md_table(headers, rows, [True, False, False, False, False, True, False,
                                             False])]
    lines += ["", "## " + say("province.government"), "",
              say("province.quota", share=share_text(found.government_share, lang),
                  leaders=found.leaders_total, quota=found.government_quota,
                  candidates=len(found.candidates)), ""]
    if found.other_shares:
        lines += [other_shares_text(found, lang), ""]
    nothing = "- " + say("province.nothing")
    lines += [f"- {md_cell(unit)} ({md_cell(bloc)})" for bloc, unit in found.candidates] \
        or [nothing]
    lines += ["", "## " + say("province.conflicts"), ""]
    lines += [f"- {md_cell(unit)}: {md_cell('; '.join(blocs))}"
              for unit, blocs in found.conflicts] or [nothing]
    if found.skipped:
        lines += ["", "## " + say("province.skipped"), ""]
        lines += [f"- {md_cell(skip.text(lang))}" for skip in found.skipped]
    return "\n".join(lines) + "\n"


def _bloc_json(bloc: BlocResult) -> dict[str, Any]:
    return {
        "path": bloc.path, "bloc": bloc.bloc, "campaign": bloc.campaign,
        "campaign_title": bloc.campaign_title, "rules": bloc.rules,
        "table": {"file": bloc.table_file, "criteria": bloc.table_criteria,
                  "points": str(bloc.table_points), "fingerprint": bloc.table_fingerprint},
        "leaders": list(bloc.leaders),
        "ranking": [{"rank": p.rank, "unit": p.unit, "total": str(p.total),
                     "rating": p.rating.key if p.rating else None} for p in bloc.ranking],
        "proposed": {p.award: list(p.units) for p in bloc.proposed},
        "government_flag_candidates": list(bloc.candidates),
    }


def province_json(found: ProvinceList) -> str:
    """The province's list as JSON: plain decimal points, award and band keys."""
    return json.dumps({
        "blocs": [_bloc_json(b) for b in found.blocs],
        "leaders_total": found.leaders_total,
        "government_share": None if found.government_share is None
        else str(found.government_share),
        "government_quota": found.government_quota,
        "candidates": [{"bloc": bloc, "unit": unit} for bloc, unit in found.candidates],
        "conflicts": [{"unit": unit, "blocs": list(blocs)} for unit, blocs in found.conflicts],
        "skipped": [{"path": s.path, "reason": s.text("en")} for s in found.skipped],
        "other_shares": [{"bloc": bloc, "share": str(share)}
                         for bloc, share in found.other_shares],
    }, ensure_ascii=False, indent=2) + "\n"
