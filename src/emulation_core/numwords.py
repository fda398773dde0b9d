"""Figures in words, so a screen can say how a typed figure was read: ``1.430`` is
"một nghìn bốn trăm ba mươi" / "one thousand four hundred thirty"."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

__all__ = ["number_words"]

_VI_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_VI_SCALES = ("", "nghìn", "triệu", "tỷ", "nghìn tỷ")
_EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen")
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety")
_EN_SCALES = ("", "thousand", "million", "billion", "trillion")


def number_words(value: Decimal, lang: Literal["vi", "en"] = "vi") -> str:
    """``value`` (at most 15 digits before the decimal mark) in words.

    The decimals are said after "phẩy" / "point": as a number in Vietnamese, after any
    leading zeros (``1,05`` "một phẩy không năm"); digit by digit in English.
    """
    text = f"{abs(value):f}"
    whole, _, fraction = text.partition(".")
    if len(whole) > len(_VI_SCALES) * 3:
        raise ValueError(f"{value} has more digits than can be said")
    said = _vi_whole(int(whole)) if lang == "vi" else _en_whole(int(whole))
    if fraction:
        if lang == "vi":
            zeros = len(fraction) - len(fraction.lstrip("0"))
            rest = fraction.lstrip("0")
            tail = [_VI_DIGITS[0]] * zeros + ([_vi_whole(int(rest))] if rest else [])
            said += " phẩy " + " ".join(tail)
        else:
            said += " point " + " ".join(_EN_DIGITS[int(d)] for d in fraction)
    if value < 0:
        said = ("âm " if lang == "vi" else "minus ") + said
    return said


def _groups(number: int) -> list[int]:
    """Groups of three digits, the lowest first."""
    groups = []
    while True:
        number, group = divmod(number, 1000)
        groups.append(group)
        if not number:
            return groups


def _vi_whole(number: int) -> str:
    if number == 0:
        return _VI_DIGITS[0]
    groups = _groups(number)
    parts = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            continue
        leading = index == len(groups) - 1
        parts.append(_vi_group(group, full=not leading))
        if _VI_SCALES[index]:
            parts.append(_VI_SCALES[index])
    return " ".join(parts)


def _vi_group(group: int, *, full: bool) -> str:
    """One group of three digits; ``full`` says "không trăm" when the hundreds are zero."""
    hundreds, rest = divmod(group, 100)
    tens, units = divmod(rest, 10)
    words = []
    if hundreds or full:
        words += [_VI_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            words += (["linh"] if words else []) + [_VI_DIGITS[units]]
        return " ".join(words)
    words += ["mười"] if tens == 1 else [_VI_DIGITS[tens], "mươi"]
    if units == 1 and tens > 1:
        words.append("mốt")
    elif units == 5:
        words.append("lăm")
    elif units == 4 and tens > 1:
        words.append("tư")
    elif units:
        words.append(_VI_DIGITS[units])
    return " ".join(words)


def _en_whole(number: int) -> str:
    if number == 0:
        return _EN_DIGITS[0]
    groups = _groups(number)
    parts = []
    for index in range(len(groups) - 1, -1, -1):
        if groups[index]:
            parts.append(_en_group(groups[index]))
            if _EN_SCALES[index]:
                parts.append(_EN_SCALES[index])
    return " ".join(parts)


def _en_group(group: int) -> str:
    hundreds, rest = divmod(group, 100)
    words = [_EN_DIGITS[hundreds], "hundred"] if hundreds else []
    if 10 <= rest < 20:
        words.append(_EN_TEENS[rest - 10])
    elif rest:
        tens, units = divmod(rest, 10)
        words.append("-".join(w for w in (_EN_TENS[tens], _EN_DIGITS[units] if units else "")
                              if w))
    return " ".join(words)
