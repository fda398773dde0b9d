"""The library's message catalog: every sentence it says to people, in Vietnamese and English.

Each key maps to a ``(vi, en)`` pair of :meth:`str.format` templates with the same named
placeholders. :func:`render` fills one in the chosen language; numbers passed as values
(``Decimal``, ``int``) are written in that language's form by :func:`format_number`
(``12 100,5`` in Vietnamese, ``12,100.5`` in English). Front ends keep their own catalog
for interface-only strings and take every library sentence from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import cache
from string import Formatter
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

import attrs

from .value_object import ValueObject

__all__ = [
    "LANGUAGES", "MESSAGES", "Language", "Message", "UnreadableText", "format_number",
    "has_message", "placeholders", "render",
]

Language = Literal["vi", "en"]
LANGUAGES: tuple[Language, ...] = ("vi", "en")


_SHOWN_PLACES = Decimal("0.0001")


def format_number(value: Decimal | int | Fraction, lang: Language) -> str:
    """A figure as people read it: grouped thousands and no trailing zeros.

    Vietnamese: ``12 100``, ``2,5``, ``-1``; English: ``12,100``, ``2.5``, ``-1``. An exact
    fraction with no short decimal form (``1/3``) is shown to four decimals.
    """
    number = _decimal(value) if isinstance(value, Fraction) else Decimal(value)
    text = f"{number.normalize():,f}" if number == number.to_integral() else f"{number:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "vi":
        return text.replace(",", " ").replace(".", ",")
    return text


def _frozen(values: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(values))


@attrs.frozen
class Message(ValueObject):
    """A catalog message not yet said in a language: its key and values.

    A value may itself be a Message (a reason inside a sentence): it is said in the same
    language; a tuple of values is said as a list, each in the language, joined by ``; ``.
    """

    key: str
    values: Mapping[str, object] = attrs.field(factory=dict, converter=_frozen, hash=False)

    def text(self, lang: Language) -> str:
        return render(self.key, lang, **self.values)

    def __str__(self) -> str:
        return self.text("en")


def render(key: str, lang: Language, /, **values: object) -> str:
    """The message ``key`` in ``lang`` with its ``{placeholders}`` filled from ``values``.

    Numbers are written as ``lang`` writes them and :class:`Message` values are said in
    ``lang``. Raises KeyError for an unknown key or a missing value.
    """
    vi, en = _catalog()[key]
    template = en if lang == "en" else vi
    shown = {name: _shown(value, lang) for name, value in values.items()}
    return template.format(**shown)


def has_message(key: str) -> bool:
    return key in _catalog()


def placeholders(template: str) -> frozenset[str]:
    """The named ``{placeholders}`` of a template (both languages of a key must match)."""
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name is not None)


def _decimal(value: Fraction) -> Decimal:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    if Fraction(exact) == value:
        return exact
    return exact.quantize(_SHOWN_PLACES, rounding=ROUND_HALF_UP)


def _shown(value: object, lang: Language) -> object:
    if isinstance(value, tuple):
        return "; ".join(str(_shown(item, lang)) for item in value)
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, Decimal | Fraction) or (
            isinstance(value, int) and not isinstance(value, bool)):
        return format_number(value, lang)
    return value


class UnreadableText(ValueError):
    """Text a person typed that cannot be read (a figure, a date): ``message`` says why and
    ``hint`` how to write it, in English; ``key`` and ``values`` name the catalog entry (its
    hint: ``key.hint``), so :meth:`message_text` and :meth:`hint_text` say them in either
    language."""

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values: Mapping[str, object] = MappingProxyType(dict(values))
        self.message = render(key, "en", **values)
        self.hint = render(f"{key}.hint", "en", **values)
        super().__init__(self.message)

    def message_text(self, lang: Language = "en") -> str:
        """Why the text is refused, in ``lang``."""
        return render(self.key, lang, **self.values)

    def hint_text(self, lang: Language = "en") -> str:
        """How to write it, in ``lang``."""
        return render(f"{self.key}.hint", lang, **self.values)


if TYPE_CHECKING:
    MESSAGES: Mapping[str, tuple[str, str]]
    """Every catalog merged: key → ``(vi, en)``."""


@cache
def _catalog() -> Mapping[str, tuple[str, str]]:
    """Every catalog merged, read when a first sentence is said (a run that says none, as
    ``rank --format json``, never loads them)."""
    from .award_messages import AWARD_MESSAGES
    from .check_messages import CHECK_MESSAGES
    from .cli_messages import CLI_MESSAGES
    from .criteria_messages import CRITERIA_MESSAGES
    from .crossform_messages import CROSSFORM_MESSAGES
    from .file_messages import FILE_MESSAGES
    from .number_messages import NUMBER_MESSAGES
    from .plugin_messages import PLUGIN_MESSAGES
    from .problem_messages import PROBLEM_MESSAGES
    from .province_messages import PROVINCE_MESSAGES
    from .reference_messages import REFERENCE_MESSAGES
    from .report_messages import REPORT_MESSAGES
    from .review_messages import REVIEW_MESSAGES
    from .scoring_messages import SCORING_MESSAGES
    from .setup_messages import SETUP_MESSAGES
    from .usage_messages import USAGE_MESSAGES
    from .xlsx_messages import XLSX_MESSAGES

    return {
        **PROBLEM_MESSAGES,  # what is wrong in the files read
        **REPORT_MESSAGES,  # reports and exports
        **AWARD_MESSAGES,  # deliberation: cross-scores, proposals, ballots
        **PROVINCE_MESSAGES,  # the province's roll-up of many blocs
        **CROSSFORM_MESSAGES,  # scorers' XLSX forms
        **XLSX_MESSAGES,  # workbooks refused; criteria tables and forms read from spreadsheets
        **REVIEW_MESSAGES,  # review steps, corrections, explanations, answers; locks
        **FILE_MESSAGES,  # paths refused, a newer workspace, the workspace's own refusals
        **CHECK_MESSAGES,  # a submission's figures and points, a table's structure, formulas
        **CRITERIA_MESSAGES,  # editing a campaign's criteria table
        **SCORING_MESSAGES,  # how rules score and points came about; warnings; refused scores
        **REFERENCE_MESSAGES,  # plugins not there; names in the files that point at nothing
        **PLUGIN_MESSAGES,  # plugins that failed to load or were refused, and what to do
        **NUMBER_MESSAGES,  # figures that cannot be read
        **USAGE_MESSAGES,  # the command line's usage errors
        **CLI_MESSAGES,  # the command line's own output: summaries, prompts, headings
        **SETUP_MESSAGES,  # who works; members, rule sets, the cross-scoring assignment
    }


def __getattr__(name: str) -> object:
    if name == "MESSAGES":
        return _catalog()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
