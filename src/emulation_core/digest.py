"""SHA-256 of bytes, as :func:`hashlib.sha256` gives it, without importing :mod:`hashlib`
for the first few hundred kilobytes a process hashes.

:mod:`hashlib` loads the OpenSSL library when it is imported (about 11 million instructions,
2 ms: a sixth of what a whole ``python -c pass`` costs), and opening a workspace hashes every
file it reads (the document cache's key). CPython ships its own small SHA-256 module, the
one :mod:`hashlib` falls back on without OpenSSL (``_sha2`` from Python 3.12, ``_sha256``
before), about four times slower a byte (7 ms a megabyte here, against 1.9): it hashes the
first :data:`_SMALL_FIRST` bytes, a small workspace's files; past them, or where it is
missing, :mod:`hashlib` does. The digests are the same (``tests/core/test_digest.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import import_module
from typing import Any

__all__ = ["sha256_hex"]

_SMALL_FIRST = 1 << 18
"""Bytes the small module hashes before :mod:`hashlib` is imported: about where its import
costs what the small module's slowness does."""

_hashed = 0  # bytes hashed so far in this process (a race only moves the switch)


@cache
def _small_sha256() -> Callable[[bytes], Any] | None:
    for name in ("_sha2", "_sha256"):
        try:
            constructor: Callable[[bytes], Any] = import_module(name).sha256
        except (ImportError, AttributeError):
            continue
        return constructor
    return None


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of ``data`` in lowercase hexadecimal."""
    global _hashed
    _hashed += len(data)
    constructor = _small_sha256() if _hashed <= _SMALL_FIRST else None
    if constructor is None:
        from hashlib import sha256

        constructor = sha256
    digest: str = constructor(data).hexdigest()
    return digest
