"""Usage errors come from the message catalog: English by default, Vietnamese with
`--lang vi` or `EMULATION_LANG=vi`; each exits 2 and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from .clitools import run, snapshot

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]
PRESENT = ["--present", "hoi-nha-bao,hoi-vhnt"]

# (words after the workspace, said in English, said in Vietnamese)
CASES = [
    (["awards", "-c", C, "--propose", "hoi-cuu-tnxp", "--award", "merit", *AS],
     "--propose needs --award AWARD and --reason TEXT",
     "--propose cần --award GIẢI_THƯỞNG và --reason LÝ_DO"),
    (["awards", "-c", C, "--exclude", "hoi-cuu-tnxp", "--reason", "x", *AS],
     "--exclude needs --award AWARD and --reason TEXT",
     "--exclude cần --award GIẢI_THƯỞNG và --reason LÝ_DO"),
    (["vote", "-c", C, "--award", "merit", "--candidate", "hoi-nha-bao", *PRESENT,
      "--for-count", "2", *AS],
     "a show of hands names the voters", "biểu quyết giơ tay ghi tên người biểu quyết"),
    (["vote", "-c", C, "--award", "merit", "--candidate", "hoi-nha-bao", *PRESENT,
      "--method", "secret", "--for", "hoi-nha-bao", *AS],
     "a secret ballot gives counts only", "bỏ phiếu kín chỉ ghi số phiếu"),
    (["meeting", "-c", C, "--at", "28/12/2018", "--place", "Hạ Long", "--chair", "An",
      *AS],
     "--at '28/12/2018': write the date and time as YYYY-MM-DDTHH:MM",
     "--at '28/12/2018': ghi ngày giờ theo dạng YYYY-MM-DDTHH:MM"),
    (["cross", "config", "-c", C, *AS],
     "cross config: give --method, --mode or --weight",
     "cross config: cho --method, --mode hoặc --weight"),
    (["whatif", "-c", C, "-m", "hoi-ma"],
     "-m hoi-ma: not a member of the bloc", "-m hoi-ma: không phải đơn vị của khối"),
    (["submit", "-c", C, "-m", "hoi-ma", *AS],
     "-m hoi-ma: not a member of the bloc", "-m hoi-ma: không phải đơn vị của khối"),
    (["minutes", "-c", C, "-o", "bien-ban.pdf"],
     "-o bien-ban.pdf: write the minutes to a .md or .docx file",
     "-o bien-ban.pdf: biên bản ghi ra tệp .md hoặc .docx"),
    # figures and dates typed on the command line: why, then how to write them
    (["values", "set", "-c", C, "-m", "hoi-vhnt", "new_members=1.2,3", *AS],
     "new_members: '1.2,3': separators must split the digits into groups of three; write",
     "new_members: '1.2,3': dấu phân cách phải chia chữ số thành từng nhóm ba; viết"),
    (["campaign", "new", "c2019", "--title", "Năm 2019", "--period", "custom", "--year",
      "2019", "--start", "31/02/2019", "--end", "2019-12-31", "--deadline", "2019-12-20",
      *AS],
     "--start: '31/02/2019' is not a date in the calendar (day 31, month 2); write",
     "--start: '31/02/2019' không có trên lịch (ngày 31, tháng 2); viết 15/01/2026"),
    (["export", "-c", C, "-o", "ket-qua.xlsx", "--date", "mai"],
     "--date: 'mai' is not a date; write 2026-01-15",
     "--date: 'mai' không phải ngày tháng; viết 15/01/2026"),
    (["export", "-c", C, "-o", "ket-qua.abc"],
     "ket-qua.abc: cannot tell the format from the name; add --format",
     "ket-qua.abc: không đoán được định dạng từ tên tệp; thêm --format"),
    (["export", "-c", C, "-o", "ket-qua.json", "--raw"],
     "--raw: only for --format csv", "--raw: chỉ dùng với --format csv"),
    (["register", "-c", C, "--movement", "Phong trào A", *AS],
     "-m/--member: say which member registers the content",
     "-m/--member: cho biết đơn vị nào đăng ký nội dung"),
    (["score", "-m", "hoi-ma"],
     "-m hoi-ma: not a member of the bloc", "-m hoi-ma: không phải đơn vị của khối"),
    (["audit", "log", "--since", "hôm qua"],
     "--since: 'hôm qua' is not a date; write it as 2026-03-01",
     "--since: 'hôm qua' không phải ngày; viết 2026-03-01"),
]


def _words(ws: Path, words: list[str]) -> list[str]:
    verb, *rest = words
    if verb in {"cross", "values", "campaign", "audit"}:  # a group: its verb comes first
        verb, rest = f"{verb} {rest[0]}", rest[1:]
    return [*verb.split(), str(ws), *rest]


@pytest.mark.parametrize(("words", "english", "vietnamese"), CASES,
                         ids=[f"{c[0][0]}-{i}" for i, c in enumerate(CASES)])
def test_a_usage_error_is_said_in_the_language_of_errors(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        words: list[str], english: str, vietnamese: str) -> None:
    before = snapshot(ws)
    monkeypatch.delenv("EMULATION_LANG", raising=False)
    code, _, err = run(_words(ws, words), capsys)
    assert code == 2 and english in err and vietnamese not in err
    monkeypatch.setenv("EMULATION_LANG", "vi")
    code, _, err = run(_words(ws, words), capsys)
    assert code == 2 and vietnamese in err and english not in err
    assert snapshot(ws) == before
