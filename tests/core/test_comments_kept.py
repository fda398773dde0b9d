"""Files people edit by hand keep their comments and layout when the program saves them."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import tomli
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from emulation_core import PluginRegistry, Workspace
from emulation_core.serialize.tomledit import updated_text

D = Decimal
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"'. ]+?)\s*=", re.M)


def comments(text: str) -> list[str]:
    return [line[line.index("#"):] for line in text.splitlines() if "#" in line
            and not line.lstrip().startswith(("title", "name", "label"))]


def keys(text: str) -> list[str]:
    return _KEY.findall(text)


def annotate(path: Path) -> str:
    """Give the file a comment above every table and after every key, as a person might."""
    lines = [f"# {path.name}: kept by the bloc lead", ""]
    for n, line in enumerate(path.read_text("utf-8").splitlines()):
        if line.startswith("["):
            lines.append(f"# above {line.strip()} ({n})")
            lines.append(line)
        elif "=" in line and not line.rstrip().endswith(("[", "{")):
            lines.append(f"{line}  # note {n}")
        else:
            lines.append(line)
    text = "\n".join(lines) + "\n"
    path.write_text(text, "utf-8")
    return text


def test_a_commented_workspace_keeps_every_comment_and_key_order(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    names = ["workspace.toml", "campaigns/c2018/campaign.toml",
             "campaigns/c2018/criteria.toml", "campaigns/c2018/targets.toml"]
    before = {name: annotate(root / name) for name in names}
    with Workspace.open(root, writable=True, registry=registry) as ws:
        ws.save_bloc(evolve(ws.bloc, name="Khối thi đua đã đổi tên"))
        campaign = ws.campaign("c2018")
        first = campaign.table.sections[0]
        renamed = evolve(first, title="Nhiệm vụ trọng tâm")
        ws.save_campaign(evolve(
            campaign, title="Tổng kết năm 2018 (sửa)", deadline=campaign.end,
            table=evolve(campaign.table, sections=(renamed, *campaign.table.sections[1:])),
            targets={**campaign.targets, "hoi-b": {"members": D(25)}}))
    after = {name: (root / name).read_text("utf-8") for name in names}
    for name in names:
        assert comments(after[name]) == comments(before[name]), name
        assert keys(after[name]) == keys(before[name]), name
    with Workspace.open(root, registry=registry) as ws:
        assert ws.bloc.name == "Khối thi đua đã đổi tên"
        campaign = ws.campaign("c2018")
        assert campaign.title == "Tổng kết năm 2018 (sửa)"
        assert campaign.deadline == campaign.end
        assert campaign.table.sections[0].title == "Nhiệm vụ trọng tâm"
        assert campaign.targets["hoi-b"] == {"members": 25}
    changed = [line for name in names for line in
               set(after[name].splitlines()) - set(before[name].splitlines())]
    assert sorted(changed) == sorted([
        swapped(before["workspace.toml"], 'name = "Khối thi đua thử nghiệm"',
                'name = "Khối thi đua đã đổi tên"'),
        swapped(before[names[1]], 'title = "Tổng kết năm 2018"',
                'title = "Tổng kết năm 2018 (sửa)"'),
        swapped(before[names[1]], "deadline = 2018-12-20", "deadline = 2018-12-31"),
        swapped(before[names[2]], 'title = "Nhiệm vụ"', 'title = "Nhiệm vụ trọng tâm"'),
        swapped(before[names[3]], "members = 20", "members = 25"),
    ])


def swapped(text: str, old: str, new: str) -> str:
    """The one line of ``text`` that starts with ``old`` and its comment, with ``new``."""
    [line] = [x for x in text.splitlines() if x.startswith(f"{old}  #")]
    return line.replace(old, new)


def test_an_unchanged_save_leaves_a_commented_file_byte_for_byte(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    path = root / "campaigns/c2018/criteria.toml"
    text = annotate(path)
    with Workspace.open(root, writable=True, registry=registry) as ws:
        ws.save_campaign(ws.campaign("c2018"))
    assert path.read_text("utf-8") == text


def test_removing_a_member_keeps_the_comments_of_the_others(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    path = root / "campaigns/c2018/targets.toml"
    path.write_text("# Chỉ tiêu đăng ký\n[hoi-a]  # Ánh Dương\nmembers = 10  # đã duyệt\n\n"
                    "[hoi-b]  # Bình Minh\nmembers = 20\n\n[hoi-c]  # Ca Dao\n"
                    "members = 5  # tạm\n", "utf-8")
    with Workspace.open(root, writable=True, registry=registry) as ws:
        campaign = ws.campaign("c2018")
        ws.save_campaign(evolve(campaign, targets={
            k: v for k, v in campaign.targets.items() if k != "hoi-b"}))
    assert path.read_text("utf-8") == ("# Chỉ tiêu đăng ký\n[hoi-a]  # Ánh Dương\n"
                                       "members = 10  # đã duyệt\n\n[hoi-c]  # Ca Dao\n"
                                       "members = 5  # tạm\n")


_values = st.one_of(st.integers(-10**6, 10**6), st.text(max_size=8),
                    st.booleans(), st.lists(st.integers(0, 9), max_size=3))
_tables = st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), _values, max_size=4)
_documents = st.fixed_dictionaries({}, optional={
    "x": _values, "y": _values, "t": _tables,
    "rows": st.lists(st.fixed_dictionaries({"id": st.sampled_from(["p", "q", "r", "s"])},
                                           optional={"v": _values}),
                     min_size=1, max_size=4, unique_by=lambda r: r["id"]),
})


@settings(max_examples=150, deadline=None)
@given(_documents, _documents)
def test_an_update_holds_exactly_the_new_document(old: dict[str, object],
                                                  new: dict[str, object]) -> None:
    import tomli_w

    text = "# top\n" + tomli_w.dumps(old)
    assert tomli.loads(updated_text(text, new) or "") == new
