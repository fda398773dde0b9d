"""Save then open gives back every object, found by hypothesis; round-trip gaps pinned."""

from __future__ import annotations

import datetime as dt
import keyword
import tempfile
import unicodedata
from decimal import Decimal
from pathlib import Path

from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    FormulaRule,
    Indicator,
    JudgedRule,
    Leadership,
    Member,
    PeriodKind,
    PerOccurrenceRule,
    PluginRegistry,
    RankBy,
    RatingBand,
    RelativeRule,
    Rule,
    Section,
    Status,
    Submission,
    TargetRule,
    ValidationError,
    Workspace,
    YesNoRule,
    is_safe_id,
)

D = Decimal


# -- save and load ----------------------------------------------------------------------------

_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợ"
texts = st.text(alphabet=_LETTERS + _LETTERS.upper() + " -,.()'\"\\/\n\t#=[]{}",
                min_size=1, max_size=30).map(lambda s: unicodedata.normalize("NFC", s))
idents = st.from_regex(r"\A[a-z0-9][a-z0-9_-]{0,15}\Z").filter(is_safe_id)
keys = st.from_regex(r"\A[a-z][a-z0-9_]{0,10}\Z").filter(
    lambda k: not keyword.iskeyword(k) and k not in {"min", "max", "abs", "target"}
    and k != "not_assigned")
amounts = st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False,
                      allow_infinity=False)
signed = st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False,
                     allow_infinity=False)
dates = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))
types = st.sampled_from(["t1", "t2"])


@st.composite
def blocs(draw: st.DrawFn) -> Bloc:
    ids = draw(st.lists(idents, min_size=1, max_size=5, unique=True))
    names = texts.filter(str.strip)  # a blank member name is refused (serialize/bloc.py)
    members = tuple(Member(i, draw(names), draw(texts), draw(types)) for i in ids)
    leadership = []
    for year in draw(st.lists(st.integers(1990, 2100), max_size=3, unique=True)):
        lead = draw(st.sampled_from(ids))
        others = [i for i in ids if i != lead]
        deputy = draw(st.none() | st.sampled_from(others)) if others else None
        leadership.append(Leadership(year, lead, deputy))
    return Bloc(draw(idents), draw(texts), members, tuple(leadership),
                draw(st.just("") | texts))


@st.composite
def rules(draw: st.DrawFn, indicator: str) -> Rule:
    kind = draw(st.sampled_from(["target", "relative", "yes_no", "per_occurrence", "judged",
                                 "adjustment", "formula"]))
    if kind == "target":
        return TargetRule(indicator, draw(st.sampled_from([D(0), D("0.2"), D(1)])))
    if kind == "relative":
        return RelativeRule(indicator)
    if kind == "yes_no":
        return YesNoRule(indicator)
    if kind == "per_occurrence":
        return PerOccurrenceRule(indicator, draw(amounts))
    if kind == "judged":
        return JudgedRule(draw(st.sampled_from([D("0.25"), D("0.5"), D(1), D(0)])))
    if kind == "adjustment":
        return AdjustmentRule(tuple(AdjustmentItem(indicator, draw(signed))
                                    for _ in range(draw(st.integers(1, 2)))),
                              -abs(draw(signed)), abs(draw(signed)))
    return FormulaRule(f"min({indicator} / max(target({indicator}), 1), 1) * 10")


