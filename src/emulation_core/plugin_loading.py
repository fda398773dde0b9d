"""Loading one plugin's entry point, and saying why it failed in words an author can act on.

The entry point's value (``module:attribute``) is followed one step at a time, so that a
failure is told apart: the module does not parse (the file and line of the syntax error),
the module the entry point names is not installed, the plugin imports something missing,
the attribute the entry point names is not there, or the plugin's code raised (the file and
line in the plugin where it did). Each failure is a catalog :class:`~.messages.Message`
naming the plugin's package and saying what to do.
"""

from __future__ import annotations

import os
from decimal import InvalidOperation
from importlib import import_module
from importlib.util import find_spec
from typing import Any

from .association_type import AssociationType
from .entrypoints import split_value
from .faults import fault_place
from .messages import Message

__all__ = ["LoadFailure", "load_declared", "not_a_type"]


class LoadFailure(Exception):
    """A plugin that could not be loaded: ``reason`` says why and what to do."""

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


def load_declared(name: str, value: str, package: str) -> Any:
    """What entry point ``name = value`` of ``package`` declares: the object it names, or
    what the function it names returns. Raises :class:`LoadFailure`."""
    parts = split_value(value)
    if parts is None:
        raise LoadFailure(Message("plugin.load.bad_value", {
            "entry": f"{name} = {value}", "package": package}))
    module_name, attributes = parts
    try:
        obj: Any = import_module(module_name)
    except SyntaxError as exc:
        raise LoadFailure(Message("plugin.load.syntax", {
            "place": _place(exc.filename, exc.lineno), "detail": exc.msg or "",
            "package": package})) from None
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if missing and (module_name == missing or module_name.startswith(f"{missing}.")):
            raise LoadFailure(Message("plugin.load.no_module", {
                "entry": f"{name} = {value}", "module": module_name,
                "package": package})) from None
        raise LoadFailure(Message("plugin.load.dependency", {
            "where": _where(exc, module_name), "module": missing or str(exc),
            "package": package})) from None
    except (Exception, SystemExit) as exc:  # a plugin may fail in any way, even exit
        raise _raised(exc, module_name, package) from None
    for attribute in attributes:
        try:
            obj = getattr(obj, attribute)
        except AttributeError:
            raise LoadFailure(Message("plugin.load.no_attribute", {
                "entry": f"{name} = {value}", "attribute": attribute,
                "module": module_name, "package": package})) from None
        except (Exception, SystemExit) as exc:  # a module's __getattr__ may fail too
            raise _raised(exc, module_name, package) from None
    if callable(obj) and not isinstance(obj, AssociationType):
        try:
            obj = obj()
        except (Exception, SystemExit) as exc:
            raise LoadFailure(Message("plugin.load.factory_raised", {
                "exception": type(exc).__name__, "detail": _detail(exc),
                "where": _where(exc, module_name, Message("plugin.load.in_factory")),
                "entry": f"{name} = {value}",
                "package": package})) from None
    return obj


def not_a_type(obj: object, name: str, value: str, package: str) -> Message:
    """Why ``obj``, what entry point ``name = value`` gave, is not an association type."""
    return Message("plugin.load.not_a_type", {
        "found": type(obj).__name__, "entry": f"{name} = {value}", "package": package})


def _raised(exc: BaseException, module_name: str, package: str) -> LoadFailure:
    return LoadFailure(Message("plugin.load.raised", {
        "exception": type(exc).__name__, "detail": _detail(exc),
        "where": _where(exc, module_name), "package": package}))


def _detail(exc: BaseException) -> object:
    """What ``exc`` says; for a Decimal made from text that is not a number, how to write it."""
    if isinstance(exc, InvalidOperation):
        return Message("plugin.load.decimal_text")
    return str(exc) or type(exc).__name__


def _where(exc: BaseException, module_name: str, elsewhere: Message | None = None) -> Message:
    """Where in the plugin's own files ``exc`` was raised (its deepest line there); else
    ``elsewhere``, by default the module."""
    place = fault_place(exc, _plugin_files(module_name))
    if place is not None:
        return Message("plugin.load.at", {"place": place})
    return elsewhere or Message("plugin.load.in_module", {"module": module_name})


def _plugin_files(module_name: str) -> list[str]:
    """The plugin's top-level package folder, or its module file."""
    try:
        spec = find_spec(module_name.partition(".")[0])
    except (ImportError, ValueError):
        return []
    if spec is None:
        return []
    if spec.submodule_search_locations:
        return [os.path.abspath(p) for p in spec.submodule_search_locations]
    return [os.path.abspath(spec.origin)] if spec.origin else []


def _place(filename: str | None, line: int | None) -> str:
    return f"{filename or '?'}:{line}" if line else filename or "?"
