"""`emulation minutes`: the meeting's minutes carry every member, the proposals, the ballots,
the stability paragraph and the change log's head, which `audit verify --expect` accepts."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from emulation_core import Workspace, sample_workspace_path
from emulation_core.audit import HEAD_FILE, LOG_FILE

from .clitools import run

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]


def test_minutes_hold_the_deliberation(ws: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    present = "lien-minh-htx,hoi-chu-thap-do,hoi-nha-bao,hoi-vhnt,lien-hiep-khkt"
    assert run(["meeting", str(ws), "-c", C, "--at", "2018-12-28T08:00", "--place",
                "Hạ Long", "--chair", "Nguyễn Văn An", "--secretary", "Trần Thị Bình",
                "--attended", present, *AS], capsys)[0] == 0
    assert run(["vote", str(ws), "-c", C, "--award", "provincial_flag", "--candidate",
                "hoi-chu-thap-do", "--present", present, "--written",
                "hoi-khuyen-hoc,doan-luat-su", "--for", f"{present},hoi-khuyen-hoc,doan-luat-su",
                *AS], capsys)[0] == 0
    out = tmp_path / "bien-ban.md"
    code, said, err = run(["minutes", str(ws), "-c", C, "-o", str(out)], capsys)
    assert code == 0, err
    text = out.read_text("utf-8")
    with Workspace.open(ws) as opened:
        for member in opened.bloc.members:
            assert member.name in text
    head = re.search(r"`([0-9a-f]{64})`", text)
    assert head is not None and head.group(1) in said
    assert run(["audit", "verify", str(ws), "--expect", head.group(1)], capsys)[0] == 0
    assert "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Cặp liền kề" in text  # the stability paragraph
    assert "đạt: 7 phiếu đồng ý, cần 6" in text  # 5 present and 2 in writing, all for
    assert "06/2022/QH15" in text and "Hạ Long" in text and "Trần Thị Bình" in text


def test_minutes_refuse_another_format(ws: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["minutes", str(ws), "-c", C, "-o", str(tmp_path / "x.pdf")], capsys)
    assert code == 2 and ".md" in err
    assert not (tmp_path / "x.pdf").exists()


def test_minutes_as_docx(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from docx import Document

    out = tmp_path / "bien-ban.docx"
    code, said, err = run(["minutes", str(ws), "-c", C, "-o", str(out)], capsys)
    assert code == 0, err
    document = Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    with Workspace.open(ws) as opened:
        for member in opened.bloc.members:
            assert member.name in text + cells
    head = re.search(r"[0-9a-f]{64}", said)
    assert head is not None and head.group(0) in text
    assert "BIÊN BẢN" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells
    assert "Trần Thị Bình" in text  # the sample's meeting: its secretary


def test_minutes_of_a_workspace_without_a_change_log_say_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "fresh"
    shutil.copytree(sample_workspace_path(), root)
    for name in (LOG_FILE, HEAD_FILE):  # as if made before the change log existed
        (root / name).unlink()
    out = tmp_path / "bien-ban.md"
    code, _, err = run(["minutes", str(root), "-c", C, "-o", str(out)], capsys)
    assert code == 0 and "no change log yet" in err
    assert "chưa có nhật ký thay đổi" in out.read_text("utf-8")
