"""core.csvio: export (BOM, masked IDs, yuan), round trip into a fresh database, all-or-nothing import, bulk path."""
from __future__ import annotations

import csv
import re
from datetime import date, datetime

import pytest

from core import csvio
from core import csv_import
from core import totals as T
from core import history as H
from core.errors import InvalidInput
from core.collection import Collection
from core.store import open_database
from tests.core.conftest import FakeClock, snapshot

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture()
def fam3(g, fam):
    hid = fam.household(name="Test family")
    dad = fam.member(hid, "Dad", balance=100_000, prior=40_000)
    mom = fam.woman(hid, "Mom", balance=50_000)
    kid = fam.resident(hid, "Kid", born=date(2012, 1, 1))
    g.bindings.bind(dad, kid, "child")
    g.bindings.bind(mom, kid, "child")
    p1 = g.ledger.pay(kid, 120_000, "pharmacy", note="=HYPERLINK(\"x\")", occurred_at=datetime(2026, 2, 3, 10, 5, 7)).value
    g.ledger.pay(mom, 10_000, "outpatient", note="clinic, \"quoted\"\nsecond line", occurred_at=datetime(2026, 3, 5, 11))
    g.ledger.credit(dad, 20_000, part="prior", note="monthly", occurred_at=datetime(2026, 4, 1, 9))
    g.ledger.refund(p1.id, 30_000, note="partial", occurred_at=datetime(2026, 2, 4, 9))
    g.ledger.refund(p1.id, 5_000, note="more", occurred_at=datetime(2026, 2, 5, 9))
    return dict(hid=hid, dad=dad, mom=mom, kid=kid, p1=p1)


def ledger(g: Collection, hid: int):
    """The ledger as content (ids replaced by their position), to compare two databases."""
    rows = H.page(g.db, H.HistoryFilter(hid), 10_000)[::-1]
    pos = {r.id: i for i, r in enumerate(rows)}
    # Times to the minute: the export writes no seconds (issue #10: a person reads the file).
    txns = [(r.kind, r.member_name, r.amount_fen, r.out_of_pocket_fen, r.expense_kind, r.note,
             r.occurred_at.replace(second=0, microsecond=0),
             pos.get(r.refund_of_id), r.refunded_fen, tuple((s.member_name, s.amount_fen) for s in r.splits))
            for r in rows]
    entries = csvio._entries_for(g.db, [r.id for r in rows])
    acct_names = {a: next(m.name for m in g.members.list(hid) if m.id == mid)
                  for a, mid in csvio._account_members(g.db, hid).items()}
    ent = [[(acct_names[a], p, f) for a, p, f in entries.get(r.id, [])] for r in rows]
    bal = [(m.name, m.balance_fen, m.prior_years_fen) for m in g.members.list(hid)]
    return txns, ent, bal


def fresh_copy(g: Collection, hid: int, path) -> tuple[Collection, int]:
    db2 = open_database(path)
    g2 = Collection(db2, actor="other", clock=FakeClock(datetime(2026, 7, 1)))
    h2 = g2.households.create("copy").value.id
    for m in g.members.list(hid):
        g2.members.add(h2, m.name, m.id_number, m.insurance_type)
    return g2, h2


def test_export_is_excel_friendly_and_masks_ids(g, fam3, tmp_path):
    out = tmp_path / "h.csv"
    n = g.history.export_csv(out, H.HistoryFilter(fam3["hid"]))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    full_ids = [m.id_number for m in g.members.list(fam3["hid"])]
    assert not any(i in text for i in full_ids)
    assert all(i[:6] + "********" + i[-4:] in text for i in full_ids)
    rows = list(csv.reader(text.splitlines(keepends=True)))
    assert n == len(rows) - 1 == H.count(g.db, H.HistoryFilter(fam3["hid"]))
    amounts = [r[5] for r in rows[1:]]
    assert all(re.fullmatch(r"-?\d+\.\d\d", a) for a in amounts)
    assert "1200.00" in amounts
    # A note that looks like a formula is defused for spreadsheets.
    assert any(c.startswith("'=HYPERLINK") for r in rows for c in r)


