"""Changing what a Static shows without laying the whole screen out again.

``Static.update`` asks Textual for a layout, and Textual lays out the whole screen, then
draws again every widget that moved. When the new text takes the same room as the old
(the same width, the same number of lines), a repaint of the widget alone is enough.
"""

from __future__ import annotations

from textual.css.scalar import Unit
from textual.visual import VisualType
from textual.widgets import Static

__all__ = ["update_in_place"]


def update_in_place(widget: Static, content: VisualType) -> None:
    """Show ``content`` in ``widget``; ask for a layout only when its size may change."""
    if widget.content == content:
        return
    width, height = widget.content_size
    widget.update(content, layout=False)
    styles = widget.styles
    if not width or (styles.width is not None and styles.width.is_auto):
        widget.refresh(layout=True)  # not laid out yet, or its width follows its text
    elif styles.height is not None and styles.height.unit is Unit.CELLS:
        return  # a fixed height: the text never moves anything
    elif widget.get_content_height(widget.size, widget.size, width) != height:
        widget.refresh(layout=True)
