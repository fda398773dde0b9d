"""The formula language: every construct the evaluator lacks is refused; bloc functions."""

from __future__ import annotations

import ast
import datetime as dt
import re
import tomllib
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emulation_core import (
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    Formula,
    FormulaError,
    FormulaRule,
    Indicator,
    Member,
    PeriodKind,
    Scoreboard,
    Section,
    Status,
    Submission,
    TargetRule,
)
from emulation_core import formula as language
from emulation_core.formula import HANDLED_NODES

D = Decimal
HUNDRED = D(100)
DOCS = Path(__file__).resolve().parents[2] / "docs"


def _node_classes() -> list[type[ast.AST]]:
    return sorted({c for c in vars(ast).values() if isinstance(c, type)
                   and issubclass(c, ast.AST) and c is not ast.AST},
                  key=lambda c: c.__name__)


def _inside(node: ast.AST) -> ast.Expression:
    """``node`` placed where a formula could hold it."""
    one = ast.Constant(1)
    if isinstance(node, ast.operator):
        return ast.Expression(ast.BinOp(one, node, one))
    if isinstance(node, ast.unaryop):
        return ast.Expression(ast.UnaryOp(node, one))
    if isinstance(node, ast.cmpop):
        return ast.Expression(ast.Compare(one, [node], [one]))
    if isinstance(node, ast.boolop):
        return ast.Expression(ast.BoolOp(node, [one, one]))
    return ast.Expression(ast.BinOp(one, ast.Add(), node))  # type: ignore[arg-type]


ALLOWED_OPERATORS = {ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Mod, ast.Pow, ast.USub, ast.UAdd,
                     ast.Not, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq, ast.And,
                     ast.Or}


@pytest.mark.parametrize("kind", _node_classes(), ids=lambda c: c.__name__)
def test_every_ast_node_and_operator_is_implemented_or_refused(kind: type[ast.AST]) -> None:
    if kind in HANDLED_NODES or kind in ALLOWED_OPERATORS:
        return  # implemented: exercised by the evaluation tests
    if kind.__subclasses__():
        return  # an abstract base (expr, operator, …): its concrete classes are walked
    try:
        node = kind()
    except TypeError:
        pytest.skip(f"{kind.__name__} cannot be built bare")
    if type(node) is not kind:
        return  # a deprecated alias (ast.Num, ast.Str, …) that builds a Constant
    with pytest.raises(FormulaError):  # the compiler Formula() runs on every parsed tree
        language._Compiler().compile(_inside(node))


@pytest.mark.parametrize("source", [
    "a is b", "a is not b", "a in b", "a not in b", "a in (1, 2)", "a // 2", "a | b",
    "a & b", "a ^ b", "a >> 1", "~a", "a @ b", "f'{a}'", "[a]", "(a, b)", "{a}", "{a: 1}",
    "a[1]", "a.b", "*a", "lambda: a", "(a := 1)", "a if b else c if d else e.f",
    "min(*a)", "max(**a)", "target(a, b)", "best(a + 1)", "best()", "members(a)",
    "has_target()", "worst(1)", "best_ratio(a, b)", "await a", "(yield a)", "1 < a in b",
    "a ** 0.5", "a ** 11", "a ** -11",
])
def test_constructs_the_evaluator_lacks_are_refused(source: str) -> None:
    with pytest.raises(FormulaError):
        Formula(source)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1.0+-*/%<>=!() ifelsnotandorminxbestworst_ratiohmr,", max_size=40))
def test_what_the_language_accepts_evaluates_without_error(source: str) -> None:
    try:
        formula = Formula(source)
    except FormulaError:
        return
    value = formula.evaluate({"a": D(3), "b": D(0)}, {"a": D(2)})
    assert isinstance(value, Fraction)


# -- reading the bloc ----------------------------------------------------------------------------

