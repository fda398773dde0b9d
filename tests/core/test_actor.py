"""Who is acting: --as, $EMULATION_AS, identity.toml, and the honest fallback."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from emulation_core.actor import (
    AS_VAR,
    CONFIG_VAR,
    IDENTITY_FILE,
    Actor,
    Role,
    parse_actor,
    resolve_actor,
)
from emulation_core.errors import EmulationError


@pytest.mark.parametrize(("spec", "expected"), [
    ("lead:Nguyễn Văn An", Actor("Nguyễn Văn An", Role.LEAD)),
    ("pho-khoi:  Trần   Thị Bình ", Actor("Trần Thị Bình", Role.DEPUTY)),
    ("MEMBER:Hội Nhà báo", Actor("Hội Nhà báo", Role.MEMBER)),
    ("Lê Văn Cường", Actor("Lê Văn Cường", Role.UNSTATED)),
    ("Ông A: thư ký", Actor("Ông A: thư ký", Role.UNSTATED)),  # not a role before the colon
])
def test_parse_actor(spec: str, expected: Actor) -> None:
    assert parse_actor(spec) == expected


def test_parse_actor_refuses_an_empty_name() -> None:
    with pytest.raises(EmulationError, match="--as: the name is empty"):
        parse_actor("lead:  ")


def test_resolution_order(tmp_path: Path) -> None:
    env = {CONFIG_VAR: str(tmp_path)}
    assert resolve_actor(environ=env) == Actor(getpass.getuser(), Role.UNSTATED)
    (tmp_path / IDENTITY_FILE).write_text('name = "Nguyễn Văn An"\nrole = "truong-khoi"\n',
                                          encoding="utf-8")
    assert resolve_actor(environ=env) == Actor("Nguyễn Văn An", Role.LEAD)
    env[AS_VAR] = "Trần Thị Bình"  # no role given: the configured role applies
    assert resolve_actor(environ=env) == Actor("Trần Thị Bình", Role.LEAD)
    assert resolve_actor("deputy:Lê Văn Cường", environ=env) == Actor("Lê Văn Cường",
                                                                       Role.DEPUTY)


@pytest.mark.parametrize(("text", "words"), [
    ('role = "lead"\n', "name: missing"),
    ('name = "A"\nrole = "boss"\n', "'boss' is not a role"),
    ('name = "A"\nrole = 3\n', "role: write"),
    ("name = [", "cannot be read"),
])
def test_a_bad_identity_file_is_named(tmp_path: Path, text: str, words: str) -> None:
    (tmp_path / IDENTITY_FILE).write_text(text, encoding="utf-8")
    with pytest.raises(EmulationError, match=IDENTITY_FILE) as caught:
        resolve_actor(environ={CONFIG_VAR: str(tmp_path)})
    assert words in str(caught.value)


def test_the_config_folder_follows_xdg(tmp_path: Path) -> None:
    (tmp_path / "emulation").mkdir()
    (tmp_path / "emulation" / IDENTITY_FILE).write_text('name = "X"\nrole = "member"\n',
                                                         encoding="utf-8")
    assert resolve_actor(environ={"XDG_CONFIG_HOME": str(tmp_path)}) == Actor("X", Role.MEMBER)
