"""Building a :class:`~emulation_core.reports.model.Report` from a campaign's scoreboard."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from ..criteria import CriteriaTable
from ..messages import Language, render
from ..model import Status, Submission
from ..phrasing import explanation_text, rating_text, source_text
from ..rankchange import previous_places
from ..ranking import RankedMember, tie_break_label
from ..results import CriterionScore
from ..scoring import Scoreboard
from ..workspace import Workspace
from .model import Figure, RankingRow, Report, ScoreSheet, SectionHead, SheetRow

__all__ = ["build_report", "previous_ranks", "report_for", "status_text"]

_STATUS_KEYS: Mapping[Status, str] = {
    Status.MISSING: "report.status.missing",
    Status.DRAFT: "report.status.draft",
    Status.SUBMITTED: "report.status.submitted",
    Status.RETURNED: "report.status.returned",
    Status.VERIFIED: "report.status.verified",
    Status.LOCKED: "report.status.locked",
}


def status_text(status: Status, lang: Language) -> str:
    """A submission's status in words (``đã thẩm định``)."""
    return render(_STATUS_KEYS[status], lang)


def previous_ranks(ws: Workspace, campaign_id: str) -> Mapping[str, int] | None:
    """Each member's rank in the campaign's previous campaign, for those who had a report
    there; None when the campaign names no previous campaign."""
    places = previous_places(ws, campaign_id)
    if places is None:
        return None
    return {member: place.rank for member, place in places.items() if place.rank is not None}


def report_for(ws: Workspace, campaign_id: str, lang: Language) -> Report:
    """The report of one campaign of ``ws``, with the change since its previous campaign."""
    return build_report(ws.scoreboard(campaign_id), lang, previous_ranks(ws, campaign_id))


def build_report(board: Scoreboard, lang: Language,
                 previous: Mapping[str, int] | None = None) -> Report:
    """The campaign's report in ``lang``; ``previous`` maps members to their earlier rank."""
    ranking = board.ranking
    heads = _section_heads(ranking, lang)
    rows = tuple(_ranking_row(entry, heads, lang, previous) for entry in ranking)
    sheets = tuple(_sheet(board, entry, lang) for entry in ranking)
    leadership = board.bloc.leadership_for(board.campaign.year)
    return Report(lang=lang, bloc=board.bloc, campaign=board.campaign, sections=heads,
                  ranking=rows, sheets=sheets,
                  lead=board.bloc.member(leadership.lead) if leadership else None,
                  has_previous=previous is not None, ranked=ranking)


def _section_heads(ranking: tuple[RankedMember, ...], lang: Language) -> tuple[SectionHead, ...]:
    """The sections of every member's table, in table order, each once."""
    seen: dict[str, SectionHead] = {}
    for entry in ranking:
        for section in entry.score.sections:
            if section.code not in seen:
                title = section.title_en if lang == "en" and section.title_en \
                    else section.title
                seen[section.code] = SectionHead(section.code, title, section.nominal)
    return tuple(seen.values())


def _change_text(rank: int, before: int | None, lang: Language) -> str:
    if before is None:
        return render("report.change.new", lang)
    if before > rank:
        return render("report.change.up", lang, n=before - rank)
    if before < rank:
        return render("report.change.down", lang, n=rank - before)
    return render("report.change.same", lang)


def _ranking_row(entry: RankedMember, heads: tuple[SectionHead, ...], lang: Language,
                 previous: Mapping[str, int] | None) -> RankingRow:
    s = entry.score
    subtotals = {section.code: section.points for section in s.sections}
    if entry.tied:
        note = render("report.tied", lang)
    elif entry.separated_by:
        note = render("report.tie", lang, rule=tie_break_label(entry.separated_by, lang))
    else:
        note = ""
    unranked = previous is None or s.status is Status.MISSING  # no report now: no change
    before = None if previous is None or unranked else previous.get(s.member.id)
    return RankingRow(
        rank=entry.rank, tied=entry.tied, member=s.member, status=s.status,
        status_text=status_text(s.status, lang),
        sections=tuple(subtotals.get(head.code) for head in heads),
        bonus=s.bonus, deductions=s.deductions, total=s.total, percent=s.percent,
        rating=rating_text(s, lang), separated_by=entry.separated_by, tie_note=note,
        previous_rank=before,
        change_text="" if unranked else _change_text(entry.rank, before, lang))


def _sheet(board: Scoreboard, entry: RankedMember, lang: Language) -> ScoreSheet:
    s = entry.score
    table = board.table_for(s.member.id)
    sub = board.submission(s.member.id)
    rows = tuple(_sheet_row(c, table, sub, lang) for c in board.breakdown(s.member.id))
    return ScoreSheet(member=s.member, rank=entry.rank, status_text=status_text(s.status, lang),
                      rows=rows, bonus=s.bonus, deductions=s.deductions, total=s.total,
                      reachable=s.reachable, rating=rating_text(s, lang))


def _sheet_row(scored: CriterionScore, table: CriteriaTable, sub: Submission | None,
               lang: Language) -> SheetRow:
    criterion = scored.criterion
    figures = []
    for key in sorted(criterion.rule.indicators):
        indicator = table.indicators.get(key)
        label = key if indicator is None else (
            indicator.label_en if lang == "en" and indicator.label_en else indicator.label)
        reported: Decimal | None = sub.values.get(key) if sub else None
        correction = sub.corrections.get(key) if sub else None
        figures.append(Figure(key=key, label=label or key,
                              unit=indicator.unit if indicator else "", reported=reported,
                              corrected=correction.value if correction else None,
                              reason=correction.reason if correction else ""))
    title = criterion.title_en if lang == "en" and criterion.title_en else criterion.title
    return SheetRow(code=criterion.code, title=title, max_points=criterion.highest,
                    figures=tuple(figures), self_points=scored.self_points,
                    verified_points=scored.verified_points, points=scored.points,
                    source=source_text(scored.explanation, lang),
                    why=explanation_text(scored.explanation, lang))
