"""The overlap review: registered content or fields that more than one member unit
registered, so the bloc can agree who leads what.

Texts are compared after :func:`overlap_key`: NFC, case folded, tones and other marks
removed (``đ`` read as ``d``), punctuation dropped, the verbs and nouns that only frame a
phrase (``vận động``, ``tham gia``, ``phong trào``, ``công tác`` …) left out, and the
remaining words sorted, so word order does not count. Two items match when their keys are
equal, or similar enough by rapidfuzz's token-sort ratio (:data:`MATCH_SCORE`); fields
also match on an equal tag. Matches are grouped transitively.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from attrs import frozen
from rapidfuzz import fuzz

from .audit import AuditEntry, read_chain
from .registration import ContentKind, RegisteredItem, Registrations
from .text import vi_sort_key
from .value_object import ValueObject

__all__ = ["MATCH_SCORE", "OverlapEntry", "OverlapGroup", "late_changes", "overlap_key",
           "overlaps"]

MATCH_SCORE = 88
"""The token-sort ratio (0–100) at or above which two keys count as the same content."""

_FRAMING = re.compile(r"\b(?:" + "|".join((
    "cuoc van dong", "van dong", "tham gia", "to chuc", "thuc hien", "day manh", "huong ung",
    "phat dong", "trien khai", "phong trao", "chuong trinh", "cong tac", "hoat dong",
    "de an", "ke hoach")) + r")\b")
_MARK = re.compile(r"[\u0300-\u036f]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def overlap_key(text: str) -> str:
    """The text as it is compared: no case, tones, punctuation, framing words or order."""
    plain = _MARK.sub("", unicodedata.normalize("NFD", text.casefold()))
    plain = plain.replace("đ", "d")
    words = " ".join(_NOT_WORD.sub(" ", plain).split())
    key = " ".join(sorted(_FRAMING.sub(" ", words).split() or words.split()))
    while True:  # sorting can bring framing words together: until nothing is left out
        kept = " ".join(sorted(_FRAMING.sub(" ", key).split()))
        if kept == key or not kept:
            return key
        key = kept


@frozen
class OverlapEntry(ValueObject):
    """One member's item in an overlap group."""

    member: str
    item: RegisteredItem


@frozen
class OverlapGroup(ValueObject):
    """Items of two or more members that register the same content or field."""

    entries: tuple[OverlapEntry, ...]

    @property
    def members(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.member for e in self.entries))

    @property
    def label(self) -> str:
        """The shortest text of the group, as the group's name."""
        return min((e.item.text for e in self.entries), key=lambda t: (len(t), t))


def _same(a: tuple[RegisteredItem, str], b: tuple[RegisteredItem, str]) -> bool:
    (item_a, key_a), (item_b, key_b) = a, b
    if key_a == key_b or fuzz.token_sort_ratio(key_a, key_b) >= MATCH_SCORE:
        return True
    both_fields = item_a.kind is ContentKind.FIELD and item_b.kind is ContentKind.FIELD
    return both_fields and bool(item_a.tag) and overlap_key(item_a.tag) == \
        overlap_key(item_b.tag)


def overlaps(regs: Registrations) -> list[OverlapGroup]:
    """Groups of matching items registered by more than one member, in Vietnamese
    alphabetical order of their labels."""
    flat = [(member, item, overlap_key(item.text))
            for member, items in sorted(regs.items.items()) for item in items]
    parent = list(range(len(flat)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (_, item_i, key_i) in enumerate(flat):
        for j in range(i + 1, len(flat)):
            _, item_j, key_j = flat[j]
            if _same((item_i, key_i), (item_j, key_j)):
                parent[root(j)] = root(i)
    groups: dict[int, list[OverlapEntry]] = {}
    for i, (member, item, _) in enumerate(flat):
        groups.setdefault(root(i), []).append(OverlapEntry(member, item))
    found = [OverlapGroup(tuple(entries)) for entries in groups.values()
             if len({e.member for e in entries}) > 1]
    return sorted(found, key=lambda g: vi_sort_key(g.label))


def late_changes(root: Path, regs: Registrations) -> list[AuditEntry]:
    """Change-log entries that changed the campaign's registrations after the agreement
    was signed (none when no signing date is set)."""
    if regs.signed is None:
        return []
    entries, _, _ = read_chain(root)
    return _after(entries, regs.campaign, regs.signed)


def _after(entries: Iterable[AuditEntry], campaign: str, signed: dt.date,
           ) -> list[AuditEntry]:
    return [e for e in entries if e.change.campaign == campaign
            and e.change.kind in ("registration.added", "registration.removed")
            and e.at.date() > signed]
