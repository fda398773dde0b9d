"""Keys handled one at a time, in the order they were typed.

Textual gives a key to the focused widget and goes on to the next key at once, and a binding
that is not a priority one runs only once its key has bubbled back up to the app. A key
whose binding moves the focus (``/`` opens the find bar, ``esc`` leaves a field) therefore
acted after the keys typed right behind it had gone to the widget it leaves: in a burst
``/1.1.10⏎`` the code went to the table instead of the find bar. :class:`InOrderKeys` keeps
each key until the one before it is done with.
"""

from __future__ import annotations

import time
from collections import deque

from textual import events
from textual.app import App
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget

__all__ = ["InOrderKeys", "KeyHandled"]

_LOST_AFTER = 1.0  # seconds after which a key still not done with lets the next one go
_WATCH_EVERY = 0.02  # seconds between looks at the key in hand while others wait
_FOCUS_WAITS = 20  # refreshes a waiting key waits at most for a new screen to take the focus


class KeyHandled(Message):
    """Sent behind a key to the widget the key went to: it follows the key's way up (each
    widget's queue is first in, first out), so once it reaches the app the key has been
    handled everywhere on that way, its bindings included. It goes that way twice, so that
    a message a binding sent to the widget (a row selected) is handled too."""

    def __init__(self, key: events.Key, target: Widget, rounds: int) -> None:
        super().__init__()
        self.key = key
        self.target = target
        self.rounds = rounds


class InOrderKeys(App[int]):
    """An app mixin: a key typed while the one before it is still being handled waits, then
    goes to whatever has the focus once that one is done with."""

    def __init__(self) -> None:
        super().__init__()
        self._key_in_hand: events.Key | None = None
        self._key_since = 0.0
        self._key_target: Widget | None = None
        self._keys_waiting: deque[events.Key] = deque()
        self._keys_watch: Timer | None = None
        self._key_focus_waits = 0

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._key_in_hand is not None or self._keys_waiting:
                self._keys_waiting.append(event)
                if self._keys_watch is None:
                    self._keys_watch = self.set_interval(_WATCH_EVERY,
                                                         self._look_at_key_in_hand)
                return
            await self._dispatch(event)
            return
        await super().on_event(event)

    async def _dispatch(self, key: events.Key) -> None:
        """Handle ``key`` as Textual does, and keep it in hand until it is done with."""
        self._key_in_hand = key
        self._key_since = time.monotonic()
        focused = self.focused or self.screen
        await super().on_event(key)
        # Where Textual has just sent the key; a priority binding ran it instead: where that
        # binding's action sent its messages (the find bar its search).
        target = (self.focused or self.screen) if key.is_forwarded else focused
        self._key_target = target
        target.post_message(KeyHandled(key, target, rounds=2))

    def on_key_handled(self, message: KeyHandled) -> None:
        message.stop()
        target = message.target
        if message.rounds > 1 and target.is_attached:
            target.post_message(KeyHandled(message.key, target, message.rounds - 1))
        else:
            self._done(message.key)

    def _done(self, key: events.Key) -> None:
        if key is not self._key_in_hand:
            return
        self._key_in_hand = self._key_target = None
        if self._keys_waiting:  # behind what handling the key asked to run later (a focus)
            self._key_focus_waits = 0
            self.call_later(self._next)

    async def _next(self) -> None:
        if self._key_in_hand is not None or not self._keys_waiting:
            return
        if self.focused is None and self._key_focus_waits < _FOCUS_WAITS:
            self._key_focus_waits += 1  # a screen just opened has not taken the focus yet
            self.call_after_refresh(self._next)
            return
        await self._dispatch(self._keys_waiting.popleft())

    def _look_at_key_in_hand(self) -> None:
        """Let the next key go when the one in hand can no longer say it is done: the widget
        it went to has been removed (a dialog closed), or it has taken too long."""
        if not self._keys_waiting:
            if self._keys_watch is not None:
                self._keys_watch.stop()
                self._keys_watch = None
            return
        target = self._key_target
        if self._key_in_hand is not None and (
                (target is not None and not target.is_attached)
                or time.monotonic() - self._key_since > _LOST_AFTER):
            self._done(self._key_in_hand)
