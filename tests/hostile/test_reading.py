"""Reading hostile files: only regular files inside the workspace, size-capped, in linear time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from emulation_cli import main
from emulation_core import PluginRegistry, UnsafePathError, ValidationError, Workspace
from emulation_core.fsguard import MAX_FILE_BYTES, read_inside
from emulation_core.tomlsource import TomlSource

posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX pipes and links")


def sub_path(root: Path, member: str = "hoi-a") -> Path:
    return root / "campaigns" / "c2018" / "submissions" / f"{member}.toml"


def open_problems(root: Path) -> list[str]:
    with pytest.raises(ValidationError) as info:
        Workspace.open(root, registry=PluginRegistry(found=[]))
    return [str(p) for p in info.value.problems]


def run_cli_subprocess(args: list[str], memory_limit: int | None = None,
                       timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a child process, optionally with its address space capped."""
    script = textwrap.dedent(f"""
        import resource, sys
        limit = {memory_limit!r}
        if limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        from emulation_cli import main
        sys.exit(main({args!r}))
    """)
    env = {**os.environ, "EMULATION_PLUGINS": ""}
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=timeout, env=env, check=False)


@posix_only
def test_a_named_pipe_as_a_submission_does_not_hang(make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    sub_path(root).unlink()
    os.mkfifo(sub_path(root))
    result = run_cli_subprocess(["validate", str(root)], timeout=20)
    assert result.returncode == 2
    assert "submissions/hoi-a.toml: is a named pipe, not a regular file" in result.stderr
    assert "Traceback" not in result.stderr


@posix_only
def test_a_link_to_dev_zero_does_not_eat_memory(make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    sub_path(root).unlink()
    sub_path(root).symlink_to("/dev/zero")
    result = run_cli_subprocess(["rank", str(root)], memory_limit=1 << 30)
    assert result.returncode == 2, result.stderr
    assert "submissions/hoi-a.toml: leads outside the workspace" in result.stderr


@posix_only
def test_a_device_inside_the_workspace_is_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    with pytest.raises(UnsafePathError, match="named pipe"):
        read_inside(fifo, tmp_path)  # would block forever if it were opened for reading


def test_a_file_over_the_size_cap_is_refused(make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    with sub_path(root).open("a", encoding="utf-8") as handle:
        handle.write(("# " + "x" * 98 + "\n") * (MAX_FILE_BYTES // 100 + 1))
    (problem,) = open_problems(root)
    assert problem.startswith("campaigns/c2018/submissions/hoi-a.toml: is too large")
    assert "5,242,880" in problem


@posix_only
def test_a_workspace_file_linking_outside_is_refused(make_ws: Callable[[], Path],
                                                     tmp_path: Path) -> None:
    root = make_ws()
    outside = tmp_path / "elsewhere.toml"
    shutil.move(root / "workspace.toml", outside)
    (root / "workspace.toml").symlink_to(outside)
    (problem,) = open_problems(root)
    assert problem.startswith("workspace.toml: leads outside the workspace")
    assert "hint:" in problem


@posix_only
def test_a_campaign_folder_linking_outside_is_refused(make_ws: Callable[[], Path],
                                                      tmp_path: Path) -> None:
    root = make_ws()
    outside = tmp_path / "other-disk"
    shutil.move(root / "campaigns" / "c2018", outside)
    (root / "campaigns" / "c2018").symlink_to(outside)
    (problem,) = open_problems(root)
    assert problem.startswith("campaigns/c2018: leads outside the workspace")


@posix_only
def test_a_link_inside_the_workspace_is_read(make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    shutil.move(sub_path(root), root / "kept.toml")
    sub_path(root).symlink_to(Path("../../../kept.toml"))
    with Workspace.open(root, registry=PluginRegistry(found=[])) as ws:
        assert "hoi-a" in ws.submissions("c2018")


def test_nesting_deeper_than_the_parser_allows_is_a_problem(
        make_ws: Callable[[], Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_ws()
    with sub_path(root).open("a", encoding="utf-8") as handle:
        handle.write("deep = " + "[" * 1000 + "]" * 1000 + "\n")
    assert main(["validate", str(root)]) == 2
    err = capsys.readouterr().err
    assert "submissions/hoi-a.toml: is nested too deeply to read" in err
    assert "Traceback" not in err


LINE_SHAPES = [
    "[" + " " * 4 + "x",  # an opening bracket and spaces, never closed
    "[[" + " " * 4,
    "[a" + " ." * 4,
    "a" + " . a" * 4 + " ! ",
    "{" + ", " * 4,
    'k = "' + "," * 4,
]


def _index_seconds(line: str, repeat: int) -> float:
    text = "x = 1\n" + line.replace("    ", " " * repeat) + "\n"
    source = TomlSource(Path("f.toml"), "f.toml", text, {"x": 1})
    start = time.perf_counter()
    assert source.line_of(("x",)) == 1
    return time.perf_counter() - start


@pytest.mark.parametrize("line", LINE_SHAPES)
def test_the_line_index_is_linear_in_the_line_length(line: str) -> None:
    small = min(_index_seconds(line, 2_000) for _ in range(3))
    large = min(_index_seconds(line, 200_000) for _ in range(3))
    # 100 times the input: linear is ~100 times slower, quadratic 10,000 times.
    assert large < max(small * 1_000, 0.25), (small, large)
