"""The province's roll-up: many blocs' workspaces read together.

Each workspace is a bloc with its own table. For each, its year-end campaign of the chosen
year (default: the latest year-end campaign) gives the ranking, the leading unit(s) and the
proposals under that campaign's rule set. Over all blocs: the Government-flag quota, a share
of all the units leading a bloc, rounded down (the share from the first bloc's rule set);
the candidates (units meeting the Government flag's conditions in their bloc); and
conflicts: a unit proposed by more than one bloc (the same name, NFC, case-insensitive).

A folder that cannot be read (not a workspace, a broken one, a link, a pipe, no year-end
campaign) is left out and named with the reason in :attr:`ProvinceList.skipped`; the others
are still rolled up.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from attrs import frozen

from .awardrules import quota
from .errors import EmulationError, ValidationError
from .messages import Language, Message, render
from .model import PeriodKind, RatingBand
from .text import nfc
from .value_object import ValueObject
from .workspace import Workspace

__all__ = ["GOVERNMENT_FLAG", "BlocProposal", "BlocResult", "NoYearEndError",
           "NothingReadError", "Placed", "ProvinceList", "Skipped", "find_conflicts",
           "province_rollup"]

GOVERNMENT_FLAG = "government_flag"
"""The award whose quota is counted over all the province's bloc leaders."""


@frozen
class Placed(ValueObject):
    """A unit's place in its bloc's ranking."""

    rank: int
    unit: str
    total: Decimal
    rating: RatingBand | None


@frozen
class BlocProposal(ValueObject):
    """The units one bloc proposes for one award."""

    award: str
    label: str
    label_en: str
    units: tuple[str, ...]


@frozen
class BlocResult(ValueObject):
    """One bloc: its campaign and table, ranking, leading units, proposals per award and
    Government-flag candidates. ``table`` names the criteria table the totals are on: its
    file, how many criteria, its nominal points and a fingerprint of the file (equal
    fingerprints: the same table)."""

    path: str
    bloc: str
    campaign: str
    campaign_title: str
    rules: str
    table_file: str
    table_criteria: int
    table_points: Decimal
    table_fingerprint: str
    precision: Decimal
    ranking: tuple[Placed, ...]
    leaders: tuple[str, ...]
    proposed: tuple[BlocProposal, ...]
    candidates: tuple[str, ...]

    def place(self, unit: str) -> Placed | None:
        return next((p for p in self.ranking if p.unit == unit), None)


@frozen
class Skipped(ValueObject):
    """A folder left out of the list, and why (a :class:`Message` or library error)."""

    path: str
    reason: Message | EmulationError

    def text(self, lang: Language = "en") -> str:
        """``DIR: reason``, one line per problem, in ``lang``."""
        if isinstance(self.reason, Message):
            return self.reason.text(lang)
        if isinstance(self.reason, ValidationError):
            lines = [p.text(lang) for p in self.reason.problems]
        else:
            lines = self.reason.text(lang).splitlines() or [type(self.reason).__name__]
        return "\n".join(line if line.startswith(self.path) else f"{self.path}: {line}"
                         for line in lines)


@frozen
class ProvinceList(ValueObject):
    """The province's list: every bloc read, the Government-flag quota over all leaders,
    the candidates, units proposed by more than one bloc, and the folders left out.
    ``other_shares``: blocs whose rule set gives the Government flag another share than
    the one the quota is counted with (the first bloc's)."""

    blocs: tuple[BlocResult, ...]
    leaders_total: int
    government_share: Decimal | None
    government_quota: int
    candidates: tuple[tuple[str, str], ...]  # (bloc, unit)
    conflicts: tuple[tuple[str, tuple[str, ...]], ...]  # (unit, blocs)
    skipped: tuple[Skipped, ...] = ()
    other_shares: tuple[tuple[str, Decimal], ...] = ()  # (bloc, its rule set's share)


class NoYearEndError(EmulationError):
    """The workspace has no year-end campaign (of the year asked for)."""

    def __init__(self, path: Path, year: int | None) -> None:
        if year is None:
            self._say("province.no_year_end", path=str(path))
        else:
            self._say("province.no_year_end_of", path=str(path), year=str(year))


class NothingReadError(EmulationError):
    """Not one of the folders named could be read: each is named with its reason."""

    def __init__(self, skipped: tuple[Skipped, ...]) -> None:
        self.skipped = skipped
        super().__init__(self.text("en"))

    def text(self, lang: Language = "en") -> str:
        return "\n".join([*(s.text(lang) for s in self.skipped),
                          render("province.none_read", lang, count=len(self.skipped))])


