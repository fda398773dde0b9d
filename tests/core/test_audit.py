"""The change log's chain: written canonically, re-checkable by the documented recipe, and
every edit, removal, insertion, reordering or dropped tail named at its first line."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from emulation_core.actor import Actor, Role
from emulation_core.audit import (
    GENESIS,
    HEAD_FILE,
    LOG_FILE,
    AuditLogError,
    ChainState,
    Change,
    append_lines,
    head_file_bytes,
    read_chain,
    read_state,
)

AT = dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC)
AN = Actor("Nguyễn Văn An", Role.LEAD)


def write_log(root: Path, changes: list[Change]) -> ChainState:
    """Append ``changes`` one at a time, as the program does, and write the head file."""
    state = ChainState()
    for change in changes:
        lines, state = append_lines(state, [change], AN, AT)
        with open(root / LOG_FILE, "ab") as handle:
            handle.write(lines)
    (root / HEAD_FILE).write_bytes(head_file_bytes(state))
    return state


def changes(count: int) -> list[Change]:
    return [Change("submission.value", campaign="c2018", member=f"hoi-{i % 3}",
                   field="members", old=str(i), new=str(i + 1), reason="Đã sửa theo biên bản")
            for i in range(count)]


def lines_of(root: Path) -> list[bytes]:
    return (root / LOG_FILE).read_bytes().splitlines(keepends=True)


def first_break(root: Path) -> int | None:
    _, _, broken = read_chain(root)
    assert broken is not None
    return broken.line


def auditor_head(log: bytes) -> tuple[int, str]:
    """The recipe of docs/workspace.md, written independently of the library."""
    head = bytes(32)
    count = 0
    for line in log.splitlines():
        entry = json.loads(line)
        stored = entry.pop("head")
        assert entry["prev"] == head.hex()
        body = json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        leaf = hashlib.sha256(b"\x00" + body.encode("utf-8")).digest()
        head = hashlib.sha256(b"\x01" + head + leaf).digest()
        assert head.hex() == stored
        count += 1
    return count, head.hex()


def test_an_intact_log_reads_back_and_the_recipe_gives_its_head(tmp_path: Path) -> None:
    state = write_log(tmp_path, changes(5))
    entries, read, broken = read_chain(tmp_path)
    assert broken is None
    assert (read.count, read.head) == (state.count, state.head) == auditor_head(
        (tmp_path / LOG_FILE).read_bytes())
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev == GENESIS and entries[1].prev == entries[0].head
    assert entries[2].change.member == "hoi-2" and entries[2].change.new == "3"
    assert entries[0].by == AN and entries[0].at == AT
    assert json.loads((tmp_path / HEAD_FILE).read_bytes()) == {
        "count": 5, "head": state.head, "files": {},
        "size": (tmp_path / LOG_FILE).stat().st_size}


def test_entries_are_canonical_utf8_with_nfc_text(tmp_path: Path) -> None:
    decomposed = "Hội".replace("ộ", "o\u0323\u0302")
    write_log(tmp_path, [Change("member.added", member="hoi-a", new=decomposed)])
    line = lines_of(tmp_path)[0]
    assert "Hội".encode() in line and b"\\u" not in line and b" " not in line.split(b'"at"')[0]
    obj = json.loads(line)
    assert list(obj) == sorted(obj) and obj["new"] == "Hội"


def test_entry_and_head_hashes_use_distinct_prefixes(tmp_path: Path) -> None:
    write_log(tmp_path, changes(1))
    obj = json.loads(lines_of(tmp_path)[0])
    stored = obj.pop("head")
    body = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    leaf = hashlib.sha256(b"\x00" + body).digest()
    assert stored == hashlib.sha256(b"\x01" + bytes(32) + leaf).hexdigest()
    assert stored != hashlib.sha256(b"\x00" + bytes(32) + leaf).hexdigest()


def test_one_changed_character_names_its_line(tmp_path: Path) -> None:
    write_log(tmp_path, changes(4))
    lines = lines_of(tmp_path)
    lines[2] = lines[2].replace(b'"new":"3"', b'"new":"8"')
    (tmp_path / LOG_FILE).write_bytes(b"".join(lines))
    _, state, broken = read_chain(tmp_path)
    assert broken is not None and broken.line == 3 and "edited" in broken.message
    assert state.count == 2  # the entries before the break are still trusted


@pytest.mark.parametrize(("tamper", "line", "words"), [
    (lambda ls: ls[:1] + ls[2:], 2, "removed or inserted"),
    (lambda ls: [ls[0], ls[2], ls[1], *ls[3:]], 2, "removed or inserted"),
    (lambda ls: [*ls[:2], ls[1], *ls[2:]], 3, "removed or inserted"),
    (lambda ls: ls[:-1], 4, "the last lines were removed"),
    (lambda ls: [*ls[:-1], ls[-1][:-1]], 4, "incomplete"),
    (lambda ls: [*ls[:1], ls[1].replace(b":", b": ", 1), *ls[2:]], 2, "canonical"),
    (lambda ls: [*ls[:1], b"not json\n", *ls[2:]], 2, "not a JSON entry"),
])
def test_removed_reordered_inserted_and_cut_lines_are_named(
        tmp_path: Path, tamper: object, line: int, words: str) -> None:
    write_log(tmp_path, changes(4))
    assert callable(tamper)
    (tmp_path / LOG_FILE).write_bytes(b"".join(tamper(lines_of(tmp_path))))
    _, _, broken = read_chain(tmp_path)
    assert broken is not None and broken.line == line and words in broken.message


def test_a_rewritten_prev_with_a_consistent_hash_still_breaks_the_link(tmp_path: Path) -> None:
    write_log(tmp_path, changes(3))
    lines = lines_of(tmp_path)
    obj = json.loads(lines[1])
    obj["prev"] = "1" * 64
    (tmp_path / LOG_FILE).write_bytes(lines[0] + json.dumps(
        obj, sort_keys=True, separators=(",", ":")).encode() + b"\n" + lines[2])
    assert first_break(tmp_path) == 2


def test_the_head_file_is_needed_and_must_agree(tmp_path: Path) -> None:
    state = write_log(tmp_path, changes(3))
    (tmp_path / HEAD_FILE).unlink()
    _, _, broken = read_chain(tmp_path)
    assert broken is not None and broken.file == HEAD_FILE and state.head in broken.message
    (tmp_path / HEAD_FILE).write_bytes(head_file_bytes(ChainState(2, "ab" * 32)))
    assert first_break(tmp_path) == 3  # lines beyond what the program recorded
    (tmp_path / HEAD_FILE).write_bytes(head_file_bytes(ChainState(3, "ab" * 32)))
    _, _, broken = read_chain(tmp_path)
    assert broken is not None and broken.file == HEAD_FILE and "ab" * 32 in broken.message
    (tmp_path / LOG_FILE).unlink()
    _, _, broken = read_chain(tmp_path)
    assert broken is not None and broken.file == LOG_FILE


def test_no_log_is_an_empty_chain(tmp_path: Path) -> None:
    entries, state, broken = read_chain(tmp_path)
    assert (entries, state.count, state.head, broken) == ([], 0, GENESIS, None)


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        append_lines(ChainState(), changes(1), AN, dt.datetime(2026, 1, 1))


def test_the_error_names_the_break_and_says_what_to_do(tmp_path: Path) -> None:
    write_log(tmp_path, changes(2))
    (tmp_path / LOG_FILE).write_bytes(lines_of(tmp_path)[1])
    _, _, broken = read_chain(tmp_path)
    assert broken is not None
    text = str(AuditLogError(broken))
    assert text.startswith(f"{LOG_FILE}:1: ") and "restore" in text


def _tamperings(count: int) -> st.SearchStrategy[tuple[str, int, int, int]]:
    kinds = st.sampled_from(["edit", "delete", "swap", "duplicate", "truncate"])
    return st.tuples(kinds, st.integers(0, count - 1), st.integers(0, count - 1),
                     st.integers(0, 10_000))


@settings(max_examples=60, deadline=None)
@given(data=st.data(), count=st.integers(1, 12))
def test_verification_reports_exactly_the_first_tampered_line(
        data: st.DataObject, count: int) -> None:
    kind, i, j, position = data.draw(_tamperings(count))
    root = Path(tempfile.mkdtemp())
    try:
        texts = data.draw(st.lists(st.text(max_size=8), min_size=count, max_size=count))
        write_log(root, [Change("member.changed", member="hoi-a", field="name", new=t)
                         for t in texts])
        original = lines_of(root)
        lines = list(original)
        if kind == "edit":
            body = bytearray(lines[i][:-1])
            at = position % len(body)
            body[at] = ord("#") if body[at] != ord("#") else ord("%")
            lines[i] = bytes(body) + b"\n"
        elif kind == "delete":
            del lines[i]
        elif kind == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "duplicate":
            lines.insert(i, original[j])
        else:
            lines = lines[:i]
        (root / LOG_FILE).write_bytes(b"".join(lines))
        expected = next((n for n, (a, b) in enumerate(zip(lines, original, strict=False), 1)
                         if a != b), min(len(lines), len(original)) + 1)
        _, _, broken = read_chain(root)
        if lines == original:
            assert broken is None
        else:
            assert broken is not None and broken.line == expected
    finally:
        shutil.rmtree(root)


def test_read_state_takes_the_head_file_when_the_tail_agrees(tmp_path: Path) -> None:
    files = {"workspace.toml": "ab" * 32}
    state = write_log(tmp_path, [evolve(c, files=files) for c in changes(4)])
    assert read_state(tmp_path) == (state, None) == (read_chain(tmp_path)[1], None)
    lines = lines_of(tmp_path)
    # an edit in the middle is left to a full verification (emulation audit verify) …
    (tmp_path / LOG_FILE).write_bytes(b"".join(
        [lines[0], lines[1].replace(b'"new":"2"', b'"new":"9"'), *lines[2:]]))
    assert read_state(tmp_path) == (state, None)
    assert read_chain(tmp_path)[2] is not None
    # … while a changed or cut tail makes it read the whole chain and name the line
    (tmp_path / LOG_FILE).write_bytes(b"".join([*lines[:3], lines[3].replace(b"4", b"5", 1)]))
    assert read_state(tmp_path)[1] is not None and read_state(tmp_path)[1].line == 4
    (tmp_path / LOG_FILE).write_bytes(b"".join(lines[:3]))
    assert read_state(tmp_path)[1] is not None and read_state(tmp_path)[1].line == 4


def test_a_head_file_whose_file_hashes_were_edited_is_a_break(tmp_path: Path) -> None:
    state = write_log(tmp_path, [evolve(c, files={"a.toml": "ab" * 32}) for c in changes(2)])
    (tmp_path / HEAD_FILE).write_bytes(head_file_bytes(evolve(state,
                                                             files={"a.toml": "cd" * 32})))
    _, _, broken = read_chain(tmp_path)
    assert broken is not None and broken.file == HEAD_FILE and "edited" in broken.message
