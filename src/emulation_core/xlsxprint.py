"""How a written worksheet is printed and scrolled: A4 landscape, one page wide, its heading
rows repeated on every printed page and kept in view on screen."""

from __future__ import annotations

from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["print_landscape"]

_A4 = "9"  # the paper size code of A4 in SpreadsheetML


def print_landscape(sheet: Worksheet, heading_rows: int) -> None:
    """Print ``sheet`` on A4 landscape, one page wide, its first ``heading_rows`` rows on
    every page and frozen above the scrolled rows."""
    sheet.freeze_panes = f"A{heading_rows + 1}"
    sheet.print_title_rows = f"1:{heading_rows}"
    setup = sheet.page_setup
    setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight = \
        _A4, "landscape", 1, 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
