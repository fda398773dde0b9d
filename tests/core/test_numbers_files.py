"""Numbers in workspace files: TOML numbers as TOML, strings as typed, limits enforced."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from emulation_cli import main
from emulation_core import PluginRegistry, ValidationError, Workspace


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and p.name != ".emulation.lock"}


def _line(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                if needle in line)


CAMPAIGN = Path("campaigns/c2018/campaign.toml")
HOI_A = Path("campaigns/c2018/submissions/hoi-a.toml")


def _members(root: Path) -> Decimal:
    with Workspace.open(root, registry=PluginRegistry(found=[])) as ws:
        return ws.submissions("c2018")["hoi-a"].values["members"]


@pytest.mark.parametrize(("written", "expected"), [
    ('"1.234,5"', Decimal("1234.5")), ('"250.000.000"', Decimal(250_000_000)),
    ("1.5", Decimal("1.5")), ('"12,5"', Decimal("12.5")), ("1_430", Decimal(1430)),
])
def test_a_toml_string_is_read_as_typed_and_a_toml_number_as_toml(
        written: str, expected: Decimal, make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    _edit(root / HOI_A, "members = 8", f"members = {written}")
    assert _members(root) == expected


def test_a_dot_before_three_digits_groups_thousands_only_in_a_count(
        make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    _edit(root / HOI_A, "members = 8", 'members = "1.430"')
    with pytest.raises(ValidationError) as refused:
        Workspace.open(root, registry=PluginRegistry(found=[]))
    (problem,) = refused.value.problems
    assert (problem.line, problem.field) == (_line(root / HOI_A, "1.430"), "values.members")
    assert "1430" in problem.hint and "1,43" in problem.hint
    _edit(root / HOI_A, '"1.430"', "8")
    with Workspace.open(root, writable=True, registry=PluginRegistry(found=[])) as ws:
        campaign = ws.campaign("c2018")
        counted = attrs.evolve(campaign.table.indicators["members"], integer=True)
        table = attrs.evolve(campaign.table,
                             indicators={**campaign.table.indicators, "members": counted})
        ws.save_campaign(attrs.evolve(campaign, table=table))
    _edit(root / HOI_A, "members = 8", 'members = "1.430"')
    assert _members(root) == 1430


EXTREMES: list[tuple[str, Path, str, str, str, str]] = [
    ("self 1e30", HOI_A, "self = 9.5", "self = 1e30", "criteria.1.3.self", "too large"),
    ("exponent text", HOI_A, "members = 8", 'members = "1e999999"', "values.members",
     "exponent notation"),
    ("5000-digit integer", HOI_A, "members = 8", "members = " + "9" * 5000, "",
     "thousands of digits"),
    ("tiny float", HOI_A, "members = 8", "members = 1e-30", "values.members",
     "more than 6 decimals"),
    ("precision text 1e-30", CAMPAIGN, 'precision = "0.01"', 'precision = "1e-30"',
     "precision", "exponent notation"),
    ("precision too fine", CAMPAIGN, 'precision = "0.01"', "precision = 0.00001",
     "precision", "power of ten from 1 to 0.0001"),
    ("precision above 1", CAMPAIGN, 'precision = "0.01"', "precision = 10",
     "precision", "power of ten from 1 to 0.0001"),
    ("huge target", CAMPAIGN.with_name("targets.toml"), "members = 10",
     "members = 1e20", "hoi-a.members", "too large"),
]


@pytest.mark.parametrize(("case", "file", "old", "new", "field", "message"), EXTREMES,
                         ids=[c[0] for c in EXTREMES])
def test_extreme_numbers_exit_2_naming_file_line_and_field(
        case: str, file: Path, old: str, new: str, field: str, message: str,
        make_ws: Callable[[], Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_ws()
    _edit(root / file, old, new)
    before = _files(root)
    for command in ("validate", "score", "rank"):
        code = main([command, str(root)])
        out = capsys.readouterr()
        text = out.out + out.err
        assert code == 2, text
        assert "Traceback" not in text and "unexpected" not in text
        where = f"{file}:{_line(root / file, new[:40])}: "
        assert where + (f"{field}: " if field else "") in text, text
        assert message in text
    assert _files(root) == before


@pytest.mark.parametrize("value", [Decimal("1E+30"), Decimal("0.0000001"),
                                   Decimal(10) ** 15])
def test_a_number_beyond_the_limits_is_refused_on_save_and_the_workspace_reopens(
        value: Decimal, make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=PluginRegistry(found=[])) as ws:
        sub = ws.submissions("c2018")["hoi-a"]
        with pytest.raises(ValidationError) as refused:
            ws.save_submission(attrs.evolve(sub, values={**sub.values, "members": value}))
    assert "values.members" in str(refused.value)
    assert _members(root) == 8


def test_a_count_must_be_whole_in_a_file_too(make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=PluginRegistry(found=[])) as ws:
        campaign = ws.campaign("c2018")
        counted = attrs.evolve(campaign.table.indicators["members"], integer=True)
        table = attrs.evolve(campaign.table,
                             indicators={**campaign.table.indicators, "members": counted})
        ws.save_campaign(attrs.evolve(campaign, table=table))
    _edit(root / HOI_A, "members = 8", "members = 8.5")
    with pytest.raises(ValidationError) as refused:
        Workspace.open(root, registry=PluginRegistry(found=[]))
    (problem,) = refused.value.problems
    assert (problem.field, problem.line) == ("values.members", _line(root / HOI_A, "8.5"))
    assert "not a whole number" in problem.message
