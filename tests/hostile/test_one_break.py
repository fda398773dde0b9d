"""One break, one message: a check built on a part that cannot be read is skipped, and a
second problem of its own is still reported (docs/workspace.md, "One break, one message")."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
import tomli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.hostile.base_workspace import (
    BASE,
    CAMPAIGN,
    CRITERIA,
    SUB,
    SUB_B,
    TARGETS,
    WS,
    write_base,
)

from emulation_cli import main
from emulation_core import ENV_VAR, ValidationError, Workspace
from emulation_core.criteria_xlsx import CRITERIA_SHEET, criteria_workbook
from emulation_core.criteria_xlsx_read import read_criteria_workbook
from emulation_core.sample import sample_workspace_path


@pytest.fixture(autouse=True)
def _installed_plugins_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


def broken(tmp_path: Path, *edits: tuple[str, str, str]) -> Path:
    """The corpus's base workspace with each ``(file, old, new)`` edit made (once each)."""
    root = tmp_path / "ws"
    write_base(root)
    for file, old, new in edits:
        text = (root / file).read_text("utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {file}"
        (root / file).write_text(text.replace(old, new), "utf-8")
    return root


def messages(root: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What ``emulation validate`` says, one item per message."""
    code = main(["validate", str(root)])
    err = capsys.readouterr().err
    said = [line for line in err.splitlines() if line.startswith(("error: ", "warning: "))]
    assert code == (2 if said else 0), err
    return said


def line_of(root: Path, file: str, text: str) -> str:
    """``file:N: `` for the line holding ``text``."""
    lines = (root / file).read_text("utf-8").splitlines()
    return f"{file}:{next(n for n, line in enumerate(lines, 1) if text in line)}: "


SECTION_2_SUM = (CRITERIA, 'title = "Thưởng, trừ"\n', 'title = "Thưởng, trừ"\nmax_points = 5\n')


def test_a_wrong_sum_elsewhere_is_still_reported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = broken(tmp_path, (CRITERIA, 'code = "1.2"', "code = 42"), SECTION_2_SUM)
    said = messages(root, capsys)
    assert len(said) == 2, said
    assert line_of(root, CRITERIA, "code = 42") in said[0] and "expected text" in said[0]
    assert "criterion 2: children add up to 0, but the section's max_points is 5" in said[1]


def test_the_sum_of_a_section_around_one_that_cannot_be_read_is_not_checked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Section 1 holds a sub-section 1.S whose criterion cannot be read: neither the sum of
    1.S nor that of section 1 (which holds 1.S) is said."""
    root = broken(tmp_path, (CRITERIA, '[[sections.items]]\ncode = "1.2"', (
        '[[sections.items]]\ncode = "1.S"\ntitle = "Nhóm"\nmax_points = 4\n\n'
        '[[sections.items.items]]\ncode = "1.2"')),
        (CRITERIA, '[sections.items.rule]\nkind = "yes_no"',
         '[sections.items.items.rule]\nkind = "yes_no"'),
        (CRITERIA, 'indicator = "plan"', "indicator = 7"))
    said = messages(root, capsys)
    assert len(said) == 1, said
    assert line_of(root, CRITERIA, "indicator = 7") in said[0]


def test_the_same_sub_section_read_whole_is_summed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The control for the test above: with the criterion read, 1.S is summed."""
    root = broken(tmp_path, (CRITERIA, '[[sections.items]]\ncode = "1.2"', (
        '[[sections.items]]\ncode = "1.S"\ntitle = "Nhóm"\nmax_points = 5\n\n'
        '[[sections.items.items]]\ncode = "1.2"')),
        (CRITERIA, '[sections.items.rule]\nkind = "yes_no"',
         '[sections.items.items.rule]\nkind = "yes_no"'))
    said = messages(root, capsys)
    assert len(said) == 1, said
    assert "criterion 1.S: children add up to 4, but the section's max_points is 5" in said[0]


def test_an_undeclared_indicator_is_still_reported_when_another_indicator_has_no_label(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An indicator whose key is read but whose label is not still counts as declared: a
    rule reading it is quiet, a rule reading a key nobody declares is not."""
    root = broken(tmp_path, (CRITERIA, 'label = "Kế hoạch"', "label = 4.5"),
                  (CRITERIA, 'indicator = "late"', 'indicator = "latte"'))
    said = messages(root, capsys)
    assert len(said) == 2, said
    assert line_of(root, CRITERIA, "label = 4.5") in said[0]
    assert "criterion 2.2: rule reads indicator 'latte', which the table does not declare" \
        in said[1]


def test_a_lost_indicator_key_quiets_every_undeclared_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """When an indicator's key cannot be read, any undeclared key may be the one meant."""
    root = broken(tmp_path, (CRITERIA, 'key = "late"', "key = 4.5"),
                  (CRITERIA, 'indicator = "plan"', 'indicator = "latte"'))
    said = messages(root, capsys)
    assert len(said) == 1, said
    assert line_of(root, CRITERIA, "key = 4.5") in said[0]


def test_the_leadership_is_checked_against_members_read_in_part(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """hoi-b's name cannot be read, but its id can: the deputy naming it is quiet, and a
    lead naming nobody is still said."""
    root = broken(tmp_path, (WS, 'name = "Hội Bình Minh"', "name = 42"),
                  (WS, 'lead = "hoi-a"', 'lead = "hoi-z"'))
    said = messages(root, capsys)
    assert len(said) == 2, said
    assert line_of(root, WS, "name = 42") in said[0]
    assert line_of(root, WS, 'lead = "hoi-z"') in said[1] and "'hoi-z' is not a member" \
        in said[1]


def test_a_member_listed_twice_and_a_deputy_who_is_the_lead_are_both_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = broken(tmp_path, (WS, 'id = "hoi-c"', 'id = "hoi-a"'),
                  (WS, 'deputy = "hoi-b"', 'deputy = "hoi-a"'))
    said = messages(root, capsys)
    assert len(said) == 2, said
    assert "listed twice" in said[0] and line_of(root, WS, 'deputy = "hoi-a"') in said[1]


def test_a_misspelt_type_is_still_reported_beside_a_criterion_that_cannot_be_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = broken(tmp_path, (CRITERIA, 'title = "Kế hoạch"', "title = []"),
                  (CRITERIA, 'code = "1.1"', 'code = "1.1"\napplies_to = ["htxx"]'))
    said = messages(root, capsys)
    assert len(said) == 2, said
    assert any(line_of(root, CRITERIA, "title = []") in m for m in said), said
    assert any(line_of(root, CRITERIA, "applies_to") in m and "'htxx'" in m for m in said), said


@pytest.mark.parametrize("code, expected", [("1.2", 1), ("9.9", 2)])
def test_a_tie_break_code_is_checked_unless_it_may_be_what_could_not_be_read(
        code: str, expected: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = broken(tmp_path, (CRITERIA, 'title = "Kế hoạch"', "title = []"),
                  (CAMPAIGN, "tie_break = []", f'tie_break = ["code:{code}"]'))
    said = messages(root, capsys)
    assert len(said) == expected, said
    assert any(line_of(root, CRITERIA, "title = []") in m for m in said), said
    assert expected == 1 or any(CAMPAIGN in m and "'9.9'" in m for m in said), said


LAST = 'items = [{ indicator = "late", points_each = -1 }]'


def section_3(*lines: str) -> tuple[str, str, str]:
    """An edit adding a section 3 made of ``lines`` at the end of criteria.toml."""
    return CRITERIA, LAST, "\n".join((LAST, "", "[[sections]]", 'code = "3"', 'title = "Riêng"',
                                       *lines))


@pytest.mark.parametrize("edits", [
    [(CRITERIA, '[sections.items.rule]\nkind = "judged"\nstep = 0.5', 'rule = "judged"')],
    [(CRITERIA, "max_points = 0\n", ""), (CRITERIA, "floor = -5", "floor = true")],
    [section_3("max_points = 10", 'per_type = "yes"')],
    [section_3("max_points = 9", "items = 4")],
], ids=["rule not a table", "bonus without max_points", "per_type unreadable",
        "items not tables"])
def test_a_part_that_cannot_be_read_brings_no_second_message(
        edits: list[tuple[str, str, str]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    root = broken(tmp_path, *edits)
    said = messages(root, capsys)
    assert len(said) == 1, said
    assert said[0].startswith(f"error: {CRITERIA}:")


# -- any one field broken: one message, where the break is ------------------------------------

ALL_FILES = (WS, CAMPAIGN, CRITERIA, TARGETS, SUB, SUB_B)
# A value of each TOML kind the base's keys take.
OF_KIND = {"text": ['"nhiều"'], "number": ["42", "4.5"], "bool": ["true"], "array": ["[]"],
           "table": ["{ x = 1 }"], "date": ["1979-05-27"], "date-time": ["1979-05-27T07:32:00"]}


def kind_of(value: object) -> str:
    """The TOML kind of a parsed value, ints and floats both being numbers."""
    kinds: list[tuple[type | tuple[type, ...], str]] = [
        (bool, "bool"), ((int, float), "number"), (str, "text"), (list, "array"),
        (dict, "table"), (dt.datetime, "date-time"), (dt.date, "date")]
    return next(kind for types, kind in kinds if isinstance(value, types))


def field_lines() -> list[tuple[str, int, str]]:
    """Every ``key = value`` line of the base as (file, index, kind of its value)."""
    found = []
    for file in ALL_FILES:
        for index, line in enumerate(BASE[file].splitlines()):
            if " = " in line:
                key = line.split(" = ")[0]
                found.append((file, index, kind_of(tomli.loads(line)[key.strip('"')])))
    return found


FIELD_LINES = field_lines()
WRONG_KIND = [(file, index, value) for file, index, kind in FIELD_LINES
              for other, values in OF_KIND.items() if other != kind for value in values]
ONE_BREAK = settings(max_examples=60, deadline=None, derandomize=True,
                     suppress_health_check=[HealthCheck.too_slow,
                                            HealthCheck.function_scoped_fixture])


def said_for(file: str, lines: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The messages for the base workspace with ``file`` made of ``lines``."""
    folder = Path(tempfile.mkdtemp(prefix="emulation-one-break-"))
    try:
        root = folder / "ws"
        write_base(root)
        (root / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
        return messages(root, capsys)
    finally:
        shutil.rmtree(folder)


@ONE_BREAK
@given(edit=st.sampled_from(WRONG_KIND))
def test_a_value_of_the_wrong_kind_gives_one_message_at_its_line(
        edit: tuple[str, int, str], capsys: pytest.CaptureFixture[str]) -> None:
    file, index, value = edit
    lines = BASE[file].splitlines()
    lines[index] = f"{lines[index].split(' = ')[0]} = {value}"
    said = said_for(file, lines, capsys)
    assert len(said) == 1 and f"error: {file}:{index + 1}: " in said[0], said


@ONE_BREAK
@given(field=st.sampled_from(FIELD_LINES))
def test_a_field_removed_gives_at_most_one_message_naming_its_file(
        field: tuple[str, int, str], capsys: pytest.CaptureFixture[str]) -> None:
    """Some fields may be left out (they have a default), the others are missed once."""
    file, index, _ = field
    lines = BASE[file].splitlines()
    del lines[index]
    said = said_for(file, lines, capsys)
    assert len(said) <= 1 and all(m.startswith(f"error: {file}:") for m in said), said


def test_the_criteria_workbook_import_says_one_break_once() -> None:
    """XLSX import reads the table as criteria.toml is read: a maximum that cannot be read
    is said at its cell, and its section's sum is not said as well."""
    book = criteria_workbook(Workspace.open(sample_workspace_path()).campaign(
        "2018-ca-nam").table)
    sheet = book[CRITERIA_SHEET]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"A{r}"].value == "2.1")
    sheet[f"E{row}"] = "mười"
    with pytest.raises(ValidationError) as caught:
        read_criteria_workbook(book, "t.xlsx")
    assert [p.field for p in caught.value.problems] == [f"{CRITERIA_SHEET}!E{row}"]
