"""The interface's catalog: every string in both languages, merged from the topic modules
``i18n_<topic>.py`` without a key defined twice, and every key the code names present."""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from pathlib import Path

from emulation_core import MESSAGES
from emulation_core.messages import placeholders
from emulation_tui import i18n
from emulation_tui.i18n import CATALOG

SRC = Path(i18n.__file__).parent


def topic_catalogs() -> dict[str, Mapping[str, tuple[str, str]]]:
    """Each ``i18n_<topic>.py`` module's catalog, by module name."""
    found = {}
    for path in sorted(SRC.glob("i18n_*.py")):
        module = importlib.import_module(f"emulation_tui.{path.stem}")
        (name,) = [name for name in module.__all__ if name.endswith("_CATALOG")]
        found[path.stem] = getattr(module, name)
    return found


def test_every_topic_module_is_merged_and_no_key_is_defined_twice() -> None:
    catalogs = topic_catalogs()
    seen: dict[str, str] = {}
    for module, catalog in catalogs.items():
        for key in catalog:
            assert key not in seen, f"{key} is in both {seen[key]} and {module}"
            seen[key] = module
            assert CATALOG[key] == catalog[key], (module, key)
    assert set(seen) == set(CATALOG)


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    for key, (vi, en) in CATALOG.items():
        assert vi and en, key
        assert placeholders(vi) == placeholders(en), key


def test_the_ui_keeps_only_its_own_strings() -> None:
    """What the library says comes from its catalog; the UI does not keep a second copy."""
    assert set(CATALOG) & set(MESSAGES) == set()
    assert not {key for key in CATALOG if key.split(".")[0] in ("rule", "why", "source")}


def test_every_message_key_in_the_code_exists() -> None:
    used = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'\bt\(\s*"([^"{]+)"', text))
        used |= {f"key.{d}" for d in re.findall(
            r'Binding\([^)]*?"[^"]*",\s*"[^"]*",\s*"([^"]+)"', text)}
    assert used - set(CATALOG) - set(MESSAGES) == set()
