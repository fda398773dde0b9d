"""The message catalog's part for the command line's usage errors: options that go together
or exclude each other, a date and time, a member or campaign the command needs.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders. The command says them in the language of its
errors (``--lang``, else ``$EMULATION_LANG``, else English).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["USAGE_MESSAGES"]

USAGE_MESSAGES: Mapping[str, tuple[str, str]] = {
    "usage.needs_award_reason": ("{flag} cần --award GIẢI_THƯỞNG và --reason LÝ_DO",
                                 "{flag} needs --award AWARD and --reason TEXT"),
    "usage.hands_names_voters": ("biểu quyết giơ tay ghi tên người biểu quyết: dùng --for/"
                                 "--against/--abstain, không dùng số phiếu",
                                 "a show of hands names the voters: use --for/--against/"
                                 "--abstain, not the counts"),
    "usage.secret_counts_only": ("bỏ phiếu kín chỉ ghi số phiếu: dùng --for-count, "
                                 "--against-count, --abstain-count",
                                 "a secret ballot gives counts only: use --for-count, "
                                 "--against-count, --abstain-count"),
    "usage.meeting_at": ("--at {value}: ghi ngày giờ theo dạng YYYY-MM-DDTHH:MM, "
                         "ví dụ 2018-12-28T08:00",
                         "--at {value}: write the date and time as YYYY-MM-DDTHH:MM, "
                         "e.g. 2018-12-28T08:00"),
    "usage.cross_config": ("cross config: cho --method, --mode hoặc --weight",
                           "cross config: give --method, --mode or --weight"),
    "usage.not_a_member": ("-m {member}: không phải đơn vị của khối (các đơn vị: {known})",
                           "-m {member}: not a member of the bloc (members: {known})"),
    "usage.no_campaign": ("{path}: sổ chưa có đợt thi đua nào",
                          "{path}: the workspace has no campaign yet"),
    "usage.typed": ("{where}: {reason}; {hint}", "{where}: {reason}; {hint}"),
    "usage.since": ("--since: '{text}' không phải ngày; viết 2026-03-01 hoặc 2026-03-01T08:30",
                    "--since: '{text}' is not a date; write it as 2026-03-01 or "
                    "2026-03-01T08:30"),
    "usage.out_is_file": ("--out {path}: là một tệp; cho một thư mục",
                          "--out {path}: is a file; give a folder"),
    "usage.confirm_yes": ("forms import: chưa nhập; khi không chạy ở terminal, xác nhận bằng "
                          "--yes",
                          "forms import: not applied; confirm with --yes when not at a "
                          "terminal"),
    "usage.register_no_text": ("--{kind} '{raw}' chưa có nội dung; ghi nội dung đơn vị đăng ký",
                               "--{kind}: '{raw}' has no text; write what the unit registers"),
    "usage.register_member": ("-m/--member: cho biết đơn vị nào đăng ký nội dung",
                              "-m/--member: say which member registers the content"),
    "usage.register_nothing": ("không có gì để đăng ký: cho --movement, --programme, --field, "
                               "--remove hoặc --signed",
                               "nothing to register: give --movement, --programme, --field, "
                               "--remove or --signed"),
    "usage.xlsx_needs_file": ("--format xlsx: ghi tên tệp bằng -o TỆP.xlsx",
                              "--format xlsx: name the file to write with -o FILE.xlsx"),
    "usage.key_value": ("{option} '{pair}': viết KHÓA=GIÁ_TRỊ, ví dụ members=12",
                        "{option} '{pair}': write KEY=VALUE, e.g. members=12"),
    "usage.no_indicator": ("{option} '{pair}': {member} không báo cáo chỉ số '{key}'; các chỉ "
                           "số: {known}",
                           "{option} '{pair}': {member} reports no indicator '{key}'; its "
                           "indicators: {known}"),
    "usage.value_reason": ("verify: {values} --value và {reasons} --reason; mỗi số liệu sửa "
                           "cần một lý do, ví dụ --value members=12 --reason 'sổ ghi sai'",
                           "verify: {values} --value and {reasons} --reason given; give each "
                           "corrected figure its reason, e.g. --value members=12 --reason "
                           "'sổ ghi sai'"),
    "usage.value_twice": ("--value: một số liệu được sửa hai lần; mỗi số liệu ghi một lần",
                          "--value: a figure is corrected twice; give each once"),
    "usage.xlsx_name": ("-o {path}: ghi tên tệp có đuôi .xlsx",
                        "-o {path}: give a file name ending in .xlsx"),
    "usage.xlsx_is_folder": ("-o {path}: là một thư mục; ghi tên tệp có đuôi .xlsx",
                             "-o {path}: is a folder; give a file name ending in .xlsx"),
    "usage.copy_targets": ("--copy-targets: chỉ dùng cùng --from ĐỢT",
                           "--copy-targets: only with --from CAMPAIGN"),
    "usage.target_pair": ("'{pair}': cần KHÓA=GIÁ_TRỊ (KHÓA={none} khi không giao chỉ tiêu, "
                          "KHÓA= để xoá)",
                          "'{pair}': expected KEY=VALUE (KEY={none} for no target, KEY= to "
                          "clear)"),
    "usage.bloc_id": ("--bloc-id: '{bloc}' {reason}", "--bloc-id: '{bloc}' {reason}"),
    "usage.format_unknown": ("{path}: không đoán được định dạng từ tên tệp; thêm --format "
                             "({formats})",
                             "{path}: cannot tell the format from the name; add --format "
                             "({formats})"),
    "usage.raw_csv": ("--raw: chỉ dùng với --format csv", "--raw: only for --format csv"),
    "usage.plugin_name": ("tên plugin '{name}' {reason}", "plugin name '{name}' {reason}"),
    "usage.plugin_taken": ("một plugin đã cài đã có loại '{name}'; chọn tên khác (xem "
                           "'emulation plugins list')",
                           "an installed plugin already provides type '{name}'; choose "
                           "another name (see 'emulation plugins list')"),
    "usage.plugin_target": ("{path}: đã có và không phải thư mục trống; chọn thư mục mới bằng "
                            "--dir",
                            "{path}: already exists and is not an empty folder; choose a new "
                            "folder with --dir"),
    "usage.plugin_write": ("{path}: không ghi được plugin ({reason})",
                           "{path}: could not write the plugin ({reason})"),
    "usage.plugin_name_long": ("dài quá {most} ký tự", "is longer than {most} characters"),
    "usage.plugin_name_form": ("phải gồm chữ thường và chữ số, các từ nối bằng một dấu gạch "
                               "ngang, bắt đầu bằng chữ (ví dụ nguoi-cao-tuoi)",
                               "must be lowercase letters and digits in words joined by single "
                               "hyphens, starting with a letter (e.g. nguoi-cao-tuoi)"),
}
