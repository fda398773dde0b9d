"""What `rank` and `score` write: points at the campaign's precision, the percent beside the
total, user text never run as markup, escape codes or spreadsheet formulas."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from emulation_cli import main
from emulation_core import Status, Workspace, sample_workspace_path
from emulation_core.export import csv_text, ranking_csv, ranking_json

CAMPAIGN = "2018-ca-nam"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    target = tmp_path / "sample"
    shutil.copytree(sample_workspace_path(), target)
    return target


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def _set_campaign(root: Path, old: str, new: str) -> None:
    path = root / "campaigns" / CAMPAIGN / "campaign.toml"
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def _rename(root: Path, names: dict[str, str]) -> None:
    """Give members new names and short names through the library."""
    with Workspace.open(root, writable=True) as ws:
        members = tuple(attrs.evolve(m, name=names[m.id], short_name=names[m.id])
                        if m.id in names else m for m in ws.bloc.members)
        ws.save_bloc(attrs.evolve(ws.bloc, members=members))


def _point_values(row: dict[str, object]) -> list[str]:
    values = [row[k] for k in ("total", "percent", "self_total", "bonus", "deductions")]
    values += list(row["sections"].values())  # type: ignore[attr-defined]
    if row["verified_total"] is not None:
        values.append(row["verified_total"])
    return [str(v) for v in values]


@pytest.mark.parametrize(("precision", "pattern"), [('"0.01"', r"-?\d+\.\d\d"),
                                                    ('"0.1"', r"-?\d+\.\d"),
                                                    ('"0.001"', r"-?\d+\.\d\d\d")])
def test_every_point_value_is_written_at_the_campaign_precision(
        sample: Path, precision: str, pattern: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    _set_campaign(sample, 'precision = "0.01"', f"precision = {precision}")
    code, out, _ = run(["rank", str(sample), "--format", "json"], capsys)
    assert code == 0
    rows = json.loads(out)
    with Workspace.open(sample) as ws:
        totals = {r.score.member.id: r.score.total for r in ws.scoreboard(CAMPAIGN).ranking}
    for row in rows:
        assert all(re.fullmatch(pattern, v) for v in _point_values(row)), row
        assert Decimal(row["total"]) == totals[row["member"]]
    code, out, _ = run(["rank", str(sample), "--format", "csv"], capsys)
    records = list(csv.DictReader(io.StringIO(out)))
    numeric = [k for k in records[0]
               if k not in ("rank", "member", "name", "type", "rating", "status", "provisional")]
    for record in records:
        assert all(re.fullmatch(pattern, record[k]) for k in numeric if record[k]), record
    code, out, _ = run(["score", str(sample), "-m", "lien-minh-htx", "--format", "json"],
                       capsys)
    breakdown = json.loads(out)
    assert re.fullmatch(pattern, breakdown["total"])
    for row in breakdown["criteria"]:
        assert re.fullmatch(pattern, row["points"]) and re.fullmatch(pattern, row["max"])


def test_a_campaign_ranked_by_percent_shows_the_percent_beside_the_total(
        sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _set_campaign(sample, 'rank_by = "total"', 'rank_by = "percent"')
    _, out, _ = run(["rank", str(sample), "--format", "json"], capsys)
    percents = {r["member"]: r["percent"] for r in json.loads(out)}
    _, out, _ = run(["rank", str(sample), "--format", "csv"], capsys)
    header, *lines = list(csv.reader(io.StringIO(out)))
    assert header[header.index("total") + 1] == "percent"
    assert {line[1]: line[header.index("percent")] for line in lines} == percents
    _, out, _ = run(["rank", str(sample)], capsys)
    heading = next(line for line in out.splitlines() if "Hạng" in line)
    assert re.search(r"Tổng\s+%", heading)
    top = max(percents.values(), key=Decimal)
    assert top.replace(".", ",") in out
    _set_campaign(sample, 'rank_by = "percent"', 'rank_by = "total"')
    _, out, _ = run(["rank", str(sample)], capsys)
    assert not re.search(r"Tổng\s+%", out)


HOSTILE = {
    "hoi-nha-bao": "[/]Báo [bold]chí[/bold]",
    "hoi-vhnt": "Văn \x1b[31mnghệ\x1b[0m\x1b]0;owned\x07 sĩ",
    "hoi-nguoi-mu": "Người \u202emù\u202c \x9b2J x\x07",
}


def test_user_text_is_shown_literally_without_escape_codes(
        sample: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # wide enough that no name is cut short
    _rename(sample, HOSTILE)
    for args in (["rank", str(sample)], ["score", str(sample)],
                 ["score", str(sample), "-m", "hoi-nha-bao"]):
        code, out, err = run(args, capsys)
        assert code == 0, err
        assert "[/]Báo [bold]chí[/bold]" in out or "-m" in args
        assert "Văn nghệ sĩ" in out or "-m" in args
        for forbidden in ("\x1b", "\x07", "\x9b", "\u202e", "\u202c"):
            assert forbidden not in out + err
    code, out, _ = run(["score", str(sample), "-m", "hoi-nha-bao"], capsys)
    assert "[/]Báo [bold]chí[/bold]" in out


def test_error_messages_carry_no_escape_codes(sample: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = next((sample / "campaigns" / CAMPAIGN / "submissions").glob("*.toml"))
    text = path.read_text("utf-8")
    key = re.search(r"^\[values\]\n(\w+) = ", text, re.M)
    assert key is not None
    path.write_text(text.replace(f"{key.group(1)} = ",
                                 f'{key.group(1)} = "\\u001b[2J[bold]x" # ', 1), "utf-8")
    code, _, err = run(["rank", str(sample)], capsys)
    assert code == 2
    assert "\x1b" not in err and "'[bold]x' is not a number" in err


FORMULAS = {"hoi-nha-bao": "=HYPERLINK(\"http://x\")", "hoi-vhnt": "+1+1",
            "hoi-nguoi-mu": "-2+3", "hoi-khuyen-hoc": "@SUM(A1)",
            "hoi-chu-thap-do": "\tTab", "lien-hiep-khkt": "\r=1"}


def test_csv_text_cells_never_start_a_formula(sample: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _rename(sample, FORMULAS)
    _, out, _ = run(["rank", str(sample), "--format", "csv"], capsys)
    rows = {row["member"]: row for row in csv.DictReader(io.StringIO(out))}
    for member in FORMULAS:
        assert rows[member]["name"].startswith("'"), rows[member]
        assert rows[member]["name"][1:2] in "=+-@ "
    numeric = [k for k in next(iter(rows.values()))
               if k not in ("member", "name", "type", "rating", "status", "provisional")]
    for row in rows.values():
        assert all(Decimal(row[k]) is not None for k in numeric if row[k]), row


def test_negative_numbers_stay_numbers_in_csv(make_ws: Callable[[], Path],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    root = make_ws()  # hoi-a reported one late report: its section 2 is -1 point
    _, out, _ = run(["rank", str(root), "--format", "csv"], capsys)
    rows = {row["member"]: row for row in csv.DictReader(io.StringIO(out))}
    assert rows["hoi-a"]["2"] == "-1.00"


@pytest.mark.parametrize(("text", "cell"), [
    ("=1+2", "'=1+2"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\t=1", "' =1"),
    ("\r=1", "' =1"), ("\x00=1", "'=1"), ("\x1b[0m=1", "'=1"), (" -1", "' -1"),
    ("Hội =1", "Hội =1"), ("", ""), ("1-2", "1-2"),
])
def test_csv_text_neutralises_what_a_spreadsheet_would_run(text: str, cell: str) -> None:
    assert csv_text(text) == cell


def test_ranking_csv_needs_the_precision(sample: Path) -> None:
    with Workspace.open(sample) as ws:
        ranking = ws.scoreboard(CAMPAIGN).ranking
    text = ranking_csv(ranking, precision=Decimal("0.1"))
    first = next(csv.DictReader(io.StringIO(text)))
    assert re.fullmatch(r"\d+\.\d", first["total"])


def test_tables_show_points_at_the_campaign_precision(
        sample: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    _set_campaign(sample, 'precision = "0.01"', 'precision = "0.001"')
    _, out, _ = run(["rank", str(sample), "--format", "json"], capsys)
    first = json.loads(out)[0]
    _, table, _ = run(["rank", str(sample)], capsys)
    assert first["total"].replace(".", ",") in table
    assert re.search(r"\b\d+,\d{3}\b", table) and not re.search(r"\b\d+,\d{2}\b(?!\d)", table)
    _, breakdown, _ = run(["score", str(sample), "-m", first["member"]], capsys)
    assert first["total"].replace(".", ",") in breakdown  # Vietnamese by default (--lang)
    _, breakdown, _ = run(["score", str(sample), "-m", first["member"], "--lang", "en"], capsys)
    assert first["total"] in breakdown


def test_exports_say_which_totals_are_provisional(sample: Path) -> None:
    """Status and provisional in both forms: provisional exactly while not verified or locked."""
    with Workspace.open(sample) as ws:
        ranking = ws.scoreboard(CAMPAIGN).ranking
    rows = list(csv.DictReader(io.StringIO(ranking_csv(ranking, precision=Decimal("0.01")))))
    records = json.loads(ranking_json(ranking, precision=Decimal("0.01")))
    assert [r["status"] for r in rows] == [r.score.status.value for r in ranking]
    expected = [r.score.status not in (Status.VERIFIED, Status.LOCKED) for r in ranking]
    assert [r["provisional"] == "true" for r in rows] == expected
    assert [r["provisional"] for r in records] == expected
    assert True in expected  # the sample has reports still to verify
