"""A checkbox and a radio button whose mark is drawn only when they are on.

Textual draws a toggle's mark (``X``, ``●``) whether it is on or off and tells the two
apart by colour alone, so an unticked box or an unpicked choice reads as ticked on many
terminals; these draw an empty box until they are on.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox, RadioButton

__all__ = ["Choice", "TickBox"]


class TickBox(Checkbox):
    """A checkbox: ``▐X▌`` when ticked, ``▐ ▌`` when not."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button


class Choice(RadioButton):
    """A radio button: ``▐●▌`` when picked, ``▐ ▌`` when not."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else " "
        return super()._button
