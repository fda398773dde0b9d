"""Screenshot of the history screen at 80×24, with a broken-log line (fixed lines, so the
picture does not depend on when the fixture's log was written).

Regenerate with ``pytest tests/tui/test_snapshots_history.py --snapshot-update`` and look at
the SVG under ``__snapshots__`` before committing it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from emulation_tui.app import EmulationApp
from emulation_tui.history import History, HistoryLine
from emulation_tui.screens.history import HistoryScreen

LINES = (
    HistoryLine("05/07/2018 09:30", "Nguyễn Văn An (Trưởng khối)", "II.2 điểm tự chấm",
                "", "10.00", ""),
    HistoryLine("06/07/2018 10:00", "Trần Thị Bình (Phó khối)", "II.2 điểm thẩm định",
                "10.00", "9.00", "thiếu biên bản"),
)


def test_history_screen(app: EmulationApp, snap_compare: Callable[..., bool]) -> None:
    async def show(pilot: Any) -> None:
        history = History(LINES, "Nhật ký hỏng, chỉ đọc được đến đây: audit.jsonl:3: not JSON")
        await pilot.app.push_screen(HistoryScreen("Lịch sử II.2 · Hội CTĐ tỉnh", history))
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=show)
