"""Errors raised by the library; each carries problems a person can act on."""

from __future__ import annotations

from pathlib import Path

from attrs import frozen

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


@frozen
class Problem:
    """One thing wrong with the input: where it is, what is wrong, what to do."""

    file: str
    line: int | None
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.field}: {self.message}" if self.field \
            else f"{where}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


class EmulationError(Exception):
    """Base class for every error the library raises on purpose."""


class ValidationError(EmulationError):
    """Input failed validation; ``problems`` lists every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class WorkspaceNotFoundError(EmulationError):
    """The path is not a workspace."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path}: not an emulation workspace (no workspace.toml); "
            "create one with 'emulation init DIR'"
        )


class SchemaVersionError(EmulationError):
    """The workspace was written by a newer version of this program."""


class WorkspaceLockedError(EmulationError):
    """Another process holds the workspace for writing."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        super().__init__(
            f"{path}: workspace is open for writing by {holder}; "
            "close that program, or open this one read-only"
        )


class StaleWriteError(EmulationError):
    """A file changed on disk since it was read; saving would overwrite someone's change."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path}: changed on disk since it was opened; reopen the workspace "
            "to see the other change before saving"
        )


class UnsafePathError(EmulationError):
    """A path the library will not read or write: it leads outside the workspace, is a
    symbolic link where a file is written, is not a regular file, or is too large."""

    def __init__(self, path: Path, reason: str, hint: str = "") -> None:
        self.path = path
        self.reason = reason
        self.hint = hint
        super().__init__(f"{path}: {reason}" + (f" (hint: {hint})" if hint else ""))
