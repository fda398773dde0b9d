"""What the library refuses while the bloc is set up, and dates typed by people, are said in
Vietnamese as well as English, from the catalog: the UI and ``--lang vi`` show them so."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
    CampaignPlan,
    DateError,
    EmulationError,
    Member,
    PeriodKind,
    ValidationError,
    Workspace,
    add_member,
    new_campaign,
    parse_actor,
    read_date,
    remove_member,
    sample_workspace_path,
    set_leadership,
)
from emulation_core.awardrules import load_rule_set
from emulation_core.crossassign import assign_scorers

LEAD = parse_actor("lead:Nguyễn Văn An")


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    shutil.copytree(sample_workspace_path(), tmp_path / "ws")
    opened = Workspace.open(tmp_path / "ws", writable=True, actor=LEAD)
    yield opened
    opened.close()


def _said(error: EmulationError) -> tuple[str, str]:
    if isinstance(error, ValidationError):
        problem, = error.problems
        return (f"{problem.message_text('vi')} ({problem.hint_text('vi')})",
                f"{problem.message_text('en')} ({problem.hint_text('en')})")
    return error.text("vi"), error.text("en")


def test_removing_the_years_lead_is_refused_in_both_languages(ws: Workspace) -> None:
    with pytest.raises(EmulationError) as refused:
        remove_member(ws, "hoi-chu-thap-do")
    vi, en = _said(refused.value)
    assert "'hoi-chu-thap-do' là Trưởng khối hoặc Phó khối năm 2018" in vi
    assert "'hoi-chu-thap-do' is lead or deputy in 2018" in en


@pytest.mark.parametrize(("act", "vi", "en"), [
    (lambda ws: add_member(ws, Member("hoi-nha-bao", "Hội Nhà báo 2", "", "nha_bao")),
     "đã có đơn vị 'hoi-nha-bao' (chọn mã khác", "member 'hoi-nha-bao' exists already"),
    (lambda ws: add_member(ws, Member("hoi-moi", "  ", "", "nha_bao")),
     "để trống (ghi tên đầy đủ của đơn vị)", "is empty (give the unit's full name)"),
    (lambda ws: add_member(ws, Member("hoi-moi", "Hội Mới", "", "khong-co")),
     "'khong-co' không phải loại hội đã cài (các loại:", "'khong-co' is not an installed"),
    (lambda ws: set_leadership(ws, 2020, "hoi-ma"),
     "'hoi-ma' không phải đơn vị của khối (các đơn vị: lien-minh-htx",
     "'hoi-ma' is not a member of the bloc (members: lien-minh-htx"),
    (lambda ws: set_leadership(ws, 2020, "hoi-vhnt", "hoi-vhnt"),
     "Phó khối trùng Trưởng khối (chọn đơn vị khác làm Phó khối)",
     "the deputy is the lead (choose another unit as deputy)"),
    (lambda ws: remove_member(ws, "hoi-ma"),
     "khối không có đơn vị 'hoi-ma' (xem danh sách đơn vị", "no member 'hoi-ma' in the bloc"),
    (lambda ws: new_campaign(ws, CampaignPlan(
        "2019-ca-nam", "Tổng kết 2019", PeriodKind.YEAR_END, 2019, dt.date(2019, 12, 31),
        dt.date(2019, 1, 1), dt.date(2019, 12, 20))),
     "ngày kết thúc 2019-01-01 trước ngày bắt đầu 2019-12-31 (kiểm tra",
     "2019-01-01 is before start 2019-12-31 (check the campaign's dates)"),
    (lambda ws: new_campaign(ws, CampaignPlan(
        "2018-ca-nam", "Lặp", PeriodKind.YEAR_END, 2018, dt.date(2018, 1, 1),
        dt.date(2018, 12, 31), dt.date(2018, 12, 20))),
     "đã có đợt thi đua '2018-ca-nam'", "campaign '2018-ca-nam' exists already"),
    (lambda ws: new_campaign(ws, CampaignPlan(
        "Năm 2019", "Lặp", PeriodKind.YEAR_END, 2019, dt.date(2019, 1, 1),
        dt.date(2019, 12, 31), dt.date(2019, 12, 20))),
     "'Năm 2019' phải gồm", "'Năm 2019' must"),
])
def test_set_up_refusals_in_both_languages(ws: Workspace, act, vi: str, en: str) -> None:
    with pytest.raises(EmulationError) as refused:
        act(ws)
    said_vi, said_en = _said(refused.value)
    assert vi in said_vi and en in said_en


@pytest.mark.parametrize(("act", "vi", "en"), [
    (lambda: assign_scorers(["a", "b", "a"]), "một đơn vị được kê hai lần",
     "a member is listed twice"),
    (lambda: assign_scorers(["a", "b", "c"], 3),
     "không thể để mỗi đơn vị chấm 3 đơn vị khi khối có 3 đơn vị: chọn từ 1 đến 2",
     "3 scorers each is not possible with 3 members: choose 1 to 2"),
    (lambda: load_rule_set("khong-co"), "không có bộ quy tắc 'khong-co' (có sẵn:",
     "no rule set 'khong-co' (known:"),
    (lambda: load_rule_set("../x"), "bộ quy tắc '../x': tên phải gồm",
     "rule set '../x' must"),
    (lambda: parse_actor("lead:  "), "--as: chưa có tên", "--as: the name is empty"),
])
def test_other_refusals_in_both_languages(act, vi: str, en: str) -> None:
    with pytest.raises(EmulationError) as refused:
        act()
    assert vi in refused.value.text("vi") and en in refused.value.text("en")


@given(st.dates(min_value=dt.date(1, 1, 1)))
def test_a_date_written_either_way_reads_back(day: dt.date) -> None:
    assert read_date(f"{day.day:02d}/{day.month:02d}/{day.year:04d}") == day
    assert read_date(f" {day.day}.{day.month}.{day.year:04d} ") == day
    assert read_date(day.isoformat()) == day


@given(st.integers(1, 9999), st.integers(1, 99), st.integers(1, 99))
def test_a_day_not_in_the_calendar_is_refused_saying_which(year: int, month: int,
                                                           day: int) -> None:
    try:
        real = dt.date(year, month, day)
    except ValueError:
        real = None
    typed = f"{day}/{month}/{year:04d}"
    if real is not None:
        assert read_date(typed) == real
        return
    with pytest.raises(DateError) as refused:
        read_date(typed)
    assert refused.value.key == "date.calendar"
    assert refused.value.message_text("vi") == \
        f"'{typed}' không có trên lịch (ngày {day}, tháng {month})"
    assert refused.value.message == \
        f"'{typed}' is not a date in the calendar (day {day}, month {month})"
    assert "ngày/tháng/năm" in refused.value.hint_text("vi")


@pytest.mark.parametrize("typed", ["", "mai", "12/2019", "2019/12/01", "1-1-2019", "٣/١/٢٠١٩"])
def test_what_is_no_date_is_refused(typed: str) -> None:
    with pytest.raises(DateError) as refused:
        read_date(typed)
    assert refused.value.key == "date.form"
    assert refused.value.message_text("vi") == f"'{typed.strip()}' không phải ngày tháng"


def test_a_file_leading_outside_is_refused_in_both_languages(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    outside = tmp_path / "elsewhere.toml"
    shutil.move(root / "workspace.toml", outside)
    (root / "workspace.toml").symlink_to(outside)
    with pytest.raises(ValidationError) as refused:
        Workspace.open(root)
    problem = next(p for p in refused.value.problems if p.file == "workspace.toml")
    assert problem.message_text("vi").startswith("dẫn ra ngoài sổ (liên kết tới ")
    assert problem.message_text("en").startswith("leads outside the workspace")
    assert problem.hint_text("vi") and problem.hint_text("vi") != problem.hint_text("en")
