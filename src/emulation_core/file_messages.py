"""The message catalog's part for the workspace as files: paths refused by the careful file
access (links, pipes, files too large, paths leading outside), a workspace written by a
newer program, and the workspace's own refusals (exists, not empty, read-only, unknown
campaign or member; not a workspace, held by another program, changed on disk).

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders; ``KEY.hint`` is what to do.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["FILE_MESSAGES"]

FILE_MESSAGES: Mapping[str, tuple[str, str]] = {
    # paths refused (emulation_core.fsguard and the writers); {path}: {reason}
    "unsafe.path": ("{path}: {reason}", "{path}: {reason}"),
    "unsafe.kind.folder": ("một thư mục", "a folder"),
    "unsafe.kind.named_pipe": ("một đường ống có tên (named pipe)", "a named pipe"),
    "unsafe.kind.character_device": ("một thiết bị ký tự", "a character device"),
    "unsafe.kind.block_device": ("một thiết bị khối", "a block device"),
    "unsafe.kind.socket": ("một socket", "a socket"),
    "unsafe.kind.other": ("không phải tệp thường", "not a regular file"),
    "unsafe.not_regular": ("là {kind}, không phải tệp thường", "is {kind}, not a regular file"),
    "unsafe.not_regular.hint": ("thay bằng một tệp TOML bình thường",
                                "replace it with an ordinary TOML file"),
    "unsafe.too_large": ("quá lớn ({size} byte; giới hạn là {limit})",
                         "is too large ({size} bytes; the limit is {limit})"),
    "unsafe.too_large.hint": ("mỗi tệp của sổ chỉ vài kilobyte; kiểm tra xem có đúng tệp không",
                              "a workspace file is a few kilobytes; check that this is the "
                              "right file"),
    "unsafe.grew": ("lớn vượt giới hạn {limit} byte trong lúc đang đọc",
                    "grew past the limit of {limit} bytes while it was read"),
    "unsafe.grew.hint": ("kiểm tra xem có đúng tệp không", "check that this is the right file"),
    "unsafe.outside": ("dẫn ra ngoài sổ (liên kết tới {real})",
                       "leads outside the workspace (a link to {real})"),
    "unsafe.outside.hint": ("đặt một bản sao của tệp vào trong sổ",
                            "put a copy of the file inside the workspace"),
    "unsafe.link": ("là liên kết tượng trưng; emulation không bao giờ ghi qua liên kết",
                    "is a symbolic link; emulation never writes through a link"),
    "unsafe.link.hint": ("thay liên kết bằng tệp hoặc thư mục thật",
                         "replace the link with the real file or folder"),
    "unsafe.delete_link": ("xoá liên kết đó", "delete the link"),
    "unsafe.file_not_folder": ("là một tệp ở chỗ cần một thư mục",
                               "is a file where a folder is expected"),
    "unsafe.file_not_folder.hint": ("chuyển tệp đó đi nơi khác", "move the file away"),
    "unsafe.not_folder": ("không phải thư mục", "is not a folder"),
    "unsafe.not_folder.hint": ("chuyển nó ra khỏi sổ", "move it out of the workspace"),
    "unsafe.not_inside": ("không phải đường dẫn bên trong sổ",
                          "is not a path inside the workspace"),
    "unsafe.not_inside.hint": ("dùng đường dẫn tương đối, không có '..'",
                               "use a relative path without '..'"),
    "unsafe.keep_inside": ("giữ các thư mục của sổ ở bên trong sổ",
                           "keep the workspace's folders inside it"),
    "unsafe.outside_folder": ("dẫn ra ngoài sổ (liên kết tới {real})",
                              "leads outside the workspace (a link to {real})"),
    "unsafe.outside_folder.hint": ("giữ các thư mục của sổ ở bên trong sổ, không dùng liên "
                                   "kết",
                                   "keep the workspace's folders inside it, not as links"),
    "unsafe.symlink": ("là liên kết tượng trưng", "is a symbolic link"),
    "unsafe.log_not_regular": ("không phải tệp thường tối đa 1 GB",
                               "is not a regular file of at most 1 GB"),
    "unsafe.restore": ("khôi phục tệp thật", "restore the real file"),
    # a workspace written by a newer program
    "error.schema_newer": ("{file}: sổ do một bản emulation mới hơn ghi (schema {version}; "
                           "bản này đọc tới {newest}); hãy nâng cấp emulation để mở",
                           "{file}: written by a newer emulation (schema {version}; this one "
                           "reads up to {newest}); upgrade emulation to open it"),
    # the workspace's own refusals
    "workspace.exists": ("{path}: ở đây đã có một sổ thi đua; mở sổ đó, hoặc chọn một thư "
                         "mục mới hoặc trống",
                         "{path}: a workspace already exists here; open it, or choose a new "
                         "or empty folder"),
    "workspace.not_empty": ("{path}: thư mục không trống; chọn một thư mục mới hoặc trống",
                            "{path}: folder is not empty; choose a new or empty folder"),
    "workspace.no_campaign": ("không có đợt thi đua {campaign} (các đợt: {known})",
                              "no campaign {campaign} (campaigns: {known})"),
    "workspace.not_member": ("{member} không phải đơn vị của khối",
                             "{member} is not a member of the bloc"),
    "workspace.plugin_check_failed": ("plugin của loại hội {type} không kiểm tra được báo cáo "
                                      "này ({error}){at}; báo cáo chưa lưu được đến khi sửa "
                                      "plugin: hãy báo tác giả plugin, hoặc gỡ nó",
                                      "plugin {type} failed to check this submission "
                                      "({error}){at}; the submission cannot be saved until the "
                                      "plugin is fixed: report it to its author, or uninstall "
                                      "it"),
    "workspace.file_not_member": ("{member} không phải đơn vị của khối",
                                  "{member} is not a member"),
    "workspace.file_not_member.hint": ("đặt tên tệp theo mã một đơn vị trong workspace.toml",
                                       "name the file after a member id in workspace.toml"),
    "workspace.plugin_says": ("{text}", "{text}"),
    "workspace.read_only": ("{path}: sổ đang mở chỉ để đọc; thay đổi không được lưu (có thể "
                            "chương trình khác đang giữ sổ)",
                            "{path}: workspace is open read-only; changes are not saved "
                            "(another program may hold it)"),
    # The workspace not found, held by another program, or changed on disk.
    "error.not_a_workspace": ("{path}: không phải sổ thi đua (không có workspace.toml); "
                              "tạo sổ mới bằng 'emulation init THƯ_MỤC'",
                              "{path}: not an emulation workspace (no workspace.toml); "
                              "create one with 'emulation init DIR'"),
    "error.locked": ("{path}: {holder} đang mở sổ này để ghi; đóng chương trình đó, "
                     "hoặc mở sổ ở chế độ chỉ đọc",
                     "{path}: workspace is open for writing by {holder}; close that program, "
                     "or open this one read-only"),
    "error.stale": ("{path}: tệp đã bị sửa trên đĩa từ lúc mở; mở lại sổ để xem thay đổi đó "
                    "trước khi lưu",
                    "{path}: changed on disk since it was opened; reopen the workspace to see "
                    "the other change before saving"),
    # several-file changes (emulation_core.journal)
    "journal.waiting": ("{folder}: một thay đổi chưa xong đang chờ; đóng rồi mở lại sổ để "
                        "hoàn tất hoặc huỷ nó",
                        "{folder}: an unfinished change is waiting; close and reopen the "
                        "workspace to finish or undo it"),
    "journal.unreadable": ("{manifest}: không đọc được một thay đổi đã xác nhận ({reason}); "
                           "chuyển thư mục này ra chỗ khác rồi kiểm tra sổ",
                           "{manifest}: a committed change cannot be read ({reason}); move "
                           "the folder away and check the workspace"),
    "journal.damaged": ("{folder}: nội dung đã lưu của {path} bị hỏng; chuyển thư mục này ra "
                        "chỗ khác rồi kiểm tra sổ",
                        "{folder}: the saved content of {path} is damaged; move the folder "
                        "away and check the workspace"),
    # files written where the person says (emulation_core.reports.writing)
    "write.no_folder": ("{folder}: không có thư mục này; tạo nó trước hoặc ghi vào một thư "
                        "mục có sẵn",
                        "{folder}: no such folder; create it first or name a file in an "
                        "existing folder"),
    "write.is_folder": ("{path}: là một thư mục; ghi tên tệp, ví dụ {example}",
                        "{path}: is a folder; name a file to write, e.g. {example}"),
    "journal.cut_off": ("một thay đổi đang được lưu, hoặc bị ngắt giữa chừng; cho đến khi "
                        "xong, có tệp có thể là bản cũ và có tệp là bản mới",
                        "a change is being saved, or was cut off midway; until it is "
                        "finished some files may be old and others new"),
    "journal.cut_off.hint": ("mở sổ để ghi (ví dụ trong giao diện) để hoàn tất hoặc huỷ nó",
                             "open the workspace for writing (e.g. in the UI) to finish or "
                             "undo it"),
    "load.unsafe": ("{reason}", "{reason}"),
    "load.unsafe.hint": ("{hint}", "{hint}"),
}
