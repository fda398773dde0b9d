"""Opening a spreadsheet nobody vouches for: an XLSX file checked before openpyxl parses it.

A workbook from outside (a unit's filled form, the province's criteria table) may be
anything renamed ``.xlsx``. :func:`open_workbook` refuses, each with a :class:`Problem`
naming the file and saying what to do:

* a link, a named pipe, a device or a folder, an empty file, a file over
  :data:`MAX_XLSX_BYTES`;
* bytes that are not a zip archive (an old ``.xls``, a CSV, a PDF renamed), or a zip that
  is not a workbook (a ``.docx`` renamed), or an encrypted one;
* a zip bomb: more than :data:`MAX_ENTRIES` entries, or more than
  :data:`MAX_UNCOMPRESSED_BYTES` once unpacked, judged from the zip's directory before
  anything is unpacked, and then checked while unpacking (an entry that unpacks to more
  than its directory says, or fails its checksum, is refused);
* XML entity tricks (billion laughs, external entities): a part that declares a DTD is
  refused while unpacking (workbooks never declare one, and entities need one); openpyxl
  then parses with defusedxml (or lxml with entities off, when lxml is installed), which
  refuse them too; the module refuses to work at all if defusedxml is missing.
"""

from __future__ import annotations

import io
import os
import stat
import warnings
import zipfile
import zlib
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.xml import DEFUSEDXML

from .errors import EmulationError, Problem, UnsafePathError, ValidationError
from .fsguard import read_inside

__all__ = [
    "MAX_ENTRIES",
    "MAX_UNCOMPRESSED_BYTES",
    "MAX_XLSX_BYTES",
    "open_workbook",
    "workbook_bytes",
]

MAX_XLSX_BYTES = 5 * 1024 * 1024
"""The largest workbook read (a member's form is about 15 KB, a criteria table less)."""
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
"""The most a workbook may unpack to, all its parts together."""
MAX_ENTRIES = 256
"""The most parts a workbook may hold (a form has about 15)."""

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls (and .doc)
_CHUNK = 1 << 16
_DOCTYPE = b"<!DOCTYPE"  # Office Open XML parts never declare a DTD: entity tricks need one


def _refuse(display: str, key: str, /, **values: object) -> ValidationError:
    return ValidationError([Problem.keyed(display, None, "", key, **values)])


def workbook_bytes(path: Path, display: str) -> bytes:
    """The bytes of the file at ``path`` once it is known to be a regular, non-empty file
    of at most :data:`MAX_XLSX_BYTES`; raises :class:`ValidationError` otherwise."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise _refuse(display, "xlsx.missing") from None
    except OSError as exc:
        raise _refuse(display, "xlsx.unreadable_file", reason=exc.strerror or exc) from None
    if stat.S_ISLNK(info.st_mode):
        raise _refuse(display, "xlsx.link")
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(display, "xlsx.not_regular")
    if info.st_size == 0:
        raise _refuse(display, "xlsx.empty")
    if info.st_size > MAX_XLSX_BYTES:
        raise _refuse(display, "xlsx.too_large", size=info.st_size, limit=MAX_XLSX_BYTES)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        data = read_inside(path, folder)  # opened without blocking, checked again once opened
    except UnsafePathError as exc:
        raise _refuse(display, "xlsx.unsafe", reason=exc.reason) from None
    except OSError as exc:
        raise _refuse(display, "xlsx.unreadable_file", reason=exc.strerror or exc) from None
    if not data:
        raise _refuse(display, "xlsx.empty")
    return data


def _check_zip(data: bytes, display: str) -> None:
    """Refuse what is not a workbook, or would unpack to too much, before parsing."""
    if data.startswith(_OLE_MAGIC):
        raise _refuse(display, "xlsx.old_xls")
    if not data.startswith(_ZIP_MAGIC):
        raise _refuse(display, "xlsx.not_zip")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise _refuse(display, "xlsx.bad_zip") from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise _refuse(display, "xlsx.too_many_entries", count=len(entries),
                          limit=MAX_ENTRIES)
        declared = sum(entry.file_size for entry in entries)
        if declared > MAX_UNCOMPRESSED_BYTES:
            raise _refuse(display, "xlsx.bomb", size=declared, limit=MAX_UNCOMPRESSED_BYTES)
        names = {entry.filename for entry in entries}
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            raise _refuse(display, "xlsx.not_workbook")
        if any(entry.flag_bits & 0x1 for entry in entries):
            raise _refuse(display, "xlsx.encrypted")
        for entry in entries:
            _unpack_within(archive, entry, display)


def _unpack_within(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, display: str) -> None:
    """Unpack ``entry`` in chunks, refusing it once it unpacks to more than the directory
    says or fails its checksum: the directory's sizes are then the true ones."""
    unpacked = 0
    tail = b""
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(_CHUNK):
                unpacked += len(chunk)
                if unpacked > entry.file_size:
                    raise _refuse(display, "xlsx.bomb_entry", part=entry.filename)
                if _DOCTYPE in tail + chunk:
                    raise _refuse(display, "xlsx.xml_attack", reason="DOCTYPE")
                tail = chunk[-len(_DOCTYPE):]
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, ValueError, OSError,
            EOFError, RuntimeError):
        raise _refuse(display, "xlsx.bad_part", part=entry.filename) from None
    if unpacked != entry.file_size:
        raise _refuse(display, "xlsx.bad_part", part=entry.filename)


def open_workbook(path: Path, display: str) -> Workbook:
    """The workbook at ``path`` parsed by openpyxl (formulas kept as formulas), once the
    checks of this module pass; raises :class:`ValidationError` with one problem saying why
    the file is refused."""
    if not DEFUSEDXML:
        raise EmulationError.keyed("xlsx.no_defusedxml")
    data = workbook_bytes(path, display)
    _check_zip(data, display)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns of extensions it does not read
        try:
            return load_workbook(io.BytesIO(data), data_only=False, keep_links=False,
                                 keep_vba=False, rich_text=False)
        except Exception as exc:  # a hostile file can make the parser raise anything
            attack = _defused(exc)
            if attack is not None:
                raise _refuse(display, "xlsx.xml_attack", reason=attack) from None
            raise _refuse(display, "xlsx.unreadable", reason=type(exc).__name__) from None


def _defused(exc: BaseException) -> str | None:
    """The name of the defusedxml refusal behind ``exc`` (openpyxl wraps it), or None."""
    seen: BaseException | None = exc
    while seen is not None:
        if type(seen).__module__.startswith("defusedxml"):
            return type(seen).__name__
        seen = seen.__cause__ or seen.__context__
    return None
