"""Association-type plugins: the contract, and discovery through entry points.

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
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from attrs import evolve, field, frozen

from .criteria import CriteriaTable, Criterion, Indicator, Section
from .messages import Message
from .model import Submission
from .plugin_output import captured, excerpt, quiet
from .rules import AdjustmentItem, AdjustmentRule, Rule
from .scoring import Deriver
from .text import nfc, unsafe_id_reason

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
    "check_association_type",
    "default_registry",
]

API_VERSION = 1
ENTRY_POINT_GROUP = "emulation.association_types"
ENV_VAR = "EMULATION_PLUGINS"
BUNDLED_PACKAGES = frozenset({
    "emulation-htx", "emulation-chu-thap-do", "emulation-nha-bao", "emulation-vhnt",
    "emulation-khkt", "emulation-khuyen-hoc", "emulation-luat-su", "emulation-xa-hoi",
})

Validator = Callable[[Submission], Iterable[str]]

_INDICATOR_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_LOCAL_CODE = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_ROOT = "(section)"


def _indicator_tuple(value: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return tuple(value)


def _key_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


@frozen
class AssociationType:
    """What a plugin declares about one association type.

    ``section`` holds the type's core-task criteria with local codes (``"1"``, ``"2.1"``);
    a campaign places them in its per-type slot and prefixes the slot's code. ``derive``
    computes extra indicators from reported ones (e.g. a total from two amounts) and
    ``derived`` names the keys it returns; ``validate`` returns member-facing messages about
    a submission. The evidence a criterion requires is the criterion's own ``evidence``.
    """

    key: str
    name: str
    name_en: str
    api_version: int
    section: Section
    indicators: tuple[Indicator, ...] = field(default=(), converter=_indicator_tuple)
    derive: Deriver | None = None
    validate: Validator | None = None
    derived: frozenset[str] = field(default=frozenset(), converter=_key_set)

    @property
    def indicator_map(self) -> dict[str, Indicator]:
        return {i.key: i for i in self.indicators}

    @property
    def reported_indicators(self) -> tuple[Indicator, ...]:
        """The indicators a member reports (those the ``derive`` hook computes left out)."""
        return tuple(i for i in self.indicators if i.key not in self.derived)


@frozen
class PluginInfo:
    """One entry point as found: the type it gave, or why it is broken."""

    name: str
    package: str
    version: str
    source: str
    type: AssociationType | None = None
    error: str | None = None
    output: str = ""  # what it printed while loading, kept out of the program's output

    @property
    def ok(self) -> bool:
        return self.error is None


def check_association_type(obj: object) -> list[str]:
    """Structural problems that make ``obj`` unusable as an association type (empty if fine).

    Hooks are not called here; :mod:`emulation_core.testing` also runs them and every rule.
    """
    if not isinstance(obj, AssociationType):
        return [f"gave a {type(obj).__name__}, expected emulation_core.AssociationType"]
    problems = []
    reason = unsafe_id_reason(obj.key) if isinstance(obj.key, str) else "is not a string"
    if reason:
        problems.append(f"key {obj.key!r} {reason}")
    if obj.api_version != API_VERSION:
        problems.append(f"targets plugin API version {obj.api_version!r}, this emulation "
                        f"supports version {API_VERSION}; upgrade the plugin or emulation")
    for name in ("name", "name_en"):
        value = getattr(obj, name)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{name} must be a non-empty string")
        elif value != nfc(value):
            problems.append(f"{name} is not in Unicode NFC form; normalise it")
    for hook in ("derive", "validate"):
        if getattr(obj, hook) is not None and not callable(getattr(obj, hook)):
            problems.append(f"{hook} must be a function or None")
    problems.extend(_indicator_problems(obj))
    if obj.derive is None and obj.derived:
        problems.append("derived names indicators but there is no derive hook")
    if not isinstance(obj.section, Section):
        problems.append("section must be an emulation_core.Section")
        return problems
    shape = list(_node_problems(obj.section, is_root=True))
    problems.extend(shape)
    if shape:
        problems.extend(f"criterion {code}: code is used twice; codes must be unique"
                        for code in _duplicate_codes(obj.section))
        return problems
    # The section's own code is never shown (the campaign's slot replaces it).
    table = CriteriaTable((evolve(obj.section, code=_ROOT),), obj.indicator_map)
    problems.extend(f"{'section' if code == _ROOT else f'criterion {code}'}: {message}"
                    for code, message in table.check())
    if not any(True for _ in obj.section.leaves()):
        problems.append("section has no criteria")
    return problems


def _indicator_problems(obj: AssociationType) -> Iterator[str]:
    seen: set[str] = set()
    for indicator in obj.indicators:
        if not isinstance(indicator, Indicator):
            yield f"indicators: {indicator!r} is not an emulation_core.Indicator"
            continue
        key = indicator.key
        if not isinstance(key, str) or not _INDICATOR_KEY.match(key):
            yield (f"indicator key {key!r} must be snake_case: a lowercase letter, then "
                   "lowercase letters, digits or '_'")
        elif key in seen:
            yield f"indicator {key!r} is declared twice"
        seen.add(key)
        if not isinstance(indicator.label, str) or not indicator.label.strip():
            yield f"indicator {key!r} has no label"
        elif indicator.label != nfc(indicator.label):
            yield f"indicator {key!r}: label is not in Unicode NFC form; normalise it"
    for key in sorted(set(obj.derived) - seen, key=str):
        yield f"derived indicator {key!r} is not declared in indicators"


def _duplicate_codes(section: Section) -> list[str]:
    """Codes used more than once, tolerating malformed nodes."""
    seen: set[object] = set()
    twice: list[str] = []
    stack: list[object] = list(section.children) if isinstance(section.children, tuple) else []
    while stack:
        node = stack.pop(0)
        code = getattr(node, "code", None)
        if isinstance(code, str):
            if code in seen and code not in twice:
                twice.append(code)
            seen.add(code)
        children = getattr(node, "children", None)
        if isinstance(node, Section) and isinstance(children, tuple):
            stack.extend(children)
    return twice


def _node_problems(node: object, *, is_root: bool = False) -> Iterator[str]:
    """Wrong types, negative maxima and badly formed local codes, before deeper checks."""
    if isinstance(node, Section):
        where = "the plugin's section" if is_root else f"section {node.code!r}"
        if not is_root and (not isinstance(node.code, str) or not _LOCAL_CODE.match(node.code)):
            yield f"{where}: code must be a local code such as '2'"
        if not isinstance(node.title, str) or not node.title.strip():
            yield f"{where} has no title"
        elif node.title != nfc(node.title):
            yield f"{where}: title is not in Unicode NFC form; normalise it"
        if node.max_points is not None and (
            not isinstance(node.max_points, Decimal) or not node.max_points.is_finite()
            or node.max_points < 0
        ):
            yield f"{where}: max_points must be a finite Decimal, 0 or more"
        if node.per_type:
            yield f"{where}: per_type is for campaign slots, not for plugin sections"
        if not isinstance(node.children, tuple):
            yield f"{where}: children must be a tuple"
            return
        for child in node.children:
            if not is_root and isinstance(child, Criterion | Section) and \
                    isinstance(child.code, str) and not child.code.startswith(f"{node.code}."):
                yield (f"{child.code!r} sits in section {node.code!r}, so its code must "
                       f"start with '{node.code}.'")
            yield from _node_problems(child)
        return
    if not isinstance(node, Criterion):
        yield f"{node!r} is neither an emulation_core.Criterion nor a Section"
        return
    code = node.code
    if not isinstance(code, str) or not _LOCAL_CODE.match(code):
        yield (f"criterion code {code!r} must be a local code such as '1' or '2.1' "
               "(the campaign adds its slot's prefix)")
    if not isinstance(node.title, str) or not node.title.strip():
        yield f"criterion {code}: has no title"
    elif node.title != nfc(node.title):
        yield f"criterion {code}: title is not in Unicode NFC form; normalise it"
    if not isinstance(node.max_points, Decimal) or not node.max_points.is_finite():
        yield (f"criterion {code}: max_points must be a finite Decimal, e.g. Decimal('2.5'), "
               f"not {node.max_points!r}")
    elif node.max_points < 0:
        yield f"criterion {code}: max_points may not be negative"
    yield from _rule_problems(code, node.rule)


def _rule_problems(code: str, rule: object) -> Iterator[str]:
    if not isinstance(rule, Rule):
        yield (f"criterion {code}: unknown rule kind {type(rule).__name__}; use one of "
               "TargetRule, RelativeRule, YesNoRule, PerOccurrenceRule, JudgedRule, "
               "AdjustmentRule, FormulaRule")
        return
    numbers: dict[str, object] = {}
    for name in ("over_share", "points_each", "step", "floor", "ceiling"):
        if hasattr(rule, name):
            numbers[name] = getattr(rule, name)
    if isinstance(rule, AdjustmentRule):
        if not isinstance(rule.items, tuple) or not all(
                isinstance(i, AdjustmentItem) for i in rule.items):
            yield f"criterion {code}: adjustment items must be a tuple of AdjustmentItem"
            return
        numbers.update({f"items[{n}].points_each": i.points_each
                        for n, i in enumerate(rule.items)})
    for name, value in numbers.items():
        if not isinstance(value, Decimal) or not value.is_finite():
            yield f"criterion {code}: rule {name} must be a finite Decimal, not {value!r}"
    share = numbers.get("over_share")
    if isinstance(share, Decimal) and not 0 <= share <= 1:
        yield f"criterion {code}: over_share must be between 0 and 1"
    for name in ("points_each", "step"):
        value = numbers.get(name)
        if isinstance(value, Decimal) and value < 0:
            yield f"criterion {code}: {name} may not be negative"
    indicator = getattr(rule, "indicator", "")
    if hasattr(rule, "indicator") and (not isinstance(indicator, str) or not indicator):
        yield f"criterion {code}: the rule needs an indicator key"


class PluginRegistry:
    """Association types from entry points, loaded once on first use (thread-safe)."""

    def __init__(self, found: Iterable[EntryPoint] | None = None,
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
            return Message("plugin.broken", {"type": key, "error": broken[0].error})
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
        from importlib.metadata import entry_points  # costly to import: only when needed

        from . import __version__
        from .general_type import BUILT_IN_TYPES  # it builds on this module's classes

        found = list(self._found if self._found is not None
                     else entry_points(group=ENTRY_POINT_GROUP))
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
                infos[index] = evolve(info, type=None, error=(
                    f"key {key!r} is already provided by {owner.package} ({owner.source}, "
                    f"entry point {owner.name!r}); {info.package} may not take it over: "
                    f"give it another key or uninstall {info.package}"))
                continue
            owners[key] = info
            self._types[key] = info.type
        return tuple(infos)

    def _load_one(self, ep: EntryPoint) -> PluginInfo:
        package, version = _distribution_of(ep)
        source = "bundled" if package in BUNDLED_PACKAGES else "third-party"
        printed = None

        def info(type_: AssociationType | None = None, error: str | None = None) -> PluginInfo:
            return PluginInfo(ep.name, package, version, source, type_, error,
                              printed.getvalue() if printed else "")

        try:
            with captured() as printed:
                obj: Any = ep.load()
                if callable(obj) and not isinstance(obj, AssociationType):
                    obj = obj()
            problems = check_association_type(obj)
        except (Exception, SystemExit) as exc:  # a plugin may fail in any way, even exit
            return info(error=f"failed to load ({type(exc).__name__}: {exc}); "
                        f"fix or uninstall {package}")
        if problems:
            return info(error="; ".join(problems))
        return info(obj)


def _distribution_of(ep: EntryPoint) -> tuple[str, str]:
    """Package name and version that registered ``ep`` ("?" when unknown)."""
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
