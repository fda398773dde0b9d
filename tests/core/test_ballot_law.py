"""The vote (docs/awards.md, "Ballots"), each rule against the law worked out here from the
votes alone: quorum, the votes needed under every passing share, base and strictness, the
result of each candidate's latest round within the award's quota, and the ballots refused.
A wrong award is as bad as a wrong score.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core.awarderrors import DeliberationError
from emulation_core.awardfile import Ballot, VoteMethod
from emulation_core.awardrules import BallotRule
from emulation_core.ballots import check_ballot, results, tally
from emulation_core.messages import Message

MEMBERS = tuple(f"m{i}" for i in range(8))
shares = st.integers(0, 100).map(lambda percent: Decimal(percent) / 100)


def secret(voters: int, votes_for: int, against: int = 0, abstaining: int = 0, *,
           candidate: str = "m0", award: str = "merit", written: int = 0) -> Ballot:
    """A secret ballot: the first ``voters`` members take part, the last ``written`` of
    them in writing."""
    present = MEMBERS[:voters - written]
    return Ballot(award, candidate, VoteMethod.SECRET, present,
                  written=MEMBERS[voters - written:voters], for_count=votes_for,
                  against_count=against, abstain_count=abstaining)


@given(st.integers(1, 8).flatmap(lambda members: st.tuples(
    st.just(members), st.integers(0, members).flatmap(lambda voters: st.tuples(
        st.just(voters), st.integers(0, voters), st.integers(0, voters))))),
    shares, shares, st.sampled_from(("members", "present")), st.booleans())
def test_a_tally_follows_the_ballot_rule(sizes: tuple[int, tuple[int, int, int]],
                                         quorum: Decimal, pass_share: Decimal, base: str,
                                         strict: bool) -> None:
    members, (voters, votes_for, written) = sizes
    against = voters - votes_for
    rule = BallotRule(quorum, pass_share, base, strict)
    counted = tally(secret(voters, votes_for, against, written=written), 3, members, rule)
    # the law: more than the quorum share of all members take part; a candidate needs
    # the fewest votes over (strict) or at least (not strict) the share of the base
    quorum_met = voters > Fraction(quorum) * members
    bar = Fraction(pass_share) * (members if base == "members" else voters)
    needed = min(n for n in range(members + 2) if (n > bar if strict else n >= bar))
    passed = quorum_met and votes_for >= needed
    assert (counted.round, counted.members, counted.quorum_met, counted.needed,
            counted.passed) == (3, members, quorum_met, needed, passed)
    assert (counted.votes_for, counted.votes_against, counted.abstentions) \
        == (votes_for, against, 0)
    if not quorum_met:
        assert (counted.why.key, dict(counted.why.values)) \
            == ("vote.no_quorum", {"voters": voters, "members": members})
    else:
        assert (counted.why.key, dict(counted.why.values)) \
            == ("vote.passed" if passed else "vote.failed",
                {"votes": votes_for, "needed": needed})


def test_the_shares_at_their_edges() -> None:
    # 4 of 8 members are not more than half; 5 are
    assert not tally(secret(4, 4), 1, 8, BallotRule()).quorum_met
    assert tally(secret(5, 5), 1, 8, BallotRule()).quorum_met
    # half of 8 present members: strict needs 5, not strict 4; of 6 voters present, 4 or 3
    assert tally(secret(8, 4), 1, 8, BallotRule()).needed == 5
    assert tally(secret(8, 4), 1, 8, BallotRule(strict=False)).needed == 4
    assert tally(secret(6, 3), 1, 8, BallotRule(base="present")).needed == 4
    assert tally(secret(6, 3), 1, 8, BallotRule(base="present", strict=False)).passed
    # a bar between whole numbers: 0.3 × 8 = 2.4, so 3 either way
    for strict in (True, False):
        assert tally(secret(8, 3), 1, 8, BallotRule(pass_share=Decimal("0.3"),
                                                    strict=strict)).needed == 3
    # quorum 0: anyone taking part is enough, no one is not
    assert tally(secret(1, 1), 1, 8, BallotRule(Decimal(0), Decimal(0))).passed
    assert not tally(secret(0, 0), 1, 8, BallotRule(Decimal(0), Decimal(0))).quorum_met


# -- the outcome of the latest rounds within the quota ----------------------------------
def law(votes: dict[str, int | None], quota: int | None) -> dict[str, str]:
    """Each candidate's outcome: ``votes`` are the votes for of its latest round, None
    when it did not pass. Elected when no more than the quota passed with at least its
    votes; outside the quota when the quota is filled by those with more; else a tie."""
    passed = {c: v for c, v in votes.items() if v is not None}
    seats = len(passed) if quota is None else quota
    outcome = {}
    for candidate, mine in votes.items():
        if mine is None:
            outcome[candidate] = "vote.failed"
        elif sum(v >= mine for v in passed.values()) <= seats:
            outcome[candidate] = "vote.elected"
        elif sum(v > mine for v in passed.values()) >= seats:
            outcome[candidate] = "vote.over_quota"
        else:
            outcome[candidate] = "vote.tie"
    return outcome


rounds_of = st.lists(st.tuples(st.sampled_from(("merit", "provincial_flag")),
                               st.sampled_from(MEMBERS[:5]), st.integers(3, 8)),
                     min_size=1, max_size=10)


@given(rounds_of, st.dictionaries(st.sampled_from(("merit", "provincial_flag")),
                                  st.integers(0, 4)))
def test_the_latest_rounds_are_elected_within_the_quota(
        rounds: list[tuple[str, str, int]], quotas: dict[str, int]) -> None:
    ballots = [secret(8, votes, candidate=c, award=a) for a, c, votes in rounds]
    tallies, outcome = results(ballots, 8, BallotRule(), quotas)
    # rounds are numbered per candidate and award; the latest counts (5 of 8 pass)
    latest: dict[tuple[str, str], int] = {}
    for i, ((a, c, votes), counted) in enumerate(zip(rounds, tallies, strict=True)):
        assert counted.ballot == secret(8, votes, candidate=c, award=a)
        assert counted.round == sum(r[:2] == (a, c) for r in rounds[:i + 1])
        latest[(a, c)] = votes
    assert set(outcome) == set(latest)
    for award in {a for a, _ in latest}:
        votes = {c: (v if v >= 5 else None) for (a, c), v in latest.items() if a == award}
        expected = law(votes, quotas.get(award))
        for candidate, key in expected.items():
            said = outcome[(award, candidate)]
            assert said.key == key
            seats = quotas.get(award)
            if key == "vote.over_quota":
                assert dict(said.values) == {"quota": seats}
            elif key == "vote.tie":
                passed = sorted((v for v in votes.values() if v is not None), reverse=True)
                assert dict(said.values) == {"votes": passed[seats - 1], "quota": seats}
            elif key == "vote.failed":
                assert dict(said.values) == {"votes": latest[(award, candidate)],
                                             "needed": 5}


def test_a_tie_across_the_last_seat_and_one_inside_it() -> None:
    # quota 3: 7 and 7 share seats 1–2, 6 6 6 tie for seat 3 (two over), 5 is outside
    ballots = [secret(8, v, candidate=c) for c, v in
               (("m0", 7), ("m1", 7), ("m2", 6), ("m3", 6), ("m4", 6), ("m5", 5))]
    _, outcome = results(ballots, 8, BallotRule(), {"merit": 3})
    assert [outcome[("merit", c)].key for c in MEMBERS[:6]] == [
        "vote.elected", "vote.elected", "vote.tie", "vote.tie", "vote.tie",
        "vote.over_quota"]
    assert dict(outcome[("merit", "m2")].values) == {"votes": 6, "quota": 3}
    assert dict(outcome[("merit", "m5")].values) == {"quota": 3}
    # one seat: the most votes take it, whatever order the ballots came in; equal, a tie
    for order in (ballots[1:3], ballots[2:0:-1]):
        _, one = results(order, 8, BallotRule(), {"merit": 1})
        assert [one[("merit", c)] for c in ("m1", "m2")] == [
            Message("vote.elected"), Message("vote.over_quota", {"quota": 1})]
    _, one = results(ballots[2:4], 8, BallotRule(), {"merit": 1})
    assert set(one.values()) == {Message("vote.tie", {"votes": 6, "quota": 1})}
    # a quota of 0: whoever passes is outside it
    _, none = results(ballots[:1], 8, BallotRule(), {"merit": 0})
    assert none[("merit", "m0")].key == "vote.over_quota"
    # no quota for the award: everyone who passes is elected
    _, free = results(ballots, 8, BallotRule(), {})
    assert {m.key for m in free.values()} == {"vote.elected"}


# -- ballots that cannot stand ------------------------------------------------------------
def named(voters: tuple[str, ...], votes_for: tuple[str, ...] = (),
          against: tuple[str, ...] = (), abstained: tuple[str, ...] = (), *,
          written: tuple[str, ...] = ()) -> Ballot:
    return Ballot("merit", "m0", VoteMethod.HANDS, voters, written=written,
                  voted_for=votes_for, against=against, abstained=abstained)


def refusal(ballot: Ballot) -> tuple[str, dict[str, object]] | None:
    try:
        check_ballot(ballot, MEMBERS, ("m0", "m1"), {m: m.upper() for m in MEMBERS})
    except DeliberationError as error:
        return error.key, dict(error.values)
    return None


def test_each_refusal_names_what_is_wrong() -> None:
    assert refusal(named(("m1", "m2"), ("m1",), ("m2",))) is None
    assert refusal(named(("m1",), written=("m2",), votes_for=("m2",))) is None  # in writing
    assert refusal(named(("m1", "m2", "m3"), ("m1",), ("m2",), ("m3",))) is None
    assert refusal(named(("m1", "x", "y"), ("y",))) == ("vote.not_member", {"who": "'x', 'y'"})
    assert refusal(named(("m1",), ("z",))) == ("vote.not_member", {"who": "'z'"})
    assert refusal(named(("m1",), (), ("z",))) == ("vote.not_member", {"who": "'z'"})
    assert refusal(named(("m1",), (), (), ("z",))) == ("vote.not_member", {"who": "'z'"})
    assert refusal(named(("m2", "m1", "m2", "m1"))) == ("vote.twice", {"who": "M1, M2"})
    assert refusal(named(("m1", "m2"), ("m2",), ("m1",), ("m2",))) \
        == ("vote.twice", {"who": "M2"})
    # a voter both present and in writing, and a vote cast twice: each named once, in order
    assert refusal(named(("m3",), ("m1", "m1"), written=("m3",))) \
        == ("vote.twice", {"who": "M3, M1"})
    assert refusal(named(("m1",), ("m2", "m3"))) == ("vote.not_present", {"who": "M2, M3"})
    assert refusal(named(("m1",), (), ("m2",))) == ("vote.not_present", {"who": "M2"})
    assert refusal(named(("m1",), (), (), ("m2",))) == ("vote.not_present", {"who": "M2"})
    assert refusal(Ballot("merit", "m7", VoteMethod.SECRET, ("m1",))) \
        == ("vote.not_proposed", {"candidate": "M7", "award": "merit",
                                  "proposed": "M0, M1"})


@pytest.mark.parametrize(("counts", "refused"), [
    ((2, 0, 0), None), ((1, 1, 0), None), ((0, 1, 1), None), ((0, 0, 2), None),
    ((3, 0, 0), ("vote.too_many", {"votes": 3, "voters": 2})),
    ((1, 1, 1), ("vote.too_many", {"votes": 3, "voters": 2})),
    ((0, 0, 3), ("vote.too_many", {"votes": 3, "voters": 2})),
    ((-1, 0, 0), ("vote.too_many", {"votes": -1, "voters": 2})),
    ((0, -1, 0), ("vote.too_many", {"votes": -1, "voters": 2})),
    ((0, 0, -1), ("vote.too_many", {"votes": -1, "voters": 2})),
])
def test_a_secret_ballot_counts_no_more_votes_than_voters(
        counts: tuple[int, int, int], refused: tuple[str, dict[str, object]] | None) -> None:
    votes_for, against, abstaining = counts
    ballot = Ballot("merit", "m1", VoteMethod.SECRET, ("m1",), written=("m2",),
                    for_count=votes_for, against_count=against, abstain_count=abstaining)
    assert refusal(ballot) == refused


def test_a_refusal_names_units_by_their_names_when_given() -> None:
    names = {"m1": "Hội Bình", "m2": "Hội Đông"}
    with pytest.raises(DeliberationError) as caught:
        check_ballot(named(("m1",), ("m2",)), MEMBERS, ("m0",), names)
    assert caught.value.values["who"] == "Hội Đông"
    with pytest.raises(DeliberationError) as caught:
        check_ballot(Ballot("merit", "m2", VoteMethod.SECRET, ()), MEMBERS, (), names)
    assert dict(caught.value.values) == {"candidate": "Hội Đông", "award": "merit",
                                         "proposed": "—"}
