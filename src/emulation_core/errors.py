"""Errors raised by the library; each carries problems a person can act on."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

import attrs
from attrs import frozen

from .messages import Language, Message, has_message, render
from .value_object import ValueObject

__all__ = [
    "EmulationError",
    "Problem",
    "SchemaVersionError",
    "StaleWriteError",
    "UnsafePathError",
    "ValidationError",
    "WorkspaceLockedError",
    "WorkspaceNotFoundError",
]


def _frozen_values(values: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(values))


@frozen
class Problem(ValueObject):
    """One thing wrong with the input: where it is, what is wrong, what to do.

    ``message`` and ``hint`` are English. A problem made with :meth:`keyed` also carries its
    message-catalog ``key`` and ``values``, so that :meth:`text` can say it in Vietnamese.
    """

    file: str
    line: int | None
    field: str
    message: str
    hint: str = ""
    key: str = ""
    values: Mapping[str, object] = attrs.field(factory=dict, converter=_frozen_values, hash=False)

    @classmethod
    def keyed(cls, file: str, line: int | None, field: str, key: str, /,
              **values: object) -> Problem:
        """A problem whose message is catalog entry ``key`` (its hint: ``key.hint``, if any)."""
        hint = render(f"{key}.hint", "en", **values) if has_message(f"{key}.hint") else ""
        return cls(file, line, field, render(key, "en", **values), hint, key, values)

    def message_text(self, lang: Language = "en") -> str:
        """What is wrong, in ``lang`` (English when the problem is not keyed)."""
        return render(self.key, lang, **self.values) if self.key and lang != "en" \
            else self.message

    def hint_text(self, lang: Language = "en") -> str:
        """What to do, in ``lang`` (English when the catalog has no hint for the key)."""
        if self.key and self.hint and lang != "en" and has_message(f"{self.key}.hint"):
            return render(f"{self.key}.hint", lang, **self.values)
        return self.hint

    def text(self, lang: Language = "en") -> str:
        """``file:line: field: message (hint: …)`` in ``lang``."""
        message, hint = self.message_text(lang), self.hint_text(lang)
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.field}: {message}" if self.field else f"{where}: {message}"
        return render("problem.hint", lang, text=text, hint=hint) if hint else text

    def __str__(self) -> str:
        return self.text("en")


class EmulationError(Exception):
    """Base class for every error the library raises on purpose.

    Errors raised with a catalog ``key`` (and ``values``) can be said in Vietnamese with
    :meth:`text`; ``str(error)`` stays English.
    """

    key: str = ""
    values: Mapping[str, object] = MappingProxyType({})

    def _say(self, key: str, /, **values: object) -> None:
        self.key, self.values = key, MappingProxyType(values)
        super().__init__(render(key, "en", **values))

    def text(self, lang: Language = "en") -> str:
        """The message in ``lang`` (English when the error has no catalog key)."""
        return render(self.key, lang, **self.values) if self.key else str(self)

    @classmethod
    def keyed(cls, key: str, /, **values: object) -> EmulationError:
        """An error whose message is catalog entry ``key`` (``str()`` is English)."""
        error = cls.__new__(cls)
        error._say(key, **values)
        return error


class ValidationError(EmulationError):
    """Input failed validation; ``problems`` lists every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def text(self, lang: Language = "en") -> str:
        return "\n".join(p.text(lang) for p in self.problems)


class WorkspaceNotFoundError(EmulationError):
    """The path is not a workspace."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._say("error.not_a_workspace", path=path)


class SchemaVersionError(EmulationError):
    """The workspace was written by a newer version of this program."""

    def __init__(self, file: str, version: int, newest: int) -> None:
        self._say("error.schema_newer", file=file, version=str(version), newest=str(newest))


class WorkspaceLockedError(EmulationError):
    """Another process holds the workspace for writing."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        self._say("error.locked", path=path, holder=holder)


class StaleWriteError(EmulationError):
    """A file changed on disk since it was read; saving would overwrite someone's change."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._say("error.stale", path=path)


class UnsafePathError(EmulationError):
    """A path the library will not read or write: it leads outside the workspace, is a
    symbolic link where a file is written, is not a regular file, or is too large."""

    def __init__(self, path: Path, reason: Message, hint: Message | None = None) -> None:
        self.path = path
        self.reason = reason.text("en")
        self.hint = hint.text("en") if hint is not None else ""
        self.reason_message, self.hint_message = reason, hint
        """The reason and the hint as catalog messages, to say them in either language."""
        said = Message("unsafe.path", {"path": path, "reason": reason})
        if hint is None:
            self._say("unsafe.path", path=path, reason=reason)
        else:
            self._say("problem.hint", text=said, hint=hint)
