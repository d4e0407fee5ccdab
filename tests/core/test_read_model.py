"""The read model without the ORM (core/reads.py, core/quickopen.py): same views as the ORM, and the CLI's list
commands never import SQLAlchemy."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from core import quickopen, store
from core._base import Part
from core.collection import Collection
from core.demo import seed_demo
from core.errors import StorageError
from core.schema import Binding, Household, Member

pytestmark = pytest.mark.sqlite_only
REPO = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic")


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    path = tmp_path / "family.db"
    col = Collection.open(path, actor="t")
    seed_demo(col)
    col.close()
    return path


def heavy_modules_after_cli(path: Path, *argv: str) -> tuple[list[str], str]:
    code = ("import json, sys\nfrom core.cli import main\n"
            f"rc = main(['--json', '--db', {str(path)!r}, *{list(argv)!r}])\n"
            f"print(json.dumps([rc, sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})]))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    *printed, last = out.stdout.strip().splitlines()
    rc, loaded = json.loads(last)
    assert rc == 0, out.stderr
    return loaded, "\n".join(printed)


@pytest.mark.parametrize("argv", [("households",), ("members", "-H", "1"), ("bindings", "-H", "1"),
                                  ("order", "-H", "1", "--user", "1")])
def test_cli_list_commands_do_not_import_sqlalchemy(ledger: Path, argv: tuple[str, ...]):
    loaded, printed = heavy_modules_after_cli(ledger, *argv)
    assert loaded == [], f"gongji {' '.join(argv)} imported {loaded}"
    assert json.loads(printed)  # and it printed the list


def test_a_write_loads_the_orm(ledger: Path):
    """The check above can see SQLAlchemy: a write command loads it."""
    loaded, _ = heavy_modules_after_cli(ledger, "households", "--add", "新家")
    assert "sqlalchemy" in loaded


def test_quick_reads_equal_the_orm(ledger: Path):
    quick = Collection.open(ledger, actor="t")
    assert isinstance(quick.db, quickopen.QuickDatabase) and not quick.db.opened
    full = store.open_database(ledger)
    with full.read() as s:
        households = {h.id: h for h in s.scalars(select(Household).order_by(Household.id))}
        members = [Part._member_view(m) for m in s.scalars(select(Member).order_by(Member.id))]
        bindings = [Part._binding_view(b) for b in s.scalars(select(Binding).order_by(Binding.bound_at, Binding.id))]
    hv = quick.households.list()
    assert [(h.id, h.name, h.profile_id, h.note) for h in hv] == \
        [(h.id, h.name, h.profile_id, h.note) for h in households.values()]
    assert {h.id: h.member_count for h in hv} == {i: sum(m.household_id == i for m in members) for i in households}
    assert [m for hid in households for m in quick.members.list(hid)] == members
    assert [b for hid in households for b in quick.bindings.list(hid)] == bindings
    assert quick.bindings.get(bindings[0].id) == bindings[0] and quick.members.get(members[-1].id) == members[-1]
    # The payment order from the read model equals the one the ORM path (the full sub-API) computes.
    orm_col = Collection(full, actor="t")
    for m in members:
        assert quick.order.list(m.id) == orm_col.order.list(m.id)
    assert not quick.db.opened  # all of it without the ORM
    quick.close()
    full.close()


def test_a_write_after_quick_open_opens_the_full_database(ledger: Path):
    col = Collection.open(ledger, actor="t")
    assert not col.db.opened
    h = col.households.create("新家").value
    assert col.db.opened
    assert col.households.list()[-1] == h
    col.close()


def test_read_only_reason_set_before_the_full_open_still_refuses_writes(ledger: Path):
    col = Collection.open(ledger, actor="t")
    col.db.read_only_reason = "另一个窗口正在使用"
    with pytest.raises(StorageError, match="另一个窗口"):
        col.households.create("新家")
    assert [h.name for h in col.households.list()][-1] != "新家"
    col.close()


def test_damaged_file_is_refused_in_plain_words(tmp_path: Path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 10)
    with pytest.raises(StorageError, match="damaged|损坏"):
        Collection.open(bad)


def test_a_due_migration_takes_the_full_path(ledger: Path):
    with sqlite3.connect(ledger) as c:
        c.execute("UPDATE alembic_version SET version_num = 'older'")
    c.close()
    assert quickopen.quick_open(ledger, store.open_database) is None


def test_quick_default_path_is_the_store_default():
    assert quickopen.default_database_path() == store.default_database_path()


def test_the_watch_channel_is_the_stores():
    from core import watch
    assert watch.NOTIFY_CHANNEL == store.NOTIFY_CHANNEL


def test_quick_recent_records_equal_the_one_keyset_path(ledger: Path):
    """The payments panel's read without the ORM (core/reads_history.py) gives the rows core.history gives."""
    from core import history
    col = Collection.open(ledger, actor="t")
    try:
        asked = []
        for h in col.households.list():
            for m in [None] + [m.id for m in col.members.list(h.id)]:
                quick = col.history.transactions(h.id, member_id=m, limit=7)
                key = quick[-1].key if quick else None
                more = col.history.transactions(h.id, member_id=m, limit=5, before=key, kind="payment")
                asked.append((h.id, m, key, quick, more))
        assert not col.db.opened and col.history._full is None  # all of it on plain sqlite3
        assert any(q for *_, q, _ in asked)
        full_db = col.db.full
        for hid, m, key, quick, more in asked:
            assert quick == history.transactions(full_db, hid, member_id=m, limit=7)
            assert more == history.transactions(full_db, hid, member_id=m, limit=5, before=key, kind="payment")
    finally:
        col.close()
