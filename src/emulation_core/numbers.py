"""Exact numbers: parsing indicator values and rounding points."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = ["ZERO", "format_points", "parse_decimal", "quantize"]

ZERO = Decimal(0)


def parse_decimal(value: object) -> Decimal:
    """Turn a TOML/user value into a finite Decimal, or raise ValueError saying why.

    Floats go through their shortest repr so that ``0.1`` becomes ``Decimal("0.1")``.
    Strings may use a comma as the decimal mark (``"12,5"``), as Vietnamese users type.
    """
    if isinstance(value, bool):
        raise ValueError("is true/false, expected a number")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"{value!r} is not a number") from None
    else:
        raise ValueError(f"is a {type(value).__name__}, expected a number")
    if not result.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return result


def quantize(value: Decimal, precision: Decimal) -> Decimal:
    """Round half away from zero to ``precision`` (e.g. ``Decimal("0.01")``)."""
    return value.quantize(precision, rounding=ROUND_HALF_UP)


def format_points(value: Decimal | None, *, comma: bool = False) -> str:
    """Points as text with two decimals; Vietnamese style uses a decimal comma."""
    if value is None:
        return "–"
    text = f"{value:.2f}"
    return text.replace(".", ",") if comma else text
