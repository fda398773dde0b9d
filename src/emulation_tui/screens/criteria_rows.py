"""What the criteria editor's table and its line of checks show, from the working copy:
one row per section and criterion with its maximum (a section's criteria against the
maximum it declares), and the sums checked live. Rows are keyed by the node's path."""

from __future__ import annotations

from decimal import Decimal

from rich.text import Text

from emulation_core import AdjustmentRule, Criterion, Section, printable

from .. import fmt
from ..criteria_draft import Draft, NodePath, section_sums
from ..i18n import pick, t
from ..widgets.table import Col, Row

__all__ = ["ROOT", "checks_text", "editor_columns", "editor_rows", "node_cells", "root_cells",
           "row_key", "row_path"]

ROOT = "root"
"""The key of the table's first row: the whole table against its scale."""


def row_key(path: NodePath) -> str:
    return ".".join(map(str, path))


def row_path(key: str) -> NodePath | None:
    """The path of the row ``key``; None for the root row."""
    return None if key == ROOT else tuple(int(p) for p in key.split("."))


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


def editor_rows(draft: Draft) -> list[Row]:
    rows: list[Row] = [(ROOT, root_cells(draft))]
    rows += [(row_key(path), node_cells(draft, path, node, depth))
             for path, node, depth in draft.rows()]
    return rows


def checks_text(draft: Draft, in_use: int) -> Text:
    """The live line: the table's total against the scale, the sections whose criteria do
    not add up to their maximum, fields refused, saved or not, and how many saved reports
    use the table (``in_use``: a change to points then asks for a reason)."""
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
    if not wrong:
        text.append(" · " + t("ce.check.sections_ok"), style="green")
    if draft.refused:
        text.append(" · ")
        text.append(t("ce.check.refused", count=len(draft.refused)), style="bold red")
    text.append(" · ")
    text.append(t("ce.check.unsaved") if draft.dirty else t("ce.check.saved"),
                style="yellow" if draft.dirty else "dim")
    if in_use:
        text.append(" · " + t("ce.check.in_use", count=in_use), style="dim")
    return text
