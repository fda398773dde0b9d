"""Saving who you are: identity.toml read back by resolve_actor, and a workspace that
records as the new person from then on."""

from __future__ import annotations

import shutil
from pathlib import Path

import attrs
import pytest

from emulation_core import (
    Actor,
    EmulationError,
    Role,
    Workspace,
    read_chain,
    resolve_actor,
    sample_workspace_path,
    save_identity,
)


def test_saved_identity_is_what_resolve_actor_reads(tmp_path: Path) -> None:
    env = {"EMULATION_CONFIG_DIR": str(tmp_path / "cfg")}
    person = Actor('Trần "Bình" \\ Thị', Role.DEPUTY)
    path = save_identity(person, environ=env)
    assert path == tmp_path / "cfg" / "identity.toml"
    assert resolve_actor(environ=env) == person
    assert resolve_actor("Lê Văn C", environ=env) == Actor("Lê Văn C", Role.DEPUTY)


@pytest.mark.parametrize("person", [Actor("An", Role.OUTSIDE), Actor("  ", Role.LEAD)])
def test_unchoosable_role_or_empty_name_is_refused(tmp_path: Path, person: Actor) -> None:
    env = {"EMULATION_CONFIG_DIR": str(tmp_path)}
    with pytest.raises(EmulationError):
        save_identity(person, environ=env)
    assert not (tmp_path / "identity.toml").exists()


def test_act_as_records_the_new_person(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    person = Actor("Phạm Thị Dung", Role.MEMBER)
    with Workspace.open(root, writable=True) as ws:
        ws.act_as(person)
        assert ws.actor == person
        ws.save_bloc(attrs.evolve(ws.bloc, name=ws.bloc.name + " (mới)"))
    entries, _, broken = read_chain(root)
    assert broken is None
    assert entries[-1].by == person


def test_act_as_on_a_read_only_workspace_is_refused() -> None:
    with Workspace.open(sample_workspace_path()) as ws, pytest.raises(EmulationError):
        ws.act_as(Actor("An", Role.LEAD))
