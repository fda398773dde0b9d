"""The library's message catalog: both languages for every key, no dead or missing keys, and
numbers written in each language's form."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

import emulation_core
from emulation_core import (
    MESSAGES,
    EmulationError,
    NumberError,
    Problem,
    StaleWriteError,
    ValidationError,
    WorkspaceLockedError,
    WorkspaceNotFoundError,
    format_number,
    parse_decimal,
    render,
)
from emulation_core.explanation import Source
from emulation_core.messages import Message, placeholders
from emulation_core.rules import NoTarget

D = Decimal
SRC = Path(emulation_core.__file__).parent.parent
PREFIXES = sorted({key.split(".")[0] for key in MESSAGES})
# A catalog key as a string literal anywhere in the code but the catalog itself.
KEY = re.compile(rf'"((?:{"|".join(PREFIXES)})\.[a-z_.]+)"')


def is_core_catalog(path: Path) -> bool:
    """messages.py and the topic modules (``*_messages.py``) merged into it."""
    return path.parent.name == "emulation_core" and path.name.endswith("messages.py")


def keys_used_in_the_code() -> set[str]:
    used = {f"source.{source}" for source in get_args(Source)}  # rendered as f"source.{…}"
    used |= {f"rule.target.{option.value}" for option in NoTarget}  # f"rule.target.{…}"
    for path in SRC.rglob("*.py"):
        if not is_core_catalog(path):
            used |= set(KEY.findall(path.read_text("utf-8")))
    used = {key for key in used if not key.endswith(".toml")}  # file names are not keys
    return used | ({f"{key}.hint" for key in used} & set(MESSAGES))  # Problem.keyed's hints


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_key_has_both_languages_with_the_same_placeholders(key: str) -> None:
    vi, en = MESSAGES[key]
    assert vi.strip() and en.strip()
    assert placeholders(vi) == placeholders(en)
    assert "" not in placeholders(vi), "placeholders are named"


def test_every_key_the_code_renders_exists_and_every_key_is_used() -> None:
    used = keys_used_in_the_code()
    assert "why.target" in used and "error.locked" in used  # the scan finds them
    assert used - set(MESSAGES) == set()
    assert set(MESSAGES) - used == set(), "keys nothing renders"


@pytest.mark.parametrize(("value", "vi", "en"), [
    (D(0), "0", "0"),
    (D("12100"), "12 100", "12,100"),
    (D("2.50"), "2,5", "2.5"),
    (D("-1"), "-1", "-1"),
    (D("1E+3"), "1 000", "1,000"),
    (D("0.05"), "0,05", "0.05"),
    (D("1234567.891"), "1 234 567,891", "1,234,567.891"),
    (250000000, "250 000 000", "250,000,000"),
])
def test_numbers_read_as_each_language_writes_them(value: Decimal | int, vi: str,
                                                   en: str) -> None:
    assert format_number(value, "vi") == vi
    assert format_number(value, "en") == en


@given(st.decimals(min_value=-10**12, max_value=10**12, places=4, allow_nan=False))
def test_the_vietnamese_form_reads_back_as_the_same_number(value: Decimal) -> None:
    """Never misread: the same value, or refused where the grammar cannot tell (1,282)."""
    try:
        read = parse_decimal(format_number(value, "vi"))
    except NumberError as refused:
        assert refused.kind == "ambiguous"
    else:
        assert read == value


def test_render_writes_numbers_in_the_language_and_text_as_given() -> None:
    values = {"what": "Lớp 1.000", "got": D("2.5"), "each": D(2), "max": 10}
    assert render("why.per_occurrence", "vi", **values) == "Lớp 1.000 2,5 × 2 điểm, tối đa 10"
    assert render("why.per_occurrence", "en", **values) == \
        "Lớp 1.000 2.5 × 2 points, at most 10"


def test_render_refuses_an_unknown_key_or_a_missing_value() -> None:
    with pytest.raises(KeyError):
        render("why.nothing", "vi")
    with pytest.raises(KeyError):
        render("why.yes", "en")


def test_a_keyed_problem_is_english_for_scripts_and_vietnamese_on_request() -> None:
    keyed = Problem.keyed("workspace.toml", None, "", "error.stale", path="x.toml")
    assert keyed.message == render("error.stale", "en", path="x.toml")
    assert str(keyed) == f"workspace.toml: {keyed.message}"
    assert keyed.text("vi") == f"workspace.toml: {render('error.stale', 'vi', path='x.toml')}"
    assert keyed == Problem.keyed("workspace.toml", None, "", "error.stale", path="x.toml")
    hash(keyed)  # problems stay usable in sets


def test_an_unkeyed_problem_keeps_its_english_text_with_the_hint_framed_in_the_language(
) -> None:
    problem = Problem("campaign.toml", 4, "targets", "is not a table", "write [targets]")
    assert str(problem) == "campaign.toml:4: targets: is not a table (hint: write [targets])"
    assert problem.text("vi") == \
        "campaign.toml:4: targets: is not a table (gợi ý: write [targets])"


@pytest.mark.parametrize(("error", "vi"), [
    (WorkspaceNotFoundError(Path("khoi")), "khoi: không phải sổ thi đua"),
    (WorkspaceLockedError(Path("khoi"), "tiến trình 12"), "khoi: tiến trình 12 đang mở sổ này"),
    (StaleWriteError(Path("a.toml")), "a.toml: tệp đã bị sửa trên đĩa"),
])
def test_the_library_errors_can_be_said_in_vietnamese(error: EmulationError, vi: str) -> None:
    assert error.text("vi").startswith(vi)
    assert error.text("en") == str(error) == render(error.key, "en", **error.values)
    assert "workspace" in str(error) or "changed on disk" in str(error)


def test_a_validation_error_says_each_problem_in_the_language() -> None:
    problems = [Problem.keyed("a.toml", 2, "x", "error.stale", path="a.toml"),
                Problem("b.toml", None, "", "broken", "fix it")]
    error = ValidationError(problems)
    assert error.text("en") == str(error)
    assert error.text("vi").splitlines() == [p.text("vi") for p in problems]
    assert EmulationError("plain").text("vi") == "plain"


def test_a_message_inside_a_message_is_said_in_the_same_language() -> None:
    reason = Message("plugin.not_installed", {"type": "htx"})
    outer = Message("workspace.type_missing", {"reason": reason, "members": "a, b"})
    assert outer.text("vi") == ("chưa cài plugin nào cung cấp loại hội 'htx'; hãy cài (xem "
                                "'emulation plugins list'); a, b chỉ được chấm theo tiêu chí chung")
    assert str(outer).startswith("no installed plugin provides type 'htx'; install it")
    assert str(outer).endswith("; a, b scored on common criteria only")
    assert outer == Message("workspace.type_missing", {"reason": reason, "members": "a, b"})


def test_a_tuple_of_values_is_said_as_a_list_in_the_language() -> None:
    problems = (Message("plugin.check.no_criteria"), Message("plugin.check.over_share"))
    message = Message("plugin.invalid", {"problems": problems, "package": "p"})
    assert "section has no criteria; over_share must be between 0 and 1;" in message.text("en")
    assert "phần tiêu chí không có tiêu chí nào; over_share phải từ 0 đến 1;" in \
        message.text("vi")
