"""The command palette whose enter chooses among the hits for everything typed."""

from __future__ import annotations

from textual import on
from textual.command import CommandPalette
from textual.widgets import Input

__all__ = ["SettledPalette"]

_LOOK_AGAIN = 0.02  # seconds between looks at a search still running


class SettledPalette(CommandPalette):
    """Textual's palette runs the highlighted hit on enter even while the search for the
    last letters typed is still running: ``cham diem chu thap⏎`` typed in one go could open
    the first unit found for ``cham diem``. Enter here waits for that search, then
    chooses as Textual does."""

    @on(Input.Submitted)
    def _wait_for_the_search(self, event: Input.Submitted) -> None:
        if self._searching():
            event.prevent_default()  # Textual's own handler is called once it is done
            event.stop()
            self._choose_when_found()

    def _searching(self) -> bool:
        return any(worker.node is self and worker.group == self._GATHER_COMMANDS_GROUP
                   and not worker.is_finished for worker in self.app.workers)

    def _choose_when_found(self) -> None:
        if self._searching():
            self.set_timer(_LOOK_AGAIN, self._choose_when_found)
        else:
            self._select_or_command()
