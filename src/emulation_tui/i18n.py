"""Interface language: the UI's own strings, in Vietnamese (default) and English.

:data:`CATALOG` holds only what the interface alone says (keys, columns, dialogs); what the
library says (rules, explanations, sources, errors) comes from the library's catalog,
:data:`emulation_core.MESSAGES`, and :func:`t` reads both. Data from the workspace (names,
titles, labels) is shown as written; where the data has an English form (``title_en``,
``label_en``) :func:`pick` chooses it in English.
"""

from __future__ import annotations

from emulation_core import (
    LANGUAGES,
    MESSAGES,
    EmulationError,
    Language,
    NumberError,
    render,
)

from .i18n_forms import FORMS_CATALOG
from .i18n_history import HISTORY_CATALOG
from .i18n_review import REVIEW_CATALOG
from .i18n_setup import SETUP_CATALOG

__all__ = [
    "LANGUAGES", "Language", "error_text", "has_key", "language", "pick", "set_language", "t",
]

_current: list[Language] = ["vi"]


def set_language(lang: Language) -> None:
    _current[0] = lang


def language() -> Language:
    return _current[0]


def t(key: str, /, **values: object) -> str:
    """The text for ``key`` (the UI's or the library's) in the current language, with
    ``{names}`` filled from ``values``."""
    vi, en = CATALOG[key] if key in CATALOG else MESSAGES[key]
    text = en if _current[0] == "en" else vi
    return text.format(**values) if values else text


def error_text(error: Exception) -> str:
    """A library error in the current language (its English text when it has no catalog key);
    a figure refused with how to write it; any other error (an OSError) as Python says it."""
    if isinstance(error, NumberError):
        return render("problem.hint", _current[0], text=error.message_text(_current[0]),
                      hint=error.hint_text(_current[0]))
    return error.text(_current[0]) if isinstance(error, EmulationError) else str(error)


def has_key(key: str) -> bool:
    return key in CATALOG or key in MESSAGES


def pick(vi: str, en: str) -> str:
    """Choose between a Vietnamese and an English form of workspace data."""
    return en if _current[0] == "en" and en else vi


