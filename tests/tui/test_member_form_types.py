"""The member form offers the association types by name in Vietnamese alphabetical order
(Đ after D, Hội before Liên), not in the order of their keys."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Select

from emulation_core import default_registry, sample_workspace_path, vi_sort_key
from emulation_tui.screens.member_form import MemberForm
from emulation_tui.session import open_session

from .conftest import clock, new_app


async def test_the_types_are_listed_by_name_in_vietnamese_order(tmp_path: Path) -> None:
    shutil.copytree(sample_workspace_path(), tmp_path / "ws")
    registry = default_registry()  # the eight bundled types
    session = open_session(tmp_path / "ws", clock=clock, registry=registry)
    app = new_app(session)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m", "a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MemberForm)
        offered = [(str(label), key) for label, key in form.query_one("#type", Select)._options
                   if isinstance(key, str)]
    names = [name for name, _ in offered]
    assert sorted(key for _, key in offered) == sorted(registry.types)
    assert names == sorted(names, key=vi_sort_key)
    by_key = [name for name, _ in sorted(offered, key=lambda choice: choice[1])]
    assert names != by_key  # the bundled types: their keys sort otherwise
    assert names.index(next(n for n in names if n.startswith("Đoàn"))) < \
        names.index(next(n for n in names if n.startswith("Hội")))
    session.close()
