"""Which language the command speaks: ``--lang``, else ``$EMULATION_LANG``."""

from __future__ import annotations

import os

from emulation_core.errors import EmulationError
from emulation_core.messages import LANGUAGES, Language, render

__all__ = ["LANG_VAR", "error_language", "explanation_language", "say", "say_count"]

LANG_VAR = "EMULATION_LANG"
"""The environment variable that sets the language (``vi`` or ``en``)."""


def _from_environment() -> str | None:
    wanted = os.environ.get(LANG_VAR, "").strip().lower()
    return wanted or None


def explanation_language(flag: Language | None) -> Language:
    """The language of explanations: ``--lang``, else the environment's, else Vietnamese.

    Raises EmulationError when the environment names another language.
    """
    if flag is not None:
        return flag
    wanted = _from_environment() or "vi"
    for lang in LANGUAGES:
        if wanted == lang:
            return lang
    raise EmulationError.keyed("cli.lang_unknown", var=LANG_VAR, value=repr(wanted))


def error_language(flag: Language | None) -> Language:
    """The language of error messages: ``--lang``, else the environment's, else English."""
    if flag is not None:
        return flag
    wanted = _from_environment()
    return next((lang for lang in LANGUAGES if lang == wanted), "en")


def say(key: str, /, flag: Language | None = None, **values: object) -> str:
    """The catalog's sentence ``key`` in the language of errors (``flag``: the command's
    ``--lang``, where it has one)."""
    return render(key, error_language(flag), **values)


def say_count(count: int, one: str, many: str, /, flag: Language | None = None,
              **values: object) -> str:
    """The catalog's sentence ``one`` when ``count`` is 1, else ``many`` (given ``count``
    and ``values``): English says "1 campaign" but "2 campaigns"."""
    return say(one if count == 1 else many, flag, count=count, **values)
