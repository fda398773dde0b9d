"""The document cache's and the saves' SHA-256 is hashlib's, without importing hashlib
for the first bytes a process hashes where Python has its own SHA-256 module."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import digest, documentcache, saving
from emulation_core.cachedir import CACHE_VAR
from emulation_core.digest import sha256_hex
from emulation_core.sample import sample_workspace_path
from emulation_core.workspace import Workspace


@given(st.binary(max_size=3000))
def test_the_digest_is_hashlibs(data: bytes) -> None:
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_past_the_first_bytes_the_digest_is_still_hashlibs() -> None:
    data = bytes(range(256)) * (digest._SMALL_FIRST // 256 + 1)
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
    assert sha256_hex(b"abc") == hashlib.sha256(b"abc").hexdigest()


def test_hashlib_is_imported_only_past_the_first_bytes() -> None:
    code = ("import sys\n"
            "from emulation_core.digest import _SMALL_FIRST, sha256_hex\n"
            "small = sha256_hex(b'abc'), 'hashlib' in sys.modules\n"
            "large = sha256_hex(bytes(_SMALL_FIRST)), 'hashlib' in sys.modules\n"
            "print(*small, *large)\n")
    own = any(importlib.util.find_spec(name) for name in ("_sha2", "_sha256"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    large = bytes(digest._SMALL_FIRST)
    assert result.stdout.split() == [hashlib.sha256(b"abc").hexdigest(), str(not own),
                                     hashlib.sha256(large).hexdigest(), "True"]


def test_opening_to_read_hashes_only_for_the_document_cache(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """What a file held is hashed when a save first compares it with the disk: with the
    document cache off, opening and ranking hash nothing."""
    hashed: list[int] = []

    def counted(data: bytes) -> str:
        hashed.append(len(data))
        return hashlib.sha256(data).hexdigest()

    monkeypatch.setenv(CACHE_VAR, "")
    monkeypatch.setattr(saving, "sha256_hex", counted)
    monkeypatch.setattr(documentcache, "sha256_hex", counted)
    with Workspace.open(sample_workspace_path()) as ws:
        campaign = ws.latest_campaign()
        assert campaign is not None
        assert ws.scoreboard(campaign.id).ranking
    assert hashed == []
