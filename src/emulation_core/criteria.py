"""Criteria tables: a tree of sections and criteria, merged per member type."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal

from attrs import evolve, field, frozen

from .messages import Message
from .numbers import ZERO
from .rules import AdjustmentRule, Rule
from .value_object import ValueObject

__all__ = ["CriteriaTable", "Criterion", "Indicator", "Node", "Section", "Unread"]


def _types(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(keys)


@frozen
class Indicator(ValueObject):
    """A figure a member reports (e.g. new cooperatives founded), with its label and unit."""

    key: str
    label: str
    label_en: str = ""
    unit: str = ""
    integer: bool = False


@frozen
class Criterion(ValueObject):
    """A leaf of the table: a stable code, a title, its maximum and the rule that scores it."""

    code: str
    title: str
    max_points: Decimal
    rule: Rule
    title_en: str = ""
    applies_to: frozenset[str] = field(factory=frozenset, converter=_types)
    evidence: str = ""

    @property
    def is_adjustment(self) -> bool:
        """Bonus/deduction criteria sit outside the table's nominal total."""
        return isinstance(self.rule, AdjustmentRule)

    @property
    def lowest(self) -> Decimal:
        return self.rule.floor if isinstance(self.rule, AdjustmentRule) else ZERO

    @property
    def highest(self) -> Decimal:
        return self.rule.ceiling if isinstance(self.rule, AdjustmentRule) else self.max_points

    @property
    def nominal(self) -> Decimal:
        return ZERO if self.is_adjustment else self.max_points

    def applies(self, type_key: str) -> bool:
        return not self.applies_to or type_key in self.applies_to


@frozen
class Section(ValueObject):
    """A group of criteria (or sub-sections); its points are the sum of its children.

    A ``per_type`` section is a slot that each association type fills with its own
    core-task criteria (from its plugin); :meth:`CriteriaTable.for_type` fills it.
    """

    code: str
    title: str
    children: tuple[Node, ...] = ()
    title_en: str = ""
    applies_to: frozenset[str] = field(factory=frozenset, converter=_types)
    max_points: Decimal | None = None
    per_type: bool = False

    @property
    def nominal(self) -> Decimal:
        return sum((child.nominal for child in self.children), ZERO)

    def leaves(self) -> Iterator[Criterion]:
        for child in self.children:
            if isinstance(child, Section):
                yield from child.leaves()
            else:
                yield child

    def applies(self, type_key: str) -> bool:
        return not self.applies_to or type_key in self.applies_to

    def for_type(self, type_key: str) -> Section:
        kept = tuple(
            child.for_type(type_key) if isinstance(child, Section) else child
            for child in self.children
            if child.applies(type_key)
        )
        return evolve(self, children=kept)

    def recoded(self, prefix: str) -> Section:
        """Copy with every code prefixed by ``prefix.`` (plugin codes are local)."""
        children: list[Node] = []
        for child in self.children:
            if isinstance(child, Section):
                children.append(evolve(child.recoded(prefix), code=f"{prefix}.{child.code}"))
            else:
                children.append(evolve(child, code=f"{prefix}.{child.code}"))
        return evolve(self, children=tuple(children))


Node = Criterion | Section


@frozen
class Unread(ValueObject):
    """What a reader of a table could not read completely, so that the checks built on it
    are skipped (the reader's own message already says what to fix).

    ``sections``: codes of sections a child of which (at any depth) could not be read, so
    their sums are not checked; ``codes``: codes of criteria and sections read in part;
    ``code_lost``: a criterion or section whose code itself could not be read;
    ``indicators``: keys of indicators declared by an entry read in part;
    ``indicator_lost``: an indicator whose key itself could not be read (or was declared
    twice). When a code or key is lost, any unknown one may be the one meant.
    """

    sections: frozenset[str] = frozenset()
    codes: frozenset[str] = frozenset()
    code_lost: bool = False
    indicators: frozenset[str] = frozenset()
    indicator_lost: bool = False

    def declares(self, key: str) -> bool:
        """Whether indicator ``key`` may be declared by what could not be read."""
        return self.indicator_lost or key in self.indicators

    def holds(self, code: str) -> bool:
        """Whether ``code`` may be the code of what could not be read."""
        return self.code_lost or code in self.codes

    @property
    def lost_criteria(self) -> bool:
        """Whether some criterion may be missing from what was read."""
        return self.code_lost or bool(self.codes) or bool(self.sections)


@frozen
class CriteriaTable(ValueObject):
    """The campaign's table: top-level sections and the indicators its rules read."""

    sections: tuple[Section, ...]
    indicators: Mapping[str, Indicator] = field(factory=dict)

    @property
    def nominal(self) -> Decimal:
        """Nominal total (bonus/deduction criteria excluded), usually 100."""
        return sum((s.nominal for s in self.sections), ZERO)

    def leaves(self) -> Iterator[Criterion]:
        for section in self.sections:
            yield from section.leaves()

    def find(self, code: str) -> Criterion | None:
        return next((c for c in self.leaves() if c.code == code), None)

    def per_type_slots(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.per_type)

    def for_type(self, type_key: str, type_section: Section | None,
                 type_indicators: Mapping[str, Indicator] | None = None) -> CriteriaTable:
        """The table a member of ``type_key`` is scored on.

        Common criteria that apply to the type are kept; each ``per_type`` slot is filled
        with ``type_section``'s criteria, recoded under the slot's code.
        """
        sections = []
        for section in self.sections:
            if not section.applies(type_key):
                continue
            if section.per_type:
                own = type_section.recoded(section.code).children if type_section else ()
                sections.append(evolve(section, children=own))
            else:
                sections.append(section.for_type(type_key))
        indicators = {**self.indicators, **(type_indicators or {})}
        return CriteriaTable(tuple(sections), indicators)

    def check(self) -> list[tuple[str, str]]:
        """Structural problems as ``(code, message)`` in English (see
        :meth:`check_messages`)."""
        return [(code, message.text("en")) for code, message in self.check_messages()]

    def check_messages(self, unread: Unread | None = None) -> list[tuple[str, Message]]:
        """Structural problems as ``(code, catalog message)``: duplicate codes, bad maxima,
        sums, undeclared indicators; the sums and indicators that depend on what a reader
        could not read (``unread``) are not checked."""
        unread = unread or Unread()
        problems: list[tuple[str, Message]] = []
        seen: set[str] = set()

        def visit(node: Node) -> None:
            if node.code in seen:
                problems.append((node.code, Message("table.code_twice")))
            seen.add(node.code)
            if isinstance(node, Section):
                if node.max_points is not None and not node.per_type \
                        and node.code not in unread.sections \
                        and node.nominal != node.max_points:
                    problems.append((node.code, Message("table.sum", {
                        "nominal": str(node.nominal), "max": str(node.max_points)})))
                for child in node.children:
                    visit(child)
                return
            if node.max_points < 0:
                problems.append((node.code, Message("table.negative_max")))
            rule = node.rule
            if isinstance(rule, AdjustmentRule) and rule.floor > rule.ceiling:
                problems.append((node.code, Message("table.floor_above")))
            for key in sorted(rule.indicators - set(self.indicators)):
                if unread.declares(key):
                    continue
                problems.append((node.code, Message("table.undeclared", {"key": repr(key)})))

        for section in self.sections:
            visit(section)
        return problems
