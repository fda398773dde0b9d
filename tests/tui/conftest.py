"""A small bloc built through the library API, with two association types of its own.

Five members (three Red Cross, two study promotion), a mid-year and a year-end campaign,
submissions in every status, a tie on the total separated by section I, and a fixed clock.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import types
from collections.abc import Callable, Iterator
from decimal import Decimal as D
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from emulation_core import (
    API_VERSION,
    ENTRY_POINT_GROUP,
    AdjustmentItem,
    AdjustmentRule,
    AssociationType,
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
    PerOccurrenceRule,
    PluginRegistry,
    RelativeRule,
    Section,
    Status,
    Submission,
    TargetRule,
    Workspace,
    YesNoRule,
)
from emulation_tui.app import EmulationApp
from emulation_tui.i18n import Language, set_language
from emulation_tui.screens.criteria_editor import CriteriaEditor
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import Session, open_session
from emulation_tui.settings import ENV_VAR, Settings
from emulation_tui.widgets.table import DenseTable

NOW = dt.datetime(2018, 7, 5, 9, 30)
_MODULE = "tui_fixture_types"

RED_CROSS = AssociationType(
    key="chu-thap-do", name="Chữ thập đỏ", name_en="Red Cross", api_version=API_VERSION,
    section=Section("core", "Nhiệm vụ Chữ thập đỏ", children=(
        Criterion("1", "Hiến máu tình nguyện", D(30), TargetRule("blood_units"),
                  title_en="Blood donation", evidence="Báo cáo kết quả hiến máu"),
        Criterion("2", "Quỹ nhân đạo", D(30), RelativeRule("funds"),
                  title_en="Humanitarian funds"),
    )),
    indicators=(Indicator("blood_units", "Đơn vị máu", "Blood units", "đơn vị", integer=True),
                Indicator("funds", "Quỹ nhân đạo vận động", "Funds raised", "triệu đồng")),
)
STUDY = AssociationType(
    key="khuyen-hoc", name="Khuyến học", name_en="Study promotion", api_version=API_VERSION,
    section=Section("core", "Nhiệm vụ khuyến học", children=(
        Criterion("1", "Gia đình học tập", D(40), TargetRule("learning_families"),
                  title_en="Learning families"),
        Criterion("2", "Chất lượng hoạt động", D(20), JudgedRule(D("0.5")),
                  title_en="Quality of work"),
    )),
    indicators=(Indicator("learning_families", "Gia đình học tập", "Learning families",
                          "gia đình", integer=True),),
)


def _install_types() -> PluginRegistry:
    module = types.ModuleType(_MODULE)
    module.red_cross = RED_CROSS  # type: ignore[attr-defined]
    module.study = STUDY  # type: ignore[attr-defined]
    sys.modules[_MODULE] = module
    return PluginRegistry(found=[
        EntryPoint("chu-thap-do", f"{_MODULE}:red_cross", ENTRY_POINT_GROUP),
        EntryPoint("khuyen-hoc", f"{_MODULE}:study", ENTRY_POINT_GROUP),
    ], allowed=None)


def _table() -> CriteriaTable:
    return CriteriaTable(
        sections=(
            Section("I", "Nhiệm vụ chuyên môn", title_en="Core tasks", max_points=D(60),
                    per_type=True),
            Section("II", "Xây dựng tổ chức hội", title_en="Organisation", children=(
                Criterion("II.1", "Báo cáo đúng hạn", D(10), YesNoRule("report_on_time"),
                          title_en="Reports on time"),
                Criterion("II.2", "Công tác tổ chức", D(10), JudgedRule(D("0.5")),
                          title_en="Organisation work"),
            )),
            Section("III", "Phong trào thi đua", title_en="Emulation campaigns", children=(
                Criterion("III.1", "Lớp tập huấn", D(20), PerOccurrenceRule("trainings", D(5)),
                          title_en="Training courses"),
            )),
            Section("IV", "Điểm thưởng, điểm trừ", title_en="Bonus and deductions", children=(
                Criterion("IV.1", "Khen thưởng, vi phạm", D(15), AdjustmentRule(
                    (AdjustmentItem("flags", D(10)), AdjustmentItem("late_reports", D(-1))),
                    floor=D(-5), ceiling=D(15)), title_en="Awards and faults"),
            )),
        ),
        indicators={
            "report_on_time": Indicator("report_on_time", "Báo cáo đúng hạn", "Report on time",
                                        integer=True),
            "trainings": Indicator("trainings", "Lớp tập huấn", "Training courses", "lớp",
                                   integer=True),
            "flags": Indicator("flags", "Cờ thi đua", "Emulation flags", "cờ", integer=True),
            "late_reports": Indicator("late_reports", "Báo cáo trễ", "Late reports", "lần",
                                      integer=True),
        },
    )


MEMBERS = (
    Member("ctd-tinh", "Hội Chữ thập đỏ tỉnh", "CTĐ tỉnh", "chu-thap-do"),
    Member("ctd-ha-long", "Hội Chữ thập đỏ TP Hạ Long", "CTĐ Hạ Long", "chu-thap-do"),
    Member("ctd-uong-bi", "Hội Chữ thập đỏ TP Uông Bí", "CTĐ Uông Bí", "chu-thap-do"),
    Member("kh-tinh", "Hội Khuyến học tỉnh", "Khuyến học tỉnh", "khuyen-hoc"),
    Member("kh-cam-pha", "Hội Khuyến học TP Cẩm Phả", "KH Cẩm Phả", "khuyen-hoc"),
)

TARGETS = {
    "ctd-tinh": {"blood_units": D(12100)},
    "ctd-ha-long": {"blood_units": D(4000)},
    "ctd-uong-bi": {"blood_units": D(2000)},
    "kh-tinh": {"learning_families": D(500)},
    "kh-cam-pha": {"learning_families": D(200)},
}


def _sub(member: str, campaign: str, status: Status, values: dict[str, int | str],
         **entries: CriterionEntry) -> Submission:
    return Submission(member, campaign, status=status,
                      values={k: D(v) for k, v in values.items()},
                      entries={k.replace("_", "."): v for k, v in entries.items()},
                      submitted_at=dt.datetime(2018, 7, 1, 8, 0))


def build_workspace(root: Path, registry: PluginRegistry) -> Path:
    """Write the fixture workspace at ``root``."""
    bloc = Bloc("dac-thu-thu", "Khối thi đua các Hội đặc thù (thử nghiệm)", MEMBERS,
                (Leadership(2017, "kh-tinh", "ctd-tinh"),
                 Leadership(2018, "ctd-tinh", "kh-tinh")))
    ws = Workspace.create(root, bloc, registry=registry)
    common = {"table": _table(), "targets": TARGETS, "tie_break": ("section:I", "deductions")}
    ws.save_campaign(Campaign(
        "2017-nam", "Tổng kết năm 2017", PeriodKind.YEAR_END, 2017, dt.date(2017, 1, 1),
        dt.date(2017, 12, 31), dt.date(2018, 1, 10), **common))
    ws.save_campaign(Campaign(
        "2018-6t", "Sơ kết 6 tháng đầu năm 2018", PeriodKind.MID_YEAR, 2018, dt.date(2018, 1, 1),
        dt.date(2018, 6, 30), dt.date(2018, 7, 10), previous="2017-nam", **common))
    v, s = Status.VERIFIED, Status.SUBMITTED
    for sub in (
        _sub("ctd-tinh", "2017-nam", v, {"blood_units": 11000, "funds": 900,
                                         "report_on_time": 1, "trainings": 3}),
        _sub("ctd-ha-long", "2017-nam", v, {"blood_units": 4100, "funds": 400,
                                            "report_on_time": 1, "trainings": 4}),
        _sub("kh-tinh", "2017-nam", v, {"learning_families": 520, "report_on_time": 1,
                                        "trainings": 2},
             I_2=CriterionEntry(verified_points=D(18))),
        _sub("ctd-tinh", "2018-6t", v, {"blood_units": 11380, "funds": 1200,
                                        "report_on_time": 1, "trainings": 4, "flags": 1},
             I_1=CriterionEntry(self_points=D(30), verified_points=D("28.22"),
                                reason="chưa đạt chỉ tiêu", evidence="Báo cáo 45/BC-CTĐ"),
             II_2=CriterionEntry(self_points=D(10), verified_points=D("9.5"),
                                 reason="thiếu biên bản")),
        _sub("ctd-ha-long", "2018-6t", s, {"blood_units": 4000, "funds": 600,
                                           "report_on_time": 1, "trainings": 3},
             II_2=CriterionEntry(self_points=D(9))),
        _sub("kh-tinh", "2018-6t", v, {"learning_families": 480, "report_on_time": 1,
                                       "trainings": 4, "late_reports": 1},
             I_2=CriterionEntry(self_points=D(19), verified_points=D("18.5"),
                                reason="một số xã chưa báo cáo"),
             II_2=CriterionEntry(self_points=D(9), verified_points=D(9))),
        _sub("kh-cam-pha", "2018-6t", Status.DRAFT, {"learning_families": 150,
                                                     "report_on_time": 1, "trainings": 3},
             I_2=CriterionEntry(self_points=D("15.5")), II_2=CriterionEntry(self_points=D("8.5"))),
    ):
        ws.save_submission(sub)
    ws.close()
    return root


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
              ) -> Iterator[None]:
    """Keep settings out of the user's home and start every test in Vietnamese."""
    monkeypatch.setenv(ENV_VAR, str(tmp_path_factory.mktemp("config")))
    set_language("vi")
    yield
    set_language("vi")


