"""Exact rational arithmetic for points: rules compute fractions, scoring rounds them once.

Rules turn decimal figures into :class:`~fractions.Fraction` so that a division such as
3 × 13 / 120 stays exactly 0.325; :func:`round_half_away` then rounds that one value half
away from zero at the campaign's precision, the only rounding a criterion's points see.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

__all__ = ["FRACTION_ZERO", "round_half_away", "to_decimal"]

FRACTION_ZERO = Fraction(0)


def round_half_away(value: Fraction, precision: Decimal) -> Decimal:
    """``value`` rounded half away from zero to a multiple of ``precision`` (e.g. 0.01).

    The result carries the precision's exponent (``Decimal("0.63")``, ``Decimal("20.00")``).
    """
    scaled = abs(value) / Fraction(precision)
    whole, rest = divmod(scaled.numerator, scaled.denominator)
    if 2 * rest >= scaled.denominator:
        whole += 1
    return (Decimal(-whole if value < 0 else whole) * precision).quantize(precision)


def to_decimal(value: Fraction) -> Decimal:
    """``value`` as a Decimal: exact when it has a short decimal form, else to 28 digits.

    Only for showing an unrounded figure; points are rounded with :func:`round_half_away`.
    """
    return Decimal(value.numerator) / Decimal(value.denominator)
