"""A formula the language refuses says what it met and what is allowed, in English from
``str()`` and in Vietnamese from its message (docs/scoring.md, "Formulas": refused when the
table is read, with the criterion named; docs/plugins.md)."""

from __future__ import annotations

import ast
from decimal import Decimal

import pytest

from emulation_core.formula import Formula, FormulaError
from emulation_core.messages import render

D = Decimal
# the functions docs/scoring.md lists
FUNCTIONS = ("abs", "best", "best_ratio", "has_target", "max", "members", "min", "target",
             "worst")


def refusal(source: str) -> FormulaError:
    with pytest.raises(FormulaError) as caught:
        Formula(source)
    return caught.value


@pytest.mark.parametrize(("source", "key", "values"), [
    ("a.b", "formula.node", {"node": "Attribute", "shown": " ('a.b')"}),
    ("min(*a)", "formula.node", {"node": "Starred", "shown": " ('*a')"}),
    ("'x' + a", "formula.not_number", {"value": "'x'"}),
    ("_a + 1", "formula.underscore", {"name": "'_a'"}),
    ("~a", "formula.operator", {"operator": "Invert"}),
    ("a // 2", "formula.operator", {"operator": "FloorDiv"}),
    ("a << 2", "formula.operator", {"operator": "LShift"}),
    ("a ** 11", "formula.exponent", {"limit": "10"}),
    ("a ** b", "formula.exponent", {"limit": "10"}),
    ("a is b", "formula.comparison", {"operator": "Is"}),
    ("a in b", "formula.comparison", {"operator": "In"}),
    ("sqrt(a)", "formula.call", {"allowed": ", ".join(FUNCTIONS), "name": "'sqrt'"}),
    ("best(a + 1)", "formula.one_indicator", {"function": "best"}),
    ("target(1)", "formula.one_indicator", {"function": "target"}),
    ("min()", "formula.needs_args", {"function": "min"}),
    ("-" * 499 + "a", "formula.too_deep", {}),
])
def test_a_refusal_names_what_the_formula_met(source: str, key: str,
                                              values: dict[str, str]) -> None:
    error = refusal(source)
    assert (error.message.key, dict(error.message.values)) == (key, values)
    assert str(error) == render(key, "en", **values)
    assert error.message.text("vi") == render(key, "vi", **values) != str(error)


def test_a_float_literal_too_large_is_named_as_python_reads_it() -> None:
    source = "1e999 * a"
    literal = ast.unparse(ast.parse(source, mode="eval").body.left)  # type: ignore[attr-defined]
    error = refusal(source)
    assert (error.message.key, dict(error.message.values)) \
        == ("formula.not_finite", {"value": repr(literal)})


def test_a_syntax_error_gives_pythons_reason() -> None:
    source = "a + * 2"
    with pytest.raises(SyntaxError) as python:
        ast.parse(source, mode="eval")
    error = refusal(source)
    assert (error.message.key, dict(error.message.values)) \
        == ("formula.syntax", {"detail": python.value.msg})
    assert python.value.msg in str(error)


@pytest.mark.parametrize("raised", [ValueError, MemoryError, RecursionError])
def test_text_python_cannot_parse_at_all_is_refused_naming_why(
        monkeypatch: pytest.MonkeyPatch, raised: type[Exception]) -> None:
    """Older Pythons raise ValueError for NUL bytes, and a parser may run out of stack:
    either is a refusal, never a traceback."""
    def parse(*args: object, **kwargs: object) -> ast.AST:
        raise raised("no")

    monkeypatch.setattr(ast, "parse", parse)
    error = refusal("a + 1")
    assert (error.message.key, dict(error.message.values)) \
        == ("formula.unreadable", {"detail": raised.__name__})
    assert raised.__name__ in str(error)


def test_a_formula_of_500_characters_is_read_and_a_longer_one_refused() -> None:
    longest = "max(" + "a, " * 164 + "100)"
    assert len(longest) == 500
    assert Formula(longest).evaluate({"a": D(300)}, {}) == 300
    error = refusal(longest + " ")
    assert (error.message.key, dict(error.message.values)) \
        == ("formula.too_long", {"limit": "500"})
