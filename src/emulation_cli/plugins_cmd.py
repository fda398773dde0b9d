"""Plugin commands: ``plugins list`` and ``plugins new``."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from emulation_core.errors import EmulationError
from emulation_core.messages import Message
from emulation_core.plugins import ENV_VAR, PluginInfo, PluginRegistry, default_registry
from emulation_core.text import nfc, unsafe_id_key

from .arguments import usage
from .language import error_language, say
from .output import labelled, safe

__all__ = ["plugin_rows", "register", "scaffold"]

_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_MAX_NAME = 40


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``plugins list`` and ``plugins new`` to the ``emulation`` parser."""
    plugins = commands.add_parser(
        "plugins", help="list or create association-type plugins",
        description="Association types (cooperative alliance, Red Cross, …) come from "
                    "plugins. See docs/plugins.md.")
    plugins.set_defaults(func=lambda args: usage(plugins))
    sub = plugins.add_subparsers(title="plugin commands", metavar="COMMAND")

    p = sub.add_parser("list", help="every installed plugin, working or broken",
                       description="List every installed association-type plugin with its "
                                   "package and version; broken ones with the reason.")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=_list)

    p = sub.add_parser("new", help="create a new plugin package",
                       description="Create a plugin package for association type NAME, "
                                   "ready to pip-install, with one example criterion and a "
                                   "conformance test.")
    p.add_argument("name", metavar="NAME", help="type key: lowercase words joined by "
                                                "hyphens, e.g. nguoi-cao-tuoi")
    p.add_argument("--dir", type=Path, metavar="DIR",
                   help="folder to create (default: ./emulation-NAME)")
    p.add_argument("--title", metavar="TEXT", help="Vietnamese name of the association type")
    p.add_argument("--title-en", metavar="TEXT", help="English name of the association type")
    p.set_defaults(func=_new)


# -- plugins list -----------------------------------------------------------------------

def plugin_rows(registry: PluginRegistry) -> list[dict[str, Any]]:
    """The documented JSON form of each plugin (see docs/plugins.md)."""
    return [_row(info) for info in registry.plugins]


def _row(info: PluginInfo) -> dict[str, Any]:
    t = info.type
    return {
        "entry_point": info.name,
        "key": t.key if t else None,
        "name": t.name if t else None,
        "name_en": t.name_en if t else None,
        "package": info.package,
        "version": info.version,
        "source": info.source,
        "criteria": sum(1 for _ in t.section.leaves()) if t else None,
        "indicators": len(t.indicators) if t else None,
        "ok": info.ok,
        "error": info.error,
    }


_SOURCES = {"built-in": "cli.plugins.source.built_in", "bundled": "cli.plugins.source.bundled",
            "third-party": "cli.plugins.source.third_party"}


def _source(source: str) -> str:
    """Where a plugin comes from, in words (the JSON keeps the key)."""
    return say(_SOURCES[source]) if source in _SOURCES else source


def _list(args: argparse.Namespace) -> int:
    registry = default_registry()
    warnings = Console(stderr=True, highlight=False)
    for notice in registry.notices:  # what plugins printed: never on standard output
        warnings.print(labelled("warning", notice), soft_wrap=True)
    if args.format == "json":
        restriction = registry.restriction
        print(json.dumps({
            "plugins": plugin_rows(registry),
            "skipped": list(registry.skipped),
            "restricted_to": None if restriction is None else sorted(restriction),
        }, ensure_ascii=False, indent=2))
        return 0
    console = Console(highlight=False)
    rows = plugin_rows(registry)
    table = Table(title=say("cli.plugins.title"), title_justify="left", box=box.SIMPLE_HEAD,
                  pad_edge=False)
    table.add_column(say("cli.plugins.col.key"), no_wrap=True)
    table.add_column(say("cli.plugins.col.type"), min_width=16)
    table.add_column(say("cli.plugins.col.package"), overflow="fold")  # folds on a narrow
    table.add_column(say("cli.plugins.col.source"), no_wrap=True)  # terminal, so that the
    table.add_column(say("cli.plugins.col.criteria"), justify="right", no_wrap=True,
                     min_width=8)  # criteria count is never cut off
    for row in rows:
        package = Text.assemble(safe(row["package"]), "\n", safe(row["version"], "dim"))
        if not row["ok"]:
            table.add_row(safe(row["entry_point"]), Text(say("cli.plugins.broken"), "bold red"),
                          package, safe(_source(row["source"])), "")
            continue
        key = row["key"] if row["key"] == row["entry_point"] \
            else say("cli.plugins.entry_point", key=row["key"], entry_point=row["entry_point"])
        table.add_row(safe(key), Text.assemble(safe(row["name"]), "\n",
                                               safe(row["name_en"], "dim")),
                      package, safe(_source(row["source"])), str(row["criteria"]))
    console.print(table)  # never empty: the built-in general type is always listed
    lang = error_language(None)
    for info in registry.broken:
        console.print(labelled("broken", f"{info.name} ({info.package}): "
                                         f"{info.error_text(lang)}"), soft_wrap=True)
    restriction = registry.restriction
    if restriction is not None:
        note = say("cli.plugins.only", var=ENV_VAR,
                   names=", ".join(sorted(restriction)) or say("cli.plugins.none"))
        if registry.skipped:
            note += say("cli.plugins.not_loaded", names=", ".join(registry.skipped))
        unknown = sorted(restriction - {row["entry_point"] for row in rows})
        if unknown:
            note += say("cli.plugins.not_installed", names=", ".join(unknown))
        console.print(safe(say("cli.plugins.unset", note=note, var=ENV_VAR)), soft_wrap=True)
    return 0


