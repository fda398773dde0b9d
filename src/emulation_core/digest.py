"""SHA-256 of bytes, as :func:`hashlib.sha256` gives it, without importing :mod:`hashlib`
where Python has its own SHA-256 module.

:mod:`hashlib` loads the OpenSSL library when it is imported (about 11 million instructions,
2 ms: a sixth of what a whole ``python -c pass`` costs), and opening a workspace hashes every
file it reads (the document cache, and the digests a save compares with the disk). CPython
ships its own small SHA-256 module, the one :mod:`hashlib` falls back on without OpenSSL
(``_sha2`` from Python 3.12, ``_sha256`` before); where neither is found, :mod:`hashlib` is
used. The digests are the same (``tests/core/test_digest.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import import_module
from typing import Any

__all__ = ["sha256_hex"]


@cache
def _sha256() -> Callable[[bytes], Any]:
    for name in ("_sha2", "_sha256"):
        try:
            constructor: Callable[[bytes], Any] = import_module(name).sha256
        except (ImportError, AttributeError):
            continue
        return constructor
    from hashlib import sha256

    return sha256


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of ``data`` in lowercase hexadecimal."""
    digest: str = _sha256()(data).hexdigest()
    return digest
