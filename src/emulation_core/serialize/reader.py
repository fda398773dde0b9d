"""Pulling typed fields out of parsed TOML, collecting every problem instead of raising."""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..errors import Problem
from ..messages import Message
from ..numbers import MAX_INTEGER_DIGITS, NumberError, parse_decimal
from ..text import nfc, unsafe_id_key
from ..tomlsource import Path_, TomlSource

__all__ = ["Reader", "kind_message", "read_enum", "suggest", "toml_number"]

T = TypeVar("T")
_MISSING = object()
_INT_LIMIT = 10 ** MAX_INTEGER_DIGITS


class Reader:
    """Pulls typed fields out of a TOML document, collecting problems instead of raising."""

    def __init__(self, source: TomlSource) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def fail(self, path: Path_, message: str, hint: str = "") -> None:
        self.problems.append(self.source.problem(path, message, hint))

    def fail_keyed(self, path: Path_, key: str, /, **values: object) -> None:
        """A problem whose message (and hint, ``key.hint``) is in the message catalog."""
        self.problems.append(self.source.keyed_problem(path, key, **values))

    def get(self, table: Mapping[str, Any], path: Path_, key: str, kind: type[T] | tuple[type, ...],
            default: Any = _MISSING) -> Any:
        here = (*path, key)
        if key not in table:
            if default is _MISSING:
                self.fail_keyed(here, "toml.required", key=key)
            return None if default is _MISSING else default
        value = table[key]
        if isinstance(value, bool) and kind is not bool:
            self.fail_keyed(here, "toml.bool", value=repr(value), kind=kind_message(kind))
            return None if default is _MISSING else default
        # A date-time is a date to isinstance, but not to the comparisons that follow.
        wrong_date = kind is dt.date and isinstance(value, dt.datetime)
        if wrong_date or not isinstance(value, kind):
            self.fail_keyed(here, "toml.date_time" if wrong_date else "toml.wrong_kind",
                            found=kind_message(type(value)), kind=kind_message(kind))
            return None if default is _MISSING else default
        return nfc(value) if isinstance(value, str) else value

    def text(self, table: Mapping[str, Any], path: Path_, key: str, default: Any = _MISSING
             ) -> Any:
        return self.get(table, path, key, str, default)

    def ident(self, table: Mapping[str, Any], path: Path_, key: str) -> str | None:
        value = self.text(table, path, key)
        if value is None:
            return None
        reason = unsafe_id_key(value)
        if reason:
            self.fail_keyed((*path, key), "toml.unsafe_id", value=value, reason=Message(reason))
            return None
        return str(value)

    def number(self, table: Mapping[str, Any], path: Path_, key: str,
               default: Any = _MISSING, *, negative: bool = True) -> Decimal | None:
        if key not in table:
            if default is _MISSING:
                self.fail_keyed((*path, key), "toml.required", key=key)
                return None
            return default  # type: ignore[no-any-return]
        return self.decimal(table[key], (*path, key), negative=negative)

    def decimal(self, raw: object, path: Path_, *, negative: bool = True,
                integer: bool = False) -> Decimal | None:
        """A TOML number as is, or a string read with the people grammar (docs/numbers.md)."""
        if type(raw) is int and (negative or raw >= 0) and abs(raw) < _INT_LIMIT:
            return Decimal(raw)  # the common case, kept fast
        try:
            value = parse_decimal(raw, integer=integer)
        except NumberError as exc:
            self.fail_keyed(path, exc.key, **exc.values)
            return None
        if not negative and value < 0:
            self.fail_keyed(path, "toml.negative", value=value)
            return None
        return value

    def table(self, table: Mapping[str, Any], path: Path_, key: str) -> dict[str, Any]:
        value = table.get(key, {})
        if not isinstance(value, dict):
            self.fail_keyed((*path, key), "toml.not_table", found=kind_message(type(value)))
            return {}
        return value

    def tables(self, table: Mapping[str, Any], path: Path_, key: str) -> list[dict[str, Any]]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail_keyed((*path, key), "toml.not_tables", key=key)
            return []
        return value

    def unknown_keys(self, table: Mapping[str, Any], path: Path_, known: set[str]) -> None:
        for key in table:
            if key not in known:
                self.fail_keyed((*path, key), "toml.unknown", names=", ".join(sorted(known)))


_KIND_KEYS = {str: "kind.text", int: "kind.int", float: "kind.float", bool: "kind.bool",
              dict: "kind.table", list: "kind.array", dt.date: "kind.date",
              dt.datetime: "kind.datetime"}


def kind_message(kind: type | tuple[type, ...]) -> Message:
    """What a TOML value of ``kind`` is called (``a whole number``, ``text or a number``)."""
    if isinstance(kind, tuple):
        said = [kind_message(k) for k in kind]
        return functools.reduce(
            lambda first, second: Message("kind.either", {"first": first, "second": second}),
            said)
    key = _KIND_KEYS.get(kind)
    return Message(key) if key else Message("kind.other", {"name": kind.__name__})



E = TypeVar("E", bound=enum.StrEnum)


def read_enum(r: Reader, data: Mapping[str, Any], key: str, kind: type[E], default: E) -> E:
    raw = r.text(data, (), key, default=default.value)
    try:
        return kind(raw)
    except ValueError:
        r.fail_keyed((key,), "toml.not_one_of", value=raw,
                     choices=", ".join(k.value for k in kind))
        return default


def toml_number(value: Decimal) -> int | float | str:
    """A Decimal as the plainest TOML value that reads back equal."""
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else str(value)


def suggest(wrong: str, known: Iterable[str], listing: str) -> Message:
    """A hint for a reference to nothing: the closest known name, else the known names
    (catalog message ``listing``), else to remove it."""
    import difflib  # imported when first needed

    names = sorted(known)
    close = difflib.get_close_matches(wrong, names, n=1)
    if close:
        return Message("ref.did_you_mean", {"name": close[0]})
    if not names:
        return Message("ref.remove_it")
    shown = ", ".join(names[:12]) + (", …" if len(names) > 12 else "")
    return Message(listing, {"names": shown})
