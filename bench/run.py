"""Benchmark: each number beside a baseline measured in the same run, on the same machine.

    python bench/run.py            # full: 1,000,000 transactions
    python bench/run.py --quick    # 50,000 transactions, well under 50 s
    python bench/run.py --json     # exactly one JSON object on stdout (progress goes to stderr)
    python bench/run.py --results bench/RESULTS.md   # also write the Markdown table

Metrics (goal in brackets):
- cold_start_ratio [<= 1.5]: gongji-desktop --db BIG to the household's members painted (the members table, not any
  widget) ÷ a bare PySide6 window to painted; both fresh subprocesses (QT_QPA_PLATFORM=offscreen), wall clock from
  process start, .pyc compiled first, medians (bench/cold_bench.py). "Painted" is the end of that paint cycle (the
  frame is on screen); callbacks the window queued for after it are not counted. Each side is watched by one event
  filter on the widget it waits for (bench/_paint_probe.py), never the whole application: a Python filter on every
  event of every object costs each side in proportion to its widgets. Reported beside it, for context:
  a window with the same widgets and look and none of gongji's work (bench/_floor_window.py) ÷ bare.
- demo_open_ratio [<= 1.2]: gongji-desktop --demo to painted ÷ the normal open, alternated (the demo's template is
  prepared by a first, unmeasured demo start, as at install or first use).
- cli_list_ratio [<= 3.0]: `gongji --db BIG households` / `members` / `order` ÷ `python -c pass` (fresh processes,
  sides alternated; the worst command's median; max beside it).
- payment_commit_ratio [<= 2.0]: CPU time of col.ledger.pay ÷ raw sqlite3 CPU time writing the same sealed rows
  (transaction, ledger entries, balances; WAL, synchronous=FULL) into a copy of the same ledger, blocks of payments
  per side alternated, medians and the worst block; both files pass `gongji check` (bench/payment.py).
- reorder_commit_ratio [<= 2.0]: CPU time of col.order.reorder (with expected=, as the window sends it) ÷ raw sqlite3
  CPU time writing the same changed positions and the same sealed audit row into a copy of the same ledger, same
  settings and blocks as the payment; both files pass `gongji check` (bench/payment.py run_reorder).
- csv_import_ratio [>= 0.5]: import_csv end to end (parse + validate + write, sealed) as a rate ÷ csv.reader +
  executemany (bench/import_csv.py). csv_export_ratio [<= 1.5]: export_csv of the big ledger ÷ sqlite3 + csv.writer
  producing the same bytes (bench/export_csv.py). pdf_statement_s [<= 2]: the PDF statement of the big ledger, in
  seconds, beside a bare QPdfWriter drawing the same cells (bench/statement_pdf.py).
- Not in this run (each its own program, same conventions): bench/mode_switch.py (长辈模式 switch, goal 200 ms) and
  bench/pay_click.py (a payment in the window, click to every panel updated, goal 30 ms).
- history_first_paint_ratio [<= 1.5]: the History view (count + first window) to its first painted table ÷ Qt's
  C++ QStandardItemModel with the same nine columns and theme, filled with the first screen from raw sqlite3, in a
  QTableView; medians (bench/window_bench.py).
- history_filter_ms [<= 50]: a filter change to the repainted table over every perspective × period × member (52
  filters), at least 3 rounds; the value is the slowest filter's median (named); the worst single sample beside it.
- switch_household_ms [<= 50] / select_member_ms [<= 30]: main window, switching to the big household (members
  repainted) and selecting a member (recent payments repainted); the max is the value, the median beside it.
- bulk_import_ratio [>= 0.5]: core's bulk write path (csvio.write_bulk: SQLAlchemy Core executemany) rows/s ÷
  raw sqlite3 executemany rows/s, both writing the same transactions and ledger entries from the same list.
- peak_rss_mb: the app's peak resident memory (VmHWM) after opening the History tab of the big database and
  scrolling to the end and back (the app process, not this one); beside it the app before opening History.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOALS = {"cold_start_ratio": ("<=", 1.5), "cli_list_ratio": ("<=", 3.0), "payment_commit_ratio": ("<=", 2.0),
         "reorder_commit_ratio": ("<=", 2.0),
         "history_first_paint_ratio": ("<=", 1.5), "history_filter_ms": ("<=", 50.0),
         "switch_household_ms": ("<=", 50.0), "select_member_ms": ("<=", 30.0), "demo_open_ratio": ("<=", 1.2),
         "bulk_import_ratio": (">=", 0.5), "csv_import_ratio": (">=", 0.5), "csv_export_ratio": ("<=", 1.5),
         "pdf_statement_s": ("<=", 2.0), "peak_rss_mb": (None, None)}


def log(*a) -> None:
    print(*a, file=sys.stderr, flush=True)


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        load = ""
    return {"nproc": os.cpu_count(), "cpu": model or platform.processor(), "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}", "loadavg_at_start": load}


# ----------------------------------------------------------------------------------------------- building

def build_big(path: Path, n: int) -> tuple[int, list[int], float]:
    """The big ledger (bench/_wcommon.build_big), built once and read by every benchmark that needs it."""
    t = time.perf_counter()
    hid, ids = _wcommon.build_big(path, n)
    return hid, ids, time.perf_counter() - t


# ----------------------------------------------------------------------------------------------- bulk import

def bench_bulk(tmp: Path, rows: int, reps: int = 3) -> dict:
    """Core bulk path vs raw sqlite3 executemany, ``reps`` times in alternating order on fresh databases;
    the medians of the rates are compared (the machine may be busy with other work)."""
    from sqlalchemy import select

    from core.csvio import generate, write_bulk
    from core.schema import Account, Member
    from core.collection import Collection
    from core.store import open_database

    def fresh(name: str):
        db = open_database(tmp / name, backup=False)
        g = Collection(db, actor="bench")
        hid, _ = _wcommon.household(g)
        return db, hid

    txns = None
    now = datetime(2026, 1, 1)

    def core_run(i: int) -> float:
        nonlocal txns
        db, hid = fresh(f"bulk_core{i}.db")
        if txns is None:
            with db.read() as s:
                members = list(s.execute(select(Member.id, Account.id)
                                         .outerjoin(Account, Account.member_id == Member.id)
                                         .where(Member.household_id == hid).order_by(Member.id)).all())
            bal = {a: [0, 0] for _, a in members if a is not None}
            txns = generate(members, bal, rows, seed=7, start=datetime(2020, 1, 1), end=datetime(2025, 1, 1))
        t0 = time.perf_counter()
        with db.write() as s:
            write_bulk(s.connection(), hid, txns, operator="bench", recorded_at=now)
        took = time.perf_counter() - t0
        db.close()
        return took

    def raw_run(i: int) -> float:
        db, hid_raw = fresh(f"bulk_raw{i}.db")
        db.close()
        con = sqlite3.connect(tmp / f"bulk_raw{i}.db", isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("PRAGMA foreign_keys=ON")
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        first = (con.execute("SELECT max(id) FROM transactions").fetchone()[0] or 0) + 1
        owner = dict(con.execute("SELECT id, member_id FROM accounts"))  # for_other (migration 0007), as core
        t_rows, e_rows, deltas = [], [], {}
        rec = now.isoformat(" ")
        for j, t in enumerate(txns):
            tid = first + j
            ref = t.refund_of
            if isinstance(ref, tuple):
                ref = first + ref[1]
            at = t.occurred_at.isoformat(" ")
            t_rows.append((tid, hid_raw, t.kind, t.member_id, t.amount_fen, t.out_of_pocket_fen, t.expense_kind,
                           t.note, at, rec, ref, "bench"))
            for seq, (a, part, amt) in enumerate(t.entries):
                e_rows.append((tid, a, seq, part, amt, at, owner[a] != t.member_id))
                d = deltas.setdefault(a, [0, 0])
                d[0] += amt
                if part == "prior":
                    d[1] += amt
        con.executemany("INSERT INTO transactions (id, household_id, kind, member_id, amount_fen, "
                        "out_of_pocket_fen, expense_kind, note, occurred_at, recorded_at, refund_of_id, operator) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", t_rows)
        con.executemany("INSERT INTO ledger_entries (txn_id, account_id, seq, part, amount_fen, occurred_at, "
                        "for_other) VALUES (?,?,?,?,?,?,?)", e_rows)
        con.executemany("UPDATE accounts SET balance_fen = balance_fen + ?, prior_years_fen = prior_years_fen + ? "
                        "WHERE id = ?", [(d, dp, a) for a, (d, dp) in deltas.items()])
        con.execute("COMMIT")
        took = time.perf_counter() - t0
        con.close()
        return took

    core_s, raw_s = [], []
    for i in range(reps):
        if i % 2 == 0:
            core_s.append(core_run(i))
            raw_s.append(raw_run(i))
        else:
            raw_s.append(raw_run(i))
            core_s.append(core_run(i))
        for f in tmp.glob(f"bulk_*{i}.db*"):
            f.unlink()
    assert txns is not None
    n_entries = sum(len(t.entries) for t in txns)
    c, r = rows / statistics.median(core_s), rows / statistics.median(raw_s)
    return {"rows": rows, "entries": n_entries, "core_rows_per_s": c, "raw_rows_per_s": r, "ratio": c / r,
            "reps": reps}


# ----------------------------------------------------------------------------------------------- CLI list commands

# ----------------------------------------------------------------------------------------------- history view

from bench.cli_bench import bench_cli  # noqa: E402
from bench.cold_bench import bench_cold  # noqa: E402
from bench.window_bench import bench_history, bench_switch  # noqa: E402

# The write side's benches (each runnable alone too: bash scripts/run py bench/<name>.py)
sys.path.insert(0, str(ROOT / "bench"))
import _wcommon  # noqa: E402
import export_csv  # noqa: E402
import import_csv  # noqa: E402
import payment  # noqa: E402
import statement_pdf  # noqa: E402


# ----------------------------------------------------------------------------------------------- main

def verdict(name: str, value: float) -> bool | None:
    op, goal = GOALS[name]
    if op is None:
        return None
    return value <= goal if op == "<=" else value >= goal


def markdown(res: dict) -> str:
    m = res["machine"]
    lines = [f"# Benchmark results ({res['mode']} mode: {res['transactions']:,} transactions)", "",
             f"Machine: {m['nproc']} CPUs, {m['cpu']}; {m['system']}; Python {m['python']}; load average at "
             f"start {m.get('loadavg_at_start', '?')}. "
             f"Run at {res['when']}; total {res['total_s']:.0f} s; building the database took "
             f"{res['build_s']:.1f} s.", "",
             "| metric | value | baseline (same run) | goal | met |", "|---|---|---|---|---|"]
    for name, d in res["metrics"].items():
        op, goal = GOALS[name]
        g = f"{op} {goal:g}" if op else "—"
        ok = "—" if d["ok"] is None else ("yes" if d["ok"] else "**no**")
        lines.append(f"| {name} | {d['value']:.3g} | {d['detail']} | {g} | {ok} |")
    lines += ["", "How each number is measured: see the docstring of bench/run.py. Reproduce with "
              "`python bench/run.py` (or `--quick`)."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="50,000 transactions, finishes in under 50 s")
    ap.add_argument("--json", action="store_true", help="print exactly one JSON object on stdout")
    ap.add_argument("--transactions", type=int, help="override the size of the big database")
    ap.add_argument("--results", metavar="FILE.md", help="also write the results as a Markdown table")
    ap.add_argument("--keep", metavar="DIR", help="keep the databases in this directory")
    args = ap.parse_args(argv)
    # Run as installed: with compiled bytecode (this environment sets PYTHONDONTWRITEBYTECODE=1). Compile once
    # here, and let the child processes read the .pyc files.
    import compileall
    for d in ("core", "gui", "resources", "bench"):
        compileall.compile_dir(str(ROOT / d), quiet=1)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    n = args.transactions or (50_000 if args.quick else 1_000_000)
    reps = 5 if args.quick else 9
    started = time.perf_counter()
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="gongji-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    big = tmp / "big.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(big) + suffix).unlink(missing_ok=True)
    for f in tmp.glob("bulk_*.db*"):
        f.unlink()
    log(f"building {n:,} transactions in {big} ...")
    hid, ids, build_s = build_big(big, n)
    log(f"  {build_s:.1f} s")
    log("bulk import ...")
    bulk = bench_bulk(tmp, 20_000 if args.quick else 200_000, 3)
    log(f"  {bulk}")
    log("payment commit ...")
    pay = payment.run(tmp, None, 10 if args.quick else 30)
    log(f"  {pay}")
    log("reorder commit ...")
    reo = payment.run_reorder(tmp, 10 if args.quick else 30)
    log(f"  {reo}")
    log("CSV import end to end ...")
    imp = import_csv.run(tmp, None, 3, rows=20_000 if args.quick else 100_000)
    log(f"  {imp}")
    log("CSV export ...")
    exp = export_csv.run(tmp, big, 3)  # (they only read it)
    log(f"  {exp}")
    log("PDF statement ...")
    pdf = statement_pdf.run(tmp, big, 3)
    log(f"  {pdf}")
    log("CLI list commands ...")
    cli = bench_cli(big, hid, 5 if args.quick else 9)
    log(f"  {cli}")
    log("history view ...")
    hist = bench_history(big, hid, ids, reps)
    log(f"  {hist}")
    log("switching household / selecting a member ...")
    sw = bench_switch(big, hid, ids, reps)
    log(f"  {sw}")
    log("cold start ...")
    cold = bench_cold(big, tmp, 3 if args.quick else 5)
    log(f"  {cold}")
    metrics = {
        "cold_start_ratio": (cold["ratio"], f"app to the household's members painted {cold['app_s']:.2f} s (max "
                                            f"{cold['app_max_s']:.2f}) / bare PySide6 window {cold['bare_s']:.2f} s "
                                            f"(max {cold['bare_max_s']:.2f}), .pyc; the same widgets and look "
                                            f"without gongji's work {cold['floor_s']:.2f} s = "
                                            f"{cold['floor_ratio']:.2f}× bare, the app {cold['app_floor_ratio']:.2f}× "
                                            f"that"),
        "cli_list_ratio": (cli["ratio"], f"worst command `{cli['worst']}` {cli['per_s'][cli['worst']]:.2f} s "
                                         f"(max {cli['max_s'][cli['worst']]:.2f} s) / python -c pass "
                                         f"{cli['base_s']:.2f} s; " + ", ".join(f"{k} {v:.2f} s"
                                                                              for k, v in cli["per_s"].items())),
        "payment_commit_ratio": (pay["value"], pay["detail"] + f"; worst block {pay['max']:.2f}; bench files' check: "
                                               f"{pay['check_problems']} problems (bench/payment.py)"),
        "reorder_commit_ratio": (reo["value"], reo["detail"] + f"; worst block {reo['max']:.2f}; bench files' check: "
                                               f"{reo['check_problems']} problems (bench/payment.py)"),
        "csv_import_ratio": (imp["value"], imp["detail"] + f"; worst {imp['max']:.2f} (bench/import_csv.py)"),
        "csv_export_ratio": (exp["value"], exp["detail"] + f"; worst {exp['max']:.2f} (bench/export_csv.py)"),
        "pdf_statement_s": (pdf["value"], pdf["detail"] + " (bench/statement_pdf.py)"),
        "history_first_paint_ratio": (hist["ratio"], f"History view {hist['ours_ms']:.0f} ms / QStandardItemModel "
                                                     f"(same columns and theme, raw sqlite3) "
                                                     f"{hist['baseline_ms']:.0f} ms"),
        "switch_household_ms": (sw["switch_max_ms"], f"max; median {sw['switch_ms']:.0f} ms (to the big household, "
                                                     f"members repainted)"),
        "select_member_ms": (sw["select_max_ms"], f"max; median {sw['select_ms']:.0f} ms (payments panel repainted)"),
        "demo_open_ratio": (cold["demo_ratio"], f"--demo to painted {cold['demo_s']:.2f} s (max "
                                                f"{cold['demo_max_s']:.2f}) / normal open {cold['app_s']:.2f} s"),
        "history_filter_ms": (hist["filter_max_ms"], f"worst of {hist['filters']} filters (every perspective × "
                                                     f"period × member: {hist['filter_worst']}); median "
                                                     f"{hist['filter_ms']:.0f} ms (then exact count and "
                                                 f"totals in the background: median {hist['background_ms']:.0f} ms, "
                                                 f"max {hist['background_max_ms']:.0f} ms)"),
        "bulk_import_ratio": (bulk["ratio"], f"core {bulk['core_rows_per_s']:,.0f} rows/s / raw executemany "
                                             f"{bulk['raw_rows_per_s']:,.0f} rows/s ({bulk['rows']:,} rows, "
                                             f"{bulk['entries']:,} entries; medians of {bulk['reps']})"),
        "peak_rss_mb": (cold["peak_rss_mb"], f"app with History open on {cold['history_rows']:,} rows "
                                             f"({cold['history_cached_rows']} rows cached); app before opening "
                                             f"History {cold['app_only_rss_mb']:.0f} MB"),
    }
    res = {"mode": "quick" if args.quick else "full", "transactions": n, "machine": machine(),
           "when": datetime.now().strftime("%Y-%m-%d %H:%M"), "build_s": build_s,
           "metrics": {k: {"value": round(v, 3), "goal": GOALS[k][1], "op": GOALS[k][0], "ok": verdict(k, v),
                           "detail": d} for k, (v, d) in metrics.items()}}
    res["total_s"] = time.perf_counter() - started
    if args.results:
        Path(args.results).write_text(markdown(res), encoding="utf-8")
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        print(markdown(res))
    if not args.keep:
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
