"""Points as integers: the fixed-point unit the integer engine counts in.

Every point a campaign can produce is a decimal: a rounded rule result is a multiple of the
campaign's precision, a criterion's bounds, entered scores and lateness settings have a
few decimals each. :class:`Units` counts points in 10^-K, K the most decimals any of them
has (at least the precision's), so each one is an exact integer and sums are integer sums.
A figure with more decimals than K (:class:`OffScale`) asks for a finer unit; the engine
then starts again at that unit, so nothing is ever rounded to fit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

__all__ = ["OffScale", "Units", "decimals_of"]

_KNOWN_MOST = 4096  # distinct figures remembered per unit


def decimals_of(value: Decimal) -> int:
    """How many decimals ``value`` is written with (0 for a whole number)."""
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


class OffScale(Exception):
    """A figure has more decimals than the unit counts (``decimals`` it needs)."""

    def __init__(self, decimals: int) -> None:
        super().__init__(decimals)
        self.decimals = decimals


class Units:
    """Points counted as integers of 10^-``decimals``; rounding at the campaign's precision."""

    def __init__(self, precision: Decimal, decimals: int) -> None:
        self.decimals = max(decimals, decimals_of(precision))
        self.scale = 10 ** self.decimals
        self.precision = precision
        self._step_n, self._step_d = precision.as_integer_ratio()
        self.known: dict[Decimal, int] = {}  # figures converted, by value (read-only)
        self.step = self.of(precision)  # the precision, in units

    @classmethod
    def covering(cls, precision: Decimal, figures: Iterable[Decimal]) -> Units:
        """The unit that counts ``precision`` and every one of ``figures`` exactly."""
        return cls(precision, max((decimals_of(f) for f in figures), default=0))

    def of(self, value: Decimal) -> int:
        """``value`` in units, exactly (:class:`OffScale` if it has more decimals)."""
        try:
            return self.known[value]  # entered scores take few distinct values
        except (KeyError, TypeError):  # not seen yet (TypeError: a signalling NaN)
            pass
        shifted = value.scaleb(self.decimals)
        whole = int(shifted)
        if whole != shifted:
            raise OffScale(decimals_of(value))
        if len(self.known) < _KNOWN_MOST:
            self.known[value] = whole
        return whole

    def to_decimal(self, units: int) -> Decimal:
        """``units`` as points (a Decimal with this unit's exponent)."""
        return Decimal(units).scaleb(-self.decimals)

    def rounded(self, numerator: int, denominator: int) -> int:
        """numerator ÷ denominator (> 0) rounded half away from zero to a multiple of the
        precision, in units."""
        whole, rest = divmod(abs(numerator) * self._step_d, denominator * self._step_n)
        if 2 * rest >= denominator * self._step_n:
            whole += 1
        return (-whole if numerator < 0 else whole) * self.step

    def finisher(self, low: Decimal, high: Decimal) -> Callable[[int, int], int]:
        """Clamp an exact result n/d to [low, high], round it half away from zero to the
        precision, and clamp again if a bound is not a multiple of the precision; in units.
        (The integer twin of :func:`~.plan.finisher`.)"""
        low_n, low_d = low.as_integer_ratio()
        high_n, high_d = high.as_integer_ratio()
        low_u, high_u = self.of(low), self.of(high)
        on_grid = low % self.precision == 0 and high % self.precision == 0
        rounded = self.rounded

        def finish(numerator: int, denominator: int) -> int:
            if numerator * high_d > high_n * denominator:
                numerator, denominator = high_n, high_d
            elif numerator * low_d < low_n * denominator:
                numerator, denominator = low_n, low_d
            points = rounded(numerator, denominator)
            return points if on_grid else max(low_u, min(high_u, points))

        return finish
