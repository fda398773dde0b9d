"""A small, safe arithmetic language for criteria that the built-in rules do not cover.

An expression is parsed with :mod:`ast` and compiled, node by node, into Python closures over
exact fractions; nothing is compiled or evaluated by Python itself. Every node type and
operator that has no handler here is refused when the formula is read, so what passes
validation always evaluates. Allowed: numbers, indicator names, ``+ - * / % **`` (the
exponent a whole literal number from -10 to 10), comparisons ``< <= > >= == !=``,
``and``/``or``/``not``, ``a if cond else b`` and the functions ``min``, ``max``, ``abs``,
``target(x)``, ``has_target(x)`` and, reading the bloc, ``best(x)``, ``worst(x)``,
``best_ratio(x)``, ``members()``. Division by zero gives 0.
"""

from __future__ import annotations

import ast
import math
import operator
import warnings
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from .blocstats import BlocStats
from .exact import FRACTION_ZERO
from .messages import Message

__all__ = ["HANDLED_NODES", "Formula", "FormulaError"]

_MAX_LENGTH = 500
_MAX_EXPONENT = 10
_MAX_BITS = 4000  # a power whose result would pass about 10^1200 gives 0, as an overflow

Value = Fraction | bool
Env = tuple[Mapping[str, Decimal], Mapping[str, Decimal], BlocStats]
Node = Callable[[Env], Value]

_NO_STATS = BlocStats()
_ONE = Fraction(1)


def _div(left: Fraction, right: Fraction) -> Fraction:
    return left / right if right else FRACTION_ZERO


def _mod(left: Fraction, right: Fraction) -> Fraction:
    """Remainder with the sign of ``left`` (as decimal arithmetic has it); 0 for ``% 0``."""
    return left - right * math.trunc(left / right) if right else FRACTION_ZERO


_BINOPS: dict[type[ast.operator], Callable[[Fraction, Fraction], Fraction]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: _div,
    ast.Mod: _mod,
}
_COMPARE: dict[type[ast.cmpop], Callable[[Fraction, Fraction], bool]] = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}
_ON_NAME = {"target", "has_target", "best", "worst", "best_ratio"}
_BLOC = {"best", "worst", "best_ratio", "members"}
_FUNCTIONS = {"min", "max", "abs", "members"} | _ON_NAME


class FormulaError(ValueError):
    """The expression uses something the formula language does not allow: ``message``
    says what, as a catalog :class:`~emulation_core.messages.Message` (``str()`` is
    English)."""

    def __init__(self, key: str, /, **values: object) -> None:
        self.message = Message(key, values)
        super().__init__(self.message.text("en"))


def _num(value: Value) -> Fraction:
    return Fraction(int(value)) if isinstance(value, bool) else value


