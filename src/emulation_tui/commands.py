"""Command palette: every action of the app from any screen, found by name without tones.

Lists the keys of the screen the palette was opened on, the app's own actions (each screen,
switch campaign, language, theme, export, import forms, save, help, quit), "score <unit>" for
every unit and, on a unit's scoring screen, "go to <criterion>" for each of its criteria; never
a command that goes where the palette was opened (the dashboard on the dashboard, scoring the
unit being scored). A query matches when each of its words is in the name, marks and case
ignored (``xep hang`` finds "Xếp hạng"); when nothing matches, a line says so in the
interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.actions import parse as parse_action
from textual.command import DiscoveryHit, Hit, Hits, Provider

from .find import fold
from .i18n import has_key, pick, t
from .setup_actions import OPENED
from .widgets.keyhints import key_display

if TYPE_CHECKING:  # the deliberation screens and the session load when first opened
    from .screens.deliberation import Opener
    from .session import Session

__all__ = ["ActionCommands"]

Command = tuple[str, str, Callable[[], object]]


class ActionCommands(Provider):
    """Offers every action by its name in the interface language."""

    def _commands(self) -> list[Command]:
        found: dict[str, Command] = {}
        for command in self._keys() + self._app_actions() + self._units() + self._criteria():
            # once each: quitting is a key of every screen and one of Textual's commands
            found.setdefault(fold(command[0]), command)
        return list(found.values())

    def _keys(self) -> list[Command]:
        """The keys active where the palette was opened."""
        found: list[Command] = []
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            name = f"key.{binding.description}"
            if not active.enabled or not has_key(name) or binding.action in seen \
                    or binding.action == "command_palette":
                continue
            seen.add(binding.action)
            run = partial(self.app.run_action, binding.action, active.node)
            found.append((_first_upper(t(name)), t("cmd.key", key=key_display(binding)), run))
        return found

    def _app_actions(self) -> list[Command]:
        """The app's actions that the current screen's keys do not already offer."""
        keys = {f"key.{active.binding.description}"
                for active in self.screen.active_bindings.values()}
        actions = [("key.dashboard", "goto('dashboard')"), ("key.ranking", "goto('ranking')"),
                   ("key.members", "goto('members')"), ("key.criteria", "goto('criteria')"),
                   ("key.edit_criteria", "goto('criteria_edit')"),
                   ("key.campaign", "pick_campaign"), ("key.export", "export"),
                   ("key.export_report", "export_report"),
                   ("key.import_forms", "import_forms"),
                   ("key.campaigns", "goto('campaigns')"),
                   ("key.registration", "goto('registration')"),
                   ("key.overlap", "goto('overlap')"),
                   *((f"key.{name}", f"open('{name}')") for name in OPENED),
                   ("key.language", "toggle_language"), ("key.save", "save"),
                   ("key.reload", "reload"), ("key.whoami", "whoami"), ("key.help", "help")]
        found: list[Command] = []
        if getattr(self.app, "session", None) is None:
            return found
        for name, action in actions:
            if name not in keys and self._goes_somewhere(action):
                found.append((_first_upper(t(name)), t("cmd.app"),
                               partial(self.app.run_action, action)))
        for command in self.app.get_system_commands(self.screen):
            found.append((command.title, command.help, command.callback))
        from .screens.deliberation import DELIBERATION_COMMANDS

        session: Session | None = getattr(self.app, "session", None)
        if session is not None and session.campaign is not None:
            found += [(_first_upper(t(name)), t("cmd.deliberation.help"),
                       partial(self._open, opener, session, session.campaign.id))
                      for name, opener in DELIBERATION_COMMANDS if name not in keys]
        return found

    def _goes_somewhere(self, action: str) -> bool:
        """Whether ``action`` would do anything here: going to the main screen the palette
        was opened on (nothing over it) is refused by the app's check and not offered."""
        _, name, parameters = parse_action(action)
        return self.app.check_action(name, parameters) is not False

    def _open(self, opener: Opener, session: Session, campaign_id: str) -> None:
        """Open a deliberation screen on the campaign the palette was opened on."""
        self.app.push_screen(opener(session, campaign_id))

    def _units(self) -> list[Command]:
        """``Chấm điểm: <unit>`` for every unit of the bloc."""
        session = getattr(self.app, "session", None)
        if session is None or session.board is None:
            return []
        from .screens.scoring import ScoringScreen

        screen = self.screen
        here = screen.member_id if isinstance(screen, ScoringScreen) else None
        return [(t("cmd.score_unit", unit=member.name), t("cmd.score_unit.help"),
                 partial(self.app.push_screen, ScoringScreen(member.id)))
                for member in session.bloc.members if member.id != here]

    def _criteria(self) -> list[Command]:
        """On a scoring screen, ``Đến tiêu chí <code> <title>`` for each of its criteria."""
        from .screens.scoring import ScoringScreen

        screen = self.screen
        board = getattr(getattr(self.app, "session", None), "board", None)
        if not isinstance(screen, ScoringScreen) or board is None:
            return []
        return [(t("cmd.criterion", code=c.code, title=pick(c.title, c.title_en)),
                 t("cmd.criterion.help"), partial(screen.go_to, c.code))
                for c in board.table_for(screen.member_id).leaves()]

    async def discover(self) -> Hits:
        for label, help_text, run in self._commands():
            yield DiscoveryHit(label, run, help=help_text)

    async def search(self, query: str) -> Hits:
        wanted = fold(query).split()
        matched = False
        for label, help_text, run in self._commands():
            plain = fold(label)
            if all(word in plain for word in wanted):
                matched = True
                starts = 2.0 if wanted and plain.startswith(wanted[0]) else 1.0
                yield Hit(starts / (1 + len(plain) / 100), Text(label), run, text=label,
                          help=help_text)
        if not matched and wanted:
            yield Hit(0.0, Text(t("cmd.none", query=query), style="dim"), _nothing,
                      text=query)


def _first_upper(label: str) -> str:
    """``label`` with its first letter made upper case (``XLSX`` stays as written)."""
    return label[:1].upper() + label[1:]


def _nothing() -> None:
    """What the "no matches" line does when chosen."""
