"""How numbers, dates, statuses and ratings read on screen, in the interface language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from rich.text import Text

from emulation_core import (
    Campaign,
    MemberScore,
    PeriodKind,
    PluginRegistry,
    PreviousPlace,
    RankedMember,
    RatingState,
    Status,
    format_number,
    format_points,
    printable,
    rating_text,
    tie_break_label,
)

from .i18n import language, pick, t

__all__ = [
    "DEFAULT_PRECISION",
    "STATUS_MARK",
    "change",
    "compact",
    "date",
    "dates",
    "deadline",
    "number",
    "period",
    "points",
    "rank",
    "rank_cell",
    "rating",
    "right",
    "set_precision",
    "signed",
    "status",
    "tie_break",
    "type_name",
]

STATUS_MARK = {
    Status.MISSING: "○",
    Status.DRAFT: "◌",
    Status.SUBMITTED: "●",
    Status.RETURNED: "↩",
    Status.VERIFIED: "✔",
    Status.LOCKED: "■",
}


DEFAULT_PRECISION = Decimal("0.01")
_precision: list[Decimal] = [DEFAULT_PRECISION]


def set_precision(precision: Decimal) -> None:
    """Show points at ``precision`` from now on: the open campaign's."""
    _precision[0] = precision


def points(value: Decimal | None) -> str:
    """Points at the open campaign's precision (``96,50`` in Vietnamese at 0.01), or ``–``."""
    return format_points(value, comma=language() == "vi", precision=_precision[0])


def signed(value: Decimal) -> str:
    """Points with a sign: ``+10,00``, ``−1,50``, ``0,00``."""
    if value > 0:
        return f"+{points(value)}"
    if value < 0:
        return f"−{points(-value)}"
    return points(value)


def number(value: Decimal | None) -> str:
    """An indicator value with grouped thousands: ``12 100`` / ``12,100``; ``2,5`` / ``2.5``."""
    return "–" if value is None else format_number(value, language())


def compact(value: Decimal | None) -> str:
    """A value short enough for a table cell: ``17,4 tỷ``, ``2,5 tr`` / ``17.4bn``, ``2.5M``."""
    if value is None or abs(value) < 1_000_000:
        return number(value)
    for size, key in ((Decimal(10) ** 9, "unit.billion"), (Decimal(10) ** 6, "unit.million")):
        if abs(value) >= size:
            return t(key, value=number((value / size).quantize(Decimal("0.1"))))
    return number(value)


def date(value: dt.date) -> str:
    return value.strftime("%d/%m/%Y")


_COUNT_OVERDUE_DAYS = 60  # beyond this, a campaign is history: no running count


def deadline(campaign: Campaign, today: dt.date) -> str:
    """``hạn nộp 10/07/2018 (còn 5 ngày)`` and the like; a long-past deadline is just past."""
    days = (campaign.deadline - today).days
    if days > 0:
        left = t("deadline.left", days=days)
    elif days == 0:
        left = t("deadline.today")
    elif days >= -_COUNT_OVERDUE_DAYS:
        left = t("deadline.over", days=-days)
    else:
        left = t("deadline.past")
    return t("deadline", date=date(campaign.deadline), left=left)


def dates(campaign: Campaign) -> str:
    """``01/01–30/06/2018``."""
    return f"{campaign.start.strftime('%d/%m')}–{date(campaign.end)}"


def period(campaign: Campaign) -> str:
    """``Sơ kết 6 tháng · 01/01–30/06/2018``."""
    kind = {PeriodKind.MID_YEAR: t("period.mid_year"), PeriodKind.YEAR_END: t("period.year_end"),
            PeriodKind.CUSTOM: t("period.custom")}[campaign.period]
    return f"{kind} · {dates(campaign)}"


def status(value: Status) -> str:
    return f"{STATUS_MARK[value]} {t(f'status.{value.value}')}"


def rating(score: MemberScore, *, short: bool = False) -> str:
    """The member's rating; '–' when not submitted, a word when below the lowest band."""
    if score.rating_state is RatingState.NOT_SUBMITTED:
        return "–"
    return rating_text(score, language(), short=short)


def type_name(registry: PluginRegistry, key: str) -> str:
    """The association type's name, or its key when no plugin provides it (control
    characters removed: a plugin's text is shown in prompts and lists as is)."""
    kind = registry.get(key)
    return printable(pick(kind.name, kind.name_en) if kind else key)


def rank(ranked: RankedMember) -> str:
    """``3`` or ``3=`` for a shared rank."""
    return f"{ranked.rank}=" if ranked.tied else str(ranked.rank)


def rank_cell(ranked: RankedMember) -> Text:
    """The rank as the tables show it: ``3=`` shared, ``3*`` an equal total decided by the
    tie-break (both bold), ``~3`` provisional (not yet verified or locked)."""
    mark = "~" if ranked.score.status.provisional else ""
    tie = "=" if ranked.tied else "*" if ranked.separated_by else ""
    return Text(f"{mark}{ranked.rank}{tie}", style="bold" if tie else "", justify="right")


def tie_break(key: str) -> str:
    """What separated two equal totals, in words."""
    return tie_break_label(key, language())


def change(item: RankedMember, place: PreviousPlace | None) -> Text:
    """Rank movement since the previous campaign: ``▲2`` green, ``▼1`` red, ``=``; *new*
    for a member that did not take part in it, ``–`` for one without a report there or
    now, nothing when there is no previous campaign."""
    if place is None:
        return Text("")
    if not place.took_part:
        return Text(t("change.new"), style="dim", justify="right")
    moved = place.change(item)
    if moved is None:
        return Text("–", style="dim", justify="right")
    if moved > 0:
        return Text(f"▲{moved}", style="green", justify="right")
    if moved < 0:
        return Text(f"▼{-moved}", style="red", justify="right")
    return Text("=", style="dim", justify="right")


def right(text: str, style: str = "") -> Text:
    """A right-aligned table cell."""
    return Text(text, style=style, justify="right")