class _Compiler:
    """Turns checked nodes into closures; refuses any node it has no handler for."""

    def __init__(self, source: str = "") -> None:
        self.source = source
        self.names: set[str] = set()
        self.bloc_names: set[str] = set()
        self.uses_bloc = False

    def compile(self, node: ast.AST) -> Node:
        handler = _HANDLERS.get(type(node))
        if handler is None:
            text = ast.get_source_segment(self.source, node)
            shown = f" ({text!r})" if text else ""
            raise FormulaError("formula.node", node=type(node).__name__, shown=shown)
        return handler(self, node)

    def constant(self, node: ast.Constant) -> Node:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise FormulaError("formula.not_number", value=repr(value))
        if isinstance(value, float) and not math.isfinite(value):
            raise FormulaError("formula.not_finite", value=repr(ast.unparse(node)))
        number = Fraction(repr(value)) if isinstance(value, float) else Fraction(value)
        return lambda env: number

    def name(self, node: ast.Name) -> Node:
        key = self._indicator(node)
        return lambda env: Fraction(env[0].get(key, 0))

    def _indicator(self, node: ast.Name) -> str:
        if node.id.startswith("_"):
            raise FormulaError("formula.underscore", name=repr(node.id))
        self.names.add(node.id)
        return node.id

    def unary(self, node: ast.UnaryOp) -> Node:
        operand = self.compile(node.operand)
        if isinstance(node.op, ast.Not):
            return lambda env: not operand(env)
        if isinstance(node.op, ast.USub):
            return lambda env: -_num(operand(env))
        if isinstance(node.op, ast.UAdd):
            return lambda env: _num(operand(env))
        raise FormulaError("formula.operator", operator=type(node.op).__name__)

    def binary(self, node: ast.BinOp) -> Node:
        if isinstance(node.op, ast.Pow):
            return self._power(node)
        apply = _BINOPS.get(type(node.op))
        if apply is None:
            raise FormulaError("formula.operator", operator=type(node.op).__name__)
        left, right = self.compile(node.left), self.compile(node.right)
        return lambda env: apply(_num(left(env)), _num(right(env)))

    def _power(self, node: ast.BinOp) -> Node:
        exponent, sign = node.right, 1
        if isinstance(exponent, ast.UnaryOp) and isinstance(exponent.op, ast.USub):
            exponent, sign = exponent.operand, -1
        if not (isinstance(exponent, ast.Constant) and type(exponent.value) is int
                and exponent.value <= _MAX_EXPONENT):
            raise FormulaError("formula.exponent", limit=str(_MAX_EXPONENT))
        power = sign * exponent.value
        base = self.compile(node.left)

        def evaluate(env: Env) -> Fraction:
            value = _num(base(env))
            if not value and power < 0:
                return FRACTION_ZERO  # 0 ** -n divides by zero
            size = max(value.numerator.bit_length(), value.denominator.bit_length())
            return value ** power if size * abs(power) <= _MAX_BITS else FRACTION_ZERO

        return evaluate

    def compare(self, node: ast.Compare) -> Node:
        tests = []
        for op in node.ops:
            test = _COMPARE.get(type(op))
            if test is None:
                raise FormulaError("formula.comparison", operator=type(op).__name__)
            tests.append(test)
        first = self.compile(node.left)
        rest = [self.compile(c) for c in node.comparators]
        pairs = tuple(zip(tests, rest, strict=True))

        def evaluate(env: Env) -> bool:
            left = _num(first(env))
            for test, comparator in pairs:
                right = _num(comparator(env))
                if not test(left, right):
                    return False
                left = right
            return True

        return evaluate

    def boolean(self, node: ast.BoolOp) -> Node:
        if not isinstance(node.op, ast.And | ast.Or):
            raise FormulaError("formula.operator", operator=type(node.op).__name__)
        parts = tuple(self.compile(v) for v in node.values)
        if isinstance(node.op, ast.And):
            return lambda env: all(part(env) for part in parts)
        return lambda env: any(part(env) for part in parts)

    def choice(self, node: ast.IfExp) -> Node:
        test, body, orelse = (self.compile(n) for n in (node.test, node.body, node.orelse))
        return lambda env: body(env) if test(env) else orelse(env)

    def call(self, node: ast.Call) -> Node:
        if not isinstance(node.func, ast.Name) or node.func.id not in _FUNCTIONS:
            raise FormulaError("formula.call", allowed=", ".join(sorted(_FUNCTIONS)),
                               name=repr(ast.unparse(node.func)))
        if node.keywords:
            raise FormulaError("formula.keywords")
        function = node.func.id
        if function in _BLOC:
            self.uses_bloc = True
        if function == "members":
            if node.args:
                raise FormulaError("formula.members_args")
            return lambda env: Fraction(env[2].members)
        if function in _ON_NAME:
            if not (len(node.args) == 1 and isinstance(node.args[0], ast.Name)):
                raise FormulaError("formula.one_indicator", function=function)
            key = self._indicator(node.args[0])
            if function in _BLOC:
                self.bloc_names.add(key)
            return _NAMED[function](key)
        args = tuple(self.compile(a) for a in node.args)
        if function == "abs":
            if len(args) != 1:
                raise FormulaError("formula.abs_args")
            only = args[0]
            return lambda env: abs(_num(only(env)))
        if not args:
            raise FormulaError("formula.needs_args", function=function)
        pick = min if function == "min" else max
        return lambda env: pick(_num(a(env)) for a in args)

    def expression(self, node: ast.Expression) -> Node:
        return self.compile(node.body)


def _target(key: str) -> Node:
    return lambda env: Fraction(env[1].get(key, 0))


def _has_target(key: str) -> Node:
    return lambda env: bool(env[1].get(key))


def _best(key: str) -> Node:
    return lambda env: env[2].of(key).best.value


def _worst(key: str) -> Node:
    return lambda env: env[2].of(key).worst.value


def _best_ratio(key: str) -> Node:
    return lambda env: env[2].of(key).best_ratio.value


_NAMED: dict[str, Callable[[str], Node]] = {
    "target": _target, "has_target": _has_target, "best": _best, "worst": _worst,
    "best_ratio": _best_ratio,
}
_HANDLERS: dict[type[ast.AST], Callable[[_Compiler, Any], Node]] = {
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
HANDLED_NODES = frozenset(_HANDLERS)
"""The node types the compiler implements; any other node in a formula is refused."""


class Formula:
    """A parsed, checked expression over named indicators, compiled once."""

    def __init__(self, source: str) -> None:
        if len(source) > _MAX_LENGTH:
            raise FormulaError("formula.too_long", limit=str(_MAX_LENGTH))
        try:
            with warnings.catch_warnings():  # Python's own nags ("1if") must not reach users
                warnings.simplefilter("ignore", SyntaxWarning)
                tree = ast.parse(source.strip(), mode="eval")
        except SyntaxError as exc:
            raise FormulaError("formula.syntax", detail=exc.msg) from None
        except (ValueError, MemoryError, RecursionError) as exc:  # NUL bytes, deep nesting
            raise FormulaError("formula.unreadable", detail=type(exc).__name__) from None
        compiler = _Compiler(source.strip())
        try:
            self._run = compiler.compile(tree)
        except RecursionError:
            raise FormulaError("formula.too_deep") from None
        self.source = source
        self.names = frozenset(compiler.names)
        self.bloc_names = frozenset(compiler.bloc_names)
        self.uses_bloc = compiler.uses_bloc

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Formula) and other.source == self.source

    def __hash__(self) -> int:
        return hash(self.source)

    def __repr__(self) -> str:
        return f"Formula({self.source!r})"

    def evaluate(self, values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                 stats: BlocStats = _NO_STATS) -> Fraction:
        """Exact value of the expression; a missing indicator or target counts as 0.

        ``stats`` are the bloc's figures for ``best(x)``, ``worst(x)``, ``best_ratio(x)``
        and ``members()`` (all 0 when not given).
        """
        return _num(self._run((values, targets, stats)))
