"""Saving the criteria editor's table: what it changes and whose total moves, said in a
dialog that asks for the reason (mandatory when the table is in use and points change),
then saved through the library (:func:`emulation_core.save_criteria`), recorded in the
change log as the person acting. A refusal is shown under the editor's checks; the table
being edited is kept as it is either way.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from emulation_core import (
    Change,
    CriteriaTable,
    EmulationError,
    TableImpact,
    ValidationError,
    printable,
    save_criteria,
    table_impact,
)

from .. import fmt
from ..criteria_draft import Draft
from ..i18n import error_text, has_key, language, t
from ..session import EditRefused, Session
from .reason_dialog import ReasonDialog

if TYPE_CHECKING:
    from .criteria_editor import CriteriaEditor

__all__ = ["change_line", "impact_lines", "save_draft"]

_SHOWN = 5
"""Changes (and moved totals) listed in the dialog at least; the rest are counted."""
_DIALOG_LINES = 18
"""The save dialog's lines besides those listing changes and moves (title, headings, the
reason, border and margins)."""


def _value(text: str | None) -> str:
    """A value from the change log as the interface shows it (``6.00`` → ``6``; nothing,
    or an empty text, ``–``)."""
    if not text:
        return "–"
    try:
        return fmt.number(Decimal(text))
    except InvalidOperation:
        return printable(text)


def _kinds(table: CriteriaTable) -> dict[str, str]:
    return {c.code: c.rule.kind for c in table.leaves()}


def change_line(change: Change, kinds: tuple[Mapping[str, str], Mapping[str, str]]) -> str:
    """One change to the table in words: ``II.1 điểm tối đa: 10 → 12``; ``kinds`` gives
    each criterion's rule kind before and after, for a rule changed."""
    kind = f"ce.change.{change.kind}"
    if change.kind == "criterion.moved":
        return printable(t(kind, old=change.old or "", new=change.new or ""))
    if change.kind.endswith((".added", ".removed")) and has_key(kind):
        name = change.code or change.field
        return printable(f"{name} {t(kind)}: {change.new or change.old or ''}")
    if change.field == "rule":
        was, now = (k.get(change.code, "") for k in kinds)
        if was == now:
            return printable(f"{change.code} {t('ce.change.rule')}")
        return printable(f"{change.code} {t('ce.f.kind').lower()}: ") + \
            f"{t(f'ce.kind.{was}')} → {t(f'ce.kind.{now}')}"
    values = f"{_value(change.old)} → {_value(change.new)}"
    if change.kind == "criteria.reordered":
        where = change.code or t("ce.change.root")
        return printable(f"{where} {t('ce.change.order')}: ") + values
    if change.kind == "indicator.changed":
        key, _, name = change.field.rpartition(".")
        label = f"ce.change.{name}"
        what = t("ce.change.indicator", key=key, what=t(label) if has_key(label) else name)
        if name == "integer":  # whole or decimal numbers, in words
            values = " → ".join(t("ce.choice.whole" if v == "true" else "ce.choice.decimal")
                                for v in (change.old, change.new))
        return printable(f"{what}: ") + values
    label = f"ce.change.{change.field}"
    what = t(label) if has_key(label) else change.field
    return printable(f"{change.code} {what}: ".lstrip()) + values


def impact_lines(impact: TableImpact, session: Session, table: CriteriaTable,
                 shown: int = _SHOWN) -> list[str]:
    """The dialog's lines: the changes ``table`` makes, and when the campaign's table is in
    use, whose total moves (``shown`` of each at most, the rest counted)."""
    kinds = (_kinds(session.ws.campaign(impact.campaign).table), _kinds(table))
    lines = [t("ce.save.changes", count=len(impact.changes))]
    lines += [f"  {change_line(c, kinds)}" for c in impact.changes[:shown]]
    if len(impact.changes) > shown:
        lines.append(t("ce.save.more", count=len(impact.changes) - shown))
    if not (impact.in_use and impact.alters_points):
        return lines
    lines.append(t("ce.save.in_use", count=impact.submissions))
    if not impact.moves:
        lines.append(t("ce.save.no_move"))
        return lines
    lines.append(t("ce.save.moves"))
    for move in impact.moves[:shown]:
        member = session.bloc.member(move.member)
        lines.append(t("ce.save.move", member=member.short_name if member else move.member,
                       before=fmt.points(move.before), after=fmt.points(move.after)))
    if len(impact.moves) > shown:
        lines.append(t("ce.save.more_moves", count=len(impact.moves) - shown))
    return lines


def save_draft(screen: CriteriaEditor, draft: Draft) -> None:
    """Check, say what saving changes, ask for the reason, then save."""
    session = screen.session
    if draft.refused:
        where = ", ".join(printable(draft.node(p).code) for p in sorted(draft.refused))
        screen.emu.notify(t("ce.save.refused_left", where=where), severity="warning",
                          timeout=8)
        return
    table = draft.table
    impact = table_impact(session.ws, draft.campaign, table)
    if not impact.changes:
        screen.emu.notify(t("ce.save.nothing"))
        return
    if impact.refused:
        screen.show_problems([t("ce.save.failed"),
                              *(p.text(language()) for p in impact.refused)])
        return

    def answered(reason: str | None) -> None:
        if reason is None:
            return
        try:
            saved = session.change(lambda ws: save_criteria(ws, draft.campaign, table,
                                                            reason=reason))
        except EditRefused as refused:
            screen.show_problems([t("ce.save.failed"), t(refused.key, **refused.values)])
            return
        except ValidationError as exc:
            screen.show_problems([t("ce.save.failed"),
                                  *(p.text(language()) for p in exc.problems)])
            return
        except (EmulationError, OSError) as exc:
            screen.show_problems([t("ce.save.failed"), error_text(exc)])
            return
        draft.saved_as(table)
        screen.redraw()
        screen.emu.notify(t("ce.saved", count=len(saved.changes)))

    campaign = session.ws.campaign(draft.campaign)
    # what the screen has room for, split between the changes and whose total moves
    shown = max(_SHOWN, (screen.app.size.height - _DIALOG_LINES) // 2)
    screen.app.push_screen(ReasonDialog(
        t("ce.save.title", campaign=campaign.title),
        impact_lines(impact, session, table, shown),
        required=impact.in_use and impact.alters_points), answered)
