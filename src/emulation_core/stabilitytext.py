"""The stability report in words, Vietnamese or English: the CLI prints it, the minutes
carry it."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from .messages import Language, format_number, render
from .numbers import format_points
from .stability import PointsChange, Stability

__all__ = ["stability_lines"]

_SHOWN = 3  # options given per question


def _points(value: Decimal, lang: Language) -> str:
    return format_points(value, comma=lang == "vi")


def change_text(change: PointsChange, names: Mapping[str, str], lang: Language) -> str:
    """``Liên minh HTX +1,47 ở 1.1 (5,76 → 7,23), tức new_coops 48 → 61``."""
    sign = "+" if change.delta > 0 else "−"
    text = render("whatif.change", lang, who=names.get(change.member, change.member),
                  delta=f"{sign}{_points(abs(change.delta), lang)}", code=change.code,
                  old=_points(change.old, lang), new=_points(change.new, lang))
    figure = change.figure
    if figure is not None:
        label = (figure.label_en if lang == "en" else figure.label) or figure.label \
            or figure.indicator
        text += render("whatif.figure", lang, indicator=label,
                       old=format_number(figure.old, lang), new=format_number(figure.new, lang))
    return text


def stability_lines(report: Stability, names: Mapping[str, str], lang: Language,
                    ) -> list[str]:
    """The report as lines: neighbours, each member's needs, judged one-step moves."""
    def name(member: str) -> str:
        return names.get(member, member)

    lines = [render("whatif.pairs", lang)]
    for pair in report.pairs:
        options = [change_text(c, names, lang) for c in (*pair.gains[:1], *pair.losses[:1])]
        found = render("whatif.or", lang).join(options) if options \
            else render("whatif.no_swap", lang)
        lines.append(f"  {name(pair.upper)} / {name(pair.lower)}: {found}")
    lines += ["", render("whatif.members", lang)]
    for needs in report.needs:
        band = (needs.band.label if lang == "vi" else needs.band.label_en) if needs.band \
            else "—"
        lines.append(f"  {name(needs.member)} (#{needs.rank}, {band})")
        if needs.next_band is not None:
            target = needs.next_band.label if lang == "vi" else needs.next_band.label_en
            found = "; ".join(change_text(c, names, lang) for c in needs.for_band[:_SHOWN]) \
                or render("whatif.out_of_reach", lang)
            lines.append("    " + render("whatif.next_band", lang, band=target, found=found))
        if needs.rank > 1:
            found = "; ".join(change_text(c, names, lang) for c in needs.for_rank[:_SHOWN]) \
                or render("whatif.out_of_reach", lang)
            lines.append("    " + render("whatif.next_rank", lang, found=found))
    lines += ["", render("whatif.steps", lang, tried=report.judged_checked)]
    if not report.steps:
        lines.append("  " + render("whatif.steady", lang))
    for step in report.steps:
        values = {"who": name(step.member), "code": step.code,
                  "sign": "+" if step.direction > 0 else "−",
                  "moved": ", ".join(name(m) for m in step.moved)}
        lines.append("  " + (render("whatif.step_cross", lang, scorer=name(step.scorer),
                                    **values) if step.scorer
                             else render("whatif.step", lang, **values)))
    return lines
