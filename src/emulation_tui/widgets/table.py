"""A row-cursor table whose columns fit the width: optional columns drop out when narrow.

A column that is not flexible is never narrower than its widest cell or its label, so a code
(``1.1.10``) or a figure (``642,89/700``) is never cut; only the flexible column (a title)
gives way, and optional columns leave first when the width runs out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from attrs import evolve, frozen
from rich.console import Console, RenderableType
from rich.measure import Measurement
from rich.style import Style
from rich.text import Text
from textual import events
from textual._types import SegmentLines
from textual.coordinate import Coordinate
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey, RowDoesNotExist, RowKey

from .safe import safe_cell

__all__ = ["Col", "DenseTable", "Row"]

_CONSOLE = Console(width=1000)
_NOWHERE = Coordinate(-1, -1)  # a cursor or mouse place on no row
_PAD = 2  # DataTable puts one cell of padding either side of a column


@frozen
class Col:
    """A column: fixed ``width``, or ``flex`` to take what is left (at least ``width``).

    Columns with a higher ``drop`` leave first when the table is too narrow; 0 never leaves.
    Below ``alt_below`` cells wide, the column shows the row's ``alt`` cell instead (a short name).
    A flexible column grows to ``cap`` cells at most (0: no limit). A column that is not
    flexible widens to its widest cell or label when that is more than ``width``.
    """

    key: str
    label: str
    width: int
    flex: bool = False
    drop: int = 0
    right: bool = False
    alt: str = ""
    alt_below: int = 0
    cap: int = 0


Row = tuple[str, Mapping[str, RenderableType]]


class DenseTable(DataTable[RenderableType]):
    """A DataTable filled from column specs and keyed rows, refitted on resize."""

    DEFAULT_CSS = """
    DenseTable { height: 1fr; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self._specs: Sequence[Col] = ()
        self._rows: Sequence[Row] = ()
        self._shown: tuple[tuple[str, int], ...] = ()
        self._cells: dict[str, dict[str, RenderableType]] = {}

    def fill(self, specs: Sequence[Col], rows: Sequence[Row]) -> None:
        """Show ``rows`` under ``specs``; the cursor stays on the same row key if still there."""
        self._rows = rows
        self._cells = {key: dict(cells) for key, cells in rows}
        self._specs = [self._widened(spec) for spec in specs]
        self._render_all()

    def update_row(self, key: str, cells: Mapping[str, RenderableType]) -> None:
        """Change the cells of one row that differ from what it shows; a column widens when a
        new cell needs it."""
        known = self._cells.get(key)
        if known is None:
            return  # not shown (in a folded section)
        widths = dict(self._shown)
        grew = changed = False
        row = RowKey(key)
        for column, value in cells.items():
            if known.get(column) == value:
                continue
            known[column] = value
            if column in widths:
                spec = next(c for c in self._specs if c.key == column)
                grew |= not spec.flex and _cell_width(value) > widths[column]
                self._data[row][ColumnKey(column)] = safe_cell(value)
                changed = True
        if grew:
            self._specs = [self._widened(spec) for spec in self._specs]
            self._render_all()
        elif changed:
            self._redraw_row(row)

    def _redraw_row(self, row: RowKey) -> None:
        """Draw one row again, and only it: DataTable's ``update_cell`` draws every visible
        row again (its drawings are kept under a count of all updates), which on an edit
        cost more than the edit itself. The row's drawings are dropped instead (and the
        drawn cells and lines, cheap to rebuild from the other rows' drawings)."""
        index = self._row_locations.get(row)
        if index is None:
            return
        self._row_renderable_cache.discard((self._update_count, index))
        drawn = [k for k in self._row_render_cache.keys() if k[0] == row]  # noqa: SIM118
        for cache_key in drawn:  # (an LRUCache is not iterable)
            self._row_render_cache.discard(cache_key)
        self._cell_render_cache.clear()
        self._line_cache.clear()
        self.refresh_row(index)

    def _widened(self, spec: Col) -> Col:
        """``spec`` made as wide as its label and widest cell, unless it is flexible."""
        if spec.flex:
            return spec
        widest = max((_cell_width(cells[spec.key]) for cells in self._cells.values()
                      if spec.key in cells), default=0)
        widest = max(widest, _cell_width(spec.label), spec.width)
        return spec if widest == spec.width else evolve(spec, width=widest)

    def on_click(self, event: events.Click) -> None:
        """One click on a row opens it, the row under the cursor too (DataTable itself
        wants a second click); the second click of a double click opens nothing more (it
        opened the row twice: the first escape then seemed to do nothing)."""
        row = event.style.meta.get("row")
        if not isinstance(row, int) or not 0 <= row < self.row_count:
            return  # a header or an empty place: DataTable's own handling
        event.prevent_default()
        event.stop()
        if event.chain > 1:
            return
        self.move_cursor(row=row)
        self.post_message(self.RowSelected(self, row, self.ordered_rows[row].key))

    @property
    def keys(self) -> list[str]:
        """The keys of the rows shown, in order."""
        return [key for key, _ in self._rows]

    def action_scroll_home(self) -> None:
        """Home: the first row."""
        self.move_cursor(row=0)

    def action_scroll_end(self) -> None:
        """End: the last row."""
        self.move_cursor(row=self.row_count - 1)

    @property
    def current_key(self) -> str | None:
        """The key of the row under the cursor."""
        if not self.row_count:
            return None
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value

    def select_key(self, key: str) -> None:
        try:
            self.move_cursor(row=self.get_row_index(key))
        except RowDoesNotExist:
            return

    def on_resize(self) -> None:
        if self._specs and self._fit() != self._shown:
            self._render_all()

    def _fit(self) -> tuple[tuple[str, int], ...]:
        width = (self.size.width or self.app.size.width) - 2
        specs = list(self._specs)
        while True:
            fixed = sum(c.width + _PAD for c in specs)
            if fixed <= width or not any(c.drop for c in specs):
                break
            worst = max(c.drop for c in specs)
            specs = [c for c in specs if c.drop != worst]
        spare = max(width - sum(c.width + _PAD for c in specs), 0)
        widths = {c.key: c.width for c in specs}
        growing = [c for c in specs if c.flex]
        while spare and growing:
            share = max(spare // len(growing), 1)
            for col in list(growing):
                room = max(col.cap - widths[col.key], 0) if col.cap else spare
                step = min(share, room, spare)
                widths[col.key] += step
                spare -= step
                if col.cap and step >= room:
                    growing.remove(col)
                if not spare:
                    break
        return tuple((c.key, widths[c.key]) for c in specs)

    def _render_line_in_row(self, row_key: RowKey, line_no: int, base_style: Style,
                            cursor_location: Coordinate,
                            hover_location: Coordinate) -> tuple[SegmentLines, SegmentLines]:
        """A row away from the cursor and the mouse looks the same wherever they are: draw
        it as if they were nowhere, so it is drawn once and then found in DataTable's row
        cache (which is keyed by their places, so each cursor move that scrolled redrew
        every visible row from its cells)."""
        row = self._row_locations.get(row_key)
        if row is not None:
            if cursor_location.row != row:
                cursor_location = _NOWHERE
            if hover_location.row != row:
                hover_location = _NOWHERE
        return super()._render_line_in_row(row_key, line_no, base_style, cursor_location,
                                           hover_location)

    def _render_all(self) -> None:
        current = self.current_key
        self._shown = self._fit()
        labels = {c.key: c for c in self._specs}
        self.clear(columns=True)
        for key, width in self._shown:
            spec = labels[key]
            label = Text(spec.label, justify="right" if spec.right else "left")
            self.add_column(label, width=width, key=key)
        blank = Text("")
        keys = [labels[k].alt if width < labels[k].alt_below else k for k, width in self._shown]
        for row_key, _ in self._rows:
            cells = self._cells[row_key]
            self.add_row(*(safe_cell(cells.get(k, blank)) for k in keys), key=row_key)
        if current is not None:
            self.select_key(current)


def _cell_width(cell: RenderableType) -> int:
    """How many terminal cells ``cell`` needs on one line."""
    if isinstance(cell, Text):
        return cell.cell_len
    if isinstance(cell, str):
        return Text(cell).cell_len
    return 0 if cell is None else Measurement.get(_CONSOLE, _CONSOLE.options, cell).maximum
