"""Every kind of change the change log records has a name in both interface languages, and
the history screen shows the highlighted change in full (its reason included) at 80×24."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

import emulation_core
from emulation_core.sample import sample_workspace_path
from emulation_tui.app import EmulationApp
from emulation_tui.history import History, HistoryLine, change_label
from emulation_tui.i18n import set_language
from emulation_tui.i18n_changes import CHANGE_KIND_NAMES
from emulation_tui.screens.history import HistoryScreen

_CORE = Path(emulation_core.__file__).parent
_ENTRY_STAGES = ("self", "verified", "reason", "evidence", "explanation", "answer",
                 "explained")


def _literals(node: ast.expr) -> set[str]:
    """The string literals an argument can be: ``"a"``, or ``"a" if … else "b"``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _literals(node.body) | _literals(node.orelse)
    return set()


def _kinds_in_core() -> set[str]:
    """The kinds the library writes: the first argument of each ``Change(...)`` and
    ``_field_changes(...)`` call, and the submission kinds it builds from field names."""
    found = set()
    for path in _CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                    "Change", "_field_changes") and node.args:
                found |= _literals(node.args[0])
    prefixes = {kind for kind in found if "." not in kind and kind != "baseline"}
    assert prefixes == {"submission"}, prefixes  # a new prefix: name its kinds below
    found -= prefixes
    found |= {f"submission.{name}" for name in ("status", "submitted_at", *_ENTRY_STAGES)}
    return found


def _kinds_in_sample() -> set[str]:
    lines = (sample_workspace_path() / "audit.jsonl").read_text(encoding="utf-8")
    return {json.loads(line)["kind"] for line in lines.splitlines() if line.strip()}


def test_the_scan_finds_the_kinds_the_library_writes() -> None:
    kinds = _kinds_in_core()
    assert {"campaign.locked", "submission.correction", "registration.signed",
            "cross.abstained", "file.outside"} <= kinds
    assert _kinds_in_sample() <= kinds


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_kind_of_change_has_a_name(lang: str) -> None:
    set_language(lang)  # type: ignore[arg-type]
    try:
        kinds = _kinds_in_core() | _kinds_in_sample()
        unnamed = sorted(kind for kind in kinds if change_label(kind) == kind)
        assert unnamed == []
        names = [change_label(kind) for kind in sorted(kinds)]
        assert len(set(names)) == len(names)  # no two kinds read the same
    finally:
        set_language("vi")


def test_the_names_differ_between_the_languages() -> None:
    assert all(vi != en for vi, en in CHANGE_KIND_NAMES.values())


LONG_REASON = "Thiếu biên bản kiểm tra của chi hội Hạ Long, đề nghị bổ sung trước ngày 15/7"
LINES = (
    HistoryLine("05/07/2018 09:30", "Hội Nhà báo (đơn vị thành viên)", "trạng thái báo cáo",
                "draft", "submitted", ""),
    HistoryLine("12/07/2018 09:00", "Nguyễn Văn An (Trưởng khối)", "trạng thái báo cáo",
                "submitted", "returned", LONG_REASON),
    HistoryLine("14/07/2018 09:00", "Hội Nhà báo (đơn vị thành viên)",
                "số liệu new_members", "326", "329", ""),
)


async def test_at_80_columns_the_highlighted_change_shows_its_reason(
        app: EmulationApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(HistoryScreen("Lịch sử Hội Nhà báo", History(LINES)))
        await pilot.pause()
        detail = app.screen.query_one("#history-detail", Static)
        assert "(không ghi lý do)" in str(detail.render())  # the latest has no reason
        await pilot.press("up")
        await pilot.pause()
        shown = str(detail.render())
        assert "Lý do: " + LONG_REASON in shown.replace("\n", " ")
        assert "submitted → returned" in shown
        assert detail.region.right <= 80 and detail.region.height >= 3
        table = app.screen.query_one("#history", DataTable)
        assert table.cursor_row == 1
