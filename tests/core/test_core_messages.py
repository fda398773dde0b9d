"""Messages that used to be English only now come from the catalog and read in Vietnamese
too: paths refused, a newer workspace, the workspace's own refusals, a submission's
findings, a criteria table's structure and formulas refused."""

from __future__ import annotations

import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from attrs import evolve

from emulation_core import (
    CriteriaTable,
    Criterion,
    EmulationError,
    FormulaError,
    FormulaRule,
    Indicator,
    SchemaVersionError,
    Section,
    UnsafePathError,
    ValidationError,
    Workspace,
    YesNoRule,
    sample_workspace_path,
)
from emulation_core.fsguard import read_inside

D = Decimal


def both(error: EmulationError) -> tuple[str, str]:
    return error.text("vi"), error.text("en")


def test_a_folder_read_as_a_file_is_refused_in_both_languages(tmp_path: Path) -> None:
    (tmp_path / "x.toml").mkdir()
    with pytest.raises(UnsafePathError) as caught:
        read_inside(tmp_path / "x.toml", tmp_path)
    vi, en = both(caught.value)
    assert en == str(caught.value)
    assert "is a folder, not a regular file" in en and "hint: replace it" in en
    assert "là một thư mục, không phải tệp thường" in vi and "gợi ý: thay bằng" in vi
    assert caught.value.reason == "is a folder, not a regular file"


