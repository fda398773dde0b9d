"""A run imports only its command's module: the table naming each command's module is true,
help still lists every command, and ``rank --format json`` loads neither rich, the UI, the
Excel and Word writers, importlib.metadata nor other commands."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

import emulation_cli
from emulation_cli import parser as command_parser
from emulation_core import open_workspace, sample_workspace_path


def _registered(module: str) -> list[str]:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    importlib.import_module(f"emulation_cli.{module}").register(commands)
    return list(commands.choices)


def _choices(parser: argparse.ArgumentParser) -> list[str]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(action.choices)


def test_the_table_names_the_module_of_every_command() -> None:
    table = {command: module for module in command_parser._MODULES
             for command in _registered(module)}
    assert table == command_parser._COMMANDS


def test_a_known_command_gets_its_own_module_and_anything_else_all() -> None:
    every = [c for m in command_parser._MODULES for c in _registered(m)]
    assert _choices(emulation_cli.build_parser()) == every
    assert _choices(emulation_cli.build_parser("--help")) == every
    assert _choices(emulation_cli.build_parser("rank")) == _registered("workspace_cmd")


# What ``rank --format json`` needs none of: rich and the UI (nothing is drawn), the Excel and
# Word writers, importlib.metadata and the email parser it reads metadata with (plugins are
# found by emulation_core.entrypoints), the previous campaign's ranking (a table column),
# shutil and the compression libraries it loads (argparse's help width, read without it);
# what only a writer needs: the change log and its journal, who acts, the TOML writer; the
# cross-score aggregates and flags when cross-scores do not count (the sample's mode is off);
# the award rule sets, proposals and ballot tallies (awards.toml is read, nothing worked out);
# the message catalogs (*_messages: nothing is said); hashlib and the OpenSSL it loads
# (files are hashed by emulation_core.digest); what explains a criterion and its score line
# (a breakdown's, never built for a ranking); what a save makes: the change record and the
# changes worked out, the file planned, the saved submission.
_NOT_FOR_JSON = ("rich", "textual", "emulation_tui", "openpyxl", "docx", "importlib.metadata",
                 "email", "emulation_core.rankchange", "shutil", "bz2", "lzma",
                 "emulation_core.audit", "emulation_core.journal", "emulation_core.trail",
                 "emulation_core.actor", "tomli_w", "emulation_core.aggregation",
                 "emulation_core.crossflags", "emulation_core.crossassign",
                 "emulation_core.awardrules", "emulation_core.proposals",
                 "emulation_core.ballots", "hashlib", "_hashlib",
                 "emulation_core.explanation", "emulation_core.change",
                 "emulation_core.planned", "emulation_core.saved")


def test_rank_as_json_loads_neither_rich_nor_the_ui_nor_other_commands() -> None:
    code = (
        "import json, sys, io, emulation_cli\n"
        "sys.stdout = io.StringIO()\n"
        f"code = emulation_cli.main(['rank', {str(sample_workspace_path())!r}, "
        "'--format', 'json'])\n"
        f"loaded = sorted(m for m in sys.modules if m.startswith({_NOT_FOR_JSON!r})"
        " or m.endswith(('_cmd',)) and m != 'emulation_cli.workspace_cmd'"
        " or m.endswith('_messages'))\n"
        "print(code, len(json.loads(sys.stdout.getvalue())), loaded, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    with open_workspace(str(sample_workspace_path())) as ws:
        campaign = ws.latest_campaign()
        assert campaign is not None
        ranked = len(ws.scoreboard(campaign.id).ranking)
    assert result.stderr.strip() == f"0 {ranked} []"


def test_a_second_rank_of_an_unchanged_workspace_parses_no_toml() -> None:
    """The first run fills the document cache; the next one takes every file from it and
    never imports the TOML parser, and prints the same ranking."""
    code = (
        "import io, sys, emulation_cli\n"
        "sys.stdout = io.StringIO()\n"
        f"emulation_cli.main(['rank', {str(sample_workspace_path())!r}, '--format', 'json'])\n"
        "print('tomli' in sys.modules, file=sys.stderr)\n"
        "print(sys.stdout.getvalue(), file=sys.stderr)\n"
    )
    first, second = (subprocess.run([sys.executable, "-c", code], capture_output=True,
                                    text=True, check=True).stderr.split("\n", 1)
                     for _ in range(2))
    assert (first[0], second[0]) == ("True", "False")
    assert second[1] == first[1]


def test_only_a_run_as_the_program_freezes_what_it_built() -> None:
    """Run as the program (no argv given), main collects nothing while the command starts,
    collects again once it runs and leaves the interpreter's last collection nothing to
    walk; called with words, as a library would, it leaves the collector alone."""
    sample = str(sample_workspace_path())
    code = (
        "import gc, io, sys, emulation_cli\n"
        "sys.stdout = io.StringIO()\n"
        f"emulation_cli.main(['rank', {sample!r}, '--format', 'json'])\n"
        "called = gc.get_freeze_count()\n"
        f"sys.argv = ['emulation', 'rank', {sample!r}, '--format', 'json']\n"
        "emulation_cli.main()\n"
        "print(called, gc.get_freeze_count() > 0, gc.isenabled(), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stderr.strip() == "0 True True"


@pytest.mark.parametrize("columns", ["60", "133", "0", "wide", None])
def test_help_is_as_wide_as_argparse_makes_it(monkeypatch: pytest.MonkeyPatch,
                                              columns: str | None) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    ours = emulation_cli.build_parser("rank")
    theirs = argparse.ArgumentParser(prog=ours.prog, description=ours.description)
    assert ours._get_formatter()._width == theirs._get_formatter()._width
    rank = _subparser(ours, "rank")
    assert type(rank._get_formatter()) is type(ours._get_formatter())


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    found: argparse.ArgumentParser = action.choices[name]
    return found
