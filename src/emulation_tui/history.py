"""A criterion's or a member's history, read from the workspace's change log (who, when,
what, old → new, reason) for the history screen. Nothing here imports Textual."""

from __future__ import annotations

from collections.abc import Callable

from attrs import frozen

from emulation_core import AuditEntry, Change, Criterion, read_chain

from .i18n import has_key, t
from .session import Session

__all__ = ["History", "HistoryLine", "change_label", "content_text", "criterion_history",
           "member_history", "value_text"]

_FIGURES = frozenset({"submission.value", "submission.correction", "target.set"})
"""Kinds whose ``field`` is an indicator: a criterion's history takes those it reads."""


@frozen
class HistoryLine:
    """One change as the history shows it, in the interface language."""

    when: str
    who: str
    what: str
    old: str
    new: str
    reason: str


@frozen
class History:
    """The lines, oldest first, and where the log stops early (empty when it is whole)."""

    lines: tuple[HistoryLine, ...]
    broken: str = ""


def criterion_history(session: Session, member_id: str, criterion: Criterion) -> History:
    """Changes to the member's entry for ``criterion`` in the open campaign, and to the
    figures and targets it reads."""
    reads = frozenset(criterion.rule.indicators)

    def wanted(entry: AuditEntry) -> bool:
        change = entry.change
        return change.code == criterion.code or (
            change.kind in _FIGURES and change.field in reads)

    return _history(session, member_id, wanted, campaign_only=True)


def member_history(session: Session, member_id: str) -> History:
    """Every change to the member: in the open campaign, and to the member itself; and the
    campaign's locks and unlocks (with their reasons), which lock and reopen its report."""
    return _history(session, member_id, lambda entry: True, campaign_only=False)


_CAMPAIGN_STEPS = frozenset({"campaign.locked", "campaign.unlocked"})
"""Campaign-wide changes that every unit's history shows."""


def _history(session: Session, member_id: str, wanted: Callable[[AuditEntry], bool], *,
             campaign_only: bool) -> History:
    entries, _, broken = read_chain(session.ws.path)
    campaign = session.campaign.id if session.campaign else ""
    places = {campaign} if campaign_only else {campaign, ""}

    def shown(change: Change) -> bool:
        if change.campaign not in places:
            return False
        return change.member == member_id or (
            not campaign_only and not change.member and change.kind in _CAMPAIGN_STEPS)

    lines = tuple(_line(entry) for entry in entries if shown(entry.change) and wanted(entry))
    return History(lines, t("history.broken", where=str(broken)) if broken else "")


_FIELD_IS_KIND = frozenset({
    "submission.status", "submission.submitted_at", "submission.self", "submission.verified",
    "submission.reason", "submission.evidence", "submission.explanation", "submission.answer",
    "submission.explained", "submission.verdict", "no_target.changed", "not_assigned.changed",
    "registration.signed"})
"""Kinds whose ``field`` only repeats what the kind's name says."""


def change_label(kind: str) -> str:
    """The kind of change in the interface language (the log's own word if unknown)."""
    key = f"history.kind.{kind}"
    return t(key) if has_key(key) else kind


def _line(entry: AuditEntry) -> HistoryLine:
    change = entry.change
    field = "" if change.kind in _FIELD_IS_KIND else change.field
    if change.kind.startswith("registration."):
        field = _said(f"content.kind.{field}", field)
    what = " ".join(part for part in (change.code, change_label(change.kind), field) if part)
    return HistoryLine(entry.at.strftime("%d/%m/%Y %H:%M"), actor_label(entry.by.name,
                       entry.by.role.value), what, value_text(change.kind, change.old),
                       value_text(change.kind, change.new), change.reason)


def _said(key: str, fallback: str) -> str:
    return t(key) if has_key(key) else fallback


def value_text(kind: str, text: str | None) -> str:
    """A logged value in the interface language where the log writes a code: a report's
    status (the one it starts with too), the verdict on an explanation, a registered item's
    kind."""
    if not text:
        return ""
    if kind in ("submission.status", "submission.created"):
        return _said(f"status.{text}", text)
    if kind == "submission.verdict":
        return _said(f"answer.verdict.{text}", text)
    if kind.startswith("registration."):
        return content_text(text)
    return text


def content_text(text: str) -> str:
    """A registered item as the change log writes it (``field: text [tag]``) with its kind
    in the interface language."""
    kind, colon, rest = text.partition(": ")
    key = f"content.kind.{kind}"
    return f"{t(key)}: {rest}" if colon and has_key(key) else text


def actor_label(name: str, role: str) -> str:
    """``Name (role)`` in the interface language."""
    return f"{name} ({t(f'actor.role.{role}')})"