def test_a_link_leading_outside_is_refused_in_both_languages(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    (tmp_path / "secret.toml").write_text("x = 1\n")
    os.symlink(tmp_path / "secret.toml", root / "a.toml")
    with pytest.raises(UnsafePathError) as caught:
        read_inside(root / "a.toml", root)
    vi, en = both(caught.value)
    assert "leads outside the workspace" in en and "secret.toml" in en
    assert "dẫn ra ngoài sổ" in vi and "secret.toml" in vi


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    return root


def test_a_workspace_from_a_newer_program(sample: Path) -> None:
    toml = sample / "workspace.toml"
    text = toml.read_text("utf-8")
    toml.write_text(text.replace("schema_version = ", "schema_version = 99 #", 1), "utf-8")
    with pytest.raises(SchemaVersionError) as caught:
        Workspace.open(sample)
    vi, en = both(caught.value)
    assert "written by a newer emulation (schema 99" in en
    assert "bản emulation mới hơn ghi (schema 99" in vi


def test_the_workspace_refusals_in_both_languages(sample: Path, tmp_path: Path) -> None:
    with Workspace.open(sample) as ws:
        bloc = ws.bloc
        with pytest.raises(EmulationError) as caught:
            ws.campaign("khong-co")
        vi, en = both(caught.value)
        assert "no campaign 'khong-co'" in en and "không có đợt thi đua 'khong-co'" in vi
        with pytest.raises(EmulationError) as caught:
            ws.save_submission(ws.submissions("2018-ca-nam")["hoi-nha-bao"])
        vi, en = both(caught.value)
        assert "read-only" in en and "chỉ để đọc" in vi
    full = tmp_path / "full"
    full.mkdir()
    (full / "note.txt").write_text("x")
    with pytest.raises(EmulationError) as caught:
        Workspace.create(full, bloc)
    vi, en = both(caught.value)
    assert "folder is not empty" in en and "thư mục không trống" in vi


def test_a_submissions_findings_in_both_languages(sample: Path) -> None:
    with Workspace.open(sample) as ws:
        sub = ws.submissions("2018-ca-nam")["hoi-nha-bao"]
        bad = evolve(sub, values={**sub.values, "reports_due": D(-2), "ghost": D(1)})
        en = " | ".join(ws.check_submission(bad))
        vi = " | ".join(ws.check_submission(bad, "vi"))
    assert "values.reports_due: is -2, may not be negative" in en
    assert "values.reports_due: là -2, không được âm" in vi
    assert "values.ghost: unknown indicator 'ghost'" in en
    assert "values.ghost: không có chỉ số 'ghost'" in vi


def test_a_saved_submission_refused_says_where_and_what_in_vietnamese(sample: Path) -> None:
    with Workspace.open(sample, writable=True) as ws:
        sub = ws.submissions("2018-ca-nam")["hoi-nha-bao"]
        with pytest.raises(ValidationError) as caught:
            ws.save_submission(evolve(sub, values={**sub.values, "new_members": D("2.5")}))
    vi, en = both(caught.value)
    assert "hoi-nha-bao.toml" in vi and "2.5 is not a whole number" in en
    assert "2.5 không phải số nguyên" in vi and "gợi ý: chỉ số này đếm số nguyên" in vi


def test_an_unknown_criterion_in_a_file_read_in_vietnamese(sample: Path) -> None:
    path = sample / "campaigns" / "2018-ca-nam" / "submissions" / "hoi-nha-bao.toml"
    path.write_text(path.read_text("utf-8") + '\n[criteria."9.9"]\nself = 1\n', "utf-8")
    with pytest.raises(ValidationError) as caught:
        Workspace.open(sample)
    vi, en = both(caught.value)
    assert "unknown criterion '9.9'" in en and "không có tiêu chí '9.9'" in vi
    assert "các tiêu chí của đơn vị này:" in vi


def test_a_table_whose_children_do_not_add_up() -> None:
    section = Section("1", "Nhiệm vụ", (Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan")),
                                         Criterion("1.1", "Lặp", D(-1), YesNoRule("ghost"))),
                      max_points=D(10))
    table = CriteriaTable((section,), {"plan": Indicator("plan", "Kế hoạch")})
    said = {code: [] for code in ("1", "1.1")}  # type: dict[str, list[tuple[str, str]]]
    for code, message in table.check_messages():
        said[code].append((message.text("vi"), message.text("en")))
    assert ("các mục con cộng lại được 3, nhưng max_points của phần là 10",
            "children add up to 3, but the section's max_points is 10") in said["1"]
    texts = {en: vi for vi, en in said["1.1"]}
    assert texts["code is used twice; codes must be unique"].startswith("mã bị dùng hai lần")
    assert texts["max_points may not be negative"] == "max_points không được âm"
    assert "không khai báo" in texts["rule reads indicator 'ghost', which the table does not "
                                     "declare"]
    assert table.check() == [(code, en) for code in ("1", "1.1") for _, en in said[code]]


@pytest.mark.parametrize(("expression", "vi", "en"), [
    ("__import__('os')", "không được gọi", "may only call"),
    ("a // b", "không được dùng phép toán FloorDiv", "may not use the operator FloorDiv"),
    ("_x + 1", "không được bắt đầu bằng '_'", "may not start with '_'"),
    ("2 ** a", "số mũ phải là số nguyên", "exponents must be whole literal numbers"),
    ("1 +", "không phải biểu thức hợp lệ", "is not a valid expression"),
])
def test_a_refused_formula_in_both_languages(expression: str, vi: str, en: str) -> None:
    with pytest.raises(FormulaError) as caught:
        FormulaRule(expression)
    assert en in str(caught.value) and en in caught.value.message.text("en")
    assert vi in caught.value.message.text("vi")


def test_a_refused_formula_in_a_criteria_file_reads_in_vietnamese(sample: Path) -> None:
    path = sample / "campaigns" / "2018-ca-nam" / "criteria.toml"
    text = path.read_text("utf-8")
    marker = 'expression = "'
    assert marker in text
    path.write_text(text.replace(marker, marker + "a // 2 + ", 1), "utf-8")
    with pytest.raises(ValidationError) as caught:
        Workspace.open(sample)
    vi, en = both(caught.value)
    assert "may not use the operator FloorDiv" in en
    assert "không được dùng phép toán FloorDiv" in vi and "may not" not in vi
