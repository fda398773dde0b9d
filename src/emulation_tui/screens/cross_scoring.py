"""The cross-scoring screen (chấm chéo): who scores whom, the aggregates side by side and the
one that counts, the scorer flags, what is left out and why, and one scorer's table.

Every change goes through a form (``a`` assign, ``c`` enter or abstain, ``r`` recuse, ``x``
remove a scorer, ``s`` the setting), saved at once through the library and recorded; ``f``
writes every scorer's XLSX form, ``i`` reads filled ones back.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from rich.console import RenderableType
from rich.text import Text
from textual.binding import Binding, BindingType

from emulation_core import Aggregate, CrossSheets, cross_sheets, format_number, printable

from .. import fmt
from ..i18n import language, t
from ..session import Session
from .cross_forms import AssignForm, CrossSettingForm, RecuseForm, RemoveScorerForm
from .deliberation_forms import CrossScoreForm
from .deliberation_view import DeliberationView, Section, table

__all__ = ["CrossScoringScreen", "aggregate_heads"]


def aggregate_heads(counting: Aggregate) -> list[str]:
    """The aggregates' column heads, the one that counts marked ★."""
    return [t(f"agg.{m.value}") + (" ★" if m is counting else "") for m in Aggregate]


class CrossScoringScreen(DeliberationView):
    """Cross-scores of one campaign; ``[`` / ``]`` step through the scorers' tables."""

    TITLE_KEY = "cross.title"
    HINT_KEY = "cross.hint"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "assign", "cross_assign"),
        Binding("c", "enter_score", "cross_score"),
        Binding("r", "recuse", "cross_recuse"),
        Binding("x", "remove_scorer", "cross_remove"),
        Binding("s", "setting", "cross_setting"),
        Binding("f", "forms", "scorer_forms"),
        Binding("i", "import_forms", "import_scorer_forms"),
        Binding("right_square_bracket", "scorer(1)", "next_scorer"),
        Binding("left_square_bracket", "scorer(-1)", "prev_scorer"),
    ]

    def __init__(self, session: Session, campaign_id: str) -> None:
        super().__init__(session, campaign_id)
        self.scorer_index = 0

    def sections(self) -> list[Section]:
        view = cross_sheets(self.ws, self.campaign_id)
        return [("", lambda: self._setting(view)),
                (t("cross.aggregates"), lambda: self._aggregates(view)),
                (t("cross.flags"), lambda: self._flags(view)),
                (t("cross.apart"), lambda: self._apart(view)),
                (self._scorer_title(view), lambda: self._scorer_table(view))]

    # -- sections ---------------------------------------------------------------------
    def _setting(self, view: CrossSheets) -> RenderableType:
        settings = view.results.cross.settings
        mode = t(f"cross.mode.{settings.mode.value}",
                 weight=format_number(settings.weight, language()))
        lines = [t("cross.setting", method=t(f"agg.name.{settings.method.value}"), mode=mode),
                 t("agg.legend")]
        assigned = view.results.cross.assigned
        pairs = sum(len(members) for members in assigned.values())
        lines.append(t("cross.assigned", scorers=len(assigned), pairs=pairs) if assigned
                     else t("cross.unassigned"))
        return Text("\n".join(lines))

    def _aggregates(self, view: CrossSheets) -> RenderableType:
        results = view.results
        names = self.names()
        found = table(t("panel.criterion"), t("panel.unit"), t("agg.count"),
                      *aggregate_heads(results.cross.settings.method), t("agg.counts"),
                      wrap=1)
        for code, cells in results.cells.items():
            for member, cell in cells.items():
                if not cell.scores:
                    continue
                counted = results.counted.get((member, code))
                found.add_row(code, names.get(member, member), str(len(cell.scores)),
                              *(fmt.points(cell.rounded[m]) if cell.rounded[m] is not None
                                else "—" for m in Aggregate),
                              fmt.points(counted) if counted is not None else "—")
        return found if found.row_count else Text(t("panel.none"))

    def _flags(self, view: CrossSheets) -> RenderableType:
        names = self.names()
        found = table(t("cross.scorer"), t("panel.criterion"), t("cross.kind"),
                      t("cross.amount"))
        for flag in view.results.flags:
            found.add_row(names.get(flag.scorer, flag.scorer), flag.code,
                          t(f"cross.flag.{flag.kind}"),
                          fmt.points(Decimal(flag.amount.numerator)
                                     / Decimal(flag.amount.denominator)))
        return found if found.row_count else Text(t("panel.none"))

    def _apart(self, view: CrossSheets) -> RenderableType:
        names = self.names()
        cross = view.results.cross
        found = table(t("cross.scorer"), t("panel.unit"), t("panel.criterion"),
                      t("cross.kind"), t("cross.reason"))
        for entry in cross.current().values():
            if entry.points is None:
                found.add_row(names.get(entry.scorer, entry.scorer),
                              names.get(entry.member, entry.member), entry.code,
                              t("cross.apart.abstained"), printable(entry.abstain))
        for recusal in cross.recusals:
            found.add_row(names.get(recusal.scorer, recusal.scorer),
                          names.get(recusal.member, recusal.member), "",
                          t("cross.apart.recused"), printable(recusal.reason))
        for removal in cross.removals:
            found.add_row(names.get(removal.scorer, removal.scorer), "", "",
                          t("cross.apart.removed"), printable(removal.reason))
        return found if found.row_count else Text(t("panel.none"))

    def _scorer(self, view: CrossSheets) -> str | None:
        if not view.scorers:
            return None
        return view.scorers[self.scorer_index % len(view.scorers)]

    def _scorer_title(self, view: CrossSheets) -> str:
        scorer = self._scorer(view)
        if scorer is None:
            return ""
        title = t("cross.per_scorer", scorer=self.names().get(scorer, scorer),
                  index=self.scorer_index % len(view.scorers) + 1, count=len(view.scorers))
        removal = next((r for r in view.results.cross.removals if r.scorer == scorer), None)
        if removal is not None:
            title += " · " + t("cross.scorer_removed", reason=printable(removal.reason))
        return title

    def _scorer_table(self, view: CrossSheets) -> RenderableType:
        scorer = self._scorer(view)
        if scorer is None:
            return Text("")
        names = self.names()
        found = table(t("panel.unit"), t("panel.criterion"), t("cross.points"),
                      t("cross.state"))
        for row in view.sheet(scorer):
            style = "" if row.state == "counted" else "dim"
            found.add_row(names.get(row.member, row.member), row.code,
                          fmt.points(row.points) if row.points is not None else "—",
                          Text(t(f"cross.state.{row.state}")
                               + (f": {printable(row.reason)}" if row.reason else ""),
                               style=style))
        return found if found.row_count else Text(t("panel.none"))

    # -- actions ----------------------------------------------------------------------
    def action_scorer(self, step: int) -> None:
        self.scorer_index += step
        self.redraw()

    def _current_scorer(self) -> str | None:
        try:
            return self._scorer(cross_sheets(self.ws, self.campaign_id))
        except Exception:
            return None

    def action_assign(self) -> None:
        self.open_form(AssignForm(self.session, self.campaign_id))

    def action_enter_score(self) -> None:
        self.open_form(CrossScoreForm(self.session, self.campaign_id, self._current_scorer()))

    def action_recuse(self) -> None:
        self.open_form(RecuseForm(self.session, self.campaign_id, self._current_scorer()))

    def action_remove_scorer(self) -> None:
        self.open_form(RemoveScorerForm(self.session, self.campaign_id, self._current_scorer()))

    def action_setting(self) -> None:
        self.open_form(CrossSettingForm(self.session, self.campaign_id))

    def action_forms(self) -> None:
        """Every scorer's form written to ``exports/`` (to send out and fill in)."""
        from .forms_dialog import FormsWritten

        self.app.push_screen(FormsWritten(self.session, self.campaign_id, "scorers"))

    def action_import_forms(self) -> None:
        """The scorers' filled forms read back; the screen draws what they entered."""
        from .forms_dialog import ScorerFormsImport

        self.app.push_screen(ScorerFormsImport(self.session, self.campaign_id),
                             lambda _: self.redraw())
