"""The province's list as an Excel workbook, laid out as the results exports are
(docs/exports.md): numbers stay numbers, text that looks like a formula stays text, header
rows frozen, A4 landscape with the header rows repeated on each printed page.

Sheets: the summary (one row per bloc, naming its criteria table and its own sheet), the
proposals (one row per bloc, award and unit), the Government flag (the quota over all bloc
leaders and the candidates), conflicts, the folders left out (when any), then one sheet per
bloc with its ranking and what each unit is proposed for.
"""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from .messages import Language, render
from .province import BlocProposal, BlocResult, Placed, ProvinceList, Skipped
from .provincetext import (
    bloc_proposed_text,
    leader_total,
    other_shares_text,
    share_text,
    table_text,
)
from .reports.columns import Column
from .reports.workbook import points_format, put_cell, sheet_title, write_table

__all__ = ["FACTS_ROW", "province_workbook"]

FACTS_ROW = 3
"""On the Government-flag sheet: the leaders, the share and the quota, as numbers."""
_ProposalRow = tuple[BlocResult, BlocProposal, str]
_CandidateRow = tuple[BlocResult, str]


def _finest(found: ProvinceList) -> Decimal:
    return min((b.precision for b in found.blocs), default=Decimal("0.01"))


def _place(bloc: BlocResult, unit: str) -> Placed | None:
    return bloc.place(unit)


def _summary(sheet: Worksheet, found: ProvinceList, sheets: dict[str, str], lang: Language,
             fmt: str) -> None:
    def say(key: str) -> str:
        return render(key, lang)

    numbered = list(enumerate(found.blocs, start=1))
    columns: list[Column[tuple[int, BlocResult]]] = [
        Column(say("province.col.number"), lambda r: r[0], "whole"),
        Column(say("province.col.bloc"), lambda r: r[1].bloc),
        Column(say("province.col.folder"), lambda r: r[1].path),
        Column(say("province.col.campaign"), lambda r: f"{r[1].campaign} — "
               f"{r[1].campaign_title}"),
        Column(say("province.col.table"), lambda r: table_text(r[1], lang)),
        Column(say("province.col.rules"), lambda r: r[1].rules),
        Column(say("province.col.leaders"), lambda r: ", ".join(r[1].leaders) or "—"),
        Column(say("province.col.leader_total"), lambda r: leader_total(r[1]), "points"),
        Column(say("province.col.proposed"), lambda r: bloc_proposed_text(r[1], lang)),
        Column(say("province.col.candidates"), lambda r: ", ".join(r[1].candidates) or "—"),
        Column(say("province.col.sheet"), lambda r: sheets[r[1].path]),
    ]
    subtitle = render("province.summary", lang, blocs=len(found.blocs),
                      leaders=found.leaders_total)
    if found.skipped:
        subtitle += " " + render("province.skipped_note", lang, count=len(found.skipped))
    write_table(sheet, say("province.title"), subtitle, columns, numbered, fmt)


def _proposals(sheet: Worksheet, found: ProvinceList, lang: Language, fmt: str) -> None:
    rows: list[_ProposalRow] = [(bloc, proposal, unit) for bloc in found.blocs
                                for proposal in bloc.proposed for unit in proposal.units]

    def placed(row: _ProposalRow) -> Placed | None:
        return _place(row[0], row[2])

    columns: list[Column[_ProposalRow]] = [
        Column(render("province.col.bloc", lang), lambda r: r[0].bloc),
        Column(render("province.col.award", lang),
               lambda r: r[1].label_en if lang == "en" else r[1].label),
        Column(render("province.col.unit", lang), lambda r: r[2]),
        Column(render("province.col.rank", lang),
               lambda r: p.rank if (p := placed(r)) else None, "whole"),
        Column(render("province.col.total", lang),
               lambda r: p.total if (p := placed(r)) else None, "points"),
        Column(render("province.col.rating", lang), lambda r: _rating(placed(r), lang)),
    ]
    write_table(sheet, render("province.proposals", lang), render("province.title", lang),
                columns, rows, fmt)


def _rating(place: Placed | None, lang: Language) -> str:
    if place is None or place.rating is None:
        return ""
    return place.rating.label_en if lang == "en" else place.rating.label


