"""What the criteria editor's table and its line of checks show, from the working copy:
one row per section and criterion with its maximum (a section's criteria against the
maximum it declares), then the indicators the table declares, and the sums checked live.
Rows are keyed by the node's path, an indicator's by ``ind:`` and its key."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from rich.text import Text

from emulation_core import (
    AdjustmentRule,
    Criterion,
    Indicator,
    PluginRegistry,
    Section,
    printable,
    vi_sort_key,
)

from .. import fmt
from ..criteria_draft import Draft, NodePath, section_sums
from ..i18n import pick, t
from ..widgets.table import Col, Row

__all__ = ["INDICATORS", "ROOT", "checks_text", "editor_columns", "editor_rows",
           "indicator_cells", "indicator_key", "node_cells", "root_cells", "row_key",
           "row_path", "slot_mismatches", "type_sums"]

ROOT = "root"
"""The key of the table's first row: the whole table against its scale."""
INDICATORS = "indicators"
"""The key of the heading row above the indicators."""
_INDICATOR = "ind:"


def row_key(path: NodePath) -> str:
    return ".".join(map(str, path))


def indicator_key(row: str) -> str | None:
    """The indicator key of an indicator's row, else None."""
    return row.removeprefix(_INDICATOR) if row.startswith(_INDICATOR) else None


def row_path(key: str) -> NodePath | None:
    """The path of the row ``key``; None for the root row, the indicators' heading and an
    indicator's row."""
    if key in (ROOT, INDICATORS) or key.startswith(_INDICATOR):
        return None
    return tuple(int(p) for p in key.split("."))


def editor_columns() -> list[Col]:
    return [Col("code", t("col.code"), 4), Col("title", t("col.criterion"), 18, flex=True),
            Col("max", t("ce.col.max"), 6, right=True),
            Col("kind", t("ce.col.kind"), 8, drop=1)]


def _signed(value: Decimal) -> str:
    """A bound of a bonus/deduction criterion: ``+15``, ``−10``, ``0``."""
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return sign + fmt.number(abs(value))


def root_cells(draft: Draft) -> dict[str, Text]:
    total = draft.total()
    style = "green" if total == draft.scale else "yellow"
    return {"code": Text(""), "title": Text(t("ce.root"), style="bold"),
            "max": fmt.right(f"{fmt.number(total)}/{fmt.number(draft.scale)}", style),
            "kind": Text("")}


def node_cells(draft: Draft, path: NodePath, node: Section | Criterion, depth: int
               ) -> dict[str, Text]:
    """A section's or criterion's row; ``✗`` marks one with a field refused."""
    refused = path in draft.refused
    title = Text("  " * depth + ("✗ " if refused else "")
                 + printable(pick(node.title, node.title_en)),
                 style="bold red" if refused else "bold" if isinstance(node, Section)
                 else "", no_wrap=True, overflow="ellipsis")
    code = Text(printable(node.code), style="bold" if isinstance(node, Section) else "")
    if isinstance(node, Section):
        if node.per_type:
            shown = fmt.number(node.max_points) if node.max_points is not None else "–"
            return {"code": code, "title": title, "max": fmt.right(shown),
                    "kind": Text(t("ce.per_type"), style="dim italic")}
        total = fmt.number(node.nominal)
        if node.max_points is None:
            return {"code": code, "title": title, "max": fmt.right(total), "kind": Text("")}
        good = node.nominal == node.max_points
        return {"code": code, "title": title,
                "max": fmt.right(f"{total}/{fmt.number(node.max_points)}",
                                 "green" if good else "bold red"), "kind": Text("")}
    rule = node.rule
    maximum = f"{_signed(rule.floor)}…{_signed(rule.ceiling)}" \
        if isinstance(rule, AdjustmentRule) else fmt.number(node.max_points)
    return {"code": code, "title": title, "max": fmt.right(maximum),
            "kind": Text(t(f"ce.kind.{rule.kind}"), style="dim")}


