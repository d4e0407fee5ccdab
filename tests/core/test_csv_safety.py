"""Issue #9 finding 4 (CSV formula injection) and "a CSV exported in one UI language must import in the other".

A member named like the finding's ``=cmd|' /C calc'!A0`` shows up in the member column, the ledger-entries column and
the header: every text cell a spreadsheet could run must be neutralised (OWASP: a leading single quote), numbers
stay numbers, and importing the file gives back exactly the names and notes that were exported.
"""
from __future__ import annotations

import csv
import re
from datetime import datetime

import pytest

from core import csv_import
from core import history as H
from core.csvsafe import is_dangerous, neutralise, restore
from core.i18n import set_language
from core.collection import Collection
from core.store import open_database
from tests.core.conftest import FakeClock

pytestmark = pytest.mark.usefixtures("english")

HOSTILE = "=cmd|' /C calc'!A0"
NUMBER = re.compile(r"^-?\d+(\.\d\d)?$")

@pytest.fixture()
def hostile(g, fam):
    """Members whose names begin with each formula character, and notes that do; 12 records."""
    hid = fam.household(name="Hostile family")
    evil = fam.member(hid, HOSTILE, balance=500_000)
    plus = fam.woman(hid, "+1+1", balance=100_000)
    at = fam.member(hid, "@SUM(1+1)", balance=100_000)
    minus = fam.resident(hid, "-2+3")
    g.bindings.bind(evil, minus, "child")
    g.bindings.bind(plus, minus, "child")
    times = iter(datetime(2026, 2, d, 10) for d in range(1, 28))
    p = g.ledger.pay(minus, 150_000, note="=HYPERLINK(\"http://x\")", occurred_at=next(times)).value
    g.ledger.refund(p.id, 1_000, note="@now", occurred_at=next(times))
    g.ledger.pay(evil, 2_000, note="+cmd", occurred_at=next(times))
    g.ledger.pay(at, 3_000, note="-1", occurred_at=next(times))
    g.ledger.credit(plus, 4_000, note="'=already quoted by hand", occurred_at=next(times))
    g.ledger.adjust(evil, -500, note="correction")
    return hid

def cells(path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(keepends=True)))

def test_neutralise_and_restore_round_trip():
    for text in (HOSTILE, "+1", "-x", "@a", "\tx", "\rx", "'=x", "''+x", "'plain", "plain", "", "-", "'"):
        assert restore(neutralise(text)) == text
        assert not is_dangerous(neutralise(text))
    assert neutralise(HOSTILE) == "'" + HOSTILE
    assert neutralise("'=x") == "''=x" and neutralise("'plain") == "'plain"

def test_no_exported_cell_can_run_as_a_formula(g, hostile, tmp_path):
    out = tmp_path / "h.csv"
    g.history.export_csv(out, H.HistoryFilter(hostile))
    rows = cells(out)
    header, body = rows[0], rows[1:]
    dangerous = [(i, c) for i, r in enumerate(rows) for c in r if is_dangerous(c) and not NUMBER.match(c)]
    assert dangerous == []
    # 26 cells quoted: 21 names in the header, member and ledger-entries columns went out raw before this fix (only
    # notes were quoted: the other 4), and the note typed with its own leading quote gets one more.
    assert len([c for r in rows for c in r if restore(c) != c]) == 26
    # The finding's cells: the name in the header, the member column and the ledger-entries column, all quoted.
    with_name = [c for r in rows for c in r if HOSTILE in c]
    assert len(with_name) >= 5 and all(c.startswith("'" + HOSTILE) for c in with_name), with_name
    assert any(c.startswith("'" + HOSTILE) for c in header)
    # Numbers stay numbers: amounts (also negative ones) are not quoted.
    amounts = [r[5] for r in body]
    assert all(NUMBER.match(a) for a in amounts), amounts
    assert "-5.00" in amounts

def test_the_hostile_export_imports_back_unchanged(g, hostile, tmp_path):
    out = tmp_path / "h.csv"
    g.history.export_csv(out, H.HistoryFilter(hostile))
    g2, h2 = copy_members(g, hostile, tmp_path / "copy.db")
    try:
        assert csv_import.import_csv(g2, h2, out).value == H.count(g.db, H.HistoryFilter(hostile))
        assert content(g2, h2) == content(g, hostile)
        assert g2.check() == []
    finally:
        g2.db.close()

@pytest.mark.parametrize("export_lang,import_lang", [("en", "zh_CN"), ("zh_CN", "en")])
def test_a_csv_exported_in_one_language_imports_in_the_other(g, hostile, tmp_path, export_lang, import_lang):
    out = tmp_path / "h.csv"
    set_language(export_lang)
    g.history.export_csv(out, H.HistoryFilter(hostile))
    set_language(import_lang)
    g2, h2 = copy_members(g, hostile, tmp_path / "copy.db")
    try:
        assert csv_import.import_csv(g2, h2, out).value == H.count(g.db, H.HistoryFilter(hostile))
        assert content(g2, h2) == content(g, hostile)
    finally:
        g2.db.close()

def copy_members(g: Collection, hid: int, path) -> tuple[Collection, int]:
    db2 = open_database(path)
    g2 = Collection(db2, actor="other", clock=FakeClock(datetime(2026, 7, 1)))
    h2 = g2.households.create("copy").value.id
    for m in g.members.list(hid):
        g2.members.add(h2, m.name, m.id_number, m.insurance_type)
    return g2, h2

def content(g: Collection, hid: int):
    rows = H.page(g.db, H.HistoryFilter(hid), 10_000)[::-1]
    txns = [(r.kind, r.member_name, r.amount_fen, r.expense_kind, r.note,
             r.occurred_at.replace(second=0, microsecond=0),  # the export writes times to the minute
             tuple(sorted((s.member_name, s.amount_fen) for s in r.splits))) for r in rows]
    bal = sorted((m.name, m.balance_fen) for m in g.members.list(hid))
    return txns, bal
