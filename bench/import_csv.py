"""Benchmark: CSV import end to end (read + parse + check + write, one transaction, sealed) ÷ raw parse + executemany
(issue #11: >= 0.5x as a rate).

    bash scripts/run py bench/import_csv.py [--rows 100000] [--reps 3]

The file: gongji's own export of a generated ledger (core.csvio.bulk_generate). Ours: ``core.csv_import.import_csv``
into a fresh ledger with the same people. The baseline reads the same file with ``csv.reader``, turns each row
into the values the tables need (record, time, amounts in fen, the entries — no checks) and writes them with
``executemany`` into another fresh ledger in one transaction (the same pragmas). value = baseline time ÷ our time
(a rate ratio: 0.5 means we import half as many rows per second). Sides alternated, medians, the worst pair.
"""
from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _wcommon  # noqa: E402


def _fen(s: str) -> int:
    neg = s.startswith("-")
    y, _, c = s.lstrip("-").partition(".")
    v = int(y) * 100 + int((c + "00")[:2])
    return -v if neg else v


def _fresh(tmp: Path, name: str, people: list):
    from core.collection import Collection
    from core.store import open_database
    path = tmp / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    g = Collection(open_database(path, backup=False), actor="bench")
    hid = g.households.create("导入").value.id
    for name_, idn, kind in people:
        g.members.add(hid, name_, idn, kind)
    return g, hid, path


def _codes() -> tuple[dict, dict]:
    from core.labels import EXPENSE_KINDS, TXN_KINDS, expense_label, kind_label
    return {kind_label(k): k for k in TXN_KINDS}, {expense_label(k): k for k in EXPENSE_KINDS}


def baseline(path: Path, csv_path: Path, hid: int, codes: tuple[dict, dict]) -> int:
    kinds, expenses = codes
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    holders = {}
    for mid, name, idn, acct in con.execute("SELECT m.id, m.name, m.id_number, a.id FROM members m "
                                            "LEFT JOIN accounts a ON a.member_id = m.id WHERE m.household_id = ?",
                                            (hid,)):
        holders[(name, idn[:6] + "********" + idn[-4:])] = (mid, acct)
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    con.execute("BEGIN IMMEDIATE")
    first = (con.execute("SELECT max(id) FROM transactions").fetchone()[0] or 0) + 1
    now = datetime.now().isoformat(" ", "microseconds")
    owner = {acct: mid for mid, acct in holders.values()}  # for_other (migration 0007), as core
    rows.sort(key=lambda r: int(r[0]))
    new_id = {}
    t_rows, e_rows, bal = [], [], {}
    for i, r in enumerate(rows):
        tid = first + i
        new_id[r[0]] = tid
        mid = holders[(r[3], r[4])][0]
        at = r[1] + ":00.000000"
        t_rows.append((tid, hid, kinds[r[2]], mid, _fen(r[5]), _fen(r[6]), expenses.get(r[7]), r[8], at, now,
                       new_id.get(r[9]) if r[9] else None, "bench"))
        for seq, item in enumerate(x for x in r[11].split("; ") if x):
            who, part, amt = item.rsplit(":", 2)
            name, masked = who[:-1].split("[", 1)
            acct = holders[(name, masked)][1]
            f = _fen(amt)
            e_rows.append((tid, acct, seq, "prior" if part == "历年账户" else "current", f, at, owner[acct] != mid))
            b = bal.setdefault(acct, [0, 0])
            b[0] += f
            if part == "历年账户":
                b[1] += f
    con.executemany("INSERT INTO transactions (id, household_id, kind, member_id, amount_fen, out_of_pocket_fen, "
                    "expense_kind, note, occurred_at, recorded_at, refund_of_id, operator) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", t_rows)
    con.executemany("INSERT INTO ledger_entries (txn_id, account_id, seq, part, amount_fen, occurred_at, for_other) "
                    "VALUES (?,?,?,?,?,?,?)", e_rows)
    con.executemany("UPDATE accounts SET balance_fen = balance_fen + ?, prior_years_fen = prior_years_fen + ? "
                    "WHERE id = ?", [(d, dp, a) for a, (d, dp) in bal.items()])
    con.execute("COMMIT")
    con.close()
    return len(t_rows)


def run(tmp: Path, big: Path | None = None, reps: int = 3, rows: int = 100_000) -> dict:
    from core import csv_import, i18n
    from core.collection import Collection
    from core.filters import HistoryFilter
    from core.store import open_database
    i18n.set_language("zh_CN")
    src = tmp / "import_src.db"
    _wcommon.build_big(src, rows)
    g = Collection(open_database(src, backup=False), actor="bench")
    hid = g.households.list()[0].id
    people = [(m.name, m.id_number, m.insurance_type) for m in g.members.list(hid)]
    csv_path = tmp / "import.csv"
    n = g.history.export_csv(csv_path, HistoryFilter(household_id=hid))
    g.close()
    codes = _codes()
    ours_t, base_t = [], []
    for i in range(reps):
        for side in (("ours", "base") if i % 2 == 0 else ("base", "ours")):
            g2, h2, path = _fresh(tmp, f"import_{side}.db", people)
            if side == "ours":
                t0 = time.perf_counter()
                got = csv_import.import_csv(g2, h2, csv_path).value
                ours_t.append(time.perf_counter() - t0)
                assert got == n
                problems = g2.check()
                assert not problems, problems[:3]
                g2.close()
            else:
                g2.close()
                t0 = time.perf_counter()
                baseline(path, csv_path, h2, codes)
                base_t.append(time.perf_counter() - t0)
    out = _wcommon.summary(ours_t, base_t, higher_is_better=True)
    out.update(metric="csv_import_rate_ratio", goal=">= 0.5", rows=n,
               detail=f"import_csv {out['ours_s']:.2f} s / csv.reader + executemany {out['baseline_s']:.2f} s "
                      f"({n:,} records; median of {reps}; ours checked and sealed, gongji check clean)")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--rows", type=int, default=100_000)
    args = ap.parse_args(argv)
    import tempfile
    with tempfile.TemporaryDirectory(prefix="gongji-bench-") as tmp:
        print(json.dumps(run(Path(tmp), None, args.reps, args.rows), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    _wcommon.run_compiled()
    sys.exit(main())
