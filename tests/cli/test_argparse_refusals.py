"""argparse's own refusals (an option missing, a choice not offered, a number that is not
one, a word not understood) exit 2; under `EMULATION_LANG=vi` or `--lang vi` they are said
in Vietnamese from the catalog, under English as argparse writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from emulation_cli.usage_errors import flag_in, usage_refusal

from .clitools import run

C = "2018-ca-nam"

# (the command line after `emulation`, with {ws} for the workspace; English; Vietnamese)
CASES = [
    (["return", "{ws}", "-c", C, "-m", "hoi-nha-bao"],
     "error: the following arguments are required: --reason",
     "lỗi: thiếu tham số bắt buộc: --reason"),
    (["answer", "{ws}", "-c", C, "-m", "hoi-nha-bao", "--criterion", "1.1", "--text", "t",
      "--verdict", "maybe"],
     "error: argument --verdict: invalid choice: 'maybe'",
     "lỗi: --verdict: không có lựa chọn 'maybe' (chọn một trong 'accepted', 'rejected', "
     "'partly')"),
    (["leadership", "set", "{ws}", "--year", "20x6", "--lead", "hoi-nha-bao"],
     "error: argument --year: invalid int value: '20x6'",
     "lỗi: --year: '20x6' không phải số nguyên"),
    (["rank", "{ws}", "--bogus"], "error: unrecognized arguments: --bogus",
     "lỗi: không hiểu tham số: --bogus"),
    (["rank", "{ws}", "-c"], "error: argument --campaign/-c: expected one argument",
     "lỗi: --campaign/-c: cần một giá trị theo sau"),
]


@pytest.mark.parametrize(("words", "english", "vietnamese"), CASES)
def test_argparse_refusals_in_each_language(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        words: list[str], english: str, vietnamese: str) -> None:
    line = [str(ws) if w == "{ws}" else w for w in words]
    monkeypatch.delenv("EMULATION_LANG", raising=False)
    with pytest.raises(SystemExit) as stopped:
        run(line, capsys)
    err = " ".join(capsys.readouterr().err.split())
    assert stopped.value.code == 2 and err.startswith("usage: emulation")
    assert english in err and "lỗi" not in err
    monkeypatch.setenv("EMULATION_LANG", "vi")
    with pytest.raises(SystemExit) as stopped:
        run(line, capsys)
    err = " ".join(capsys.readouterr().err.split())
    assert stopped.value.code == 2 and vietnamese in err and "error:" not in err


def test_lang_on_the_line_chooses_the_language_of_the_refusal(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMULATION_LANG", raising=False)
    with pytest.raises(SystemExit):
        run(["rank", str(ws), "--lang", "vi", "--format", "xml"], capsys)
    err = " ".join(capsys.readouterr().err.split())
    assert "lỗi: --format: không có lựa chọn 'xml'" in err
    monkeypatch.setenv("EMULATION_LANG", "vi")
    with pytest.raises(SystemExit):
        run(["rank", str(ws), "--lang=en", "--format", "xml"], capsys)
    assert "error: argument --format: invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize(("words", "flag"), [
    (["--lang", "vi"], "vi"), (["--lang=en"], "en"), (["--lang"], None),
    (["--lang", "fr"], None), (["-c", "vi"], None), ([], None)])
def test_the_flag_is_found_on_the_line(words: list[str], flag: str | None) -> None:
    assert flag_in(words) == flag


def test_a_refusal_argparse_is_not_known_to_write_stays_as_written(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMULATION_LANG", "vi")
    assert usage_refusal("something new", []) == "lỗi: something new"
