"""Interface language: the UI's own strings, in Vietnamese (default) and English.

:data:`CATALOG` holds only what the interface alone says (keys, columns, dialogs); what the
library says (rules, explanations, sources, errors) comes from the library's catalog,
:data:`emulation_core.MESSAGES`, and :func:`t` reads both. Data from the workspace (names,
titles, labels) is shown as written; where the data has an English form (``title_en``,
``label_en``) :func:`pick` chooses it in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from .i18n_app import APP_CATALOG
from .i18n_awards import AWARDS_CATALOG
from .i18n_campaigns import CAMPAIGNS_CATALOG
from .i18n_changes import CHANGE_KIND_CATALOG
from .i18n_criteria import CRITERIA_CATALOG
from .i18n_criteria_edit import CRITERIA_EDIT_CATALOG
from .i18n_criteria_view import CRITERIA_VIEW_CATALOG
from .i18n_deliberation import DELIBERATION_CATALOG
from .i18n_explain import EXPLAIN_CATALOG
from .i18n_forms import FORMS_CATALOG
from .i18n_history import HISTORY_CATALOG
from .i18n_inbox import INBOX_CATALOG
from .i18n_keys import KEYS_CATALOG
from .i18n_leaving import LEAVING_CATALOG
from .i18n_members import MEMBERS_CATALOG
from .i18n_ranking import RANKING_CATALOG
from .i18n_review import REVIEW_CATALOG
from .i18n_saving import SAVING_CATALOG
from .i18n_scoring import SCORING_CATALOG
from .i18n_setup import SETUP_CATALOG
from .i18n_tables import TABLES_CATALOG
from .i18n_walk import WALK_CATALOG
from .i18n_year import YEAR_CATALOG

__all__ = [
    "LANGUAGES", "Language", "error_text", "has_key", "language", "pick", "set_language", "t",
]

Language = Literal["vi", "en"]
"""The library's languages (:data:`emulation_core.Language`; a test checks they agree),
written here so that the first frame does not wait for the library's catalog."""
LANGUAGES: tuple[Language, ...] = ("vi", "en")

_current: list[Language] = ["vi"]


def set_language(lang: Language) -> None:
    _current[0] = lang


def language() -> Language:
    return _current[0]


def t(key: str, /, **values: object) -> str:
    """The text for ``key`` (the UI's or the library's) in the current language, with
    ``{names}`` filled from ``values``."""
    vi, en = CATALOG[key] if key in CATALOG else _library_messages()[key]
    text = en if _current[0] == "en" else vi
    return text.format(**values) if values else text


def error_text(error: Exception) -> str:
    """A library error in the current language (its English text when it has no catalog key);
    a figure refused with how to write it; any other error (an OSError) as Python says it."""
    from emulation_core import EmulationError, NumberError, render

    if isinstance(error, NumberError):
        return render("problem.hint", _current[0], text=error.message_text(_current[0]),
                      hint=error.hint_text(_current[0]))
    return error.text(_current[0]) if isinstance(error, EmulationError) else str(error)


def has_key(key: str) -> bool:
    return key in CATALOG or key in _library_messages()


def _library_messages() -> Mapping[str, tuple[str, str]]:
    """The library's catalog, imported when a library key is first asked for."""
    from emulation_core import MESSAGES

    return MESSAGES


def pick(vi: str, en: str) -> str:
    """Choose between a Vietnamese and an English form of workspace data."""
    return en if _current[0] == "en" and en else vi


#: Every topic's strings: a new ``i18n_<topic>.py`` adds its catalog here (a test checks
#: that each one is merged and that no two define the same key).
CATALOG: dict[str, tuple[str, str]] = {
    **APP_CATALOG,
    **AWARDS_CATALOG,
    **CAMPAIGNS_CATALOG,
    **CHANGE_KIND_CATALOG,
    **CRITERIA_CATALOG,
    **CRITERIA_EDIT_CATALOG,
    **CRITERIA_VIEW_CATALOG,
    **DELIBERATION_CATALOG,
    **EXPLAIN_CATALOG,
    **FORMS_CATALOG,
    **INBOX_CATALOG,
    **HISTORY_CATALOG,
    **KEYS_CATALOG,
    **LEAVING_CATALOG,
    **MEMBERS_CATALOG,
    **RANKING_CATALOG,
    **REVIEW_CATALOG,
    **SAVING_CATALOG,
    **SCORING_CATALOG,
    **SETUP_CATALOG,
    **TABLES_CATALOG,
    **WALK_CATALOG,
    **YEAR_CATALOG,
}
