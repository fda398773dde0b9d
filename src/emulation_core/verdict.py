"""The verifier's verdict on a unit's explanation (giải trình) of a criterion: accepted,
rejected or partly accepted, kept beside the answer's text.

Before the verdict had a field of its own, the interface wrote it at the start of the
answer (``Chấp nhận: …``, ``Accepted: …``); :func:`split_answer` reads such an answer into
the verdict and the text, so that files written then are read as if written now.
"""

from __future__ import annotations

import enum

from .text import nfc

__all__ = ["Verdict", "split_answer"]


class Verdict(enum.Enum):
    """What the verifier decided about the unit's explanation."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    PARTLY = "partly"


_PREFIXES = (  # the longer first: "không chấp nhận" ends with "chấp nhận"
    ("không chấp nhận", Verdict.REJECTED), ("chấp nhận một phần", Verdict.PARTLY),
    ("chấp nhận", Verdict.ACCEPTED), ("partly accepted", Verdict.PARTLY),
    ("accepted", Verdict.ACCEPTED), ("refused", Verdict.REJECTED),
    ("rejected", Verdict.REJECTED),
)


def split_answer(answer: str) -> tuple[Verdict | None, str]:
    """The verdict an answer starts with (``Chấp nhận: …``) and the text after it; an
    answer that starts with none is ``(None, answer)``."""
    head, colon, rest = nfc(answer).partition(":")
    if colon and rest.strip():
        said = " ".join(head.split()).casefold()
        for prefix, verdict in _PREFIXES:
            if said == prefix:
                return verdict, rest.strip()
    return None, answer
