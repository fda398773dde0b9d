"""Exact numbers: reading figures typed by people, writing them back, rounding points.

One grammar for every number a person types or a spreadsheet exports (docs/numbers.md):
Vietnamese grouping (``250.000.000``, or spaces: ``250 000 000``) and decimal comma
(``1.234,5``), plus the plain decimal point (``12.5``) where it cannot be misread. A single
separator followed by exactly three digits (``1.430``, ``1,500``) could be a thousands
separator or a decimal mark: in a field that counts whole things a dot there groups
thousands; everywhere else such a figure is refused with a hint saying how to write it.
TOML numbers keep TOML's meaning; TOML *strings* are people's text and use this grammar.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from attrs import frozen

from .messages import UnreadableText
from .value_object import ValueObject

__all__ = [
    "MAX_FRACTION_DIGITS",
    "MAX_INTEGER_DIGITS",
    "ZERO",
    "NumberError",
    "NumberReading",
    "format_points",
    "format_typed",
    "parse_decimal",
    "quantize",
    "read_number",
    "size_problem",
]

ZERO = Decimal(0)
MAX_INTEGER_DIGITS = 15
"""At most this many digits before the decimal point (999 nghìn tỷ)."""
MAX_FRACTION_DIGITS = 6
"""At most this many decimals, trailing zeros aside."""
_MAX_TEXT = 64  # longer text cannot hold a number within the limits above

_SPACES = re.compile("[ \u00a0\u202f\u2009]")  # space, no-break, narrow no-break, thin
_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:([. ])[0-9]{3})(?:\1[0-9]{3})*")
_DIGITS = re.compile(r"[0-9]+")
_EXPONENT = re.compile(r"[0-9.,]+[eE][+-]?[0-9]+")
_SIGNS = {"-": -1, "\u2212": -1, "+": 1}  # ASCII minus, the typographic minus, plus


class NumberError(UnreadableText):
    """A figure that cannot be read: ``message`` says why, ``hint`` how to write it (English).

    ``key`` and ``values`` name the message-catalog entry (its hint: ``key.hint``), so that
    :meth:`message_text` and :meth:`hint_text` say it in Vietnamese. ``kind`` groups the
    reasons: ``"ambiguous"`` (then ``readings`` holds the whole-number and the decimal
    reading), ``"not_whole"``, ``"limit"`` (beyond the documented size), or ``"form"`` (any
    other malformed text).
    """

    def __init__(self, key: str, kind: str = "form", readings: tuple[Decimal, ...] = (),
                 /, **values: object) -> None:
        super().__init__(key, **values)
        self.kind = kind
        self.readings = readings


@frozen
class NumberReading(ValueObject):
    """How a typed figure was read, so a screen can echo it back.

    ``grouping`` is the thousands separator that was read (``"."``, ``" "`` or ``""``);
    ``decimal_mark`` the decimal mark (``","``, ``"."`` or ``""`` for a whole number).
    """

    text: str
    value: Decimal
    grouping: str = ""
    decimal_mark: str = ""

    @property
    def whole(self) -> bool:
        return self.value == self.value.to_integral_value()


def read_number(text: str, *, integer: bool = False) -> NumberReading:
    """Read a figure typed by a person (or a spreadsheet cell) with the one grammar.

    ``integer`` says the field counts whole things: there ``1.430`` is one thousand four
    hundred thirty; elsewhere it is refused as ambiguous. Raises :class:`NumberError`.
    """
    shown = text.strip()
    if not shown:
        raise NumberError("number.empty")
    if len(shown) > _MAX_TEXT:
        raise NumberError("number.too_long", "limit", text=shown[:20],
                          digits=MAX_INTEGER_DIGITS)
    body = _SPACES.sub(" ", shown)
    sign = _SIGNS.get(body[0], 0)
    if sign:
        body = body[1:].lstrip()
    if _EXPONENT.fullmatch(body):
        raise NumberError("number.exponent", text=shown)
    if not body or body.strip("0123456789., "):
        raise NumberError("number.not_a_number", text=shown)
    reading = _read_body(shown, body, integer=integer)
    value = reading.value if sign >= 0 else -reading.value
    problem = size_problem(value, f"'{shown}'")
    if problem is not None:
        raise problem
    if integer and value != value.to_integral_value():
        raise NumberError("number.not_whole", "not_whole", text=shown)
    return NumberReading(shown, value, reading.grouping, reading.decimal_mark)


def _read_body(shown: str, body: str, *, integer: bool) -> NumberReading:
    """Read an unsigned figure made of digits, dots, commas and single spaces."""
    if body.count(",") > 1:
        raise NumberError("number.commas", text=shown)
    whole, comma, fraction = body.partition(",")
    if comma:
        if "." in fraction:
            raise NumberError("number.english_form", text=shown)
        if not _DIGITS.fullmatch(fraction):
            raise NumberError("number.after_comma", text=shown)
        if _DIGITS.fullmatch(whole) and _ambiguous(whole, fraction):
            raise _ambiguity(shown, whole, fraction)
        digits, grouping = _integer_part(shown, whole)
        return NumberReading(shown, Decimal(f"{digits}.{fraction}"), grouping, ",")
    if body.count(".") == 1 and " " not in body:
        before, _, after = body.partition(".")
        if not (_DIGITS.fullmatch(before) and _DIGITS.fullmatch(after)):
            raise NumberError("number.around_dot", text=shown)
        if _ambiguous(before, after):
            if not integer:
                raise _ambiguity(shown, before, after)
            return NumberReading(shown, Decimal(before + after), ".", "")
        return NumberReading(shown, Decimal(f"{before}.{after}"), "", ".")
    digits, grouping = _integer_part(shown, body)
    return NumberReading(shown, Decimal(digits), grouping, "")


def _integer_part(shown: str, part: str) -> tuple[str, str]:
    """The digits of a whole part written plain or grouped by threes, and the separator."""
    if _DIGITS.fullmatch(part):
        return part, ""
    grouped = _GROUPED.fullmatch(part)
    if grouped is None:
        if "." in part and " " in part:
            raise NumberError("number.mixed", text=shown)
        raise NumberError("number.groups", text=shown)
    return part.replace(grouped.group(1), ""), grouped.group(1)


def _ambiguous(before: str, after: str) -> bool:
    """One separator with 1-3 digits before (not only zeros) and exactly three after."""
    return len(after) == 3 and 1 <= len(before) <= 3 and before.strip("0") != ""


def _ambiguity(shown: str, before: str, after: str) -> NumberError:
    whole, decimal = Decimal(before + after), Decimal(f"{before}.{after}")
    as_whole, as_decimal = format_typed(whole), format_typed(decimal)
    return NumberError("number.ambiguous", "ambiguous", (whole, decimal), text=shown,
                       whole=as_whole, decimal=as_decimal)


def size_problem(value: Decimal, shown: str = "") -> NumberError | None:
    """Why ``value`` (written ``shown``, by default as is) is beyond the documented limits."""
    text = shown or str(value)
    if not value.is_finite():
        return NumberError("number.not_finite", "limit", text=text)
    if value.is_zero():
        return None
    if value.adjusted() >= MAX_INTEGER_DIGITS:
        return NumberError("number.too_large", "limit", text=text, digits=MAX_INTEGER_DIGITS)
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_FRACTION_DIGITS:
        return NumberError("number.too_many_decimals", "limit", text=text,
                           digits=MAX_FRACTION_DIGITS)
    return None


def parse_decimal(value: object, *, integer: bool = False) -> Decimal:
    """Turn a TOML or typed value into a Decimal within the limits, or raise NumberError.

    TOML numbers keep their meaning (a float goes through its shortest repr, so ``0.1`` is
    ``Decimal("0.1")``); strings are read with the people grammar of :func:`read_number`.
    """
    if isinstance(value, bool):
        raise NumberError("number.bool")
    if isinstance(value, str):
        return read_number(value, integer=integer).value
    if isinstance(value, int):
        if abs(value) >= 10 ** MAX_INTEGER_DIGITS:
            raise NumberError("number.int_too_large", "limit", digits=MAX_INTEGER_DIGITS)
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, Decimal):
        result = value
    else:
        raise NumberError("number.wrong_type", found=type(value).__name__)
    problem = size_problem(result, repr(value))
    if problem is not None:
        raise problem
    return result


def format_typed(value: Decimal, *, integer: bool = False) -> str:
    """``value`` in the Vietnamese form that :func:`read_number` reads back to it.

    Thousands are grouped with dots and decimals follow a comma (``1.234.567,5``); where
    that would be ambiguous, the grouping or a trailing zero is adjusted (``1430``, ``1,5``).
    """
    sign = "-" if value.is_signed() and not value.is_zero() else ""
    text = f"{abs(value):f}"
    whole, _, fraction = text.partition(".")
    if not integer and not fraction and 1000 <= int(whole) < 1_000_000:
        return sign + whole
    if fraction and _ambiguous(whole, fraction):
        fraction = fraction.rstrip("0")
        if len(fraction) == 3:
            fraction += "0"
    grouped = f"{int(whole):,}".replace(",", ".")
    return sign + grouped + (f",{fraction}" if fraction else "")


def quantize(value: Decimal, precision: Decimal) -> Decimal:
    """Round half away from zero to ``precision`` (e.g. ``Decimal("0.01")``)."""
    return value.quantize(precision, rounding=ROUND_HALF_UP)


def format_points(value: Decimal | None, *, comma: bool = False,
                  precision: Decimal = Decimal("0.01")) -> str:
    """Points as text at ``precision`` (two decimals unless told); Vietnamese style uses a
    decimal comma."""
    if value is None:
        return "–"
    rounded = quantize(value, precision)
    text = f"{abs(rounded) if rounded.is_zero() else rounded:f}"
    return text.replace(".", ",") if comma else text
