"""Workspace commands: init, validate, score, rank."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from emulation_core.errors import EmulationError, Problem
from emulation_core.export import points_text, ranking_csv, ranking_json
from emulation_core.messages import LANGUAGES, Language, Message
from emulation_core.model import Bloc, RankBy
from emulation_core.numbers import format_points
from emulation_core.ranking import RankedMember, tie_break_label
from emulation_core.scoring import Scoreboard
from emulation_core.text import printable, unsafe_id_key
from emulation_core.workspace import Workspace

from .acting import acting, add_as_option
from .language import LANG_VAR, error_language, explanation_language, say, say_count
from .output import labelled, safe

if TYPE_CHECKING:
    from rich.console import JustifyMethod

    from emulation_core.explanation import Explanation
    from emulation_core.rankchange import PreviousPlace

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the workspace commands to the ``emulation`` parser."""
    p = commands.add_parser("init", help="create a new, empty workspace",
                            description="Create a new, empty workspace in DIR.")
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--bloc-id", default="khoi-thi-dua", help="short id of the bloc (a slug)")
    p.add_argument("--name", default="Khối thi đua", help="full name of the bloc")
    add_as_option(p)
    p.set_defaults(func=_init)

    p = commands.add_parser("validate", help="check every file of a workspace",
                            description="Check every file of WORKSPACE; list every problem.")
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.set_defaults(func=_validate)

    p = commands.add_parser("score", help="show scores, or one member's breakdown",
                            description="Score a campaign: every member's sections and total, "
                                        "or, with --member, each criterion and why.")
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--campaign", "-c", metavar="C", help="campaign id (default: the latest)")
    p.add_argument("--member", "-m", metavar="M", help="member id for a breakdown")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--lang", choices=LANGUAGES,
                   help=f"language of the explanations (default: ${LANG_VAR}, else vi)")
    p.set_defaults(func=_score)

    p = commands.add_parser("rank", help="rank the members of a campaign",
                            description="Rank the members of a campaign. The JSON and CSV "
                                        "forms are a stable interface (docs/cli.md).")
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--campaign", "-c", metavar="C", help="campaign id (default: the latest)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--type", metavar="T", help="only members of association type T")
    p.add_argument("--lang", choices=LANGUAGES,
                   help=f"language of the table (default: ${LANG_VAR}, else vi)")
    p.set_defaults(func=_rank)


# -- commands ---------------------------------------------------------------------------

def _init(args: argparse.Namespace) -> int:
    reason = unsafe_id_key(args.bloc_id)
    if reason:
        raise EmulationError.keyed("usage.bloc_id", bloc=args.bloc_id, reason=Message(reason))
    with Workspace.create(args.dir, Bloc(args.bloc_id, args.name), actor=acting(args)):
        pass
    from rich.console import Console

    Console().print(safe(say("cli.init.created", dir=str(args.dir))), soft_wrap=True)
    return 0


