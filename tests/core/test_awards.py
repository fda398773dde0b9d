"""Award rules, quotas, proposals with reasons, and ballots: each rule pinned."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    JudgedRule,
    Member,
    PeriodKind,
    Scoreboard,
    Section,
    Status,
    Submission,
)
from emulation_core.awarderrors import DeliberationError
from emulation_core.awardfile import Ballot, Override, VoteMethod
from emulation_core.awardrules import (
    AwardRule,
    BallotRule,
    RuleSet,
    bundled_rule_sets,
    load_rule_set,
    quota,
)
from emulation_core.ballots import check_ballot, results, tally
from emulation_core.errors import EmulationError, ValidationError
from emulation_core.model import DEFAULT_BANDS
from emulation_core.proposals import propose

D = Decimal


# -- quotas -------------------------------------------------------------------------------
@given(st.integers(0, 200), st.integers(0, 100))
def test_a_share_quota_never_exceeds_its_cap(base: int, percent: int) -> None:
    share = D(percent) / 100
    limit = quota(None, share, base)
    assert limit <= share * base < limit + 1  # rounded down, and only down


def test_quota_examples() -> None:
    assert quota(None, D("0.2"), 69) == 13  # 13.8 rounded down
    assert quota(None, D("0.2"), 4) == 0
    assert quota(None, D("0.2"), 5) == 1
    assert quota(1, None, 11) == 1
    assert quota(3, D("0.2"), 10) == 2  # both given: the smaller
    assert quota(20, None, 11) == 11  # never more than the units there are


# -- the bundled rule set ------------------------------------------------------------------
def test_the_bundled_rule_set_records_its_legal_basis() -> None:
    assert "vn-2023" in bundled_rule_sets()
    rules = load_rule_set("vn-2023")
    refs = " ".join(b.ref for b in rules.basis)
    assert "06/2022/QH15" in refs and "98/2023/NĐ-CP" in refs and "5007/BNV-TĐKT" in refs
    letter = next(b for b in rules.basis if "5007" in b.ref)
    assert letter.date == dt.date(2023, 9, 5)
    flag = rules.awards["government_flag"]
    assert flag.share == D("0.2") and flag.share_of == "leaders"
    assert flag.needs == ("provincial_flag",)


def test_a_workspace_rule_set_wins_and_a_broken_one_is_named(tmp_path: Path) -> None:
    (tmp_path / "rulesets").mkdir()
    (tmp_path / "rulesets" / "vn-2023.toml").write_text(
        'id = "vn-2023"\nversion = 2\ntitle = "x"\nvalid_from = 2025-07-01\n'
        '[awards.merit]\nlabel = "Bằng khen"\nshare = 1.5\n', "utf-8")
    with pytest.raises(ValidationError) as caught:
        load_rule_set("vn-2023", tmp_path)
    assert "rulesets/vn-2023.toml:7" in str(caught.value) and "more than 1" in str(caught.value)
    with pytest.raises(EmulationError, match="no rule set 'vn-2099'"):
        load_rule_set("vn-2099", tmp_path)


# -- proposals ------------------------------------------------------------------------------
TABLE = CriteriaTable((Section("1", "Nhiệm vụ", (
    Criterion("1.1", "Chấm", D(100), JudgedRule(D("0.5"))),)),))


def ranking_of(totals: dict[str, str], year: int = 2018) -> tuple[Campaign, Scoreboard]:
    campaign = Campaign(f"c{year}", "Năm", PeriodKind.YEAR_END, year, dt.date(year, 1, 1),
                        dt.date(year, 12, 31), dt.date(year, 12, 20), TABLE)
    bloc = Bloc("k", "Khối", tuple(Member(m, f"Hội {m}", m, "t") for m in totals))
    subs = {m: Submission(m, campaign.id, Status.VERIFIED, {},
                          {"1.1": CriterionEntry(D(t))}) for m, t in totals.items()}
    return campaign, Scoreboard(bloc, campaign, {"t": TABLE}, subs)


RULES = RuleSet("test", 1, "thử", dt.date(2024, 1, 1), (), {
    "provincial_flag": AwardRule("provincial_flag", "Cờ tỉnh", "flag", count=1,
                                 band="excellent", leaders_only=True),
    "merit": AwardRule("merit", "Bằng khen", "merit", share=D("0.5"), band="good",
                       excludes=("provincial_flag",)),
    "government_flag": AwardRule("government_flag", "Cờ Chính phủ", "gov", share=D("0.2"),
                                 share_of="leaders", needs=("provincial_flag",),
                                 excellent_years=2, leaders_only=True),
}, BallotRule())


def _never(member: str, year: int) -> str:
    return "none"


def test_proposals_follow_rank_band_and_quota() -> None:
    campaign, board = ranking_of({"a": "98", "b": "96", "c": "90", "d": "88", "e": "70"})
    found = propose(RULES, campaign, board.ranking, _never)
    assert found.proposed("provincial_flag") == ("a",)
    assert found.quotas["merit"] == 2  # half of 5, rounded down
    assert found.proposed("merit") == ("b", "c")  # a excluded: already the flag
    d = next(x for x in found.decisions if x.member == "d" and x.award == "merit")
    assert d.eligible and not d.proposed
    assert [m.key for m in d.reasons] == ["award.quota_full"]
    e = next(x for x in found.decisions if x.member == "e" and x.award == "merit")
    assert [m.key for m in e.reasons] == ["award.band"]
    b = next(x for x in found.decisions if x.member == "b" and x.award == "provincial_flag")
    assert "award.leader" in [m.key for m in b.reasons]


def test_a_tie_at_the_last_place_is_left_to_the_council() -> None:
    campaign, board = ranking_of({"a": "98", "b": "90", "c": "90", "d": "88", "e": "86"})
    found = propose(RULES, campaign, board.ranking, _never)
    assert found.quotas["merit"] == 2
    assert found.proposed("merit") == ("b", "c")  # both fit
    campaign, board = ranking_of({"a": "98", "b": "96", "c": "90", "d": "90", "e": "86"})
    found = propose(RULES, campaign, board.ranking, _never)
    assert found.proposed("merit") == ("b",)  # c and d tie for the last place: neither
    tied = next(x for x in found.decisions if x.member == "c" and x.award == "merit")
    assert [m.key for m in tied.reasons] == ["award.quota_tie"]
    assert len(found.proposed("merit")) <= found.quotas["merit"]


def test_government_flag_needs_the_provincial_standard_and_earlier_years() -> None:
    campaign, board = ranking_of({"a": "98", "b": "96", "c": "90"})
    excellent = DEFAULT_BANDS[0]
    found = propose(RULES, campaign, board.ranking, lambda m, y: excellent,
                    leaders_total=69)
    assert found.quotas["government_flag"] == 13
    assert found.proposed("government_flag") == ("a",)
    found = propose(RULES, campaign, board.ranking, lambda m, y: DEFAULT_BANDS[1],
                    leaders_total=69)
    a = next(x for x in found.decisions if x.member == "a" and x.award == "government_flag")
    assert not a.proposed and [m.key for m in a.reasons] == ["award.not_excellent"]
    found = propose(RULES, campaign, board.ranking, _never, leaders_total=69)
    a = next(x for x in found.decisions if x.member == "a" and x.award == "government_flag")
    assert [m.key for m in a.reasons] == ["award.no_year"]
    found = propose(RULES, campaign, board.ranking, lambda m, y: excellent)
    assert found.quotas["government_flag"] == 0  # 20% of this bloc's one leader
    assert found.proposed("government_flag") == ()


def test_an_override_takes_a_place_with_its_reason() -> None:
    campaign, board = ranking_of({"a": "98", "b": "96", "c": "90", "d": "80", "e": "70"})
    found = propose(RULES, campaign, board.ranking, _never,
                    [Override("e", "merit", "thành tích đột xuất")])
    assert found.proposed("merit") == ("b", "e")  # in rank order
    e = next(x for x in found.decisions if x.member == "e" and x.award == "merit")
    assert not e.eligible and e.override == "thành tích đột xuất"
    assert "award.override" in [m.key for m in e.reasons]


def test_the_council_leaves_out_an_eligible_unit_and_the_next_takes_its_place() -> None:
    campaign, board = ranking_of({"a": "98", "b": "96", "c": "90", "d": "88", "e": "70"})
    found = propose(RULES, campaign, board.ranking, _never,
                    [Override("b", "merit", "đang bị thanh tra", exclude=True)])
    assert found.proposed("merit") == ("c", "d")
    b = next(x for x in found.decisions if x.member == "b" and x.award == "merit")
    assert b.eligible and not b.proposed
    assert [m.key for m in b.reasons] == ["award.council_excluded"]
    assert b.reasons[0].text("vi") == "Hội đồng không đề nghị: đang bị thanh tra"


def test_the_councils_latest_decision_on_a_unit_stands() -> None:
    campaign, board = ranking_of({"a": "98", "b": "96", "c": "90", "d": "80", "e": "70"})
    taken_back = [Override("e", "merit", "thành tích đột xuất"),
                  Override("e", "merit", "rút đề nghị", exclude=True)]
    found = propose(RULES, campaign, board.ranking, _never, taken_back)
    assert found.proposed("merit") == ("b", "c")
    found = propose(RULES, campaign, board.ranking, _never, list(reversed(taken_back)))
    assert found.proposed("merit") == ("b", "e")


# -- ballots --------------------------------------------------------------------------------
MEMBERS = [f"m{i}" for i in range(10)]


def hands(present: int, votes_for: int, *, against: int = 0, candidate: str = "m0",
          award: str = "merit") -> Ballot:
    voters = tuple(MEMBERS[:present])
    return Ballot(award, candidate, VoteMethod.HANDS, voters,
                  voted_for=voters[:votes_for],
                  against=voters[votes_for:votes_for + against])


def test_more_than_half_of_all_member_units() -> None:
    rule = BallotRule()
    assert tally(hands(10, 6), 1, 10, rule).passed
    five = tally(hands(10, 5), 1, 10, rule)
    assert not five.passed and five.needed == 6  # exactly half is not more than half
    assert not tally(hands(5, 5), 1, 10, rule).quorum_met  # half present: no quorum
    assert tally(hands(6, 6), 1, 10, rule).passed
    assert not tally(hands(6, 5), 1, 10, rule).passed  # 5 of 10 members, not of 6 present


def test_other_passing_shares() -> None:
    present = BallotRule(pass_share=D("0.5"), base="present")
    assert tally(hands(6, 4), 1, 10, present).passed  # 4 > 3
    seventy = BallotRule(pass_share=D("0.7"), strict=False)
    assert tally(hands(10, 7), 1, 10, seventy).needed == 7  # at least 70%
    two_thirds = BallotRule(pass_share=D(2) / D(3))
    assert tally(hands(9, 7), 1, 9, two_thirds).needed == 7  # more than 6


@pytest.mark.parametrize(("ballot", "said"), [
    (Ballot("merit", "m9", VoteMethod.HANDS, ("m1",), voted_for=("m1",)), "not proposed"),
    (Ballot("merit", "m0", VoteMethod.HANDS, ("m1", "x"), voted_for=("x",)), "not a member"),
    (Ballot("merit", "m0", VoteMethod.HANDS, ("m1", "m2"), voted_for=("m1", "m1")),
     "counted twice"),
    (Ballot("merit", "m0", VoteMethod.HANDS, ("m1",), voted_for=("m1",), against=("m1",)),
     "counted twice"),
    (Ballot("merit", "m0", VoteMethod.HANDS, ("m1",), voted_for=("m2",)), "neither present"),
    (Ballot("merit", "m0", VoteMethod.SECRET, ("m1", "m2"), for_count=3), "more than the 2"),
])
def test_ballots_that_cannot_stand(ballot: Ballot, said: str) -> None:
    with pytest.raises(DeliberationError, match=said):
        check_ballot(ballot, MEMBERS, ["m0"])


def test_passing_candidates_over_the_quota_and_a_tie() -> None:
    rule = BallotRule()
    ballots = [hands(10, 9, candidate="m0"), hands(10, 7, candidate="m1"),
               hands(10, 7, candidate="m2"), hands(10, 4, candidate="m3")]
    _, outcome = results(ballots, 10, rule, {"merit": 2})
    assert outcome[("merit", "m0")].key == "vote.elected"
    assert outcome[("merit", "m1")].key == outcome[("merit", "m2")].key == "vote.tie"
    assert outcome[("merit", "m3")].key == "vote.failed"
    again = [*ballots, hands(10, 8, candidate="m1")]  # a further round for m1
    tallies, outcome = results(again, 10, rule, {"merit": 2})
    assert tallies[-1].round == 2
    assert outcome[("merit", "m1")].key == "vote.elected"
    assert outcome[("merit", "m2")].key == "vote.over_quota"


def test_a_quota_larger_than_the_bloc_is_refused() -> None:
    campaign, board = ranking_of({"a": "98", "b": "96", "c": "90"})
    rules = RuleSet("big", 1, "thử", dt.date(2024, 1, 1), (), {
        "merit": AwardRule("merit", "Bằng khen", "merit", count=4)})
    with pytest.raises(DeliberationError, match="quota of 4 is larger than the 3 units"):
        propose(rules, campaign, board.ranking, _never)
    fits = RuleSet("fits", 1, "thử", dt.date(2024, 1, 1), (), {
        "merit": AwardRule("merit", "Bằng khen", "merit", count=3)})
    assert propose(fits, campaign, board.ranking, _never).quotas["merit"] == 3


@given(st.integers(1, 40).flatmap(lambda n: st.tuples(
    st.just(n), st.integers(0, n).flatmap(lambda v: st.tuples(st.just(v),
                                                               st.integers(0, v))))))
def test_the_default_ballot_rule_is_more_than_half_of_all_units(
        sizes: tuple[int, tuple[int, int]]) -> None:
    members, (voters, votes_for) = sizes
    ballot = Ballot("merit", "m0", VoteMethod.SECRET, tuple(f"m{i}" for i in range(voters)),
                    for_count=votes_for)
    counted = tally(ballot, 1, members, BallotRule())
    assert counted.quorum_met == (2 * voters > members)
    assert counted.passed == (2 * voters > members and 2 * votes_for > members)


def test_a_refused_ballot_names_the_units_by_name() -> None:
    names = {m: f"Hội {m.upper()}" for m in MEMBERS}
    twice = Ballot("merit", "m0", VoteMethod.HANDS, ("m1", "m2"), voted_for=("m2", "m2"))
    with pytest.raises(DeliberationError, match=r"^Hội M2 counted twice"):
        check_ballot(twice, MEMBERS, ["m0"], names)
    stranger = Ballot("merit", "m0", VoteMethod.HANDS, ("m1", "x"))
    with pytest.raises(DeliberationError, match=r"^'x' is not a member unit"):
        check_ballot(stranger, MEMBERS, ["m0"], names)
    unproposed = Ballot("merit", "m3", VoteMethod.HANDS, ("m1",))
    with pytest.raises(DeliberationError, match=r"^Hội M3 is not proposed for merit "
                                                r"\(proposed: Hội M0\)"):
        check_ballot(unproposed, MEMBERS, ["m0"], names)
