"""registrations.toml: read with every reference checked, saved with the rules of opening."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from emulation_core import ValidationError, Workspace, sample_workspace_path
from emulation_core.registering import register_content
from emulation_core.registration import ContentKind, RegisteredItem

C = "2018-6-thang"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    with Workspace.open(root, writable=True) as opened:  # the sample's mid-year is locked
        opened.unlock_campaign(C, "these tests register content in the mid-year campaign")
    return root


@pytest.mark.parametrize(("text", "expected"), [
    ('[[no-such]]\ntext = "X"\n', "'no-such' does not take part in this campaign"),
    ('[[hoi-nha-bao]]\nkind = "plan"\ntext = "X"\n', "'plan' is not one of"),
    ('[[hoi-nha-bao]]\ntext = "  "\n', "is empty"),
    ('[[hoi-nha-bao]]\ntext = "A"\n[[hoi-nha-bao]]\ntext = "a "\n', None),
    ('[[hoi-nha-bao]]\ntext = "A"\n[[hoi-nha-bao]]\ntext = "A"\n', "registered twice"),
    ('signed = "15/02/2018"\n', "signed"),
    ('hoi-nha-bao = 3\n', "expected [[member]] tables"),
])
def test_opening_checks_registrations(ws: Path, text: str, expected: str | None) -> None:
    path = ws / "campaigns" / C / "registrations.toml"
    path.write_text(text, "utf-8")
    if expected is None:
        with Workspace.open(ws) as opened:
            assert len(opened.registrations[C].of("hoi-nha-bao")) == 2
        return
    with pytest.raises(ValidationError) as caught:
        Workspace.open(ws)
    assert expected in str(caught.value)
    assert "campaigns/2018-6-thang/registrations.toml" in str(caught.value)


def test_saved_registrations_open_again_equal_and_keep_nfc(ws: Path) -> None:
    decomposed = "Hie\u0302\u0301n ma\u0301u"  # "Hiến máu" in decomposed form
    with Workspace.open(ws, writable=True) as opened:
        register_content(opened, C, "hoi-chu-thap-do",
                         add=[RegisteredItem(ContentKind.FIELD, decomposed, "y tế")])
        saved = opened.registrations[C]
    with Workspace.open(ws) as reopened:
        assert reopened.registrations[C] == saved
        assert saved.of("hoi-chu-thap-do")[-1].text == "Hiến máu"


def test_a_member_not_in_the_campaign_cannot_register(ws: Path) -> None:
    path = ws / "campaigns" / C / "registrations.toml"
    before = path.read_bytes()
    with Workspace.open(ws, writable=True) as opened, \
            pytest.raises(ValidationError, match="does not take part"):
        register_content(opened, C, "no-such", add=[RegisteredItem(ContentKind.FIELD, "X")])
    assert path.read_bytes() == before


def test_removing_a_member_removes_its_registrations(ws: Path) -> None:
    with Workspace.open(ws, writable=True) as opened:
        register_content(opened, C, "hoi-vhnt",
                         add=[RegisteredItem(ContentKind.MOVEMENT, "Sáng tác văn học")])
        opened.remove_member("hoi-vhnt")
    with Workspace.open(ws) as reopened:
        assert reopened.registrations[C].of("hoi-vhnt") == ()
