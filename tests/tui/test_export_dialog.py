"""Exporting the report from the command palette: every format written to exports/ with a
progress bar, then a summary naming each file by its full path."""

from __future__ import annotations

import json

from textual.command import CommandInput, CommandList, CommandPalette
from textual.widgets import Button, ProgressBar, Static

from emulation_core import EXPORT_FORMATS
from emulation_tui.app import EmulationApp
from emulation_tui.screens.export_dialog import ExportDialog, export_path
from emulation_tui.session import Session
from emulation_tui.widgets.toggles import TickBox


async def test_the_palette_exports_every_format_with_progress_and_full_paths(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")  # any screen: the members screen
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        palette.query_one(CommandInput).value = "xuat bao cao"
        await pilot.pause(0.4)
        options = palette.query_one(CommandList)
        assert "Xuất báo cáo" in str(options.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        await pilot.click("#export-start")
        await app.workers.wait_for_complete()
        await pilot.pause()
        bar = dialog.query_one(ProgressBar)
        assert bar.total == 6 and bar.progress == 6
        summary = str(dialog.query_one("#export-summary", Static).render())
        for fmt in ("xlsx", "html", "docx", "csv", "md", "json"):
            path = export_path(session, fmt)
            assert path.is_absolute() and path.stat().st_size > 0
            assert str(path) in summary.replace("\n", "")
        assert "Đã ghi 6 tệp" in summary
    records = json.loads(export_path(session, "json").read_text("utf-8"))
    assert [r["member"] for r in records] == [e.score.member.id for e in session.ranking()]


async def test_only_the_chosen_formats_are_written(app: EmulationApp,
                                                   session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ExportDialog(session))
        await pilot.pause()
        dialog = app.screen
        for fmt in EXPORT_FORMATS:
            dialog.query_one(f"#export-{fmt}", TickBox).value = fmt == "md"
        await pilot.click("#export-start")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert dialog.query_one(ProgressBar).total == 1
        assert dialog.query_one("#export-start", Button).disabled is False
    assert export_path(session, "md").exists()
    assert not export_path(session, "xlsx").exists()


def test_the_report_names_what_separated_an_equal_total(session: Session) -> None:
    """The fixture bloc has two members equal on the total, separated by section I."""
    from emulation_core import build_report, tie_break_label

    assert session.board is not None
    for lang in ("vi", "en"):
        report = build_report(session.board, lang)
        separated = [r for r in report.ranking if r.separated_by]
        assert separated, "the fixture's tie is separated by the tie-break chain"
        for row in separated:
            rule = tie_break_label(row.separated_by or "", lang)
            assert rule in row.tie_note and not row.tied
            same = [r for r in report.ranking if r.total == row.total]
            assert len(same) > 1
        for row in report.ranking:
            if row.tied:
                assert row.tie_note == ("đồng hạng" if lang == "vi" else "shared rank")


async def test_enter_writes_every_format_and_an_unticked_one_reads_empty(
        app: EmulationApp, session: Session) -> None:
    """The walk: ``enter`` on the opened dialog unticked XLSX in the formats list (which
    drew its mark either way, telling the two apart by colour) and nothing was written;
    now ``enter`` is *Xuất*, and an unticked format shows an empty box."""
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ExportDialog(session))
        await pilot.pause()
        dialog = app.screen
        xlsx = dialog.query_one("#export-xlsx", TickBox)
        xlsx.value = False
        await pilot.pause()
        assert "▐ ▌" in str(xlsx.render())
        xlsx.value = True
        await pilot.pause()
        assert "X" in str(xlsx.render())
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    for fmt in EXPORT_FORMATS:
        assert export_path(session, fmt).exists()
