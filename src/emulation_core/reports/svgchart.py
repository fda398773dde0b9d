"""A horizontal bar chart of the members' totals as inline SVG (no script, no fonts)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from html import escape

__all__ = ["bar_chart"]

_ROW = 22
_LABEL = 230
_BAR = 420
_VALUE = 70


def bar_chart(title: str, bars: Sequence[tuple[str, Decimal, str]]) -> str:
    """An SVG chart, one bar per ``(label, value, value as shown)``, longest scaled to fit.

    Bars of zero or negative values have no length; each bar carries its value in
    ``data-value`` so that a reader (or a test) can check it.
    """
    top = max((value for _, value, _ in bars), default=Decimal(0))
    scale = Decimal(_BAR) / top if top > 0 else Decimal(0)
    width, height = _LABEL + _BAR + _VALUE, _ROW * len(bars) + 34
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
             f"<title>{escape(title)}</title>",
             f'<text x="0" y="16" class="chart-title">{escape(title)}</text>']
    for i, (label, value, shown) in enumerate(bars):
        y = 28 + i * _ROW
        length = max(Decimal(0), value * scale).quantize(Decimal("0.1"))
        parts += [
            f'<text x="{_LABEL - 6}" y="{y + 14}" text-anchor="end">{escape(label)}</text>',
            f'<rect class="bar" x="{_LABEL}" y="{y + 3}" width="{length}" height="{_ROW - 6}"'
            f' data-value="{value}"/>',
            f'<text x="{_LABEL + length + Decimal(4)}" y="{y + 14}" class="bar-value">'
            f"{escape(shown)}</text>"]
    parts.append("</svg>")
    return "\n".join(parts)
