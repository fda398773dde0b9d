"""The interface's catalog: every string in both languages, merged from the topic modules
``i18n_<topic>.py`` without a key defined twice, and every key the code names present."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Mapping
from pathlib import Path

import emulation_tui
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
        used |= set(re.findall(r"\bt\(\s*'([^'{]+)'", text))  # inside an f"…"
        used |= {f"key.{d}" for d in re.findall(
            r'Binding\([^)]*?"[^"]*",\s*"[^"]*",\s*"([^"]+)"', text)}
    assert used - set(CATALOG) - set(MESSAGES) == set()


# Keys the code builds from a value (an f-string with a prefix), so no literal names them:
# each family is a pattern and where it is built.
BUILT_KEYS = {
    r"actor\.role\.\w+": "history.py and whoami_form.py: f'actor.role.{role}'",
    r"answer\.verdict\.\w+": "answer_dialog.py, explanation_keys.py, criterion_note.py, "
                            "history.py: the verdict on an explanation",
    r"agg\.(name\.)?\w+": "cross_scoring.py, cross_forms.py: f'agg.{m.value}', f'agg.name.{…}'",
    r"awards\.base\.\w+": "awards.py, ballots.py: f'awards.base.{ballot.base}'",
    r"ballots\.(present|written|absent)": "ballot_form.py: f'ballots.{a}' for ATTENDANCE",
    r"ballots\.vote\.(for|against|abstain|none)": "ballot_form.py: f'ballots.vote.{v}' for VOTES",
    r"ce\.(change|choice|f|kind)\.[\w.]+": "criteria_editor.py, criteria_rows.py, "
                                        "criteria_save.py: a rule's kind, choices, fields "
                                        "and changes",
    r"cform\.(start|end|deadline)": "campaign_form.py: f'cform.{name}' for its dates",
    r"(cform|crit)\.rank_by\.\w+": "campaign_form.py, criteria.py: f'….rank_by.{k.value}'",
    r"content\.kind\.\w+": "history.py, overlap.py, registration_forms.py: a registered "
                           "item's kind",
    r"cross\.(flag|mode|state)\.\w+": "cross_scoring.py, cross_forms.py: a cross-score's "
                                      "flag, the counting mode, a scorer's state",
    r"delib\.vote\.(for|against|abstentions)": "deliberation_forms.py: the show of hands",
    r"history\.kind\.[\w.]+": "history.py: f'history.kind.{kind}' for each audit kind",
    r"history\.(when|who|what|change|reason)": "screens/history.py: the table's columns",
    r"members\.(lead|deputy)_set": "members.py: f'members.{role}_set' after action_leader",
    r"status\.\w+": "fmt.py, help.py, history.py: a report's status",
    r"key\.Dismiss menu": "an open Select's own key (textual's binding, described in English)",
}


def keys_named_in_the_code() -> set[str]:
    """Every string literal of the code outside the catalog modules themselves."""
    quoted = (re.compile(r'"([^"\n]*)"'), re.compile(r"'([^'\n]*)'"))  # '…' inside f"…"
    named: set[str] = set()
    for path in SRC.parent.rglob("*.py"):
        if path.parent != SRC or not path.name.startswith("i18n"):
            text = path.read_text(encoding="utf-8")
            named.update(*(literal.findall(text) for literal in quoted))
    return named


def key_descriptions() -> set[str]:
    """``key.<description>`` of every binding the interface declares and of each form the
    palette opens by name."""
    from textual.binding import Binding

    from emulation_tui.setup_actions import OPENED

    described = set(OPENED)
    for module_info in pkgutil.walk_packages(emulation_tui.__path__, "emulation_tui."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__:
                for binding in value.__dict__.get("BINDINGS", ()):
                    described.add(binding.description if isinstance(binding, Binding)
                                  else binding[2])
    return {f"key.{description}" for description in described}


def test_every_catalog_key_is_used_somewhere() -> None:
    used = keys_named_in_the_code() | key_descriptions()
    assert "key.save" in used and "cform.saved" in used  # the scan finds them
    built = re.compile("|".join(f"(?:{pattern})" for pattern in BUILT_KEYS))
    unused = {key for key in CATALOG if key not in used and not built.fullmatch(key)}
    assert unused == set(), "keys nothing says"
