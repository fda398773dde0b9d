"""The entry-point reader finds what importlib.metadata finds, without importing it: the same
entry points, with the same distribution names and versions, the first install on the path
winning, and reads ``entry_points.txt`` and the metadata headers as it does."""

from __future__ import annotations

import importlib.metadata as metadata
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from emulation_core import ENTRY_POINT_GROUP
from emulation_core.entrypoints import installed_entry_points

from .conftest import Site

GROUP = ENTRY_POINT_GROUP


def _ours(group: str = GROUP) -> list[tuple[str, str, str, str]]:
    return sorted((ep.name, ep.value, ep.package, ep.version)  # type: ignore[union-attr]
                  for ep in installed_entry_points(group))


def _theirs(group: str = GROUP) -> list[tuple[str, str, str, str]]:
    return sorted((ep.name, ep.value, ep.dist.metadata["Name"] or "?", ep.dist.version or "?")
                  for ep in metadata.entry_points(group=group) if ep.dist is not None)


def _dist(folder: Path, package: str, version: str, text: str,
          metadata_text: str | None = None) -> Path:
    dist = folder / f"{re.sub(r'[-.]+', '_', package)}-{version}.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(
        metadata_text if metadata_text is not None
        else f"Metadata-Version: 2.1\nName: {package}\nVersion: {version}\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(text, encoding="utf-8")
    return dist


def test_the_installed_plugins_are_found_as_importlib_finds_them() -> None:
    assert _ours() == _theirs()
    assert len(_ours()) >= 8  # the bundled plugins
    assert _ours("console_scripts") == _theirs("console_scripts")


def test_a_site_of_odd_registrations_reads_the_same(site: Site, tmp_path: Path) -> None:
    _dist(site.path, "tp-plain", "1.0", f"[{GROUP}]\nplain = tp_plain:TYPE\n")
    _dist(site.path, "tp.Dotted_Name", "2.0b1",
          f"# a comment\n\n[console_scripts]\ntp = tp_dotted:main\n\n"
          f"[{GROUP}]\n  spaced   =   tp_dotted : factory.inner [extra]  \n"
          f"# another\nsecond=tp_dotted\n")
    _dist(site.path, "tp-no-name", "3", f"[{GROUP}]\nnameless = tp_x:T\n",
          metadata_text="Metadata-Version: 2.1\nSummary: no name here\n")
    _dist(site.path, "tp-other-group", "1", "[some.other.group]\nx = y:z\n")
    (site.path / "tp_empty-1.dist-info").mkdir()  # no entry_points.txt at all
    later = tmp_path / "later-site"  # the same distribution again, later on the path
    _dist(later, "tp-plain", "9.9", f"[{GROUP}]\nshadowed = tp_plain:OTHER\n")
    sys.path.append(str(later))
    try:
        ours = _ours()
        assert ours == _theirs()
    finally:
        sys.path.remove(str(later))
    assert ("plain", "tp_plain:TYPE", "tp-plain", "1.0") in ours
    assert not any(name == "shadowed" for name, *_ in ours)
    assert ("spaced", "tp_dotted : factory.inner [extra]", "tp.Dotted_Name", "2.0b1") in ours
    assert ("nameless", "tp_x:T", "?", "?") in ours


def test_a_registered_object_is_loaded_by_its_value(site: Site) -> None:
    site.add("tp-load", "tp_load", "class Outer:\n    class Inner:\n        KEY = 'k'\n",
             {"inner": "tp_load:Outer.Inner", "module": "tp_load"})
    found = {ep.name: ep for ep in installed_entry_points(GROUP)}
    assert found["inner"].load().KEY == "k"
    assert found["module"].load() is sys.modules["tp_load"]


def test_finding_plugins_imports_no_metadata_machinery() -> None:
    code = ("import sys\nfrom emulation_core.entrypoints import installed_entry_points\n"
            f"found = installed_entry_points({GROUP!r})\n"
            "print(len(found) > 0, 'importlib.metadata' in sys.modules, 'email' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["True", "False", "False"]


_NAMES = st.from_regex(r"[A-Za-z][A-Za-z0-9_.-]{0,8}", fullmatch=True)
_VALUES = st.from_regex(r"[a-z_][a-z0-9_.]{0,8}(:[a-z_][a-z0-9_.]{0,8})?( \[[a-z]{1,5}\])?",
                        fullmatch=True)
_LINE = st.one_of(
    st.tuples(_NAMES, _VALUES, st.sampled_from(["=", " = ", "= ", "  =\t"]))
    .map(lambda t: f"{t[0]}{t[2]}{t[1]}"),
    st.sampled_from(["", "   ", "# comment", "#[not.a.section]"]),
    st.sampled_from([f"[{GROUP}]", "[console_scripts]", "[other]", f"  [{GROUP}]  "]),
)


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(_LINE, max_size=12), header=st.sampled_from(
    ["Name: pkg-a\nVersion: 1.0\n", "name: Pkg_B\nversion:2\n", "Version: 3\n",
     "Summary: x\nName: c\nName: second\nVersion: 0.1\n\nName: in-the-body\n",
     "Version: 3\n\nName: only-in-the-body\n", ""]))
def test_entry_points_txt_and_metadata_read_as_importlib_reads_them(
        lines: list[str], header: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        dist = _dist(Path(folder), "pkg", "1", "\n".join(lines) + "\n",
                     metadata_text="Metadata-Version: 2.1\n" + header)
        theirs = metadata.PathDistribution(dist)
        expected = sorted((ep.name, ep.value, theirs.metadata["Name"] or "?",
                           theirs.version or "?")
                          for ep in theirs.entry_points.select(group=GROUP))
        with mock.patch.object(sys, "path", [folder]):  # this distribution alone
            assert _ours() == expected
