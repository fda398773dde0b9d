"""Figures as integers from the moment a submission is read.

The reader keeps each submission's figures as integers beside it (values written as TOML
integers taken as they are, entered points in units of the campaign's precision), and
shares one entry object among the reports that write the same points. These properties pin
that what it keeps equals the engine's own conversion of the Decimals, at the reader's unit
and at a finer one, and that scores and ranking from the reader's objects equal the
reference engine's on the same submissions.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import tomli
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import Bloc, Campaign, CriteriaTable, CriterionEntry, Status, Submission
from emulation_core.intfigures import Figures, figures_of, reading_units
from emulation_core.serialize import Reader, dump_submission, read_submission
from emulation_core.serialize.entries import read_entries
from emulation_core.tomlsource import TomlSource
from emulation_core.units import Units

from .reference_scoring import reference_ranking, reference_scores
from .test_engine_differential import replay_edits
from .test_properties import BOARD, TYPE, board_of, scenarios, submissions

D = Decimal


def source_of(text: str, name: str = "m0") -> TomlSource:
    return TomlSource(Path(f"{name}.toml"), f"submissions/{name}.toml", text, tomli.loads(text))


def read_back(sub: Submission, campaign: Campaign, table: CriteriaTable,
              ) -> tuple[Submission | None, list[object]]:
    """``sub`` written as its file and read by the workspace's reader."""
    codes = {c.code: c for c in table.leaves()}
    found, problems = read_submission(source_of(tomli_w.dumps(dump_submission(sub)), sub.member),
                                      sub.member, campaign.id, table, codes,
                                      campaign.precision)
    return found, list(problems)


def read_all(campaign: Campaign, subs: dict[str, Submission]) -> dict[str, Submission]:
    """The submissions that read back without a problem (a score finer than the precision
    is refused), as the reader made them."""
    found = {}
    for member, sub in subs.items():
        read, _ = read_back(sub, campaign, campaign.table)
        if read is not None:
            found[member] = read
    return found


def same_figures(kept: Figures, fresh: Figures) -> None:
    assert kept.decimals == fresh.decimals
    assert (kept.whole, kept.fractional) == (fresh.whole, fresh.fractional)
    assert (kept.reviewed, kept.picked) == (fresh.reviewed, fresh.picked)


@BOARD
@given(scenarios())
def test_the_figures_kept_when_read_equal_the_engines_conversion(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]]) -> None:
    _, campaign, subs = scenario
    for sub in subs.values():
        read, problems = read_back(sub, campaign, campaign.table)
        if read is None:
            assert problems  # refused with a reason, never silently
            continue
        assert read == sub
        at_precision = reading_units(campaign.precision)
        for units in (at_precision, Units(campaign.precision, at_precision.decimals + 2)):
            kept = figures_of(read, read.values, units)
            same_figures(kept, Figures(read.values, read, units))
            assert figures_of(read, read.values, units) is kept  # kept at that unit now


@BOARD
@given(scenarios(), st.data())
def test_scores_from_the_readers_objects_equal_the_reference_after_edits(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]], data: st.DataObject) -> None:
    bloc, campaign, subs = scenario
    read = read_all(campaign, subs)
    live = board_of(bloc, campaign, read)
    expected = reference_scores(bloc, campaign, {TYPE: campaign.table}, read)
    assert repr(dict(live.scores)) == repr(expected)
    assert repr(live.ranking) == repr(reference_ranking(expected, campaign))
    current = replay_edits(live, bloc, campaign, read, data, submissions)
    expected = reference_scores(bloc, campaign, {TYPE: campaign.table}, current)
    assert repr(dict(live.scores)) == repr(expected)
    assert repr(live.ranking) == repr(reference_ranking(expected, campaign))


def test_entries_of_points_only_are_shared_and_others_read_each_time() -> None:
    text = ('[criteria."1.1"]\nself = 1.5\nverified = 1\n'
            '[criteria."1.2"]\nself = 2\nreason = "đủ"\n')
    first, second = (read_entries(Reader(source_of(text)), tomli.loads(text), {}, D("0.01"))
                     for _ in range(2))
    assert first.entries["1.1"] == CriterionEntry(D("1.5"), D(1))
    assert second.entries["1.1"] is first.entries["1.1"]
    assert second.entries["1.2"] == first.entries["1.2"] == CriterionEntry(D(2), reason="đủ")
    assert second.entries["1.2"] is not first.entries["1.2"]
    assert first.points == {"1.1": (100, True), "1.2": (200, False)}


def test_a_float_zero_keeps_its_sign_and_a_bad_entry_is_reported_every_time() -> None:
    for written, sign in (("-0.0", 1), ("0.0", 0), ("-0.0", 1)):
        text = f'[criteria."1.1"]\nself = {written}\n'
        entry = read_entries(Reader(source_of(text)), tomli.loads(text), {}, D("0.01"))
        assert entry.entries["1.1"].self_points.as_tuple().sign == sign  # type: ignore[union-attr]
    text = '[criteria."1.1"]\nself = "một"\n'
    for _ in range(2):
        reader = Reader(source_of(text))
        read_entries(reader, tomli.loads(text), {}, D("0.01"))
        assert [(p.file, p.line) for p in reader.problems] == [("submissions/m0.toml", 2)]


def test_a_score_finer_than_the_precision_is_left_to_the_engine() -> None:
    text = '[criteria."1.1"]\nself = 1.125\n'
    read = read_entries(Reader(source_of(text)), tomli.loads(text), {}, D("0.01"))
    assert read.points is None and read.entries["1.1"] == CriterionEntry(D("1.125"))
    sub = Submission("m0", "c", Status.SUBMITTED, {}, read.entries)
    assert figures_of(sub, sub.values, Units(D("0.001"), 0)).picked == {"1.1": 1125}
