"""Who is acting: a person's name and the role they act in, for the change log.

The person is configured once in ``identity.toml`` in the user's settings folder, or per
command (``--as`` in the CLI, or ``$EMULATION_AS``). A spec is ``NAME`` or ``ROLE:NAME``.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping
from pathlib import Path

from attrs import field, frozen

from .atomic import atomic_write
from .errors import EmulationError
from .text import nfc
from .value_object import ValueObject

__all__ = [
    "AS_VAR",
    "CONFIG_VAR",
    "IDENTITY_FILE",
    "Actor",
    "Role",
    "parse_actor",
    "resolve_actor",
    "save_identity",
    "user_config_dir",
]

AS_VAR = "EMULATION_AS"
"""The environment variable naming the person acting (``NAME`` or ``ROLE:NAME``)."""

CONFIG_VAR = "EMULATION_CONFIG_DIR"
"""Set to a folder to keep the user's settings there (the UI's settings live there too)."""

IDENTITY_FILE = "identity.toml"


class Role(enum.StrEnum):
    """The capacity in which a change is made."""

    LEAD = "lead"  # Trưởng khối
    DEPUTY = "deputy"  # Phó khối
    MEMBER = "member"  # a member unit (đơn vị thành viên)
    OUTSIDE = "outside"  # a change made outside the program, found on open
    UNSTATED = "unstated"  # nobody configured a role: the log says so rather than guess


_ALIASES = {
    "truong-khoi": Role.LEAD,
    "pho-khoi": Role.DEPUTY,
    "don-vi": Role.MEMBER,
}
_CHOOSABLE = (Role.LEAD, Role.DEPUTY, Role.MEMBER)


@frozen
class Actor(ValueObject):
    """A person and the role they act in."""

    name: str = field(converter=nfc)
    role: Role


def _role(text: str, where: str) -> Role:
    key = text.strip().lower()
    role = _ALIASES.get(key) or next((r for r in _CHOOSABLE if r.value == key), None)
    if role is None:
        choices = ", ".join([r.value for r in _CHOOSABLE] + list(_ALIASES))
        raise EmulationError.keyed("who.role", where=where, text=text, choices=choices)
    return role


def parse_actor(spec: str, *, default_role: Role = Role.UNSTATED,
                where: str = "--as") -> Actor:
    """``NAME`` or ``ROLE:NAME`` (``lead:Nguyễn Văn An``) as an :class:`Actor`.

    Without a role, ``default_role``. Raises :class:`~emulation_core.EmulationError` for an
    empty name or an unknown role.
    """
    role_text, colon, name = spec.partition(":")
    if colon and role_text.strip().lower() in {*_ALIASES, *(r.value for r in _CHOOSABLE)}:
        role = _role(role_text, where)
    else:
        role, name = default_role, spec
    name = " ".join(name.split())
    if not name:
        raise EmulationError.keyed("who.empty_name", where=where)
    return Actor(name, role)


def user_config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$EMULATION_CONFIG_DIR``, else ``$XDG_CONFIG_HOME/emulation``, else ``~/.config/...``."""
    env = os.environ if environ is None else environ
    if env.get(CONFIG_VAR):
        return Path(env[CONFIG_VAR])
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "emulation"


def resolve_actor(spec: str | None = None, *,
                  environ: Mapping[str, str] | None = None) -> Actor:
    """The person acting: ``spec`` (``--as``), else ``$EMULATION_AS``, else ``identity.toml``.

    A spec without a role takes the role from ``identity.toml``. With nothing configured,
    the operating-system login name with the role ``unstated``.
    """
    env = os.environ if environ is None else environ
    path = user_config_dir(env) / IDENTITY_FILE
    configured = _read_identity(path)
    default_role = configured.role if configured else Role.UNSTATED
    if spec is not None:
        return parse_actor(spec, default_role=default_role)
    if env.get(AS_VAR):
        return parse_actor(env[AS_VAR], default_role=default_role, where=f"${AS_VAR}")
    if configured:
        return configured
    import getpass  # these three modules are imported when first needed

    try:
        login = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name on this system
        login = "unknown"
    return Actor(login or "unknown", Role.UNSTATED)


def save_identity(actor: Actor, *, environ: Mapping[str, str] | None = None) -> Path:
    """Write ``actor`` to ``identity.toml`` in the settings folder (created if missing), so
    that :func:`resolve_actor` finds it from then on; returns the file's path. The role
    must be one a person can choose (lead, deputy or member)."""
    if actor.role not in _CHOOSABLE:
        raise EmulationError.keyed("who.not_choosable", role=actor.role.value)
    name = " ".join(actor.name.split())
    if not name:
        raise EmulationError.keyed("who.no_name")
    path = user_config_dir(environ) / IDENTITY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    import tomli_w

    atomic_write(path, tomli_w.dumps({"name": name, "role": actor.role.value}).encode("utf-8"))
    return path



def _read_identity(path: Path) -> Actor | None:
    """The person in ``identity.toml`` (``name``, ``role``); None when there is no file."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise EmulationError.keyed("identity.unreadable", path=path, reason=exc) from None
    name, role = data.get("name"), data.get("role", "")
    if not isinstance(name, str) or not name.strip():
        raise EmulationError.keyed("identity.no_name", path=path)
    if not isinstance(role, str):
        raise EmulationError.keyed("identity.role", path=path)
    return Actor(" ".join(name.split()), _role(role, f"{path}: role") if role else Role.UNSTATED)
