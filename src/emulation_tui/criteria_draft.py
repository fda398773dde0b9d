"""The criteria editor's working copy of a campaign's table: the rows it shows, adding,
changing and removing sections and criteria, undo, the texts of fields still refused, and
the sum checks that follow every change. Nothing here imports Textual.

A node is addressed by its path: the indexes from the table's sections down to it
(``(1, 0)`` is the first child of the second section), so a code can be edited freely. An
indicator the table declares is addressed by its key (its label, English label, unit and
whether it is counted in whole numbers are edited; the key is what reports hold).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal

from attrs import evolve, frozen

from emulation_core import CriteriaTable, Criterion, Indicator, JudgedRule, Section

__all__ = ["Draft", "NodePath", "SectionSum", "scale_of", "section_sums", "table_total"]

NodePath = tuple[int, ...]
Node = Criterion | Section
Texts = Mapping[str, str]

_UNDO_LIMIT = 200
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
          "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX")
_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")


def table_total(table: CriteriaTable) -> Decimal:
    """The table's nominal total, a per-type slot counted at the maximum it declares."""
    return sum((s.max_points if s.per_type and s.max_points is not None else s.nominal
                for s in table.sections), Decimal(0))


def scale_of(total: Decimal) -> Decimal:
    """The scale a table of ``total`` points is most likely meant to reach: 100, or 1 000
    (or the total itself) when it is larger."""
    for scale in (Decimal(100), Decimal(1000)):
        if total <= scale:
            return scale
    return total


@frozen
class SectionSum:
    """A section that declares its maximum, and what its criteria add up to."""

    code: str
    total: Decimal
    maximum: Decimal

    @property
    def matches(self) -> bool:
        return self.total == self.maximum


def section_sums(table: CriteriaTable) -> list[SectionSum]:
    """Every section (sub-sections too) that declares a maximum, per-type slots left out
    (their criteria come from each association type)."""
    found = []
    stack: list[Section] = list(table.sections)
    while stack:
        section = stack.pop(0)
        if section.max_points is not None and not section.per_type:
            found.append(SectionSum(section.code, section.nominal, section.max_points))
        stack[:0] = [c for c in section.children if isinstance(c, Section)]
    return found


def _rows(nodes: tuple[Node, ...], path: NodePath, depth: int
          ) -> Iterator[tuple[NodePath, Node, int]]:
    for index, node in enumerate(nodes):
        here = (*path, index)
        yield here, node, depth
        if isinstance(node, Section):
            yield from _rows(node.children, here, depth + 1)


def _replaced(nodes: tuple[Node, ...], path: NodePath, node: Node | None,
              insert: bool = False) -> tuple[Node, ...]:
    """``nodes`` with the node at ``path`` replaced by ``node`` (removed when None; with
    ``insert``, ``node`` goes in before it)."""
    head, rest = path[0], path[1:]
    if rest:
        parent = nodes[head]
        assert isinstance(parent, Section)
        changed = evolve(parent, children=_replaced(parent.children, rest, node, insert))
        return (*nodes[:head], changed, *nodes[head + 1:])
    if insert:
        assert node is not None
        return (*nodes[:head], node, *nodes[head:])
    return (*nodes[:head], *((node,) if node is not None else ()), *nodes[head + 1:])


def _top(nodes: tuple[Node, ...]) -> tuple[Section, ...]:
    """A table's sections (only sections are ever put at the top)."""
    sections = tuple(n for n in nodes if isinstance(n, Section))
    assert len(sections) == len(nodes)
    return sections


def _next_code(previous: str, parent: str, used: set[str]) -> str:
    """A code after ``previous`` (``II.2`` → ``II.3``), or the first under ``parent``."""
    match = _TRAILING_NUMBER.match(previous) if previous else None
    stem, number = (match.group(1), int(match.group(2))) if match else (f"{parent}.", 0)
    if not match and not parent:
        stem = ""
    while True:
        number += 1
        code = f"{stem}{number}"
        if code not in used:
            return code


