"""The message catalog's part for the command line's own output: confirmations, summaries,
prompts and the headings of tables the commands print.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders. The command says them in the language of its
errors (``--lang``, else ``$EMULATION_LANG``, else English). Machine formats (JSON, CSV) and
the kinds of changes (``member.added``) are not sentences and stay as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CLI_MESSAGES"]

CLI_MESSAGES: Mapping[str, tuple[str, str]] = {
    # the labels before a message on standard error, and what no command can say otherwise
    "cli.label.error": ("lỗi", "error"),
    "cli.label.warning": ("cảnh báo", "warning"),
    "cli.label.broken": ("hỏng", "broken"),
    "cli.lang_unknown": ("{var}={value}: không phải ngôn ngữ của emulation; dùng vi hoặc en",
                         "{var}={value}: not a language of emulation; use vi or en"),
    "cli.os_error": ("{where}{reason}; kiểm tra đường dẫn và quyền truy cập",
                     "{where}{reason}; check the path and its permissions"),
    "cli.bug": ("lỗi không lường trước {kind}: {error}. Đây là lỗi của emulation; chạy lại "
                "với EMULATION_DEBUG=1 để xem chi tiết, và báo lại.",
                "unexpected {kind}: {error}. This is a bug in emulation; rerun with "
                "EMULATION_DEBUG=1 to see the details, and report them."),
    # argparse's refusals of a command line, said again under vi (emulation_cli.usage_errors)
    "cli.argparse.required": ("thiếu tham số bắt buộc: {names}",
                              "the following arguments are required: {names}"),
    "cli.argparse.unrecognized": ("không hiểu tham số: {words}",
                                  "unrecognized arguments: {words}"),
    "cli.argparse.choice": ("{argument}: không có lựa chọn {value} (chọn một trong {choices})",
                            "argument {argument}: invalid choice: {value} (choose from "
                            "{choices})"),
    "cli.argparse.int": ("{argument}: {value} không phải số nguyên; viết bằng chữ số, ví dụ "
                         "2026",
                         "argument {argument}: invalid int value: {value}"),
    "cli.argparse.one": ("{argument}: cần một giá trị theo sau",
                         "argument {argument}: expected one argument"),
    "cli.argparse.some": ("{argument}: cần ít nhất một giá trị theo sau",
                          "argument {argument}: expected at least one argument"),
    "cli.argparse.not_with": ("{argument}: không dùng cùng {other}",
                              "argument {argument}: not allowed with argument {other}"),
    "cli.argparse.one_of": ("cần một trong các tham số {names}",
                            "one of the arguments {names} is required"),
    "cli.argparse.ambiguous": ("tham số {option} chưa rõ: có thể là {matches}",
                               "ambiguous option: {option} could match {matches}"),
    "cli.file_missing": ("không có tệp này", "no such file"),
    "cli.file_missing.hint": ("kiểm tra đường dẫn và tên tệp",
                              "check the path and the file's name"),
    "cli.tally.none": ("{campaign}: chưa ghi lần biểu quyết nào ('emulation vote')",
                       "{campaign}: no ballot recorded yet ('emulation vote')"),
    # counts (English says "1 campaign", "2 campaigns")
    "cli.count.member": ("1 đơn vị", "1 member"),
    "cli.count.members": ("{count} đơn vị", "{count} members"),
    "cli.count.campaign": ("1 đợt thi đua", "1 campaign"),
    "cli.count.campaigns": ("{count} đợt thi đua", "{count} campaigns"),
    "cli.count.submission": ("1 bản số liệu", "1 submission"),
    "cli.count.submissions": ("{count} bản số liệu", "{count} submissions"),
    "cli.count.warning": ("1 cảnh báo", "1 warning"),
    "cli.count.warnings": ("{count} cảnh báo", "{count} warnings"),
    # rank (and score without --member)
    "cli.rank.col.rank": ("Hạng", "Rank"),
    "cli.rank.col.member": ("Đơn vị", "Member"),
    "cli.rank.col.bonus": ("Thưởng", "Bonus"),
    "cli.rank.col.deductions": ("Trừ", "Deduct"),
    "cli.rank.col.total": ("Tổng", "Total"),
    "cli.rank.col.rating": ("Xếp loại", "Rating"),
    "cli.rank.new": ("mới", "new"),
    "cli.rank.tie_note": ("* bằng tổng điểm, phân định theo tiêu chí phụ: {notes}",
                          "* equal total, separated by the tie-break: {notes}"),
    "cli.rank.no_type": ("--type {type}: không đơn vị nào của đợt thuộc loại hình này (các "
                         "loại hình: {types})",
                         "--type {type}: no member of the campaign is of this type (types: "
                         "{types})"),
    # awards
    "cli.awards.rules": ("{title} (bộ quy tắc {id}, phiên bản {version}, áp dụng từ "
                         "{valid_from})",
                         "{title} ({id} v{version}, from {valid_from})"),
    "cli.awards.title": ("{award} — chỉ tiêu {quota}", "{award} — quota {quota}"),
    "cli.awards.col.member": ("đơn vị", "member"),
    "cli.awards.col.proposed": ("đề nghị", "proposed"),
    "cli.awards.col.why": ("lý do", "why"),
    "cli.awards.yes": ("có", "yes"),
    "cli.awards.no": ("không", "no"),
    # changes made, or none
    "cli.nothing_changed": ("{what}: không có gì thay đổi.", "{what}: nothing changed."),
    "cli.member_in": ("{member} trong đợt thi đua {campaign}", "{member} in {campaign}"),
    "cli.problems_found": ("Có {count} lỗi; không có gì bị thay đổi.",
                           "{count} problems found; nothing was changed."),
    "cli.problem_found": ("Có 1 lỗi; không có gì bị thay đổi.",
                          "1 problem found; nothing was changed."),
    # forms make / forms import
    "cli.forms.written": ("Đã ghi {count} biểu mẫu của đợt thi đua {campaign} vào {folder}",
                          "{count} forms for {campaign} written to {folder}"),
    "cli.forms.confirm": ("Áp dụng các thay đổi này? [c/K] ", "Apply these changes? [y/N] "),
    "cli.forms.not_applied": ("Không có gì bị thay đổi.", "Nothing was changed."),
    "cli.forms.imported": ("Đã nhập {count} biểu mẫu.", "Imported {count} forms."),
    "cli.forms.imported_one": ("Đã nhập 1 biểu mẫu.", "Imported 1 form."),
    # criteria import / export / template
    "cli.criteria.of": ("bảng tiêu chí của {campaign}", "criteria of {campaign}"),
    "cli.criteria.checked": ("Đã kiểm tra: bảng tiêu chí hợp lệ; chưa lưu gì.",
                             "Checked: the table is valid; nothing saved."),
    "cli.criteria.exported": ("Đã ghi {criteria} tiêu chí và {indicators} chỉ số vào {path}",
                              "Wrote {criteria} criteria and {indicators} indicators to {path}"),
    "cli.criteria.template": ("Đã ghi mẫu bảng tiêu chí vào {path}",
                              "Wrote the criteria template to {path}"),
    "cli.criteria.title": ("{criteria} tiêu chí, {indicators} chỉ số, thang điểm {nominal}",
                           "{criteria} criteria, {indicators} indicators, nominal {nominal}"),
    "cli.criteria.per_type": ("theo loại hình", "per type"),
    "cli.criteria.col.code": ("mã", "code"),
    "cli.criteria.col.title": ("tiêu chí", "title"),
    "cli.criteria.col.max": ("tối đa", "max"),
    "cli.criteria.col.rule": ("cách tính", "rule"),
    "cli.criteria.col.detail": ("chỉ số / tham số", "indicator / parameters"),
    "cli.criteria.col.applies": ("áp dụng cho", "applies to"),
    # demo / ui
    "cli.ui.demo_renewed": ("Sổ thi đua mẫu đi kèm đã thay đổi từ khi bản sao dùng thử của bạn "
                            "được tạo; bản sao cũ được giữ ở {kept} và bản dùng thử mở một "
                            "bản mới.",
                            "The bundled sample has changed since your demo copy was made; "
                            "your copy is kept in {kept} and the demo opens a fresh one."),
    "cli.ui.sample_written": ("Đã ghi sổ thi đua mẫu vào {path}.",
                              "Wrote the sample workspace to {path}."),
    # cross form / cross import
    "cli.crossform.written": ("Đã ghi {count} phiếu chấm chéo vào {folder}",
                              "{count} scorers' forms written to {folder}"),
    "cli.crossform.one_written": ("đã ghi phiếu chấm chéo của {scorer} vào {path}",
                                  "form for {scorer} written to {path}"),
    "cli.crossform.entered": ("cross.score {campaign}: đã nhập {count} dòng từ {form}",
                              "cross.score {campaign}: {count} rows entered from {form}"),
    # audit verify / audit log
    "cli.audit.no_log": ("{file}: chưa có nhật ký thay đổi; nhật ký bắt đầu, cùng bản gốc "
                         "của mọi tệp, ở lần đầu sổ thi đua được mở để ghi",
                         "{file}: there is no change log yet; it starts, with a baseline of "
                         "every file, the first time the workspace is opened for writing"),
    "cli.audit.pending": ("{file}: một thay đổi đang được lưu, hoặc bị ngắt giữa chừng; chạy "
                          "lại khi không ai đang lưu, hoặc mở sổ thi đua để ghi để hoàn tất",
                          "{file}: a change is being saved, or was cut off midway; run this "
                          "again when no one is saving, or open the workspace for writing to "
                          "finish it"),
    "cli.audit.before_broken": ("Các mục trước đó ({count}) vẫn khớp; khôi phục nhật ký thay "
                                "đổi từ bản sao lưu để tiếp tục ghi.",
                                "The entries before it ({count}) check; restore the log from "
                                "a backup to go on writing."),
    "cli.audit.no_head": ("{file}: không mục nào có mã đầu chuỗi {head}: nhật ký đã bị viết "
                          "lại từ khi mã đó được ghi lại",
                          "{file}: no entry has the chain head {head}: the log was rewritten "
                          "since that head was recorded"),
    "cli.audit.files_differ": ("{count} tệp khác với nhật ký thay đổi; mở sổ thi đua để ghi "
                               "sẽ ghi nhận chúng là đã bị sửa ngoài chương trình.",
                               "{count} files differ from the change log; opening the "
                               "workspace for writing records them as changed outside the "
                               "program."),
    "cli.audit.file_differs": ("1 tệp khác với nhật ký thay đổi; mở sổ thi đua để ghi sẽ ghi "
                               "nhận nó là đã bị sửa ngoài chương trình.",
                               "1 file differs from the change log; opening the workspace "
                               "for writing records it as changed outside the program."),
    "cli.audit.checks": ("{root}: {count} mục, mã đầu chuỗi {head}; chuỗi khớp và mọi tệp "
                         "được theo dõi đều khớp với nó.",
                         "{root}: {count} entries, chain head {head}; the chain checks and "
                         "every tracked file matches it."),
    "cli.audit.checks_one": ("{root}: 1 mục, mã đầu chuỗi {head}; chuỗi khớp và mọi tệp "
                             "được theo dõi đều khớp với nó.",
                             "{root}: 1 entry, chain head {head}; the chain checks and "
                             "every tracked file matches it."),
    "cli.audit.trusted": ("Chỉ hiện các mục trước đó; chỉ chúng là đáng tin cậy.",
                          "Only the entries before it are shown; they alone can be trusted."),
    "cli.role.lead": ("trưởng khối", "lead"),
    "cli.role.deputy": ("phó khối", "deputy"),
    "cli.role.member": ("đơn vị", "member"),
    "cli.role.outside": ("ngoài chương trình", "outside"),
    "cli.role.unstated": ("chưa rõ vai trò", "unstated"),
    "cli.audit.col.when": ("Lúc (UTC)", "When (UTC)"),
    "cli.audit.col.who": ("Ai", "Who"),
    "cli.audit.col.what": ("Việc", "What"),
    "cli.audit.col.of": ("Của", "Of"),
    "cli.audit.col.values": ("Cũ → mới", "Old → new"),
    "cli.audit.col.reason": ("Lý do", "Reason"),
    # members, leadership, campaigns, targets
    "cli.member.col.id": ("Mã", "ID"),
    "cli.member.col.name": ("Tên", "Name"),
    "cli.member.col.short": ("Tên ngắn", "Short"),
    "cli.member.col.type": ("Loại hình", "Type"),
    "cli.leadership": ("{year}: khối trưởng {lead}, khối phó {deputy}",
                       "{year}: lead {lead}, deputy {deputy}"),
    "cli.campaign.col.id": ("Mã", "ID"),
    "cli.campaign.col.title": ("Tên đợt", "Title"),
    "cli.campaign.col.period": ("Kỳ", "Period"),
    "cli.campaign.col.year": ("Năm", "Year"),
    "cli.campaign.col.start": ("Bắt đầu", "Start"),
    "cli.campaign.col.end": ("Kết thúc", "End"),
    "cli.campaign.col.deadline": ("Hạn nộp", "Deadline"),
    "cli.campaign.col.members": ("Đơn vị", "Members"),
    "cli.campaign.col.from": ("Nối tiếp", "From"),
    "cli.campaign.line": ("{period} {year} · {start} – {end} · hạn nộp {deadline} · {members}",
                          "{period} {year} · {start} – {end} · deadline {deadline} · "
                          "{members}"),
    "cli.campaign.from": (" · nối tiếp {previous}", " · from {previous}"),
    "cli.targets.missing": ("{member}: chưa nhập (một chỉ tiêu, hoặc {none}): {keys}",
                            "{member}: not entered yet (a target, or {none}): {keys}"),
    # init / validate
    "cli.init.created": ("Đã tạo sổ thi đua trống trong {dir}. Tiếp theo: thêm đơn vị bằng "
                         "'emulation member add {dir} …' (docs/year.md) hoặc mở sổ bằng "
                         "'emulation tui {dir}'.",
                         "Created an empty workspace in {dir}. Next: add members with "
                         "'emulation member add {dir} …' (docs/year.md) or open it with "
                         "'emulation tui {dir}'."),
    "cli.validate.clean": ("{path}: {members}, {campaigns}, {subs}; không có vấn đề.",
                           "{path}: {members}, {campaigns}, {subs}; no problems."),
    "cli.validate.warned": ("{path}: {members}, {campaigns}, {subs}; {warnings}.",
                            "{path}: {members}, {campaigns}, {subs}; {warnings}."),
    # minutes, locks
    "cli.minutes.no_log": ("{path} chưa có nhật ký thay đổi nên biên bản không có mã đầu "
                           "chuỗi; hãy mở sổ để ghi một lần (ví dụ 'emulation tui') rồi ghi "
                           "lại biên bản",
                           "{path} has no change log yet, so the minutes carry no head hash; "
                           "open it for writing once (e.g. 'emulation tui') and write them "
                           "again"),
    "cli.minutes.written": ("đã ghi biên bản vào {path} (mã đầu chuỗi {head})",
                            "minutes written to {path} (chain head {head})"),
    "cli.locked": ("campaign.locked {campaign}: đã khoá {count} tổng điểm",
                   "campaign.locked {campaign}: {count} totals locked in"),
    # registered content
    "cli.register.no_overlap": ("{campaign}: không nội dung nào được quá một đơn vị đăng ký.",
                                "{campaign}: no content is registered by more than one "
                                "member."),
    "cli.register.group": ("{number}. {label} ({count} đơn vị)",
                           "{number}. {label} ({count} members)"),
    "cli.register.col.member": ("Đơn vị", "Member"),
    "cli.register.col.kind": ("Loại", "Kind"),
    "cli.register.col.text": ("Nội dung đăng ký", "Registered"),
    "cli.register.col.tag": ("Nhãn", "Tag"),
    "cli.register.signed": ("Giao ước ký ngày {date}; {count} thay đổi từ đó:",
                            "Agreement signed {date}; {count} changes since:"),
    "cli.register.kind.movement": ("phong trào", "movement"),
    "cli.register.kind.programme": ("chương trình", "programme"),
    "cli.register.kind.field": ("lĩnh vực", "field"),
    "cli.register.added": ("  {at} {who}: {member} thêm {item}",
                           "  {at} {who}: {member} added {item}"),
    "cli.register.removed": ("  {at} {who}: {member} bỏ {item}",
                             "  {at} {who}: {member} removed {item}"),
    "cli.register.signed_one": ("Giao ước ký ngày {date}; 1 thay đổi từ đó:",
                                "Agreement signed {date}; 1 change since:"),
    # cross show
    "cli.cross.heading": ("Chấm chéo {campaign}: tính theo {method}, cách dùng {mode}",
                          "Cross-scoring {campaign}: counts {method}, mode {mode}"),
    "cli.cross.heading_weighed": ("Chấm chéo {campaign}: tính theo {method}, cách dùng "
                                  "{mode}, trọng số {weight}",
                                  "Cross-scoring {campaign}: counts {method}, mode {mode}, "
                                  "weight {weight}"),
    "cli.cross.flag_by": ("lưu ý {code} {scorer}: {kind} ({amount})",
                          "flag {code} {scorer}: {kind} ({amount})"),
    "cli.cross.flag": ("lưu ý {code}: {kind} ({amount})", "flag {code}: {kind} ({amount})"),
    "cli.cross.recused": ("không chấm: {scorer} đối với {member}, do {by} ghi: {reason}",
                          "recused: {scorer} on {member} by {by}: {reason}"),
    "cli.cross.removed": ("bị loại: {scorer}, do {by} ghi: {reason}",
                          "removed: {scorer} by {by}: {reason}"),
    "cli.cross.abstained": ("bỏ chấm: {scorer} đối với {member} {code}: {reason}",
                            "abstained: {scorer} on {member} {code}: {reason}"),
    "cli.cross.types_title": ("{code} · loại hình {types}", "{code} · member type {types}"),
    "cli.cross.reviewed": ("xem xét lại", "reviewed"),
    "cli.cross.none_yet": ("{title}: chưa có điểm chấm chéo", "{title}: no cross-scores yet"),
    "cli.cross.col.member": ("đơn vị", "member"),
    "cli.cross.col.scorers": ("người chấm", "scorers"),
    "cli.cross.col.counts": ("điểm tính", "counts"),
    "cli.cross.col.criterion": ("tiêu chí", "criterion"),
    "cli.cross.col.points": ("điểm", "points"),
    "cli.cross.col.others": ("trung vị của người khác", "others' median"),
    "cli.cross.col.deviation": ("chênh lệch", "deviation"),
    "cli.cross.mark.not_assigned": ("({points}, không được phân công)",
                                    "({points}, not assigned)"),
    "cli.cross.mark.removed": ("bị loại", "removed"),
    "cli.cross.mark.removed_points": ("({points}, bị loại)", "({points}, removed)"),
    "cli.cross.mark.recused": ("không chấm", "recused"),
    "cli.cross.mark.abstained": ("bỏ chấm", "abstained"),
    # plugins list / plugins new
    "cli.plugins.title": ("Plugin loại hình hội", "Association-type plugins"),
    "cli.plugins.col.key": ("Khoá", "Key"),
    "cli.plugins.col.type": ("Loại hình hội", "Association type"),
    "cli.plugins.col.package": ("Gói", "Package"),
    "cli.plugins.col.source": ("Nguồn", "Source"),
    "cli.plugins.col.criteria": ("Tiêu chí", "Criteria"),
    "cli.plugins.source.built_in": ("có sẵn", "built-in"),
    "cli.plugins.source.bundled": ("đi kèm", "bundled"),
    "cli.plugins.source.third_party": ("bên ngoài", "third-party"),
    "cli.plugins.broken": ("hỏng (xem bên dưới)", "broken (see below)"),
    "cli.plugins.entry_point": ("{key} (điểm vào {entry_point})",
                                "{key} (entry point {entry_point})"),
    "cli.plugins.only": ("{var} đang đặt: chỉ nạp {names}", "{var} is set: loading only {names}"),
    "cli.plugins.none": ("không plugin nào", "none"),
    "cli.plugins.not_loaded": ("; không nạp: {names}", "; not loaded: {names}"),
    "cli.plugins.not_installed": ("; chưa cài: {names}", "; not installed: {names}"),
    "cli.plugins.unset": ("{note}. Bỏ đặt {var} để nạp mọi plugin.",
                          "{note}. Unset {var} to load every plugin."),
    "cli.plugins.created": ("Đã tạo gói plugin {target} (mô-đun {module}). Tiếp theo:\n"
                            "  1. sửa các tiêu chí trong {init}\n"
                            "  2. pip install -e {target}\n"
                            "  3. pytest {target}\n"
                            "  4. emulation plugins list",
                            "Created the plugin package {target} (module {module}). Next:\n"
                            "  1. edit the criteria in {init}\n"
                            "  2. pip install -e {target}\n"
                            "  3. pytest {target}\n"
                            "  4. emulation plugins list"),
    # export
    "cli.export.written": ("{path} ({format}, {count} đơn vị, {campaign})",
                           "{path} ({format}, {count} members, {campaign})"),
}