CATALOG: dict[str, tuple[str, str]] = {
    **REVIEW_CATALOG,  # the review stage (i18n_review.py)
    **HISTORY_CATALOG,  # history and who is acting (i18n_history.py)
    # keys (footer, help, command palette)
    "key.dashboard": ("tổng quan", "dashboard"),
    "key.ranking": ("xếp hạng", "ranking"),
    "key.members": ("đơn vị", "members"),
    "key.criteria": ("tiêu chí", "criteria"),
    "key.campaign": ("đổi đợt", "campaign"),
    "key.save": ("lưu ngay", "save now"),
    "key.language": ("English", "Tiếng Việt"),
    "key.palette": ("lệnh", "commands"),
    "key.help": ("trợ giúp", "help"),
    "key.quit": ("thoát", "quit"),
    "key.score": ("chấm điểm", "score"),
    "key.back": ("quay lại", "back"),
    "key.undo": ("hoàn tác", "undo"),
    "key.verify": ("thẩm định xong", "mark verified"),
    "key.submit": ("nộp", "submit"),
    "submit.not_draft": ("Chỉ nộp được báo cáo nháp hoặc bị trả lại bổ sung.",
                         "Only a draft or a returned report can be submitted."),
    "submit.done": ("Đã nộp báo cáo của {member}.", "{member}'s report is submitted."),
    "verify.not_submitted": ("Báo cáo chưa nộp: nộp (phím s) rồi mới thẩm định.",
                             "The report is not submitted yet: submit it (key s) first."),
    "key.status": ("trạng thái", "status"),
    "key.edit": ("nhập", "edit"),
    "key.table": ("về bảng", "to table"),
    "key.next_field": ("ô kế", "next field"),
    "key.prev_member": ("đơn vị trước", "previous unit"),
    "key.next_member": ("đơn vị sau", "next unit"),
    "key.filter": ("lọc loại hội", "filter type"),
    "key.chart": ("biểu đồ", "chart"),
    "key.export": ("xuất kết quả", "export"),
    "key.export_report": ("xuất báo cáo (XLSX, HTML, DOCX, CSV…)",
                          "export the report (XLSX, HTML, DOCX, CSV…)"),
    "key.add": ("thêm", "add"),
    "key.edit_member": ("sửa", "edit"),
    "key.remove": ("xoá", "remove"),
    "key.lead": ("đặt trưởng khối", "make lead"),
    "key.deputy": ("đặt phó khối", "make deputy"),
    "key.close": ("đóng", "close"),
    "key.choose": ("chọn", "choose"),
    "key.open": ("mở", "open"),
    "key.expand": ("mở/đóng nhánh", "expand/collapse"),
    "key.find": ("tìm", "find"),
    "key.fold": ("gập/mở mục", "fold/unfold"),
    "key.next_open": ("tiêu chí chưa xong kế", "next unfinished"),
    "key.prev_open": ("tiêu chí chưa xong trước", "previous unfinished"),
    "key.next_disputed": ("tiêu chí lệch điểm kế", "next disputed"),
    "key.prev_disputed": ("tiêu chí lệch điểm trước", "previous disputed"),
    "find.placeholder": ("mã (1.1.10) hoặc chữ trong tên, không cần dấu — Enter: tìm tiếp",
                         "a code (1.1.10) or words of a title, marks optional — Enter: next"),
    "find.none": ("Không tìm thấy «{query}».", "Nothing matches “{query}”."),
    "find.no_open": ("Không còn tiêu chí nào chưa xong.", "No unfinished criterion left."),
    "find.no_disputed": ("Không có tiêu chí nào lệch điểm.", "No disputed criterion."),
    "key.cancel": ("huỷ", "cancel"),
    "key.confirm": ("đồng ý", "confirm"),
    # general
    "warning": ("Cảnh báo", "Warning"),
    "app.title": ("Thi đua khối", "Emulation bloc"),
    "readonly.banner": (
        "CHỈ ĐỌC — {holder} đang mở sổ này để ghi; mọi thay đổi sẽ không được lưu. "
        "Đóng chương trình kia rồi mở lại để sửa.",
        "READ-ONLY — {holder} has this workspace open for writing; changes cannot be saved. "
        "Close that program and reopen to edit."),
    "readonly.someone": ("một chương trình khác", "another program"),
    "readonly.refused": ("Đang ở chế độ chỉ đọc: không sửa được.",
                         "Read-only: changes are not allowed."),
    "readonly.state": ("chỉ đọc", "read-only"),
    "language.changed": ("Giao diện: tiếng Việt", "Interface: English"),
    "settings.not_saved": ("Không lưu được cài đặt: {reason}", "Could not save settings: {reason}"),
    "open.failed": ("Không mở được sổ thi đua {path}:", "Cannot open workspace {path}:"),
    "picker.opening": ("Đang mở…", "Opening…"),
    "cmd.theme": ("Đổi giao diện màu", "Change theme"),
    "cmd.theme.help": ("Chọn bảng màu", "Pick a colour theme"),
    "cmd.quit": ("Thoát", "Quit"),
    "cmd.quit.help": ("Lưu các thay đổi rồi thoát", "Save changes and quit"),
    "cmd.app": ("lệnh chung", "app command"),
    "cmd.score_unit": ("Chấm điểm: {unit}", "Score: {unit}"),
    "cmd.score_unit.help": ("mở bảng chấm điểm của đơn vị", "open the unit's scoring"),
    "cmd.criterion": ("Đến tiêu chí {code} {title}", "Go to criterion {code} {title}"),
    "cmd.criterion.help": ("đặt con trỏ vào tiêu chí", "put the cursor on the criterion"),
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
    "panel.saved_only": ("Theo dữ liệu đã lưu. c: nhập điểm chấm chéo, b: ghi phiếu kín; "
                         "các lệnh emulation cross, awards, vote (docs/awards.md).",
                         "As saved. c: enter a cross-score, b: record a secret ballot; "
                         "commands emulation cross, awards, vote (docs/awards.md)."),
    "panel.cross": ("Chấm chéo", "Cross-scores"),
    "panel.whatif": ("Mức ổn định của xếp hạng", "How stable the ranking is"),
    "panel.awards": ("Đề nghị khen thưởng", "Award proposals"),
    "panel.votes": ("Kết quả biểu quyết", "Votes"),
    "panel.criterion": ("Tiêu chí", "Criterion"),
    "panel.unit": ("Đơn vị", "Unit"),
    "panel.scores": ("Số điểm chấm", "Scores"),
    "panel.counts": ("Tính", "Counts"),
    "panel.none": ("Chưa có.", "None yet."),
    "cmd.none": ("Không có lệnh nào khớp «{query}»", "No command matches “{query}”"),
    "cmd.placeholder": ("Tìm lệnh (không cần dấu)…", "Search for commands…"),
    "cmd.key": ("phím {key}", "key {key}"),
    "theme.placeholder": ("Tìm giao diện màu…", "Search for themes…"),
    "theme.pick": ("dùng bảng màu này", "use this theme"),
    "theme.current": ("bảng màu đang dùng", "the current theme"),
    "theme.none": ("Không có bảng màu nào khớp «{query}»", "No theme matches “{query}”"),
    "quit.how": ("Bấm {key} để thoát", "Press {key} to quit"),
    "quit.how.title": ("Thoát chương trình?", "Quit the program?"),
    "dialog.ok": ("Đóng", "OK"),
    # campaigns
    "campaign.none": ("Sổ này chưa có đợt thi đua nào.", "This workspace has no campaign yet."),
    "campaign.pick": ("Chọn đợt thi đua", "Choose a campaign"),
    "period.mid_year": ("Sơ kết 6 tháng", "Mid-year review"),
    "period.year_end": ("Tổng kết năm", "Year-end review"),
    "period.custom": ("Đợt", "Period"),
    "deadline": ("hạn nộp {date} ({left})", "due {date} ({left})"),
    "deadline.left": ("còn {days} ngày", "{days} days left"),
    "deadline.today": ("hôm nay", "today"),
    "deadline.over": ("quá hạn {days} ngày", "{days} days overdue"),
    "deadline.past": ("đã qua hạn", "past"),
    # statuses, ratings, sources
    "status.missing": ("chưa nộp", "not received"),
    "status.draft": ("nháp", "draft"),
    "status.submitted": ("đã nộp", "submitted"),
    "status.returned": ("trả lại bổ sung", "returned for revision"),
    "status.verified": ("đã thẩm định", "verified"),
    "status.locked": ("đã khoá", "locked"),
    "change.new": ("mới", "new"),
    # saving
    "save.done": ("Đã lưu.", "Saved."),
    "save.failed": ("Chưa lưu được hồ sơ {member}", "Could not save {member}"),
    "save.stale": ("Hồ sơ của {member} vừa bị chương trình khác sửa trên đĩa. Để không ghi đè, "
                   "thay đổi của bạn chưa được lưu. Đọc lại sổ từ đĩa rồi áp dụng lại các thay "
                   "đổi chưa lưu? Chỗ nào cả hai bên cùng sửa, bạn sẽ được hỏi giữ số nào.",
                   "{member}'s file was changed on disk by another program. To avoid "
                   "overwriting it, your change was not saved. Read the workspace again and "
                   "re-apply your unsaved changes? Where both sides changed the same figure, "
                   "you choose which to keep."),
    "reload.yes": ("Đọc lại và áp dụng", "Reload and re-apply"),
    "reload.no": ("Để sau", "Not now"),
    "reload.reading": ("Đang đọc lại sổ từ đĩa…", "Reading the workspace again…"),
    "reload.done": ("Đã đọc lại sổ; áp dụng lại {edits} hồ sơ chưa lưu.",
                    "Workspace read again; {edits} unsaved submissions re-applied."),
    "reload.failed": ("Không đọc lại được sổ", "Could not read the workspace again"),
    "conflict.title": ("{member}: «{what}» bị sửa ở cả hai nơi — giữ số nào?",
                       "{member}: “{what}” was changed in both places — which to keep?"),
    "conflict.mine": ("Số bạn vừa nhập: {value}", "What you typed: {value}"),
    "conflict.theirs": ("Số đang có trên đĩa: {value}", "What is on disk: {value}"),
    "key.reload": ("đọc lại từ đĩa", "reload from disk"),
    "save.pending_failed": ("Còn thay đổi chưa lưu được; sửa lỗi đó trước.",
                            "Some changes could not be saved; fix that first."),
    "state.saved": ("● đã lưu", "● saved"),
    "state.pending": ("◐ đang chờ lưu", "◐ saving soon"),
    "state.failed": ("⚠ chưa lưu được", "⚠ not saved"),
    "quit.unsaved": ("Có thay đổi chưa lưu được. Vẫn thoát và bỏ các thay đổi đó?",
                     "Some changes could not be saved. Quit anyway and lose them?"),
    "quit.anyway": ("Thoát", "Quit"),
    "quit.stay": ("Ở lại", "Stay"),
    # editing refusals
    "edit.locked": ("Hồ sơ đã khoá: không sửa được.", "This submission is locked."),
    "member.id_taken": ("Mã {id} đã có đơn vị khác dùng.", "Id {id} is already used."),
    "member.lead_not_deputy": ("Trưởng khối không đồng thời là phó khối.",
                               "The lead cannot also be the deputy."),
    "unit.billion": ("{value} tỷ", "{value}bn"),
    "unit.million": ("{value} tr", "{value}M"),
    # columns
    "col.rank": ("Hạng", "Rank"),
    "col.unit": ("Đơn vị", "Unit"),
    "col.type": ("Loại hội", "Type"),
    "col.status": ("Trạng thái", "Status"),
    "col.self": ("Tự chấm", "Self"),
    "col.verified": ("Thẩm định", "Verified"),
    "col.rating": ("Xếp loại", "Rating"),
    "col.code": ("Mã", "Code"),
    "col.criterion": ("Tiêu chí", "Criterion"),
    "col.value": ("Kết quả", "Result"),
    "col.target": ("Chỉ tiêu", "Target"),
    "col.points": ("Điểm", "Points"),
    "col.bonus": ("Thưởng", "Bonus"),
    "col.minus": ("Trừ", "Minus"),
    "col.total": ("Tổng", "Total"),
    "col.note": ("Ghi chú", "Note"),
    "col.short": ("Tên ngắn", "Short name"),
    "col.role": ("Vai trò", "Role"),
    "col.id": ("Mã đơn vị", "Id"),
    # dashboard
    "dash.lead": ("Trưởng khối {year}: {name}", "Lead {year}: {name}"),
    "dash.no_campaign": ("Chưa có đợt thi đua: nhấn C rồi n để tạo đợt "
                         "(hoặc ctrl+p, gõ 'tạo đợt').",
                         "No campaign yet: press C then n to create one "
                         "(or ctrl+p, 'new campaign')."),
    "dash.verified": ("Đã thẩm định", "Verified"),
    "dialog.choice.hint": ("↑↓ chọn · enter đồng ý · esc huỷ",
                           "↑↓ move · enter choose · esc cancel"),
    # scoring
    "score.total": ("Tổng {total}/{max}", "Total {total}/{max}"),
    "score.rank": ("hạng {rank}/{of}", "rank {rank}/{of}"),
    "score.self_total": ("tự chấm {total}", "self {total}"),
    "score.adjust": ("thưởng {bonus} · trừ {minus}", "bonus {bonus} · minus {minus}"),
    "score.rule": ("Quy tắc: {rule}", "Rule: {rule}"),
    "score.why": ("Cách tính: {why} → tính được {computed}; tính điểm: {points} ({source})",
                  "How: {why} → computed {computed}; counts {points} ({source})"),
    "score.why.entered": ("Cách tính: {why}; tính điểm: {points} ({source})",
                          "How: {why}; counts {points} ({source})"),
    "score.why.none": ("Cách tính: {why}", "How: {why}"),
    "score.target": ("chỉ tiêu {target}", "target {target}"),
    "score.corrected": ("đơn vị báo cáo số trên; thẩm định sửa thành {value} ({reason}), "
                        "tính điểm theo số đã sửa",
                        "the unit reported the figure above; verified as {value} ({reason}), "
                        "the points use the corrected figure"),
    "score.section_hint": ("Chọn một tiêu chí (↑↓) để xem quy tắc và nhập số liệu.",
                           "Pick a criterion (↑↓) to see its rule and enter figures."),
    "field.self": ("Tự chấm", "Self points"),
    "field.verified": ("Thẩm định", "Verified points"),
    "field.reason": ("Lý do điều chỉnh", "Reason"),
    "field.evidence": ("Minh chứng", "Evidence"),
    "read.as": ("đọc là {value}: {words}", "read as {value}: {words}"),
    "err.negative": ("không được âm", "may not be negative"),
    "err.integer": ("phải là số nguyên", "must be a whole number"),
    "err.points": ("chỉ nhận từ {low} đến {high}, bước {step}",
                   "allowed: {low} to {high} in steps of {step}"),
    "err.reason": ("cần ghi lý do khi điểm thẩm định khác điểm tự chấm",
                   "give a reason when verified points differ"),
    "doubt.yes_no": ("⚠ ô có/không chỉ nhận 0 hoặc 1, đây là {value}",
                     "⚠ a yes/no field takes 0 or 1, this is {value}"),
    "doubt.target": ("⚠ gấp {times} lần chỉ tiêu {target} — kiểm tra lại",
                     "⚠ {times} times the target {target} — check it"),
    "doubt.part": ("⚠ lớn hơn {whole} ({value}) — kiểm tra lại",
                   "⚠ more than {whole} ({value}) — check again"),
    "doubt.whole": ("⚠ nhỏ hơn {part} ({value}) — kiểm tra lại",
                    "⚠ fewer than {part} ({value}) — check again"),
    "doubt.others": ("⚠ cao hơn nhiều so với các đơn vị khác (cao nhất {highest})",
                     "⚠ far above the other units (highest {highest})"),
    "entry.was": ("trước: {value}", "was: {value}"),
    "entry.kept": ("không nhận «{text}», giữ {value}", "“{text}” refused, kept {value}"),
    "entry.empty": ("(trống)", "(empty)"),
    "entry.where": ("Nhấn Enter để nhập số liệu.", "Press Enter to enter figures."),
    "undo.nothing": ("Không còn gì để hoàn tác.", "Nothing to undo."),
    "undo.other": ("Đã hoàn tác thay đổi của {member}.", "Undid a change to {member}."),
    "verify.missing": ("Đơn vị chưa nộp báo cáo: chưa thẩm định được.",
                       "No submission yet: nothing to verify."),
    "verify.ask": ("Đánh dấu hồ sơ {member} đã thẩm định? Tổng {total} · {rating}",
                   "Mark {member} as verified? Total {total} · {rating}"),
    "verify.undo": ("Bỏ đánh dấu đã thẩm định của {member} (trở về đã nộp)?",
                    "Return {member} from verified to submitted?"),
    "verify.reasons.title": ("Thiếu lý do điều chỉnh", "Reasons missing"),
    "verify.reasons": ("Các tiêu chí có điểm thẩm định khác điểm tự chấm cần ghi lý do "
                       "trước khi thẩm định xong: {codes}",
                       "These criteria have verified points that differ from the claimed "
                       "ones; give a reason before marking verified: {codes}"),
    # ranking
    "rank.title": ("Xếp hạng · {campaign}", "Ranking · {campaign}"),
    "rank.filter": ("lọc: {what}", "filter: {what}"),
    "rank.filter.title": ("Lọc theo loại hội", "Filter by association type"),
    "rank.all_types": ("tất cả loại hội", "all types"),
    "rank.separated": ("hơn nhờ {how}", "ahead on {how}"),
    "rank.separated_from": ("bằng tổng điểm với {others}; phân định: {how}",
                            "same total as {others}; separated by {how}"),
    "rank.tied": ("đồng hạng", "shared rank"),
    "rank.provisional": ("tạm tính, chưa thẩm định", "provisional, not verified yet"),
    "rank.verified_only": ("chỉ đơn vị đã thẩm định", "verified units only"),
    "key.verified_only": ("chỉ đã thẩm định", "verified only"),
    "rank.exported": ("Đã xuất bảng xếp hạng: {files}", "Ranking exported: {files}"),
    "rank.export_failed": ("Không xuất được bảng xếp hạng", "The ranking was not exported"),
    "export.title": ("Xuất báo cáo kết quả của đợt", "Export the campaign's report"),
    "export.folder": ("Ghi vào thư mục: {folder}", "Written to the folder: {folder}"),
    "export.start": ("Xuất", "Export"),
    "export.close": ("Đóng", "Close"),
    "export.none_chosen": ("Chọn ít nhất một định dạng", "Choose at least one format"),
    "export.done": ("Đã ghi {count} tệp:", "{count} files written:"),
    "rank.shared": ("đồng hạng với {others}", "shares the rank with {others}"),
    "rank.place": ("hạng {rank}, {total} điểm", "rank {rank}, {total} points"),
    "rank.before": ("đợt trước hạng {rank}", "previously rank {rank}"),
    # members
    "members.title": ("Đơn vị thành viên · {bloc}", "Member units · {bloc}"),
    "members.count": ("{count} đơn vị", "{count} units"),
    "members.not_saved": ("Chưa lưu được", "Not saved"),
    "members.added": ("Đã thêm {name}; đơn vị tham gia các đợt thi đua tạo từ nay.",
                      "Added {name}; it takes part in campaigns created from now on."),
    "members.saved": ("Đã lưu {name}.", "Saved {name}."),
    "members.removed": ("Đã xoá {name}.", "Removed {name}."),
    "members.remove_ask": ("Xoá đơn vị {name} khỏi khối?", "Remove {name} from the bloc?"),
    "members.remove_data": ("Dữ liệu của đơn vị cũng bị xoá theo:",
                            "The unit's data goes with it:"),
    "members.data.submission": ("báo cáo ({status})", "submission ({status})"),
    "members.data.targets": ("chỉ tiêu đăng ký", "registered targets"),
    "members.data.not_assigned": ("tiêu chí không giao", "criteria not assigned"),
    "members.data.more": ("và {count} đợt khác", "and {count} more campaigns"),
    "members.remove_final": ("Không hoàn tác được.", "This cannot be undone."),
    "members.not_removed": ("Không xoá được {name}", "{name} was not removed"),
    "members.lead_set": ("{name} là trưởng khối năm nay.", "{name} is this year's lead."),
    "members.deputy_set": ("{name} là phó khối năm nay.", "{name} is this year's deputy."),
    "role.lead": ("Trưởng khối {year}", "Lead {year}"),
    "role.deputy": ("Phó khối {year}", "Deputy {year}"),
    "form.add": ("Thêm đơn vị", "Add a unit"),
    "form.edit": ("Sửa đơn vị", "Edit unit"),
    "form.name": ("Tên đơn vị", "Name"),
    "form.short": ("Tên ngắn", "Short name"),
    "form.id": ("Mã (tên tệp)", "Id (file name)"),
    "form.type": ("Loại hội", "Type"),
    "form.type.pick": ("Chọn loại hội", "Pick a type"),
    "form.err.name": ("Nhập tên đơn vị.", "Enter the unit's name."),
    "form.err.id": ("Mã chỉ gồm chữ thường a-z, số, '-' hoặc '_' (tối đa 64).",
                    "The id takes lowercase a-z, digits, '-' or '_' (64 at most)."),
    "form.err.type": ("Chọn loại hội.", "Pick a type."),
    # criteria
    "crit.title": ("Tiêu chí · {campaign}", "Criteria · {campaign}"),
    "crit.nominal": ("thang điểm {total}", "out of {total}"),
    "crit.root": ("Bảng tiêu chí", "Criteria table"),
    "crit.per_type": ("(riêng theo loại hội)", "(per association type)"),
    "crit.per_type_help": ("Mỗi loại hội có tiêu chí riêng cho mục này: mở nhánh để xem.",
                           "Each association type brings its own criteria here: expand to see."),
    "crit.then": (", rồi ", ", then "),
    "crit.no_tie_break": ("không có: bằng điểm thì đồng hạng", "none: equal totals share a rank"),
    "crit.scale": ("Thang điểm {total}; điểm thưởng, điểm trừ tính ngoài thang điểm.",
                   "Out of {total}; bonus and deductions come on top."),
    "crit.bands": ("Xếp loại: {bands}", "Ratings: {bands}"),
    "crit.ties": ("Khi bằng tổng điểm: {ties}", "On equal totals: {ties}"),
    "crit.rank_by.total": ("Xếp hạng theo tổng điểm.", "Ranked by total."),
    "crit.rank_by.percent": ("Xếp hạng theo % điểm tối đa đơn vị có thể đạt "
                             "(trừ tiêu chí không giao).",
                             "Ranked by percent of the points the unit could reach "
                             "(criteria not assigned left out)."),
    "crit.precision": ("Điểm mỗi tiêu chí làm tròn đến {precision}.",
                       "Each criterion is rounded to {precision}."),
    "crit.hint": ("Chọn một mục để xem giải thích.", "Pick an item to see it explained."),
    "crit.of_type": ("Của loại hội: {type}", "For type: {type}"),
    "crit.section_max": ("Tối đa {max} điểm · {count} tiêu chí",
                         "At most {max} points · {count} criteria"),
    "crit.max": ("Điểm tối đa: {max}", "Maximum: {max}"),
    "crit.adjust_range": ("Điểm thưởng/trừ, trong khoảng {low} đến {high}",
                          "Bonus/deduction, from {low} to {high}"),
    "crit.rule": ("Cách chấm: {rule}", "Scored: {rule}"),
    "crit.applies": ("Chỉ áp dụng cho: {types}", "Applies only to: {types}"),
    "crit.evidence": ("Minh chứng cần có: {evidence}", "Evidence required: {evidence}"),
    # help
    "help.title": ("Phím tắt trên màn hình này", "Keys on this screen"),
    "help.marks": ("Ký hiệu", "Marks"),
    "help.green": ("điểm thẩm định (đang tính)", "verified points (counting)"),
    "help.yellow": ("điểm tự chấm (chưa có số liệu để tính)",
                    "self points (nothing to compute from)"),
    "help.tie": ("đồng hạng (bằng điểm sau mọi tiêu chí phụ)",
                 "shared rank (equal after tie-breaks)"),
    "help.separated": ("bằng tổng điểm, xếp trên nhờ tiêu chí phụ (xem dòng ghi chú)",
                       "equal total, ahead on a tie-break (see the note line)"),
    "help.provisional": ("hạng tạm tính: báo cáo chưa thẩm định (v: chỉ xem đơn vị đã thẩm định)",
                         "provisional rank: report not verified yet (v: verified units only)"),
    "help.change": ("thay đổi hạng so với đợt trước", "rank change since the previous campaign"),
    "help.more": ("ctrl+p mở bảng lệnh: gõ tên việc cần làm. esc đóng.",
                  "ctrl+p opens the command palette: type what you want to do. esc closes."),
    # picker
    "picker.prompt": ("Nhập thư mục sổ thi đua (chứa workspace.toml):",
                      "Type the workspace folder (it holds workspace.toml):"),
    "picker.placeholder": ("đường dẫn thư mục", "folder path"),
    "picker.recent": ("Mở gần đây", "Recent"),
    "picker.empty": ("Nhập một thư mục.", "Type a folder."),
}
CATALOG.update(SETUP_CATALOG)
CATALOG.update(FORMS_CATALOG)
