"""What the command says itself, in the language asked for: the labels before a message,
counts said with English plurals, the tables of `rank`, `score` and `awards`, the lines of
`overlap`, `lock` and `vote`, and the refusals found walking a year with the command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from emulation_core import Workspace, sample_workspace_path
from emulation_core.crossforms import FIRST_ROW
from emulation_core.messages import render

from .clitools import run, snapshot
from .test_cross_forms import fill

YEAR_END = "2018-ca-nam"
MID_YEAR = "2018-6-thang"
AS = ["--as", "lead:Nguyễn Văn An"]


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("EMULATION_LANG", raising=False)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    with Workspace.open(root, writable=True):  # the change log starts here
        pass
    return root


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("lang", "label"), [(None, "error: "), ("en", "error: "),
                                             ("vi", "lỗi: ")])
def test_the_error_label_is_said_in_the_language_of_errors(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        lang: str | None, label: str) -> None:
    if lang:
        monkeypatch.setenv("EMULATION_LANG", lang)
    code, _, err = run(["member", "add", str(ws), "hoi-nha-bao", "--name", "X", "--short", "X",
                        "--type", "nha-bao", *AS], capsys)
    assert code == 2 and err.startswith(f"{label}workspace.toml: id:")


def test_an_unknown_language_is_refused_with_the_catalog_sentence(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMULATION_LANG", "fr")
    before = snapshot(ws)
    code, out, err = run(["rank", str(ws)], capsys)
    said = render("cli.lang_unknown", "en", var="EMULATION_LANG", value="'fr'")
    assert code == 2 and out == "" and err == f"error: {said}"
    assert "use vi or en" in said and snapshot(ws) == before


@pytest.mark.parametrize(("lang", "one"), [
    ("en", "1 member, 1 campaign, 0 submissions; no problems."),
    ("vi", "1 đơn vị, 1 đợt thi đua, 0 bản số liệu; không có vấn đề."),
])
def test_validate_counts_one_without_a_plural(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        lang: str, one: str) -> None:
    root = tmp_path / "khoi"
    assert run(["init", str(root), *AS], capsys)[0] == 0
    assert run(["member", "add", str(root), "hoi-nha-bao", "--name", "Hội Nhà báo tỉnh",
                "--short", "Hội Nhà báo", "--type", "nha-bao", *AS], capsys)[0] == 0
    assert run(["campaign", "new", str(root), "2026-6-thang", "--title", "Sơ kết",
                "--period", "mid_year", "--year", "2026", "--start", "01/01/2026", "--end",
                "30/06/2026", "--deadline", "10/07/2026", *AS], capsys)[0] == 0
    monkeypatch.setenv("EMULATION_LANG", lang)
    code, out, _ = run(["validate", str(root)], capsys)
    assert code == 0 and words(out) == f"{root}: {one}"


def test_rank_and_score_tables_follow_the_language(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(["rank", str(ws), "-c", YEAR_END], capsys)
    assert code == 0 and "Hạng" in out and "Xếp loại" in out and "Rank" not in out
    code, out, _ = run(["rank", str(ws), "-c", YEAR_END, "--lang", "en"], capsys)
    assert code == 0 and "Rank" in out and "Rating" in out and "Hạng" not in out
    code, out, _ = run(["score", str(ws), "-c", YEAR_END, "--lang", "en"], capsys)
    assert code == 0 and " Total " in out and " Tổng " not in out
    monkeypatch.setenv("EMULATION_LANG", "en")
    code, out, _ = run(["rank", str(ws), "-c", YEAR_END], capsys)
    assert code == 0 and "Rank" in out and "Bonus" in out


def test_rank_in_english_writes_points_with_a_decimal_point(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vi_out = run(["rank", str(ws), "-c", YEAR_END], capsys)[1]
    en_out = run(["score", str(ws), "-c", YEAR_END, "--lang", "en"], capsys)[1]
    raw = run(["rank", str(ws), "-c", YEAR_END, "--format", "json"], capsys)[1]
    best = json.loads(raw)[0]["total"]  # e.g. "93.25"
    assert best in en_out and best.replace(".", ",") in vi_out
    assert best.replace(".", ",") not in en_out


def test_rank_refuses_a_type_no_member_has(ws: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(["rank", str(ws), "--type", "nope"], capsys)
    assert code == 2 and out == ""
    assert err.startswith("error: --type nope: no member of the campaign is of this type")
    assert "nha-bao" in err
    monkeypatch.setenv("EMULATION_LANG", "vi")
    code, _, err = run(["rank", str(ws), "--type", "nope"], capsys)
    assert code == 2 and "không đơn vị nào của đợt thuộc loại hình này" in err


def test_awards_tables_are_headed_in_the_report_language(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["awards", str(ws), "-c", YEAR_END], capsys)
    assert code == 0
    assert "chỉ tiêu 1" in out and "đề nghị" in out and "lý do" in out and "áp dụng từ" in out
    assert " quota " not in out and "proposed" not in out and " why " not in out
    code, out, _ = run(["awards", str(ws), "-c", YEAR_END, "--lang", "en"], capsys)
    assert code == 0 and "quota 1" in out and "proposed" in out and "from 01/01/2024" in out
    assert " yes " in out and "chỉ tiêu" not in out


def test_a_member_outside_the_campaign_is_refused_in_vietnamese(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(["member", "add", str(ws), "hoi-moi", "--name", "Hội Mới", "--short", "Hội Mới",
                "--type", "chung", *AS], capsys)[0] == 0
    monkeypatch.setenv("EMULATION_LANG", "vi")
    before = snapshot(ws)
    code, _, err = run(["targets", "set", str(ws), "-c", YEAR_END, "-m", "hoi-moi",
                        "new_members=3", *AS], capsys)
    assert code == 2 and "'hoi-moi' không tham gia đợt thi đua này" in err
    assert "gợi ý: các đơn vị tham gia: " in err and "hoi-nha-bao" in err
    code, _, err = run(["register", str(ws), "-c", YEAR_END, "-m", "hoi-moi", "--field", "X",
                        *AS], capsys)
    assert code == 2 and "'hoi-moi' không tham gia đợt thi đua này" in err
    assert snapshot(ws) == before


def test_a_verified_report_edited_is_warned_in_the_language(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMULATION_LANG", "vi")
    code, out, err = run(["values", "set", str(ws), "-c", YEAR_END, "-m", "hoi-chu-thap-do",
                          "new_members=1.999", *AS], capsys)
    assert code == 0 and "submission.value" in out
    assert err == ("cảnh báo: hoi-chu-thap-do: báo cáo đã thẩm định bị sửa nên trở lại "
                   "'đã nộp'; cần thẩm định lại")


def test_lock_says_totals_in_the_language(ws: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(["unlock", str(ws), "-c", MID_YEAR, "--reason", "sửa", *AS], capsys)[0] == 0
    monkeypatch.setenv("EMULATION_LANG", "vi")
    code, out, _ = run(["lock", str(ws), "-c", MID_YEAR, "--reason", "họp", *AS], capsys)
    assert code == 0 and "đã khoá 11 tổng điểm" in out
    totals = [line.split(": ")[1] for line in out.splitlines()[1:]]
    assert len(totals) == 11 and all("," in t and "." not in t for t in totals)


def test_overlap_says_late_changes_in_the_language(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(["register", str(ws), "-c", YEAR_END, "--signed", "01/01/2018", *AS],
               capsys)[0] == 0
    assert run(["register", str(ws), "-c", YEAR_END, "-m", "hoi-nha-bao", "--field",
                "Hiến máu|y tế", *AS], capsys)[0] == 0
    code, out, _ = run(["overlap", str(ws), "-c", YEAR_END], capsys)
    assert code == 0 and "1 change since:" in out
    assert "Nguyễn Văn An: hoi-nha-bao added field: Hiến máu [y tế]" in out
    monkeypatch.setenv("EMULATION_LANG", "vi")
    code, out, _ = run(["overlap", str(ws), "-c", YEAR_END], capsys)
    assert code == 0 and "1 thay đổi từ đó:" in out
    assert "Nguyễn Văn An: hoi-nha-bao thêm lĩnh vực: Hiến máu [y tế]" in out


def test_an_empty_old_text_is_shown_as_nothing(ws: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["explain", str(ws), "-c", YEAR_END, "-m", "hoi-chu-thap-do",
                        "--criterion", "1.3", "--text", "Đã nghiệm thu", *AS], capsys)
    assert code == 0
    assert "hoi-chu-thap-do/1.3/explanation: ∅ → Đã nghiệm thu" in out


def test_vote_says_its_line_in_the_language_of_errors(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMULATION_LANG", "vi")
    code, out, err = run(["vote", str(ws), "-c", YEAR_END, "--award", "provincial_flag",
                          "--candidate", "hoi-chu-thap-do", "--present", "all", "--for", "all",
                          *AS], capsys)
    assert code == 0, err
    assert "giơ tay): đồng ý 11" in words(out) and "round" not in out


@pytest.mark.parametrize("columns", ["80", "200"])
def test_campaign_list_never_cuts_an_id(ws: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    code, out, _ = run(["campaign", "list", str(ws)], capsys)
    assert code == 0 and "…" not in out
    for campaign in (MID_YEAR, YEAR_END):
        assert campaign in out
    if columns == "80":
        assert max(len(line) for line in out.splitlines()) <= 80
        assert f"{YEAR_END}  Tổng kết" in out and f"from {MID_YEAR}" in words(out)


def test_a_wrong_row_of_a_scorers_form_is_named_by_its_cell_in_any_language(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    form = tmp_path / "phieu.xlsx"
    assert run(["cross", "form", str(ws), "-c", YEAR_END, "-s", "hoi-vhnt", "-o", str(form),
                *AS], capsys)[0] == 0
    fill(form, {0: 99})
    monkeypatch.setenv("EMULATION_LANG", "vi")
    before = snapshot(ws)
    code, _, err = run(["cross", "import", str(ws), "-c", YEAR_END, str(form), *AS], capsys)
    assert code == 2 and err.startswith(f"lỗi: {form}: G{FIRST_ROW}: điểm ")
    assert ": row " not in err and snapshot(ws) == before


def test_plugins_list_says_where_each_plugin_comes_from_in_the_language(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(["plugins", "list"], capsys)
    assert code == 0 and "built-in" in out and "bundled" in out
    monkeypatch.setenv("EMULATION_LANG", "vi")
    code, out, _ = run(["plugins", "list"], capsys)
    assert code == 0 and "có sẵn" in out and "đi kèm" in out
    assert "built-in" not in out and "bundled" not in out
    code, out, _ = run(["plugins", "list", "--format", "json"], capsys)
    assert {p["source"] for p in json.loads(out)["plugins"]} >= {"built-in", "bundled"}


def test_tally_without_ballots_says_so(ws: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(["tally", str(ws), "-c", MID_YEAR, "--lang", "en"], capsys)
    assert code == 0 and words(out) == f"{MID_YEAR}: no ballot recorded yet ('emulation vote')"
    code, out, _ = run(["tally", str(ws), "-c", MID_YEAR], capsys)
    assert code == 0 and "chưa ghi lần biểu quyết nào" in out


def test_a_criteria_file_not_there_is_named_with_what_to_do(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(ws)
    missing = tmp_path / "bang-tieu-chi.toml"
    code, _, err = run(["campaign", "new", str(ws), "2019-6-thang", "--title", "x", "--period",
                        "mid_year", "--year", "2019", "--start", "01/01/2019", "--end",
                        "30/06/2019", "--deadline", "10/07/2019", "--criteria", str(missing),
                        *AS], capsys)
    assert code == 2 and f"error: {missing}: no such file (hint: check the path" in err
    assert "backup" not in err and snapshot(ws) == before


def test_roles_are_said_in_the_language(ws: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMULATION_LANG", "vi")
    code, out, _ = run(["audit", "whoami", "--as", "pho-khoi:Lê Cường"], capsys)
    assert code == 0 and out.strip() == "Lê Cường (phó khối)"
    assert run(["unlock", str(ws), "-c", MID_YEAR, "--reason", "sửa", *AS], capsys)[0] == 0
    code, out, _ = run(["audit", "log", str(ws), "--kind", "campaign.unlocked"], capsys)
    assert code == 0 and "Nguyễn Văn An (trưởng khối)" in out and "(lead)" not in out
    code, out, _ = run(["audit", "log", str(ws), "--who", "lead", "--format", "json"], capsys)
    assert json.loads(out)[-1]["by"] == {"name": "Nguyễn Văn An", "role": "lead"}
    monkeypatch.setenv("EMULATION_LANG", "en")
    assert run(["audit", "whoami", "--as", "pho-khoi:Lê Cường"], capsys)[1].strip() == \
        "Lê Cường (deputy)"


def test_refusals_say_what_to_do(ws: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(["init", str(ws), *AS], capsys)
    assert code == 2 and err == (f"error: {ws}: a workspace already exists here; open it, or "
                                 "choose a new or empty folder")
    code, _, err = run(["explain", str(ws), "-c", YEAR_END, "-m", "hoi-nha-bao", "--criterion",
                        "9.9", "--text", "x", *AS], capsys)
    assert code == 2 and "no criterion 9.9 in the unit's table (its criteria: 1.1, " in err
    assert " 2.3, " in err
    monkeypatch.setenv("EMULATION_LANG", "vi")
    code, _, err = run(["explain", str(ws), "-c", YEAR_END, "-m", "hoi-nha-bao", "--criterion",
                        "9.9", "--text", "x", *AS], capsys)
    assert code == 2 and "không có tiêu chí 9.9 trong bảng tiêu chí của đơn vị (các tiêu chí: " \
        "1.1, " in err
