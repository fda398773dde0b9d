"""A small, safe arithmetic language for criteria that the built-in rules do not cover.

Expressions are parsed with :mod:`ast` and walked node by node; nothing is compiled or
evaluated by Python. Allowed: numbers, indicator names, ``+ - * / % **`` (exponent a
literal of at most 10), comparisons, ``and``/``or``/``not``, ``a if cond else b`` and the
functions ``min``, ``max``, ``abs``, ``target(name)``. Division by zero gives 0.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable, Mapping
from decimal import Decimal, DecimalException

from .numbers import ZERO

__all__ = ["Formula", "FormulaError"]

_MAX_LENGTH = 500
_MAX_EXPONENT = 10
_BINOPS: dict[type[ast.operator], Callable[[Decimal, Decimal], Decimal]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_COMPARE: dict[type[ast.cmpop], Callable[[Decimal, Decimal], bool]] = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}
_FUNCTIONS = {"min", "max", "abs", "target"}


class FormulaError(ValueError):
    """The expression uses something the formula language does not allow."""


class Formula:
    """A parsed, checked expression over named indicators."""

    def __init__(self, source: str) -> None:
        if len(source) > _MAX_LENGTH:
            raise FormulaError(f"is longer than {_MAX_LENGTH} characters")
        try:
            tree = ast.parse(source.strip(), mode="eval")
        except SyntaxError as exc:
            raise FormulaError(f"is not a valid expression ({exc.msg})") from None
        names: set[str] = set()
        for node in ast.walk(tree):
            _check(node, names)
        self.source = source
        self.names = frozenset(names)
        self._tree = tree.body

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Formula) and other.source == self.source

    def __hash__(self) -> int:
        return hash(self.source)

    def __repr__(self) -> str:
        return f"Formula({self.source!r})"

    def evaluate(self, values: Mapping[str, Decimal], targets: Mapping[str, Decimal]) -> Decimal:
        """Value of the expression; a missing indicator or target counts as 0.

        Arithmetic that has no finite answer (0 ** 0, a root of a negative number, an
        overflow) gives 0, as division by zero does, so one member's figures cannot stop
        the scoring of the bloc.
        """
        try:
            result = _eval(self._tree, values, targets)
            number = Decimal(int(result)) if isinstance(result, bool) else result
        except (DecimalException, OverflowError):
            return ZERO
        return number if number.is_finite() else ZERO


def _check(node: ast.AST, names: set[str]) -> None:
    allowed = (
        ast.Expression, ast.BinOp, ast.UnaryOp, ast.Compare, ast.BoolOp, ast.IfExp,
        ast.Constant, ast.Name, ast.Call, ast.Load, ast.operator, ast.unaryop, ast.cmpop,
        ast.boolop,
    )
    if not isinstance(node, allowed):
        raise FormulaError(f"may not contain {type(node).__name__} ({ast.unparse(node)!r})"
                           if isinstance(node, ast.expr) else
                           f"may not contain {type(node).__name__}")
    if isinstance(node, ast.operator) and type(node) not in _BINOPS:
        raise FormulaError(f"may not use the operator {type(node).__name__}")
    if isinstance(node, ast.unaryop) and not isinstance(node, ast.USub | ast.UAdd | ast.Not):
        raise FormulaError(f"may not use the operator {type(node).__name__}")
    if isinstance(node, ast.Constant) and (
        isinstance(node.value, bool) or not isinstance(node.value, int | float)
    ):
        raise FormulaError(f"may only contain numbers, not {node.value!r}")
    if isinstance(node, ast.Constant) and isinstance(node.value, float) \
            and not math.isfinite(node.value):
        raise FormulaError(f"numbers must be finite, not {ast.unparse(node)!r}")
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
        exponent = node.right
        if not (isinstance(exponent, ast.Constant) and isinstance(exponent.value, int | float)
                and abs(exponent.value) <= _MAX_EXPONENT):
            raise FormulaError(f"exponents must be literal numbers up to {_MAX_EXPONENT}")
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in _FUNCTIONS:
            raise FormulaError(
                f"may only call {', '.join(sorted(_FUNCTIONS))}, not {ast.unparse(node.func)!r}"
            )
        if node.keywords:
            raise FormulaError("function calls take no keyword arguments")
        if node.func.id in {"min", "max"} and not node.args:
            raise FormulaError(f"{node.func.id}() needs at least one argument")
        if node.func.id == "abs" and len(node.args) != 1:
            raise FormulaError("abs() takes exactly one argument")
        if node.func.id == "target" and not (
            len(node.args) == 1 and isinstance(node.args[0], ast.Name)
        ):
            raise FormulaError("target() takes one indicator name, e.g. target(new_members)")
    if isinstance(node, ast.Name) and node.id not in _FUNCTIONS:
        if node.id.startswith("_"):
            raise FormulaError(f"names may not start with '_' ({node.id!r})")
        names.add(node.id)


def _eval(
    node: ast.expr, values: Mapping[str, Decimal], targets: Mapping[str, Decimal]
) -> Decimal | bool:
    if isinstance(node, ast.Constant):
        return Decimal(repr(node.value))
    if isinstance(node, ast.Name):
        return values.get(node.id, ZERO)
    if isinstance(node, ast.UnaryOp):
        operand = _eval(node.operand, values, targets)
        if isinstance(node.op, ast.Not):
            return not operand
        number = _num(operand)
        return -number if isinstance(node.op, ast.USub) else number
    if isinstance(node, ast.BinOp):
        left = _num(_eval(node.left, values, targets))
        right = _num(_eval(node.right, values, targets))
        if isinstance(node.op, ast.Div | ast.Mod) and right == 0:
            return ZERO
        return _BINOPS[type(node.op)](left, right)
    if isinstance(node, ast.Compare):
        left = _num(_eval(node.left, values, targets))
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            right = _num(_eval(comparator, values, targets))
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.BoolOp):
        results = (_eval(v, values, targets) for v in node.values)
        return all(results) if isinstance(node.op, ast.And) else any(results)
    if isinstance(node, ast.IfExp):
        chosen = node.body if _eval(node.test, values, targets) else node.orelse
        return _eval(chosen, values, targets)
    if isinstance(node, ast.Call):
        assert isinstance(node.func, ast.Name)
        if node.func.id == "target":
            assert isinstance(node.args[0], ast.Name)
            return targets.get(node.args[0].id, ZERO)
        args = [_num(_eval(a, values, targets)) for a in node.args]
        if node.func.id == "abs":
            return abs(args[0])
        return min(args) if node.func.id == "min" else max(args)
    raise FormulaError(f"cannot evaluate {type(node).__name__}")  # unreachable after _check


def _num(value: Decimal | bool) -> Decimal:
    return Decimal(int(value)) if isinstance(value, bool) else value
