"""The message catalog's part for plugins that cannot be used: why one failed to load or was
refused, each saying where (the entry point, the file and line) and what the author does.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["PLUGIN_MESSAGES"]

_REINSTALL_VI = "rồi chạy lại 'pip install -e' cho gói"
_REINSTALL_EN = "then run 'pip install -e' on the package again"

PLUGIN_MESSAGES: Mapping[str, tuple[str, str]] = {
    "plugin.load.bad_value": (
        "điểm vào (entry point) {entry!r} không có dạng 'module:THUỘC_TÍNH'; hãy sửa trong "
        "bảng [project.entry-points.\"emulation.association_types\"] của pyproject.toml gói "
        f"{{package}}, {_REINSTALL_VI}",
        "the entry point {entry!r} is not of the form 'module:ATTRIBUTE'; correct it in the "
        "[project.entry-points.\"emulation.association_types\"] table of {package}'s "
        f"pyproject.toml, {_REINSTALL_EN}"),
    "plugin.load.syntax": (
        "lỗi cú pháp tại {place}: {detail}; hãy sửa dòng đó rồi chạy lại (gói {package})",
        "syntax error at {place}: {detail}; fix that line and run again (package {package})"),
    "plugin.load.no_module": (
        "điểm vào {entry!r} trỏ tới module {module!r}, nhưng module này chưa được cài; hãy "
        f"sửa tên module trong pyproject.toml của {{package}}, {_REINSTALL_VI} (hoặc cài lại "
        "{package})",
        "the entry point {entry!r} names module {module!r}, which is not installed; correct "
        f"the module name in {{package}}'s pyproject.toml, {_REINSTALL_EN} (or reinstall "
        "{package})"),
    "plugin.load.dependency": (
        "{where} nạp (import) {module!r}, nhưng gói này chưa được cài; hãy cài nó và ghi vào "
        "dependencies trong pyproject.toml của {package}",
        "{where} imports {module!r}, which is not installed; install it, and list it in the "
        "dependencies of {package}'s pyproject.toml"),
    "plugin.load.no_attribute": (
        "điểm vào {entry!r} trỏ tới {attribute!r}, nhưng module {module!r} không có tên này; "
        "hãy trỏ nó tới AssociationType của module (ví dụ '{module}:ASSOCIATION_TYPE') trong "
        f"pyproject.toml của {{package}}, {_REINSTALL_VI}",
        "the entry point {entry!r} names {attribute!r}, which module {module!r} does not "
        "define; point it at the module's AssociationType (e.g. '{module}:ASSOCIATION_TYPE') "
        f"in {{package}}'s pyproject.toml, {_REINSTALL_EN}"),
    "plugin.load.not_a_type": (
        "điểm vào {entry!r} cho ra một {found}, không phải emulation_core.AssociationType; "
        "hãy trỏ nó tới AssociationType của plugin (thường là ASSOCIATION_TYPE) hoặc tới một "
        f"hàm không tham số trả về AssociationType, trong pyproject.toml của {{package}}, "
        f"{_REINSTALL_VI}",
        "the entry point {entry!r} gives a {found}, not an emulation_core.AssociationType; "
        "point it at the plugin's AssociationType (usually ASSOCIATION_TYPE) or at a function "
        f"with no arguments that returns one, in {{package}}'s pyproject.toml, {_REINSTALL_EN}"),
    "plugin.load.raised": (
        "{where} gây lỗi {exception}: {detail}; hãy sửa ở đó, hoặc gỡ {package}",
        "{where} raised {exception}: {detail}; fix it there, or uninstall {package}"),
    "plugin.load.factory_raised": (
        "{where} gây lỗi {exception}: {detail}; điểm vào {entry!r} phải trỏ tới AssociationType, "
        "hoặc tới một hàm không tham số trả về AssociationType: hãy sửa hàm đó, hoặc sửa điểm "
        "vào trong pyproject.toml của {package}",
        "{where} raised {exception}: {detail}; the entry point {entry!r} must name the "
        "AssociationType, or a function with no arguments that returns one: fix that function, "
        "or the entry point in {package}'s pyproject.toml"),
    "plugin.load.at": ("mã tại {place}", "the code at {place}"),
    "plugin.load.in_module": ("module {module!r}", "module {module!r}"),
    "plugin.load.in_factory": ("hàm mà điểm vào trỏ tới", "the function the entry point names"),
    "plugin.load.decimal_text": (
        "Decimal() nhận một chuỗi không phải số; hãy viết với dấu chấm thập phân, ví dụ "
        "Decimal(\"2.5\"), không phải Decimal(\"2,5\")",
        "Decimal() was given text that is not a number; write it with a decimal point, e.g. "
        "Decimal(\"2.5\"), not Decimal(\"2,5\")"),
    "plugin.invalid": (
        "loại hội mà {package} khai báo không hợp lệ: {problems}; bài kiểm tra của plugin "
        "(pytest) liệt kê đủ mọi lỗi",
        "{package} declares an invalid association type: {problems}; the plugin's tests "
        "(pytest) list every problem"),
    "plugin.key_taken": (
        "khoá {key!r} đã do {owner} cung cấp ({source}, điểm vào {entry!r}); {package} không "
        "được chiếm khoá này: hãy đặt khoá khác hoặc gỡ {package}",
        "key {key!r} is already provided by {owner} ({source}, entry point {entry!r}); "
        "{package} may not take it over: give it another key or uninstall {package}"),
}
