"""Text charts: a horizontal bar chart of totals and a one-line progress bar."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from emulation_core import printable

__all__ = ["BarChart", "ProgressLine", "bar"]

_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: Decimal, top: Decimal, width: int) -> str:
    """A bar ``width`` cells long at full scale, drawn to an eighth of a cell."""
    if top <= 0 or value <= 0 or width <= 0:
        return ""
    eighths = int(min(value / top, Decimal(1)) * width * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def _clip(text: str, width: int) -> str:
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    out = ""
    for char in text:
        if cell_len(out + char) > width - 1:
            break
        out += char
    return out + "…" + " " * (width - 1 - cell_len(out))


class BarChart(Static):
    """Rows of ``label ████▌ value``, scaled to the largest value; redrawn on resize. When a
    label would take more than a third of the width (the chart beside the ranking is 40
    cells wide), every label is shown whole on a line of its own above its bar, so that no
    name is cut and units whose names start alike stay apart."""

    DEFAULT_CSS = """
    BarChart { height: auto; padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: Sequence[tuple[str, Decimal, str, str]] = ()

    def set_rows(self, rows: Sequence[tuple[str, Decimal, str, str]]) -> None:
        """Rows of (label, value, value text, style)."""
        self._rows = rows
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        if not self._rows:
            self.update("")
            return
        width = max(self.size.width - 2, 30)
        widest = max(cell_len(printable(r[0])) for r in self._rows)
        beside = widest <= max(12, width // 3)
        label_w = widest if beside else 0  # else each label whole on a line of its own
        value_w = max(len(r[2]) for r in self._rows)
        bar_w = max(width - label_w - value_w - 2, 4)
        top = max(r[1] for r in self._rows)
        text = Text(no_wrap=True)
        for index, (label, value, shown, style) in enumerate(self._rows):
            if index:
                text.append("\n")
            if beside:
                text.append(_clip(printable(label), label_w) + " ")
            else:
                text.append(_clip(printable(label), width) + "\n", style="bold")
            drawn = bar(value, top, bar_w)
            text.append(drawn, style=style or "")
            text.append(" " * (bar_w - cell_len(drawn)) + " " + shown.rjust(value_w))
        self.update(text)


class ProgressLine(Static):
    """``label ██████░░░░ 7/12`` on one line, the bar filling the width."""

    DEFAULT_CSS = """
    ProgressLine { height: 1; padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._state = ("", 0, 0)

    def set_progress(self, label: str, done: int, total: int) -> None:
        self._state = (label, done, total)
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        label, done, total = self._state
        count = f" {done}/{total}"
        width = max(min(self.size.width - 2, 60) - cell_len(label) - len(count) - 1, 5)
        filled = round(width * done / total) if total else 0
        text = Text(no_wrap=True)
        text.append(f"{label} ")
        text.append("█" * filled, style="green")
        text.append("░" * (width - filled), style="dim")
        text.append(count)
        self.update(text)
