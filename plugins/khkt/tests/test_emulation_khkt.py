"""The bundled khkt type passes the plugin conformance check and loads by entry point."""

from emulation_khkt import ASSOCIATION_TYPE, SAMPLE_VALUES

from emulation_core import PluginRegistry
from emulation_core.testing import assert_conforms


def test_conforms() -> None:
    assert_conforms(ASSOCIATION_TYPE, SAMPLE_VALUES, expected_total=50)


def test_registered_under_its_key() -> None:
    registry = PluginRegistry(allowed="khkt")
    assert registry.get("khkt") is ASSOCIATION_TYPE, registry.broken
