"""Figures a script gives the workspace's methods: a ``Decimal``, a whole ``int``, or text as
people type it (``"12,5"``), each read by :func:`~emulation_core.parse_decimal`; anything
else is refused as a :class:`~emulation_core.ValidationError` naming the file and field it
was meant for, instead of failing later inside a check."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from decimal import Decimal

from .errors import Problem, ValidationError
from .numbers import NumberError, parse_decimal

__all__ = ["given_figure", "given_figures"]


def given_figure(value: object, file: str, field: str, *, integer: bool = False) -> Decimal:
    """``value`` as a Decimal (text read as a count when ``integer``: ``"1.430"`` is 1430),
    or ValidationError naming ``file`` and ``field``."""
    if isinstance(value, Decimal):
        return value
    try:
        return parse_decimal(value, integer=integer)
    except NumberError as error:
        raise ValidationError([Problem.keyed(file, None, field, error.key,
                                             **error.values)]) from None


def given_figures(values: Mapping[str, object], file: str, prefix: str,
                  counts: Collection[str] = ()) -> dict[str, Decimal]:
    """Each of ``values`` as a Decimal (those keyed in ``counts`` read as counts); every one
    that cannot be read is named (field ``prefix`` + its key) in one ValidationError."""
    read: dict[str, Decimal] = {}
    problems: list[Problem] = []
    for key, value in values.items():
        try:
            read[key] = given_figure(value, file, f"{prefix}{key}", integer=key in counts)
        except ValidationError as error:
            problems.extend(error.problems)
    if problems:
        raise ValidationError(problems)
    return read
