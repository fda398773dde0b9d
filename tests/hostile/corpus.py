"""A corpus of bad workspaces, generated: hundreds of ways to break one valid base
(:mod:`tests.hostile.base_workspace`).

Each :class:`Case` changes the base in one way and says where the one message must point:
the file, and the line (``line_of``: text on that line, found after the change) or the
field.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from attrs import frozen
from tests.hostile.base_workspace import (
    BASE,
    CAMPAIGN,
    CRITERIA,
    FILES,
    SUB,
    TARGETS,
    WS,
    base_bytes,
)

SEVERAL = "several"

Change = Callable[[Path], None]


@frozen
class Case:
    """One bad workspace: how to break the base, and where the message must point."""

    name: str
    file: str  # the file the message must name, as shown (relative to the workspace)
    change: Change
    line_of: str | None = None  # text on the line the message must name
    field: str | None = None  # else a field it must name (None: the file is enough)
    message: str = ""  # words the message must contain
    commands: tuple[str, ...] = ("validate", "score", "rank")
    level: str = "error"  # or "warning": a problem the workspace still opens with
    # "several" when more than one message comes out, each a real problem of its own.
    extra_messages: str | None = None


def replace(file: str, old: str, new: str) -> Change:
    def change(root: Path) -> None:
        path = root / file
        text = path.read_text("utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {file}"
        path.write_text(text.replace(old, new), encoding="utf-8")
    return change


def append(file: str, text: str) -> Change:
    def change(root: Path) -> None:
        with (root / file).open("a", encoding="utf-8") as handle:
            handle.write(text)
    return change


def write_bytes(file: str, data: bytes) -> Change:
    def change(root: Path) -> None:
        (root / file).write_bytes(data)
    return change


# -- wrong values, one key at a time ---------------------------------------------------------

TEXT_BAD = ("42", "true", "[]", "{}", "1979-05-27", "4.5")
NUMBER_BAD = ('"nhiều"', "true", "[]", "{ a = 1 }", "1979-05-27", "nan", "inf", "-inf")
INT_BAD = ('"2018"', "true", "[]", "2018.5", "1979-05-27")
DATE_BAD = ('"2018-01-01"', "42", "true", "[]", "2018-01-01T08:00:00")
ID_BAD = ('""', '"../x"', '"a/b"', '"con"', '"Hoi A"', '"' + "x" * 65 + '"', '"hội"')

# (file, the line as in the base, bad values for its key)
VALUE_TARGETS: list[tuple[str, str, tuple[str, ...]]] = [
    (WS, 'id = "khoi-thu"', TEXT_BAD + ID_BAD),
    (WS, 'name = "Khối thi đua thử nghiệm"', TEXT_BAD),
    (WS, 'id = "hoi-c"', TEXT_BAD + ID_BAD + ('"hoi-a"',)),
    (WS, 'name = "Hội Ca Dao"', (*TEXT_BAD, '""', '" "')),
    (WS, 'short_name = "Ca Dao"', TEXT_BAD),
    (WS, 'type = "nha-bao"', (*TEXT_BAD, '""', '"../x"')),
    (WS, "year = 2018", INT_BAD),
    (WS, 'lead = "hoi-a"', (*TEXT_BAD, '"hoi-z"')),
    (WS, 'deputy = "hoi-b"', (*TEXT_BAD, '"hoi-z"')),
    (CAMPAIGN, 'title = "Tổng kết năm 2018"', TEXT_BAD),
    (CAMPAIGN, 'period = "year_end"', (*TEXT_BAD, '"weekly"', '""')),
    (CAMPAIGN, "year = 2018", INT_BAD),
    (CAMPAIGN, "start = 2018-01-01", DATE_BAD),
    (CAMPAIGN, "end = 2018-12-31", (*DATE_BAD, "2017-12-31")),
    (CAMPAIGN, "deadline = 2018-12-20", DATE_BAD),
    (CAMPAIGN, 'precision = "0.01"', ('"abc"', "true", "[]", '"-0.01"', '"0.05"', '"0"',
                                       '"1e-30"', '"1e999999"')),
    (CAMPAIGN, 'rank_by = "total"', (*TEXT_BAD, '"speed"')),
    (CAMPAIGN, "tie_break = []", ('"bonus"', "[1]", '["nonsense"]', "42",
                                  '["section:99"]', '["section:1.7"]', '["criterion:9.9"]')),
    (CAMPAIGN, 'key = "good"', (*TEXT_BAD, '"excellent"')),
    (CAMPAIGN, 'label = "Hoàn thành tốt nhiệm vụ"', TEXT_BAD),
    (CAMPAIGN, "minimum = 85", NUMBER_BAD),
    (CAMPAIGN, "inclusive = true", ('"yes"', "1", "[]")),
    (CRITERIA, 'key = "plan"', TEXT_BAD),
    (CRITERIA, 'label = "Kế hoạch"', TEXT_BAD),
    (CRITERIA, 'code = "1.2"', (*TEXT_BAD, '""')),
    (CRITERIA, 'title = "Kế hoạch"', TEXT_BAD),
    (CRITERIA, "max_points = 6", (*NUMBER_BAD, "-1", "1e30", "5" * 5000)),
    (CRITERIA, 'kind = "yes_no"', (*TEXT_BAD, '"magic"', '""')),
    (CRITERIA, 'indicator = "members"', TEXT_BAD),
    (CRITERIA, "step = 0.5", (*NUMBER_BAD, "-0.5")),
    (CRITERIA, "floor = -5", NUMBER_BAD),
    (TARGETS, "members = 10", (*NUMBER_BAD, "-1", "1e30")),
    (SUB, 'status = "submitted"', (*TEXT_BAD, '"done"', '""')),
    (SUB, "updated_at = 2018-12-10 08:00:00+07:00", ('"yesterday"', "42", "true", "[]")),
    (SUB, "members = 8", (*NUMBER_BAD, "-3", "1e30", '"1e999999"', "9" * 5000)),
    (SUB, "self = 9.5", (*NUMBER_BAD, "12", "-1", "9.25", "1e30")),
    (SUB, 'evidence = "Báo cáo 12/BC"', TEXT_BAD),
]


def value_cases() -> Iterator[Case]:
    for file, line, bads in VALUE_TARGETS:
        key = line.split(" = ")[0]
        for bad in bads:
            new = f"{key} = {bad}"
            shown = bad if len(bad) <= 20 else f"{bad[:8]}…({len(bad)})"
            yield Case(f"{file}: {line} -> {shown}", file, replace(file, line, new),
                       line_of=new)


# -- references that point at nothing ----------------------------------------------------

def reference_cases() -> Iterator[Case]:
    yield Case("criterion code unknown in submission", SUB,
               replace(SUB, '[criteria."1.3"]', '[criteria."9.9"]'), line_of='"9.9"')
    yield Case("judged entry on a computed criterion", SUB,
               replace(SUB, '[criteria."1.3"]', '[criteria."1.1"]'), line_of="self = 9.5")
    yield Case("unknown indicator in submission", SUB,
               replace(SUB, "plan = 1", "plann = 1"), line_of="plann = 1")
    yield Case("target for a non-member", TARGETS,
               replace(TARGETS, "[hoi-b]", "[hoi-z]"), line_of="[hoi-z]")
    yield Case("target indicator unknown", TARGETS,
               replace(TARGETS, "members = 20", "memberz = 20"), line_of="memberz = 20")
    for n, codes in enumerate(['["9.9"]', '["1.1", "1.1"]', '"1.1"', "[1]"]):
        yield Case(f"not_assigned codes {n}", TARGETS,
                   replace(TARGETS, "members = 10", f"members = 10\nnot_assigned = {codes}"),
                   line_of="not_assigned = ")
    yield Case("previous campaign unknown", CAMPAIGN,
               replace(CAMPAIGN, 'rank_by = "total"', 'rank_by = "total"\nprevious = "c1999"'),
               line_of='previous = "c1999"')
    yield Case("schema_version 0", WS, replace(WS, "schema_version = 1", "schema_version = 0"),
               line_of="schema_version = 0")
    yield Case("submission of a non-member", "campaigns/c2018/submissions/hoi-z.toml",
               write_bytes("campaigns/c2018/submissions/hoi-z.toml", base_bytes(SUB)))
    yield Case("rule indicator unknown", CRITERIA,
               replace(CRITERIA, 'indicator = "members"', 'indicator = "nope"'),
               field="criterion 1.1", message="'nope'")
    yield Case("adjustment item indicator unknown", CRITERIA,
               replace(CRITERIA, 'indicator = "late"', 'indicator = "latte"'),
               field="criterion 2.2", message="'latte'")
    yield Case("plugin type that is not installed", WS,
               replace(WS, 'type = "nha-bao"', 'type = "khong-co"'),
               line_of='type = "khong-co"', commands=("validate",), level="warning")
    yield Case("end before start", CAMPAIGN, replace(CAMPAIGN, "start = 2018-01-01",
                                                     "start = 2019-01-01"),
               line_of="end = 2018-12-31", message="before start")
    yield Case("unused max_points of a bonus criterion", CRITERIA,
               replace(CRITERIA, "max_points = 0", "max_points = 7"), line_of="max_points = 7")


# -- duplicates, missing keys, unknown keys ---------------------------------------------------

def duplicate_cases() -> Iterator[Case]:
    yield Case("member listed twice", WS, replace(WS, 'id = "hoi-b"', 'id = "hoi-a"'),
               field="members")
    yield Case("criterion code twice", CRITERIA, replace(CRITERIA, 'code = "2.2"',
                                                         'code = "2.1"'), field="2.1")
    yield Case("band key twice", CAMPAIGN, replace(CAMPAIGN, 'key = "completed"',
                                                   'key = "good"'), field="bands")
    yield Case("criterion code used twice", CRITERIA, replace(CRITERIA, 'code = "1.2"',
                                                              'code = "1.1"'),
               field="criterion 1.1", message="used twice")
    for n, (old, new) in enumerate([('key = "late"', 'key = "plan"'),
                                    ('key = "plan"', 'key = "members"')]):
        yield Case(f"indicator key twice {n}", CRITERIA, replace(CRITERIA, old, new),
                   line_of=new)
    for n, new in enumerate(['key = "Bad Key"', 'key = ""']):
        yield Case(f"indicator key malformed {n}", CRITERIA,
                   replace(CRITERIA, 'key = "plan"', new), line_of=new)
    yield Case("TOML key twice", SUB, replace(SUB, "plan = 1", "plan = 1\nplan = 0"),
               line_of="plan = 0")
    yield Case("TOML table twice", TARGETS, append(TARGETS, "\n[hoi-a]\nmembers = 3\n"),
               message="Cannot declare ('hoi-a',) twice")


REQUIRED = [
    (WS, "schema_version = 1"), (WS, 'id = "khoi-thu"'), (WS, 'name = "Khối thi đua thử nghiệm"'),
    (WS, 'id = "hoi-b"'), (WS, 'type = "nha-bao"'), (WS, "year = 2018"),
    (WS, 'lead = "hoi-a"'),
    (CAMPAIGN, 'title = "Tổng kết năm 2018"'),
    (CAMPAIGN, "year = 2018"), (CAMPAIGN, "start = 2018-01-01"), (CAMPAIGN, "end = 2018-12-31"),
    (CAMPAIGN, "deadline = 2018-12-20"), (CAMPAIGN, 'key = "good"'),
    (CAMPAIGN, 'label = "Hoàn thành tốt nhiệm vụ"'), (CAMPAIGN, "minimum = 85"),
    (CRITERIA, 'key = "plan"'), (CRITERIA, 'code = "1.2"'), (CRITERIA, 'title = "Kế hoạch"'),
    (CRITERIA, "max_points = 6"), (CRITERIA, 'kind = "yes_no"'),
    (CRITERIA, 'indicator = "members"'),
]


def missing_cases() -> Iterator[Case]:
    for file, line in REQUIRED:
        key = line.split(" = ")[0]
        yield Case(f"{file}: {line} missing", file, replace(file, line + "\n", ""), field=key)
    for file in (CAMPAIGN, CRITERIA):
        yield Case(f"{file} missing", file, lambda root, f=file: (root / f).unlink(),
                   message="file is missing")
    yield Case("empty workspace.toml", WS, write_bytes(WS, b""), field="schema_version")
    yield Case("empty campaign.toml", CAMPAIGN, write_bytes(CAMPAIGN, b""), field="title",
               extra_messages=SEVERAL)
    yield Case("empty criteria.toml", CRITERIA, write_bytes(CRITERIA, b""), field="sections")


UNKNOWN_KEYS: list[tuple[str, str, str]] = [
    (WS, '[[members]]\nid = "hoi-c"', '[[members]]\ncolour = 1\nid = "hoi-c"'),
    (WS, "[[leadership]]", "[[leadership]]\ncolour = 1"),
    (WS, "[bloc]", "[bloc]\ncolour = 1"),
    (WS, "schema_version = 1", "schema_version = 1\ncolour = 1"),
    (CAMPAIGN, 'rank_by = "total"', 'rank_by = "total"\ncolour = 1'),
    (CAMPAIGN, "minimum = 85", "minimum = 85\ncolour = 1"),
    (CRITERIA, 'label = "Cờ thi đua"', 'label = "Cờ thi đua"\ncolour = 1'),
    (CRITERIA, 'kind = "yes_no"', 'kind = "yes_no"\ncolour = 1'),
    (CRITERIA, 'title = "Thưởng, trừ"', 'title = "Thưởng, trừ"\ncolour = 1'),
    (SUB, 'status = "submitted"', 'status = "submitted"\ncolour = 1'),
    (SUB, 'evidence = "Báo cáo 12/BC"', 'evidence = "Báo cáo 12/BC"\ncolour = 1'),
]


def unknown_key_cases() -> Iterator[Case]:
    for n, (file, old, new) in enumerate(UNKNOWN_KEYS):
        yield Case(f"{file}: unknown key {n}", file, replace(file, old, new),
                   line_of="colour = 1")


# -- broken syntax, encodings, nesting, long lines ----------------------------------------------

SYNTAX = [
    ("doubled =", "{k} = = {v}"), ("unclosed string", '{k} = "{v}'),
    ("missing =", "{k} {v}"), ("bare word", "{k} = {v} và thêm"),
    ("bad escape", '{k} = "\\q{v}"'),
    ("control character", '{k} = "\x01{v}"'), ("table for a value", "{k} = {{ a = 1 }}"),
]
FIRST_KEY = {WS: "schema_version = 1", CAMPAIGN: 'title = "Tổng kết năm 2018"',
             CRITERIA: 'key = "members"', TARGETS: "members = 10", SUB: 'status = "submitted"'}


def syntax_cases() -> Iterator[Case]:
    for file in FILES:
        key, value = FIRST_KEY[file].split(" = ")
        for name, shape in SYNTAX:
            broken = shape.format(k=key, v=value.strip('"'))
            yield Case(f"{file}: {name}", file, replace(file, FIRST_KEY[file], broken),
                       line_of=broken, message="" if "table" in name else "is not valid TOML")
        yield Case(f"{file}: array never closed", file,
                   replace(file, FIRST_KEY[file], f"{key} = [{value}"),
                   message="is not valid TOML")
        yield Case(f"{file}: header never closed", file,
                   append(file, "\n[" + " " * 50_000 + "\n"), line_of="[    ")
        yield Case(f"{file}: string never closed on a long line", file,
                   append(file, '\nlong = "' + "x" * 200_000 + "\n"), line_of='long = "xxx')


def encoding_cases() -> Iterator[Case]:
    for file in FILES:
        data = base_bytes(file)
        cut = data.index(b"\n", len(data) // 2) + 1
        yield Case(f"{file}: invalid UTF-8", file,
                   write_bytes(file, data[:cut] + b"# \xff\xfe broken\n" + data[cut:]),
                   line_of=" broken", message="is not UTF-8 text")
        yield Case(f"{file}: Latin-1", file,
                   write_bytes(file, BASE[file].encode("utf-8").replace(
                       "ộ".encode(), b"\xf4") if "ộ".encode() in data else data + b"# h\xf4i\n"),
                   message="is not UTF-8 text")
        yield Case(f"{file}: UTF-16", file, write_bytes(file, BASE[file].encode("utf-16")),
                   message="is not UTF-8 text")
        yield Case(f"{file}: NUL byte", file, write_bytes(file, data + b"nul = \x00\n"),
                   line_of="nul = ", message="is not valid TOML")
        yield Case(f"{file}: deep arrays", file,
                   append(file, "\ndeep = " + "[" * 2_000 + "]" * 2_000 + "\n"),
                   message="nested too deeply")
        yield Case(f"{file}: deep inline tables", file,
                   append(file, "\ndeep = " + "{ a = " * 2_000 + "1" + " }" * 2_000 + "\n"),
                   message="nested too deeply")


# -- the file system ----------------------------------------------------------------------------

def _fifo(file: str) -> Change:
    def change(root: Path) -> None:
        (root / file).unlink()
        os.mkfifo(root / file)
    return change


def _link(file: str, target: Callable[[Path], Path]) -> Change:
    def change(root: Path) -> None:
        path = root / file
        path.unlink()
        path.symlink_to(target(root))
    return change


def _outside_copy(file: str) -> Callable[[Path], Path]:
    def target(root: Path) -> Path:
        copy = root.parent / f"outside-{Path(file).name}"
        copy.write_text(BASE[file], encoding="utf-8")
        return copy
    return target


def _folder(file: str) -> Change:
    def change(root: Path) -> None:
        (root / file).unlink()
        (root / file).mkdir()
    return change


def _huge(file: str) -> Change:
    return append(file, ("# " + "đệm " * 24 + "\n") * 60_000)


def _loop(file: str) -> Change:
    def change(root: Path) -> None:
        path = root / file
        path.unlink()
        path.symlink_to(path.name)
    return change


def filesystem_cases() -> Iterator[Case]:
    for file in FILES:
        yield Case(f"{file}: named pipe", file, _fifo(file), message="is a named pipe")
        yield Case(f"{file}: link to /dev/zero", file, _link(file, lambda r: Path("/dev/zero")),
                   message="leads outside the workspace")
        yield Case(f"{file}: link to /dev/null", file, _link(file, lambda r: Path("/dev/null")),
                   message="leads outside the workspace")
        yield Case(f"{file}: link outside", file, _link(file, _outside_copy(file)),
                   message="leads outside the workspace")
        yield Case(f"{file}: link to a missing file", file,
                   _link(file, lambda r: r / "gone.toml"), message="file is missing")
        yield Case(f"{file}: link loop", file, _loop(file), message="cannot be read")
        yield Case(f"{file}: a folder", file, _folder(file), message="is a folder")
        yield Case(f"{file}: link to a folder inside", file,
                   _link(file, lambda r: r / "campaigns"), message="is a folder")
        yield Case(f"{file}: over 5 MB", file, _huge(file), message="is too large")
    yield Case("campaign folder links outside", "campaigns/c2018",
               _link_folder("campaigns/c2018"), message="leads outside the workspace")
    yield Case("submissions folder links outside", "campaigns/c2018/submissions",
               _link_folder("campaigns/c2018/submissions"),
               message="leads outside the workspace")
    yield Case("campaigns folder links outside", "campaigns", _link_folder("campaigns"),
               message="leads outside the workspace")
    yield Case("submission linking to the workspace file", SUB,
               _link(SUB, lambda r: r / WS), message="is not a known field",
               extra_messages=SEVERAL)


def _link_folder(folder: str) -> Change:
    def change(root: Path) -> None:
        import shutil

        outside = root.parent / "elsewhere"
        shutil.move(root / folder, outside)
        (root / folder).symlink_to(outside)
    return change


def all_cases() -> list[Case]:
    cases = [*value_cases(), *reference_cases(), *duplicate_cases(), *missing_cases(),
             *unknown_key_cases(), *syntax_cases(), *encoding_cases()]
    if os.name == "posix":
        cases += filesystem_cases()
    return cases