def _government(sheet: Worksheet, found: ProvinceList, lang: Language, fmt: str) -> None:
    rows: list[_CandidateRow] = [(bloc, unit) for bloc in found.blocs
                                 for unit in bloc.candidates]
    columns: list[Column[_CandidateRow]] = [
        Column(render("province.col.bloc", lang), lambda r: r[0].bloc),
        Column(render("province.col.unit", lang), lambda r: r[1]),
        Column(render("province.col.total", lang),
               lambda r: p.total if (p := _place(r[0], r[1])) else None, "points"),
        Column(render("province.col.rating", lang), lambda r: _rating(_place(r[0], r[1]),
                                                                       lang)),
    ]
    quota = render("province.quota", lang, share=share_text(found.government_share, lang),
                   leaders=found.leaders_total, quota=found.government_quota,
                   candidates=len(found.candidates))
    if found.other_shares:
        quota += " " + other_shares_text(found, lang)
    write_table(sheet, render("province.government", lang), quota, columns, rows, fmt)
    facts: list[tuple[str, object, str]] = [
        (render("province.col.leaders_total", lang), found.leaders_total, "0"),
        (render("province.col.share", lang), found.government_share, "0%"),
        (render("province.col.quota", lang), found.government_quota, "0")]
    for index, (label, value, number_format) in enumerate(facts):
        put_cell(sheet, FACTS_ROW, 2 * index + 1, label, fmt)
        put_cell(sheet, FACTS_ROW, 2 * index + 2, value, number_format)
        sheet.cell(FACTS_ROW, 2 * index + 2).font = Font(bold=True)


def _conflicts(sheet: Worksheet, found: ProvinceList, lang: Language, fmt: str) -> None:
    columns: list[Column[tuple[str, tuple[str, ...]]]] = [
        Column(render("province.col.unit", lang), lambda r: r[0]),
        Column(render("province.col.count", lang), lambda r: len(r[1]), "whole"),
        Column(render("province.col.blocs", lang), lambda r: "; ".join(r[1])),
    ]
    write_table(sheet, render("province.conflicts", lang), render("province.title", lang),
                columns, found.conflicts, fmt)


def _skipped(sheet: Worksheet, found: ProvinceList, lang: Language, fmt: str) -> None:
    columns: list[Column[Skipped]] = [
        Column(render("province.col.folder", lang), lambda s: s.path),
        Column(render("province.col.reason", lang), lambda s: s.text(lang)),
    ]
    write_table(sheet, render("province.skipped", lang), render("province.title", lang),
                columns, found.skipped, fmt)


def _bloc_sheet(sheet: Worksheet, bloc: BlocResult, lang: Language) -> None:
    awards: dict[str, list[str]] = {}
    for proposal in bloc.proposed:
        for unit in proposal.units:
            awards.setdefault(unit, []).append(proposal.label_en if lang == "en"
                                                else proposal.label)
    candidates = set(bloc.candidates)
    yes = render("province.yes", lang)
    columns: list[Column[Placed]] = [
        Column(render("province.col.rank", lang), lambda p: p.rank, "whole"),
        Column(render("province.col.unit", lang), lambda p: p.unit),
        Column(render("province.col.total", lang), lambda p: p.total, "points"),
        Column(render("province.col.rating", lang), lambda p: _rating(p, lang)),
        Column(render("province.col.proposed", lang), lambda p: "; ".join(awards.get(p.unit,
                                                                                      ()))),
        Column(render("province.col.candidates", lang),
               lambda p: yes if p.unit in candidates else ""),
    ]
    write_table(sheet, bloc.bloc, f"{bloc.campaign} — {bloc.campaign_title} · "
                f"{render('province.col.table', lang)}: {table_text(bloc, lang)}",
                columns, bloc.ranking, points_format(bloc.precision))


def province_workbook(found: ProvinceList, lang: Language = "vi") -> bytes:
    """The province's list as XLSX bytes."""
    book = Workbook()
    book.properties.language = "vi-VN" if lang == "vi" else "en-GB"
    book.properties.title = render("province.title", lang)
    fmt = points_format(_finest(found))
    taken: set[str] = set()
    summary = book.active
    assert summary is not None
    summary.title = sheet_title(render("province.sheet.summary", lang), taken)
    fixed = [("province.sheet.proposals", _proposals), ("province.sheet.government",
                                                         _government),
             ("province.sheet.conflicts", _conflicts)]
    if found.skipped:
        fixed.append(("province.sheet.skipped", _skipped))
    for key, write in fixed:
        write(book.create_sheet(sheet_title(render(key, lang), taken)), found, lang, fmt)
    sheets = {}
    for bloc in found.blocs:
        page = book.create_sheet(sheet_title(bloc.bloc, taken))
        sheets[bloc.path] = page.title
        _bloc_sheet(page, bloc, lang)
    _summary(summary, found, sheets, lang, fmt)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
