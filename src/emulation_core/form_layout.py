"""What a member's form holds and where: shared by the maker and the reader.

A form is one workbook per member and campaign. The sheet ``Số liệu`` holds the Excel
table ``values`` (``key``, ``label``, ``unit``, ``target``, ``value``: one row per
indicator the member reports); ``Điểm`` holds the table ``points`` (``code``, ``title``,
``max``, ``self``, ``evidence``: one row per criterion the unit scores itself, the judged
ones); ``Tạm tính`` shows the self-score as the unit types; the hidden sheet ``_form``
records the member, the campaign and the table version the form was made for.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal

from attrs import frozen

from .criteria import CriteriaTable, Criterion
from .rules import JudgedRule, YesNoRule
from .serialize import dump_criteria
from .value_object import ValueObject

__all__ = [
    "ESTIMATE_SHEET",
    "FORM_FORMAT",
    "GUIDE_SHEET",
    "META_KEYS",
    "META_SHEET",
    "NO",
    "POINTS_COLUMNS",
    "POINTS_SHEET",
    "VALUES_COLUMNS",
    "VALUES_SHEET",
    "YES",
    "FormPlan",
    "table_version",
]

VALUES_SHEET = "Số liệu"
POINTS_SHEET = "Điểm"
ESTIMATE_SHEET = "Tạm tính"
GUIDE_SHEET = "Hướng dẫn"
META_SHEET = "_form"
VALUES_COLUMNS = ("key", "label", "unit", "target", "value")
POINTS_COLUMNS = ("code", "title", "max", "self", "evidence")
FORM_FORMAT = "emulation-form-1"
"""Written in the form; a form in another format is refused."""
META_KEYS = ("format", "member", "campaign", "table_version")
YES, NO = "có", "không"


def table_version(table: CriteriaTable) -> str:
    """A short digest of the member's criteria table: a form made for another version of
    the table (criteria or indicators changed since) is refused on import."""
    text = json.dumps(dump_criteria(table), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@frozen
class FormPlan(ValueObject):
    """The rows of one member's form: what it asks, in order."""

    member: str
    campaign: str
    version: str
    table: CriteriaTable
    targets: dict[str, Decimal | None]
    """Indicator key → registered target (None: registered as having no target)."""

    @property
    def indicator_keys(self) -> tuple[str, ...]:
        return tuple(self.table.indicators)

    @property
    def judged(self) -> tuple[Criterion, ...]:
        """The criteria the unit scores itself (one row each in ``points``)."""
        return tuple(c for c in self.table.leaves() if isinstance(c.rule, JudgedRule))

    @property
    def yes_no_keys(self) -> frozenset[str]:
        """Indicators a yes/no rule reads: the form offers có/không for them."""
        return frozenset(c.rule.indicator for c in self.table.leaves()
                         if isinstance(c.rule, YesNoRule))
