"""Vietnamese text: NFC normalisation, alphabetical order, safe identifiers, safe output."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .messages import render

__all__ = ["is_safe_id", "nfc", "printable", "unsafe_id_key", "unsafe_id_reason",
           "vi_sort_key"]

# Vietnamese alphabet order; letters outside it sort after, by code point.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}
# Dictionary tone order: level, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_RESERVED = {"con", "prn", "aux", "nul", "clock$"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in range(10)
}
# Terminal escape sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC strings (up to BEL or
# ESC \\, or the end), and any other ESC with the character after it. Each alternative
# starts at an ESC and never backtracks past the next one, so matching is linear. This
# pattern and the next are compiled (and cached by re) when text that needs them is first
# met: most text is printable as it is.
_ESCAPE_SEQUENCE = r"\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?"
# C0 and C1 controls (tab and newline aside), DEL, and the bidi embeddings, overrides and
# isolates that can make a name display as something else.
_CONTROL = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"


def printable(text: str) -> str:
    """``text`` safe to show on a terminal or in a spreadsheet: escape sequences, control
    characters and bidi overrides removed, a tab or carriage return made a space."""
    if text.isprintable():
        return text
    text = re.sub(_ESCAPE_SEQUENCE, "", text, flags=re.S).replace("\t", " ").replace("\r", " ")
    return re.sub(_CONTROL, "", text)


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC form (Vietnamese typed on some systems arrives as NFD)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _split_tone(char: str) -> tuple[str, int]:
    """Split one NFC character into its toneless letter and its tone rank."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = 0
    kept = []
    for part in decomposed:
        if part in _TONES:
            tone = _TONES[part]
        else:
            kept.append(part)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def _char_key(char: str) -> tuple[int, int]:
    """Letter rank and tone rank of one casefolded NFC character (spaces rank first)."""
    base, tone = _split_tone(char)
    if base.isspace():
        return -1, tone
    return _RANK.get(base, len(_ALPHABET) + ord(base[0]) if base else 0), tone


_CHAR_KEYS: dict[str, tuple[int, int]] = {}


@lru_cache(maxsize=65536)
def vi_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Sort key for Vietnamese alphabetical order.

    Letters compare first (a < ă < â < b … d < đ …, case-insensitive); tones break ties
    only where the letters are equal; the original text makes the order total.
    """
    known = _CHAR_KEYS
    pairs = []
    for char in nfc(text).casefold():
        pair = known.get(char)
        if pair is None:
            pair = known[char] = _char_key(char)
        pairs.append(pair)
    return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs), text


def unsafe_id_reason(value: str) -> str | None:
    """Why ``value`` cannot be an id used as a file name, or None when it is safe."""
    key = unsafe_id_key(value)
    return render(key, "en") if key else None


def unsafe_id_key(value: str) -> str | None:
    """The catalog key of why ``value`` cannot be an id (``id.*``), or None when it is safe."""
    if not value:
        return "id.empty"
    if not _ID_RE.match(value):
        return "id.form"
    if value.split(".")[0] in _RESERVED:
        return "id.reserved"
    return None


def is_safe_id(value: str) -> bool:
    """True when ``value`` can safely name a file in a workspace."""
    return unsafe_id_reason(value) is None
