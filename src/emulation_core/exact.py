"""Exact rational arithmetic for points: rules compute fractions, scoring rounds them once.

Rules work on exact ratios (integer numerator and denominator, or
:class:`~fractions.Fraction`) so that 3 × 13 / 120 stays exactly 0.325; :func:`round_ratio`
then rounds that one value half away from zero at the campaign's precision, the only
rounding a criterion's points see.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

__all__ = ["FRACTION_ZERO", "round_half_away", "round_ratio", "to_decimal"]

FRACTION_ZERO = Fraction(0)


def round_ratio(numerator: int, denominator: int, precision: Decimal) -> Decimal:
    """numerator ÷ denominator (> 0) rounded half away from zero to a multiple of
    ``precision`` (e.g. 0.01), with the precision's exponent (``0.63``, ``20.00``)."""
    step_n, step_d = precision.as_integer_ratio()
    whole, rest = divmod(abs(numerator) * step_d, denominator * step_n)
    if 2 * rest >= denominator * step_n:
        whole += 1
    return Decimal(-whole if numerator < 0 else whole) * precision


def round_half_away(value: Fraction, precision: Decimal) -> Decimal:
    """``value`` rounded half away from zero to a multiple of ``precision``."""
    return round_ratio(value.numerator, value.denominator, precision)


def to_decimal(value: Fraction) -> Decimal:
    """``value`` as a Decimal: exact when it has a short decimal form, else to 28 digits.

    Only for showing an unrounded figure; points are rounded with :func:`round_half_away`.
    """
    return Decimal(value.numerator) / Decimal(value.denominator)
