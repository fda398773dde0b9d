"""Saving with the rules of opening.

Every file a save would write is first rendered as text, exactly as it would be written,
and read back by the very reader that opens the workspace. Whatever that reader refuses is
refused before anything is written, with the same messages, so nothing the library writes
can fail to open again. Files that people edit by hand are updated in place, keeping their
comments and layout (:mod:`.serialize.tomledit`); submissions are written afresh.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import evolve

from .atomic import atomic_write
from .checks import submission_findings
from .digest import sha256_hex
from .errors import Problem, StaleWriteError, ValidationError
from .fsguard import read_inside
from .model import Campaign, Submission
from .serialize import (
    BlocTypes,
    check_schema,
    dump_campaign,
    dump_criteria,
    dump_targets,
    previous_link_problems,
    read_bloc,
    read_campaign,
)
from .tomlsource import TomlSource, format_path

if TYPE_CHECKING:  # a save's: imported when a file is planned (a read-only open plans none)
    from .planned import Planned

__all__ = [
    "WorkspaceFiles",
    "bloc_problems",
    "campaign_problems",
    "submission_problems",
]


class ReadText:
    """A file's text as it was read, hashed when a save first compares it with the disk:
    a workspace opened only to be read never hashes it. A plain class: one is made for
    every file read."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class WorkspaceFiles:
    """The workspace's files as this program last read or wrote them, so that a save
    rewrites only what changed and never overwrites a change someone else made since."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._digests: dict[Path, str | ReadText] = {}

    def remember(self, source: TomlSource) -> None:
        """Note what a file held when it was read."""
        self._digests[source.path] = ReadText(source.text)

    def _known(self, path: Path) -> str | None:
        """The digest of what ``path`` held when this program last read or wrote it."""
        known = self._digests.get(path)
        if isinstance(known, ReadText):
            known = self._digests[path] = sha256_hex(known.text.encode("utf-8"))
        return known

    def plan(self, path: Path, display: str, doc: Mapping[str, Any], *,
             fresh: bool = False) -> Planned:
        """A file people edit, as a save would write it: its text on disk updated in place
        (comments and layout kept), or fresh TOML for a new file (or when ``fresh``)."""
        old_text = None
        if not fresh and os.path.lexists(path):
            try:
                old_text = read_inside(path, self.root).decode("utf-8")
            except (OSError, UnicodeDecodeError):  # written afresh; write() says what is wrong
                old_text = None
        from .planned import plan

        return plan(path, display, doc, old_text)

    def campaign_files(self, campaign: Campaign, *, fresh: bool = False,
                       ) -> dict[str, Planned]:
        """The campaign's three files (``campaign``, ``criteria``, ``targets``) as a save
        would write them."""
        folder = self.root / "campaigns" / campaign.id
        docs = {"campaign": dump_campaign(campaign), "criteria": dump_criteria(campaign.table),
                "targets": dump_targets(campaign)}
        return {name: self.plan(folder / f"{name}.toml", f"campaigns/{campaign.id}/{name}.toml",
                                doc, fresh=fresh)
                for name, doc in docs.items()}

    def write(self, planned: Planned) -> None:
        """Write atomically, unless the file already holds the text; refuse
        (:class:`StaleWriteError`) when it changed on disk since it was read."""
        path = planned.path
        data = planned.text.encode("utf-8")
        digest = sha256_hex(data)
        known = self._known(path)
        if known == digest:
            return
        if os.path.lexists(path):
            on_disk = sha256_hex(read_inside(path, self.root))
            if on_disk != known and on_disk != digest:
                raise StaleWriteError(path)
        self._put(path, data)
        self._digests[path] = digest

    def delete(self, path: Path) -> None:
        """Delete a file, unless it changed on disk since it was read."""
        if os.path.lexists(path):
            if sha256_hex(read_inside(path, self.root)) != self._known(path):
                raise StaleWriteError(path)
            self._remove(path)
        self._digests.pop(path, None)

    def _put(self, path: Path, data: bytes) -> None:
        atomic_write(path, data, root=self.root)

    def _remove(self, path: Path) -> None:
        path.unlink()


def bloc_problems(planned: Planned, schema_version: int) -> list[Problem]:
    """What opening would refuse in a planned workspace.toml."""
    source = planned.source()
    try:
        check_schema(source, schema_version)
    except ValidationError as exc:
        return _unlined(exc.problems)
    return _unlined(read_bloc(source)[1])


def campaign_problems(campaign_id: str, files: Mapping[str, Planned], bloc: BlocTypes,
                      links: Mapping[str, str | None],
                      displays: Mapping[str, str]) -> list[Problem]:
    """What opening would refuse in a campaign's planned files (``campaign``, ``criteria``,
    ``targets``), given the bloc and every campaign's ``previous`` link as it would be
    (``displays``: each campaign's campaign.toml as named in messages)."""
    _, problems = read_campaign(campaign_id, files["campaign"].source(),
                                files["criteria"].source(), files["targets"].source(), bloc)
    for other, why in previous_link_problems(links, links).items():
        problems.append(Problem.keyed(displays[other], None, "previous", why.key, **why.values))
    return _unlined(problems)


def submission_problems(campaign: Campaign, subs: Mapping[str, Submission],
                        bloc: BlocTypes) -> list[Problem]:
    """What opening would refuse in the campaign's saved submissions, read against
    ``campaign`` as it would be saved (a criterion removed, a maximum or the precision
    changed under a score already entered)."""
    problems = []
    for member_id, sub in sorted(subs.items()):
        table, installed = bloc.table_for(campaign.table, member_id)
        codes = {c.code: c for c in table.leaves()}
        display = f"campaigns/{campaign.id}/submissions/{member_id}.toml"
        problems += [Problem.keyed(display, None, format_path(path), message.key,
                                   **message.values)
                     for path, message in submission_findings(
                         sub, table, codes, campaign.precision, type_known=installed)]
    return problems


def _unlined(problems: tuple[Problem, ...] | list[Problem]) -> list[Problem]:
    """Problems in text that is not on disk: a line number would point at the wrong line."""
    return [evolve(p, line=None) for p in problems]
