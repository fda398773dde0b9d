"""Every bad workspace of the corpus: exit 2, one clear message, no traceback, nothing changed."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from tests.hostile.base_workspace import write_base
from tests.hostile.corpus import SEVERAL, Case, all_cases

from emulation_cli import main
from emulation_core import ENV_VAR

CASES = all_cases()


def tree_state(root: Path) -> dict[str, str]:
    """What is in the folder, without following links or opening anything but files."""
    state = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in dirs + files:
            path = Path(folder) / name
            rel = str(path.relative_to(root))
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                state[rel] = f"link to {os.readlink(path)}"
            elif stat.S_ISREG(info.st_mode):
                state[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                state[rel] = f"mode {stat.S_IFMT(info.st_mode)}"
    return state


def expected_where(case: Case, root: Path) -> str:
    """The text the message must contain to point at the right place."""
    if case.line_of is None:
        return f"{case.file}:" if case.field is None else case.field
    lines = (root / case.file).read_bytes().decode("utf-8", "replace").splitlines()
    line = max(n for n, line in enumerate(lines, 1) if case.line_of in line)  # the last
    return f"{case.file}:{line}: "


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("base") / "ws"
    write_base(root)
    return root


@pytest.fixture(autouse=True)
def _installed_plugins_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


def test_the_base_workspace_is_valid(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("validate", "score", "rank"):
        assert main([command, str(base)]) == 0, capsys.readouterr().err
    assert capsys.readouterr().err == ""


def test_the_corpus_is_large_and_distinct() -> None:
    assert len(CASES) >= 300
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in CASES])
def test_a_bad_workspace_gets_one_clear_message(
        case: Case, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    root = tmp_path / "ws"
    shutil.copytree(base, root)
    case.change(root)
    before = tree_state(root.parent)
    where = expected_where(case, root)
    for command in case.commands:
        code = main([command, str(root)])
        out, err = capsys.readouterr()
        assert code == 2, f"{command}: exit {code}\n{err}"
        assert "Traceback" not in out + err
        messages = [line for line in err.splitlines() if line.startswith(f"{case.level}: ")]
        assert messages, f"{command}: no {case.level}\n{err}"
        # Each message names its file; one of them names the broken place and says why.
        assert all(_names_a_file(m, case.level) for m in messages), err
        assert any(case.file in m and where in m and case.message in m for m in messages), \
            f"{command}: expected {where!r} and {case.message!r} in\n{err}"
        assert tree_state(root.parent) == before


def _names_a_file(message: str, level: str) -> bool:
    where = message.removeprefix(f"{level}: ").split(": ")[0].split(":")[0]
    return where == "workspace.toml" or where.startswith("campaigns")


def _one_message_marks(case: Case) -> list[pytest.MarkDecorator]:
    if case.extra_messages == SEVERAL:
        return [pytest.mark.skip(reason="several real problems: one message each")]
    return []


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name, marks=_one_message_marks(c))
                                  for c in CASES])
def test_a_bad_workspace_gets_exactly_one_message(
        case: Case, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One break, one message: no follow-on messages about what the break caused."""
    import shutil

    root = tmp_path / "ws"
    shutil.copytree(base, root)
    case.change(root)
    main(["validate", str(root)])
    err = capsys.readouterr().err
    assert len([line for line in err.splitlines()
                if line.startswith(("error: ", "warning: "))]) == 1, err


SUBPROCESS_CASES = ["workspace.toml: unclosed string", "campaigns/c2018/criteria.toml: over 5 MB",
                    "campaigns/c2018/submissions/hoi-a.toml: named pipe",
                    "campaigns/c2018/campaign.toml: precision = \"0.01\" -> \"abc\""]


@pytest.mark.skipif(os.name != "posix", reason="some of these cases need POSIX")
def test_a_few_cases_through_the_installed_command(base: Path, tmp_path: Path) -> None:
    import shutil

    by_name = {c.name: c for c in CASES}
    for n, name in enumerate(SUBPROCESS_CASES):
        case = by_name[name]
        root = tmp_path / f"case{n}" / "ws"
        shutil.copytree(base, root)
        case.change(root)
        before = tree_state(root.parent)
        result = subprocess.run([sys.executable, "-m", "emulation_cli", "rank", str(root)],
                                capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr.count("error: ") == 1 and case.file in result.stderr
        assert tree_state(root.parent) == before