def indicator_cells(draft: Draft, indicator: Indicator) -> dict[str, Text]:
    """An indicator's row: its label and unit, then its key (``✗``: a field refused)."""
    refused = indicator.key in draft.refused_indicators
    label = pick(indicator.label, indicator.label_en)
    title = Text("  " + ("✗ " if refused else "") + printable(label),
                 style="bold red" if refused else "", no_wrap=True, overflow="ellipsis")
    if indicator.unit:
        title.append(printable(f" ({indicator.unit})"))
    title.append(printable(f" · {indicator.key}"), style="dim")
    return {"code": Text(""), "title": title, "max": Text(""),
            "kind": Text(t("ce.ind.whole") if indicator.integer else "", style="dim")}


def editor_rows(draft: Draft) -> list[Row]:
    rows: list[Row] = [(ROOT, root_cells(draft))]
    rows += [(row_key(path), node_cells(draft, path, node, depth))
             for path, node, depth in draft.rows()]
    indicators = draft.table.indicators
    if indicators:
        rows.append((INDICATORS, {
            "code": Text(""), "max": Text(""), "kind": Text(""),
            "title": Text(t("ce.ind.heading", count=len(indicators)), style="bold")}))
        rows += [(_INDICATOR + key, indicator_cells(draft, ind))
                 for key, ind in indicators.items()]
    return rows


def type_sums(registry: PluginRegistry, types: Iterable[str]) -> dict[str, Decimal]:
    """The total of each association type in ``types`` (those the bloc's units have) by
    its name: what each brings to a per-type slot."""
    found = {}
    for type_key in types:
        plugin = registry.get(type_key)
        if plugin is not None:
            found[fmt.type_name(registry, type_key)] = plugin.section.nominal
    return found


def slot_mismatches(draft: Draft, type_sums: Mapping[str, Decimal]
                    ) -> list[tuple[str, str, Decimal, Decimal]]:
    """Per-type slots whose maximum an association type's criteria do not add up to:
    ``(slot code, type, the type's total, the slot's maximum)``; ``type_sums`` gives the
    total of each type the bloc's units have (by its name)."""
    return [(slot.code, name, total, slot.max_points)
            for slot in draft.table.per_type_slots() if slot.max_points is not None
            for name, total in sorted(type_sums.items(), key=lambda item: vi_sort_key(item[0]))
            if total != slot.max_points]


def checks_text(draft: Draft, in_use: int,
                type_sums: Mapping[str, Decimal] | None = None) -> Text:
    """The live line: the table's total against the scale, the sections whose criteria do
    not add up to their maximum, the per-type slots an association type's criteria do not
    fill (``type_sums``: each type's total, by its name), fields refused, saved or not, and
    how many saved reports use the table (``in_use``: a change to points then asks for a
    reason)."""
    total, scale = draft.total(), draft.scale
    text = Text(t("ce.check.total", total=fmt.number(total), scale=fmt.number(scale)))
    if total == scale:
        text.append(" ✓", style="green")
    else:
        word = "ce.check.short" if total < scale else "ce.check.over"
        text.append(" " + t(word, diff=fmt.number(abs(scale - total))), style="yellow")
    wrong = [s for s in section_sums(draft.table) if not s.matches]
    for check in wrong:
        text.append(" · ")
        text.append(t("ce.check.section", code=printable(check.code),
                      total=fmt.number(check.total), max=fmt.number(check.maximum)),
                    style="bold red")
    grouped: dict[tuple[str, Decimal, Decimal], list[str]] = {}
    for code, name, type_total, maximum in slot_mismatches(draft, type_sums or {}):
        grouped.setdefault((code, type_total, maximum), []).append(name)
    for (code, type_total, maximum), names in grouped.items():  # types of one total: once
        text.append(" · ")
        text.append(t("ce.check.slot", code=printable(code), type=printable(", ".join(names)),
                      total=fmt.number(type_total), max=fmt.number(maximum)),
                    style="bold red")
    if not wrong:
        text.append(" · " + t("ce.check.sections_ok"), style="green")
    if draft.refused_count():
        text.append(" · ")
        text.append(t("ce.check.refused", count=draft.refused_count()), style="bold red")
    text.append(" · ")
    text.append(t("ce.check.unsaved") if draft.dirty else t("ce.check.saved"),
                style="yellow" if draft.dirty else "dim")
    if in_use:
        text.append(" · " + t("ce.check.in_use", count=in_use), style="dim")
    return text
