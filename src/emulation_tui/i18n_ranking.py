"""The interface's strings for the ranking screen and exporting the campaign's results (merged into
:data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["RANKING_CATALOG"]

RANKING_CATALOG: Mapping[str, tuple[str, str]] = {
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
}
