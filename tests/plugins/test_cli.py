"""``emulation plugins list`` and ``emulation plugins new``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from emulation_cli import main
from emulation_core import ENV_VAR

if TYPE_CHECKING:
    from tests.plugins.conftest import Site

BROKEN = '''
def make():
    raise RuntimeError("factory exploded")
'''


def test_list_json_is_valid_and_complete(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    site.add("tp-cli-broken", "tp_cli_broken", BROKEN, {"tp-cli-broken": "tp_cli_broken:make"})
    assert main(["plugins", "list", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = {row["entry_point"]: row for row in data["plugins"]}
    assert rows["htx"] == {
        "entry_point": "htx", "key": "htx", "name": "Liên minh Hợp tác xã",
        "name_en": "Cooperative alliance", "package": "emulation-htx", "version": "0.1.0",
        "source": "bundled", "criteria": 6, "indicators": 5, "ok": True, "error": None,
    }
    broken = rows["tp-cli-broken"]
    assert broken["ok"] is False and broken["key"] is None
    assert broken["package"] == "tp-cli-broken" and broken["source"] == "third-party"
    assert "factory exploded" in broken["error"]
    assert data["skipped"] == [] and data["restricted_to"] is None


def test_list_table_shows_broken_reason(site: Site, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    site.add("tp-cli-broken", "tp_cli_broken", BROKEN, {"tp-cli-broken": "tp_cli_broken:make"})
    assert main(["plugins", "list"]) == 0
    out = capsys.readouterr().out
    assert "Hội Chữ thập đỏ" in out and "emulation-chu-thap-do" in out
    assert "broken: tp-cli-broken (tp-cli-broken): the code at " in out
    assert "tp_cli_broken.py:3 raised RuntimeError: factory exploded; the entry point " \
           "'tp-cli-broken = tp_cli_broken:make' must name the AssociationType" in out


def test_text_from_plugins_and_paths_is_not_markup(
        site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    site.add("tp-brackets", "tp_brackets", """
from decimal import Decimal
from emulation_core import AssociationType, Criterion, Indicator, Section, TargetRule
TYPE = AssociationType("tp-brackets", "Hội [/] [bold]thử", "Test [/red]", 1, Section(
    "s", "x", (Criterion("1", "x", Decimal(50), TargetRule("tp_x")),)), (Indicator("tp_x", "x"),))
""", {"tp-brackets[/]": "tp_brackets:TYPE"})
    assert main(["plugins", "list"]) == 0
    out = capsys.readouterr().out
    assert "Hội [/] [bold]thử" in out and "tp-brackets (entry point tp-brackets[/])" in out
    assert main(["plugins", "new", "ok", "--dir", str(tmp_path / "[/x]")]) == 0
    assert "[/x]" in capsys.readouterr().out


def test_list_with_env_var_empty(fresh_registry: None, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv(ENV_VAR, "")
    assert main(["plugins", "list"]) == 0
    out = capsys.readouterr().out
    assert "chung" in out and "built-in" in out  # the general type is always there
    assert f"{ENV_VAR} is set: loading only none" in out
    assert main(["plugins", "list", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(p["key"], p["source"], p["criteria"]) for p in data["plugins"]] == \
        [("chung", "built-in", 0)]
    assert data["restricted_to"] == [] and "htx" in data["skipped"]


def test_plugins_without_subcommand_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins"]) == 2
    assert "list" in capsys.readouterr().out


def test_new_writes_a_package(tmp_path: Path, fresh_registry: None,
                              capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "pkg"
    assert main(["plugins", "new", "cuu-chien-binh", "--dir", str(target),
                 "--title", "Hội Cựu chiến binh", "--title-en", 'Veterans "CCB"']) == 0
    assert "pip install -e" in capsys.readouterr().out
    files = sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())
    assert files == ["README.md", "pyproject.toml", "src/emulation_cuu_chien_binh/__init__.py",
                     "src/emulation_cuu_chien_binh/py.typed",
                     "tests/test_emulation_cuu_chien_binh.py"]
    pyproject = (target / "pyproject.toml").read_text(encoding="utf-8")
    assert 'cuu-chien-binh = "emulation_cuu_chien_binh:ASSOCIATION_TYPE"' in pyproject
    module = (target / "src/emulation_cuu_chien_binh/__init__.py").read_text(encoding="utf-8")
    assert 'name="Hội Cựu chiến binh"' in module and r'name_en="Veterans \"CCB\""' in module


def test_new_default_folder(tmp_path: Path, fresh_registry: None,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["plugins", "new", "cuu-chien-binh"]) == 0
    assert (tmp_path / "emulation-cuu-chien-binh" / "pyproject.toml").is_file()


@pytest.mark.parametrize(("name", "message"), [
    ("Bad Name", "must be lowercase letters and digits"),
    ("../escape", "must be lowercase letters and digits"),
    ("a/b", "must be lowercase letters and digits"),
    ("trailing-", "must be lowercase letters and digits"),
    ("9lives", "must be lowercase letters and digits"),
    ("under_score", "must be lowercase letters and digits"),
    ("con", "reserved device name"),
    ("x" * 41, "longer than 40"),
    ("htx", "already provides type 'htx'"),
])
def test_new_refuses_unsafe_names(name: str, message: str, tmp_path: Path,
                                  fresh_registry: None,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "new", name, "--dir", str(tmp_path / "pkg")]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "pkg").exists()


def test_new_refuses_a_non_empty_folder(tmp_path: Path, fresh_registry: None,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["plugins", "new", "cuu-chien-binh", "--dir", str(tmp_path / "pkg")]) == 2
    assert "is not an empty folder" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "pkg").iterdir()) == ["notes.txt"]
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["plugins", "new", "cuu-chien-binh", "--dir", str(tmp_path / "file")]) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["plugins", "new", "cuu-chien-binh", "--dir", str(empty)]) == 0


def test_new_reports_unwritable_folder(tmp_path: Path, fresh_registry: None,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    assert main(["plugins", "new", "cuu-chien-binh", "--dir", str(blocker / "pkg")]) == 2
    err = capsys.readouterr().err
    assert "could not write the plugin" in err and "Traceback" not in err


def test_the_criteria_count_is_never_cut_off_on_a_narrow_terminal(
        fresh_registry: None, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["plugins", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line.rstrip()) <= 80 for line in lines)
    assert "Criteria" in next(line for line in lines if "Key" in line)
    htx = next(line for line in lines if line.startswith(" htx "))
    assert htx.split()[-1] == "6"
