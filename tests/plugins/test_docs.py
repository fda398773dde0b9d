"""docs/plugins.md documents the whole plugin contract, and its example plugin conforms."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from emulation_core import AssociationType, PluginInfo, PluginRegistry, plugins, testing
from emulation_core.rules import Rule
from emulation_core.testing import assert_conforms

DOC = Path(__file__).resolve().parents[2] / "docs" / "plugins.md"


def doc() -> str:
    return DOC.read_text(encoding="utf-8")


def tutorial_module() -> str:
    """The plugin module of the tutorial's step 2."""
    return re.findall(r"```python\n(.*?)```", doc(), re.S)[0]


def tutorial_toml() -> list[str]:
    """The three TOML snippets of the tutorial's step 5: member, target, submission."""
    text = doc()
    step = text[text.index("### 5. Use it in a campaign"):text.index("### 6.")]
    blocks: list[str] = re.findall(r"```toml\n(.*?)```", step, re.S)
    assert len(blocks) == 3
    return blocks


@pytest.mark.parametrize("name", [f.name for f in attrs.fields(AssociationType)])
def test_every_association_type_field_is_documented(name: str) -> None:
    assert f"| `{name}` |" in doc(), f"AssociationType.{name} is missing from the contract table"


@pytest.mark.parametrize("hook", ["derive(values) -> Mapping[str, Decimal]",
                                  "validate(submission) -> Iterable[str]"])
def test_every_hook_is_documented_with_its_signature(hook: str) -> None:
    assert f"**`{hook}`**" in doc()


def test_hooks_are_exactly_the_callable_fields() -> None:
    hooks = {f.name for f in attrs.fields(AssociationType)
             if "Callable" in str(f.type) or str(f.type).endswith(("Deriver | None",
                                                                   "Validator | None"))}
    assert hooks == {"derive", "validate"}, "a new hook needs its own section in plugins.md"


def test_rule_kinds_registry_and_testing_api_are_documented() -> None:
    text = doc()
    for rule in Rule.__args__:  # type: ignore[attr-defined]
        assert f"`{rule.kind}`" in text and f"`{rule.__name__}(" in text, rule
    for name in ("plugins", "types", "broken", "skipped", "restriction", "get", "problem_for"):
        assert hasattr(PluginRegistry, name) and f"`{name}" in text, name
    for field in attrs.fields(PluginInfo):
        assert field.name in text
    for name in (*plugins.__all__, *testing.__all__):
        assert f"`{name}" in text, name
    for name in ("EMULATION_PLUGINS", "emulation.association_types", "SAMPLE_VALUES",
                 "emulation plugins new", "emulation plugins list", "pip install -e",
                 "workspace.toml", "emulation score", "When it breaks", "pluggy"):
        assert name in text, name


def test_tutorial_plugin_conforms(tmp_path: Path) -> None:
    path = tmp_path / "tutorial_dong_y.py"
    path.write_text(tutorial_module(), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("tutorial_dong_y", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop("tutorial_dong_y", None)
    assert_conforms(module.ASSOCIATION_TYPE, module.SAMPLE_VALUES, expected_total=50)


def test_every_python_block_runs_as_written(tmp_path: Path) -> None:
    """The tutorial's module installed as emulation_dong_y (as step 3 does), every block of
    the page runs on its own in a fresh interpreter: the conformance example finds no
    problem, and the derive example adds cash and goods."""
    tutorial, derive, conformance = re.findall(r"```python\n(.*?)```", doc(), re.S)
    (tmp_path / "emulation_dong_y.py").write_text(tutorial, encoding="utf-8")
    checks = {
        tutorial: "print(ASSOCIATION_TYPE.key)",
        derive: 'print(derive({"ctd_funds_cash_vnd": Decimal(600), '
                '"ctd_funds_in_kind_vnd": Decimal("250.5")}))',
        conformance: "print(problems)",
    }
    printed = []
    for block, check in checks.items():
        result = subprocess.run([sys.executable, "-c", f"{block}\n{check}\n"], cwd=tmp_path,
                                capture_output=True, text=True, timeout=120,
                                env={**os.environ, "PYTHONPATH": str(tmp_path)})
        assert result.returncode == 0, result.stderr
        printed.append(result.stdout.strip())
    assert printed == ["dong-y", "{'ctd_funds_total_vnd': Decimal('850.5')}", "[]"]