def test_round_trip_gives_the_same_ledger(g, fam3, tmp_path):
    out = tmp_path / "h.csv"
    g.history.export_csv(out, H.HistoryFilter(fam3["hid"]))
    g2, h2 = fresh_copy(g, fam3["hid"], tmp_path / "copy.db")
    try:
        r = csv_import.import_csv(g2, h2, out)
        assert r.value == H.count(g.db, H.HistoryFilter(fam3["hid"]))
        assert ledger(g2, h2) == ledger(g, fam3["hid"])
        assert g2.check() == []
        # The imported payment can still be refunded in reverse charging order, like the original.
        pay2 = next(x for x in H.page(g2.db, H.HistoryFilter(h2, kinds=frozenset({"payment"})), 100)
                    if x.amount_fen == 120_000)
        assert g2.ledger.refund(pay2.id).value.amount_fen == 120_000 - 35_000
        assert g2.check() == []
    finally:
        g2.db.close()


def test_import_in_chinese_headers_and_gbk(g, fam3, tmp_path):
    from core.i18n import set_language
    set_language("zh_CN")
    try:
        out = tmp_path / "h.csv"
        g.history.export_csv(out, H.HistoryFilter(fam3["hid"]))
        gbk = tmp_path / "gbk.csv"
        gbk.write_bytes(out.read_text(encoding="utf-8-sig").encode("gb18030"))
        g2, h2 = fresh_copy(g, fam3["hid"], tmp_path / "copy.db")
        try:
            assert csv_import.import_csv(g2, h2, gbk).value == 7
            assert ledger(g2, h2)[2] == ledger(g, fam3["hid"])[2]
        finally:
            g2.db.close()
    finally:
        set_language(None)


def test_bad_rows_rejected_together_with_line_numbers(g, fam3, tmp_path):
    out = tmp_path / "h.csv"
    g.history.export_csv(out, H.HistoryFilter(fam3["hid"], kinds=frozenset({"payment", "credit", "adjustment"})))
    g2, h2 = fresh_copy(g, fam3["hid"], tmp_path / "copy.db")
    try:
        rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
        header, body = rows[0], rows[1:]
        bad = [list(r) for r in body]
        bad[0][5] = "12.3.4"                 # not an amount
        bad[1][3] = "Nobody"                 # unknown member
        bad[2][1] = "2026-13-40"             # not a date
        bad.append(list(body[0]))
        bad[-1][0] = "9999"
        bad[-1][2] = "payment"
        bad[-1][5] = "99999.00"              # more than the parts add up to
        with open(out, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows([header] + bad)
        before = snapshot(g2.db)
        with pytest.raises(InvalidInput) as exc:
            csv_import.import_csv(g2, h2, out)
        msg = str(exc.value)
        # physical line numbers: header is line 1; the 2nd row has a multi-line note, so count lines.
        text = out.read_text(encoding="utf-8-sig")
        reader = csv.reader(text.splitlines(keepends=True))
        next(reader)
        lines = []
        for _ in reader:
            lines.append(reader.line_num)
        for ln in (lines[0], lines[1], lines[2], lines[-1]):
            assert re.search(rf"\b{ln}\b", msg), (ln, msg)
        assert "12.3.4" in msg and "Nobody" in msg and "2026-13-40" in msg
        listed = [x for x in msg.splitlines()[1:] if x.startswith("line ")]
        assert f": {len(listed)} rows" in msg.splitlines()[0]
        assert snapshot(g2.db) == before
    finally:
        g2.db.close()


def test_import_refuses_a_balance_below_zero(g, fam3, tmp_path):
    out = tmp_path / "h.csv"
    g.history.export_csv(out, H.HistoryFilter(fam3["hid"], kinds=frozenset({"payment"})))
    g2, h2 = fresh_copy(g, fam3["hid"], tmp_path / "copy.db")  # members have no money in the copy
    try:
        before = snapshot(g2.db)
        with pytest.raises(InvalidInput, match="below zero"):
            csv_import.import_csv(g2, h2, out)
        assert snapshot(g2.db) == before
    finally:
        g2.db.close()


def test_refund_beyond_payment_refused(g, fam3, tmp_path):
    out = tmp_path / "h.csv"
    g.history.export_csv(out, H.HistoryFilter(fam3["hid"]))
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
    body = rows[1:]
    refund = next(r for r in body if r[9] and r[5] == "300.00")
    dup = list(refund)
    dup[0] = "8888"
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows + [dup, dup[:0] + ["8889"] + dup[1:], dup[:0] + ["8890"] + dup[1:]])
    g2, h2 = fresh_copy(g, fam3["hid"], tmp_path / "copy.db")
    try:
        with pytest.raises(InvalidInput, match="more"):
            csv_import.import_csv(g2, h2, out)
        assert H.count(g2.db, H.HistoryFilter(h2)) == 0
    finally:
        g2.db.close()


