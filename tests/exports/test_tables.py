"""`emulation export` to CSV, Markdown and JSON: figures read back equal `emulation rank`."""

from __future__ import annotations

import csv
import io
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from emulation_cli import main

from .exporttools import comma_decimal, export, rank_json


def _rows(path: Path, delimiter: str) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


def test_vietnamese_csv_has_the_rank_figures_headers_and_labels(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = rank_json(sample, capsys)
    out = tmp_path / "xep-hang.csv"
    printed = export(sample, out, capsys)
    assert str(out) in printed
    rows = _rows(out, ";")
    assert [r["Mã đơn vị"] for r in rows] == [e["member"] for e in expected]
    for row, want in zip(rows, expected, strict=True):
        assert int(row["Hạng"]) == want["rank"]
        assert comma_decimal(row["Tổng điểm"]) == Decimal(want["total"])
        assert comma_decimal(row["Điểm thưởng"]) == Decimal(want["bonus"])
        assert comma_decimal(row["Điểm trừ"]) == Decimal(want["deductions"])
        for code, points in want["sections"].items():
            assert comma_decimal(row[f"Mục {code}"]) == Decimal(points)
        assert row["Xếp loại"] == (want["rating_label"] or "chưa nộp")
        assert row["Đơn vị"] == want["name"] == unicodedata.normalize("NFC", row["Đơn vị"])
    statuses = {r["Trạng thái"] for r in rows}
    assert {"đã thẩm định", "chưa nộp"} <= statuses


def test_english_csv_uses_commas_between_cells_and_decimal_points(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = rank_json(sample, capsys)
    out = tmp_path / "ranking.csv"
    export(sample, out, capsys, "--lang", "en")
    rows = _rows(out, ",")
    assert [Decimal(r["Total"]) for r in rows] == [Decimal(e["total"]) for e in expected]
    assert rows[0]["Status"] in {"verified", "submitted", "locked"}


def test_raw_csv_is_the_rank_command_csv_with_a_bom(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rank", str(sample), "--format", "csv"]) == 0
    stable = capsys.readouterr().out
    out = tmp_path / "raw.csv"
    export(sample, out, capsys, "--raw")
    assert out.read_bytes() == b"\xef\xbb\xbf" + stable.encode("utf-8")


def test_change_since_the_previous_campaign_follows_its_ranks(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {r["member"]: r["rank"] for r in rank_json(sample, capsys, "2018-6-thang")
              if r["status"] != "missing"}
    now = rank_json(sample, capsys)
    out = tmp_path / "xep-hang.csv"
    export(sample, out, capsys)
    changes = {r["Mã đơn vị"]: r["So với đợt trước"] for r in _rows(out, ";")}
    for record in now:
        was = before.get(record["member"])
        shown = changes[record["member"]]
        if record["status"] == "missing":
            assert shown == ""  # no report now: no move either way
        elif was is None:
            assert shown == "chưa xếp hạng đợt trước"
        elif was > record["rank"]:
            assert shown == f"tăng {was - record['rank']} bậc"
        elif was < record["rank"]:
            assert shown == f"giảm {record['rank'] - was} bậc"
        else:
            assert shown == "giữ nguyên"


def test_markdown_has_the_ranking_and_every_score_sheet(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = rank_json(sample, capsys)
    out = tmp_path / "bao-cao.md"
    export(sample, out, capsys)
    text = out.read_text("utf-8")
    assert text == unicodedata.normalize("NFC", text)
    ranking = [line for line in text.splitlines() if line.startswith("| ")]
    for want in expected:
        line = next(x for x in ranking if f"| {want['member']} |" in x)
        assert f"| {want['total'].replace('.', ',')} |" in line
        assert f"### Phiếu chấm điểm: {want['name']}" in text


def test_json_is_the_stable_rank_json(sample: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rank", str(sample), "--format", "json"]) == 0
    stable = capsys.readouterr().out
    out = tmp_path / "ranking.json"
    export(sample, out, capsys)
    assert out.read_text("utf-8") == stable
