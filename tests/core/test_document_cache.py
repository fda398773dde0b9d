"""The document cache changes nothing but time: an open from the cache gives what an open
that parses every file gives, problems (file and line) included; a file that does not parse
and a workspace with problems are never cached; a damaged or hostile cache file is ignored
and written afresh, never a traceback; two programs opening at once leave a whole file."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import tomli
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation_core import Problem, ValidationError, Workspace, sample_workspace_path
from emulation_core.cachedir import CACHE_VAR, cache_folder
from emulation_core.documentcache import DocumentCache
from emulation_core.tomlsource import TomlSource

SUBMISSION = "campaigns/2018-ca-nam/submissions/hoi-nha-bao.toml"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    target = tmp_path / "sample"
    shutil.copytree(sample_workspace_path(), target)
    return target


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many times the TOML parser ran, one count per call."""
    calls: list[int] = []
    real = tomli.loads

    def counting(text: str, **options: Any) -> dict[str, Any]:
        calls.append(1)
        return real(text, **options)

    monkeypatch.setattr(tomli, "loads", counting)
    yield calls


def _cache_file(root: Path) -> Path:
    folder = cache_folder()
    assert folder is not None
    file = DocumentCache(root, folder).file
    assert file is not None
    return file


def _opened(root: Path) -> str:
    """Everything an open gives, as text: bloc, campaigns, submissions, registrations, locks,
    warnings and each campaign's ranking."""
    with Workspace.open(root) as ws:
        return repr((ws.bloc, ws.campaigns, {c: dict(ws.submissions(c)) for c in ws.campaigns},
                     ws.registrations, ws.locks, ws.warnings,
                     {c: ws.scoreboard(c).ranking for c in ws.campaigns}))


def _problems(root: Path) -> list[Problem]:
    with pytest.raises(ValidationError) as raised:
        Workspace.open(root)
    return list(raised.value.problems)


def test_an_open_from_the_cache_is_an_open_that_parses(
        sample: Path, parses: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = os.environ[CACHE_VAR]
    monkeypatch.setenv(CACHE_VAR, "")
    parsed = _opened(sample)
    assert parses
    assert not any(Path(folder).iterdir())  # the cache off: nothing written
    monkeypatch.setenv(CACHE_VAR, folder)
    first = _opened(sample)
    assert _cache_file(sample).exists()
    parses.clear()
    assert _opened(sample) == first == parsed
    assert parses == []  # nothing parsed: every file came from the cache


def test_a_changed_file_is_parsed_again_and_its_problems_have_file_and_line(
        sample: Path, parses: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    _opened(sample)  # fills the cache
    cached = _cache_file(sample).read_bytes()
    path = sample / SUBMISSION
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("new_members = 749", 'new_members = "many"'),
                    encoding="utf-8")
    parses.clear()
    found = _problems(sample)
    assert parses == [1]  # only the changed file
    assert found
    line = text[:text.index("new_members = 749")].count("\n") + 1
    assert [(p.file, p.line) for p in found] == [(SUBMISSION, line)]
    assert _cache_file(sample).read_bytes() == cached  # a workspace with problems: not saved
    monkeypatch.setenv(CACHE_VAR, "")
    assert _problems(sample) == found


def test_a_file_that_does_not_parse_is_never_cached(sample: Path) -> None:
    path = sample / SUBMISSION
    path.write_text(path.read_text(encoding="utf-8") + "broken =\n", encoding="utf-8")
    [problem] = _problems(sample)
    assert (problem.file, problem.line) == (SUBMISSION,
                                        path.read_text(encoding="utf-8").count("\n"))
    assert not _cache_file(sample).exists()
    assert _problems(sample) == [problem]


def _sha_of(root: Path, display: str) -> str:
    import hashlib

    return hashlib.sha256((root / display).read_bytes()).hexdigest()


def _hostile(root: Path) -> list[bytes]:
    sha = _sha_of(root, "workspace.toml")

    def files(data: object) -> bytes:
        return json.dumps({"format": 1, "files": {"workspace.toml": {"sha256": sha,
                                                                      "data": data}}}).encode()
    return [
        b"", b"\x00\xff not json", b"[]", b'{"format": 2, "files": {}}', b'{"format": 1}',
        b'{"format": 1, "files": []}', files(None), files({"bloc": None}), files([1]),
        files({"schema_version": {"\u0000date": 7}}),
        files({"schema_version": {"\u0000date": "not a date"}}),
        files({"schema_version": {"\u0000when": "2018-01-01"}}),
        b"[" * 100_000 + b"]" * 100_000, files({"a": [[[[[[[[[[[[[[[[[[[[None]]]]]]]]]]]]]]]]]]]]}),
    ]


def test_a_damaged_or_hostile_cache_is_ignored_and_written_afresh(
        sample: Path, parses: list[int]) -> None:
    expected = _opened(sample)
    file = _cache_file(sample)
    for content in _hostile(sample):
        file.write_bytes(content)
        assert _opened(sample) == expected, content[:60]
        parses.clear()
        assert _opened(sample) == expected
        assert parses == [], content[:60]  # written afresh: the next open parses nothing


def test_an_unreadable_cache_folder_only_costs_time(sample: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = sample.parent / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv(CACHE_VAR, str(blocker / "cache"))
    expected = _opened(sample)
    assert _opened(sample) == expected


def test_two_programs_opening_at_once_leave_a_whole_cache(sample: Path) -> None:
    code = ("import sys\nfrom emulation_core import Workspace\n"
            "for _ in range(6):\n"
            "    Workspace.open(sys.argv[1]).close()\n")
    path = sample / SUBMISSION
    runs = []
    for round_ in range(3):  # each round changes a file: every open writes the cache
        path.write_text(path.read_text(encoding="utf-8") + f"# round {round_}\n",
                        encoding="utf-8")
        runs += [subprocess.Popen([sys.executable, "-c", code, str(sample)])
                 for _ in range(2)]
        assert [run.wait() for run in runs[-2:]] == [0, 0]
    file = _cache_file(sample)
    assert json.loads(file.read_bytes())["format"] == 1
    assert [p.name for p in file.parent.iterdir()] == [file.name]  # no temporary left


def test_an_empty_setting_turns_the_cache_off(sample: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert cache_folder({CACHE_VAR: ""}) is None
    assert cache_folder({CACHE_VAR: "/x"}) == "/x"
    assert cache_folder({"XDG_CACHE_HOME": "/c"}) == "/c/emulation"
    monkeypatch.setenv(CACHE_VAR, "")
    _opened(sample)
    assert DocumentCache(sample, cache_folder()).file is None


_OFFSETS = st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=7)),
                            dt.timezone(-dt.timedelta(hours=3, minutes=30))])