def _next_section_code(previous: str, used: set[str]) -> str:
    if previous in _ROMAN:
        for code in _ROMAN[_ROMAN.index(previous) + 1:]:
            if code not in used:
                return code
    return _next_code(previous if _TRAILING_NUMBER.match(previous) else "", "", used)


@frozen
class _Step:
    table: CriteriaTable
    refused: Mapping[NodePath, Mapping[str, str]]
    refused_indicators: Mapping[str, Mapping[str, str]]


class Draft:
    """The table being edited, from ``saved`` (the campaign's table as saved)."""

    def __init__(self, campaign: str, saved: CriteriaTable) -> None:
        self.campaign = campaign
        self.saved = saved
        self.table = saved
        self.scale = scale_of(table_total(saved))
        self.refused: dict[NodePath, dict[str, str]] = {}
        """Per node, the texts of its fields while one of them is refused: kept as typed
        until it is put right, while the table keeps the node's last good form."""
        self.refused_indicators: dict[str, dict[str, str]] = {}
        """The same per indicator key (an empty label)."""
        self._undo: list[_Step] = []
        self._group: tuple[object, str] | None = None

    # -- reading ----------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.table != self.saved or bool(self.refused or self.refused_indicators)

    def refused_count(self) -> int:
        return len(self.refused) + len(self.refused_indicators)

    def rows(self) -> list[tuple[NodePath, Node, int]]:
        """Every section and criterion in table order: path, node, depth."""
        return list(_rows(self.table.sections, (), 0))

    def node(self, path: NodePath) -> Node:
        nodes: tuple[Node, ...] = self.table.sections
        found: Node | None = None
        for index in path:
            found = nodes[index]
            nodes = found.children if isinstance(found, Section) else ()
        assert found is not None
        return found

    def codes(self, besides: NodePath | None = None) -> dict[str, NodePath]:
        """Code → path of every node (but the one at ``besides``)."""
        return {node.code: path for path, node, _ in self.rows() if path != besides}

    def total(self) -> Decimal:
        return table_total(self.table)

    # -- changing ---------------------------------------------------------------------
    def put(self, path: NodePath, node: Node, field: str,
            indicators: Mapping[str, Indicator] | None = None) -> None:
        """Take ``node`` (its field ``field`` just edited) at ``path``; indicators its rule
        reads that the table lacks are declared from ``indicators``. Keystrokes in one
        field make one undo step."""
        self._remember((path, field))
        table = evolve(self.table, sections=_top(_replaced(self.table.sections, path, node)))
        self.table = self._declaring(table, indicators or {})
        self.refused.pop(path, None)
        self._prune()

    def _prune(self) -> None:
        """Forget the refused texts of indicators the table no longer declares."""
        for key in [k for k in self.refused_indicators if k not in self.table.indicators]:
            del self.refused_indicators[key]

    def _declaring(self, table: CriteriaTable, new: Mapping[str, Indicator]
                   ) -> CriteriaTable:
        """``table`` declaring ``new`` too, and no indicator the editor declared that no
        rule reads any more (an indicator key typed letter by letter declares each prefix
        on the way); those the saved table declares stay, reports may hold them."""
        read = {key for leaf in table.leaves() for key in leaf.rule.indicators}
        kept = {k: v for k, v in {**table.indicators, **new}.items()
                if k in read or k in self.saved.indicators}
        return table if kept == table.indicators else evolve(table, indicators=kept)

    def put_indicator(self, indicator: Indicator, field: str) -> None:
        """Take ``indicator`` (its field ``field`` just edited) in place of the one of its
        key; keystrokes in one field make one undo step."""
        self._remember((("indicator", indicator.key), field))
        indicators = {k: indicator if k == indicator.key else v
                      for k, v in self.table.indicators.items()}
        self.table = evolve(self.table, indicators=indicators)
        self.refused_indicators.pop(indicator.key, None)

    def refuse_indicator(self, key: str, field: str, texts: Texts) -> None:
        """Keep the texts of an indicator's fields, one of them refused."""
        self._remember((("indicator", key), field))
        self.refused_indicators[key] = dict(texts)

    def can_move(self, path: NodePath, step: int) -> bool:
        """Whether the node at ``path`` has a sibling ``step`` (-1 or 1) places away."""
        siblings = self.table.sections if len(path) == 1 else \
            self._children(path[:-1])
        return 0 <= path[-1] + step < len(siblings)

    def _children(self, path: NodePath) -> tuple[Node, ...]:
        parent = self.node(path)
        assert isinstance(parent, Section)
        return parent.children

    def crossing(self, path: NodePath, step: int) -> NodePath | None:
        """Where a criterion at the first (``step`` -1) or last (1) place of its section
        goes when moved on: the section before or after its own, in table order, that takes
        criteria (a per-type slot does not); None for a section, or at the table's edge."""
        if not isinstance(self.node(path), Criterion):
            return None
        sections = [p for p, node, _ in self.rows()
                    if isinstance(node, Section) and not node.per_type]
        index = sections.index(path[:-1]) + step
        return sections[index] if 0 <= index < len(sections) else None

    def move(self, path: NodePath, step: int) -> NodePath:
        """Swap the node at ``path`` with its sibling ``step`` (-1 up, 1 down) places away,
        within its section (a section among the table's sections); its new path. Past the
        first or last sibling a criterion goes on to the section before (last in it) or
        after (first in it), coded as ``a`` codes a new one there (:meth:`crossing`);
        anything else is refused (ValueError) there."""
        if not self.can_move(path, step):
            target = self.crossing(path, step)
            if target is None:
                raise ValueError("edge")
            return self._move_across(path, target, step)
        here, there = path, (*path[:-1], path[-1] + step)
        node, other = self.node(here), self.node(there)
        self._remember(None)
        sections = _replaced(self.table.sections, here, other)
        self.table = evolve(self.table, sections=_top(_replaced(sections, there, node)))
        depth = len(path)
        swapped = {}
        for p, texts in self.refused.items():
            if p[:depth] == here:
                p = (*there, *p[depth:])
            elif p[:depth] == there:
                p = (*here, *p[depth:])
            swapped[p] = texts
        self.refused = swapped
        return there

    def _move_across(self, path: NodePath, target: NodePath, step: int) -> NodePath:
        node = self.node(path)
        self._remember(None)
        sections = _replaced(self.table.sections, path, None)
        target = _shifted(target, path, -1)
        self.table = evolve(self.table, sections=_top(sections))
        children = self._children(target)
        last = next((c.code for c in reversed(children) if isinstance(c, Criterion)), "")
        code = _next_code(last, self.node(target).code, set(self.codes()))
        there = (*target, len(children) if step < 0 else 0)
        self.table = evolve(self.table, sections=_top(_replaced(
            self.table.sections, there, evolve(node, code=code), insert=True)))
        kept = self.refused.pop(path, None)
        self.refused = {_shifted(_shifted(p, path, -1), there, 1): texts
                        for p, texts in self.refused.items()}
        if kept is not None:
            self.refused[there] = {**kept, "code": code}
        return there

    def refuse(self, path: NodePath, field: str, texts: Texts) -> None:
        """Keep the texts of the node's fields, one of them refused (the table keeps the
        node's last good form)."""
        self._remember((path, field))
        self.refused[path] = dict(texts)

    def add_criterion(self, path: NodePath, title: str) -> NodePath:
        """A new judged criterion worth 0: last in the section at ``path``, or after the
        criterion at ``path``. Refused (ValueError) in a per-type slot."""
        here = self.node(path)
        if isinstance(here, Section):
            if here.per_type:
                raise ValueError("per_type")
            where = (*path, len(here.children))
            parent, previous = here, here.children[-1].code if here.children else ""
        else:
            where = (*path[:-1], path[-1] + 1)
            parent_node = self.node(path[:-1])
            assert isinstance(parent_node, Section)
            parent, previous = parent_node, here.code
        code = _next_code(previous, parent.code, set(self.codes()))
        self._insert(where, Criterion(code, title, Decimal(0), JudgedRule(Decimal("0.25"))))
        return where

    def add_section(self, path: NodePath | None, title: str, *, inside: bool = False
                    ) -> NodePath:
        """A new empty section: after the top-level section holding ``path`` (first when
        None), or with ``inside`` last in the section at ``path``."""
        used = set(self.codes())
        if inside and path is not None:
            parent = self.node(path)
            if not isinstance(parent, Section) or parent.per_type:
                raise ValueError("per_type")
            where = (*path, len(parent.children))
            last = next((c.code for c in reversed(parent.children)
                         if isinstance(c, Section)), "")
            code = _next_code(last, parent.code, used)
        else:
            index = path[0] + 1 if path else len(self.table.sections)
            previous = self.table.sections[index - 1].code if index else ""
            where = (index,)
            code = _next_section_code(previous, used)
        self._insert(where, Section(code, title))
        return where

    def remove(self, path: NodePath) -> Node:
        node = self.node(path)
        self._remember(None)
        self.table = self._declaring(evolve(self.table, sections=_top(
            _replaced(self.table.sections, path, None))), {})
        self.refused = {_shifted(p, path, -1): texts for p, texts in self.refused.items()
                        if p[:len(path)] != path}
        self._prune()
        return node

    def _insert(self, path: NodePath, node: Node) -> None:
        self._remember(None)
        self.table = evolve(self.table, sections=_top(_replaced(self.table.sections, path,
                                                                node, insert=True)))
        self.refused = {_shifted(p, path, 1): texts for p, texts in self.refused.items()}

    def take_kept(self, table: CriteriaTable, scale: Decimal,
                  refused: Mapping[NodePath, Mapping[str, str]],
                  refused_indicators: Mapping[str, Mapping[str, str]]) -> None:
        """Take back a copy kept when the app was left with it unsaved (one undo step)."""
        self._remember(None)
        self.table, self.scale = table, scale
        self.refused = {p: dict(t) for p, t in refused.items()}
        self.refused_indicators = {k: dict(t) for k, t in refused_indicators.items()
                                   if k in table.indicators}

    def saved_as(self, table: CriteriaTable) -> None:
        """The table was saved: it is the one to compare with from now on."""
        self.saved = table

    # -- undo -------------------------------------------------------------------------
    def _remember(self, group: tuple[object, str] | None) -> None:
        if group is None or group != self._group:
            self._undo.append(_Step(
                self.table, {p: dict(t) for p, t in self.refused.items()},
                {k: dict(t) for k, t in self.refused_indicators.items()}))
            del self._undo[:-_UNDO_LIMIT]
        self._group = group

    def undo(self) -> bool:
        """Go back one step (a field's run of keystrokes, an addition, a removal)."""
        if not self._undo:
            return False
        step = self._undo.pop()
        self.table = step.table
        self.refused = {p: dict(t) for p, t in step.refused.items()}
        self.refused_indicators = {k: dict(t) for k, t in step.refused_indicators.items()}
        self._group = None
        return True

    def break_group(self) -> None:
        self._group = None


def _shifted(path: NodePath, at: NodePath, delta: int) -> NodePath:
    """``path`` after a node was inserted (``delta`` 1) or removed (-1) at ``at``."""
    depth = len(at) - 1
    if len(path) > depth and path[:depth] == at[:depth] and path[depth] >= at[depth]:
        return (*path[:depth], path[depth] + delta, *path[depth + 1:])
    return path
