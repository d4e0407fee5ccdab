"""Privacy: ID numbers stay masked in the audit log and in log output, revealing one is audited, the audit log is
append-only in the database itself, and nothing in core or gui touches the network."""
from __future__ import annotations

import ast
import json
import logging
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from core import ids
from core.demo import seed_demo
from core.errors import GongjiError
from core.schema import AuditEvent

ROOT = Path(__file__).resolve().parents[2]
FULL_ID = re.compile(r"\d{17}[\dXx]")


def all_id_numbers(g) -> set[str]:
    return {m.id_number for h in g.households.list() for m in g.members.list(h.id)}


def exercise(g):
    """Demo households, then the operations that name people: bind, confirm, unbind, rename, pay, refund, reveal,
    and a few refused calls (whose messages must not leak either)."""
    made = seed_demo(g, history_days=40)
    hid = made["张家"]
    members = g.members.list(hid)
    a, b = members[0], members[1]
    g.members.reveal_id(a.id, reason="counter check")
    g.members.update(b.id, name=b.name + "（改）")
    pay = g.ledger.pay(a.id, 1234, "pharmacy", note=f"for {a.name}").value
    g.ledger.refund(pay.id, 234)
    try:
        g.members.add(hid, "duplicate", a.id_number, "resident")
    except GongjiError:
        pass
    for bd in g.bindings.list(hid, include_ended=False)[:1]:
        g.bindings.unbind(bd.id)
        g.undo.undo()
        g.undo.redo()
    return made


def test_audit_log_never_holds_a_full_id_number(g, db):
    exercise(g)
    numbers = all_id_numbers(g)
    assert len(numbers) >= 10
    with db.read() as s:
        rows = s.scalars(select(AuditEvent)).all()
    assert len(rows) > 20
    for e in rows:
        blob = " ".join([e.summary, e.details or "", e.on_behalf_of or "", e.actor])
        for n in numbers:
            assert n not in blob, f"{e.action}: full ID number in the audit log: {blob}"
            assert n.lower() not in blob.lower()
    # the masked form is what it shows
    added = [e for e in rows if e.action == "member.add"]
    assert added and all(re.search(r"\d{6}\*{8}\d{3}[\dX]", e.summary) for e in added)


def test_reveal_is_audited_with_who_and_why(g, fam):
    hid = fam.household()
    mid = fam.member(hid, "王芳")
    before = len(g.audit.log(hid))
    full = g.members.reveal_id(mid, reason="bank form")
    assert ids.validate(full).number == full
    log = g.audit.log(hid)
    assert len(log) == before + 1
    top = log[0]
    assert top.action == "member.reveal_id" and top.actor == "test" and "王芳" in top.summary
    assert full not in top.summary


def test_log_output_never_holds_a_full_id_number(g, caplog):
    caplog.set_level(logging.DEBUG)  # everything, including SQLAlchemy's SQL and parameters
    for name in ("sqlalchemy.engine", "sqlalchemy.pool", "alembic"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        exercise(g)
        try:  # a database error: its message must not carry the values either
            with g.db.write() as s:
                s.execute(text("INSERT INTO members (id, household_id, name, id_number, insurance_type, status, "
                               "region, created_at) VALUES (1, 1, 'x', :n, 'employee', 'normal', '', "
                               "'2026-01-01')"), {"n": "11010519491231002X"})
        except DBAPIError as exc:
            logging.getLogger("test").error("db error: %s", exc)
            assert "11010519491231002X" not in str(exc)
    finally:
        for name in ("sqlalchemy.engine", "sqlalchemy.pool", "alembic"):
            logging.getLogger(name).setLevel(logging.NOTSET)
    numbers = all_id_numbers(g) | {"11010519491231002X"}
    assert caplog.records, "nothing was logged: the test would prove nothing"
    assert any("sqlalchemy" in r.name for r in caplog.records)
    for r in caplog.records:
        msg = r.getMessage()
        for n in numbers:
            assert n not in msg, f"{r.name}: {msg[:300]}"


@pytest.mark.parametrize("table", ["audit_log", "transactions", "ledger_entries"])
def test_append_only_tables_refuse_update_and_delete(g, db, fam, table):
    hid = fam.household()
    payer = fam.member(hid, balance=5_000)
    g.ledger.pay(payer, 100)
    with db.engine.connect() as conn:
        count = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    assert count > 0
    for sql in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}"):
        with pytest.raises(DBAPIError) as exc:
            with db.engine.begin() as conn:
                conn.execute(text(sql))
        assert "append-only" in str(exc.value.orig)
    with db.engine.connect() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == count