_VALUES = st.recursive(
    st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
    | st.dates() | st.times() | st.datetimes(timezones=_OFFSETS),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(min_size=1, max_size=6), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.text(min_size=1, max_size=6), _VALUES, max_size=5))
def test_a_document_comes_back_from_the_cache_as_the_parser_gives_it(
        tmp_path: Path, document: dict[str, Any]) -> None:
    """Any TOML document: types, float signs, offsets and nesting are kept (compared by
    repr, so a date never passes for a date-time nor 1.0 for 1)."""
    text = tomli_w.dumps(document)
    path = tmp_path / "doc.toml"
    writing = DocumentCache(tmp_path, tmp_path / "cache")
    parsed = writing.parse(path, "doc.toml", text)
    writing.save()
    assert isinstance(parsed, TomlSource)
    # a key starting with the cache's tag character keeps its file out of the cache
    cacheable = not any(key.startswith("\x00") for key in _keys(parsed.data))
    reading = DocumentCache(tmp_path, tmp_path / "cache")
    with (mock.patch.object(tomli, "loads", side_effect=AssertionError("parsed again"))
          if cacheable else contextlib.nullcontext()):
        cached = reading.parse(path, "doc.toml", text)
    assert isinstance(cached, TomlSource)
    assert repr(cached.data) == repr(parsed.data) == repr(tomli.loads(text))


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


def test_writing_a_cache_removes_old_caches_and_left_temporaries(sample: Path) -> None:
    named = cache_folder()
    assert named is not None
    folder = Path(named)
    folder.mkdir(parents=True, exist_ok=True)
    day = 86_400
    month = 31 * day
    files = {"gone-workspace-0.json": month, "recent-workspace-1.json": 20 * day,
             ".x.json.1-2.tmp": 2 * day, ".y.json.3-4.tmp": day // 2, "notes.txt": month}
    for name, age in files.items():
        (folder / name).write_text("{}", encoding="utf-8")
        stamp = (folder / name).stat().st_mtime - age
        os.utime(folder / name, (stamp, stamp))
    _opened(sample)  # the first open writes this workspace's cache
    left = {p.name for p in folder.iterdir()}
    assert left == {"recent-workspace-1.json", ".y.json.3-4.tmp", "notes.txt",
                    _cache_file(sample).name}
