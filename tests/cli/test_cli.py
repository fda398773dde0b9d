"""The `emulation` command on the bundled sample."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from emulation_cli import build_parser, main
from emulation_core import Workspace, sample_workspace_path


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    target = tmp_path / "sample"
    shutil.copytree(sample_workspace_path(), target)
    return target


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_rank_json_is_the_documented_interface(sample: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rank", str(sample), "--format", "json"], capsys)
    assert code == 0
    rows = json.loads(out)
    with Workspace.open(sample) as ws:
        board = ws.scoreboard("2018-ca-nam")
        expected = [(r.rank, r.score.member.id, r.score.total) for r in board.ranking]
    assert [(r["rank"], r["member"], Decimal(r["total"])) for r in rows] == expected
    for row in rows:
        assert {"rank", "member", "name", "type", "total", "rating"} <= row.keys()
    assert rows == sorted(rows, key=lambda r: r["rank"])
    missing = [r for r in rows if r["status"] == "missing"]
    assert missing and all(r["rating"] is None and r["total"] == "0.00" for r in missing)


def test_rank_csv_and_type_filter(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rank", str(sample), "--format", "csv", "--type", "xa-hoi"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4 and {r["type"] for r in rows} == {"xa-hoi"}


def test_rank_table_shows_every_member(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rank", str(sample), "-c", "2018-6-thang"], capsys)
    assert code == 0
    assert "Sơ kết phong trào thi đua 6 tháng đầu năm 2018" in out
    with Workspace.open(sample) as ws:
        for member in ws.bloc.members:
            assert member.short_name[:12] in out


def test_score_breakdown_explains_each_criterion(sample: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMULATION_LANG", raising=False)
    code, out, _ = run(["score", str(sample), "-c", "2018-6-thang", "-m", "lien-minh-htx",
                        "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    codes = [c["code"] for c in data["criteria"]]
    assert "2.1" in codes and any(c.startswith("1.") for c in codes)
    assert sum(Decimal(c["points"]) for c in data["criteria"]) == Decimal(data["total"])
    with Workspace.open(sample) as ws:
        target = ws.campaign("2018-6-thang").targets["lien-minh-htx"]["new_coops"]
        label = ws.table_for("2018-6-thang", "htx").indicators["new_coops"]
    # Vietnamese by default, the indicator named by its label: the seed article's real figure.
    assert any(c["explanation"].startswith(f"{label.label} đạt 42/chỉ tiêu {target} (")
               for c in data["criteria"])


@pytest.mark.parametrize(("lang", "phrase", "source"), [
    ("vi", "42/chỉ tiêu", "tính từ số liệu"),
    ("en", "42 of target", "computed from the figures"),
])
def test_score_explains_in_the_language_asked(sample: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch, lang: str,
                                              phrase: str, source: str) -> None:
    other = "en" if lang == "vi" else "vi"
    monkeypatch.setenv("EMULATION_LANG", other)  # --lang wins over the environment
    args = ["score", str(sample), "-c", "2018-6-thang", "-m", "lien-minh-htx"]
    code, out, _ = run([*args, "--format", "json", "--lang", lang], capsys)
    assert code == 0
    assert any(phrase in c["explanation"] for c in json.loads(out)["criteria"])
    monkeypatch.setenv("EMULATION_LANG", lang)  # the environment sets the default
    code, out, _ = run([*args, "--format", "json"], capsys)
    assert any(phrase in c["explanation"] for c in json.loads(out)["criteria"])
    monkeypatch.setenv("COLUMNS", "250")  # one line per row
    code, out, _ = run([*args, "--lang", lang], capsys)
    assert code == 0 and source in out and phrase in out
    with Workspace.open(sample) as ws:
        total = ws.scoreboard("2018-6-thang").score("lien-minh-htx").total
    shown = f"{total:.2f}"
    header, total_row = (("Cách tính", f"Tổng {shown.replace('.', ',')}") if lang == "vi"
                         else ("Why", f"Total {shown}"))
    assert header in out and total_row in " ".join(out.replace("│", " ").split())


@pytest.mark.parametrize(("env", "expected"), [
    (None, "not an emulation workspace"), ("en", "not an emulation workspace"),
    ("vi", "không phải sổ thi đua"), ("fr", "not an emulation workspace"),
])
def test_library_errors_follow_the_language_of_the_environment(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        env: str | None, expected: str) -> None:
    if env is None:
        monkeypatch.delenv("EMULATION_LANG", raising=False)
    else:
        monkeypatch.setenv("EMULATION_LANG", env)
    # validate has no --lang of its own: an unknown language falls back to English there
    code, _, err = run(["validate", str(tmp_path / "nowhere")], capsys)
    assert code == 2 and expected in err and str(tmp_path / "nowhere") in err


def test_score_lang_also_sets_the_language_of_its_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["score", str(tmp_path / "nowhere"), "--lang", "vi"], capsys)
    assert code == 2 and "không phải sổ thi đua" in err


def test_score_refuses_an_unknown_language_in_the_environment(
        sample: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMULATION_LANG", "fr")
    code, _, err = run(["score", str(sample), "-m", "lien-minh-htx"], capsys)
    assert code == 2 and "EMULATION_LANG='fr'" in err and "vi or en" in err


@pytest.mark.parametrize(("args", "message"), [
    (["rank", "{ws}", "-c", "2030"], "no campaign '2030'"),
    (["score", "{ws}", "-m", "hoi-khong-co"], "-m hoi-khong-co: not a member of the bloc"),
    (["rank", "{ws}/nowhere"], "not an emulation workspace"),
])
def test_bad_arguments_exit_2_with_a_message(sample: Path, args: list[str], message: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([a.format(ws=sample) for a in args], capsys)
    assert code == 2
    assert message in err and "Traceback" not in err + out


def test_unknown_indicator_in_a_submission(sample: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = sample / "campaigns/2018-6-thang/submissions/lien-minh-htx.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("new_coops = 42", "new_coopz = 42"), "utf-8")
    line = next(i for i, x in enumerate(path.read_text("utf-8").splitlines(), 1)
                if "new_coopz" in x)
    code, _, err = run(["validate", str(sample)], capsys)
    assert code == 2
    assert f"submissions/lien-minh-htx.toml:{line}: values.new_coopz: unknown indicator" in err


def test_validate_sample(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["validate", str(sample)], capsys)
    assert code == 0 and "no problems" in out


def test_init_then_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(["init", str(tmp_path / "new"), "--name", "Khối mới"], capsys)
    assert code == 0
    with Workspace.open(tmp_path / "new") as ws:
        assert ws.bloc.name == "Khối mới" and ws.campaigns == {}
    code, _, err = run(["init", str(tmp_path / "new")], capsys)
    assert code == 2 and "already exists" in err


def test_demo_copy_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(["demo", "--copy-to", str(tmp_path / "copy")], capsys)
    assert code == 0
    with Workspace.open(tmp_path / "copy") as ws:
        assert len(ws.bloc.members) == 11
    code, _, err = run(["demo", "--copy-to", str(tmp_path / "copy")], capsys)
    assert code == 2 and "not empty" in err


def test_every_command_has_help() -> None:
    parser = build_parser()
    actions = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    names: list[list[str]] = []

    def walk(action: object, prefix: list[str]) -> None:
        for name, sub in action.choices.items():  # type: ignore[attr-defined]
            names.append([*prefix, name])
            for inner in sub._actions:
                if inner.__class__.__name__ == "_SubParsersAction":
                    walk(inner, [*prefix, name])

    walk(actions[0], [])
    assert {"init", "demo", "tui", "validate", "score", "rank"} <= {n[0] for n in names}
    for command in names:
        result = subprocess.run([sys.executable, "-m", "emulation_cli", *command,
                                 "--help"], capture_output=True, text=True)
        assert result.returncode == 0, command
        assert "usage: emulation" in result.stdout


def test_os_error_is_a_message_not_a_traceback(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a-file").write_text("x")
    code, _, err = run(["init", str(tmp_path / "a-file" / "ws")], capsys)
    assert code == 2
    assert "a-file" in err and "check the path" in err and "Traceback" not in err


def test_a_bug_is_one_line_unless_debugging(monkeypatch: pytest.MonkeyPatch, sample: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from emulation_cli import workspace_cmd

    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(workspace_cmd.Workspace, "open", broken)
    code, _, err = run(["rank", str(sample)], capsys)
    assert code == 1
    assert "unexpected RuntimeError: boom" in err and "EMULATION_DEBUG=1" in err
    monkeypatch.setenv("EMULATION_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["rank", str(sample)])


def test_missing_plugins_are_warnings_that_fail_validate_only(sample: Path) -> None:
    import os

    env = {**os.environ, "EMULATION_PLUGINS": ""}
    validate = subprocess.run([sys.executable, "-m", "emulation_cli", "validate",
                               str(sample)], capture_output=True, text=True, env=env)
    assert validate.returncode == 2
    assert "no plugin provides type 'htx'" in validate.stderr
    assert "lien-minh-htx scored on common criteria only" in validate.stderr
    rank = subprocess.run([sys.executable, "-m", "emulation_cli", "rank", str(sample),
                           "--format", "json"], capture_output=True, text=True, env=env)
    assert rank.returncode == 0 and "warning" in rank.stderr
    assert len(json.loads(rank.stdout)) == 11
    vietnamese = subprocess.run([sys.executable, "-m", "emulation_cli", "validate", str(sample)],
                                capture_output=True, text=True,
                                env={**env, "EMULATION_LANG": "vi"})
    assert vietnamese.returncode == 2
    assert "không plugin nào cung cấp loại hội 'htx'; EMULATION_PLUGINS chỉ cho nạp không có" \
        in " ".join(vietnamese.stderr.split())
    assert "lien-minh-htx chỉ được chấm theo tiêu chí chung" in " ".join(vietnamese.stderr.split())