@st.composite
def campaigns(draw: st.DrawFn, bloc: Bloc) -> Campaign:
    member_types = st.sampled_from(sorted({m.type for m in bloc.members}))
    indicators = {k: Indicator(k, draw(texts), draw(st.just("") | texts),
                               draw(st.just("") | texts), draw(st.booleans()))
                  for k in draw(st.lists(keys, min_size=1, max_size=4, unique=True))}
    sections = []
    for s in range(draw(st.integers(1, 3))):
        children = []
        for c in range(draw(st.integers(1, 3))):
            rule = draw(rules(draw(st.sampled_from(sorted(indicators)))))
            # The reader takes an adjustment criterion's maximum from its ceiling.
            maximum = rule.ceiling if isinstance(rule, AdjustmentRule) else draw(amounts)
            children.append(Criterion(
                f"{s + 1}.{c + 1}", draw(texts), maximum, rule, draw(st.just("") | texts),
                draw(st.frozensets(member_types, max_size=1)), draw(st.just("") | texts)))
        section = Section(str(s + 1), draw(texts), tuple(children), draw(st.just("") | texts),
                          draw(st.frozensets(member_types, max_size=1)))
        if draw(st.booleans()):
            section = evolve(section, max_points=section.nominal)
        sections.append(section)
    if draw(st.booleans()):
        sections.append(Section("9", draw(texts), (), per_type=True,
                                max_points=draw(st.none() | amounts)))
    table = CriteriaTable(tuple(sections), indicators)
    start = draw(dates)
    targets = {m.id: draw(st.dictionaries(st.sampled_from(sorted(indicators)), amounts))
               for m in bloc.members if draw(st.booleans())}
    not_assigned = {}
    for member in bloc.members:
        codes = [c.code for c in table.for_type(member.type, None).leaves()]
        if codes and draw(st.booleans()):
            not_assigned[member.id] = draw(st.frozensets(st.sampled_from(codes), max_size=2))
    bands = tuple(RatingBand(k, draw(texts), draw(texts), draw(signed), draw(st.booleans()))
                  for k in draw(st.lists(idents, min_size=1, max_size=3, unique=True)))
    return Campaign(
        draw(idents), draw(texts), draw(st.sampled_from(PeriodKind)),
        draw(st.integers(1990, 2100)), start, draw(dates.filter(lambda d: d >= start)),
        draw(dates), table, bands, targets, not_assigned,
        draw(st.sampled_from([D(1), D("0.1"), D("0.01"), D("0.001")])),
        tuple(draw(st.lists(st.sampled_from(["deductions"] + [f"section:{s.code}"
                                                              for s in sections]),
                            unique=True, max_size=2))),
        draw(st.sampled_from(RankBy)), None)


@st.composite
def saved_submission(draw: st.DrawFn, member: Member, campaign: Campaign) -> Submission:
    table = campaign.table.for_type(member.type, None)
    values = draw(st.dictionaries(st.sampled_from(sorted(table.indicators)), amounts))
    values = {k: v.to_integral_value() if table.indicators[k].integer else v  # counts are whole
              for k, v in values.items()}
    found = {}
    for criterion in table.leaves():
        if not draw(st.booleans()):
            continue
        rule = criterion.rule
        if isinstance(rule, JudgedRule) and rule.step:
            steps = int(criterion.max_points / rule.step)
            points = st.none() | st.integers(0, min(steps, 10**6)).map(
                lambda k, s=rule.step: s * k)
        else:
            points = st.none() | st.decimals(criterion.lowest, criterion.highest, places=2)
        precision = campaign.precision  # finer scores are refused on save
        points = points.filter(lambda v, p=precision: v is None or v == v.quantize(p))
        entry = CriterionEntry(draw(points), draw(points), draw(st.just("") | texts),
                               draw(st.just("") | texts))
        if draw(st.booleans()):
            found[criterion.code] = entry
    when = st.none() | st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1),
                                    timezones=st.just(dt.UTC))
    # A first save may take any status but locked (the campaign's) or returned (needs a
    # reason): see emulation_core.review.
    first = [s for s in Status if s not in (Status.LOCKED, Status.RETURNED)]
    return Submission(member.id, campaign.id, draw(st.sampled_from(first)), values, found,
                      draw(when), draw(when))


Loaded = tuple[Bloc, dict[str, Campaign], dict[str, Submission]]


