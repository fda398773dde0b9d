"""Hostile workbooks for the tests, built byte for byte (deterministic, a few KB each).

Run ``python tests/xlsx/hostile_files.py`` to write them again into tests/xlsx/hostile/;
``test_hostile_files_are_kept`` checks the kept copies are what this script makes.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

HOSTILE = Path(__file__).parent / "hostile"
_STAMP = (2026, 1, 1, 0, 0, 0)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>{doctype}'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>')
_SHEET = (
    '<?xml version="1.0" encoding="UTF-8"?>{doctype}'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row>'
    '</sheetData></worksheet>')

_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                     for i in range(1, 10))
           + ']>')
_EXTERNAL = '<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'


def _zip(parts: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, _STAMP), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _workbook(doctype: str = "", name: str = "Sheet", text: str = "x",
              extra: dict[str, bytes | str] | None = None, sheet_doctype: str = "") -> bytes:
    return _zip({"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS,
                 "xl/workbook.xml": _WORKBOOK.format(doctype=doctype, name=name),
                 "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
                 "xl/worksheets/sheet1.xml": _SHEET.format(doctype=sheet_doctype, text=text),
                 **(extra or {})})


def minimal() -> bytes:
    """A tiny valid workbook: one sheet, A1 = 'x' (the control)."""
    return _workbook()


def billion_laughs() -> bytes:
    return _workbook(doctype=_LAUGHS, name="&lol9;")


def external_entity() -> bytes:
    return _workbook(doctype=_EXTERNAL, name="&secret;")


def laughs_in_sheet() -> bytes:
    """The entities in a worksheet, which openpyxl parses with another function."""
    return _workbook(sheet_doctype=_LAUGHS, text="&lol9;")


def zip_bomb() -> bytes:
    """Unpacks to 51 MiB of zeros (past the 50 MiB cap) from about 50 KB."""
    return _workbook(extra={"xl/media/zeros.bin": bytes(51 * 1024 * 1024)})


def lying_sizes() -> bytes:
    """A 2 MiB part whose zip directory claims 100 bytes: caught while unpacking."""
    data = bytearray(_workbook(extra={"xl/media/big.bin": bytes(2 * 1024 * 1024)}))
    size = struct.pack("<I", 2 * 1024 * 1024)
    for at in range(len(data) - 4):  # the local header's and the directory's size fields
        if data[at:at + 4] == size:
            data[at:at + 4] = struct.pack("<I", 100)
    return bytes(data)


def many_entries() -> bytes:
    return _workbook(extra={f"xl/media/{i}.bin": b"" for i in range(300)})


def docx_renamed() -> bytes:
    """A zip that is not a workbook (a Word document's parts)."""
    return _zip({"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": "<w/>"})


def csv_renamed() -> bytes:
    return b"key,value\nnew_members,12\n"


def old_xls() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def truncated() -> bytes:
    return minimal()[:300]


def empty() -> bytes:
    return b""


FILES: dict[str, Callable[[], bytes]] = {
    "billion-laughs.xlsx": billion_laughs,
    "external-entity.xlsx": external_entity,
    "laughs-in-sheet.xlsx": laughs_in_sheet,
    "zip-bomb.xlsx": zip_bomb,
    "lying-sizes.xlsx": lying_sizes,
    "many-entries.xlsx": many_entries,
    "docx-renamed.xlsx": docx_renamed,
    "csv-renamed.xlsx": csv_renamed,
    "old-excel.xlsx": old_xls,
    "truncated.xlsx": truncated,
    "empty.xlsx": empty,
}


if __name__ == "__main__":
    HOSTILE.mkdir(exist_ok=True)
    for name, make in FILES.items():
        (HOSTILE / name).write_bytes(make())
