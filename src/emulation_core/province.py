"""The province's roll-up: many blocs' workspaces read together.

Each workspace is a bloc with its own table. For each, its year-end campaign of the chosen
year (default: the latest year-end campaign) gives the leading unit(s) and the proposals
under that campaign's rule set. Over all blocs: the Government-flag quota, a share of all
the units leading a bloc, rounded down (the share from the first bloc's rule set); the
candidates (units meeting the Government flag's conditions in their bloc); and conflicts:
a unit proposed by more than one bloc (the same member id, or the same name).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from attrs import frozen

from .awardrules import quota
from .errors import EmulationError
from .model import PeriodKind
from .text import nfc
from .workspace import Workspace

__all__ = ["BlocResult", "ProvinceList", "province_markdown", "province_rollup"]


@frozen
class BlocResult:
    """One bloc: its campaign, leading units, proposals per award, Government-flag
    candidates."""

    path: str
    bloc: str
    campaign: str
    leaders: tuple[str, ...]
    proposed: tuple[tuple[str, tuple[str, ...]], ...]  # (award, member names)
    candidates: tuple[str, ...]


@frozen
class ProvinceList:
    """The province's list: every bloc, the Government-flag quota over all leaders, the
    candidates, and units proposed by more than one bloc."""

    blocs: tuple[BlocResult, ...]
    leaders_total: int
    government_share: Decimal | None
    government_quota: int
    candidates: tuple[tuple[str, str], ...]  # (bloc, unit)
    conflicts: tuple[tuple[str, tuple[str, ...]], ...]  # (unit, blocs)


def _campaign(ws: Workspace, year: int | None) -> str:
    ends = [c for c in ws.campaigns.values() if c.period is PeriodKind.YEAR_END
            and (year is None or c.year == year)]
    if not ends:
        wanted = f"of {year} " if year is not None else ""
        raise EmulationError(f"{ws.path}: no year-end campaign {wanted}in this workspace")
    return max(ends, key=lambda c: (c.end, c.id)).id


def _bloc(path: Path, year: int | None) -> tuple[BlocResult, Decimal | None]:
    with Workspace.open(path) as ws:
        campaign = _campaign(ws, year)
        names = {m.id: m.name for m in ws.bloc.members}
        leaders = tuple(names[p.score.member.id] for p in ws.scoreboard(campaign).ranking
                        if p.rank == 1)
        proposals = ws.proposals(campaign)
        rules = proposals.rules
        proposed = tuple((rule.label, tuple(names[m] for m in proposals.proposed(key)))
                         for key, rule in rules.awards.items() if key != "government_flag")
        candidates = tuple(names[d.member] for d in proposals.decisions
                           if d.award == "government_flag" and d.eligible)
        government = rules.awards.get("government_flag")
        share = government.share if government is not None else None
        return BlocResult(str(path), ws.bloc.name, campaign, leaders, proposed,
                          candidates), share


def province_rollup(paths: Sequence[Path], year: int | None = None) -> ProvinceList:
    """Read every workspace of ``paths`` and build the province's list."""
    if not paths:
        raise EmulationError("name at least one workspace folder")
    results = []
    shares = []
    for path in paths:
        result, share = _bloc(path, year)
        results.append(result)
        shares.append(share)
    leaders = sum(len(r.leaders) for r in results)
    share = next((s for s in shares if s is not None), None)
    limit = quota(None, share, leaders) if share is not None else 0
    seen: dict[str, tuple[str, list[str]]] = {}
    for result in results:
        units = {unit for _, members in result.proposed for unit in members}
        for unit in sorted(units | set(result.candidates)):
            seen.setdefault(nfc(unit).casefold(), (unit, []))[1].append(result.bloc)
    conflicts = tuple((unit, tuple(blocs)) for unit, blocs in sorted(seen.values())
                      if len(blocs) > 1)
    candidates = tuple((r.bloc, unit) for r in results for unit in r.candidates)
    return ProvinceList(tuple(results), leaders, share, limit, candidates, conflicts)


def province_markdown(found: ProvinceList) -> str:
    """The province's list as Markdown."""
    lines = ["# Danh sách đề nghị khen thưởng của tỉnh", "",
             f"{len(found.blocs)} khối, cụm thi đua; {found.leaders_total} đơn vị dẫn đầu.", "",
             "| Khối, cụm | Đợt | Dẫn đầu | Đề nghị | Đủ điều kiện Cờ Chính phủ |",
             "| --- | --- | --- | --- | --- |"]
    for bloc in found.blocs:
        proposed = "; ".join(f"{label}: {', '.join(units)}" for label, units in bloc.proposed
                             if units) or "—"
        lines.append(f"| {bloc.bloc} | {bloc.campaign} | {', '.join(bloc.leaders) or '—'} | "
                     f"{proposed} | {', '.join(bloc.candidates) or '—'} |")
    share = "—" if found.government_share is None else \
        f"{found.government_share * 100:f}".rstrip("0").rstrip(".").replace(".", ",") + "%"
    lines += ["", "## Cờ thi đua của Chính phủ", "",
              f"Chỉ tiêu: {share} của {found.leaders_total} đơn vị dẫn đầu, làm tròn xuống: "
              f"{found.government_quota}. Đơn vị đủ điều kiện: {len(found.candidates)}.", ""]
    lines += [f"- {unit} ({bloc})" for bloc, unit in found.candidates] or ["- Không có."]
    lines += ["", "## Đơn vị được đề nghị ở nhiều khối", ""]
    lines += [f"- {unit}: {'; '.join(blocs)}" for unit, blocs in found.conflicts] \
        or ["- Không có."]
    return "\n".join(lines) + "\n"
