"""Rules as column kernels: one call scores a criterion for many members, in units.

A kernel takes a :class:`Source` (the members scored on the criterion: submission counts,
criterion assigned; their values and targets) and the criterion's bloc figures, and gives
each member's computed points as integers of :class:`~.units.Units`, or None for a judged
criterion (nothing to compute). The built-in rules have integer kernels over whole-number
columns: one exact numerator ÷ denominator per member, rounded half away from zero once at
the precision, with the rule's own clamps. Any other rule (formulas, plugins' rules), or a
column holding a value or target with decimals, computes through the rule's own
``compiled`` function with an integer ``finish`` (the same arithmetic, in units).

From :data:`VECTOR_FROM` members on, when numpy is installed (the ``fast`` extra), the
comparative, per-occurrence, bonus/deduction and formula rules score through their
vectorised twins in :mod:`.npcolumns` (imported then, never for small blocs); a column
whose figures could pass int64 stays with the kernels here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from .blocstats import BlocStats
from .criteria import Criterion
from .exact import FRACTION_ZERO
from .intmatrix import Matrix, taken
from .rules import (
    AdjustmentRule,
    Finish,
    PerOccurrenceRule,
    RelativeRule,
    TargetRule,
    YesNoRule,
)
from .units import Units

if TYPE_CHECKING:
    from .npcolumns import Bools, Ints

__all__ = ["COLUMNS_FROM", "VECTOR_FROM", "Column", "Kernel", "Source", "kernel_for", "vectorised"]

VECTOR_FROM = 1_000
"""Columns of this many scored members or more go to numpy when it is installed."""
COLUMNS_FROM = 1_000
"""Blocs of this many members or more are ranked by the columnar engine (:mod:`.colengine`)
when numpy is installed and it can count them."""

Column = list[int | None]
"""Computed points per member, in units (None: nothing computed)."""


class Source:
    """What a kernel reads for ``ids``: Decimal values and targets by id, and the same as
    integers (the whole values in ``matrix``, whose reports ``positions`` picks in the order
    of ``ids``, None: all of them; ``targets_whole`` in the order of ``ids``)."""

    __slots__ = ("fractional", "ids", "matrix", "positions", "targets", "targets_whole",
                 "values")

    def __init__(self, ids: list[str], values: Mapping[str, Mapping[str, Decimal]],
                 targets: Mapping[str, Mapping[str, Decimal]], matrix: Matrix,
                 positions: list[int] | None, targets_whole: Sequence[Mapping[str, int]],
                 fractional: Callable[[str], bool]) -> None:
        self.ids = ids
        self.values = values
        self.targets = targets
        self.matrix = matrix
        self.positions = positions
        self.targets_whole = targets_whole
        self.fractional = fractional

    def whole(self, key: str) -> list[int] | None:
        """The indicator's values as integers (0 when not reported), or None when one of
        them, or a target for it, has decimals."""
        if self.fractional(key):
            return None
        return taken(self.matrix.values(key), self.positions)

    def target_column(self, key: str) -> list[int | None]:
        """Registered targets (0: a registered "no target"; None: not entered)."""
        return [t.get(key) for t in self.targets_whole]

    def whole_ints(self, key: str) -> Ints | None:
        """:meth:`whole` as an int64 column (:class:`~.npcolumns.Overflow` if it cannot be)."""
        from .npcolumns import array
        values = self.whole(key)
        return None if values is None else array(values)

    def goal_ints(self, key: str) -> tuple[Ints, Bools]:
        """:meth:`target_column` as an int64 column (0 for none) and where none is entered."""
        from .npcolumns import array, flags
        entered = self.target_column(key)
        return array([0 if t is None else t for t in entered]), flags([t is None for t in entered])


Kernel = Callable[[Source, BlocStats], Column]
_Fast = Callable[[Source, BlocStats], Sequence[int] | None]
_IntPoints = Callable[[Mapping[str, Decimal], Mapping[str, Decimal], BlocStats], int]


def kernel_for(criterion: Criterion, units: Units,
               failed: Callable[[Exception], None]) -> Kernel | None:
    """The criterion's kernel (None when it computes nothing: a judged criterion). A rule
    that raises computes 0 and ``failed`` is told (the scoreboard warns once)."""
    generic = _generic(criterion, units, failed)
    if generic is None:
        return None
    fast = _fast(criterion, units)
    vector: list[_Fast | None] = []  # made on the first large column

    def kernel(source: Source, stats: BlocStats) -> Column:
        if len(source.ids) >= VECTOR_FROM:
            if not vector:
                vector.append(_vector_kernel(criterion, units))
            if vector[0] is not None:
                found = _vectorised(vector[0], source, stats)
                if found is not None:
                    return list(found)
        found = None if fast is None else fast(source, stats)
        return generic(source, stats) if found is None else list(found)

    return kernel


def vectorised() -> bool:
    """Whether numpy is installed, so large columns can be vectorised."""
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


def _vector_kernel(criterion: Criterion, units: Units) -> _Fast | None:
    if not vectorised():
        return None
    from . import npcolumns
    try:
        return npcolumns.kernel(criterion, units)
    except (npcolumns.Overflow, OverflowError):  # a constant past int64
        return None


def _vectorised(vector: _Fast, source: Source, stats: BlocStats) -> Sequence[int] | None:
    from .npcolumns import Overflow
    try:
        return vector(source, stats)
    except (Overflow, OverflowError):  # figures past int64: the pure kernel counts them
        return None


def _generic(criterion: Criterion, units: Units,
             failed: Callable[[Exception], None]) -> Kernel | None:
    finish = units.finisher(criterion.lowest, criterion.highest)
    try:
        # Rules hand their exact result to ``finish`` and return what it gives: here units.
        compiled = criterion.rule.compiled(criterion.max_points, cast(Finish, finish))
    except Exception as exc:  # a plugin's rule must not stop scoring
        failed(exc)
        zero = finish(0, 1)
        return lambda source, stats: [zero] * len(source.ids)
    if compiled is None:
        return None
    scorer = cast(_IntPoints, compiled)

    def column(source: Source, stats: BlocStats) -> Column:
        found: Column = []
        values, targets = source.values, source.targets
        for member_id in source.ids:
            try:
                found.append(scorer(values[member_id], targets[member_id], stats))
            except Exception as exc:  # a plugin's rule must not stop scoring
                failed(exc)
                found.append(0)
        return found

    return column


def _linear(units: Units, low: Decimal, high: Decimal,
            ) -> Callable[[Sequence[int], int], list[int]]:
    """finish(n / den) for each n of a column sharing the denominator den > 0: clamped to
    [low, high], rounded half away from zero at the precision, in units."""
    finish = units.finisher(low, high)
    low_n, low_d = low.as_integer_ratio()
    high_n, high_d = high.as_integer_ratio()
    top, bottom = finish(high_n, high_d), finish(low_n, low_d)
    step_n, step_d = units.precision.as_integer_ratio()
    step = units.step
    on_grid = low % units.precision == 0 and high % units.precision == 0

    def points(numerators: Sequence[int], den: int) -> list[int]:
        if not on_grid:
            return [finish(n, den) for n in numerators]
        above, below = high_n * den, low_n * den
        half, whole = den * step_n, 2 * den * step_n
        twice = 2 * step_d
        return [top if n * high_d > above else bottom if n * low_d < below
                else (n * twice + half) // whole * step if n >= 0 else finish(n, den)
                for n in numerators]

    return points


def _fast(criterion: Criterion, units: Units) -> _Fast | None:
    """The integer kernel of a built-in rule over whole-number columns (None: none)."""
    rule = criterion.rule
    kind = type(rule)
    if kind is YesNoRule:
        return _yes_no(cast(YesNoRule, rule), criterion, units)
    if kind is RelativeRule:
        return _relative(cast(RelativeRule, rule), criterion, units)
    if kind is PerOccurrenceRule:
        return _per_occurrence(cast(PerOccurrenceRule, rule), criterion, units)
    if kind is TargetRule:
        return _target(cast(TargetRule, rule), criterion, units)
    if kind is AdjustmentRule:
        return _adjustment(cast(AdjustmentRule, rule), criterion, units)
    return None


def _yes_no(rule: YesNoRule, criterion: Criterion, units: Units) -> _Fast:
    finish = units.finisher(criterion.lowest, criterion.highest)
    done, undone = finish(*criterion.max_points.as_integer_ratio()), finish(0, 1)
    key = rule.indicator

    def column(source: Source, stats: BlocStats) -> list[int] | None:
        values = source.whole(key)
        return None if values is None else [done if v > 0 else undone for v in values]

    return column


def _relative(rule: RelativeRule, criterion: Criterion, units: Units) -> _Fast:
    """max × result ÷ the bloc's best (0 for everyone when the best is 0 or less)."""
    linear = _linear(units, criterion.lowest, criterion.highest)
    nothing = units.finisher(criterion.lowest, criterion.highest)(0, 1)
    top_n, top_d = criterion.max_points.as_integer_ratio()
    key = rule.indicator

    def column(source: Source, stats: BlocStats) -> list[int] | None:
        values = source.whole(key)
        if values is None:
            return None
        best = stats.of(key).best.value
        if best.numerator <= 0:
            return [nothing] * len(values)
        factor = top_n * best.denominator
        return linear([factor * v for v in values], top_d * best.numerator)

    return column