# -- plugins new ------------------------------------------------------------------------

def _new(args: argparse.Namespace) -> int:
    target = args.dir if args.dir is not None else Path(f"emulation-{args.name}")
    module = scaffold(args.name, target, title=args.title, title_en=args.title_en)
    Console(highlight=False).print(safe(say(
        "cli.plugins.created", target=str(target), module=module,
        init=str(target / "src" / module / "__init__.py"))), soft_wrap=True)
    return 0


def scaffold(name: str, target: Path, *, title: str | None = None,
             title_en: str | None = None) -> str:
    """Write a new plugin package for type ``name`` into ``target``; return its module name.

    Raises :class:`EmulationError` for an unsafe name, a key an installed plugin already
    provides, or a ``target`` that exists and is not an empty folder.
    """
    reason = _name_problem(name)
    if reason:
        raise EmulationError.keyed("usage.plugin_name", name=name, reason=reason)
    if default_registry().get(name) is not None:
        raise EmulationError.keyed("usage.plugin_taken", name=name)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise EmulationError.keyed("usage.plugin_target", path=target)
    module = "emulation_" + name.replace("-", "_")
    prefix = name.replace("-", "_")
    values = {
        "name": name, "module": module, "prefix": prefix,
        "title": _quoted(title, name), "title_en": _quoted(title_en, name),
    }
    files = {
        Path("pyproject.toml"): _PYPROJECT,
        Path("README.md"): _README,
        Path("src", module, "__init__.py"): _MODULE,
        Path("src", module, "py.typed"): "",
        Path("tests", f"test_{module}.py"): _TEST,
    }
    try:
        for relative, template in files.items():
            path = target / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(template.format(**values), encoding="utf-8")
    except OSError as exc:
        raise EmulationError.keyed("usage.plugin_write", path=target,
                                   reason=exc.strerror or exc) from None
    return module


def _name_problem(name: str) -> Message | None:
    """Why ``name`` cannot name a plugin's type, or None when it can."""
    if len(name) > _MAX_NAME:
        return Message("usage.plugin_name_long", {"most": _MAX_NAME})
    if not _NAME.match(name):
        return Message("usage.plugin_name_form")
    key = unsafe_id_key(name)
    return Message(key) if key else None


def _quoted(text: str | None, default: str) -> str:
    """``text`` (NFC, else ``default``) escaped to sit in double quotes in Python and TOML."""
    chosen = nfc(text).strip() if text and text.strip() else default
    return json.dumps(chosen, ensure_ascii=False)[1:-1]


_PYPROJECT = '''\
[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "emulation-{name}"
version = "0.1.0"
description = "Emulation association type: {title_en}"
requires-python = ">=3.11"
dependencies = ["emulation>=0.1"]

[project.entry-points."emulation.association_types"]
{name} = "{module}:ASSOCIATION_TYPE"

[tool.hatch.build.targets.wheel]
packages = ["src/{module}"]
'''

_README = '''\
# emulation-{name}

Association type `{name}` ("{title}") for the `emulation` tool.

    pip install -e .
    pytest
    emulation plugins list

See the plugin guide (docs/plugins.md in the emulation project) for the full contract.
'''

_MODULE = '''\
"""Association type {name}: its core-task criteria, indicators and sample values."""

from __future__ import annotations

from decimal import Decimal

from emulation_core import (
    API_VERSION,
    AssociationType,
    Criterion,
    Indicator,
    Section,
    TargetRule,
)

__all__ = ["ASSOCIATION_TYPE", "SAMPLE_VALUES"]

INDICATORS = (
    Indicator("{prefix}_activities", "Hoạt động chuyên môn đã thực hiện",
              "Core activities carried out", "hoạt động", integer=True),
)

SECTION = Section(
    "{name}",
    "Thực hiện nhiệm vụ chuyên môn",
    (
        Criterion("1", "Hoạt động chuyên môn theo chỉ tiêu đăng ký", Decimal(50),
                  TargetRule("{prefix}_activities"), "Core activities vs target",
                  evidence="Báo cáo kết quả hoạt động"),
    ),
    "Core tasks",
    max_points=Decimal(50),
)

ASSOCIATION_TYPE = AssociationType(
    key="{name}",
    name="{title}",
    name_en="{title_en}",
    api_version=API_VERSION,
    section=SECTION,
    indicators=INDICATORS,
)

# A realistic (low, high) range for each reported indicator over half a year.
SAMPLE_VALUES: dict[str, tuple[float, float]] = {{
    "{prefix}_activities": (5, 40),
}}
'''

_TEST = '''\
"""The {name} association type passes the emulation plugin conformance check."""

from emulation_core.testing import assert_conforms
from {module} import ASSOCIATION_TYPE, SAMPLE_VALUES


def test_conforms() -> None:
    # The campaign's core-task slot is worth 50 points; change this if yours differs.
    assert_conforms(ASSOCIATION_TYPE, SAMPLE_VALUES, expected_total=50)
'''