def test_empty_and_headerless_files(g, fam3, tmp_path):
    empty = tmp_path / "e.csv"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInput, match="empty"):
        csv_import.import_csv(g, fam3["hid"], empty)
    junk = tmp_path / "j.csv"
    junk.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="lacks"):
        csv_import.import_csv(g, fam3["hid"], junk)


def test_bulk_generate_keeps_balances_equal_to_entries(g, fam3):
    n = csvio.bulk_generate(g.db, fam3["hid"], 3_000, seed=7, chunk=1_000,
                            start=datetime(2020, 1, 1), end=datetime(2026, 1, 1))
    assert n == 3_000
    assert g.check() == []
    flt = H.HistoryFilter(fam3["hid"])
    assert H.count(g.db, flt) == 3_000 + 7
    kinds = T.totals(g.db, flt).by_kind
    assert kinds.get("payment", 0) > 0 and kinds.get("refund", 0) > 0 and kinds.get("credit", 0) > 0
    # Generated refunds point at payments of the same member.
    for r in H.page(g.db, H.HistoryFilter(fam3["hid"], kinds=frozenset({"refund"})), 50):
        pay = H.transaction_row(g.db, r.refund_of_id)
        assert pay.kind == "payment" and pay.member_id == r.member_id and pay.refunded_fen >= r.amount_fen


def test_import_reports_the_members_whose_balances_changed(g, fam, tmp_path):
    """Account ids differ from member ids here (a resident without an account comes first)."""
    hid = fam.household()
    fam.resident(hid, "Grandchild", born=date(2015, 1, 1))
    a = fam.member(hid, "A", balance=10_000)
    b = fam.woman(hid, "B", balance=5_000)
    g.ledger.pay(b, 2_000, "pharmacy", occurred_at=datetime(2026, 3, 1, 9))
    out = tmp_path / "h.csv"
    g.history.export_csv(out, H.HistoryFilter(hid))
    g2, h2 = fresh_copy(g, hid, tmp_path / "copy.db")
    try:
        r = csv_import.import_csv(g2, h2, out)
        ids2 = {m.name: m.id for m in g2.members.list(h2)}
        assert r.changes.balances == frozenset({ids2["A"], ids2["B"]})
        assert len(r.changes.transactions) == r.value == 3
        assert ledger(g2, h2) == ledger(g, hid)
    finally:
        g2.db.close()



@pytest.mark.parametrize("junk", ['"unterminated', "x\x00y", "a\rb", '"' + "x" * 200_000])
def test_csv_the_csv_module_cannot_split_is_refused_whole(tmp_path, junk):
    """What the csv module itself chokes on (a field over its size limit) or splits oddly (NUL, a bare CR, an open
    quote) is a clear refusal of the whole file, not a traceback."""
    from core.demo import seed_demo
    g = Collection(open_database(tmp_path / "t.db"), actor="t")
    seed_demo(g, history_days=40)
    f = tmp_path / "out.csv"
    g.history.export_csv(f, H.HistoryFilter(household_id=1))
    lines = f.read_text(encoding="utf-8-sig").splitlines()
    f.write_text("\n".join(lines[:2] + [junk + lines[2]] + lines[3:]) + "\n", encoding="utf-8")
    before = g.history.transactions(1, limit=10_000)
    with pytest.raises(InvalidInput, match="CSV|line|行"):
        csv_import.import_csv(g, 1, f)
    assert g.history.transactions(1, limit=10_000) == before
