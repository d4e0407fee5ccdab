"""The window's demo ledger is a copy of a verified, once-seeded template (core.demo.demo_ledger): owner-only, the
same sample as seeding, and a damaged template is never copied (it is built again)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.collection import Collection
from core.demo import demo_ledger

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "gongji" / "demo"


def households(path: Path) -> list[str]:
    col = Collection.open(path, backup=False)
    try:
        assert col.check() == []
        return [h.name for h in col.households.list()]
    finally:
        col.close()


def test_demo_copies_are_private_and_whole(cache, tmp_path):
    a = demo_ledger(tmp_path / "d" / "a.db")
    [template] = cache.glob("demo-*.db")
    assert oct(cache.stat().st_mode & 0o777) == "0o700" and oct(template.stat().st_mode & 0o777) == "0o600"
    mtime = template.stat().st_mtime_ns
    b = demo_ledger(tmp_path / "d" / "b.db")
    assert template.stat().st_mtime_ns == mtime  # built once, then copied
    for p in (a, b):
        assert oct(p.stat().st_mode & 0o777) == "0o600"
    assert households(a) == households(b) and len(households(a)) >= 4


def test_a_damaged_template_is_built_again_not_copied(cache, tmp_path):
    demo_ledger(tmp_path / "a.db")
    [template] = cache.glob("demo-*.db")
    data = bytearray(template.read_bytes())
    for i in range(4096 * 3, len(data), 5):
        data[i] ^= 0x5A
    template.write_bytes(bytes(data))
    os.chmod(template, 0o600)
    b = demo_ledger(tmp_path / "b.db")
    assert households(b) == households(tmp_path / "a.db")
