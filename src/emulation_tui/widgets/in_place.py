"""Changing what a Static shows without laying the whole screen out again.

``Static.update`` asks Textual for a layout, and Textual lays out the whole screen, then
draws again every widget that moved. When the new text takes the same room as the old
(the same width, the same number of lines), a repaint of the widget alone is enough.
"""

from __future__ import annotations

from textual.css.scalar import Unit
from textual.visual import VisualType
from textual.widget import Widget
from textual.widgets import Static

__all__ = ["update_in_place"]


def update_in_place(widget: Static, content: VisualType) -> None:
    """Show ``content`` in ``widget``; ask for a layout only when its size may change."""
    if widget.content == content:
        return
    width, height = widget.content_size
    styles = widget.styles
    follows_text = styles.width is not None and styles.width.is_auto
    before = _text_width(widget) if width and follows_text else 0
    widget.update(content, layout=False)
    if not width or (follows_text and _text_width(widget) != before):
        widget.refresh(layout=True)  # not laid out yet, or its width follows its text
    elif follows_text or (styles.height is not None and styles.height.unit is Unit.CELLS):
        return  # the same width, or a fixed height: the text never moves anything
    elif widget.get_content_height(widget.size, widget.size, width) != height:
        widget.refresh(layout=True)


def _text_width(widget: Static) -> int:
    """The width ``widget``'s text asks for (before any maximum the stylesheet sets)."""
    parent = widget.parent
    container = parent.size if isinstance(parent, Widget) else widget.app.size
    return widget.get_content_width(container, widget.app.size)
