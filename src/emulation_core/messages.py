"""The library's message catalog: every sentence it says to people, in Vietnamese and English.

Each key maps to a ``(vi, en)`` pair of :meth:`str.format` templates with the same named
placeholders. :func:`render` fills one in the chosen language; numbers passed as values
(``Decimal``, ``int``) are written in that language's form by :func:`format_number`
(``12 100,5`` in Vietnamese, ``12,100.5`` in English). Front ends keep their own catalog
for interface-only strings and take every library sentence from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from string import Formatter
from types import MappingProxyType
from typing import Literal

import attrs

from .award_messages import AWARD_MESSAGES
from .check_messages import CHECK_MESSAGES
from .criteria_messages import CRITERIA_MESSAGES
from .crossform_messages import CROSSFORM_MESSAGES
from .file_messages import FILE_MESSAGES
from .problem_messages import PROBLEM_MESSAGES
from .province_messages import PROVINCE_MESSAGES
from .report_messages import REPORT_MESSAGES
from .review_messages import REVIEW_MESSAGES
from .xlsx_messages import XLSX_MESSAGES

__all__ = [
    "LANGUAGES", "MESSAGES", "Language", "Message", "format_number", "has_message",
    "placeholders", "render",
]

Language = Literal["vi", "en"]
LANGUAGES: tuple[Language, ...] = ("vi", "en")


_SHOWN_PLACES = Decimal("0.0001")


def format_number(value: Decimal | int | Fraction, lang: Language) -> str:
    """A figure as people read it: grouped thousands and no trailing zeros.

    Vietnamese: ``12 100``, ``2,5``, ``-1``; English: ``12,100``, ``2.5``, ``-1``. An exact
    fraction with no short decimal form (``1/3``) is shown to four decimals.
    """
    number = _decimal(value) if isinstance(value, Fraction) else Decimal(value)
    text = f"{number.normalize():,f}" if number == number.to_integral() else f"{number:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "vi":
        return text.replace(",", " ").replace(".", ",")
    return text


def _frozen(values: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(values))


@attrs.frozen
class Message:
    """A catalog message not yet said in a language: its key and values.

    A value may itself be a Message (a reason inside a sentence): it is said in the same
    language.
    """

    key: str
    values: Mapping[str, object] = attrs.field(factory=dict, converter=_frozen, hash=False)

    def text(self, lang: Language) -> str:
        return render(self.key, lang, **self.values)

    def __str__(self) -> str:
        return self.text("en")


def render(key: str, lang: Language, /, **values: object) -> str:
    """The message ``key`` in ``lang`` with its ``{placeholders}`` filled from ``values``.

    Numbers are written as ``lang`` writes them and :class:`Message` values are said in
    ``lang``. Raises KeyError for an unknown key or a missing value.
    """
    vi, en = MESSAGES[key]
    template = en if lang == "en" else vi
    shown = {name: _shown(value, lang) for name, value in values.items()}
    return template.format(**shown)


def has_message(key: str) -> bool:
    return key in MESSAGES


def placeholders(template: str) -> frozenset[str]:
    """The named ``{placeholders}`` of a template (both languages of a key must match)."""
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name is not None)


def _decimal(value: Fraction) -> Decimal:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    if Fraction(exact) == value:
        return exact
    return exact.quantize(_SHOWN_PLACES, rounding=ROUND_HALF_UP)


def _shown(value: object, lang: Language) -> object:
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, Decimal | Fraction) or (
            isinstance(value, int) and not isinstance(value, bool)):
        return format_number(value, lang)
    return value


MESSAGES: Mapping[str, tuple[str, str]] = {
    **PROBLEM_MESSAGES,  # what is wrong in the files read
    **REPORT_MESSAGES,  # reports and exports
    **AWARD_MESSAGES,  # deliberation: cross-scores, proposals, ballots
    **PROVINCE_MESSAGES,  # the province's roll-up of many blocs
    **CROSSFORM_MESSAGES,  # scorers' XLSX forms
    **XLSX_MESSAGES,  # workbooks refused; criteria tables and forms read from spreadsheets
    **REVIEW_MESSAGES,  # corrections, explanations and answers under review
    **FILE_MESSAGES,  # paths refused, a newer workspace, the workspace's own refusals
    **CHECK_MESSAGES,  # a submission's figures and points, a table's structure, formulas
    **CRITERIA_MESSAGES,  # editing a campaign's criteria table
    # How a rule scores (describing a criterion).
    "rule.target": ("theo chỉ tiêu {what}: đạt/chỉ tiêu × {max}, tối đa {max}",
                    "against the target for {what}: achieved/target × {max}, at most {max}"),
    "rule.target.bloc_best": ("; không có chỉ tiêu thì so với đơn vị cao nhất khối",
                              "; with no target, relative to the bloc's best"),
    "rule.target.no_target_best": ("; không có chỉ tiêu thì so với đơn vị cao nhất trong các "
                                   "đơn vị cũng không có chỉ tiêu",
                                   "; with no target, relative to the best of the members "
                                   "without a target"),
    "rule.target.not_entered_zero": ("; chưa nhập chỉ tiêu thì tính 0 cho đến khi nhập",
                                     "; a target not entered yet scores 0 until it is entered"),
    "rule.target.over": ("; {share}% dành cho phần vượt chỉ tiêu, so với đơn vị vượt nhiều nhất",
                         "; {share}% kept for over-achievement, against the bloc's best"),
    "rule.target.over.difference": ("; {share}% dành cho phần vượt chỉ tiêu (đạt − chỉ tiêu), "
                                    "so với đơn vị vượt nhiều nhất",
                                    "; {share}% kept for over-achievement (achieved − target), "
                                    "against the bloc's best"),
    "rule.relative": ("đơn vị cao nhất khối về {what} được {max}, đơn vị khác theo tỷ lệ",
                      "the bloc's best {what} gets {max}, others in proportion"),
    "rule.yes_no": ("{max} điểm nếu có ({what}), không thì 0",
                    "{max} if done ({what}), else 0"),
    "rule.per_occurrence": ("{each} điểm mỗi lần ({what}), tối đa {max}",
                            "{each} per occurrence ({what}), at most {max}"),
    "rule.judged": ("chấm trực tiếp từ 0 đến {max}, bước {step}",
                    "judged from 0 to {max} in steps of {step}"),
    "rule.adjust.item": ("{each} mỗi {what}", "{each} per {what}"),
    "rule.adjustment": ("{items}; cộng lại, giữ trong khoảng [{floor}; {ceiling}]",
                        "{items}; summed and kept within [{floor}, {ceiling}]"),
    "rule.formula": ("công thức {formula}, trong khoảng 0..{max}",
                     "formula {formula}, kept within 0..{max}"),
    # How one member's points came about (explaining a score).
    "why.target": ("{what} đạt {got}/chỉ tiêu {target} ({ratio}%) × {max}",
                   "{what} {got} of target {target} ({ratio}%) × {max}"),
    "why.target.over": ("{what} đạt {got}/chỉ tiêu {target} ({ratio}%): đủ {base}, cộng {kept} × "
                        "vượt {over}%/vượt nhiều nhất khối {best_over}% ({leaders})",
                        "{what} {got} of target {target} ({ratio}%): the full {base}, plus "
                        "{kept} × {over}% over/the bloc's best {best_over}% over ({leaders})"),
    "why.target.over.difference": ("{what} đạt {got}/chỉ tiêu {target} ({ratio}%): đủ {base}, "
                                   "cộng {kept} × vượt {over}/vượt nhiều nhất khối {best_over} "
                                   "({leaders})",
                                   "{what} {got} of target {target} ({ratio}%): the full {base}, "
                                   "plus {kept} × {over} over/the bloc's best {best_over} over "
                                   "({leaders})"),
    "why.target.over_alone": ("{what} đạt {got}/chỉ tiêu {target} ({ratio}%): đủ {base}; "
                              "phần {kept} dành cho vượt chưa chia vì cả khối chưa ai vượt",
                              "{what} {got} of target {target} ({ratio}%): the full {base}; "
                              "the {kept} kept for over-achievement is not shared as no one "
                              "in the bloc is over"),
    "why.target.under": ("{what} đạt {got}/chỉ tiêu {target} ({ratio}%) × {base}; chưa vượt chỉ "
                         "tiêu nên chưa có phần {kept} dành cho vượt",
                         "{what} {got} of target {target} ({ratio}%) × {base}; not over the "
                         "target, so none of the {kept} kept for over-achievement"),
    "why.no_target": ("đã đăng ký không có chỉ tiêu: {how}", "registered no target: {how}"),
    "why.target_not_entered": ("chưa nhập chỉ tiêu (tính như không có): {how}",
                               "target not entered (scored as none): {how}"),
    "why.target_not_entered.zero": ("{what} {got}; chưa nhập chỉ tiêu nên tính 0 cho đến khi "
                                    "nhập", "{what} {got}; target not entered yet, so 0 until "
                                    "it is entered"),
    "why.relative": ("{what} {got} so với cao nhất khối {best} ({leaders}) × {max}",
                     "{what} {got} against the bloc's best {best} ({leaders}) × {max}"),
    "why.relative.nobody": ("{what} {got}; cả khối chưa có kết quả nên tính 0",
                            "{what} {got}; no one in the bloc has a result yet, so 0"),
    "why.untargeted": ("{what} {got} so với cao nhất trong các đơn vị không có chỉ tiêu {best} "
                       "({leaders}) × {max}",
                       "{what} {got} against the best without a target {best} ({leaders}) × "
                       "{max}"),
    "why.untargeted.nobody": ("{what} {got}; các đơn vị không có chỉ tiêu chưa có kết quả nên "
                              "tính 0",
                              "{what} {got}; no member without a target has a result yet, so 0"),
    "why.yes": ("{what}: có", "{what}: yes"),
    "why.no": ("{what}: không", "{what}: no"),
    "why.per_occurrence": ("{what} {got} × {each} điểm, tối đa {max}",
                           "{what} {got} × {each} points, at most {max}"),
    "why.judged": ("chấm trực tiếp", "judged by the scorer"),
    "why.item": ("{what} {got} × {each}", "{what} {got} × {each}"),
    "why.adjustment": ("{items}, giữ trong khoảng [{floor}; {ceiling}]",
                       "{items}, kept within [{floor}, {ceiling}]"),
    "why.formula": ("{formula} với {values}", "{formula} with {values}"),
    # What separated equal totals (tie-break keys).
    "tie.deductions": ("ít điểm trừ hơn", "fewer deductions"),
    "tie.section": ("điểm mục {code} cao hơn", "more points in section {code}"),
    "tie.code": ("điểm của {code} cao hơn", "more points in {code}"),
    # Which points count.
    "rating.not_submitted": ("chưa nộp", "not submitted"),
    "rating.below_bands": ("dưới mức thấp nhất", "below the lowest band"),
    "source.verified": ("điểm thẩm định", "verified points"),
    "source.verified.reason": ("điểm thẩm định, lý do: {reason}",
                               "verified points, because: {reason}"),
    "source.explained": ("điểm sau giải trình", "points after the unit's explanation"),
    "source.explained.reason": ("điểm sau giải trình, trả lời: {reason}",
                                "points after the unit's explanation, answered: {reason}"),
    "source.computed": ("tính từ số liệu", "computed from the figures"),
    "source.self": ("điểm tự chấm", "self-assessed points"),
    "source.none": ("chưa chấm", "not scored yet"),
    "source.not_assigned": ("không giao cho đơn vị này", "not assigned to this unit"),
    "source.missing": ("chưa nộp báo cáo: tính 0", "no submission yet: counts as 0"),
    # Association-type plugins.
    "plugin.broken": ("plugin của loại hội {type!r} bị lỗi: {error}",
                      "the plugin for type {type!r} is broken: {error}"),
    "plugin.not_allowed": ("không plugin nào cung cấp loại hội {type!r}; {variable} chỉ cho "
                           "nạp {allowed}",
                           "no plugin provides type {type!r}; {variable} restricts loading to "
                           "{allowed}"),
    "plugin.none_allowed": ("không có", "none"),
    "plugin.not_installed": ("chưa cài plugin nào cung cấp loại hội {type!r}; hãy cài "
                             "(xem 'emulation plugins list')",
                             "no installed plugin provides type {type!r}; install it "
                             "(see 'emulation plugins list')"),
    "workspace.type_missing": ("{reason}; {members} chỉ được chấm theo tiêu chí chung",
                               "{reason}; {members} scored on common criteria only"),
    # References in the workspace's files that point at nothing.
    "ref.not_member": ("{name!r} không phải đơn vị thành viên của khối",
                       "{name!r} is not a member of the bloc"),
    "ref.not_member.hint": ("{suggestion}", "{suggestion}"),
    "ref.did_you_mean": ("có phải là {name!r}?", "did you mean {name!r}?"),
    "ref.known.members": ("các đơn vị ở đây: {names}", "member ids here: {names}"),
    "ref.known.targets": ("các chỉ số có chỉ tiêu ở đây: {names}",
                          "indicators with targets here: {names}"),
    "ref.known.codes": ("các mã ở đây: {names}", "codes here: {names}"),
    "ref.known.types": ("các loại hội ở đây: {names}", "types here: {names}"),
    "ref.remove_it": ("hãy xoá dòng này", "remove it"),
    "ref.target_unknown": ("{key!r} không phải chỉ số trong các tiêu chí của đơn vị này",
                           "{key!r} is not an indicator of this member's criteria"),
    "ref.target_unknown.hint": ("{suggestion}", "{suggestion}"),
    "ref.target_unread": ("không tiêu chí nào của đơn vị này chấm theo chỉ tiêu {key!r}",
                          "no criterion of this member is scored against a target for {key!r}"),
    "ref.target_unread.hint": ("{suggestion}", "{suggestion}"),
    "ref.code_twice": ("{code!r} được ghi hai lần", "{code!r} is listed twice"),
    "ref.code_twice.hint": ("xoá một trong hai", "remove one of them"),
    "ref.code_not_for_type": ("tiêu chí {code} không áp dụng cho loại hội {type!r}",
                              "criterion {code} does not apply to type {type!r}"),
    "ref.code_not_for_type.hint": ("xoá đi: đơn vị này vốn không được chấm tiêu chí đó",
                                   "remove it: this member is not scored on it anyway"),
    "ref.code_unknown": ("{code!r} không phải tiêu chí hay mục nào trong bảng của đơn vị này",
                         "{code!r} is not a criterion or section of this member's table"),
    "ref.code_unknown.hint": ("{suggestion}", "{suggestion}"),
    "ref.previous_self": ("trỏ tới chính đợt thi đua này", "names this campaign itself"),
    "ref.previous_self.hint": ("ghi đợt liền trước đợt này, hoặc bỏ 'previous'",
                               "name the campaign before this one, or remove 'previous'"),
    "ref.previous_missing": ("không có đợt thi đua {name!r}", "campaign {name!r} does not exist"),
    "ref.previous_missing.hint": ("các đợt: {names}; hoặc bỏ 'previous'",
                                  "campaigns: {names}; or remove 'previous'"),
    "ref.previous_circle": ("các liên kết đi vòng tròn: {chain}",
                            "the links go round in a circle: {chain}"),
    "ref.previous_circle.hint": ("bỏ 'previous' ở một trong các đợt đó",
                                 "remove 'previous' from one of them"),
    "ref.applies_to": ("{type!r} không phải loại hội đã cài, cũng không phải loại của đơn vị nào",
                       "{type!r} is not an installed association type nor the type of a member"),
    "ref.applies_to.hint": ("{suggestion}", "{suggestion}"),
    "ref.adjustment_max": ("là {value}, nhưng tiêu chí cộng/trừ điểm chấm từ mức sàn {floor} "
                           "đến mức trần {ceiling}; max_points không được dùng",
                           "is {value}, but a bonus/deduction criterion scores from its floor "
                           "{floor} to its ceiling {ceiling}; max_points is not used"),
    "ref.adjustment_max.hint": ("bỏ max_points, hoặc đặt bằng mức trần {ceiling}",
                                "remove max_points, or set it to the ceiling {ceiling}"),
    "ref.indicator_twice": ("chỉ số {key!r} được khai báo hai lần",
                            "indicator {key!r} is declared twice"),
    "ref.indicator_twice.hint": ("xoá một trong hai", "remove one of them"),
    "ref.band_twice": ("mức xếp loại {key!r} được ghi hai lần", "band {key!r} is listed twice"),
    "ref.band_twice.hint": ("đặt cho mỗi mức một key riêng", "give each band its own key"),
    "ref.year_twice": ("năm {year} được ghi hai lần; chỉ lần đầu được tính",
                       "{year} is listed twice; only the first would count"),
    "ref.year_twice.hint": ("mỗi năm chỉ một trưởng khối và một phó khối",
                            "keep one lead and deputy per year"),
    "ref.deputy_is_lead": ("{name!r} cũng là trưởng khối năm này",
                           "{name!r} is also the lead this year"),
    "ref.deputy_is_lead.hint": ("chọn đơn vị khác làm phó khối, hoặc bỏ phó khối",
                                "choose another member as deputy, or remove the deputy"),
    "ref.schema_low": ("là {version}; phiên bản bắt đầu từ 1",
                       "is {version}; schema versions start at 1"),
    "ref.schema_low.hint": ("ghi 'schema_version = {newest}'",
                            "write 'schema_version = {newest}'"),
    # Figures that cannot be read (docs/numbers.md).
    "number.empty": ("để trống", "is empty"),
    "number.empty.hint": ("nhập một số, ví dụ 12,5", "enter a number such as 12,5"),
    "number.too_long": ("'{text}…' quá dài để là một số", "'{text}…' is too long for a number"),
    "number.too_long.hint": ("tối đa {digits} chữ số phần nguyên",
                             "at most {digits} digits before the decimal mark"),
    "number.exponent": ("'{text}' viết dạng lũy thừa", "'{text}' is in exponent notation"),
    "number.exponent.hint": ("viết đầy đủ, ví dụ 0,0001 hoặc 1.000.000",
                             "write the number in full, e.g. 0,0001 or 1.000.000"),
    "number.not_a_number": ("'{text}' không phải số", "'{text}' is not a number"),
    "number.not_a_number.hint": ("viết bằng chữ số, dấu phẩy thập phân: 12,5 hoặc 1.234,5",
                                 "write digits, with a decimal comma: 12,5 or 1.234,5"),
    "number.not_whole": ("'{text}' không phải số nguyên", "'{text}' is not a whole number"),
    "number.not_whole.hint": ("số liệu này đếm số lượng: viết ví dụ 1430 hoặc 1.430",
                              "this figure counts whole things: write e.g. 1430 or 1.430"),
    "number.commas": ("'{text}' có nhiều hơn một dấu phẩy", "'{text}' has more than one comma"),
    "number.commas.hint": ("dấu phẩy là dấu thập phân; phân cách hàng nghìn bằng dấu chấm: "
                           "1.234.567 hoặc 1234567",
                           "the comma is the decimal mark; group thousands with dots: "
                           "1.234.567 or 1234567"),
    "number.english_form": ("'{text}' đặt dấu phẩy trước dấu chấm (kiểu tiếng Anh)",
                            "'{text}' puts the comma before the dot (the English form)"),
    "number.english_form.hint": ("dấu chấm phân cách hàng nghìn, dấu phẩy trước phần thập "
                                 "phân: 1.234,5",
                                 "write the dot between thousands and the comma for "
                                 "decimals: 1.234,5"),
    "number.after_comma": ("'{text}' thiếu chữ số sau dấu phẩy thập phân",
                           "'{text}' needs digits after the decimal comma"),
    "number.after_comma.hint": ("viết ví dụ 12,5", "write e.g. 12,5"),
    "number.around_dot": ("'{text}' cần chữ số ở cả hai bên dấu chấm",
                          "'{text}' needs digits on both sides of the dot"),
    "number.around_dot.hint": ("viết ví dụ 0,5 hoặc 12,5", "write e.g. 0,5 or 12,5"),
    "number.mixed": ("'{text}' trộn dấu chấm và dấu cách giữa các chữ số",
                     "'{text}' mixes dots and spaces between digits"),
    "number.mixed.hint": ("chỉ phân cách hàng nghìn bằng dấu chấm: 1.234.567,5",
                          "group thousands with dots only: 1.234.567,5"),
    "number.groups": ("'{text}': dấu phân cách phải chia chữ số thành từng nhóm ba",
                      "'{text}': separators must split the digits into groups of three"),
    "number.groups.hint": ("viết ví dụ 1.234.567 hoặc 1234567",
                           "write e.g. 1.234.567 or 1234567"),
    "number.ambiguous": ("'{text}' chưa rõ nghĩa: {whole} (hàng nghìn) hay {decimal} "
                         "(số thập phân)?",
                         "'{text}' is ambiguous: {whole} (thousands) or {decimal} (a decimal)?"),
    "number.ambiguous.hint": ("gõ {whole} nếu là số nguyên hoặc {decimal} nếu là số thập "
                              "phân; ngoài số đếm, một dấu phân cách trước ba chữ số không "
                              "được đoán",
                              "write {whole} for the whole number or {decimal} for the "
                              "decimal; outside counts, one separator before three digits is "
                              "not guessed"),
    "number.not_finite": ("{text} không phải số hữu hạn", "{text} is not a finite number"),
    "number.not_finite.hint": ("nhập một số, ví dụ 12,5", "enter a number such as 12,5"),
    "number.too_large": ("{text} quá lớn (quá {digits} chữ số phần nguyên)",
                         "{text} is too large (more than {digits} digits before the decimal "
                         "mark)"),
    "number.too_large.hint": ("kiểm tra lại số liệu; số tiền ghi theo đơn vị đầy đủ",
                              "check the figure; amounts are written in full units"),
    "number.too_many_decimals": ("{text} có quá {digits} chữ số thập phân",
                                 "{text} has more than {digits} decimals"),
    "number.too_many_decimals.hint": ("làm tròn đến tối đa {digits} chữ số thập phân",
                                      "round it to at most {digits} decimals"),
    "number.bool": ("là true/false, cần một số", "is true/false, expected a number"),
    "number.bool.hint": ("nhập một số, ví dụ 12,5", "enter a number such as 12,5"),
    "number.int_too_large": ("quá lớn (quá {digits} chữ số)",
                             "is too large (more than {digits} digits)"),
    "number.int_too_large.hint": ("kiểm tra lại số liệu; số tiền ghi theo đơn vị đầy đủ",
                                  "check the figure; amounts are written in full units"),
    "number.wrong_type": ("là {found}, cần một số", "is a {found}, expected a number"),
    "number.wrong_type.hint": ("nhập một số, ví dụ 12,5", "enter a number such as 12,5"),
    # What the scoreboard warns about (it keeps scoring).
    "warning.tie_break_nothing": ("khoá phân định bằng điểm {key!r} không chỉ mục hay tiêu chí "
                                  "nào trong bảng của đơn vị nào; nó không phân định được ai",
                                  "tie-break key {key!r} names no section or criterion of any "
                                  "member's table; it separates nobody"),
    "warning.derive_failed": ("loại hội {type!r}: tính chỉ số dẫn xuất cho {member} bị lỗi "
                              "({error})",
                              "type {type!r}: derived indicators failed for {member} ({error})"),
    "warning.rule_failed": ("loại hội {type!r}: tiêu chí {code} ({rule}) bị lỗi ({error}); "
                            "tính 0 điểm",
                            "type {type!r}: criterion {code} ({rule}) failed ({error}); "
                            "it scores 0"),
    # Scores that cannot be entered for a criterion.
    "points.stage.self": ("tự chấm", "self"),
    "points.stage.verified": ("thẩm định", "verified"),
    "points.stage.explained": ("sau giải trình", "after the explanation"),
    "points.finer": ("điểm {stage} {value} có nhiều chữ số thập phân hơn độ chính xác {precision} "
                     "của đợt thi đua",
                     "{stage} score {value} has more decimals than the campaign's precision "
                     "{precision}"),
    "points.above": ("điểm {stage} {value} cao hơn điểm tối đa {max} của tiêu chí",
                     "{stage} score {value} is above the criterion's maximum {max}"),
    "points.below": ("điểm {stage} {value} thấp hơn điểm tối thiểu {min} của tiêu chí",
                     "{stage} score {value} is below the criterion's minimum {min}"),
    "points.judged_range": ("phải từ 0 đến {max}", "must be between 0 and {max}"),
    "points.judged_step": ("phải là bội số của {step}", "must be a multiple of {step}"),
    # Submissions under review, and locked campaigns.
    "review.illegal": ("{member}: không thể chuyển từ '{old}' sang '{new}' (được phép: "
                       "{allowed})",
                       "{member}: cannot go from '{old}' to '{new}' (allowed: {allowed})"),
    "review.lock_only": ("{member}: chỉ khoá hoặc mở khoá cả đợt thi đua "
                         "('emulation lock', 'emulation unlock')",
                         "{member}: only the whole campaign is locked or unlocked "
                         "('emulation lock', 'emulation unlock')"),
    "review.reason_needed": ("{member}: trả lại để bổ sung phải ghi lý do",
                             "{member}: returning a submission needs a reason"),
    "review.correction_reason": ("{member}: sửa số liệu {key} phải ghi lý do",
                                 "{member}: correcting {key} needs a reason"),
    "review.no_submission": ("{member}: chưa có báo cáo trong đợt {campaign}; nhập số liệu "
                             "trước ('emulation values set')",
                             "{member}: no submission in {campaign}; enter its figures first "
                             "('emulation values set')"),
    "review.reopened": ("{member}: báo cáo đã thẩm định bị sửa nên trở lại 'đã nộp'; cần "
                        "thẩm định lại",
                        "{member}: a verified submission was edited, so it is back to "
                        "'submitted' and needs verifying again"),
    "lock.refused": ("đợt {campaign} đã khoá sau cuộc họp khối: không sửa được; mở khoá "
                     "('emulation unlock', kèm lý do) nếu thật cần",
                     "campaign {campaign} is locked after the bloc's meeting: nothing in it "
                     "can change; unlock it ('emulation unlock', with a reason) if you must"),
    "lock.not_verified": ("đợt {campaign} chưa khoá được: báo cáo của {members} chưa thẩm "
                          "định",
                          "campaign {campaign} cannot be locked: {members} not verified yet"),
    "lock.already": ("đợt {campaign} đã khoá rồi", "campaign {campaign} is already locked"),
    "lock.not_locked": ("đợt {campaign} chưa khoá", "campaign {campaign} is not locked"),
    "lock.reason_needed": ("mở khoá đợt {campaign} phải ghi lý do",
                           "unlocking campaign {campaign} needs a reason"),
    # Problems and errors.
    "problem.hint": ("{text} (gợi ý: {hint})", "{text} (hint: {hint})"),
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
}
