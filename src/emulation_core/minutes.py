"""The minutes of the deliberation meeting (biên bản họp bình xét), in Vietnamese.

Built from the campaign: time and place, who attended, the ranking and ratings, how ties
were broken, the stability paragraph, the cross-scoring setting, the proposals with their
reasons, the ballots and their results, and the change log's head hash so the dossier can
be checked later (``emulation audit verify WS --expect HASH``). :class:`Minutes` holds the
parts; :func:`minutes_markdown` writes them as Markdown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from attrs import frozen

from .audit import read_state
from .crossscores import CrossMode
from .crosssteps import campaign_stability
from .messages import format_number
from .numbers import format_points
from .ranking import tie_break_label
from .stabilitytext import stability_lines
from .unitnames import unit_names
from .value_object import ValueObject

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = ["Minutes", "build_minutes", "minutes_markdown"]


@frozen
class Minutes(ValueObject):
    """The minutes as titled sections of lines, and the chain head they certify."""

    bloc: str
    title: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    head: str
    chair: str
    secretary: str
    place: str = ""
    at: dt.datetime | None = None


def _when(ws: Workspace, campaign_id: str) -> list[str]:
    meeting = ws.deliberation(campaign_id).meeting
    names = {m.id: m.name for m in ws.bloc.members}
    when = meeting.at.strftime("%H giờ %M, ngày %d/%m/%Y") if meeting.at else "(chưa ghi)"
    lines = [f"Thời gian: {when}.", f"Địa điểm: {meeting.place or '(chưa ghi)'}.",
             f"Chủ trì: {meeting.chair or '(chưa ghi)'}; thư ký: "
             f"{meeting.secretary or '(chưa ghi)'}."]
    attended = [names.get(m, m) for m in meeting.attended]
    absent = [m.name for m in ws.bloc.members if m.id not in meeting.attended
              and ws.campaign(campaign_id).takes_part(m.id)]
    lines.append(f"Đơn vị có mặt ({len(attended)}): " + ("; ".join(attended) or "(chưa ghi)")
                 + ".")
    if meeting.attended and absent:
        lines.append(f"Đơn vị vắng mặt ({len(absent)}): " + "; ".join(absent) + ".")
    return lines


def _ranking(ws: Workspace, campaign_id: str) -> list[str]:
    board = ws.scoreboard(campaign_id)
    lines = ["| Hạng | Đơn vị | Tổng điểm | Xếp loại |", "| --- | --- | --- | --- |"]
    ties = []
    for place in board.ranking:
        score = place.score
        rating = score.rating.label if score.rating else "—"
        lines.append(f"| {place.rank} | {score.member.name} | "
                     f"{format_points(score.total, comma=True)} | {rating} |")
        if place.separated_by:
            ties.append(f"{score.member.name}: bằng điểm, phân định theo "
                        f"{tie_break_label(place.separated_by, 'vi')}")
        elif place.tied:
            ties.append(f"{score.member.name}: đồng hạng {place.rank}")
    lines.append("")
    lines += ties or ["Không có đơn vị bằng điểm."]
    return lines


def _cross(ws: Workspace, campaign_id: str) -> list[str]:
    cross = ws.cross_scoring(campaign_id)
    if not cross.entries:
        return []
    settings = cross.settings
    how = {CrossMode.OFF: "chỉ để tham khảo, điểm thẩm định được tính",
           CrossMode.REPLACE: f"điểm chấm chéo ({settings.method.value}) thay điểm thẩm định",
           CrossMode.WEIGH: f"điểm chấm chéo ({settings.method.value}) tính trọng số "
                            f"{format_number(settings.weight, 'vi')} cùng điểm thẩm định"}
    abstained = sum(1 for e in cross.current().values() if e.points is None)
    return [f"Chấm chéo các tiêu chí chấm trực tiếp: {len(cross.entries)} lượt nhập điểm, "
            f"{abstained} lượt không chấm (có lý do), {len(cross.recusals)} trường hợp "
            f"Trưởng khối cho không tham gia chấm; {how[settings.mode]}."]


def _proposals(ws: Workspace, campaign_id: str) -> list[str]:
    proposals = ws.proposals(campaign_id)
    names = {m.id: m.name for m in ws.bloc.members}
    rules = proposals.rules
    lines = [f"Căn cứ: {rules.title} (bộ quy tắc {rules.id}, phiên bản {rules.version}): "
             + "; ".join(f"{b.ref} ngày {b.date.strftime('%d/%m/%Y')}" for b in rules.basis)
             + "."]
    for key, rule in rules.awards.items():
        lines += ["", f"{rule.label} (chỉ tiêu {proposals.quotas[key]}):"]
        chosen = [d for d in proposals.decisions if d.award == key and d.proposed]
        for decision in chosen:
            lines.append(f"- Đề nghị {names.get(decision.member, decision.member)} (hạng "
                         f"{decision.rank}): "
                         + "; ".join(m.text("vi") for m in decision.reasons) + ".")
        for decision in proposals.decisions:
            if decision.award == key and decision.eligible and not decision.proposed:
                lines.append(f"- Không đề nghị {names.get(decision.member, decision.member)}"
                             f": " + "; ".join(m.text("vi") for m in decision.reasons) + ".")
        if not chosen:
            lines.append("- Không có đơn vị được đề nghị.")
    return lines


def _ballots(ws: Workspace, campaign_id: str) -> list[str]:
    tallies, outcome = ws.ballot_results(campaign_id)
    if not tallies:
        return ["Chưa có kết quả biểu quyết."]
    names = {m.id: m.name for m in ws.bloc.members}
    labels = {k: r.label for k, r in ws.rule_set(campaign_id).awards.items()}
    lines = []
    for counted in tallies:
        ballot = counted.ballot
        how = "giơ tay" if ballot.method.value == "hands" else "bỏ phiếu kín"
        candidate = names.get(ballot.candidate, ballot.candidate)
        lines.append(
            f"- {labels.get(ballot.award, ballot.award)}, {candidate} "
            f"(lần {counted.round}, {how}): {len(ballot.voters)}/"
            f"{counted.members} đơn vị tham gia ({len(ballot.written)} bằng văn bản); "
            f"đồng ý {counted.votes_for}, không đồng ý {counted.votes_against}, không biểu "
            f"quyết {counted.abstentions} — {counted.why.text('vi')}.")
    lines += ["", "Kết quả:"]
    for (award, candidate), message in sorted(outcome.items()):
        lines.append(f"- {labels.get(award, award)}: {names.get(candidate, candidate)} — "
                     f"{message.text('vi')}.")
    return lines


def build_minutes(ws: Workspace, campaign_id: str) -> Minutes:
    """The minutes of the campaign's deliberation as the workspace holds it now."""
    campaign = ws.campaign(campaign_id)
    names: Mapping[str, str] = unit_names(ws.bloc)
    report = campaign_stability(ws, campaign_id)
    meeting = ws.deliberation(campaign_id).meeting
    state, _ = read_state(ws.path)
    sections = [
        ("I. Thời gian, địa điểm, thành phần", tuple(_when(ws, campaign_id))),
        ("II. Kết quả chấm điểm, xếp hạng, xếp loại", tuple(_ranking(ws, campaign_id)
                                                          + _cross(ws, campaign_id))),
        ("III. Mức ổn định của kết quả xếp hạng", tuple(stability_lines(report, names, "vi"))),
        ("IV. Đề nghị khen thưởng", tuple(_proposals(ws, campaign_id))),
        ("V. Kết quả biểu quyết", tuple(_ballots(ws, campaign_id))),
        ("VI. Xác thực", (f"Mã chuỗi nhật ký thay đổi (chain head) khi lập biên bản: "
                          f"`{state.head}` ({state.count} bản ghi). Kiểm tra lại bằng lệnh "
                          f"`emulation audit verify <thư mục> --expect {state.head}`."
                          if state.count else
                          "Dữ liệu chưa có nhật ký thay đổi: mở dữ liệu để ghi một lần (nhật "
                          "ký bắt đầu bằng bản ghi hiện trạng) rồi lập lại biên bản để có mã "
                          "kiểm tra.",)),
    ]
    return Minutes(ws.bloc.name, f"BIÊN BẢN HỌP BÌNH XÉT THI ĐUA — {campaign.title}",
                   tuple(sections), state.head, meeting.chair, meeting.secretary,
                   meeting.place, meeting.at)


def _markdown_line(line: str) -> str:
    """A line of the minutes as Markdown: indented lines become list items, table rows and
    list items stay, other lines end with a hard break."""
    stripped = line.lstrip(" ")
    depth = (len(line) - len(stripped)) // 2
    if depth:
        return "  " * (depth - 1) + "- " + stripped
    if not line or line.startswith(("|", "- ")):
        return line
    return line + "  "


def minutes_markdown(minutes: Minutes) -> str:
    """The minutes as Markdown (national header, sections, signatures)."""
    lines = ["**CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ", "**Độc lập - Tự do - Hạnh phúc**",
             "", f"**{minutes.bloc.upper()}**", "", f"# {minutes.title}", ""]
    for title, body in minutes.sections:
        lines += [f"## {title}", "", *(_markdown_line(line) for line in body), ""]
    lines += ["| THƯ KÝ | CHỦ TRÌ |", "| --- | --- |",
              f"| {minutes.secretary or ''} | {minutes.chair or ''} |", ""]
    return "\n".join(lines)