def _round_trip(bloc: Bloc, campaign: Campaign, subs: list[Submission]
                ) -> tuple[Loaded, list[Submission]]:
    """Save everything in a new workspace, open it again; what was loaded and what was saved."""
    registry = PluginRegistry(found=[])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        with Workspace.create(root, bloc, registry) as ws:
            ws.save_campaign(campaign)
            saved = [ws.save_submission(s) for s in subs]
        with Workspace.open(root, registry=registry) as ws:
            loaded = ws.bloc, dict(ws.campaigns), dict(ws.submissions(campaign.id))
    return loaded, saved


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_save_then_load_gives_back_every_object(data: st.DataObject) -> None:
    bloc = data.draw(blocs())
    campaign = data.draw(campaigns(bloc))
    subs = [data.draw(saved_submission(m, campaign)) for m in bloc.members
            if data.draw(st.booleans())]
    (loaded_bloc, loaded_campaigns, loaded_subs), saved = _round_trip(bloc, campaign, subs)
    assert loaded_bloc == bloc
    assert loaded_campaigns == {campaign.id: campaign}
    assert loaded_subs == {s.member: s for s in saved}
    for before, after in zip(subs, saved, strict=True):
        # The save records the status step (who, when) and, on submitting, the received date.
        assert [step.status for step in after.history] == (
            [] if before.status is Status.MISSING else [before.status])
        assert after.submitted_at == before.submitted_at or (
            before.submitted_at is None and before.status is Status.SUBMITTED)
        assert evolve(after, updated_at=before.updated_at, history=(),
                      submitted_at=before.submitted_at) == before


# -- round-trip gaps in serialize.py ------------------------------------------------------------

def _tiny() -> tuple[Bloc, Campaign]:
    bloc = Bloc("b", "Khối", (Member("m1", "Hội An", "An", "t1"),))
    table = CriteriaTable((Section("1", "S", (
        Criterion("1.1", "Kiểm tra", D(10), JudgedRule()),
        Criterion("1.2", "Thưởng", D(5), AdjustmentRule(
            (AdjustmentItem("flag", D(5)),), D(0), D(5))),
    )),), {"flag": Indicator("flag", "Cờ")})
    campaign = Campaign("c", "Tổng kết", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), dt.date(2024, 12, 31), table)
    return bloc, campaign


def test_not_assigned_without_targets_round_trips() -> None:
    bloc, campaign = _tiny()
    campaign = evolve(campaign, not_assigned={"m1": frozenset({"1.1"})})
    (_, loaded, _), _ = _round_trip(bloc, campaign, [])
    assert loaded["c"] == campaign


def test_empty_entry_round_trips() -> None:
    bloc, campaign = _tiny()
    sub = Submission("m1", "c", Status.DRAFT, {}, {"1.1": CriterionEntry()})
    (_, _, loaded), saved = _round_trip(bloc, campaign, [sub])
    assert loaded["m1"] == saved[0]


def test_adjustment_maximum_round_trips() -> None:
    bloc, campaign = _tiny()
    (_, loaded, _), _ = _round_trip(bloc, campaign, [])
    assert loaded["c"] == campaign


def test_what_save_campaign_accepts_can_be_opened() -> None:
    bloc, campaign = _tiny()
    deduction = Criterion("1.3", "Trừ", D(-1), AdjustmentRule(
        (AdjustmentItem("flag", D(-1)),), D(-5), D(-1)))
    section = evolve(campaign.table.sections[0],
                     children=(*campaign.table.sections[0].children, deduction))
    odd = evolve(campaign, table=evolve(campaign.table, sections=(section,)))
    registry = PluginRegistry(found=[])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        with Workspace.create(root, bloc, registry) as ws:
            try:
                ws.save_campaign(odd)
            except ValidationError:
                return  # refusing it here would be fine too
        with Workspace.open(root, registry=registry) as ws:
            assert ws.campaigns["c"].table == odd.table
