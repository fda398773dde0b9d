"""Plugin discovery through real entry points: broken plugins are reported, good ones load."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pytest

from emulation_core import API_VERSION, ENV_VAR, PluginRegistry, default_registry

if TYPE_CHECKING:
    from tests.plugins.conftest import Site

BUNDLED = {"htx", "chu-thap-do", "nha-bao", "vhnt", "khkt", "khuyen-hoc", "luat-su", "xa-hoi"}

# A valid type; each broken variant below changes one thing.
GOOD = '''
from decimal import Decimal
from emulation_core import (AssociationType, Criterion, Indicator, Section, TargetRule,
                            YesNoRule)

INDICATORS = (Indicator("tp_events", "Sự kiện"), Indicator("tp_plan", "Kế hoạch"))

def build(key="tp-good", api_version=1, criteria=None):
    criteria = criteria or (
        Criterion("1", "Sự kiện", Decimal(30), TargetRule("tp_events")),
        Criterion("2", "Kế hoạch", Decimal(20), YesNoRule("tp_plan")),
    )
    return AssociationType(key, "Hội thử", "Test association", api_version,
                           Section("s", "Nhiệm vụ", criteria), INDICATORS)
'''


def install_broken_and_good(site: Site) -> None:
    site.add("tp-import-error", "tp_import_error", "import emulation_no_such_module_xyz\n",
             {"tp-import-error": "tp_import_error:TYPE"})
    site.add("tp-factory-raises", "tp_factory_raises",
             "def make():\n    raise RuntimeError('factory exploded')\n",
             {"tp-factory-raises": "tp_factory_raises:make"})
    site.add("tp-dup-codes", "tp_dup_codes", GOOD + '''
TYPE = build("tp-dup-codes", criteria=(
    Criterion("1", "A", Decimal(25), TargetRule("tp_events")),
    Criterion("1", "B", Decimal(25), YesNoRule("tp_plan")),
))
''', {"tp-dup-codes": "tp_dup_codes:TYPE"})
    site.add("tp-negative-max", "tp_negative_max", GOOD + '''
TYPE = build("tp-negative-max", criteria=(
    Criterion("1", "A", Decimal(-5), TargetRule("tp_events")),
))
''', {"tp-negative-max": "tp_negative_max:TYPE"})
    site.add("tp-not-a-rule", "tp_not_a_rule", GOOD + '''
class HomeMadeRule:
    indicators = frozenset()
    def points(self, *args):
        return Decimal(1)

TYPE = build("tp-not-a-rule", criteria=(Criterion("1", "A", Decimal(50), HomeMadeRule()),))
''', {"tp-not-a-rule": "tp_not_a_rule:TYPE"})
    site.add("tp-api-2", "tp_api_2", GOOD + 'TYPE = build("tp-api-2", api_version=2)\n',
             {"tp-api-2": "tp_api_2:TYPE"})
    site.add("tp-dup-key", "tp_dup_key", GOOD + 'TYPE = build("htx")\n',
             {"tp-dup-key": "tp_dup_key:TYPE"})
    site.add("tp-wrong-object", "tp_wrong_object", "TYPE = {'key': 'tp-wrong-object'}\n",
             {"tp-wrong-object": "tp_wrong_object:TYPE"})
    site.add("tp-exits", "tp_exits", "import sys\nsys.exit(3)\n", {"tp-exits": "tp_exits:TYPE"})
    site.add("tp-good", "tp_good", GOOD + "def factory():\n    return build()\n",
             {"tp-good": "tp_good:factory"}, version="2.3.4")


EXPECTED_BROKEN = {
    "tp-import-error": ("tp-import-error", "tp_import_error.py:1 imports 'emulation_no_such_"
                                           "module_xyz', which is not installed"),
    "tp-factory-raises": ("tp-factory-raises", "factory exploded"),
    "tp-dup-codes": ("tp-dup-codes", "criterion 1: code is used twice"),
    "tp-negative-max": ("tp-negative-max", "max_points may not be negative"),
    "tp-not-a-rule": ("tp-not-a-rule", "unknown rule kind HomeMadeRule"),
    "tp-api-2": ("tp-api-2", f"API version 2, this emulation supports version {API_VERSION}"),
    "tp-dup-key": ("tp-dup-key", "key 'htx' is already provided by emulation-htx (bundled"),
    "tp-wrong-object": ("tp-wrong-object", "gives a dict, not an emulation_core.Association"),
    "tp-exits": ("tp-exits", "tp_exits.py:2 raised SystemExit: 3; fix it there, or uninstall "
                             "tp-exits"),
}


def test_broken_plugins_are_reported_and_the_others_still_load(site: Site) -> None:
    install_broken_and_good(site)
    registry = PluginRegistry()
    broken = {info.name: info for info in registry.broken}
    assert set(broken) == set(EXPECTED_BROKEN)
    for name, (package, reason) in EXPECTED_BROKEN.items():
        assert broken[name].package == package
        assert broken[name].version == "1.0"
        assert broken[name].source == "third-party"
        assert broken[name].type is None
        assert reason in (broken[name].error or ""), broken[name].error
    assert set(registry.types) == BUNDLED | {"tp-good", "chung"}
    good = next(p for p in registry.plugins if p.name == "tp-good")
    assert (good.package, good.version, good.source, good.ok) == \
        ("tp-good", "2.3.4", "third-party", True)
    assert registry.get("htx") is not None
    assert next(p for p in registry.plugins if p.name == "htx").source == "bundled"
    assert "broken" in registry.problem_for("tp-api-2")


def test_loaded_once(site: Site) -> None:
    site.add("tp-counter", "tp_counter", GOOD + '''
CALLS = []
def factory():
    CALLS.append(1)
    return build("tp-counter")
''', {"tp-counter": "tp_counter:factory"})
    registry = PluginRegistry()
    assert registry.get("tp-counter") is registry.get("tp-counter")
    registry.plugins  # noqa: B018
    assert sys.modules["tp_counter"].CALLS == [1]


def test_empty_env_var_loads_none(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    install_broken_and_good(site)
    monkeypatch.setenv(ENV_VAR, "")
    registry = PluginRegistry()
    assert [(p.name, p.source) for p in registry.plugins] == [("chung", "built-in")]
    assert set(registry.types) == {"chung"}  # the built-in general type is always there
    assert "htx" in registry.skipped
    assert registry.restriction == frozenset()
    assert registry.problem_for("htx") == \
        "no plugin provides type 'htx'; EMULATION_PLUGINS restricts loading to none"
    assert registry.missing_reason("htx").text("vi") == \
        "không plugin nào cung cấp loại hội 'htx'; EMULATION_PLUGINS chỉ cho nạp không có"
    assert "tp_import_error" not in sys.modules


def test_env_var_restricts_and_skips_without_importing(
        site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    install_broken_and_good(site)
    monkeypatch.setenv(ENV_VAR, " htx , tp-good,")
    registry = PluginRegistry()
    assert [p.name for p in registry.plugins] == ["chung", "htx", "tp-good"]
    assert "tp-import-error" in registry.skipped
    assert "tp_import_error" not in sys.modules
    assert "tp_factory_raises" not in sys.modules


def test_default_registry_is_shared(fresh_registry: None) -> None:
    assert default_registry() is default_registry()
    assert set(default_registry().types) >= BUNDLED


def test_all_bundled_types_have_distinct_indicator_keys(fresh_registry: None) -> None:
    seen: dict[str, str] = {}
    for key, type_ in default_registry().types.items():
        for indicator in type_.indicators:
            assert indicator.key not in seen, (indicator.key, key, seen.get(indicator.key))
            seen[indicator.key] = key
    for key in ("new_coops", "new_member_units", "value_chain_models"):
        assert seen[key] == "htx"
