"""Association-type plugins: discovery through entry points (the contract each plugin
fulfils is in :mod:`.association_type`, its check in :mod:`.type_check`; both are
re-exported here).

A plugin is an installed package that registers, in the entry-point group
``emulation.association_types``, either an :class:`AssociationType` or a callable with no
arguments that returns one. Bundled types register the same way as third-party ones.

Plugins are loaded lazily, once, one entry point at a time: a plugin that fails to import,
raises, returns something invalid, targets another API version or reuses a key is recorded
as broken, with the reason, and skipped. Bundled types claim their keys first, so a
third-party plugin can never take over or disable one. What a plugin prints while it loads
or runs a hook is kept out of the program's output and reported in ``notices``. Set
``EMULATION_PLUGINS`` to a comma-separated list of entry-point names to load only those
(empty: load none); the built-in types of :mod:`.general_type` are listed first and are
always available.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from attrs import evolve, frozen

from .association_type import API_VERSION, AssociationType, Validator
from .entrypoints import InstalledEntryPoint, installed_entry_points
from .messages import Language, Message
from .plugin_loading import LoadFailure, load_declared, not_a_type
from .plugin_output import captured, excerpt, quiet
from .scoring import Deriver
from .type_check import association_type_problems, check_association_type
from .value_object import ValueObject

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = [
    "API_VERSION",
    "BUNDLED_PACKAGES",
    "ENTRY_POINT_GROUP",
    "ENV_VAR",
    "AssociationType",
    "Deriver",
    "PluginInfo",
    "PluginRegistry",
    "Validator",
    "association_type_problems",
    "check_association_type",
    "default_registry",
]

ENTRY_POINT_GROUP = "emulation.association_types"
ENV_VAR = "EMULATION_PLUGINS"
BUNDLED_PACKAGES = frozenset({
    "emulation-htx", "emulation-chu-thap-do", "emulation-nha-bao", "emulation-vhnt",
    "emulation-khkt", "emulation-khuyen-hoc", "emulation-luat-su", "emulation-xa-hoi",
})


@frozen
class PluginInfo(ValueObject):
    """One entry point as found: the type it gave, or why it is broken."""

    name: str
    package: str
    version: str
    source: str
    type: AssociationType | None = None
    error: str | None = None  # why it is broken, in English (``reason`` in either language)
    output: str = ""  # what it printed while loading, kept out of the program's output
    reason: Message | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def error_text(self, lang: Language) -> str | None:
        """Why the plugin is broken, in ``lang`` (None when it works)."""
        return self.reason.text(lang) if self.reason is not None else self.error


class PluginRegistry:
    """Association types from entry points, loaded once on first use (thread-safe)."""

    def __init__(self, found: Iterable[EntryPoint | InstalledEntryPoint] | None = None,
                 allowed: str | None = None) -> None:
        self._found = found
        self._allowed = allowed
        self._plugins: tuple[PluginInfo, ...] | None = None
        self._skipped: tuple[str, ...] = ()
        self._types: dict[str, AssociationType] = {}
        self._hook_output: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    @property
    def plugins(self) -> tuple[PluginInfo, ...]:
        """Every plugin seen, working or broken, in entry-point name order."""
        with self._lock:
            if self._plugins is None:
                self._plugins = self._load()
            return self._plugins

    @property
    def types(self) -> Mapping[str, AssociationType]:
        """Working association types by key."""
        self.plugins  # noqa: B018 - loads on first use
        return self._types

    @property
    def broken(self) -> tuple[PluginInfo, ...]:
        return tuple(p for p in self.plugins if not p.ok)

    @property
    def skipped(self) -> tuple[str, ...]:
        """Installed entry points left unloaded because ``EMULATION_PLUGINS`` omits them."""
        self.plugins  # noqa: B018 - loads on first use
        return self._skipped

    @property
    def restriction(self) -> frozenset[str] | None:
        """Entry-point names ``EMULATION_PLUGINS`` allows, or None when it is not set."""
        allowed = self._allowed_names()
        return None if allowed is None else frozenset(allowed)

    @property
    def notices(self) -> tuple[str, ...]:
        """Warnings about what plugins printed while loading or in a hook (never shown on
        standard output, where it would corrupt JSON or CSV)."""
        notes = [f"plugin {p.name!r} ({p.package}) printed while loading: {excerpt(p.output)}"
                 f"; kept out of the output" for p in self.plugins if p.output]
        notes += [f"plugin {name!r} printed in its {hook} hook: {excerpt(text)}; kept out "
                  "of the output" for (name, hook), text in list(self._hook_output.items())]
        return tuple(notes)

    def get(self, key: str) -> AssociationType | None:
        return self.types.get(key)

    def hook(self, key: str, name: Literal["derive", "validate"]) -> Callable[[Any], Any] | None:
        """Type ``key``'s ``derive`` or ``validate`` hook (None if it has none), with what it
        prints kept for :attr:`notices` instead of shown."""
        return quiet(getattr(self.get(key), name, None), self._hook_output, key, name)

    def problem_for(self, key: str) -> str:
        """A sentence explaining why type ``key`` is not available (English)."""
        return self.missing_reason(key).text("en")

    def missing_reason(self, key: str) -> Message:
        """Why type ``key`` is not available, to be said in either language."""
        broken = [p for p in self.broken if p.name == key]
        if broken:
            return Message("plugin.broken",
                           {"type": key, "error": broken[0].reason or broken[0].error})
        allowed = self._allowed_names()
        if allowed is not None:
            listed: object = ", ".join(sorted(allowed)) or Message("plugin.none_allowed")
            return Message("plugin.not_allowed",
                           {"type": key, "variable": ENV_VAR, "allowed": listed})
        return Message("plugin.not_installed", {"type": key})

    def _allowed_names(self) -> set[str] | None:
        allowed = self._allowed if self._allowed is not None else os.environ.get(ENV_VAR)
        if allowed is None:
            return None
        return {name.strip() for name in allowed.split(",") if name.strip()}

    def _load(self) -> tuple[PluginInfo, ...]:
        from . import __version__
        from .general_type import BUILT_IN_TYPES  # it builds on this module's classes

        found = list(self._found if self._found is not None
                     else installed_entry_points(ENTRY_POINT_GROUP))
        allowed = self._allowed_names()
        loaded = [PluginInfo(t.key, "emulation", __version__, "built-in", t)
                  for t in BUILT_IN_TYPES]
        skipped = []
        for ep in sorted(found, key=lambda e: (e.name, e.value)):
            if allowed is not None and ep.name not in allowed:
                skipped.append(ep.name)
                continue
            loaded.append(self._load_one(ep))
        self._skipped = tuple(skipped)
        return self._claim_keys(loaded)

    def _claim_keys(self, loaded: list[PluginInfo]) -> tuple[PluginInfo, ...]:
        """Register each working type under its key, built-in and bundled types first; a
        later plugin with a key already taken is recorded as broken, naming both packages."""
        owners: dict[str, PluginInfo] = {}
        infos = list(loaded)
        for index in sorted(range(len(infos)),
                            key=lambda i: infos[i].source not in ("built-in", "bundled")):
            info = infos[index]
            if info.type is None:
                continue
            key = info.type.key
            owner = owners.get(key)
            if owner is not None:
                reason = Message("plugin.key_taken", {
                    "key": key, "owner": owner.package, "source": owner.source,
                    "entry": owner.name, "package": info.package})
                infos[index] = evolve(info, type=None, error=reason.text("en"), reason=reason)
                continue
            owners[key] = info
            self._types[key] = info.type
        return tuple(infos)

    def _load_one(self, ep: EntryPoint | InstalledEntryPoint) -> PluginInfo:
        package, version = _distribution_of(ep)
        source = "bundled" if package in BUNDLED_PACKAGES else "third-party"
        printed = None

        def info(type_: AssociationType | None = None,
                 reason: Message | None = None) -> PluginInfo:
            return PluginInfo(ep.name, package, version, source, type_,
                              None if reason is None else reason.text("en"),
                              printed.getvalue() if printed else "", reason)

        try:
            with captured() as printed:
                obj = load_declared(ep.name, ep.value, package)
        except LoadFailure as failure:
            return info(reason=failure.reason)
        if not isinstance(obj, AssociationType):
            return info(reason=not_a_type(obj, ep.name, ep.value, package))
        problems = association_type_problems(obj)
        if problems:
            return info(reason=Message("plugin.invalid", {
                "problems": tuple(problems), "package": package}))
        return info(obj)


def _distribution_of(ep: EntryPoint | InstalledEntryPoint) -> tuple[str, str]:
    """Package name and version that registered ``ep`` ("?" when unknown)."""
    if isinstance(ep, InstalledEntryPoint):
        return ep.package, ep.version
    dist = ep.dist
    if dist is None:
        return "?", "?"
    return dist.metadata["Name"] or "?", dist.version or "?"


_default: PluginRegistry | None = None
_default_lock = threading.Lock()


def default_registry() -> PluginRegistry:
    """The process-wide registry of installed plugins (loaded on first use)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = PluginRegistry()
        return _default
