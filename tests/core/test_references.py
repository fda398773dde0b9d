"""Every reference in a workspace's files is checked where the file is read.

A code, key or link that points at nothing would silently change a score or a ranking, so
each is refused with one message: ``file:line: field: message (hint: …)``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from attrs import evolve
from tests.conftest import BLOC, make_campaign

from emulation_core import (
    CriteriaTable,
    Criterion,
    CriterionEntry,
    PluginRegistry,
    Section,
    Status,
    Submission,
    ValidationError,
    Workspace,
)

D = Decimal
CAMPAIGN = "campaigns/c2018/campaign.toml"
CRITERIA = "campaigns/c2018/criteria.toml"
TARGETS = "campaigns/c2018/targets.toml"


@pytest.fixture
def general_ws(tmp_path: Path, registry: PluginRegistry) -> Path:
    """The small workspace with every member of the built-in general type (installed)."""
    root = tmp_path / "ws"
    bloc = evolve(BLOC, members=tuple(evolve(m, type="chung") for m in BLOC.members))
    with Workspace.create(root, bloc, registry) as ws:
        ws.save_campaign(make_campaign())
        for member in ("hoi-a", "hoi-b"):
            ws.save_submission(Submission(
                member, "c2018", Status.SUBMITTED, {"members": D(8), "plan": D(1)},
                {"1.3": CriterionEntry(D(9))}))
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def line_of(path: Path, needle: str) -> int:
    """The last line holding ``needle``."""
    return max(i for i, line in enumerate(path.read_text("utf-8").splitlines(), 1)
               if needle in line)


def refusal(root: Path, registry: PluginRegistry) -> list[str]:
    with pytest.raises(ValidationError) as info:
        Workspace.open(root, registry=registry)
    return [str(p) for p in info.value.problems]


# (case, file, text replaced, replacement, line to point at, field, message and hint)
CASES: list[tuple[str, str, str, str, str, str, str]] = [
    ("unknown not_assigned code", TARGETS, "members = 10", 'members = 10\nnot_assigned = ["1.9"]',
     "not_assigned", "hoi-a.not_assigned",
     "'1.9' is not a criterion or section of this member's table (hint: did you mean '1.3'?)"),
    ("not_assigned code listed twice", TARGETS, "members = 10",
     'members = 10\nnot_assigned = ["1.1", "1.1"]', "not_assigned", "hoi-a.not_assigned",
     "'1.1' is listed twice (hint: remove one of them)"),
    ("misspelt target indicator", TARGETS, "members = 20", "membres = 20", "membres",
     "hoi-b.membres",
     "'membres' is not an indicator of this member's criteria (hint: did you mean 'members'?)"),
    ("target nobody is scored against", TARGETS, "members = 20", "members = 20\nplan = 1",
     "plan = 1", "hoi-b.plan",
     "no criterion of this member is scored against a target for 'plan' "
     "(hint: indicators with targets here: members)"),
    ("target for a non-member", TARGETS, "[hoi-b]", "[hoi-bb]", "[hoi-bb]", "hoi-bb",
     "'hoi-bb' is not a member of the bloc (hint: did you mean 'hoi-b'?)"),
    ("previous campaign missing", CAMPAIGN, 'tie_break = []',
     'tie_break = []\nprevious = "c2017"', "previous", "previous",
     "campaign 'c2017' does not exist (hint: campaigns: none; or remove 'previous')"),
    ("previous is itself", CAMPAIGN, 'tie_break = []', 'tie_break = []\nprevious = "c2018"',
     "previous", "previous",
     "names this campaign itself (hint: name the campaign before this one, or remove "
     "'previous')"),
    ("schema_version 0", "workspace.toml", "schema_version = 1", "schema_version = 0",
     "schema_version", "schema_version",
     "is 0; schema versions start at 1 (hint: write 'schema_version = 1')"),
    ("bonus max_points that is not its ceiling", CRITERIA, 'title = "Thưởng"\nmax_points = 10',
     'title = "Thưởng"\nmax_points = 5', "max_points = 5", "sections[1].items[0].max_points",
     "is 5, but a bonus/deduction criterion scores from its floor 0 to its ceiling 10; "
     "max_points is not used (hint: remove max_points, or set it to the ceiling 10)"),
    ("indicator declared twice", CRITERIA, '{ key = "plan", label = "Kế hoạch" },',
     '{ key = "plan", label = "Kế hoạch" },\n    { key = "plan", label = "Lần hai" },',
     "Lần hai", "indicators[2].key", "indicator 'plan' is declared twice "
     "(hint: remove one of them)"),
    ("band key twice", CAMPAIGN, 'key = "good"', 'key = "excellent"', 'key = "excellent"',
     "bands[1].key",
     "band 'excellent' is listed twice (hint: give each band its own key)"),
    ("leadership year twice", "workspace.toml", 'deputy = "hoi-b" },',
     'deputy = "hoi-b" },\n    { year = 2018, lead = "hoi-c" },',
     'lead = "hoi-c"', "leadership[1].year",
     "2018 is listed twice; only the first would count (hint: keep one lead and deputy per "
     "year)"),
    ("deputy is the lead", "workspace.toml", 'deputy = "hoi-b"', 'deputy = "hoi-a"',
     'deputy = "hoi-a"', "leadership[0].deputy",
     "'hoi-a' is also the lead this year (hint: choose another member as deputy, or remove "
     "the deputy)"),
]


@pytest.mark.parametrize(("case", "file", "old", "new", "needle", "field", "message"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_reference_to_nothing_is_refused_with_file_line_and_hint(
        case: str, file: str, old: str, new: str, needle: str, field: str, message: str,
        general_ws: Path, registry: PluginRegistry) -> None:
    path = general_ws / file
    edit(path, old, new)
    line = line_of(path, needle)
    assert refusal(general_ws, registry) == [f"{file}:{line}: {field}: {message}"]


def test_previous_links_that_go_round_in_a_circle_are_refused(
        general_ws: Path, registry: PluginRegistry) -> None:
    folder = general_ws / "campaigns"
    shutil.copytree(folder / "c2018", folder / "c2019")
    edit(folder / "c2018/campaign.toml", "tie_break = []", 'tie_break = []\nprevious = "c2019"')
    edit(folder / "c2019/campaign.toml", "tie_break = []", 'tie_break = []\nprevious = "c2018"')
    line = line_of(folder / "c2018/campaign.toml", "previous")
    assert refusal(general_ws, registry) == [
        f"campaigns/{a}/campaign.toml:{line}: previous: the links go round in a circle: "
        f"{a} → {b} → {a} (hint: remove 'previous' from one of them)"
        for a, b in (("c2018", "c2019"), ("c2019", "c2018"))]
    edit(folder / "c2019/campaign.toml", 'previous = "c2018"', "")
    with Workspace.open(general_ws, registry=registry) as ws:
        assert ws.campaign("c2018").previous == "c2019"


def test_a_section_code_in_not_assigned_stands_for_all_its_criteria(
        general_ws: Path, registry: PluginRegistry) -> None:
    targets = general_ws / TARGETS

    def scored(codes: str) -> tuple[Decimal, Decimal, list[str]]:
        text = targets.read_text("utf-8").split("not_assigned")[0].rstrip("\n")
        targets.write_text(text.replace("members = 10", f"members = 10\nnot_assigned = {codes}")
                           + "\n", "utf-8")
        with Workspace.open(general_ws, registry=registry) as ws:
            board = ws.scoreboard("c2018")
            score = board.score("hoi-a")
            return score.reachable, score.total, [s.source for s in board.breakdown("hoi-a")]

    full = scored("[]")
    by_section = scored('["1"]')
    by_criteria = scored('["1.1", "1.2", "1.3"]')
    assert by_section == by_criteria
    section_one = make_campaign().table.sections[0]
    assert by_section[0] == full[0] - section_one.nominal
    assert by_section[2][:3] == ["not_assigned"] * 3
    assert by_section[1] < full[1]


def test_a_criterion_for_another_type_cannot_be_exempted_nor_a_type_misspelt(
        tmp_path: Path, registry: PluginRegistry) -> None:
    campaign = make_campaign()
    first = campaign.table.sections[0]
    only_alpha = evolve(first.children[1], applies_to=frozenset({"alpha"}))
    table = CriteriaTable((evolve(first, children=(first.children[0], only_alpha,
                                                   first.children[2])),
                           *campaign.table.sections[1:]), campaign.table.indicators)
    bloc = evolve(BLOC, members=tuple(evolve(m, type="chung" if m.id != "hoi-c" else "alpha")
                                      for m in BLOC.members))
    root = tmp_path / "ws"
    with Workspace.create(root, bloc, registry) as ws:
        ws.save_campaign(evolve(campaign, table=evolve(table, sections=(
            evolve(table.sections[0], max_points=None), *table.sections[1:]))))
    edit(root / TARGETS, "members = 10", 'members = 10\nnot_assigned = ["1.2"]')
    line = line_of(root / TARGETS, "not_assigned")
    assert refusal(root, registry) == [
        f"{TARGETS}:{line}: hoi-a.not_assigned: criterion 1.2 does not apply to type 'chung' "
        "(hint: remove it: this member is not scored on it anyway)"]
    edit(root / TARGETS, 'not_assigned = ["1.2"]', "")
    edit(root / CRITERIA, '"alpha"', '"alpah"')
    line = line_of(root / CRITERIA, "applies_to")
    assert refusal(root, registry) == [
        f"{CRITERIA}:{line}: sections[0].items[1].applies_to: 'alpah' is not an installed "
        "association type nor the type of a member (hint: did you mean 'alpha'?)"]


def test_an_adjustment_without_max_points_takes_its_ceiling(
        general_ws: Path, registry: PluginRegistry) -> None:
    edit(general_ws / CRITERIA, 'title = "Thưởng"\nmax_points = 10', 'title = "Thưởng"')
    with Workspace.open(general_ws, registry=registry) as ws:
        bonus = ws.campaign("c2018").table.find("2.1")
        assert isinstance(bonus, Criterion)
        assert bonus.max_points == bonus.highest == D(10)


def test_targets_of_a_type_that_is_not_installed_are_not_second_guessed(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()  # members of types 'alpha' and 'beta', whose plugins are missing
    edit(root / TARGETS, "members = 20", "members = 20\nalpha_only = 3")
    with Workspace.open(root, registry=registry) as ws:
        assert ws.campaign("c2018").targets["hoi-b"]["alpha_only"] == 3
        assert ws.warnings  # the missing type is still reported


def test_a_section_with_a_slot_code_is_accepted_for_a_type_that_is_not_installed(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        campaign = ws.campaign("c2018")
        slot = Section("9", "Nhiệm vụ riêng", (), per_type=True)
        ws.save_campaign(evolve(campaign, table=evolve(
            campaign.table, sections=(*campaign.table.sections, slot)),
            not_assigned={"hoi-a": frozenset({"9.1"})}))
    with Workspace.open(root, registry=registry) as ws:
        assert ws.campaign("c2018").not_assigned == {"hoi-a": frozenset({"9.1"})}


def test_a_reference_problem_is_said_in_vietnamese_too(
        general_ws: Path, registry: PluginRegistry) -> None:
    edit(general_ws / TARGETS, "members = 20", "membres = 20")
    with pytest.raises(ValidationError) as info:
        Workspace.open(general_ws, registry=registry)
    [problem] = info.value.problems
    assert problem.text("vi") == (
        f"{TARGETS}:{problem.line}: hoi-b.membres: 'membres' không phải chỉ số trong các tiêu "
        "chí của đơn vị này (gợi ý: có phải là 'members'?)")
