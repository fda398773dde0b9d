"""The interface's strings for the criteria editor (merged into :data:`.i18n.CATALOG`).
``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CRITERIA_CATALOG"]

CRITERIA_CATALOG: Mapping[str, tuple[str, str]] = {
    # keys
    "key.edit_criteria": ("sửa bảng tiêu chí", "edit criteria"),
    "key.add_criterion": ("thêm tiêu chí", "add criterion"),
    "key.add_section": ("thêm mục", "add section"),
    "key.add_subsection": ("thêm mục con", "add sub-section"),
    "key.save_table": ("lưu bảng", "save table"),
    "key.Dismiss menu": ("đóng danh sách", "close the list"),  # an open Select's own key
    # the screen
    "ce.title": ("Sửa bảng tiêu chí · {campaign}", "Edit criteria · {campaign}"),
    "ce.root": ("Bảng tiêu chí", "Criteria table"),
    "ce.col.max": ("Tối đa", "Max"),
    "ce.col.kind": ("Cách tính", "Rule"),
    "ce.per_type": ("theo loại", "per type"),
    "ce.per_type_help": ("Mục theo loại hội: mỗi loại hội điền tiêu chí của mình vào đây "
                         "(từ plugin); ở đây chỉ sửa mã, tên và điểm tối đa.",
                         "A per-type slot: each association type fills it with its own "
                         "criteria (from its plugin); here only its code, title and maximum "
                         "change."),
    "ce.root_help": ("Thang điểm là tổng mà bảng cần đạt (thường 100); chỉ để kiểm tra, "
                     "không lưu vào tệp.",
                     "The scale is the total the table should reach (usually 100); a check "
                     "only, not saved in the files."),
    "ce.new_criterion": ("Tiêu chí mới", "New criterion"),
    "ce.new_section": ("Mục mới", "New section"),
    # fields
    "ce.f.scale": ("Thang điểm", "Scale"),
    "ce.f.code": ("Mã", "Code"),
    "ce.f.title": ("Tên", "Title"),
    "ce.f.title_en": ("Tên tiếng Anh", "English title"),
    "ce.f.max": ("Điểm tối đa", "Maximum"),
    "ce.f.kind": ("Cách tính", "Rule"),
    "ce.f.indicator": ("Chỉ số", "Indicator"),
    "ce.f.step": ("Bước chấm", "Step"),
    "ce.f.over_share": ("Phần vượt", "Over share"),
    "ce.f.no_target": ("Không chỉ tiêu", "No target"),
    "ce.f.over_measure": ("Đo phần vượt", "Over measure"),
    "ce.f.not_entered": ("CT chưa nhập", "Not entered"),
    "ce.f.points_each": ("Điểm mỗi lần", "Points each"),
    "ce.f.expression": ("Công thức", "Formula"),
    "ce.f.floor": ("Thấp nhất", "Floor"),
    "ce.f.ceiling": ("Cao nhất", "Ceiling"),
    "ce.f.items": ("Các khoản", "Items"),
    "ce.f.applies_to": ("Chỉ cho loại", "Only types"),
    "ce.f.evidence": ("Minh chứng", "Evidence"),
    "ce.placeholder.items": ("chỉ_số=điểm; …", "indicator=points; …"),
    "ce.placeholder.applies_to": ("mọi loại hội", "every type"),
    "ce.placeholder.max": ("không khai báo", "not declared"),
    # rule kinds and options
    "ce.kind.judged": ("chấm trực tiếp", "judged"),
    "ce.kind.yes_no": ("có/không", "yes/no"),
    "ce.kind.target": ("theo chỉ tiêu", "vs target"),
    "ce.kind.relative": ("so cao nhất khối", "vs bloc best"),
    "ce.kind.per_occurrence": ("mỗi lần", "per occurrence"),
    "ce.kind.formula": ("công thức", "formula"),
    "ce.kind.adjustment": ("thưởng/trừ", "bonus/deduction"),
    "ce.choice.bloc_best": ("so cao nhất khối", "bloc's best"),
    "ce.choice.no_target_best": ("so cao nhất nhóm không CT", "best without a target"),
    "ce.choice.ratio": ("tỉ lệ (đạt ÷ CT − 1)", "ratio (result ÷ target − 1)"),
    "ce.choice.difference": ("hiệu (đạt − CT)", "difference (result − target)"),
    "ce.choice.as_no_target": ("như không chỉ tiêu", "as no target"),
    "ce.choice.zero": ("0 điểm đến khi nhập", "0 until entered"),
    # refusals and notes
    "ce.err.empty": ("chưa nhập", "empty"),
    "ce.err.code": ("mã không được trống hay có dấu cách", "a code may not be empty or "
                    "hold spaces"),
    "ce.err.code_used": ("mã {code} đã dùng cho «{title}»", "code {code} is «{title}»'s"),
    "ce.err.title": ("tên không được trống", "the title may not be empty"),
    "ce.err.types": ("không có loại hội {types} (các loại: {known})",
                     "no association type {types} (types: {known})"),
    "ce.err.indicator": ("chỉ số viết bằng chữ Latinh, số và _ (ví dụ: hoi_vien_moi)",
                         "an indicator is Latin letters, digits and _ (e.g. new_members)"),
    "ce.err.share": ("phần vượt từ 0 đến 1", "the over share is 0 to 1"),
    "ce.err.formula": ("công thức không dùng được: {reason}", "formula refused: {reason}"),
    "ce.err.floor": ("cao nhất phải từ thấp nhất trở lên", "the ceiling is below the floor"),
    "ce.err.item": ("không đọc được «{item}»: viết chỉ_số=điểm, các khoản cách nhau bởi ;",
                    "cannot read «{item}»: write indicator=points, items separated by ;"),
    "ce.err.items": ("cần ít nhất một khoản chỉ_số=điểm", "give at least one indicator=points"),
    "ce.note.new_indicator": ("{key}: chỉ số mới, sẽ được khai báo",
                              "{key}: a new indicator, to be declared"),
    "ce.kept": ("bảng vẫn tính theo giá trị cũ đến khi sửa xong",
                "the table keeps the last good value until this is put right"),
    "ce.refused_per_type": ("Mục {code} theo loại hội: tiêu chí do từng loại hội đặt.",
                            "Section {code} is a per-type slot: each type brings its "
                            "criteria."),
    "ce.pick_section": ("Hãy chọn một mục hoặc tiêu chí trước.",
                        "Highlight a section or a criterion first."),
    "ce.removed": ("Đã xoá {code} {title} (ctrl+z để hoàn tác).",
                   "Removed {code} {title} (ctrl+z undoes it)."),
    "ce.nothing_to_undo": ("Không còn gì để hoàn tác.", "Nothing to undo."),
    # the live checks
    "ce.check.total": ("Tổng bảng {total}/{scale}", "Table total {total}/{scale}"),
    "ce.check.short": ("thiếu {diff}", "{diff} short"),
    "ce.check.over": ("vượt {diff}", "{diff} over"),
    "ce.check.section": ("mục {code}: {total} ≠ {max}", "section {code}: {total} ≠ {max}"),
    "ce.check.sections_ok": ("các mục khớp", "sections add up"),
    "ce.check.refused": ("{count} ô bị từ chối", "{count} fields refused"),
    "ce.check.unsaved": ("chưa lưu", "not saved"),
    "ce.check.saved": ("đã lưu", "saved"),
    # saving
    "ce.save.title": ("Lưu bảng tiêu chí · {campaign}", "Save the criteria · {campaign}"),
    "ce.save.changes": ("{count} thay đổi:", "{count} changes:"),
    "ce.save.more": ("… và {count} thay đổi khác", "… and {count} more"),
    "ce.save.in_use": ("⚠ Bảng đang được {count} báo cáo dùng và thay đổi này đụng đến cách "
                       "tính điểm.", "⚠ {count} submissions use this table and this change "
                       "touches how points are scored."),
    "ce.save.moves": ("Tổng điểm sẽ đổi:", "Totals that move:"),
    "ce.save.move": ("  {member}: {before} → {after}", "  {member}: {before} → {after}"),
    "ce.save.no_move": ("Tổng điểm của các đơn vị không đổi.", "No unit's total moves."),
    "ce.save.more_moves": ("  … và {count} đơn vị khác", "  … and {count} more units"),
    "ce.save.nothing": ("Bảng không có gì thay đổi.", "Nothing in the table changed."),
    "ce.save.refused_left": ("Còn ô bị từ chối ở {where}: sửa hoặc hoàn tác (ctrl+z) trước "
                             "khi lưu.", "Refused fields are left in {where}: put them right "
                             "or undo (ctrl+z) before saving."),
    "ce.save.failed": ("Không lưu được; bảng đang sửa vẫn giữ nguyên:",
                       "Not saved; the table being edited is kept as it is:"),
    "ce.quit_unsaved": ("Bảng tiêu chí đang sửa chưa lưu ({campaigns}) và không ghi được "
                        "bản nháp vào thư mục làm việc. Vẫn thoát và bỏ các thay đổi đó?",
                        "The criteria being edited are not saved ({campaigns}) and no draft "
                        "could be written to the workspace folder. Quit anyway and lose the "
                        "changes?"),
    "ce.err.scale": ("thang điểm phải lớn hơn 0", "the scale must be above 0"),
    "ce.check.in_use": ("{count} báo cáo đang dùng bảng", "{count} reports use the table"),
    "ce.saved": ("Đã lưu bảng tiêu chí ({count} thay đổi), ghi vào nhật ký.",
                 "Criteria saved ({count} changes), recorded in the change log."),
    "ce.change.criterion.added": ("thêm", "added"),
    "ce.change.criterion.removed": ("xoá", "removed"),
    "ce.change.indicator.added": ("khai báo chỉ số", "indicator declared"),
    "ce.change.indicator.removed": ("bỏ chỉ số", "indicator removed"),
    "ce.change.rule": ("cách tính đổi", "rule changed"),
    "ce.change.max_points": ("điểm tối đa", "maximum"),
    "ce.change.title": ("tên", "title"),
    "ce.change.title_en": ("tên tiếng Anh", "English title"),
    "ce.change.applies_to": ("chỉ cho loại", "only types"),
    "ce.change.evidence": ("minh chứng", "evidence"),
}
