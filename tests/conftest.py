"""Shared fixtures: a small workspace built through the public API."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    Indicator,
    JudgedRule,
    Leadership,
    Member,
    PeriodKind,
    PluginRegistry,
    Section,
    Status,
    Submission,
    TargetRule,
    Workspace,
    YesNoRule,
    sample_workspace_path,
)

D = Decimal


def small_table() -> CriteriaTable:
    indicators = {
        k: Indicator(k, label) for k, label in (
            ("members", "Hội viên mới"), ("plan", "Kế hoạch"), ("bonus_flags", "Cờ"),
            ("late", "Báo cáo muộn"))
    }
    return CriteriaTable((
        Section("1", "Nhiệm vụ", (
            Criterion("1.1", "Hội viên mới", D(6), TargetRule("members")),
            Criterion("1.2", "Kế hoạch", D(4), YesNoRule("plan")),
            Criterion("1.3", "Kiểm tra", D(10), JudgedRule(D("0.5"))),
        ), max_points=D(20)),
        Section("2", "Thưởng, trừ", (
            Criterion("2.1", "Thưởng", D(10), AdjustmentRule(
                (AdjustmentItem("bonus_flags", D(10)),), D(0), D(10))),
            Criterion("2.2", "Trừ", D(0), AdjustmentRule(
                (AdjustmentItem("late", D(-1)),), D(-5), D(0))),
        )),
    ), indicators)


BLOC = Bloc(
    "khoi-thu", "Khối thi đua thử nghiệm",
    (Member("hoi-a", "Hội Ánh Dương", "Ánh Dương", "alpha"),
     Member("hoi-b", "Hội Bình Minh", "Bình Minh", "alpha"),
     Member("hoi-c", "Hội Ca Dao", "Ca Dao", "beta")),
    (Leadership(2018, "hoi-a", "hoi-b"),),
)


def make_campaign() -> Campaign:
    return Campaign(
        "c2018", "Tổng kết năm 2018", PeriodKind.YEAR_END, 2018, dt.date(2018, 1, 1),
        dt.date(2018, 12, 31), dt.date(2018, 12, 20), small_table(),
        targets={"hoi-a": {"members": D(10)}, "hoi-b": {"members": D(20)}},
    )


@pytest.fixture
def registry() -> PluginRegistry:
    """A registry with no plugins, so installed ones do not change the results."""
    return PluginRegistry(found=[])


@pytest.fixture
def make_ws(tmp_path: Path, registry: PluginRegistry) -> Callable[[], Path]:
    """Write the small workspace and return its folder."""
    def build() -> Path:
        root = tmp_path / "ws"
        with Workspace.create(root, BLOC, registry) as ws:
            ws.save_campaign(make_campaign())
            ws.save_submission(Submission(
                "hoi-a", "c2018", Status.SUBMITTED,
                {"members": D(8), "plan": D(1), "late": D(1)},
                {"1.3": CriterionEntry(D("9.5"), None, "", "Báo cáo 12/BC")}))
            ws.save_submission(Submission(
                "hoi-b", "c2018", Status.VERIFIED, {"members": D(25), "plan": D(1),
                                                    "bonus_flags": D(1)},
                {"1.3": CriterionEntry(D(8), D("7.5"), "thiếu minh chứng")}))
        return root
    return build


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A writable copy of the sample workspace; its change log starts with a baseline."""
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    Workspace.open(root, writable=True).close()
    return root


@pytest.fixture(autouse=True)
def _own_document_cache(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Workspaces opened by a test cache their parsed files in a folder of its own, never in
    the user's cache folder (docs/workspace.md, "The document cache")."""
    monkeypatch.setenv("EMULATION_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(autouse=True)
def _no_configured_person(tmp_path_factory: pytest.TempPathFactory,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Changes are recorded as the person configured on the machine running the tests
    unless this keeps identity.toml and $EMULATION_AS out of them; with neither, the login
    name is the actor, fixed here so that the UI's title bar (and its snapshots) read the
    same on every machine."""
    monkeypatch.setenv("EMULATION_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("EMULATION_AS", raising=False)
    monkeypatch.setenv("LOGNAME", "root")  # what getpass.getuser() reads first
