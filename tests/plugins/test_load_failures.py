"""The mistakes a plugin author makes, each reported as one message naming the plugin, the
file and line where there is one, and what to do, in both languages; never a traceback, and
the other plugins keep working. The plugin is tests/plugins/example, a separate package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from emulation_cli import main
from emulation_core import PluginInfo, PluginRegistry

if TYPE_CHECKING:
    from tests.plugins.conftest import Site

EXAMPLE = (Path(__file__).parent / "example" / "emulation_cuu_chien_binh.py").read_text("utf-8")
PACKAGE = "emulation-cuu-chien-binh"
MODULE = "emulation_cuu_chien_binh"
GOOD_ENTRY = f"{MODULE}:ASSOCIATION_TYPE"


def install(site: Site, source: str = EXAMPLE, entry: str = GOOD_ENTRY) -> None:
    site.add(PACKAGE, MODULE, source, {"cuu-chien-binh": entry})


def changed(old: str, new: str) -> str:
    """The example plugin with one mistake: ``old`` (found once) replaced by ``new``."""
    assert EXAMPLE.count(old) == 1, old
    return EXAMPLE.replace(old, new)


def line_of(source: str, text: str) -> int:
    return next(n for n, line in enumerate(source.splitlines(), 1) if text in line)


def the_plugin(site: Site) -> PluginInfo:
    registry = PluginRegistry()
    assert registry.get("htx") is not None and registry.get("chu-thap-do") is not None
    (info,) = [p for p in registry.plugins if p.name == "cuu-chien-binh"]
    return info


def test_the_example_plugin_loads_as_a_third_party_type(site: Site) -> None:
    install(site)
    info = the_plugin(site)
    assert info.ok and info.source == "third-party" and info.type is not None
    assert info.type.name == "Hội Cựu chiến binh"
    assert info.error_text("vi") is None


def test_a_syntax_error_names_the_file_and_line(site: Site) -> None:
    source = changed("def validate(submission: Submission) -> Iterator[str]:",
                     "def validate(submission: Submission) -> Iterator[str]")
    install(site, source)
    info = the_plugin(site)
    where = f"{site.path / f'{MODULE}.py'}:{line_of(source, 'def validate')}"
    assert info.error == (f"syntax error at {where}: expected ':'; fix that line and run "
                          f"again (package {PACKAGE})")
    assert info.error_text("vi") == (f"lỗi cú pháp tại {where}: expected ':'; hãy sửa dòng "
                                     f"đó rồi chạy lại (gói {PACKAGE})")


def test_a_decimal_written_with_a_comma_names_the_line_and_the_right_form(site: Site) -> None:
    source = changed('tế", Decimal(15),', 'tế", Decimal("15,5"),')
    install(site, source)
    error = the_plugin(site).error or ""
    assert error.startswith(f"the code at {site.path / f'{MODULE}.py'}:"
                            f"{line_of(source, '15,5')} raised InvalidOperation: Decimal() was "
                            "given text that is not a number")
    assert 'e.g. Decimal("2.5"), not Decimal("2,5")' in error
    assert error.endswith(f"fix it there, or uninstall {PACKAGE}")


def test_a_plugin_that_raises_while_loading_names_the_line(site: Site) -> None:
    source = changed("SECTION = Section(",
                     'DATA = open("criteria.json").read()\nSECTION = Section(')
    install(site, source)
    info = the_plugin(site)
    assert info.error is not None and info.reason is not None
    assert f"{MODULE}.py:{line_of(source, 'criteria.json')} raised FileNotFoundError" \
        in info.error
    assert "gây lỗi FileNotFoundError" in (info.error_text("vi") or "")


def test_a_missing_dependency_is_told_apart_from_a_wrong_entry_point(site: Site) -> None:
    source = changed("from decimal import Decimal\n",
                     "from decimal import Decimal\nimport emulation_no_such_dependency\n")
    install(site, source)
    error = the_plugin(site).error or ""
    assert f"{MODULE}.py:{line_of(source, 'no_such')} imports " \
           "'emulation_no_such_dependency', which is not installed; install it, and list it " \
           f"in the dependencies of {PACKAGE}'s pyproject.toml" in error


@pytest.mark.parametrize(("entry", "expected"), [
    (f"{MODULE}:ASSOCIATION_TYP",
     f"the entry point 'cuu-chien-binh = {MODULE}:ASSOCIATION_TYP' names 'ASSOCIATION_TYP', "
     f"which module '{MODULE}' does not define; point it at the module's AssociationType "
     f"(e.g. '{MODULE}:ASSOCIATION_TYPE') in {PACKAGE}'s pyproject.toml, then run 'pip "
     "install -e' on the package again"),
    ("emulation_cuu_chien_bin:ASSOCIATION_TYPE",
     "the entry point 'cuu-chien-binh = emulation_cuu_chien_bin:ASSOCIATION_TYPE' names module "
     "'emulation_cuu_chien_bin', which is not installed; correct the module name in "
     f"{PACKAGE}'s pyproject.toml, then run 'pip install -e' on the package again (or "
     f"reinstall {PACKAGE})"),
    (f"{MODULE}:SAMPLE_VALUES",
     f"the entry point 'cuu-chien-binh = {MODULE}:SAMPLE_VALUES' gives a dict, not an "
     "emulation_core.AssociationType; point it at the plugin's AssociationType (usually "
     "ASSOCIATION_TYPE) or at a function with no arguments that returns one, in "
     f"{PACKAGE}'s pyproject.toml, then run 'pip install -e' on the package again"),
    (f"{MODULE}:validate",
     "the function the entry point names raised TypeError: validate() missing 1 required "
     "positional argument: 'submission'; the entry point 'cuu-chien-binh = "
     f"{MODULE}:validate' must name the AssociationType, or a function with no arguments "
     f"that returns one: fix that function, or the entry point in {PACKAGE}'s pyproject.toml"),
    (f"{MODULE}:ASSOCIATION_TYPE x",
     f"the entry point 'cuu-chien-binh = {MODULE}:ASSOCIATION_TYPE x' is not of the form "
     "'module:ATTRIBUTE'; correct it in the [project.entry-points.\"emulation.association_"
     f"types\"] table of {PACKAGE}'s pyproject.toml, then run 'pip install -e' on the package "
     "again"),
])
def test_a_wrong_entry_point_says_what_it_names_and_how_to_correct_it(
        site: Site, entry: str, expected: str) -> None:
    install(site, entry=entry)
    info = the_plugin(site)
    assert info.error == expected
    assert "pyproject.toml" in (info.error_text("vi") or "")


@pytest.mark.parametrize(("old", "new", "expected"), [
    ('TargetRule("ccb_new_members")', 'TargetRule("ccb_new_member")',
     "criterion 1: rule reads indicator 'ccb_new_member', which the table does not declare"),
    ("max_points=Decimal(15),", "max_points=Decimal(16),",
     "section '3': children add up to 15, but the section's max_points is 16"),
    ("max_points=Decimal(50),", "max_points=Decimal(45),",
     "the plugin's section: children add up to 50, but the section's max_points is 45"),
    ('tế", Decimal(15),', 'tế", 15,', "criterion 2: max_points must be a finite Decimal, e.g. "
                            "Decimal('2.5'), not 15"),
    ("max_points=Decimal(15),", "max_points=15,",
     "section '3': max_points must be a finite Decimal, 0 or more, e.g. Decimal('20'), not 15"),
])
def test_invalid_criteria_name_the_section_or_criterion(
        site: Site, old: str, new: str, expected: str) -> None:
    install(site, changed(old, new))
    info = the_plugin(site)
    assert info.error is not None
    assert info.error.startswith(f"{PACKAGE} declares an invalid association type: ")
    assert expected in info.error
    assert info.error.endswith("the plugin's tests (pytest) list every problem")
    assert f"loại hội mà {PACKAGE} khai báo không hợp lệ" in (info.error_text("vi") or "")


def test_the_command_line_says_it_in_the_language_asked_for_without_a_traceback(
        site: Site, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    install(site, changed('tế", Decimal(15),', 'tế", Decimal("15,5"),'))
    monkeypatch.setenv("COLUMNS", "300")
    monkeypatch.setenv("EMULATION_LANG", "vi")
    assert main(["plugins", "list"]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert f"hỏng: cuu-chien-binh ({PACKAGE}): mã tại " in out
    assert "gây lỗi InvalidOperation: Decimal() nhận một chuỗi không phải số" in out
    assert "Hội Chữ thập đỏ" in out  # the others keep working


def test_a_workspace_member_of_the_broken_type_is_warned_in_one_language(
        site: Site, tmp_path: Path) -> None:
    install(site, entry=f"{MODULE}:ASSOCIATION_TYP")
    registry = PluginRegistry()
    vi = registry.missing_reason("cuu-chien-binh").text("vi")
    assert vi.startswith("plugin của loại hội 'cuu-chien-binh' bị lỗi: điểm vào ")
    assert "the entry point" not in vi
    assert registry.problem_for("cuu-chien-binh").startswith(
        "the plugin for type 'cuu-chien-binh' is broken: the entry point ")


def test_invalid_criteria_are_said_in_vietnamese_each_naming_where(site: Site) -> None:
    install(site, changed("max_points=Decimal(15),", "max_points=15,").replace(
        "Decimal(2)),", "2),"))
    vi = the_plugin(site).error_text("vi") or ""
    assert vi == (f"loại hội mà {PACKAGE} khai báo không hợp lệ: mục '3': max_points phải là "
                  "Decimal hữu hạn, từ 0 trở lên, ví dụ Decimal('20'), không phải 15; tiêu chí "
                  "3.1: points_each của quy tắc phải là Decimal hữu hạn, không phải 2; bài kiểm "
                  "tra của plugin (pytest) liệt kê đủ mọi lỗi")
