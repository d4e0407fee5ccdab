"""Benchmark: CSV export of the whole history ÷ raw sqlite3 + csv.writer producing the same bytes (issue #11: <= 1.5x).

    bash scripts/run py bench/export_csv.py [--rows 1000000] [--reps 3] [--big FILE]

Ours: ``col.history.export_csv`` (core.csvio.export_csv) of a household's whole history. The baseline: one
sqlite3 query over the same join (transactions with their ledger entries, newest first), the same cell texts
formatted with plain Python (names, masks, labels looked up in dicts made before the clock starts) and written by
``csv.writer`` — the files must be byte-identical (checked every rep). Wall time (the export is I/O and CPU),
sides alternated, medians and the worst pair.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _wcommon  # noqa: E402

_SQL = ("SELECT t.id, t.occurred_at, t.kind, t.member_id, t.amount_fen, t.out_of_pocket_fen, t.expense_kind, t.note, "
        "t.refund_of_id, e.account_id, e.part, e.amount_fen FROM transactions t "
        "LEFT OUTER JOIN ledger_entries e ON e.txn_id = t.id WHERE t.household_id = ? "
        "ORDER BY t.occurred_at DESC, t.id DESC, e.seq")


def _y(f: int) -> str:
    return f"-{-f // 100}.{-f % 100:02d}" if f < 0 else f"{f // 100}.{f % 100:02d}"


def baseline(db_path: Path, out: Path, hid: int, labels: dict) -> int:
    con = sqlite3.connect(db_path)
    refunded = dict(con.execute("SELECT refund_of_id, sum(amount_fen) FROM transactions WHERE household_id = ? "
                                "AND refund_of_id IS NOT NULL GROUP BY refund_of_id", (hid,)))
    holder_col, holder_text, who = labels["holder_col"], labels["holder_text"], labels["who"]
    kinds, expenses, parts, width = labels["kinds"], labels["expenses"], labels["parts"], labels["width"]
    n = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(labels["header"])
        last, row, ent, per = None, None, [], {}
        for tid, at, kind, mid, amt, oop, exp, note, ref, acct, part, fen in con.execute(_SQL, (hid,)):
            if tid != last:
                if last is not None:
                    row.append("; ".join(ent))
                    w.writerow(row + [_y(per[i]) if i in per else "" for i in range(width)])
                    n += 1
                name, masked = who[mid]
                row = [tid, at[:16], kinds[kind], name, masked, _y(amt), _y(oop), expenses.get(exp, ""), note,
                       ref or "", _y(refunded.get(tid, 0)) if kind == "payment" else ""]
                last, ent, per = tid, [], {}
            if acct is not None:
                ent.append(f"{holder_text[acct]}:{parts[part]}:{_y(fen)}")
                c = holder_col[acct]
                per[c] = per.get(c, 0) + fen
        row.append("; ".join(ent))
        w.writerow(row + [_y(per[i]) if i in per else "" for i in range(width)])
        n += 1
    con.close()
    return n


def _labels(g, hid: int) -> dict:
    """What the baseline looks up (the demo's names and notes need no formula quoting)."""
    from core import ids
    from core.csvio import COLUMNS, PART_WORDS, _account_members
    from core.i18n import tr
    from core.labels import EXPENSE_KINDS, TXN_KINDS, expense_label, kind_label
    members = g.members.list(hid)
    holders = [m for m in members if m.has_account]
    acct_member = _account_members(g.db, hid)
    by_id = {m.id: m for m in members}
    return {"header": [tr(h) for _, h in COLUMNS] + [f"{m.name}[{ids.mask(m.id_number)}]" for m in holders],
            "holder_col": {a: [h.id for h in holders].index(m) for a, m in acct_member.items()},
            "holder_text": {a: f"{by_id[m].name}[{ids.mask(by_id[m].id_number)}]" for a, m in acct_member.items()},
            "who": {m.id: (m.name, ids.mask(m.id_number)) for m in members},
            "kinds": {k: kind_label(k) for k in TXN_KINDS}, "expenses": {k: expense_label(k) for k in EXPENSE_KINDS},
            "parts": {k: tr(v) for k, v in PART_WORDS.items()}, "width": len(holders)}


def run(tmp: Path, big: Path | None = None, reps: int = 3, rows: int = 50_000) -> dict:
    from core import i18n
    from core.collection import Collection
    from core.filters import HistoryFilter
    from core.store import open_database
    i18n.set_language("zh_CN")
    if big is None:
        big = tmp / "export_big.db"
        _wcommon.build_big(big, rows)
    db = open_database(big, backup=False)
    g = Collection(db, actor="bench")
    hid = g.households.list()[0].id
    labels = _labels(g, hid)
    ours_t, base_t = [], []
    n = 0
    for i in range(reps):
        for side in (("ours", "base") if i % 2 == 0 else ("base", "ours")):
            t0 = time.perf_counter()
            if side == "ours":
                n = g.history.export_csv(tmp / "ours.csv", HistoryFilter(household_id=hid))
                ours_t.append(time.perf_counter() - t0)
            else:
                baseline(big, tmp / "base.csv", hid, labels)
                base_t.append(time.perf_counter() - t0)
        same = hashlib.sha256((tmp / "ours.csv").read_bytes()).digest() == \
            hashlib.sha256((tmp / "base.csv").read_bytes()).digest()
        if not same:
            raise SystemExit("the baseline's file differs from the export: the comparison would be unfair")
    db.close()
    out = _wcommon.summary(ours_t, base_t)
    out.update(metric="csv_export_ratio", goal="<= 1.5", rows=n,
               detail=f"export_csv {out['ours_s']:.2f} s / sqlite3 + csv.writer {out['baseline_s']:.2f} s "
                      f"({n:,} records, same bytes; median of {reps})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--big", type=Path)
    args = ap.parse_args(argv)
    import tempfile
    with tempfile.TemporaryDirectory(prefix="gongji-bench-") as tmp:
        print(json.dumps(run(Path(tmp), args.big, args.reps, args.rows), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    _wcommon.run_compiled()
    sys.exit(main())
