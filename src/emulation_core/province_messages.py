"""Catalog entries of the province's roll-up (``emulation province``): folders left out,
and the list's headings and columns in Markdown and XLSX, in Vietnamese and English."""

from __future__ import annotations

PROVINCE_MESSAGES: dict[str, tuple[str, str]] = {
    # Folders that cannot be read: each is left out, the rest rolled up.
    "province.none_named": ("hãy ghi ít nhất một thư mục sổ thi đua",
                            "name at least one workspace folder"),
    "province.missing": ("{path}: không có thư mục này; kiểm tra đường dẫn",
                         "{path}: no such folder; check the path"),
    "province.link": ("{path}: là liên kết tượng trưng (symbolic link), không đọc qua liên "
                      "kết; ghi thẳng thư mục {target}",
                      "{path}: a symbolic link, not read through; name the folder itself: "
                      "{target}"),
    "province.pipe": ("{path}: là một ống dẫn có tên (named pipe), không phải thư mục sổ "
                      "thi đua",
                      "{path}: a named pipe, not a workspace folder"),
    "province.not_folder": ("{path}: là một tệp, không phải thư mục sổ thi đua; ghi thư mục "
                            "chứa workspace.toml",
                            "{path}: a file, not a workspace folder; name the folder that "
                            "holds workspace.toml"),
    "province.unreadable": ("{path}: không đọc được ({reason}); kiểm tra quyền truy cập",
                            "{path}: cannot be read ({reason}); check its permissions"),
    "province.no_year_end": ("{path}: sổ chưa có đợt tổng kết năm nào",
                             "{path}: no year-end campaign in this workspace"),
    "province.no_year_end_of": ("{path}: sổ không có đợt tổng kết năm {year}; bỏ --year "
                                "để lấy đợt mới nhất",
                                "{path}: no year-end campaign of {year} in this workspace; "
                                "leave out --year for its latest"),
    "province.none_read": ("không đọc được thư mục nào trong {count} thư mục đã ghi; không "
                           "lập danh sách",
                           "none of the {count} folders named could be read; no list made"),
    "province.left_out": ("bỏ qua {count} thư mục (nêu ở trên); danh sách gồm {read} khối, "
                          "cụm còn lại",
                          "left out: {count} (named above); blocs listed: {read}"),
    "province.written": ("đã ghi danh sách của tỉnh vào {path}",
                         "province list written to {path}"),
    # The list.
    "province.title": ("Danh sách đề nghị khen thưởng của tỉnh",
                       "The province's award proposals"),
    "province.summary": ("{blocs} khối, cụm thi đua; {leaders} đơn vị dẫn đầu.",
                         "{blocs} blocs and clusters; {leaders} leading units."),
    "province.skipped_note": ("{count} thư mục không đọc được, không có trong danh sách.",
                              "{count} folders could not be read and are not in the list."),
    "province.government": ("Cờ thi đua của Chính phủ", "Government emulation flag"),
    "province.quota": ("Chỉ tiêu: {share} của {leaders} đơn vị dẫn đầu, làm tròn xuống: "
                       "{quota}. Đơn vị đủ điều kiện: {candidates}.",
                       "Quota: {share} of {leaders} leading units, rounded down: {quota}. "
                       "Units meeting the conditions: {candidates}."),
    "province.other_shares": ("Chỉ tiêu tính theo tỷ lệ {share} của khối đầu tiên; bộ quy tắc "
                              "của các khối sau ghi tỷ lệ khác: {blocs}.",
                              "The quota is counted with {share}, the first bloc's share; "
                              "these blocs' rule sets give another: {blocs}."),
    "province.conflicts": ("Đơn vị được đề nghị ở nhiều khối",
                           "Units proposed by more than one bloc"),
    "province.skipped": ("Thư mục không đọc được", "Folders not read"),
    "province.nothing": ("Không có.", "None."),
    "province.proposals": ("Đề nghị", "Proposals"),
    "province.table_text": ("{file}: {criteria} tiêu chí, {points} điểm (mã {fingerprint})",
                            "{file}: {criteria} criteria, {points} points (id {fingerprint})"),
    "province.col.number": ("STT", "No."),
    "province.col.bloc": ("Khối, cụm", "Bloc"),
    "province.col.folder": ("Thư mục", "Folder"),
    "province.col.campaign": ("Đợt", "Campaign"),
    "province.col.table": ("Bảng tiêu chí", "Criteria table"),
    "province.col.rules": ("Bộ quy tắc", "Rule set"),
    "province.col.leaders": ("Dẫn đầu", "Leading units"),
    "province.col.leader_total": ("Điểm dẫn đầu", "Leader's total"),
    "province.col.proposed": ("Đề nghị", "Proposed"),
    "province.col.candidates": ("Đủ điều kiện Cờ Chính phủ",
                                "Meets the Government flag's conditions"),
    "province.col.sheet": ("Trang tính", "Sheet"),
    "province.col.award": ("Khen thưởng", "Award"),
    "province.col.unit": ("Đơn vị", "Unit"),
    "province.col.rank": ("Hạng", "Rank"),
    "province.col.total": ("Tổng điểm", "Total"),
    "province.col.rating": ("Xếp loại", "Rating"),
    "province.col.count": ("Số khối", "Blocs"),
    "province.col.blocs": ("Các khối, cụm", "Blocs and clusters"),
    "province.col.reason": ("Lý do", "Reason"),
    "province.col.leaders_total": ("Số đơn vị dẫn đầu", "Leading units"),
    "province.col.share": ("Tỷ lệ tối đa", "Largest share"),
    "province.col.quota": ("Chỉ tiêu (làm tròn xuống)", "Quota (rounded down)"),
    "province.sheet.summary": ("Tổng hợp", "Summary"),
    "province.sheet.proposals": ("Đề nghị", "Proposals"),
    "province.sheet.government": ("Cờ Chính phủ", "Government flag"),
    "province.sheet.conflicts": ("Trùng lặp", "Conflicts"),
    "province.sheet.skipped": ("Không đọc được", "Not read"),
    "province.yes": ("có", "yes"),
}
