"""The changes the stability report names: one member's points for one criterion, and the
reported figure that would bring the same result (see :mod:`.stability`)."""

from __future__ import annotations

from decimal import Decimal

from attrs import frozen

from .value_object import ValueObject

__all__ = ["FigureChange", "PointsChange"]


@frozen
class FigureChange(ValueObject):
    """The reported figure that would bring the same result: ``indicator`` from → to, with
    the indicator's label in Vietnamese and English (empty when the table has none)."""

    indicator: str
    old: Decimal
    new: Decimal
    label: str = ""
    label_en: str = ""


@frozen
class PointsChange(ValueObject):
    """One member's points for one criterion changed by ``delta`` (from ``old`` to ``new``),
    and, where the criterion is computed from one figure, the figure that gets there."""

    member: str
    code: str
    old: Decimal
    new: Decimal
    figure: FigureChange | None = None

    @property
    def delta(self) -> Decimal:
        return self.new - self.old
