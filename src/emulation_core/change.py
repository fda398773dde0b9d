"""A change to a workspace as one record: what changed, before the change log numbers,
stamps and chains it (:mod:`.audit`).

Kept apart from the log so that the modules that describe changes (saving, reviewing,
registrations, cross-scores, awards) need neither the log's hashing nor its reader: a
command that only reads a workspace never loads them.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
from attrs import frozen

from .text import nfc
from .value_object import ValueObject

__all__ = ["Change"]


def _text(value: str | None) -> str | None:
    return None if value is None else nfc(value)


def _files(value: Mapping[str, str | None]) -> Mapping[str, str | None]:
    return dict(sorted(value.items()))


@frozen
class Change(ValueObject):
    """What changed, before it is numbered, stamped and chained.

    ``kind`` is a stable key (``submission.value``, ``member.added``, ``file.outside`` …);
    ``campaign``, ``member``, ``code`` and ``field`` name the object (empty when they do not
    apply); ``old`` and ``new`` are the values as text (None: absent); ``files`` maps each
    workspace file (a ``/``-separated path) the change wrote to its SHA-256, or None when
    it removed the file.
    """

    kind: str
    campaign: str = ""
    member: str = ""
    code: str = ""
    field: str = ""
    old: str | None = attrs.field(default=None, converter=_text)
    new: str | None = attrs.field(default=None, converter=_text)
    reason: str = attrs.field(default="", converter=nfc)
    files: Mapping[str, str | None] = attrs.field(factory=dict, converter=_files)
