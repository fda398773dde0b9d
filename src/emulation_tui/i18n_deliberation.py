"""The interface's strings for the deliberation panel and its forms: cross-scores and secret
ballots (merged into :data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["DELIBERATION_CATALOG"]

DELIBERATION_CATALOG: Mapping[str, tuple[str, str]] = {
    "cmd.deliberation": ("Bình xét: chấm chéo, ổn định, khen thưởng, biểu quyết",
                         "Deliberation: cross-scores, stability, awards, votes"),
    "cmd.deliberation.help": ("xem kết quả đã lưu của đợt", "the campaign's saved results"),
    "key.cross_score": ("nhập điểm chấm chéo", "enter a cross-score"),
    "key.secret_ballot": ("ghi kết quả bỏ phiếu kín", "record a secret ballot"),
    "delib.save": ("Lưu", "Save"),
    "delib.cancel": ("Huỷ", "Cancel"),
    "delib.choose": ("Chọn {what}.", "Choose the {what}."),
    "delib.scorer": ("Đơn vị chấm", "Scorer"),
    "delib.member": ("Đơn vị được chấm", "Unit scored"),
    "delib.code": ("Tiêu chí", "Criterion"),
    "delib.points": ("Điểm (để trống nếu không chấm)", "Points (empty to abstain)"),
    "delib.abstain": ("Lý do không chấm", "Reason for abstaining"),
    "delib.cross.title": ("Điểm chấm chéo", "Cross-score"),
    "delib.cross.saved": ("{scorer} chấm {member} tiêu chí {code}: {points}",
                          "{scorer} scored {member} on {code}: {points}"),
    "delib.cross.abstained": ("{scorer} không chấm {member} tiêu chí {code}",
                              "{scorer} abstained on {member}, {code}"),
    "delib.vote.title": ("Kết quả bỏ phiếu kín", "Secret ballot"),
    "delib.award": ("Hình thức khen thưởng", "Award"),
    "delib.candidate": ("Đơn vị được đề nghị", "Candidate"),
    "delib.vote.for": ("Số phiếu đồng ý", "Votes for"),
    "delib.vote.against": ("Số phiếu không đồng ý", "Votes against"),
    "delib.vote.abstentions": ("Số phiếu không biểu quyết", "Abstentions"),
    "panel.deliberation": ("Bình xét — đợt {campaign}", "Deliberation — campaign {campaign}"),
    "panel.saved_only": ("Theo dữ liệu đã lưu. x chấm chéo · a đề nghị khen thưởng · "
                         "v biểu quyết · m viết biên bản · c nhập điểm chấm chéo · "
                         "b ghi phiếu kín · esc đóng",
                         "As saved. x cross-scoring · a award proposals · v ballots · "
                         "m write the minutes · c enter a cross-score · b secret ballot · "
                         "esc close"),
    "panel.cross": ("Chấm chéo", "Cross-scores"),
    "panel.whatif": ("Mức ổn định của xếp hạng", "How stable the ranking is"),
    "panel.awards": ("Đề nghị khen thưởng", "Award proposals"),
    "panel.votes": ("Kết quả biểu quyết", "Votes"),
    "panel.criterion": ("Tiêu chí", "Criterion"),
    "panel.unit": ("Đơn vị", "Unit"),
    "panel.none": ("Chưa có.", "None yet."),
    "panel.computing": ("Đang tính…", "Working it out…"),
}
