"""A plugin made by ``emulation plugins new``, built and installed, works end to end.

The package is built into a wheel by pip and the wheel unpacked into a folder on
``sys.path``: the same files (module, ``*.dist-info`` with ``entry_points.txt``) that
``pip install`` writes into site-packages.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from emulation_cli import main
from emulation_core import (
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    Indicator,
    Member,
    PeriodKind,
    Scoreboard,
    Section,
    Status,
    Submission,
    YesNoRule,
    default_registry,
    plugins,
)

if TYPE_CHECKING:
    from tests.plugins.conftest import Site

D = Decimal
NAME = "dong-y"
INDICATOR = "dong_y_activities"


@pytest.fixture
def installed(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Scaffold the ``dong-y`` plugin, build its wheel and install it into ``site``."""
    pytest.importorskip("hatchling", reason="building the wheel offline needs hatchling")
    package = tmp_path / "emulation-dong-y"
    assert main(["plugins", "new", NAME, "--dir", str(package), "--title", "Hội Đông y",
                 "--title-en", "Oriental medicine association"]) == 0
    _install(package, tmp_path / "wheels", site)
    monkeypatch.setattr(plugins, "_default", None)  # as a new process would
    return package


def _install(package: Path, wheels: Path, site: Site) -> None:
    """Build ``package``'s wheel with pip and unpack it into ``site``, as pip installs it."""
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--wheel-dir", str(wheels), str(package)],
        capture_output=True, text=True, timeout=300, check=False)
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site.path)
    sys.modules.pop("emulation_dong_y", None)
    if "emulation_dong_y" not in site.modules:
        site.modules.append("emulation_dong_y")


def test_scaffolded_plugin_passes_its_own_test(installed: Path, site: Site) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site.path), *sys.path])}
    env.pop("EMULATION_PLUGINS", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(installed)],
        capture_output=True, text=True, timeout=300, check=False, env=env, cwd=installed)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_scaffolded_plugin_is_listed(installed: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["plugins", "list", "--format", "json"]) == 0
    rows = {r["entry_point"]: r for r in json.loads(capsys.readouterr().out)["plugins"]}
    assert rows[NAME] == {
        "entry_point": NAME, "key": NAME, "name": "Hội Đông y",
        "name_en": "Oriental medicine association", "package": "emulation-dong-y",
        "version": "0.1.0", "source": "third-party", "criteria": 1, "indicators": 1,
        "ok": True, "error": None,
    }


def test_scaffolded_plugin_scores_a_member(installed: Path) -> None:
    plugin = default_registry().get(NAME)
    assert plugin is not None
    table = CriteriaTable((
        Section("1", "Nhiệm vụ chuyên môn", per_type=True, max_points=D(50)),
        Section("2", "Công tác thi đua", (
            Criterion("2.1", "Ban hành kế hoạch", D(50), YesNoRule("plan_issued")),
        ), max_points=D(50)),
    ), {"plan_issued": Indicator("plan_issued", "Ban hành kế hoạch")})
    bloc = Bloc("khoi", "Khối thử", (
        Member("dong-y-a", "Hội Đông y tỉnh A", "Đông y A", NAME),
        Member("dong-y-b", "Hội Đông y tỉnh B", "Đông y B", NAME),
    ))
    campaign = Campaign(
        "c", "Sơ kết 6 tháng", PeriodKind.MID_YEAR, 2018, dt.date(2018, 1, 1),
        dt.date(2018, 6, 30), dt.date(2018, 7, 10), table,
        targets={"dong-y-a": {INDICATOR: D(20)}, "dong-y-b": {INDICATOR: D(20)}})
    tables = {NAME: table.for_type(NAME, plugin.section, plugin.indicator_map)}
    assert [c.code for c in tables[NAME].leaves()] == ["1.1", "2.1"]
    board = Scoreboard(bloc, campaign, tables, {
        "dong-y-a": Submission("dong-y-a", "c", Status.SUBMITTED,
                               {INDICATOR: D(20), "plan_issued": D(1)}),
        "dong-y-b": Submission("dong-y-b", "c", Status.SUBMITTED, {INDICATOR: D(5)}),
    })
    assert board.score("dong-y-a").total == D(100)
    assert board.score("dong-y-b").total == D("12.50")
    assert [r.score.member.id for r in board.ranking] == ["dong-y-a", "dong-y-b"]


@pytest.fixture
def tutorial_installed(installed: Path, site: Site, tmp_path: Path) -> Path:
    """The tutorial's step 2: the module from docs/plugins.md, then reinstalled."""
    from tests.plugins.test_docs import tutorial_module

    (installed / "src" / "emulation_dong_y" / "__init__.py").write_text(
        tutorial_module(), encoding="utf-8")
    for old in site.path.glob("emulation_dong_y*"):
        shutil.rmtree(old)
    _install(installed, tmp_path / "wheels-2", site)
    return installed


def test_tutorial_steps_with_the_sample_workspace(
        tutorial_installed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Step 5 of docs/plugins.md, with its own TOML: add a member, report, validate, score
    (in the year-end campaign: the mid-year one is locked)."""
    from tests.plugins.test_docs import tutorial_toml

    member, target, submission = tutorial_toml()
    ws = tmp_path / "ws"
    assert main(["demo", "--copy-to", str(ws)]) == 0
    campaign = ws / "campaigns" / "2018-ca-nam"
    for path, text in ((ws / "workspace.toml", member), (campaign / "targets.toml", target)):
        with path.open("a", encoding="utf-8") as f:
            f.write("\n" + text)
    (campaign / "submissions" / "hoi-dong-y.toml").write_text(submission, encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(ws)]) == 0
    assert "12 members, 2 campaigns, 22 submissions; no problems." in \
        " ".join(capsys.readouterr().out.split())
    assert main(["score", str(ws), "--campaign", "2018-ca-nam", "--member", "hoi-dong-y",
                 "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    points = {row["code"]: D(row["points"]) for row in result["criteria"]}
    assert {code: points[code] for code in ("1.1", "1.2.1", "1.2.2", "1.3")} == \
        {"1.1": 20, "1.2.1": 6, "1.2.2": 5, "1.3": 8}
    assert D(result["total"]) == 39
