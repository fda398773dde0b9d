"""The commands' own sentences (summaries, confirmations, the question before applying forms,
table headings) come from the message catalog in the language of errors: English by
default, Vietnamese with `EMULATION_LANG=vi` (or the command's `--lang`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from emulation_core.form_layout import VALUES_SHEET
from emulation_core.forms import form_file_name

from .clitools import run, snapshot

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


def _criteria_file(ws: Path) -> Path:
    return ws.parent / "bang.xlsx"


# (words after the verb, with {ws} and {tmp} filled in; said in English; in Vietnamese)
CASES = [
    ("member list {ws}", ["Short", "lead "], ["Tên ngắn", "khối trưởng "]),
    ("campaign list {ws}", ["Deadline", "Members"], ["Hạn nộp", "Đơn vị"]),
    ("validate {ws}", ["members, 2 campaigns", "no problems."],
     ["đơn vị, 2 đợt thi đua", "không có vấn đề."]),
    ("audit verify {ws}", ["entries, chain head", "every tracked file matches it"],
     ["mục, mã đầu chuỗi", "mọi tệp được theo dõi đều khớp"]),
    ("criteria export {ws} -c " + C + " -o {tmp}/bang.xlsx",
     ["criteria and", "indicators to"], ["tiêu chí và", "chỉ số vào"]),
    ("criteria template -o {tmp}/mau.xlsx", ["Wrote the criteria template to"],
     ["Đã ghi mẫu bảng tiêu chí vào"]),
    ("forms make {ws} -c " + C + " --out {tmp}/forms",
     ["forms for " + C + " written to"], ["biểu mẫu của đợt thi đua " + C + " vào"]),
    ("init {tmp}/new --name Khối", ["Created an empty workspace in"],
     ["Đã tạo sổ thi đua trống trong"]),
    ("demo --copy-to {tmp}/demo", ["Wrote the sample workspace to"],
     ["Đã ghi sổ thi đua mẫu vào"]),
    ("cross show {ws} -c " + C, ["Cross-scoring " + C, "recused: ", "abstained: ", "scorers"],
     ["Chấm chéo " + C, "không chấm: ", "bỏ chấm: ", "người chấm"]),
    ("cross show {ws} -c " + C + " --scorer hoi-khuyen-hoc", ["others' median", "flag 3.5: "],
     ["trung vị của người khác", "lưu ý 3.5: "]),
    ("plugins list", ["Association-type plugins", "Package"], ["Plugin loại hình hội", "Gói"]),
    ("plugins new thu-nghiem-ngon-ngu --dir {tmp}/plugin", ["Created the plugin package"],
     ["Đã tạo gói plugin"]),
    ("export {ws} -c " + C + " --output {tmp}/bang.csv", ["members, " + C], ["đơn vị, " + C]),
]


def _said(ws: Path, tmp: Path, words: str, capsys: pytest.CaptureFixture[str]) -> str:
    tmp.mkdir(exist_ok=True)
    args = [w.format(ws=ws, tmp=tmp) for w in words.split()]
    code, out, err = run(args, capsys)
    assert code == 0, err
    return " ".join(out.split())


@pytest.mark.parametrize(("words", "english", "vietnamese"), CASES,
                         ids=[c[0].split()[0] + "-" + c[0].split()[1] for c in CASES])
def test_a_commands_own_output_is_said_in_the_language_of_errors(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, words: str, english: list[str],
        vietnamese: list[str]) -> None:
    monkeypatch.delenv("EMULATION_LANG", raising=False)
    said = _said(ws, tmp_path / "en", words, capsys)
    assert all(text in said for text in english), said
    assert not any(text in said for text in vietnamese)
    monkeypatch.setenv("EMULATION_LANG", "vi")
    said = _said(ws, tmp_path / "vi", words, capsys)
    assert all(text in said for text in vietnamese), said
    assert not any(text in said for text in english)


@pytest.mark.parametrize(("lang", "checked", "unchanged", "heading"), [
    ("en", "Checked: the table is valid; nothing saved.",
     f"criteria of {C}: nothing changed.", "indicator / parameters"),
    ("vi", "Đã kiểm tra: bảng tiêu chí hợp lệ; chưa lưu gì.",
     f"bảng tiêu chí của {C}: không có gì thay đổi.", "chỉ số / tham số"),
])
def test_checking_a_criteria_table_says_so_in_the_language(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, lang: str, checked: str, unchanged: str,
        heading: str) -> None:
    monkeypatch.setenv("EMULATION_LANG", lang)
    book = tmp_path / "bang.xlsx"
    assert run(["criteria", "export", str(ws), "-c", C, "-o", str(book)], capsys)[0] == 0
    before = snapshot(ws)
    said = _said(ws, tmp_path, f"criteria import {ws} -c {C} {book} --check", capsys)
    assert checked in said and unchanged in said and heading in said
    assert snapshot(ws) == before


def _edited_form(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A member's form with a figure changed, so that importing it asks first."""
    folder = tmp_path / "forms"
    assert run(["forms", "make", str(ws), "-c", C, "--out", str(folder)], capsys)[0] == 0
    path = folder / form_file_name(C, "hoi-nha-bao")
    book = load_workbook(path)
    book[VALUES_SHEET]["E2"] = 987654  # the first indicator: no unit reports this many
    book.save(path)
    return path


class _Terminal:
    """Standard input as a terminal whose answer to the question is ``answer``."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def isatty(self) -> bool:
        return True

    def ask(self) -> Callable[[str], str]:
        def answered(question: str) -> str:
            self.asked.append(question)
            return self.answer
        return answered


@pytest.mark.parametrize(("lang", "question", "refused", "answer"), [
    ("en", "Apply these changes? [y/N] ", "Nothing was changed.", "n"),
    ("vi", "Áp dụng các thay đổi này? [c/K] ", "Không có gì bị thay đổi.", "k"),
])
def test_forms_import_asks_and_refuses_in_the_language(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, lang: str, question: str, refused: str,
        answer: str) -> None:
    monkeypatch.setenv("EMULATION_LANG", lang)
    form = _edited_form(ws, tmp_path, capsys)
    before = snapshot(ws)
    terminal = _Terminal(answer)
    monkeypatch.setattr(sys, "stdin", terminal)
    monkeypatch.setattr("builtins.input", terminal.ask())
    code, out, _ = run(["forms", "import", str(ws), str(form), *AS], capsys)
    assert code == 1 and terminal.asked == [question]
    assert refused in out
    assert snapshot(ws) == before


def test_the_cross_forms_summary_follows_lang_over_the_environment(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMULATION_LANG", "en")
    out = tmp_path / "cheo"
    out.mkdir()
    code, said, err = run(["cross", "form", str(ws), "-c", C, "--out", str(out), "--lang",
                           "vi", *AS], capsys)
    assert code == 0, err
    assert "phiếu chấm chéo vào" in said and "scorers' forms" not in said