def board(expression: str, values: dict[str, Decimal], targets: dict[str, Decimal],
          status: dict[str, Status] | None = None, maximum: Decimal = HUNDRED) -> Scoreboard:
    criterion = Criterion("1.1", "C", maximum, FormulaRule(expression))
    table = CriteriaTable((Section("1", "S", (criterion,)),), {"x": Indicator("x", "x")})
    members = tuple(Member(m, f"Hội {m}", m, "t") for m in values)
    campaign = Campaign("c", "Đợt", PeriodKind.CUSTOM, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), dt.date(2024, 12, 31), table,
                        targets={m: {"x": t} for m, t in targets.items()})
    subs = {m: Submission(m, "c", (status or {}).get(m, Status.SUBMITTED), {"x": v})
            for m, v in values.items()}
    return Scoreboard(Bloc("b", "Khối", members), campaign, {"t": table}, subs)


def points(b: Scoreboard, member: str) -> Decimal:
    return b.breakdown(member)[0].points


VALUES = {"m1": D(30), "m2": D(10), "m3": D(20)}
TARGETS = {"m1": D(20), "m2": D(5)}


@pytest.mark.parametrize(("expression", "expected"), [
    ("best(x)", [30, 30, 30]),
    ("worst(x)", [10, 10, 10]),
    ("best_ratio(x)", [2, 2, 2]),          # m2: 10 / 5
    ("members()", [3, 3, 3]),
    ("has_target(x)", [1, 1, 0]),
    ("x / best(x) * 10", [10, D("3.33"), D("6.67")]),
])
def test_bloc_functions_read_the_members_scored_on_the_criterion(
        expression: str, expected: list[int | Decimal]) -> None:
    b = board(expression, VALUES, TARGETS)
    assert [points(b, m) for m in VALUES] == [D(e) for e in expected]
    assert FormulaRule(expression).comparative is (expression != "has_target(x)")


def test_a_draft_does_not_move_what_a_formula_reads() -> None:
    b = board("best(x) + members()", VALUES, TARGETS, {"m1": Status.DRAFT})
    assert [points(b, m) for m in VALUES] == [D(22)] * 3  # best 20 of m3, 2 members


def test_a_comparative_formula_is_rescored_when_the_bloc_moves() -> None:
    live = board("x / best(x) * 10", VALUES, TARGETS)
    live.update(Submission("m1", "c", Status.SUBMITTED, {"x": D(5)}))
    fresh = board("x / best(x) * 10", {**VALUES, "m1": D(5)}, TARGETS)
    assert [points(live, m) for m in VALUES] == [points(fresh, m) for m in VALUES] \
        == [D("2.5"), D(5), D(10)]
    assert live.ranking == fresh.ranking


def _doc_expression() -> str:
    text = (DOCS / "scoring.md").read_text("utf-8")
    (block,) = [b for b in re.findall(r"```toml\n(.*?)```", text, re.S) if "best_ratio" in b]
    rule = tomllib.loads(block)["sections"]["items"]["rule"]
    assert rule["kind"] == "formula"
    return str(rule["expression"]).replace("blood", "x")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60).map(D), st.none() | st.integers(1, 40).map(D)),
                min_size=1, max_size=5))
def test_the_documented_leader_rule_equals_a_target_rule_with_a_30_percent_share(
        rows: list[tuple[Decimal, Decimal | None]]) -> None:
    values = {f"m{i}": v for i, (v, _) in enumerate(rows)}
    targets = {f"m{i}": t for i, (_, t) in enumerate(rows) if t is not None}
    as_formula = board(_doc_expression(), values, targets, maximum=D(10))
    criterion = Criterion("1.1", "C", D(10), TargetRule("x", D("0.3")))
    table = CriteriaTable((Section("1", "S", (criterion,)),), {"x": Indicator("x", "x")})
    as_target = Scoreboard(as_formula.bloc, Campaign(
        "c", "Đợt", PeriodKind.CUSTOM, 2024, dt.date(2024, 1, 1), dt.date(2024, 12, 31),
        dt.date(2024, 12, 31), table, targets={m: {"x": t} for m, t in targets.items()}),
        {"t": table}, {m: Submission(m, "c", Status.SUBMITTED, {"x": v})
                       for m, v in values.items()})
    for member in values:
        assert points(as_formula, member) == points(as_target, member)


def test_reading_a_formula_prints_no_python_warning() -> None:
    """`1if x else 2` parses, but Python warns about it on stderr: the user must not see that."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Formula("1if x else 2")
    assert [str(w.message) for w in caught] == []
