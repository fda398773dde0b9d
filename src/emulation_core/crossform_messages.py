"""Catalog entries of the scorers' XLSX forms (``emulation cross form`` / ``cross import``),
in Vietnamese and English."""

from __future__ import annotations

CROSSFORM_MESSAGES: dict[str, tuple[str, str]] = {
    "crossform.not_scorer": ("{scorer} không phải đơn vị chấm chéo của đợt {campaign} (đơn "
                             "vị chấm: {scorers})",
                             "{scorer} is not a scorer of campaign {campaign} (scorers: "
                             "{scorers})"),
    "crossform.not_scorer.hint": ("phân công đơn vị chấm trước ('emulation cross assign'), "
                                  "hoặc dùng phiếu của một đơn vị chấm",
                                  "assign scorers first ('emulation cross assign'), or use the "
                                  "form of one of its scorers"),
    "crossform.no_scorers": ("đợt {campaign} chưa phân công đơn vị chấm chéo; phân công trước "
                             "('emulation cross assign')",
                             "campaign {campaign} has no scorers yet; assign them first "
                             "('emulation cross assign')"),
    "crossform.campaign": ("phiếu này của đợt '{found}', không phải '{campaign}'",
                           "the form is for campaign '{found}', not '{campaign}'"),
    "crossform.campaign.hint": ("nhập phiếu vào đúng đợt đã lập phiếu",
                                "import it into the campaign it was made for"),
    "crossform.both": ("vừa có điểm vừa có lý do không chấm",
                       "both points and a reason to abstain"),
    "crossform.both.hint": ("xoá ô H{row} để nhập điểm, hoặc ô G{row} để không chấm",
                            "clear H{row} to enter the points, or G{row} to abstain"),
    "crossform.one_form": ("-o ghi phiếu của một đơn vị chấm: thêm -s ĐƠN_VỊ, hoặc dùng --out "
                           "THƯ_MỤC để ghi phiếu của mọi đơn vị chấm",
                           "-o names one scorer's form: add -s SCORER, or use --out DIR for "
                           "every scorer's form"),
    "crossform.needs_output": ("-s chọn một đơn vị chấm: ghi phiếu bằng -o TỆP.xlsx",
                               "-s names one scorer: write its form with -o FILE.xlsx"),
    "crossform.no_folder": ("--out {folder}: không có thư mục này; tạo thư mục trước",
                            "--out {folder}: no such folder; create it first"),
    "crossform.suffix": ("-o {path}: phiếu phải ghi ra tệp .xlsx",
                         "-o {path}: write the form to a .xlsx file"),
    "crossform.refused": ("{refused}/{count} phiếu bị từ chối (nêu ở trên), không nhập gì từ "
                          "các phiếu đó; các phiếu còn lại đã nhập",
                          "{refused} of {count} forms refused (named above), nothing of them "
                          "entered; the others were entered"),
    "crossform.sheet": ("Chấm chéo", "Cross-scoring"),
    "crossform.title": ("Phiếu chấm chéo — {campaign}", "Cross-scoring form — {campaign}"),
    "crossform.scorer": ("Đơn vị chấm", "Scorer"),
    "crossform.campaign_id": ("Đợt", "Campaign"),
    "crossform.col.member_id": ("Mã đơn vị", "Unit id"),
    "crossform.col.member": ("Đơn vị được chấm", "Unit scored"),
    "crossform.col.code": ("Tiêu chí", "Criterion"),
    "crossform.col.title": ("Nội dung", "Description"),
    "crossform.col.max": ("Điểm tối đa", "Maximum"),
    "crossform.col.step": ("Bước", "Step"),
    "crossform.col.points": ("Điểm chấm", "Points"),
    "crossform.col.abstain": ("Lý do không chấm", "Reason for abstaining"),
    "crossform.range": ("Từ 0 đến {max}", "From 0 to {max}"),
}