def _validate(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        lang = error_language(None)
        # Scoring warns about what opening cannot see (a per-type tie-break code no type
        # has, a plugin rule or derive hook that fails): each is a defect to fix.
        found = [problem.text(lang) for problem in ws.warnings] + [
            f"campaigns/{campaign_id}: {warning.text(lang)}" for campaign_id in ws.campaigns
            for warning in ws.scoreboard(campaign_id).warnings]
        _warn([*found, *ws.registry.notices], lang)
        subs = sum(len(ws.submissions(c)) for c in ws.campaigns)
        from rich.console import Console

        Console().print(safe(say(
            "cli.validate.warned" if found else "cli.validate.clean", path=str(args.workspace),
            members=say_count(len(ws.bloc.members), "cli.count.member", "cli.count.members"),
            campaigns=say_count(len(ws.campaigns), "cli.count.campaign",
                                "cli.count.campaigns"),
            subs=say_count(subs, "cli.count.submission", "cli.count.submissions"),
            warnings=say_count(len(found), "cli.count.warning", "cli.count.warnings"))))
        return 2 if found else 0


def _open_board(args: argparse.Namespace) -> tuple[Workspace, Scoreboard]:
    ws = Workspace.open(args.workspace)
    lang = error_language(getattr(args, "lang", None))
    _warn(ws.warnings, lang)
    campaign = ws.campaign(args.campaign) if args.campaign else ws.latest_campaign()
    if campaign is None:
        raise EmulationError.keyed("usage.no_campaign", path=args.workspace)
    board = ws.scoreboard(campaign.id)
    _warn([*board.warnings, *ws.registry.notices], lang)  # failed hooks; what plugins printed
    return ws, board


def _warn(messages: Iterable[object], lang: Language) -> None:
    """Print warnings; the library's problems in ``lang`` where it has them."""
    messages = list(messages)
    if not messages:
        return
    from rich.console import Console

    err = Console(stderr=True, highlight=False)
    for message in messages:
        text = message.text(lang) if isinstance(message, Problem | Message) else str(message)
        err.print(labelled("warning", text, lang), soft_wrap=True)


_BREAKDOWN_COLUMNS: dict[Language, tuple[str, ...]] = {
    "vi": ("Mã", "Tiêu chí", "Điểm", "Tối đa", "Nguồn điểm", "Cách tính"),
    "en": ("Code", "Criterion", "Points", "Max", "From", "Why"),
}
_BREAKDOWN_JUSTIFY: tuple[JustifyMethod, ...] = ("left", "left", "right", "right", "left",
                                                 "left")
_BREAKDOWN_TOTAL: dict[Language, str] = {"vi": "Tổng", "en": "Total"}


def _score(args: argparse.Namespace) -> int:
    ws, board = _open_board(args)
    with ws:
        if args.member is None:
            return _rank_output(board, board.ranking, "table" if args.format == "table"
                                else "json", explanation_language(args.lang))
        if ws.bloc.member(args.member) is None:
            known = ", ".join(m.id for m in ws.bloc.members)
            raise EmulationError.keyed("usage.not_a_member", member=args.member, known=known)
        from emulation_core.phrasing import explanation_text, rating_text, source_text

        rows = board.breakdown(args.member)
        score = board.score(args.member)
        lang = explanation_language(args.lang)

        shown = partial(format_points, comma=lang == "vi", precision=board.campaign.precision)

        def why(explanation: Explanation) -> str:
            return explanation_text(explanation, lang)

        if args.format == "json":
            precision = board.campaign.precision
            print(json.dumps({
                "member": args.member, "total": points_text(score.total, precision),
                "criteria": [{"code": r.criterion.code, "title": r.criterion.title,
                              "points": points_text(r.points, precision),
                              "max": points_text(r.criterion.highest, precision),
                              "source": r.source, "explanation": why(r.explanation),
                              "verdict": (r.explanation.verdict.value if r.explanation.verdict
                                          else None)}
                             for r in rows]}, ensure_ascii=False, indent=2))
            return 0
        from rich.console import Console
        from rich.table import Table

        table = Table(title=safe(f"{score.member.name} · {board.campaign.title}"))
        for name, justify in zip(_BREAKDOWN_COLUMNS[lang], _BREAKDOWN_JUSTIFY, strict=True):
            table.add_column(name, justify=justify)
        for row in rows:
            table.add_row(safe(row.criterion.code), safe(row.criterion.title),
                          shown(row.points), shown(row.criterion.highest),
                          safe(source_text(row.explanation, lang)), safe(why(row.explanation)))
        table.add_section()
        table.add_row("", _BREAKDOWN_TOTAL[lang], shown(score.total), shown(score.reachable), "",
                      safe(rating_text(score, lang)))
        Console().print(table)
        return 0


def _rank(args: argparse.Namespace) -> int:
    lang = explanation_language(args.lang)
    ws, board = _open_board(args)
    with ws:
        ranking = board.ranking
        if args.type:
            types = sorted({r.score.member.type for r in ranking})
            if args.type not in types:
                raise EmulationError.keyed("cli.rank.no_type", type=args.type,
                                           types=", ".join(types) or "—")
            ranking = tuple(r for r in ranking if r.score.member.type == args.type)
        # the change since the previous campaign is a column of the table only
        places = None
        if args.format == "table":
            from emulation_core.rankchange import previous_places

            places = previous_places(ws, board.campaign.id)
        return _rank_output(board, ranking, args.format, lang, places)


def _rank_output(board: Scoreboard, ranking: tuple[RankedMember, ...], fmt: str,
                 lang: Language, places: Mapping[str, PreviousPlace] | None = None) -> int:
    """The ranking as a table (in ``lang``), JSON or CSV; the table has a "±" column
    (change since the previous campaign) when ``places`` are given."""
    campaign = board.campaign
    if fmt in ("json", "csv"):
        export = ranking_json if fmt == "json" else ranking_csv
        sys.stdout.write(export(ranking, precision=campaign.precision))
        return 0
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from emulation_core.phrasing import rating_text

    by_percent = campaign.rank_by is RankBy.PERCENT
    comma = lang == "vi"
    shown = partial(format_points, comma=comma, precision=campaign.precision)
    ratings = [rating_text(entry.score, lang, short=True) for entry in ranking]
    table = Table(title=safe(f"{board.bloc.name}\n{campaign.title}"), title_justify="left",
                  box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 0))
    table.add_column(say("cli.rank.col.rank", lang), justify="right", no_wrap=True,
                     min_width=4)
    if places is not None:
        table.add_column("±", justify="right", no_wrap=True, min_width=3)
    # the names give way first on a narrow terminal (each stays on its line, cut with …)
    table.add_column(say("cli.rank.col.member", lang), overflow="ellipsis", ratio=1,
                     min_width=8)
    codes = [s.code for s in ranking[0].score.sections if s.nominal] if ranking else []
    for code in codes:
        table.add_column(safe(code), justify="right", no_wrap=True, min_width=5)
    columns = [(say("cli.rank.col.bonus", lang), 6), (say("cli.rank.col.deductions", lang), 5),
               (say("cli.rank.col.total", lang), 6), *([("%", 6)] if by_percent else [])]
    for heading, width in columns:
        table.add_column(heading, justify="right", no_wrap=True, min_width=width)
    # the rating is never cut: the names give way before it
    table.add_column(say("cli.rank.col.rating", lang), no_wrap=True, overflow="ellipsis",
                     min_width=max([8, *(len(r) for r in ratings)]))
    notes = []
    for entry, rating in zip(ranking, ratings, strict=True):
        s = entry.score
        if entry.separated_by:
            notes.append(f"{s.member.short_name}: "
                         f"{tie_break_label(entry.separated_by, lang)}")
        table.add_row(
            f"{entry.rank}{'=' if entry.tied else ''}{'*' if entry.separated_by else ''}",
            *([] if places is None else [_change(entry, places.get(s.member.id), lang)]),
            Text(printable(s.member.short_name), no_wrap=True, overflow="ellipsis"),
            *(_section_points(entry, code, campaign.precision, comma) for code in codes),
            f"+{shown(s.bonus)}", shown(s.deductions), shown(s.total),
            *([shown(s.percent)] if by_percent else []),
            safe(rating),
        )
    console = Console()
    console.print(table)
    if notes:
        console.print(safe(say("cli.rank.tie_note", lang, notes="; ".join(notes))),
                      soft_wrap=True)
    return 0


def _change(entry: RankedMember, place: PreviousPlace | None, lang: Language) -> str:
    """``▲2``, ``▼1``, ``=``; ``mới`` (new) for a member that did not take part in the
    previous campaign, ``–`` for one without a report there or now."""
    if place is None or not place.took_part:
        return say("cli.rank.new", lang)
    moved = place.change(entry)
    if moved is None:
        return "–"
    return "=" if moved == 0 else f"▲{moved}" if moved > 0 else f"▼{-moved}"


def _section_points(entry: RankedMember, code: str, precision: Decimal, comma: bool) -> str:
    section = entry.score.section(code)
    return format_points(section.points, comma=comma, precision=precision) if section else "–"
