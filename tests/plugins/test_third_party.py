"""A third-party type used from the command line as docs/plugins.md shows it, and a plugin
hook that fails at run time named with the plugin's file and line and what to do."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import shutil
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from emulation_cli import main
from emulation_core import (
    Actor,
    Member,
    Role,
    ValidationError,
    Workspace,
    add_member,
    sample_workspace_path,
)

from .test_docs import doc, tutorial_module
from .test_load_failures import MODULE, changed, install, line_of

if TYPE_CHECKING:
    from tests.plugins.conftest import Site


def guide_commands() -> list[list[str]]:
    """The commands of "The same in a new workspace", each as its arguments."""
    text = doc()
    start = text.index("The same in a new workspace")
    (block,) = re.findall(r"```console\n(.*?)```", text[start:text.index("### 6.")], re.S)
    joined = block.replace("\\\n", " ")
    return [shlex.split(line[2:]) for line in joined.splitlines() if line.startswith("$ ")]


def test_the_guide_s_commands_set_up_score_and_rank_a_new_type(
        site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    site.add("emulation-dong-y", "emulation_dong_y", tutorial_module(),
             {"dong-y": "emulation_dong_y:ASSOCIATION_TYPE"})
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--copy-to", "ws"]) == 0
    commands = guide_commands()
    assert commands[0][:2] == ["export", "EMULATION_AS=lead:Nguyễn Văn An"]
    monkeypatch.setenv("EMULATION_AS", commands[0][1].partition("=")[2])
    for command in commands[1:-1]:
        assert command[0] == "emulation"
        assert main(command[1:]) == 0, command
    capsys.readouterr()
    assert main([*commands[-1][1:], "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(row["rank"], row["member"], row["type"]) for row in rows] == \
        [("1", "dong-y-qn", "dong-y"), ("2", "dong-y-hp", "dong-y")]
    # 6.600 free treatments (a count: 6600) over the target 6000, the type's best
    # over-achiever: the 16 points for the target and the 4 kept for over-achievement
    assert main(["score", "bloc", "-c", "2026-ca-nam", "-m", "dong-y-qn", "--format",
                 "json"]) == 0
    points = {row["code"]: Decimal(row["points"])
              for row in json.loads(capsys.readouterr().out)["criteria"]}
    assert (points["1.1"], points["1.2.1"]) == (20, 6)


def test_a_validate_hook_that_raises_names_its_line_and_blocks_saving_with_advice(
        site: Site, tmp_path: Path) -> None:
    source = changed('    houses = submission.values.get("ccb_comradeship_houses", Decimal(0))',
                     '    houses = submission.values["ccb_comradeship_housez"]')
    install(site, source)
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    with Workspace.open(root, writable=True, actor=Actor("An", Role.LEAD)) as ws:
        add_member(ws, Member("hoi-ccb", "Hội Cựu chiến binh tỉnh", "Hội CCB", "cuu-chien-binh"))
        with pytest.raises(ValidationError) as error:
            ws.set_values("2018-ca-nam", "hoi-ccb", {"ccb_new_members": Decimal(240)})
    (problem,) = error.value.problems
    where = f"{site.path / f'{MODULE}.py'}:{line_of(source, 'housez')}"
    assert problem.message == (
        "plugin 'cuu-chien-binh' failed to check this submission (KeyError: "
        f"'ccb_comradeship_housez') at {where}; the submission cannot be saved until the "
        "plugin is fixed: report it to its author, or uninstall it")
    assert f"tại {where}; báo cáo chưa lưu được" in problem.message_text("vi")
