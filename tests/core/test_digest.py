"""The document cache's and the saves' SHA-256 is hashlib's, without importing hashlib
where Python has its own SHA-256 module."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from emulation_core.digest import sha256_hex


@given(st.binary(max_size=3000))
def test_the_digest_is_hashlibs(data: bytes) -> None:
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_hashing_does_not_import_hashlib_where_python_has_its_own_sha256() -> None:
    code = ("import sys\n"
            "from emulation_core.digest import sha256_hex\n"
            "print(sha256_hex(b'abc'), 'hashlib' in sys.modules)\n")
    own = any(importlib.util.find_spec(name) for name in ("_sha2", "_sha256"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == [hashlib.sha256(b"abc").hexdigest(), str(not own)]
