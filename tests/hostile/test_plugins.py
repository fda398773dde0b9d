"""Hostile plugins: a stolen key never disables a bundled type; nothing printed reaches stdout."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.plugins.test_registry import GOOD

from emulation_cli import main
from emulation_core import PluginRegistry

if TYPE_CHECKING:
    from tests.plugins.conftest import Site


@pytest.mark.parametrize("entry_point", ["aaa-takeover", "htx"])
def test_a_third_party_plugin_cannot_take_a_bundled_key(
        entry_point: str, site: Site, sample_copy: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    site.add("acme-htx", "acme_htx", GOOD + 'TYPE = build("htx")\n',
             {entry_point: "acme_htx:TYPE"})
    registry = PluginRegistry()
    htx = registry.get("htx")
    assert htx is not None and htx.name != "Hội thử", "the bundled htx type must stay"
    (newcomer,) = [p for p in registry.broken if p.package == "acme-htx"]
    assert newcomer.error is not None
    assert "emulation-htx" in newcomer.error and "acme-htx" in newcomer.error
    bundled = [p for p in registry.plugins if p.package == "emulation-htx"]
    assert [p.ok for p in bundled] == [True]
    assert main(["rank", str(sample_copy), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["member"] for r in records} >= {"lien-minh-htx"}


CHATTY = GOOD + '''
print("loading chatty plugin, hello!")

def derive(values):
    print("deriving", dict(values))
    return {}

def check(sub):
    print("checking")
    return []

def factory():
    print("\\x1b[31mfactory says hi\\x1b[0m")
    from attrs import evolve
    return evolve(build("tp-chatty"), derive=derive, validate=check)
'''


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_what_a_plugin_prints_at_import_stays_out_of_machine_output(
        fmt: str, site: Site, sample_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site.add("tp-chatty", "tp_chatty", CHATTY, {"tp-chatty": "tp_chatty:factory"})
    assert main(["rank", str(sample_copy), "--format", fmt]) == 0
    captured = capsys.readouterr()
    if fmt == "json":
        assert len(json.loads(captured.out)) == 11
    else:
        rows = list(csv.reader(io.StringIO(captured.out)))
        assert rows[0][0] == "rank" and len(rows) == 12
    assert "hello" not in captured.out and "factory says" not in captured.out
    assert "plugin 'tp-chatty' (tp-chatty) printed while loading" in captured.err
    assert "\x1b" not in captured.err


def test_what_a_plugin_hook_prints_becomes_a_notice(
        site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    site.add("tp-chatty", "tp_chatty", CHATTY, {"tp-chatty": "tp_chatty:factory"})
    registry = PluginRegistry()
    derive, validate = registry.hook("tp-chatty", "derive"), registry.hook("tp-chatty", "validate")
    assert derive is not None and validate is not None
    assert derive({"tp_events": Decimal(3)}) == {}
    from emulation_core import Submission

    assert list(validate(Submission("x", "c"))) == []
    assert capsys.readouterr().out == ""
    notices = registry.notices
    assert any("printed while loading" in n and "hello" in n for n in notices)
    assert any("derive hook" in n and "deriving" in n for n in notices)
    assert any("validate hook" in n and "checking" in n for n in notices)


def test_plugins_list_json_stays_parseable(site: Site,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    site.add("tp-chatty", "tp_chatty", CHATTY, {"tp-chatty": "tp_chatty:factory"})
    assert main(["plugins", "list", "--format", "json"]) == 0
    captured = capsys.readouterr()
    rows = json.loads(captured.out)["plugins"]
    assert "tp-chatty" in {r["entry_point"] for r in rows}
    assert "printed while loading" in captured.err
