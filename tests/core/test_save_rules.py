"""One set of rules for saving and opening: whatever a save accepts opens again, equal.

A save is refused, with the message opening would give and nothing written, when opening
would refuse what it writes.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import make_campaign
from tests.core.test_round_trip import blocs, campaigns, saved_submission

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    Criterion,
    CriterionEntry,
    Leadership,
    Member,
    PluginRegistry,
    Submission,
    ValidationError,
    Workspace,
)

D = Decimal


def disk(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.startswith(".emulation")}


def test_a_campaign_open_would_refuse_is_not_saved(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    before = disk(root)
    good = make_campaign()
    campaign_toml, targets_toml = "campaigns/c2018/campaign.toml", "campaigns/c2018/targets.toml"
    cases = {  # what would be written → (file, field) of the one refusal
        "end before start": (evolve(good, end=dt.date(2017, 12, 31)), campaign_toml, "end"),
        "precision 0.05": (evolve(good, precision=D("0.05")), campaign_toml, "precision"),
        "negative target": (evolve(good, targets={"hoi-a": {"members": D(-3)}}),
                            targets_toml, "hoi-a.members"),
        "target for a non-member": (evolve(good, targets={"hoi-z": {"members": D(3)}}),
                                    targets_toml, "hoi-z"),
        "previous to nothing": (evolve(good, previous="c2017"), campaign_toml, "previous"),
    }
    with Workspace.open(root, writable=True, registry=registry) as ws:
        for case, (campaign, file, field) in cases.items():
            with pytest.raises(ValidationError) as info:
                ws.save_campaign(campaign)
            assert [(p.file, p.line, p.field) for p in info.value.problems] == \
                [(file, None, field)], case
            assert ws.campaign("c2018") == good, case
    assert disk(root) == before
    with Workspace.open(root, registry=registry) as ws:
        assert ws.campaign("c2018") == good


def test_refusals_on_save_are_the_messages_of_opening(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    """The same words, whether the file was written by hand or the save was refused."""
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws, \
            pytest.raises(ValidationError) as refused:
        ws.save_campaign(evolve(make_campaign(), precision=D("0.05")))
    path = root / "campaigns/c2018/campaign.toml"
    path.write_text(path.read_text("utf-8").replace('precision = "0.01"',
                                                    'precision = "0.05"'), "utf-8")
    with pytest.raises(ValidationError) as opened:
        Workspace.open(root, registry=registry)
    assert [evolve(p, line=None) for p in opened.value.problems] == \
        list(refused.value.problems)


def test_a_bloc_change_that_would_orphan_targets_is_not_saved(
        make_ws: Callable[[], Path], registry: PluginRegistry, tmp_path: Path) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        campaign = ws.campaign("c2018")
        ws.save_campaign(evolve(campaign, not_assigned={"hoi-c": frozenset({"1.2"})}))
        before = disk(root)
        general = evolve(ws.bloc, members=tuple(
            evolve(m, type="chung") if m.id == "hoi-c" else m for m in ws.bloc.members))
        ws.save_bloc(general)  # 1.2 applies to every type: still fine
        only_alpha = evolve(campaign.table.sections[0].children[1],
                            applies_to=frozenset({"alpha"}))
        section = evolve(campaign.table.sections[0], children=(
            campaign.table.sections[0].children[0], only_alpha,
            campaign.table.sections[0].children[2]), max_points=None)
        ws.save_bloc(evolve(general, members=tuple(
            evolve(m, type="alpha") if m.id == "hoi-c" else m for m in general.members)))
        ws.save_campaign(evolve(campaign, table=evolve(
            campaign.table, sections=(section, *campaign.table.sections[1:])),
            not_assigned={"hoi-c": frozenset({"1.2"})}))
        before = disk(root)
        with pytest.raises(ValidationError) as info:
            ws.save_bloc(general)  # 1.2 does not apply to 'chung': the exemption is stale
        assert [str(p) for p in info.value.problems] == [
            "campaigns/c2018/targets.toml: hoi-c.not_assigned: criterion 1.2 does not apply "
            "to type 'chung' (hint: remove it: this member is not scored on it anyway)"]
        assert ws.bloc.member("hoi-c") == Member("hoi-c", "Hội Ca Dao", "Ca Dao", "alpha")
    assert disk(root) == before


def test_a_campaign_change_that_would_orphan_a_submission_is_not_saved(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()  # hoi-a has self-scored 9.5 on criterion 1.3 (judged, max 10)
    with Workspace.open(root, writable=True, registry=registry) as ws:
        campaign = ws.campaign("c2018")
        first = campaign.table.sections[0]
        before = disk(root)
        without = evolve(first, children=first.children[:2], max_points=None)
        lower = evolve(first, children=(*first.children[:2],
                                        evolve(first.children[2], max_points=D(9))),
                       max_points=None)
        sub = "campaigns/c2018/submissions/{}.toml".format
        for section, expected in (
                (without, [(sub("hoi-a"), "criteria.1.3", "unknown criterion '1.3'"),
                           (sub("hoi-b"), "criteria.1.3", "unknown criterion '1.3'")]),
                (lower, [(sub("hoi-a"), "criteria.1.3.self",
                          "self score 9.5 is above the criterion's maximum 9")])):
            with pytest.raises(ValidationError) as info:
                ws.save_campaign(evolve(campaign, table=evolve(
                    campaign.table, sections=(section, *campaign.table.sections[1:]))))
            assert [(p.file, p.field, p.message) for p in info.value.problems] == expected
        with pytest.raises(ValidationError) as info:
            ws.save_campaign(evolve(campaign, precision=D(1)))
        assert [(p.file, p.field) for p in info.value.problems] == [
            (sub("hoi-a"), "criteria.1.3.self"), (sub("hoi-b"), "criteria.1.3.verified")]
    assert disk(root) == before


def test_a_bloc_open_would_refuse_creates_nothing(tmp_path: Path,
                                                  registry: PluginRegistry) -> None:
    bloc = Bloc("khoi", "Khối", (Member("hoi-a", "Hội A", "A", "chung"),),
                (Leadership(2020, "hoi-a", "hoi-a"),))
    with pytest.raises(ValidationError) as info:
        Workspace.create(tmp_path / "ws", bloc, registry)
    assert [(p.file, p.field) for p in info.value.problems] == [
        ("workspace.toml", "leadership[0].deputy")]
    assert not (tmp_path / "ws").exists()


# -- the property -------------------------------------------------------------------------

def _bad_bands(c: Campaign) -> Campaign:
    band = c.bands[0]
    return evolve(c, bands=(band, evolve(band, label="Lần hai")))


def _bad_adjustment(c: Campaign) -> Campaign:
    bonus = Criterion("9.1", "Thưởng", D(3), AdjustmentRule(
        (AdjustmentItem(next(iter(c.table.indicators)), D(1)),), D(0), D(5)))
    section = evolve(c.table.sections[0], children=(*c.table.sections[0].children, bonus),
                     max_points=None)
    return evolve(c, table=evolve(c.table, sections=(section, *c.table.sections[1:])))


def _first_member(c: Campaign, bloc: Bloc) -> str:
    return bloc.members[0].id


BREAK_CAMPAIGN: dict[str, Callable[[Campaign, Bloc], Campaign]] = {
    "end before start": lambda c, b: evolve(c, start=c.end + dt.timedelta(days=1)),
    "precision 0.05": lambda c, b: evolve(c, precision=D("0.05")),
    "precision 0": lambda c, b: evolve(c, precision=D(0)),
    "negative target": lambda c, b: evolve(c, targets={
        _first_member(c, b): {next(iter(c.table.indicators)): D(-1)}}),
    "target for a non-member": lambda c, b: evolve(c, targets={
        "khong-phai-hoi-vien": {next(iter(c.table.indicators)): D(1)}}),
    "unknown not_assigned code": lambda c, b: evolve(c, not_assigned={
        _first_member(c, b): frozenset({"77.7"})}),
    "previous to nothing": lambda c, b: evolve(c, previous="khong-co"),
    "previous to itself": lambda c, b: evolve(c, previous=c.id),
    "band twice": lambda c, b: _bad_bands(c),
    "bonus max_points not its ceiling": lambda c, b: _bad_adjustment(c),
    "bad tie-break": lambda c, b: evolve(c, tie_break=("bogus",)),
}

BREAK_BLOC: dict[str, Callable[[Bloc], Bloc]] = {
    "member twice": lambda b: evolve(b, members=(*b.members, b.members[0])),
    "unsafe member id": lambda b: evolve(b, members=(
        evolve(b.members[0], id="../ra-ngoai"), *b.members[1:])),
    "lead not a member": lambda b: evolve(b, leadership=(Leadership(2000, "khong-co"),)),
    "deputy is the lead": lambda b: evolve(b, leadership=(
        Leadership(2000, b.members[0].id, b.members[0].id),)),
    "year twice": lambda b: evolve(b, leadership=(Leadership(2000, b.members[0].id),
                                                  Leadership(2000, b.members[0].id))),
}


def _worse_than_allowed(sub: Submission, c: Campaign) -> Submission:
    leaf = next(c.table.leaves())
    return evolve(sub, entries={**sub.entries, leaf.code: CriterionEntry(leaf.highest + 1)})


BREAK_SUBMISSION: dict[str, Callable[[Submission, Campaign], Submission]] = {
    "negative figure": lambda s, c: evolve(s, values={next(iter(c.table.indicators)): D(-1)}),
    "unknown criterion": lambda s, c: evolve(s, entries={"77.7": CriterionEntry(D(1))}),
    "self-score above the maximum": _worse_than_allowed,
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_save_is_refused_with_nothing_changed_or_reopens_equal(data: st.DataObject) -> None:
    bloc = data.draw(blocs())
    first = data.draw(campaigns(bloc))
    campaign = data.draw(campaigns(bloc))
    breaker = data.draw(st.none() | st.sampled_from(sorted(BREAK_CAMPAIGN)))
    if breaker is not None:
        campaign = BREAK_CAMPAIGN[breaker](campaign, bloc)
    bloc_breaker = data.draw(st.none() | st.sampled_from(sorted(BREAK_BLOC)))
    new_bloc = BREAK_BLOC[bloc_breaker](bloc) if bloc_breaker else evolve(
        bloc, name=data.draw(st.sampled_from(["Khối mới", bloc.name])))
    first = evolve(first, id="dau-tien")
    sub = data.draw(saved_submission(bloc.members[0], first))
    sub_breaker = data.draw(st.none() | st.sampled_from(sorted(BREAK_SUBMISSION)))
    if sub_breaker is not None:
        sub = BREAK_SUBMISSION[sub_breaker](sub, first)
    registry = PluginRegistry(found=[])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        with Workspace.create(root, bloc, registry) as ws:
            ws.save_campaign(first)
            before = disk(root)
            try:
                stamped = ws.save_submission(sub)
            except ValidationError:
                assert disk(root) == before
                stamped = None
            else:
                assert sub_breaker is None, f"{sub_breaker} was saved"
            before = disk(root)
            try:
                ws.save_campaign(campaign)
            except ValidationError as exc:
                assert exc.problems
                assert disk(root) == before
                saved = False
            else:
                assert breaker is None, f"{breaker} was saved"
                saved = True
            before = disk(root)
            try:
                ws.save_bloc(new_bloc)
            except ValidationError:
                assert disk(root) == before
                bloc_saved = False
            else:
                assert bloc_breaker is None, f"{bloc_breaker} was saved"
                bloc_saved = True
        with Workspace.open(root, registry=registry) as ws:
            assert ws.bloc == (new_bloc if bloc_saved else bloc)
            expected = {"dau-tien": first}
            if saved:
                expected[campaign.id] = campaign
            assert ws.campaigns == expected
            if "dau-tien" in ws.campaigns:
                assert dict(ws.submissions("dau-tien")) == (
                    {sub.member: stamped} if stamped is not None else {})
    assert breaker is not None or saved
    assert sub_breaker is not None or stamped is not None
    assert bloc_breaker is not None or bloc_saved

