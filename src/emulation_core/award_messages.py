"""Catalog entries for deliberation: cross-scoring, award proposals and ballots
(Vietnamese, English), merged into :data:`~emulation_core.messages.MESSAGES`."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["AWARD_MESSAGES"]

AWARD_MESSAGES: Mapping[str, tuple[str, str]] = {
    "cross_scores.self": ("{scorer} không được chấm chính mình",
                   "{scorer} cannot score itself"),
    "cross_scores.left_campaign": ("'{who}' không phải đơn vị tham gia đợt {campaign}",
                                   "'{who}' is not a member unit of campaign {campaign}"),
    "cross_scores.left_campaign.hint": ("các điểm vẫn được giữ; thêm lại đơn vị để tính",
                                        "its records stay; add the unit back to count them"),
    "award.left_campaign": ("'{who}' không phải đơn vị tham gia đợt {campaign}",
                            "'{who}' is not a member unit of campaign {campaign}"),
    "award.left_campaign.hint": ("các phiếu và ghi chép vẫn được giữ; thêm lại đơn vị để tính",
                                 "its records stay; add the unit back to count them"),
    "cross_scores.not_member": ("{who} không phải đơn vị tham gia đợt {campaign} (đơn vị: "
                                "{known})",
                                "{who} is not a member unit in campaign {campaign} "
                                "(members: {known})"),
    "cross_scores.not_assigned": ("{scorer} không được phân công chấm {member}; phân công trước "
                           "('emulation cross assign')",
                           "{scorer} is not assigned to score {member}; assign scorers first "
                           "('emulation cross assign')"),
    "cross_scores.removed": ("{scorer} đã bị rút khỏi việc chấm chéo: điểm cũ vẫn lưu, không nhập "
                      "thêm được",
                      "{scorer} was removed from cross-scoring: its scores stay on record, "
                      "no new ones can be entered"),
    "cross_scores.not_judged": ("{code} không phải tiêu chí chấm trực tiếp của {member} (tiêu chí "
                         "chấm chéo: {codes})",
                         "{code} is not a judged criterion of {member} (judged criteria: "
                         "{codes})"),
    "cross_scores.points": ("điểm {code} của {member}: {reason}",
                     "{member}'s points for {code}: {reason}"),
    "cross_scores.reason": ("cần ghi lý do", "a reason is needed"),
    "cross_scores.lead_only": ("chỉ Trưởng khối được cho đơn vị chấm không tham gia chấm (hiện là "
                        "'{actor}'); chạy với --as lead:TÊN",
                        "only the bloc's lead recuses a scorer (acting as '{actor}'); run "
                        "with --as lead:NAME"),
    "cross_scores.weight": ("trọng số {weight} phải từ 0 đến 1", "weight {weight} must be 0..1"),
    "award.band": ("chưa đạt mức xếp loại {band} (đạt: {got})",
                   "below the rating {band} (rated: {got})"),
    "award.min_score": ("tổng điểm {total} dưới mức tối thiểu {min}",
                        "total {total} below the minimum {min}"),
    "award.deductions": ("bị trừ {got} điểm, quá mức {max}",
                         "{got} points deducted, more than {max}"),
    "award.leader": ("không dẫn đầu khối (xếp thứ {rank})",
                     "not the bloc's leader (rank {rank})"),
    "award.no_year": ("không có đợt tổng kết năm {year} trong dữ liệu để xét các năm liên tục",
                      "no year-end campaign of {year} in the workspace to check consecutive "
                      "years"),
    "award.not_excellent": ("năm {year} không đạt Hoàn thành xuất sắc nhiệm vụ",
                            "not rated excellent in {year}"),
    "award.needs": ("chưa đạt tiêu chuẩn {award}", "does not meet the standard of the {award}"),
    "award.excluded": ("đã được đề nghị {award}", "already proposed for the {award}"),
    "award.quota_tie": ("đồng hạng {rank} ở vị trí cuối của chỉ tiêu {quota}: Hội đồng bỏ "
                        "phiếu chọn",
                        "tied at rank {rank} for the last of {quota} places: the council "
                        "decides by vote"),
    "award.quota_full": ("hết chỉ tiêu ({quota})", "the quota ({quota}) is full"),
    "award.override": ("Hội đồng đề nghị: {reason}", "proposed by the council: {reason}"),
    "award.minutes_suffix": ("{path}: biên bản ghi ra tệp .md hoặc .docx",
                       "{path}: write the minutes to a .md or .docx file"),
    "award.council_excluded": ("Hội đồng không đề nghị: {reason}",
                               "left out by the council: {reason}"),
    "award.exclude_reason": ("cần ghi lý do không đề nghị {member}",
                             "say why {member} is left out"),
    "award.meets": ("đạt tiêu chuẩn, xếp thứ {rank}, trong chỉ tiêu",
                    "meets the standard, rank {rank}, within the quota"),
    "award.leaders_total": ("số đơn vị dẫn đầu {value} phải từ 1 trở lên",
                            "the number of leading units {value} must be 1 or more"),
    "award.override_reason": ("cần ghi lý do đề nghị {member}",
                              "a reason is needed to propose {member}"),
    "award.unknown": ("không có loại khen thưởng '{award}' (có: {known})",
                      "no award '{award}' (known: {known})"),
    "award.quota_exceeded": ("đề nghị thêm sẽ vượt chỉ tiêu {award} ({quota})",
                             "one more proposal would exceed the {award} quota ({quota})"),
    "vote.not_proposed": ("{candidate} không có trong danh sách đề nghị {award} (đề nghị: "
                          "{proposed})",
                          "{candidate} is not proposed for {award} (proposed: {proposed})"),
    "vote.not_member": ("{who} không phải đơn vị thành viên: không được biểu quyết",
                        "{who} is not a member unit: it cannot vote"),
    "vote.twice": ("{who} được tính hai lần trong một lần biểu quyết",
                   "{who} counted twice in one ballot"),
    "vote.not_present": ("{who} biểu quyết nhưng không có mặt và không gửi ý kiến bằng văn bản",
                         "{who} voted but is neither present nor voting in writing"),
    "vote.too_many": ("{votes} phiếu, nhiều hơn {voters} đơn vị biểu quyết",
                      "{votes} votes, more than the {voters} voters"),
    "vote.no_quorum": ("không đủ số đơn vị tham gia ({voters}/{members})",
                       "no quorum ({voters} of {members} member units took part)"),
    "vote.passed": ("đạt: {votes} phiếu đồng ý, cần {needed}",
                    "passed: {votes} for, {needed} needed"),
    "vote.failed": ("không đạt: {votes} phiếu đồng ý, cần {needed}",
                    "not passed: {votes} for, {needed} needed"),
    "vote.elected": ("được đề nghị", "proposed"),
    "vote.over_quota": ("đạt nhưng ít phiếu hơn, ngoài chỉ tiêu {quota}",
                        "passed, but with fewer votes, outside the quota of {quota}"),
    "vote.tie": ("hoà {votes} phiếu ở vị trí cuối của chỉ tiêu {quota}: cần bỏ phiếu lại",
                 "tied at {votes} votes for the last of {quota} places: a further round is "
                 "needed"),
    "whatif.change": ("{who} {delta} điểm ở tiêu chí {code} ({old} → {new})",
                      "{who} {delta} in {code} ({old} → {new})"),
    "whatif.figure": (", tức {indicator} {old} → {new}", ", i.e. {indicator} {old} → {new}"),
    "whatif.pairs": ("Cặp liền kề (thay đổi nhỏ nhất ở một tiêu chí để đổi chỗ):",
                     "Neighbours (the smallest change in one criterion that swaps them):"),
    "whatif.or": ("; hoặc ", "; or "),
    "whatif.no_swap": ("không thay đổi một tiêu chí nào đủ để đổi chỗ",
                       "no change in one criterion swaps them"),
    "whatif.members": ("Từng đơn vị:", "Each member:"),
    "whatif.out_of_reach": ("không đạt được bằng một tiêu chí",
                            "out of reach in one criterion"),
    "whatif.next_band": ("lên mức {band}: {found}", "next band {band}: {found}"),
    "whatif.next_rank": ("lên một bậc xếp hạng: {found}", "next rank: {found}"),
    "whatif.steps": ("Tiêu chí chấm trực tiếp, thay đổi một bước ({tried} trường hợp đã thử):",
                     "Judged criteria, one step ({tried} moves tried):"),
    "whatif.steady": ("không điểm chấm nào thay đổi một bước làm đổi thứ hạng",
                      "no single judged score moved by one step changes the ranking"),
    "whatif.step": ("{who} {code} {sign}1 bước: đổi thứ hạng của {moved}",
                    "{who} {code} {sign}1 step: moves {moved}"),
    "whatif.step_cross": ("{who} {code} {sign}1 bước ở điểm chấm chéo của {scorer}: đổi thứ "
                          "hạng của {moved}",
                          "{who} {code} {sign}1 step in {scorer}'s cross-score: moves {moved}"),
    "whatif.title": ("Mức ổn định của bảng xếp hạng đợt {campaign}",
                     "How stable the ranking of {campaign} is"),
    "award.quota_too_large": ("chỉ tiêu {award} là {count}, nhiều hơn {base} đơn vị được xét; "
                              "sửa bộ quy tắc {rules}",
                              "the {award} quota of {count} is larger than the {base} units "
                              "it is for; correct rule set {rules}"),
    "vote.line": ("{award} {candidate} (lần {round}, {method}): đồng ý {votes_for}, không "
                  "đồng ý {against}, không biểu quyết {abstain}; {voters}/{members} đơn vị "
                  "tham gia — {why}",
                  "{award} {candidate} (round {round}, {method}): for {votes_for}, against "
                  "{against}, abstain {abstain}; {voters} of {members} took part — {why}"),
    "vote.method.hands": ("giơ tay", "show of hands"),
    "vote.method.secret": ("bỏ phiếu kín", "secret ballot"),
}
