"""Formulas over numpy int64 columns: each value an exact numerator/denominator pair.

The vectorised twin of :mod:`.formula`'s closures for large blocs: the expression (already
checked when the formula was read) is compiled once more, node by node, into functions of
whole columns. Every value is a pair of int64 columns (numerator, denominator > 0), not
reduced; a comparison or a truth value is 0 or 1 over 1, as :mod:`.formula` counts
booleans. Before each product or sum the largest magnitude it can reach is worked out from
the operands' actual extremes; if it could pass int64 the column is scored by the
formula's own exact function instead (:class:`~.npcolumns.Overflow`). Division and
remainder by zero give 0, as in :mod:`.formula`.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any

import numpy as np

from .blocstats import BlocStats
from .criteria import Criterion
from .kernels import Source
from .npcolumns import ArrayKernel, Int, Ints, bound, fits, vector_finisher
from .rules import FormulaRule
from .units import Units

__all__ = ["formula_kernel"]


class _Q:
    """A column (or a constant) of exact ratios n / d, d > 0, with their largest
    magnitudes."""

    __slots__ = ("d", "d_most", "n", "n_most")

    def __init__(self, n: Int, d: Int) -> None:
        self.n, self.d = n, d
        self.n_most, self.d_most = bound(n), bound(d)


_ONE = _Q(1, 1)


class _Env:
    """What a formula reads for a column: whole values and targets, the bloc figures."""

    def __init__(self, source: Source, stats: BlocStats) -> None:
        self.source, self.stats = source, stats
        self._values: dict[str, _Q] = {}
        self._targets: dict[str, _Q] = {}

    def value(self, key: str) -> _Q:
        found = self._values.get(key)
        if found is None:
            whole = self.source.whole_ints(key)
            if whole is None:
                raise _Decimals
            found = self._values[key] = _Q(whole, 1)
        return found

    def target(self, key: str) -> _Q:
        found = self._targets.get(key)
        if found is None:
            if self.source.fractional(key):
                raise _Decimals
            found = self._targets[key] = _Q(self.source.goal_ints(key)[0], 1)
        return found


class _Decimals(Exception):
    """A value or target the formula reads has decimals: the exact function scores it."""


_Node = Callable[[_Env], _Q]


def _truth(flags: Int) -> _Q:
    return _Q(np.asarray(flags, dtype=np.int64) if not isinstance(flags, int) else flags, 1)


def _mul(a: _Q, b: _Q) -> _Q:
    fits(a.n_most * b.n_most, a.d_most * b.d_most)
    return _Q(a.n * b.n, a.d * b.d)


def _add(a: _Q, b: _Q, sign: int = 1) -> _Q:
    fits(a.n_most * b.d_most + b.n_most * a.d_most, a.d_most * b.d_most)
    return _Q(a.n * b.d + sign * b.n * a.d, a.d * b.d)


def _div(a: _Q, b: _Q) -> _Q:
    """a ÷ b, 0 where b is 0."""
    fits(a.n_most * b.d_most, a.d_most * b.n_most)
    zero = np.equal(b.n, 0)
    return _Q(np.where(zero, 0, a.n * b.d * np.sign(b.n)),
              np.where(zero, 1, a.d * np.abs(b.n)))


def _mod(a: _Q, b: _Q) -> _Q:
    """a − b × trunc(a ÷ b) (the sign of a), 0 where b is 0."""
    fits(a.n_most * b.d_most, a.d_most * b.n_most)
    top, bottom = a.n * b.d, a.d * b.n
    zero = np.equal(bottom, 0)
    whole = np.sign(top) * np.sign(bottom) * (np.abs(top) // np.where(zero, 1, np.abs(bottom)))
    most = a.n_most * b.d_most  # |trunc| is at most |top|
    fits(b.n_most * most * a.d_most, a.n_most * b.d_most + b.n_most * most * a.d_most,
         a.d_most * b.d_most)
    return _Q(np.where(zero, 0, a.n * b.d - b.n * whole * a.d), np.where(zero, 1, a.d * b.d))


def _less(a: _Q, b: _Q) -> Int:
    fits(a.n_most * b.d_most, b.n_most * a.d_most)
    return np.less(a.n * b.d, b.n * a.d)


def _pick(a: _Q, b: _Q, take_b: Int) -> _Q:
    return _Q(np.where(take_b, b.n, a.n), np.where(take_b, b.d, a.d))


_COMPARE: dict[type[ast.cmpop], Callable[[Int, Int], Int]] = {
    ast.Lt: np.less, ast.LtE: np.less_equal, ast.Gt: np.greater,
    ast.GtE: np.greater_equal, ast.Eq: np.equal, ast.NotEq: np.not_equal,
}


def _compare(op: Callable[[Int, Int], Int], a: _Q, b: _Q) -> Int:
    fits(a.n_most * b.d_most, b.n_most * a.d_most)
    return op(a.n * b.d, b.n * a.d)


def _negative(value: _Q) -> _Q:
    return _Q(-value.n, value.d)


def _absolute(value: _Q) -> _Q:
    return _Q(np.abs(value.n), value.d)


def _power(value: _Q, power: int) -> _Q:
    if power < 0:  # 1 ÷ value, 0 where value is 0 (as 0 ** -n gives 0)
        value = _div(_ONE, value)
    found = _ONE
    for _ in range(abs(power)):
        found = _mul(found, value)
    return found


class _Compiler:
    def compile(self, node: ast.AST) -> _Node:
        handler: Callable[[_Compiler, Any], _Node] = _HANDLERS[type(node)]
        return handler(self, node)

    def constant(self, node: ast.Constant) -> _Node:
        value = node.value
        assert isinstance(value, int | float)  # the formula was checked when read
        number = Fraction(repr(value)) if isinstance(value, float) else Fraction(value)
        fits(abs(number.numerator), number.denominator)
        found = _Q(number.numerator, number.denominator)
        return lambda env: found

    def name(self, node: ast.Name) -> _Node:
        key = node.id
        return lambda env: env.value(key)

    def unary(self, node: ast.UnaryOp) -> _Node:
        operand = self.compile(node.operand)
        if isinstance(node.op, ast.Not):
            return lambda env: _truth(np.equal(operand(env).n, 0))
        if isinstance(node.op, ast.USub):
            return lambda env: _negative(operand(env))
        return operand

    def binary(self, node: ast.BinOp) -> _Node:
        left, right = self.compile(node.left), self.compile(node.right)
        if isinstance(node.op, ast.Pow):
            exponent = node.right
            sign = -1 if isinstance(exponent, ast.UnaryOp) else 1
            literal = exponent.operand if isinstance(exponent, ast.UnaryOp) else exponent
            assert isinstance(literal, ast.Constant) and isinstance(literal.value, int)
            power = sign * literal.value
            return lambda env: _power(left(env), power)
        apply = _BINOPS[type(node.op)]
        return lambda env: apply(left(env), right(env))

    def compare(self, node: ast.Compare) -> _Node:
        first = self.compile(node.left)
        pairs = [(_COMPARE[type(op)], self.compile(c))
                 for op, c in zip(node.ops, node.comparators, strict=True)]

        def evaluate(env: _Env) -> _Q:
            left = first(env)
            holds: Int = 1
            for test, comparator in pairs:
                right = comparator(env)
                holds = np.logical_and(holds, _compare(test, left, right))
                left = right
            return _truth(holds)

        return evaluate

    def boolean(self, node: ast.BoolOp) -> _Node:
        parts = [self.compile(v) for v in node.values]
        every = isinstance(node.op, ast.And)

        def evaluate(env: _Env) -> _Q:
            flags = [np.not_equal(part(env).n, 0) for part in parts]
            combine = np.logical_and if every else np.logical_or
            found = flags[0]
            for flag in flags[1:]:
                found = combine(found, flag)
            return _truth(found)

        return evaluate

    def choice(self, node: ast.IfExp) -> _Node:
        test, body, orelse = (self.compile(n) for n in (node.test, node.body, node.orelse))

        def evaluate(env: _Env) -> _Q:
            return _pick(orelse(env), body(env), np.not_equal(test(env).n, 0))

        return evaluate

    def call(self, node: ast.Call) -> _Node:
        assert isinstance(node.func, ast.Name)
        function = node.func.id
        if function == "members":
            return lambda env: _Q(env.stats.members, 1)
        if function in _ON_NAME:
            assert isinstance(node.args[0], ast.Name)
            return _ON_NAME[function](node.args[0].id)
        args = [self.compile(a) for a in node.args]
        if function == "abs":
            only = args[0]
            return lambda env: _absolute(only(env))
        keep_smaller = function == "min"

        def extreme(env: _Env) -> _Q:
            found = args[0](env)
            for arg in args[1:]:
                other = arg(env)
                found = _pick(found, other, _less(other, found) if keep_smaller
                              else _less(found, other))
            return found

        return extreme

    def expression(self, node: ast.Expression) -> _Node:
        return self.compile(node.body)


def _figure(pick: Callable[[BlocStats, str], Any]) -> Callable[[str], _Node]:
    def make(key: str) -> _Node:
        def evaluate(env: _Env) -> _Q:
            value = pick(env.stats, key)
            fits(abs(value.numerator), value.denominator)
            return _Q(value.numerator, value.denominator)
        return evaluate
    return make


_ON_NAME: Mapping[str, Callable[[str], _Node]] = {
    "target": lambda key: lambda env: env.target(key),
    "has_target": lambda key: lambda env: _truth(np.not_equal(env.target(key).n, 0)),
    "best": _figure(lambda stats, key: stats.of(key).best.value),
    "worst": _figure(lambda stats, key: stats.of(key).worst.value),
    "best_ratio": _figure(lambda stats, key: stats.of(key).best_ratio.value),
}
_BINOPS: dict[type[ast.operator], Callable[[_Q, _Q], _Q]] = {
    ast.Add: _add, ast.Sub: lambda a, b: _add(a, b, -1), ast.Mult: _mul, ast.Div: _div,
    ast.Mod: _mod,
}
_HANDLERS: dict[type[ast.AST], Callable[[_Compiler, Any], _Node]] = {
    ast.Expression: _Compiler.expression,
    ast.Constant: _Compiler.constant,
    ast.Name: _Compiler.name,
    ast.UnaryOp: _Compiler.unary,
    ast.BinOp: _Compiler.binary,
    ast.Compare: _Compiler.compare,
    ast.BoolOp: _Compiler.boolean,
    ast.IfExp: _Compiler.choice,
    ast.Call: _Compiler.call,
}


def formula_kernel(rule: FormulaRule, criterion: Criterion, units: Units) -> ArrayKernel:
    """The formula over whole columns, clamped and rounded as the criterion's points."""
    tree = ast.parse(rule.formula.source.strip(), mode="eval")
    run = _Compiler().compile(tree)
    finish = vector_finisher(units, criterion.lowest, criterion.highest)

    def column(source: Source, stats: BlocStats) -> Ints | None:
        try:
            found = run(_Env(source, stats))
        except _Decimals:
            return None
        size = len(source.ids)
        numerators = np.broadcast_to(np.asarray(found.n, dtype=np.int64), (size,))
        denominators = np.broadcast_to(np.asarray(found.d, dtype=np.int64), (size,))
        return finish(numerators, denominators)

    return column
