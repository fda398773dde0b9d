"""A registered "no target" and a target not entered yet are told apart (docs/scoring.md,
"The target rule, exactly"): the explanation says which, and ``not_entered = "zero"`` scores
a target not entered 0 until it is entered, while a registered "no target" is compared with
the bloc as ``no_target`` says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
    NO_TARGET,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    Member,
    NoTarget,
    NotEntered,
    PeriodKind,
    PluginRegistry,
    Scoreboard,
    Section,
    Status,
    Submission,
    TargetRule,
    Workspace,
    explanation_text,
    rule_text,
    set_targets,
)

D = Decimal
MEMBERS = tuple(Member(m, f"Hội {m.upper()}", m.upper(), "t") for m in ("a", "b", "c", "d"))
TARGET, NONE, NOT_ENTERED = "target", "none", "not entered"


def board(values: Mapping[str, int], state: Mapping[str, str], *,
          not_entered: NotEntered = NotEntered.AS_NO_TARGET,
          no_target: NoTarget = NoTarget.BLOC_BEST) -> Scoreboard:
    """Four members scored on one target criterion worth 10; ``state`` says per member
    whether it has a target of 50, registered no target, or has not entered one."""
    rule = TargetRule("x", no_target=no_target, not_entered=not_entered)
    table = CriteriaTable((Section("1", "Nhiệm vụ", (Criterion("1.1", "Số X", D(10), rule),)),))
    campaign = Campaign(
        "c", "Đợt", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1), dt.date(2024, 12, 31),
        dt.date(2024, 12, 31), table,
        targets={m: {"x": D(50)} for m, s in state.items() if s == TARGET},
        no_target={m: frozenset({"x"}) for m, s in state.items() if s == NONE})
    subs = {m: Submission(m, "c", Status.SUBMITTED, {"x": D(v)}) for m, v in values.items()}
    return Scoreboard(Bloc("k", "Khối", MEMBERS), campaign, {"t": table}, subs)


def points(scores: Scoreboard) -> dict[str, Decimal]:
    return {m.id: scores.score(m.id).total for m in MEMBERS}


def said(scores: Scoreboard, member: str, lang: str = "en") -> str:
    (criterion,) = scores.breakdown(member)
    return explanation_text(criterion.explanation, lang)  # type: ignore[arg-type]


VALUES = {"a": 100, "b": 40, "c": 20, "d": 10}
STATE = {"a": TARGET, "b": NONE, "c": NOT_ENTERED, "d": NONE}


def test_by_default_both_are_compared_with_the_bloc_but_said_apart() -> None:
    scores = board(VALUES, STATE)
    # a reaches its target of 50: 10; b and c are compared with the best result, 100
    assert points(scores) == {"a": D(10), "b": D(4), "c": D(2), "d": D(1)}
    assert said(scores, "b") == "registered no target: x 40 against the bloc's best 100 (A) × 10"
    assert said(scores, "c") == ("target not entered (scored as none): x 20 against the "
                                 "bloc's best 100 (A) × 10")
    assert said(scores, "b", "vi").startswith("đã đăng ký không có chỉ tiêu: ")
    assert said(scores, "c", "vi").startswith("chưa nhập chỉ tiêu (tính như không có): ")


def test_zero_until_entered_scores_only_the_target_not_entered_zero() -> None:
    scores = board(VALUES, STATE, not_entered=NotEntered.ZERO)
    assert points(scores) == {"a": D(10), "b": D(4), "c": D(0), "d": D(1)}
    assert said(scores, "c") == "x 20; target not entered yet, so 0 until it is entered"
    assert said(scores, "c", "vi") == "x 20; chưa nhập chỉ tiêu nên tính 0 cho đến khi nhập"
    (criterion,) = scores.breakdown("c")
    assert rule_text(criterion.criterion, "en").endswith(
        "; a target not entered yet scores 0 until it is entered")
    # once the unit registers "no target", it is compared like b and d
    entered = board(VALUES, {**STATE, "c": NONE}, not_entered=NotEntered.ZERO)
    assert points(entered)["c"] == D(2)


def test_no_target_best_counts_a_target_not_entered_among_those_without_a_target() -> None:
    values = {"a": 100, "b": 40, "c": 80, "d": 10}
    scores = board(values, STATE, no_target=NoTarget.NO_TARGET_BEST)
    # the best without a target is c's 80, entered or not
    assert points(scores) == {"a": D(10), "b": D(5), "c": D(10), "d": D("1.25")}
    waiting = board(values, STATE, no_target=NoTarget.NO_TARGET_BEST,
                    not_entered=NotEntered.ZERO)
    assert points(waiting) == {"a": D(10), "b": D(5), "c": D(0), "d": D("1.25")}


def test_set_targets_no_target_is_said_as_registered_and_clear_as_not_entered(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, registry=registry, writable=True) as ws:
        ws.save_submission(Submission("hoi-c", "c2018", Status.SUBMITTED, {"members": D(5)}))
        assert _said(ws).startswith("target not entered (scored as none): ")
        set_targets(ws, "c2018", "hoi-c", {"members": NO_TARGET})
        assert _said(ws).startswith("registered no target: ")
        points = ws.scoreboard("c2018").points_of("hoi-c", _members_criterion(ws))
        set_targets(ws, "c2018", "hoi-c", {}, clear=["members"])
        assert _said(ws).startswith("target not entered (scored as none): ")
        assert ws.scoreboard("c2018").points_of("hoi-c", _members_criterion(ws)) == points


def _members_criterion(ws: Workspace) -> Criterion:
    found = ws.campaign("c2018").table.find("1.1")
    assert found is not None
    return found


def _said(ws: Workspace) -> str:
    board = ws.scoreboard("c2018")
    found = next(s for s in board.breakdown("hoi-c") if s.criterion.code == "1.1")
    return explanation_text(found.explanation, "en")


states = st.fixed_dictionaries({m.id: st.sampled_from((TARGET, NONE, NOT_ENTERED))
                                for m in MEMBERS})
results = st.fixed_dictionaries({m.id: st.integers(0, 200) for m in MEMBERS})


@given(results, states, st.sampled_from(NoTarget))
def test_a_target_not_entered_scores_as_registered_none_or_zero(
        values: dict[str, int], state: dict[str, str], no_target: NoTarget) -> None:
    as_none = points(board(values, state, no_target=no_target))
    registered = {m: NONE if s == NOT_ENTERED else s for m, s in state.items()}
    assert points(board(values, registered, no_target=no_target)) == as_none
    waiting = points(board(values, state, no_target=no_target, not_entered=NotEntered.ZERO))
    for member, status in state.items():
        assert waiting[member] == (D(0) if status == NOT_ENTERED else as_none[member])
