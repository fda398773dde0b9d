"""The campaign form: create a campaign, empty or rolled over from an earlier one, or change
the settings of one.

What the form can tell by itself (an empty title, a date or number it cannot read, dates in
the wrong order, an id in use) is said next to the field in the interface language; then
the library checks the campaign as opening does (:func:`emulation_core.new_campaign`,
:func:`emulation_core.edit_campaign`), records the change, and what it refuses is shown
next to the field it names. Nothing is written until every check passes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, ClassVar

from attrs import evolve
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Checkbox, Input, Select, Static

from emulation_core import (
    DEFAULT_BANDS,
    Campaign,
    CampaignPlan,
    Change,
    CriteriaTable,
    DateError,
    PeriodKind,
    RankBy,
    RatingBand,
    Section,
    Workspace,
    edit_campaign,
    is_safe_id,
    new_campaign,
    read_date,
)

from .. import fmt
from ..entry import read_typed, typed_text
from ..i18n import pick, t
from ..session import Session
from ..widgets.toggles import TickBox
from .form import FormScreen, closing_lines, field_row

__all__ = ["EMPTY", "PER_TYPE", "CampaignForm", "per_type_table"]

EMPTY = "-"
"""The "start from an empty table" choice of the roll-over field."""
PER_TYPE = "+"
"""The "start from each association type's own criteria" choice of the roll-over field."""


def per_type_table() -> CriteriaTable:
    """A table of one section that each unit's association type fills with its own criteria
    (the common sections are added later in the criteria editor)."""
    return CriteriaTable((Section("1", "Thực hiện nhiệm vụ chuyên môn", title_en="Core tasks",
                                  per_type=True),))

_DATES = ("start", "end", "deadline")


def _following(base: Campaign) -> tuple[PeriodKind, int]:
    """The period and year a campaign rolled over from ``base`` most likely covers: the
    year-end review after a mid-year one, the next mid-year review after a year-end one."""
    if base.period is PeriodKind.MID_YEAR:
        return PeriodKind.YEAR_END, base.year
    if base.period is PeriodKind.YEAR_END:
        return PeriodKind.MID_YEAR, base.year + 1
    return base.period, base.year + 1


def _band_names(bands: tuple[RatingBand, ...]) -> str:
    return "; ".join(pick(b.short, b.label_en) for b in bands)


def _band_minima(bands: tuple[RatingBand, ...]) -> str:
    return "; ".join(typed_text(b.minimum) for b in bands)


def _has_targets(campaign: Campaign) -> bool:
    return any(campaign.targets.values()) or any(campaign.no_target.values())


class CampaignForm(FormScreen[str]):
    """Dismisses with the id of the campaign created or changed (None: cancelled).

    ``campaign`` given: its settings are edited. Otherwise a new campaign is made, rolled
    over from ``source`` when given (the choice can be changed in the form).
    """

    FIELDS: ClassVar[Mapping[str, str]] = {
        "id": "campaign-id", "title": "title", "period": "period", "year": "year",
        "start": "start", "end": "end", "deadline": "deadline", "precision": "precision",
        "rank_by": "rank-by", "tie_break": "tie-break", "bands": "bands"}
    ID_FOLLOWS = ("title", "campaign-id")

    def __init__(self, session: Session, campaign: Campaign | None = None, *,
                 source: str | None = None) -> None:
        super().__init__(id_typed=campaign is not None)
        self.session = session
        self.campaign = campaign
        self.source = source
        self.start = source or PER_TYPE
        """What a new campaign starts from: a campaign's id, :data:`EMPTY` or :data:`PER_TYPE`."""

    # -- layout -----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        editing = self.campaign
        base = editing or self._source_campaign()
        period, year = (editing.period, editing.year) if editing else \
            _following(base) if base else (PeriodKind.MID_YEAR, self.session.today().year)
        with Vertical(classes="box form tall"):
            yield Static(Text(t("cform.edit", title=editing.title) if editing
                              else t("cform.new"), style="bold"), classes="dialog-title")
            if editing is None and not self.session.bloc.members:
                yield Static(Text(t("campaign.no_members"), style="yellow"))
            with VerticalScroll(classes="fields"):
                if editing is None:
                    sources = [(t("cform.from.empty"), EMPTY),
                               (t("cform.from.per_type"), PER_TYPE)] + [
                        (f"{c.title} ({c.id})", c.id) for c in self.session.campaigns()]
                    yield field_row(t("cform.from"), Select(
                        sources, id="from", allow_blank=False, compact=True,
                        value=self.source or PER_TYPE))
                yield field_row(t("cform.title"), _input(editing.title if editing else "",
                                                         "title"))
                yield field_row(t("cform.id"), Input(
                    editing.id if editing else "", id="campaign-id", compact=True,
                    disabled=editing is not None))
                periods = [(t(f"period.{k.value}"), k.value) for k in PeriodKind]
                yield field_row(t("cform.period"), Select(
                    periods, id="period", allow_blank=False, compact=True,
                    value=period.value))
                yield field_row(t("cform.year"), _input(str(year), "year"))
                for name in _DATES:
                    shown = fmt.date(getattr(editing, name)) if editing else ""
                    yield field_row(t(f"cform.{name}"),
                                    _input(shown, name, t("cform.date.placeholder")))
                yield field_row(t("cform.precision"), _input(
                    typed_text(base.precision) if base else "0,01", "precision"))
                yield field_row(t("cform.rank_by"), Select(
                    [(t(f"cform.rank_by.{k.value}"), k.value) for k in RankBy], id="rank-by",
                    allow_blank=False, compact=True,
                    value=(base.rank_by if base else RankBy.TOTAL).value))
                chain = ", ".join(base.tie_break) if base else ""
                yield field_row(t("cform.tie_break"), _input(chain, "tie-break",
                                                             t("cform.tie_break.example")))
                yield Static(_tie_words(chain), id="tie-words", classes="field-note")
                bands = base.bands if base else DEFAULT_BANDS
                yield field_row(t("cform.bands"), _input(_band_minima(bands), "bands"))
                yield Static(Text(t("cform.bands.names", names=_band_names(bands)),
                                  style="dim"), id="band-names", classes="field-note")
                if editing is None:
                    yield TickBox(t("cform.copy_targets"), id="copy-targets", compact=True)
                    yield Static(id="copy-targets-note", classes="field-note")
            yield from closing_lines()

    def on_mount(self) -> None:
        if self.campaign is None:
            self._offer_copy(self._source_campaign())
        self.query_one("#title", Input).focus()

    def _offer_copy(self, base: Campaign | None) -> None:
        """"Copy targets" is offered only from a campaign that has targets to copy; the
        line under it says why not, and the box is unticked then."""
        box = self.query_one("#copy-targets", Checkbox)
        offered = base is not None and _has_targets(base)
        box.disabled = not offered
        if not offered:
            box.value = False
        why = "" if offered else t("cform.copy_targets.no_source") if base is None else \
            t("cform.copy_targets.none", title=base.title)
        self.query_one("#copy-targets-note", Static).update(Text(why, style="dim"))

    def _source_campaign(self) -> Campaign | None:
        if self.source is None or self.source not in self.session.ws.campaigns:
            return None
        return self.session.ws.campaign(self.source)

    # -- reacting ---------------------------------------------------------------------
    @on(Input.Changed, "#tie-break")
    def _tie_break_changed(self, event: Input.Changed) -> None:
        self.query_one("#tie-words", Static).update(_tie_words(event.value))

    @on(Select.Changed, "#from")
    def _source_changed(self, event: Select.Changed) -> None:
        """A campaign to roll over from brings its settings into the form."""
        self.start = str(event.value)
        self.source = None if self.start in (EMPTY, PER_TYPE) else self.start
        base = self._source_campaign()
        self._offer_copy(base)
        if base is None:
            return
        self.query_one("#precision", Input).value = typed_text(base.precision)
        self.query_one("#rank-by", Select).value = base.rank_by.value
        self.query_one("#tie-break", Input).value = ", ".join(base.tie_break)
        self.query_one("#bands", Input).value = _band_minima(base.bands)
        self.query_one("#band-names", Static).update(
            Text(t("cform.bands.names", names=_band_names(base.bands)), style="dim"))
        period, year = _following(base)
        self.query_one("#period", Select).value = period.value
        self.query_one("#year", Input).value = str(year)

    # -- saving -----------------------------------------------------------------------
    def action_submit(self) -> None:
        self.clear_errors()
        values = self._read()
        if values is None:
            return
        if self.attempt(lambda: self.session.change(lambda ws: self._save(ws, values))):
            self.dismiss(values["id"])

    def _save(self, ws: Workspace, values: dict[str, Any]) -> list[Change]:
        bands = tuple(evolve(band, minimum=minimum)
                      for band, minimum in zip(values["band_list"], values["bands"], strict=True))
        if self.campaign is not None:
            return edit_campaign(ws, evolve(
                self.campaign, title=values["title"], period=values["period"],
                year=values["year"], start=values["start"], end=values["end"],
                deadline=values["deadline"], precision=values["precision"],
                rank_by=values["rank_by"], tie_break=values["tie_break"], bands=bands))
        plan = CampaignPlan(values["id"], values["title"], values["period"], values["year"],
                            values["start"], values["end"], values["deadline"])
        table = per_type_table() if self.start == PER_TYPE else None
        return new_campaign(ws, plan, table=table, rolled_from=self.source,
                            copy_targets=values["copy_targets"],
                            precision=values["precision"], rank_by=values["rank_by"],
                            tie_break=values["tie_break"], bands=bands)

    def _text(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value.strip()

    def _read(self) -> dict[str, Any] | None:
        """What was typed, each field read; None (the problems shown) if any is refused."""
        ok = True

        def refuse(field_id: str, text: str) -> None:
            nonlocal ok
            ok = False
            self.show_error(field_id, text)

        values: dict[str, Any] = {"title": self._text("title"),
                                  "id": self._text("campaign-id")}
        if not values["title"]:
            refuse("title", t("cform.err.title"))
        if self.campaign is None:
            if not is_safe_id(values["id"]):
                refuse("campaign-id", t("form.err.id"))
            elif values["id"] in self.session.ws.campaigns:
                refuse("campaign-id", t("cform.err.id_taken", id=values["id"]))
        values["period"] = PeriodKind(str(self.query_one("#period", Select).value))
        values["rank_by"] = RankBy(str(self.query_one("#rank-by", Select).value))
        year = self._text("year")
        values["year"] = int(year) if year.isdigit() and len(year) == 4 else None
        if values["year"] is None:
            refuse("year", t("cform.err.year"))
        for name in _DATES:
            try:
                values[name] = read_date(self._text(name))
            except DateError:
                values[name] = None
                refuse(name, t("cform.err.date"))
        if values["start"] and values["end"] and values["end"] < values["start"]:
            refuse("end", t("cform.err.end"))
        if values["start"] and values["deadline"] and values["deadline"] < values["start"]:
            refuse("deadline", t("cform.err.deadline"))
        precision, error = read_typed(self._text("precision"))
        if error:
            refuse("precision", error)
        values["precision"] = precision
        values["tie_break"] = tuple(k.strip() for k in self._text("tie-break").split(",")
                                    if k.strip())
        base = self.campaign or self._source_campaign()
        values["band_list"] = base.bands if base else DEFAULT_BANDS
        values["bands"] = self._minima(len(values["band_list"]), refuse)
        copy = self.query("#copy-targets").results(Checkbox)
        values["copy_targets"] = any(box.value and not box.disabled for box in copy) \
            and self.source is not None
        return values if ok else None

    def _minima(self, count: int, refuse: Callable[[str, str], None]) -> list[Decimal]:
        parts = [p.strip() for p in self._text("bands").split(";")]
        if len(parts) != count:
            refuse("bands", t("cform.err.bands_count", count=count))
            return []
        minima = []
        for part in parts:
            value, error = read_typed(part)
            if value is None:
                refuse("bands", error or t("cform.err.bands_count", count=count))
                return []
            minima.append(value)
        return minima


def _tie_words(chain: str) -> Text:
    """The tie-break chain typed (``section:1, deductions``), in words in the interface
    language, for the line under the field."""
    keys = [k.strip() for k in chain.split(",") if k.strip()]
    if not keys:
        return Text(t("cform.tie_break.none"), style="dim")
    return Text(t("cform.tie_break.words", words="; ".join(fmt.tie_break(k) for k in keys)),
                style="dim")


def _input(value: str, field_id: str, placeholder: str = "") -> Input:
    return Input(value, id=field_id, compact=True, placeholder=placeholder)

