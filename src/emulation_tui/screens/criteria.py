"""Criteria: the campaign's table as a tree, common sections and each type's own, explained."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, VerticalScroll
from textual.widgets import Static, Tree
from textual.widgets.tree import TreeNode

from emulation_core import CriteriaTable, Criterion, Section, printable, vi_sort_key

from .. import fmt
from ..criteria_draft import table_total
from ..criteria_keep import kept_path
from ..explain import describe_rule, indicator_label
from ..i18n import pick, t
from .base import BaseScreen

__all__ = ["CriteriaScreen"]

_Data = tuple[Criterion | Section, CriteriaTable, str | None]


class CriteriaScreen(BaseScreen):
    """Browse the criteria table; the highlighted node is explained on the side."""

    CSS_PATH = "../styles/criteria.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_node", "expand", priority=True),
        Binding("e", "app.goto('criteria_edit')", "edit_criteria"),
    ]

    def compose_body(self) -> ComposeResult:
        with Container(id="main"):
            yield Tree[_Data](t("crit.root"), id="tree")
            with VerticalScroll(id="detail"):
                yield Static(id="detail-text")

    def populate(self) -> None:
        session = self.session
        campaign = session.campaign
        tree = self.query_one("#tree", Tree)
        tree.clear()
        if campaign is None:
            self.set_title(t("crit.title", campaign="–"))
            self.query_one("#detail-text", Static).update(t("campaign.none"))
            return
        table = campaign.table
        context = t("crit.nominal", total=self._scale(campaign.id, table))
        if kept_path(session.ws.path, campaign.id).is_file():
            context += " · " + t("crit.kept")  # left unsaved: the editor takes it back
        self.set_title(t("crit.title", campaign=campaign.title), context)
        tree.root.label = Text(campaign.title, style="bold")
        types = sorted({m.type for m in session.bloc.members},
                       key=lambda k: vi_sort_key(fmt.type_name(session.ws.registry, k)))
        for section in table.sections:
            if not section.per_type:
                node = tree.root.add(self._label(section), data=(section, table, None),
                                     expand=True)
                self._grow(node, section, table, None)
                continue
            slots = []
            for type_key in types:
                own = session.ws.table_for(campaign.id, type_key)
                slot = next((s for s in own.sections if s.code == section.code), None)
                if slot is not None:
                    slots.append((type_key, own, slot))
            shown = None if section.max_points is not None else \
                _span([slot.nominal for _, _, slot in slots])  # no maximum declared
            node = tree.root.add(self._label(section, shown), data=(section, table, None),
                                 expand=True)
            for type_key, own, slot in slots:
                branch = node.add(Text(fmt.type_name(session.ws.registry, type_key) +
                                       f" · {fmt.number(slot.nominal)}", style="italic"),
                                  data=(slot, own, type_key))
                self._grow(branch, slot, own, type_key)
        tree.root.expand()
        tree.focus()
        self._show(tree.cursor_node)

    def _scale(self, campaign_id: str, table: CriteriaTable) -> str:
        """The points the campaign is scored out of: each member type's table (common
        sections with the type's own criteria in the per-type slots) where they differ."""
        types = {m.type for m in self.session.bloc.members}
        totals = [table_total(self.session.ws.table_for(campaign_id, key)) for key in types]
        return _span(totals) or fmt.number(table_total(table))

    def _label(self, node: Criterion | Section, shown: str | None = None) -> Text:
        """A row of the tree; ``shown``, a per-type slot's points when it declares none."""
        title = printable(pick(node.title, node.title_en))
        if isinstance(node, Section):
            maximum = shown or fmt.number(node.max_points if node.max_points is not None
                                          else node.nominal)
            text = Text(f"{node.code} {title}", style="bold")
            text.append(f" · {maximum}" if node.nominal or node.per_type else "", style="dim")
            if node.per_type:
                text.append(f"  {t('crit.per_type')}", style="dim italic")
            return text
        text = Text(f"{node.code} {title}")
        maximum = fmt.number(node.highest) if node.is_adjustment else fmt.number(node.max_points)
        text.append(f" · {maximum}", style="dim")
        return text

    def _grow(self, node: TreeNode[_Data], section: Section, table: CriteriaTable,
                      type_key: str | None) -> None:
        for child in section.children:
            if isinstance(child, Section):
                branch = node.add(self._label(child), data=(child, table, type_key),
                                  expand=True)
                self._grow(branch, child, table, type_key)
            else:
                node.add_leaf(self._label(child), data=(child, table, type_key))

    @on(Tree.NodeHighlighted, "#tree")
    def _highlighted(self, event: Tree.NodeHighlighted[_Data]) -> None:
        self._show(event.node)

    def _show(self, node: TreeNode[_Data] | None) -> None:
        detail = self.query_one("#detail-text", Static)
        if node is None or node.data is None:
            detail.update(self._campaign_rules())
            return
        item, table, type_key = node.data
        registry = self.session.ws.registry
        text = Text()
        text.append(printable(f"{item.code} {pick(item.title, item.title_en)}") + "\n",
                    style="bold")
        if type_key:
            text.append(t("crit.of_type", type=fmt.type_name(registry, type_key)) + "\n",
                        style="italic")
        if isinstance(item, Section):
            text.append(t("crit.section_max", max=fmt.number(item.nominal),
                          count=sum(1 for _ in item.leaves())) + "\n")
            if item.per_type and type_key is None:
                text.append(t("crit.per_type_help") + "\n", style="dim")
        else:
            if item.is_adjustment:
                text.append(t("crit.adjust_range", low=fmt.number(item.lowest),
                              high=fmt.number(item.highest)) + "\n")
            else:
                text.append(t("crit.max", max=fmt.number(item.max_points)) + "\n")
            text.append(t("crit.rule", rule=printable(describe_rule(item, table.indicators)))
                        + "\n")
            for key in sorted(item.rule.indicators):
                found = table.indicators.get(key)
                unit = f" ({found.unit})" if found and found.unit else ""
                label = printable(f"{indicator_label(key, table.indicators)}{unit}")
                text.append(f"  • {label}  ", style="")
                text.append(f"[{printable(key)}]\n", style="dim")
            if item.applies_to:
                names = ", ".join(fmt.type_name(registry, k) for k in sorted(item.applies_to))
                text.append(t("crit.applies", types=names) + "\n")
            if item.evidence:
                text.append(t("crit.evidence", evidence=printable(item.evidence)) + "\n")
        detail.update(text)

    def _campaign_rules(self) -> Text:
        """The campaign's scale, rating bands, tie-break chain, ranking measure and rounding."""
        campaign = self.session.campaign
        if campaign is None:
            return Text(t("campaign.none"))
        bands = "; ".join(
            f"{pick(b.label, b.label_en)} {'≥' if b.inclusive else '>'} {fmt.number(b.minimum)}"
            for b in sorted(campaign.bands, key=lambda b: b.minimum, reverse=True))
        ties = t("crit.then").join(fmt.tie_break(k) for k in campaign.tie_break) \
            or t("crit.no_tie_break")
        text = Text()
        text.append(campaign.title + "\n", style="bold")
        text.append(t("crit.scale", total=self._scale(campaign.id, campaign.table)) + "\n")
        text.append(t("crit.bands", bands=bands) + "\n")
        text.append(t("crit.ties", ties=ties) + "\n")
        text.append(t(f"crit.rank_by.{campaign.rank_by.value}") + "\n")
        text.append(t("crit.precision", precision=fmt.number(campaign.precision)) + "\n")
        text.append(t("crit.hint"), style="dim")
        return text

    def action_toggle_node(self) -> None:
        node = self.query_one("#tree", Tree).cursor_node
        if node is not None and node.allow_expand:
            node.toggle()


def _span(points: list[Decimal]) -> str | None:
    """``50``, or ``40–50`` when the figures differ; None for none."""
    if not points:
        return None
    low, high = min(points), max(points)
    return fmt.number(low) if low == high else f"{fmt.number(low)}–{fmt.number(high)}"
