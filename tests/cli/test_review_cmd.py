"""`emulation values set`, `submit`, `return`, `verify`, `lock`, `unlock`: success, bad input
(exit 2, nothing changed), and who is recorded."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from emulation_cli import main
from emulation_core import Status, Verdict, Workspace
from emulation_core.audit import read_chain

from .clitools import run, snapshot

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]




@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


def status(root: Path, member: str, campaign: str = C) -> Status:
    with Workspace.open(root) as opened:
        return opened.submissions(campaign)[member].status


def a_draft(ws: Path) -> str:
    with Workspace.open(ws) as opened:
        return next(m for m, s in opened.submissions(C).items() if s.status is Status.DRAFT)


def a_submitted(ws: Path) -> str:
    with Workspace.open(ws) as opened:
        return next(m for m, s in opened.submissions(C).items()
                    if s.status is Status.SUBMITTED)


def test_values_set_reads_people_numbers_and_records_who(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    member = a_draft(ws)
    with Workspace.open(ws) as opened:
        sub = opened.submissions(C)[member]
        key = next(iter(sub.values))
    code, out, _ = run(["values", "set", str(ws), "-c", C, "-m", member, f"{key}=1.430",
                        *AS], capsys)
    assert code == 0, out
    assert f"submission.value {C}/{member}/{key}" in out and "→ 1430" in out
    entries = read_chain(ws)[0]
    assert entries[-1].by.name == "Nguyễn Văn An"
    with Workspace.open(ws) as opened:
        assert opened.submissions(C)[member].values[key] == 1430


@pytest.mark.parametrize("args", [
    ["values", "set", "{ws}", "-c", C, "-m", "{m}", "nokey=1"],
    ["values", "set", "{ws}", "-c", C, "-m", "{m}", "novalue"],
    ["values", "set", "{ws}", "-c", C, "-m", "{m}", "{key}=1,2,3"],
    ["values", "set", "{ws}", "-c", "nope", "-m", "{m}", "{key}=1"],
    ["values", "set", "{ws}", "-c", C, "-m", "not-a-member", "{key}=1"],
    ["submit", "{ws}", "-c", C, "-m", "{sent}"],
    ["return", "{ws}", "-c", C, "-m", "{sent}", "--reason", "  "],
    ["return", "{ws}", "-c", C, "-m", "{m}", "--reason", "draft cannot be returned"],
    ["verify", "{ws}", "-c", C, "-m", "{m}"],
    ["verify", "{ws}", "-c", C, "-m", "{sent}", "--value", "{key}=3"],
    ["verify", "{ws}", "-c", C, "-m", "{sent}", "--value", "{key}=3", "--reason", " "],
    ["lock", "{ws}", "-c", C],
    ["unlock", "{ws}", "-c", C, "--reason", "not locked"],
])
def test_bad_input_exits_2_and_changes_nothing(
        ws: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    member, sent = a_draft(ws), a_submitted(ws)
    with Workspace.open(ws) as opened:
        key = next(iter(opened.submissions(C)[sent].values))
    before = snapshot(ws)
    filled = [a.format(ws=ws, m=member, sent=sent, key=key) for a in args]
    code, out, err = run([*filled, *AS], capsys)
    assert code == 2
    assert err.startswith("error:") and "Traceback" not in err
    assert out == ""
    assert snapshot(ws) == before


def test_submit_return_resubmit_verify_with_a_correction(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    member = a_draft(ws)
    base = [str(ws), "-c", C, "-m", member, *AS]
    code, out, _ = run(["submit", *base], capsys)
    assert code == 0 and "submission.status" in out and "draft → submitted" in out
    code, out, _ = run(["return", *base, "--reason", "thiếu minh chứng"], capsys)
    assert code == 0 and "submitted → returned" in out
    assert status(ws, member) is Status.RETURNED
    assert run(["submit", *base], capsys)[0] == 0
    with Workspace.open(ws) as opened:
        reported = dict(opened.submissions(C)[member].values)
    key = next(iter(reported))
    code, out, _ = run(["verify", *base, "--value", f"{key}=7", "--reason", "sổ ghi sai"],
                       capsys)
    assert code == 0, out
    assert f"submission.correction {C}/{member}/{key}" in out and "submitted → verified" in out
    with Workspace.open(ws) as opened:
        sub = opened.submissions(C)[member]
        assert sub.values == reported and sub.corrections[key].value == 7
        assert sub.corrections[key].reason == "sổ ghi sai"
        assert [s.status for s in sub.history][-4:] == [
            Status.SUBMITTED, Status.RETURNED, Status.SUBMITTED, Status.VERIFIED]


def test_lock_refuses_edits_and_unlock_needs_a_reason(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(ws) as opened:
        waiting = [m for m, s in opened.submissions(C).items() if s.status is not Status.VERIFIED]
    for member in waiting:
        base = [str(ws), "-c", C, "-m", member, *AS]
        if status(ws, member) is Status.DRAFT:
            assert run(["submit", *base], capsys)[0] == 0
        assert run(["verify", *base], capsys)[0] == 0
    code, out, _ = run(["lock", str(ws), "-c", C, "--reason", "họp khối", *AS], capsys)
    assert code == 0 and f"campaign.locked {C}" in out
    before = snapshot(ws)
    member = waiting[0]
    with Workspace.open(ws) as opened:
        key = next(iter(opened.submissions(C)[member].values))
    code, _, err = run(["values", "set", str(ws), "-c", C, "-m", member, f"{key}=1", *AS],
                       capsys)
    assert code == 2 and "locked" in err
    assert snapshot(ws) == before
    with pytest.raises(SystemExit) as refused:  # --reason is required
        main(["unlock", str(ws), "-c", C, *AS])
    assert refused.value.code == 2
    code, out, _ = run(["unlock", str(ws), "-c", C, "--reason", "sửa theo kết luận", *AS],
                       capsys)
    assert code == 0 and "sửa theo kết luận" in out
    (entry,) = [e for e in read_chain(ws)[0] if e.change.kind == "campaign.unlocked"]
    assert entry.change.reason == "sửa theo kết luận"
    assert entry.by.name == "Nguyễn Văn An"


def _a_judged_code(ws: Path, member: str) -> str:
    with Workspace.open(ws) as opened:
        table = opened.table_for(C, opened.bloc.member(member).type)  # type: ignore[union-attr]
        return next(c.code for c in table.leaves() if c.rule.kind == "judged")


def test_explain_then_answer_with_points_records_both_and_the_points_count(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    member = a_submitted(ws)
    code = _a_judged_code(ws, member)
    logged = len(read_chain(ws)[0])
    done, out, err = run(["explain", str(ws), "-c", C, "-m", member, "--criterion", code,
                          "--text", "Đã bổ sung minh chứng", "--as", f"member:{member}"],
                         capsys)
    assert done == 0, err
    assert "Đã bổ sung minh chứng" in out
    done, out, err = run(["answer", str(ws), "-c", C, "-m", member, "--criterion", code,
                          "--text", "Đủ biên bản", "--verdict", "partly", "--points", "1,5",
                          *AS], capsys)
    assert done == 0, err
    assert "submission.verdict" in out and "partly" in out
    with Workspace.open(ws) as opened:
        entry = opened.submissions(C)[member].entries[code]
        assert (entry.explanation, entry.answer) == ("Đã bổ sung minh chứng", "Đủ biên bản")
        assert entry.verdict is Verdict.PARTLY
        assert entry.explained_points == Decimal("1.5")
        assert entry.reviewed_points == Decimal("1.5")
    by = [(e.by.role.value, e.by.name) for e in read_chain(ws)[0][logged:]]
    assert ("member", member) in by and by[-1] == ("lead", "Nguyễn Văn An")


@pytest.mark.parametrize("words", [
    ["explain", "--criterion", "NO-SUCH", "--text", "x"],
    ["explain", "--criterion", "{code}", "--text", "  "],
    ["answer", "--criterion", "{code}", "--text", "ok"],          # nothing to answer yet
    ["answer", "--criterion", "{code}", "--text", "ok", "--points", "1.2.3"],
])
def test_explain_and_answer_refuse_bad_input_and_change_nothing(
        ws: Path, capsys: pytest.CaptureFixture[str], words: list[str]) -> None:
    member = a_submitted(ws)
    code = _a_judged_code(ws, member)
    before = snapshot(ws)
    verb, *rest = [w.replace("{code}", code) for w in words]
    done, _, err = run([verb, str(ws), "-c", C, "-m", member, *rest, *AS], capsys)
    assert done == 2
    assert "Traceback" not in err and err
    assert snapshot(ws) == before


def test_a_verdict_not_one_of_the_three_is_refused_by_name(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    member = a_submitted(ws)
    before = snapshot(ws)
    with pytest.raises(SystemExit) as exited:
        run(["answer", str(ws), "-c", C, "-m", member, "--criterion", "1", "--text", "ok",
             "--verdict", "maybe", *AS], capsys)
    assert exited.value.code == 2
    assert "--verdict: invalid choice: 'maybe'" in capsys.readouterr().err
    assert snapshot(ws) == before


def test_explain_is_refused_on_a_draft(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    member = a_draft(ws)
    code = _a_judged_code(ws, member)
    done, _, err = run(["explain", str(ws), "-c", C, "-m", member, "--criterion", code,
                        "--text", "x", *AS], capsys)
    assert done == 2 and err