SNAPSHOT_ACTOR = "lead:Nguyễn Văn An"
"""Who the snapshots are taken as: the bloc's lead (named as in the bundled sample)."""


@pytest.fixture(autouse=True)
def _snapshots_as_the_lead(_no_configured_person: None, request: pytest.FixtureRequest,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A snapshot shows what the lead sees: its title bar names the lead, not the login
    name with no role (set after the root conftest cleared who is acting)."""
    if "snap_compare" in request.fixturenames:
        monkeypatch.setenv("EMULATION_AS", SNAPSHOT_ACTOR)


@pytest.fixture(scope="session")
def registry() -> PluginRegistry:
    return _install_types()


@pytest.fixture
def ws_path(tmp_path: Path, registry: PluginRegistry) -> Path:
    return build_workspace(tmp_path / "ws", registry)


def clock() -> dt.datetime:
    return NOW


@pytest.fixture
def session(ws_path: Path, registry: PluginRegistry) -> Iterator[Session]:
    opened = open_session(ws_path, clock=clock, registry=registry)
    yield opened
    opened.close()


def new_app(session: Session, language: Language = "vi") -> EmulationApp:
    """The app over ``session``, with a fixed clock and a short save delay."""
    return EmulationApp(session, settings=Settings(language=language), clock=clock,
                        save_delay=0.01)


@pytest.fixture
def app(session: Session) -> EmulationApp:
    return new_app(session)


@pytest.fixture
def make_app() -> Callable[..., EmulationApp]:
    return new_app


async def settle(app: EmulationApp, pilot: Pilot[int]) -> None:
    """Wait out the opening of the workspace and the save delay, then every worker (the
    workspace is opened and saves are written on one), then the screen: what a test checks
    after typing is then on disk and on screen."""
    deadline = time.monotonic() + 5
    await pilot.pause(0.05)
    while True:
        await app.workers.wait_for_complete()
        await pilot.pause()
        session = app.session
        waiting = app.loading or (session is not None and not session.read_only
                                   and session.pending)
        if not waiting or time.monotonic() > deadline:
            return
        await pilot.pause(0.02)  # a loaded machine fires the save timer late


async def open_criterion(app: EmulationApp, pilot: Pilot[int], member: str,
                         code: str) -> ScoringScreen:
    """The member's scoring screen, opened from the dashboard, on criterion ``code``."""
    app.screen.query_one("#members", DenseTable).select_key(member)
    await pilot.press("enter")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ScoringScreen)
    screen.table.select_key(code)
    await pilot.pause()
    return screen


def field_note(screen: Screen[object], field: str) -> str:
    """What the note under the entry field ``field`` says."""
    return str(screen.query_one(f"#{field}-note", Static).render())


def send_back(session: Session, member_id: str) -> None:
    """Return the member's report to the unit, so that figures typed are the unit's own
    (on a submitted report they are the verifier's corrections)."""
    assert session.board is not None
    saved = session.ws.return_submission(session.board.campaign.id, member_id,
                                         "bổ sung số liệu")
    session.recorded(saved.submission)


def notified(app: EmulationApp, text: str) -> bool:
    """Whether a notification shown by the app contains ``text``."""
    return any(text in str(n.message) for n in app._notifications)


async def open_criteria_editor(app: EmulationApp, pilot: Pilot[int], row: str) -> CriteriaEditor:
    """From the dashboard: the criteria screen, its editor, with ``row`` selected."""
    await pilot.press("t", "e")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, CriteriaEditor)
    screen.table.select_key(row)
    await pilot.pause()
    return screen


def editor_checks(screen: CriteriaEditor) -> str:
    """The criteria editor's line of sum checks, as shown."""
    return str(screen.query_one("#ce-checks", Static).render())
