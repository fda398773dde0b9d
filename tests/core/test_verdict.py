"""The verifier's verdict on an explanation is a field of its own: written to and read from
the submission file, read out of the answer of a file written before it had one
(``Chấp nhận: …``), refused with the file and line when it is not one of the three, and
recorded in the change log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
    PluginRegistry,
    ValidationError,
    Verdict,
    Workspace,
    source_text,
    split_answer,
)
from emulation_core.audit import read_chain

WHEN = dt.datetime(2018, 12, 10, 9, 0, tzinfo=dt.UTC)
WRITTEN = {"Chấp nhận": Verdict.ACCEPTED, "Không chấp nhận": Verdict.REJECTED,
           "Accepted": Verdict.ACCEPTED, "Refused": Verdict.REJECTED,
           "Chấp nhận một phần": Verdict.PARTLY, "Partly accepted": Verdict.PARTLY}
"""What the interface wrote at the start of an answer before the verdict had its field."""

_TEXT = st.text(alphabet="abcdđêôơư ạảãàá.,;12", min_size=1, max_size=30).filter(
    lambda s: s.strip() != "")


@given(said=st.sampled_from(sorted(WRITTEN)), text=_TEXT)
def test_an_answer_that_starts_with_its_verdict_is_read_into_both(said: str,
                                                                  text: str) -> None:
    assert split_answer(f"{said}: {text}") == (WRITTEN[said], text.strip())


@given(text=_TEXT)
def test_an_answer_without_a_verdict_is_kept_whole(text: str) -> None:
    assert split_answer(text) == (None, text)
    assert split_answer(f"Đã xem: {text}") == (None, f"Đã xem: {text}")
    assert split_answer("Chấp nhận") == (None, "Chấp nhận")  # the text itself, nothing after


def _answered(make_ws: Callable[[], Path], registry: PluginRegistry,
              verdict: Verdict | None) -> Path:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        ws.add_explanation("c2018", "hoi-b", "1.3", "Đã bổ sung biên bản", now=WHEN)
        ws.answer_explanation("c2018", "hoi-b", "1.3", "Biên bản đủ một nửa", D(8),
                              verdict=verdict, now=WHEN)
    return root


def _file(root: Path) -> Path:
    return root / "campaigns" / "c2018" / "submissions" / "hoi-b.toml"


@pytest.mark.parametrize("verdict", list(Verdict))
def test_the_verdict_is_written_read_back_and_logged(
        make_ws: Callable[[], Path], registry: PluginRegistry, verdict: Verdict) -> None:
    root = _answered(make_ws, registry, verdict)
    assert f'verdict = "{verdict.value}"' in _file(root).read_text(encoding="utf-8")
    with Workspace.open(root, registry=registry) as ws:
        entry = ws.submissions("c2018")["hoi-b"].entry("1.3")
    assert (entry.verdict, entry.answer, entry.explained_points) == (
        verdict, "Biên bản đủ một nửa", D(8))
    entries, _, broken = read_chain(root)
    assert broken is None
    logged = [(e.change.code, e.change.old, e.change.new, e.change.reason) for e in entries
              if e.change.kind == "submission.verdict"]
    assert logged == [("1.3", None, verdict.value, "Biên bản đủ một nửa")]


def test_no_verdict_writes_no_key(make_ws: Callable[[], Path],
                                  registry: PluginRegistry) -> None:
    root = _answered(make_ws, registry, None)
    assert "verdict" not in _file(root).read_text(encoding="utf-8")


def test_an_old_file_with_the_verdict_in_its_answer_is_read_into_the_field(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = _answered(make_ws, registry, None)
    path = _file(root)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('answer = "Biên bản đủ một nửa"',
                                 'answer = "Không chấp nhận: Biên bản đủ một nửa"'),
                    encoding="utf-8")
    with Workspace.open(root, registry=registry) as ws:
        entry = ws.submissions("c2018")["hoi-b"].entry("1.3")
    assert (entry.verdict, entry.answer) == (Verdict.REJECTED, "Biên bản đủ một nửa")


@pytest.mark.parametrize("written", ['"maybe"', "1", '"Accepted"'])
def test_a_verdict_that_is_not_one_of_the_three_is_named_with_its_file_and_line(
        make_ws: Callable[[], Path], registry: PluginRegistry, written: str) -> None:
    root = _answered(make_ws, registry, Verdict.ACCEPTED)
    path = _file(root)
    text = path.read_text(encoding="utf-8").replace('verdict = "accepted"',
                                                    f"verdict = {written}")
    path.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("verdict"))
    with pytest.raises(ValidationError) as raised:
        Workspace.open(root, registry=registry)
    (problem,) = [p for p in raised.value.problems if "verdict" in str(p)]
    assert problem.file.endswith("submissions/hoi-b.toml") and problem.line == line


_SAID = {Verdict.ACCEPTED: ("chấp nhận", "accepted"),
         Verdict.PARTLY: ("chấp nhận một phần", "partly accepted"),
         Verdict.REJECTED: ("không chấp nhận", "rejected")}


@pytest.mark.parametrize("verdict", list(Verdict))
def test_the_points_after_an_explanation_say_the_verdict_in_both_languages(
        make_ws: Callable[[], Path], registry: PluginRegistry, verdict: Verdict) -> None:
    root = _answered(make_ws, registry, verdict)
    with Workspace.open(root, registry=registry) as ws:
        (row,) = [s for s in ws.scoreboard("c2018").breakdown("hoi-b")
                  if s.criterion.code == "1.3"]
    assert (row.source, row.explanation.verdict) == ("explained", verdict)
    vi, en = _SAID[verdict]
    assert source_text(row.explanation, "vi") == (
        f"điểm sau giải trình ({vi}), trả lời: Biên bản đủ một nửa")
    assert source_text(row.explanation, "en") == (
        f"points after the unit's explanation ({en}), answered: Biên bản đủ một nửa")


def test_an_answer_without_a_verdict_says_none(make_ws: Callable[[], Path],
                                               registry: PluginRegistry) -> None:
    root = _answered(make_ws, registry, None)
    with Workspace.open(root, registry=registry) as ws:
        (row,) = [s for s in ws.scoreboard("c2018").breakdown("hoi-b")
                  if s.criterion.code == "1.3"]
    assert row.source == "explained" and row.explanation.verdict is None
    assert source_text(row.explanation, "en") == (
        "points after the unit's explanation, answered: Biên bản đủ một nửa")
