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
    "plugin.fault_at": (" tại {place}", " at {place}"),
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
    # Where a problem of the structural check is.
    "plugin.node.root": ("phần tiêu chí của plugin", "the plugin's section"),
    "plugin.node.section": ("mục {code}", "section {code}"),
    "plugin.node.criterion": ("tiêu chí {code}", "criterion {code}"),
    "plugin.check.at": ("{where}: {problem}", "{where}: {problem}"),
    # The structural check of an association type.
    "plugin.check.not_a_type": ("cho ra một {found}, cần emulation_core.AssociationType",
                                "gave a {found}, expected emulation_core.AssociationType"),
    "plugin.check.key": ("khoá {key} {reason}", "key {key} {reason}"),
    "plugin.check.not_text": ("không phải chuỗi", "is not a string"),
    "plugin.check.api": ("viết cho API plugin phiên bản {found}, emulation này hỗ trợ phiên "
                         "bản {supported}; hãy nâng cấp plugin hoặc emulation",
                         "targets plugin API version {found}, this emulation supports version "
                         "{supported}; upgrade the plugin or emulation"),
    "plugin.check.name_empty": ("{name} phải là chuỗi không rỗng",
                                "{name} must be a non-empty string"),
    "plugin.check.not_nfc": ("{name} chưa ở dạng Unicode NFC; hãy chuẩn hoá",
                             "{name} is not in Unicode NFC form; normalise it"),
    "plugin.check.hook": ("{hook} phải là một hàm hoặc None", "{hook} must be a function or None"),
    "plugin.check.derived_no_hook": ("derived liệt kê chỉ số nhưng không có hàm derive",
                                     "derived names indicators but there is no derive hook"),
    "plugin.check.section_type": ("section phải là một emulation_core.Section",
                                  "section must be an emulation_core.Section"),
    "plugin.check.no_criteria": ("phần tiêu chí không có tiêu chí nào", "section has no criteria"),
    "plugin.check.not_indicator": ("indicators: {value} không phải emulation_core.Indicator",
                                   "indicators: {value} is not an emulation_core.Indicator"),
    "plugin.check.indicator_key": ("khoá chỉ số {key} phải viết kiểu snake_case: một chữ thường, "
                                   "rồi chữ thường, chữ số hoặc '_'",
                                   "indicator key {key} must be snake_case: a lowercase letter, "
                                   "then lowercase letters, digits or '_'"),
    "plugin.check.indicator_twice": ("chỉ số {key} được khai báo hai lần",
                                     "indicator {key} is declared twice"),
    "plugin.check.no_label": ("chỉ số {key} không có nhãn", "indicator {key} has no label"),
    "plugin.check.label_nfc": ("chỉ số {key}: nhãn chưa ở dạng Unicode NFC; hãy chuẩn hoá",
                               "indicator {key}: label is not in Unicode NFC form; normalise it"),
    "plugin.check.derived_undeclared": ("chỉ số dẫn xuất {key} chưa được khai báo trong "
                                        "indicators",
                                        "derived indicator {key} is not declared in indicators"),
    "plugin.check.section_code": ("mã phải là mã cục bộ, ví dụ '2'",
                                  "code must be a local code such as '2'"),
    "plugin.check.no_title": ("không có tiêu đề", "has no title"),
    "plugin.check.title_nfc": ("tiêu đề chưa ở dạng Unicode NFC; hãy chuẩn hoá",
                               "title is not in Unicode NFC form; normalise it"),
    "plugin.check.section_max": ("max_points phải là Decimal hữu hạn, từ 0 trở lên, ví dụ "
                                 "Decimal('20'), không phải {value}",
                                 "max_points must be a finite Decimal, 0 or more, e.g. "
                                 "Decimal('20'), not {value}"),
    "plugin.check.per_type": ("per_type dành cho ô của đợt thi đua, không dùng trong phần của "
                              "plugin",
                              "per_type is for campaign slots, not for plugin sections"),
    "plugin.check.children": ("children phải là một tuple", "children must be a tuple"),
    "plugin.check.child_prefix": ("{child} nằm trong mục '{code}', nên mã phải bắt đầu bằng "
                                  "'{code}.'",
                                  "{child} sits in section '{code}', so its code must start "
                                  "with '{code}.'"),
    "plugin.check.not_node": ("{value} không phải emulation_core.Criterion hay Section",
                              "{value} is neither an emulation_core.Criterion nor a Section"),
    "plugin.check.criterion_code": ("mã tiêu chí {code} phải là mã cục bộ, ví dụ '1' hoặc "
                                    "'2.1' (đợt thi đua thêm tiền tố của ô)",
                                    "criterion code {code} must be a local code such as '1' or "
                                    "'2.1' (the campaign adds its slot's prefix)"),
    "plugin.check.criterion_max": ("max_points phải là Decimal hữu hạn, ví dụ Decimal('2.5'), "
                                   "không phải {value}",
                                   "max_points must be a finite Decimal, e.g. Decimal('2.5'), "
                                   "not {value}"),
    "plugin.check.rule_kind": ("loại quy tắc {kind} không có; hãy dùng một trong TargetRule, "
                               "RelativeRule, YesNoRule, PerOccurrenceRule, JudgedRule, "
                               "AdjustmentRule, FormulaRule",
                               "unknown rule kind {kind}; use one of TargetRule, RelativeRule, "
                               "YesNoRule, PerOccurrenceRule, JudgedRule, AdjustmentRule, "
                               "FormulaRule"),
    "plugin.check.adjustment_items": ("items của quy tắc cộng/trừ điểm phải là tuple các "
                                      "AdjustmentItem",
                                      "adjustment items must be a tuple of AdjustmentItem"),
    "plugin.check.rule_number": ("{name} của quy tắc phải là Decimal hữu hạn, không phải "
                                 "{value}",
                                 "rule {name} must be a finite Decimal, not {value}"),
    "plugin.check.over_share": ("over_share phải từ 0 đến 1", "over_share must be between 0 and 1"),
    "plugin.check.rule_negative": ("{name} không được âm", "{name} may not be negative"),
    "plugin.check.rule_indicator": ("quy tắc cần khoá của một chỉ số",
                                    "the rule needs an indicator key"),
}
