"""The criteria editor's indicator rows: the fields of an indicator the table declares
(label, English label, unit, whole or decimal numbers; its key stays, reports hold it), and
an indicator read back from what was typed, an empty label refused beside its field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from emulation_core import printable

from ..criteria_fields import INDICATOR_FIELDS, build_indicator, indicator_texts
from ..i18n import t
from .criteria_rows import indicator_cells

if TYPE_CHECKING:
    from .criteria_editor import CriteriaEditor

__all__ = ["show_indicator", "typed_indicator"]


def show_indicator(screen: CriteriaEditor, key: str | None) -> None:
    """Fill the fields from an indicator (None: the indicators' heading row, no
    fields)."""
    assert screen.draft is not None
    heading = screen.query_one("#ce-heading", Static)
    if key is None:
        screen.texts = {}
        screen.set_fields((), {})
        heading.update(Text(t("ce.ind.heading_help"), style="dim"))
        return
    indicator = screen.draft.table.indicators[key]
    screen.texts = dict(screen.draft.refused_indicators.get(key)
                        or indicator_texts(indicator))
    _, errors = build_indicator(indicator, screen.texts)
    screen.set_fields(INDICATOR_FIELDS, errors)
    text = Text(printable(key), style="bold")
    text.append("\n" + t("ce.ind.key_help"), style="dim")
    heading.update(text)


def typed_indicator(screen: CriteriaEditor, key: str, name: str) -> None:
    """A field of indicator ``key`` typed: take it, or keep the texts with the reason."""
    assert screen.draft is not None
    indicator = screen.draft.table.indicators[key]
    built, errors = build_indicator(indicator, screen.texts)
    if built is None:
        screen.draft.refuse_indicator(key, name, screen.texts)
    else:
        screen.draft.put_indicator(built, name)
    screen.note(name, errors.get(name, ""))
    screen.table.update_row(screen.shown or "", indicator_cells(
        screen.draft, screen.draft.table.indicators[key]))
    screen.show_checks()
    screen.edited()
