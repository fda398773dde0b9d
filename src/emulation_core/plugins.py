"""Association-type plugins: the contract, and discovery through entry points.

A plugin is an installed package that registers, in the entry-point group
``emulation.association_types``, either an :class:`AssociationType` or a callable with no
arguments that returns one. Bundled types register the same way as third-party ones.

Plugins are loaded lazily, once, one entry point at a time: a plugin that fails to import,
raises, returns something invalid, targets another API version or reuses a key is recorded
as broken, with the reason, and skipped. Set ``EMULATION_PLUGINS`` to a comma-separated
list of entry-point names to load only those (empty: load none).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from attrs import field, frozen

from .criteria import CriteriaTable, Indicator, Section
from .model import Submission
from .scoring import Deriver
from .text import unsafe_id_reason

__all__ = [
    "API_VERSION",
    "ENTRY_POINT_GROUP",
    "ENV_VAR",
    "AssociationType",
    "PluginInfo",
    "PluginRegistry",
    "check_association_type",
    "default_registry",
]

API_VERSION = 1
ENTRY_POINT_GROUP = "emulation.association_types"
ENV_VAR = "EMULATION_PLUGINS"

Validator = Callable[[Submission], Iterable[str]]


@frozen
class AssociationType:
    """What a plugin declares about one association type.

    ``section`` holds the type's core-task criteria with local codes (``"1"``, ``"2.1"``);
    a campaign places them in its per-type slot and prefixes the slot's code. ``derive``
    computes extra indicators from reported ones (e.g. a percentage from two counts);
    ``validate`` returns member-facing messages about a submission. The evidence a
    criterion requires is the criterion's own ``evidence`` text.
    """

    key: str
    name: str
    name_en: str
    api_version: int
    section: Section
    indicators: tuple[Indicator, ...] = field(default=(), converter=tuple)
    derive: Deriver | None = None
    validate: Validator | None = None

    @property
    def indicator_map(self) -> dict[str, Indicator]:
        return {i.key: i for i in self.indicators}


@frozen
class PluginInfo:
    """One entry point as found: the type it gave, or why it is broken."""

    name: str
    package: str
    version: str
    source: str
    type: AssociationType | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def check_association_type(obj: object) -> list[str]:
    """Problems that make ``obj`` unusable as an association type (empty when it is fine)."""
    if not isinstance(obj, AssociationType):
        return [f"gave a {type(obj).__name__}, expected emulation_core.AssociationType"]
    problems = []
    reason = unsafe_id_reason(obj.key)
    if reason:
        problems.append(f"key {obj.key!r} {reason}")
    if obj.api_version != API_VERSION:
        problems.append(f"targets plugin API version {obj.api_version}, this emulation "
                        f"supports version {API_VERSION}; upgrade the plugin or emulation")
    if not obj.name or not obj.name_en:
        problems.append("name and name_en must both be given")
    if not isinstance(obj.section, Section):
        problems.append("section must be an emulation_core.Section")
        return problems
    table = CriteriaTable((obj.section,), obj.indicator_map)
    problems.extend(f"criterion {code}: {message}" for code, message in table.check())
    if not any(True for _ in obj.section.leaves()):
        problems.append("section has no criteria")
    return problems


class PluginRegistry:
    """Association types from entry points, loaded once on first use."""

    def __init__(self, found: Iterable[EntryPoint] | None = None,
                 allowed: str | None = None) -> None:
        self._found = found
        self._allowed = allowed
        self._plugins: tuple[PluginInfo, ...] | None = None
        self._types: dict[str, AssociationType] = {}

    @property
    def plugins(self) -> tuple[PluginInfo, ...]:
        """Every plugin seen, working or broken, in entry-point name order."""
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

    def get(self, key: str) -> AssociationType | None:
        return self.types.get(key)

    def problem_for(self, key: str) -> str:
        """A sentence explaining why type ``key`` is not available."""
        broken = [p for p in self.broken if p.name == key]
        if broken:
            return f"the plugin for type {key!r} is broken: {broken[0].error}"
        if self._allowed_names() is not None:
            return (f"no plugin provides type {key!r}; {ENV_VAR} restricts loading to "
                    f"{sorted(self._allowed_names() or []) or 'none'}")
        return (f"no installed plugin provides type {key!r}; install it "
                "(see 'emulation plugins list')")

    def _allowed_names(self) -> set[str] | None:
        allowed = self._allowed if self._allowed is not None else os.environ.get(ENV_VAR)
        if allowed is None:
            return None
        return {name.strip() for name in allowed.split(",") if name.strip()}

    def _load(self) -> tuple[PluginInfo, ...]:
        found = list(self._found if self._found is not None
                     else entry_points(group=ENTRY_POINT_GROUP))
        allowed = self._allowed_names()
        infos = []
        for ep in sorted(found, key=lambda e: (e.name, e.value)):
            if allowed is not None and ep.name not in allowed:
                continue
            infos.append(self._load_one(ep))
        return tuple(infos)

    def _load_one(self, ep: EntryPoint) -> PluginInfo:
        dist = ep.dist
        package = dist.metadata["Name"] if dist is not None else "?"
        version = dist.version if dist is not None else "?"
        source = _source_of(package)
        def info(type_: AssociationType | None = None, error: str | None = None) -> PluginInfo:
            return PluginInfo(ep.name, package, version, source, type_, error)

        try:
            obj: Any = ep.load()
            if callable(obj) and not isinstance(obj, AssociationType):
                obj = obj()
        except Exception as exc:  # a plugin may fail in any way; it must not stop us
            return info(error=f"failed to load ({type(exc).__name__}: {exc}); "
                        f"fix or uninstall {package}")
        problems = check_association_type(obj)
        if problems:
            return info(error="; ".join(problems))
        if obj.key in self._types:
            return info(error=f"key {obj.key!r} is already provided by another plugin; "
                        "uninstall one of them")
        self._types[obj.key] = obj
        return info(obj)


def _source_of(package: str) -> str:
    return "bundled" if package.startswith("emulation-") else "third-party"


_default: PluginRegistry | None = None


def default_registry() -> PluginRegistry:
    """The process-wide registry of installed plugins (loaded on first use)."""
    global _default
    if _default is None:
        _default = PluginRegistry()
    return _default