# ----------------------------------------------------------------------------------------------- no network

NO_NETWORK = textwrap.dedent(r"""
    import importlib, pkgutil, socket, sys, tempfile, os
    def refuse(*a, **k):
        raise AssertionError("network access attempted")
    class NoSocket(socket.socket):
        def __init__(self, family=-1, *a, **k):
            if family in (socket.AF_INET, socket.AF_INET6, -1):
                raise AssertionError("network socket attempted")
            super().__init__(family, *a, **k)
    socket.socket = NoSocket
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    socket.gethostbyname = refuse
    import core, gui
    names = []
    for pkg in (core, gui):
        for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            if ".migrations." in m.name:
                continue
            importlib.import_module(m.name)
            names.append(m.name)
    from core.store import open_database
    from core.collection import Collection
    from core.demo import seed_demo
    db = open_database(os.path.join(tempfile.mkdtemp(), "n.db"))
    g = Collection(db, actor="t")
    made = seed_demo(g, history_days=30)
    g.ledger.pay(made["张子涵"], 1000, "pharmacy")
    assert g.check() == []
    print("imported", len(names), "modules; ok")
""")


def test_no_network_access_when_importing_everything_and_working():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("GONGJI_TEST_DB_URL", None)
    proc = subprocess.run([sys.executable, "-c", NO_NETWORK], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    n = int(re.search(r"imported (\d+) modules", proc.stdout).group(1))
    assert n >= len(list((ROOT / "core").glob("*.py"))) - 1


FORBIDDEN = {"urllib", "urllib2", "urllib3", "requests", "httpx", "aiohttp", "http", "socket", "ftplib", "smtplib",
             "telnetlib", "xmlrpc", "websocket", "websockets"}
FORBIDDEN_QT = {"QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QSslSocket", "QTcpServer", "QWebEngineView"}


def test_no_module_imports_a_network_library():
    offenders = []
    files = sorted((ROOT / "core").rglob("*.py")) + sorted((ROOT / "gui").rglob("*.py"))
    assert files
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            mods: list[str] = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                mods = [node.module]
                if node.module.endswith("QtNetwork"):
                    mods += [f"QtNetwork.{a.name}" for a in node.names]
            for m in mods:
                if m.split(".")[0] in FORBIDDEN or m.split(".")[-1] in FORBIDDEN_QT:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {m}")
        src = path.read_text(encoding="utf-8")
        offenders += [f"{path.relative_to(ROOT)}: {name}" for name in FORBIDDEN_QT if name in src]
    assert offenders == []


def test_the_grep_test_can_fail(tmp_path):
    tree = ast.parse("import urllib.request\nfrom http import client\n")
    found = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    names = [a.name for n in found if isinstance(n, ast.Import) for a in n.names] + \
            [n.module for n in found if isinstance(n, ast.ImportFrom)]
    assert {m.split(".")[0] for m in names} <= FORBIDDEN and len(names) == 2


def test_audit_details_are_json_without_id_numbers(g, db):
    exercise(g)
    numbers = all_id_numbers(g)
    with db.read() as s:
        for e in s.scalars(select(AuditEvent)):
            details = json.loads(e.details or "{}")
            flat = json.dumps(details, ensure_ascii=False)
            assert not any(n in flat for n in numbers)
            assert not FULL_ID.search(flat) or all(m not in numbers for m in FULL_ID.findall(flat))
