"""Review steps beside verification: a figure corrected with its reason, the unit's
explanation (giải trình) and the verifier's answer, each recorded in the change log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest

from emulation_core import PluginRegistry, Status, Workspace
from emulation_core.audit import read_chain
from emulation_core.review import ReviewError

WHEN = dt.datetime(2018, 12, 10, 9, 0, tzinfo=dt.UTC)


def _logged(root: Path, kind: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """The log's ``kind`` entries: (code, field, old, new, reason)."""
    entries, _, broken = read_chain(root)
    assert broken is None
    return [(e.change.code, e.change.field, e.change.old, e.change.new, e.change.reason)
            for e in entries if e.change.kind == kind]


def test_a_correction_keeps_the_status_and_the_reported_figure_and_is_logged(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        code = ws.campaign("c2018").table.find("1.1")
        assert code is not None
        saved = ws.correct_figure("c2018", "hoi-a", "members", D(10), " sổ ghi thiếu ",
                                  now=WHEN).submission
        assert saved.status is Status.SUBMITTED  # a correction alone does not verify
        assert saved.values["members"] == 8 and saved.corrections["members"].value == 10
        assert ws.scoreboard("c2018").points_of("hoi-a", code) == D("6.00")  # 10 of 10 × 6
        back = ws.correct_figure("c2018", "hoi-a", "members", None, "nhầm, sổ đúng",
                                 now=WHEN).submission
        assert "members" not in back.corrections and back.values["members"] == 8
        assert ws.scoreboard("c2018").points_of("hoi-a", code) == D("4.80")
    assert _logged(root, "submission.correction") == [
        ("", "members", None, "10", "sổ ghi thiếu"),
        ("", "members", "10", None, "nhầm, sổ đúng")]


@pytest.mark.parametrize(("member", "key", "reason", "message"), [
    ("hoi-a", "members", "  ", "correcting members needs a reason"),
    ("hoi-a", "nothing", "x", "reports no indicator nothing"),
    ("hoi-c", "members", "x", "no submission"),
])
def test_a_correction_is_refused_with_nothing_changed(
        make_ws: Callable[[], Path], registry: PluginRegistry, member: str, key: str,
        reason: str, message: str) -> None:
    root = make_ws()
    before = (root / "audit.jsonl").read_bytes()
    with Workspace.open(root, writable=True, registry=registry) as ws, \
            pytest.raises(ReviewError, match=message):
        ws.correct_figure("c2018", member, key, D(1), reason)
    assert (root / "audit.jsonl").read_bytes() == before


def test_a_draft_cannot_be_corrected_or_explained(make_ws: Callable[[], Path],
                                                  registry: PluginRegistry) -> None:
    with Workspace.open(make_ws(), writable=True, registry=registry) as ws:
        ws.set_values("c2018", "hoi-c", {"members": D(1)})
        with pytest.raises(ReviewError, match="only a submitted or verified report"):
            ws.correct_figure("c2018", "hoi-c", "members", D(2), "x")
        with pytest.raises(ReviewError, match="an explanation goes on a submitted"):
            ws.add_explanation("c2018", "hoi-c", "1.3", "x")


def test_explanation_reopens_a_verified_report_and_the_answer_counts(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        with pytest.raises(ReviewError, match="has no explanation from the unit"):
            ws.answer_explanation("c2018", "hoi-b", "1.3", "không")
        explained = ws.add_explanation("c2018", "hoi-b", "1.3", "Đã bổ sung biên bản",
                                       now=WHEN)
        assert explained.submission.status is Status.SUBMITTED  # verified again after it
        assert explained.warnings
        with pytest.raises(ReviewError, match=r"the answer on criterion 1\.3 is empty"):
            ws.answer_explanation("c2018", "hoi-b", "1.3", " ")
        with pytest.raises(ReviewError, match=r"no criterion 9\.9"):
            ws.answer_explanation("c2018", "hoi-b", "9.9", "x")
        answered = ws.answer_explanation("c2018", "hoi-b", "1.3", "Chấp nhận một phần",
                                         D("8.5"), now=WHEN).submission
        entry = answered.entry("1.3")
        assert (entry.self_points, entry.verified_points, entry.explained_points) == (
            D(8), D("7.5"), D("8.5"))  # every stage stays on record
        (score,) = [s for s in ws.scoreboard("c2018").breakdown("hoi-b")
                    if s.criterion.code == "1.3"]
        assert (score.points, score.source) == (D("8.5"), "explained")
    assert _logged(root, "submission.explanation") == [
        ("1.3", "explanation", "", "Đã bổ sung biên bản", "")]
    assert _logged(root, "submission.explained") == [
        ("1.3", "explained", None, "8.50", "Chấp nhận một phần")]


def test_an_empty_explanation_is_refused(make_ws: Callable[[], Path],
                                         registry: PluginRegistry) -> None:
    with Workspace.open(make_ws(), writable=True, registry=registry) as ws, \
            pytest.raises(ReviewError, match=r"explanation of criterion 1\.3 is empty"):
        ws.add_explanation("c2018", "hoi-a", "1.3", "\t")