def _per_occurrence(rule: PerOccurrenceRule, criterion: Criterion, units: Units) -> _Fast:
    """count × points each, capped at the maximum (the clamp to the bounds caps it)."""
    linear = _linear(units, criterion.lowest, criterion.highest)
    each_n, each_d = rule.points_each.as_integer_ratio()
    key = rule.indicator

    def column(source: Source, stats: BlocStats) -> list[int] | None:
        values = source.whole(key)
        return None if values is None else linear([each_n * v for v in values], each_d)

    return column


def _adjustment(rule: AdjustmentRule, criterion: Criterion, units: Units) -> _Fast:
    """Σ count × points each over the items, clamped to [floor, ceiling]."""
    finish = units.finisher(criterion.lowest, criterion.highest)
    linear = _linear(units, criterion.lowest, criterion.highest)
    items = [(i.indicator, *i.points_each.as_integer_ratio()) for i in rule.items]
    den = 1
    for _, _, each_d in items:
        den *= each_d
    weights = [(key, each_n * (den // each_d)) for key, each_n, each_d in items]
    floor_n, floor_d = rule.floor.as_integer_ratio()
    ceiling_n, ceiling_d = rule.ceiling.as_integer_ratio()
    at_floor, at_ceiling = finish(floor_n, floor_d), finish(ceiling_n, ceiling_d)
    above, below = ceiling_n * den, floor_n * den

    def column(source: Source, stats: BlocStats) -> list[int] | None:
        sums = [0] * len(source.ids)
        for key, weight in weights:
            values = source.whole(key)
            if values is None:
                return None
            sums = [s + weight * v for s, v in zip(sums, values, strict=True)]
        inside = linear(sums, den)
        return [at_ceiling if n * ceiling_d > above else at_floor if n * floor_d < below
                else points for n, points in zip(sums, inside, strict=True)]

    return column


def _target(rule: TargetRule, criterion: Criterion, units: Units) -> _Fast:
    """The target rule (see rules.TargetRule) on whole results and targets."""
    finish = units.finisher(criterion.lowest, criterion.highest)
    nothing = finish(0, 1)
    maximum = criterion.max_points
    top_n, top_d = maximum.as_integer_ratio()
    share = rule.over_share
    base_n, base_d = (maximum * (1 - share)).as_integer_ratio()
    kept_n, kept_d = (maximum * share).as_integer_ratio()
    at_base = finish(base_n, base_d)
    by_ratio = rule.over_measure.value == "ratio"
    wait_for_target = rule.not_entered.value == "zero"
    key = rule.indicator

    def column(source: Source, stats: BlocStats) -> list[int] | None:
        values = source.whole(key)
        if values is None:
            return None
        figures = stats.of(key)
        best = rule.untargeted_best(figures)
        best_n, best_d = best.numerator, best.denominator
        over = rule.best_over(figures) if share else FRACTION_ZERO
        over_n, over_d = over.numerator, over.denominator
        found: list[int] = []
        append = found.append
        for got, goal in zip(values, source.target_column(key), strict=True):
            if not goal:
                if (goal is None and wait_for_target) or best_n <= 0:
                    append(nothing)
                else:
                    append(finish(top_n * got * best_d, top_d * best_n))
            elif got <= goal:
                append(finish(base_n * got, base_d * goal))
            elif over_n <= 0:
                append(at_base)
            else:  # base + kept × (over ÷ best over), over as a ratio or a difference
                extra_n = kept_n * (got - goal) * over_d
                extra_d = kept_d * (goal if by_ratio else 1) * over_n
                append(finish(base_n * extra_d + extra_n * base_d, base_d * extra_d))
        return found

    return column