def _campaign(ws: Workspace, year: int | None) -> str:
    ends = [c for c in ws.campaigns.values() if c.period is PeriodKind.YEAR_END
            and (year is None or c.year == year)]
    if not ends:
        raise NoYearEndError(ws.path, year)
    return max(ends, key=lambda c: (c.end, c.id)).id


def _folder_problem(path: Path) -> Message | None:
    """Why ``path`` is not a folder to read (missing, a link, a pipe, a file), or None."""
    shown = str(path)
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return Message("province.missing", {"path": shown})
    except OSError as error:
        return Message("province.unreadable", {"path": shown,
                                               "reason": error.strerror or str(error)})
    if stat.S_ISLNK(mode):
        return Message("province.link", {"path": shown, "target": os.path.realpath(path)})
    if stat.S_ISFIFO(mode):
        return Message("province.pipe", {"path": shown})
    if not stat.S_ISDIR(mode):
        return Message("province.not_folder", {"path": shown})
    return None


def _fingerprint(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:8]
    except OSError:
        return ""


def _bloc(path: Path, year: int | None) -> tuple[BlocResult, Decimal | None]:
    with Workspace.open(path) as ws:
        campaign = ws.campaign(_campaign(ws, year))
        names = {m.id: m.name for m in ws.bloc.members}
        ranking = tuple(Placed(p.rank, names[p.score.member.id], p.score.total,
                               p.score.rating) for p in ws.scoreboard(campaign.id).ranking)
        proposals = ws.proposals(campaign.id)
        rules = proposals.rules
        proposed = tuple(BlocProposal(key, rule.label, rule.label_en,
                                      tuple(names[m] for m in proposals.proposed(key)))
                         for key, rule in rules.awards.items() if key != GOVERNMENT_FLAG)
        candidates = tuple(names[d.member] for d in proposals.decisions
                           if d.award == GOVERNMENT_FLAG and d.eligible)
        government = rules.awards.get(GOVERNMENT_FLAG)
        share = government.share if government is not None else None
        table_file = f"campaigns/{campaign.id}/criteria.toml"
        leaves = tuple(campaign.table.leaves())
        return BlocResult(
            str(path), ws.bloc.name, campaign.id, campaign.title, rules.id, table_file,
            len(leaves), campaign.table.nominal, _fingerprint(path / table_file),
            campaign.precision, ranking, tuple(p.unit for p in ranking if p.rank == 1),
            proposed, candidates), share


def province_rollup(paths: Sequence[Path], year: int | None = None) -> ProvinceList:
    """Read every workspace of ``paths`` and build the province's list; a folder that
    cannot be read is left out and named in ``skipped``. Raises
    :class:`~emulation_core.EmulationError` when none can be read."""
    if not paths:
        raise EmulationError(render("province.none_named", "en"))
    results: list[BlocResult] = []
    shares: list[Decimal | None] = []
    skipped: list[Skipped] = []
    for path in paths:
        problem = _folder_problem(path)
        if problem is not None:
            skipped.append(Skipped(str(path), problem))
            continue
        try:
            result, share = _bloc(path, year)
        except EmulationError as error:
            skipped.append(Skipped(str(path), error))
            continue
        except OSError as error:
            skipped.append(Skipped(str(path), Message(
                "province.unreadable", {"path": str(path),
                                        "reason": error.strerror or str(error)})))
            continue
        results.append(result)
        shares.append(share)
    if not results:
        raise NothingReadError(tuple(skipped))
    leaders = sum(len(r.leaders) for r in results)
    share = next((s for s in shares if s is not None), None)
    limit = quota(None, share, leaders) if share is not None else 0
    candidates = tuple((r.bloc, unit) for r in results for unit in r.candidates)
    others = tuple((r.bloc, s) for r, s in zip(results, shares, strict=True)
                   if s is not None and s != share)
    return ProvinceList(tuple(results), leaders, share, limit, candidates,
                        find_conflicts(results), tuple(skipped), others)


def find_conflicts(results: Sequence[BlocResult],
                   ) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Units proposed (or Government-flag candidates) in more than one bloc, found by
    name (NFC, case-insensitive), each with the blocs in the order read; by unit name."""
    seen: dict[str, tuple[str, list[str]]] = {}
    for result in results:
        units = [unit for proposal in result.proposed for unit in proposal.units]
        keys = {nfc(unit).casefold(): unit for unit in sorted([*units, *result.candidates])}
        for key, unit in keys.items():
            seen.setdefault(key, (unit, []))[1].append(result.bloc)
    return tuple((unit, tuple(blocs)) for unit, blocs in sorted(seen.values())
                 if len(blocs) > 1)
