"""The interface's strings for setting up the bloc: campaigns, leadership, registration and
the overlap review (Vietnamese, English); merged into :data:`~emulation_tui.i18n.CATALOG`."""

from __future__ import annotations

__all__ = ["SETUP_CATALOG"]

SETUP_CATALOG: dict[str, tuple[str, str]] = {
}
