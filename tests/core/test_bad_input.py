"""Bad input: one clear message naming file, line and field; exit code 2; nothing changed."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from emulation_cli import main
from emulation_core import PluginRegistry, SchemaVersionError, ValidationError, Workspace


def state(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()
            and p.name != ".emulation.lock"}


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def sub_path(root: Path, member: str = "hoi-a") -> Path:
    return root / "campaigns" / "c2018" / "submissions" / f"{member}.toml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                if needle in line)


CASES: list[tuple[str, Callable[[Path], Path], str, str]] = [
    ("malformed TOML", lambda r: _set(sub_path(r), "members = 8", "members = = 8"),
     "members = = 8", "is not valid TOML"),
    ("unknown criterion", lambda r: _set(sub_path(r), '[criteria."1.3"]', '[criteria."9.9"]'),
     '[criteria."9.9"]', "unknown criterion '9.9'"),
    ("negative value", lambda r: _set(sub_path(r), "members = 8", "members = -3"),
     "members = -3", "may not be negative"),
    ("NaN value", lambda r: _set(sub_path(r), "members = 8", "members = nan"),
     "members = nan", "finite number"),
    ("infinite value", lambda r: _set(sub_path(r), "members = 8", "members = inf"),
     "members = inf", "finite number"),
    ("not a number", lambda r: _set(sub_path(r), "members = 8", 'members = "tám"'),
     'members = "tám"', "is not a number"),
    ("self-score above max", lambda r: _set(sub_path(r), "self = 9.5", "self = 12"),
     "self = 12", "above the criterion's maximum 10"),
    ("unsafe member id", lambda r: _set(r / "workspace.toml", 'id = "hoi-c"', 'id = "../x"'),
     'id = "../x"', "'../x' must be 1-64 characters"),
    ("empty member id", lambda r: _set(r / "workspace.toml", 'id = "hoi-c"', 'id = ""'),
     'id = ""', "'' is empty"),
    ("reserved member id", lambda r: _set(r / "workspace.toml", 'id = "hoi-c"', 'id = "con"'),
     'id = "con"', "reserved device name"),
    ("unknown member in targets",
     lambda r: _set(r / "campaigns/c2018/targets.toml", "[hoi-b]", "[hoi-z]"),
     "[hoi-z]", "'hoi-z' is not a member"),
]


def _set(path: Path, old: str, new: str) -> Path:
    edit(path, old, new)
    return path


@pytest.mark.parametrize(("case", "breaker", "needle", "message"), CASES,
                         ids=[c[0] for c in CASES])
def test_bad_input_gets_one_clear_message(
        case: str, breaker: Callable[[Path], Path], needle: str, message: str,
        make_ws: Callable[[], Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_ws()
    path = breaker(root)
    before = state(root)
    code, out = run_cli(["rank", str(root)], capsys)
    assert code == 2
    assert "Traceback" not in out
    display = str(path.relative_to(root))
    expected_line = line_of(path, needle)
    assert f"{display}:{expected_line}:" in out, out
    assert message in out
    assert out.count("error:") == 1, out
    assert state(root) == before


def test_missing_file_is_named(make_ws: Callable[[], Path],
                               capsys: pytest.CaptureFixture[str]) -> None:
    root = make_ws()
    (root / "campaigns/c2018/criteria.toml").unlink()
    code, out = run_cli(["validate", str(root)], capsys)
    assert code == 2
    assert "campaigns/c2018/criteria.toml: file is missing" in out


def test_every_problem_is_reported_at_once(make_ws: Callable[[], Path],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    root = make_ws()
    edit(sub_path(root), "members = 8", "members = -1")
    edit(sub_path(root, "hoi-b"), "members = 25", "members = nan")
    code, out = run_cli(["validate", str(root)], capsys)
    assert code == 2
    assert "hoi-a.toml" in out and "hoi-b.toml" in out
    assert "2 problems found" in out


def test_newer_schema_is_refused(make_ws: Callable[[], Path],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    root = make_ws()
    edit(root / "workspace.toml", "schema_version = 1", "schema_version = 7")
    with pytest.raises(SchemaVersionError):
        Workspace.open(root, registry=PluginRegistry(found=[]))
    code, out = run_cli(["rank", str(root)], capsys)
    assert code == 2
    assert "newer emulation (schema 7" in out


def test_nfd_text_is_normalised(make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    nfc_name = "Hội Ánh Dương"
    nfd_name = unicodedata.normalize("NFD", nfc_name)
    assert nfd_name != nfc_name
    edit(root / "workspace.toml", f'name = "{nfc_name}"', f'name = "{nfd_name}"')
    with Workspace.open(root, registry=registry) as ws:
        member = ws.bloc.member("hoi-a")
        assert member is not None and member.name == nfc_name


def test_locked_workspace_cannot_be_opened_for_writing(make_ws: Callable[[], Path],
                                                       registry: PluginRegistry) -> None:
    import subprocess
    import sys
    import textwrap

    root = make_ws()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from emulation_core import Workspace, PluginRegistry
        ws = Workspace.open({str(root)!r}, writable=True, registry=PluginRegistry(found=[]))
        print("held", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        from emulation_core import WorkspaceLockedError

        with pytest.raises(WorkspaceLockedError) as info:
            Workspace.open(root, writable=True, registry=registry)
        assert f"process {holder.pid}" in str(info.value)
    finally:
        holder.communicate("\n", timeout=10)


def test_validation_error_lists_problems_with_lines(make_ws: Callable[[], Path],
                                                    registry: PluginRegistry) -> None:
    root = make_ws()
    edit(sub_path(root), "members = 8", "members = -1")
    with pytest.raises(ValidationError) as info:
        Workspace.open(root, registry=registry)
    (problem,) = info.value.problems
    assert problem.field == "values.members"
    assert problem.line == line_of(sub_path(root), "members = -1")
    assert problem.hint
