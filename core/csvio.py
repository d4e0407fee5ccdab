"""CSV export of the history, the format shared with the import (:mod:`core.csv_import`), and the bulk write
path (also used by the benchmark).

Export: UTF-8 with a BOM (so Excel on Windows shows Chinese correctly), one row per transaction, amounts in yuan
with 2 decimals, ID numbers masked (never a full ID in a file), the split as one column per account holder, plus a
"ledger entries" column that keeps the exact entries in charging order so an import rebuilds the same ledger.

Import: every row is checked first (bad rows are reported together with their line numbers and nothing is
written); then all rows go in ONE transaction through :func:`write_bulk` (SQLAlchemy Core executemany for the
transactions, the ledger entries and the balance updates). A balance always equals the sum of its entries.
"""
from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from core.codes import ADJUSTMENT_REASONS
from core import history, ids
from core.bulkwrite import NewTxn, write_bulk  # the bulk write path (csvio has always offered it)
from core.csvsafe import neutralise
from core.errors import InvalidInput
from core.fsmode import open_private
from core.filters import HistoryFilter
from core.i18n import tr
from core.labels import expense_label, kind_label, minute_text
from core.money import format_fen
from core.schema import EXPENSE_KINDS, TXN_KINDS, Account, LedgerEntry, Member, Transaction
from core.store import Database
from core.views import MemberView

MAX_REPORTED_ERRORS = 50

# Column keys and their English header text (translated with core.i18n.tr on export; both accepted on import).
def N_(text: str) -> str:
    """Marks a text for translation where it is defined (translated later with tr)."""
    return text


COLUMNS = [
    ("id", N_("record")), ("time", N_("time")), ("kind", N_("kind")), ("member", N_("member")),
    ("id_number", N_("ID number")), ("amount", N_("amount (yuan)")), ("out_of_pocket", N_("out of pocket (yuan)")),
    ("expense", N_("expense")), ("note", N_("note")), ("refund_of", N_("refund of record")),
    ("refunded", N_("refunded (yuan)")), ("entries", N_("ledger entries")),
]
REQUIRED = ("time", "kind", "member", "amount", "entries")


def _yuan(fen: int) -> str:
    return format_fen(fen, symbol=False, grouping=False)


def _holder(name: str, id_number: str) -> str:
    return f"{name}[{ids.mask(id_number)}]"


def _fmt_time(t: datetime | str) -> str:
    """To the minute (issue #10): what a person reads; the import accepts it (and the seconds of older files)."""
    if isinstance(t, str):  # SQLite's stored text "YYYY-MM-DD HH:MM:SS[.ffffff]"
        return t[:16]
    return minute_text(t)


def _fast_yuan(fen: int) -> str:
    """= _yuan (format_fen without symbol and grouping), for the export's inner loop."""
    if fen < 0:
        y, c = divmod(-fen, 100)
        return f"-{y}.{c:02d}"
    y, c = divmod(fen, 100)
    return f"{y}.{c:02d}"


#: The account parts as written in the ledger-entries column (translated); the import also reads the words of the
#: other language and the internal codes ``current`` / ``prior`` of files written before (format of 2026-11).
PART_WORDS = {"current": N_("current year"), "prior": N_("prior years")}


# ----------------------------------------------------------------------------------------------- export

def _stream(db: Database, flt: HistoryFilter):
    """The filtered transactions newest first, each with its ledger entries in charging order: one row per entry
    (txn columns + account, part, amount; a transaction without entries once, with None). One prepared statement;
    the driver's rows are read as they are (no ORM objects, no SQLAlchemy row processing)."""
    t, e = Transaction, LedgerEntry
    q = (select(t.id, t.occurred_at, t.kind, t.member_id, t.amount_fen, t.out_of_pocket_fen, t.expense_kind, t.note,
                t.refund_of_id, e.account_id, e.part, e.amount_fen)
         .outerjoin(e, e.txn_id == t.id).where(*history.where_clause(flt))
         .order_by(t.occurred_at.desc(), t.id.desc(), e.seq))
    with db.read() as s:
        conn = s.connection()
        if not db.is_sqlite:  # a server-side cursor: a large ledger is not loaded at once
            for part in conn.execution_options(stream_results=True, yield_per=5000).execute(q).partitions():
                yield from part
            return
        # SQLite: the driver's rows (time stamps stay text; the export cuts them to the minute).
        cur = conn.execute(q).cursor
        while True:
            chunk = cur.fetchmany(5000)
            if not chunk:
                return
            yield from chunk


def _refunded(db: Database, household_id: int) -> dict[int, int]:
    t = Transaction
    with db.read() as s:
        return dict(s.execute(select(t.refund_of_id, func.sum(t.amount_fen))
                              .where(t.household_id == household_id, t.refund_of_id.is_not(None))
                              .group_by(t.refund_of_id)).all())


def export_csv(db: Database, members: Sequence[MemberView], path: str | Path, flt: HistoryFilter) -> int:
    """Write the filtered history (newest first) to ``path``; ``members``: the household's. Returns the number
    of records written. (The public way: ``col.history.export_csv(path, flt)``.)

    One column per account holder: the change of that account by the record, signed — a payment negative, a refund,
    a contribution positive, a correction either — so a spreadsheet's sum of a column is the account's net change.
    Times to the minute; kinds, expenses and account parts in words of the user's language."""
    holders = [m for m in members if m.has_account]
    by_id = {m.id: m for m in members}
    acct_member = _account_members(db, flt.household_id)
    header = [tr(h) for _, h in COLUMNS] + [  # i18n: marked
       _holder(m.name, m.id_number) for m in holders]
    n = 0
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    kinds = {k: neutralise(kind_label(k)) for k in TXN_KINDS}
    parts = {k: tr(v) for k, v in PART_WORDS.items()}  # i18n: marked
    holder_of = {a: _holder(by_id[m].name, by_id[m].id_number) for a, m in acct_member.items()}
    column_of = {a: i for i, h in enumerate(holders) for a, m in acct_member.items() if m == h.id}
    who = {m.id: (neutralise(m.name), neutralise(ids.mask(m.id_number))) for m in members}
    expenses = {k: neutralise(expense_label(k)) for k in (*EXPENSE_KINDS, *ADJUSTMENT_REASONS)}
    refunded = _refunded(db, flt.household_id)
    yuan = _fast_yuan
    width = range(len(holders))
    with open_private(tmp, "w", encoding="utf-8-sig", newline="") as fh:  # 0600: names, masked IDs
        w = csv.writer(fh)
        w.writerow([neutralise(h) for h in header])
        # Every text cell neutralised (CSV injection: a member named "=cmd|..." shows up in the member and the
        # ledger-entries columns too); the numbers gongji formats itself stay numbers.
        last = None
        row: list = []
        ent: list[str] = []
        per: dict[int, int] = {}
        for tid, at, kind, mid, amount, oop, expense, note, ref, acct, part, fen in _stream(db, flt):
            if tid != last:
                if last is not None:
                    row[11] = neutralise("; ".join(ent))
                    w.writerow(row + [yuan(per[i]) if i in per else "" for i in width])
                    n += 1
                last = tid
                ent = []
                per = {}
                name, masked = who[mid]
                row = [tid, _fmt_time(at), kinds[kind], name, masked, yuan(amount), yuan(oop),
                       expenses.get(expense) or neutralise(expense or ""), neutralise(note), ref or "",
                       yuan(refunded.get(tid, 0)) if kind == "payment" else "", ""]
            if acct is not None:
                ent.append(f"{holder_of[acct]}:{parts[part]}:{yuan(fen)}")
                c = column_of[acct]
                per[c] = per.get(c, 0) + fen
        if last is not None:
            row[11] = neutralise("; ".join(ent))
            w.writerow(row + [yuan(per[i]) if i in per else "" for i in width])
            n += 1
    tmp.replace(path)
    return n


def _account_members(db: Database, household_id: int) -> dict[int, int]:
    with db.read() as s:
        return dict(s.execute(select(Account.id, Account.member_id).join(Member, Member.id == Account.member_id)
                              .where(Member.household_id == household_id)).all())


def _entries_for(db: Database, txn_ids: Sequence[int]) -> dict[int, list[tuple[int, str, int]]]:
    out: dict[int, list[tuple[int, str, int]]] = {}
    with db.read() as s:
        for tid, acct, part, amt in s.execute(select(LedgerEntry.txn_id, LedgerEntry.account_id, LedgerEntry.part,
                                                     LedgerEntry.amount_fen).where(LedgerEntry.txn_id.in_(txn_ids))
                                              .order_by(LedgerEntry.txn_id, LedgerEntry.seq)):
            out.setdefault(tid, []).append((acct, part, amt))
    return out


# ----------------------------------------------------------------------------------------------- generated data

NOTES = ("社区医院", "同仁堂药店", "北京协和医院", "大药房", "口腔门诊", "眼科医院", "中医院", "体检中心")


def generate(members: Sequence[tuple[int, int | None]], balances: dict[int, list[int]], n: int, *, seed: int,
             start: datetime, end: datetime) -> list[NewTxn]:
    """n plausible transactions (credits, payments split own-first then others, some refunds), oldest first.

    ``members``: (member id, account id or None). ``balances``: account id → [balance, prior], updated."""
    rnd = random.Random(seed)
    holders = [(m, a) for m, a in members if a is not None]
    span = (end - start).total_seconds()
    step = span / max(n, 1)
    out: list[NewTxn] = []
    recent: list[tuple[int, NewTxn]] = []
    kinds = ("outpatient", "pharmacy", "pharmacy", "inpatient", "outpatient")
    for i in range(n):
        when = start + timedelta(seconds=i * step + rnd.random() * step * 0.9)
        when = when.replace(microsecond=0)
        r = rnd.random()
        if r < 0.2 or not out:
            m, a = holders[rnd.randrange(len(holders))]
            amt = rnd.randrange(10_000, 60_000)
            part = "prior" if rnd.random() < 0.3 else "current"
            balances[a][0] += amt
            if part == "prior":
                balances[a][1] += amt
            out.append(NewTxn("credit", m, amt, when, note="单位划入", entries=[(a, part, amt)]))
            continue
        if r < 0.23 and recent:
            idx, pay = recent.pop(rnd.randrange(len(recent)))
            back = [(a, p, -f) for a, p, f in reversed(pay.entries)]
            for a, p, f in back:
                balances[a][0] += f
                if p == "prior":
                    balances[a][1] += f
            out.append(NewTxn("refund", pay.member_id, pay.amount_fen, when, pay.out_of_pocket_fen,
                              pay.expense_kind, "退费", ("row", idx), back))
            continue
        m, own = members[rnd.randrange(len(members))]
        amt = rnd.randrange(500, 80_000)
        rest = amt
        entries = []
        order = [own] + [a for _, a in holders if a != own] if own is not None else [a for _, a in holders]
        for a in order[:3]:
            if a is None or rest == 0:
                continue
            b, pr = balances[a]
            take = min(b, rest)
            if take <= 0:
                continue
            cur = min(b - pr, take)
            if cur:
                entries.append((a, "current", -cur))
            if take - cur:
                entries.append((a, "prior", -(take - cur)))
            balances[a][0] -= take
            balances[a][1] -= take - cur
            rest -= take
        t = NewTxn("payment", m, amt, when, rest, kinds[i % 5], NOTES[i % len(NOTES)], None, entries)
        out.append(t)
        recent.append((len(out) - 1, t))
        if len(recent) > 50:
            recent.pop(0)
    return out


def bulk_generate(db: Database, household_id: int, n: int, seed: int = 1, *, chunk: int = 100_000,
                  start: datetime | None = None, end: datetime | None = None, operator: str = "bench") -> int:
    """Create ``n`` transactions for the household's members through :func:`write_bulk`, in one transaction."""
    end = end or datetime.now().replace(microsecond=0) - timedelta(days=1)
    start = start or end - timedelta(days=3650)
    with db.read() as s:
        members = list(s.execute(select(Member.id, Account.id).outerjoin(Account, Account.member_id == Member.id)
                                 .where(Member.household_id == household_id).order_by(Member.id)).all())
        bal = {a: [b, p] for a, b, p in s.execute(select(Account.id, Account.balance_fen, Account.prior_years_fen)
                                                  .join(Member).where(Member.household_id == household_id))}
    if not any(a for _, a in members):
        raise InvalidInput(tr("The household needs at least one member with a personal account."))
    done = 0
    total_span = (end - start) / max(n, 1)
    with db.write() as s:
        conn = s.connection()
        while done < n:
            k = min(chunk, n - done)
            c_start = start + total_span * done
            txns = generate(members, bal, k, seed=seed + done, start=c_start, end=c_start + total_span * k)
            write_bulk(conn, household_id, txns, operator=operator, recorded_at=end)
            done += k
    return done


__all__ = ["export_csv", "write_bulk", "bulk_generate", "generate", "NewTxn", "COLUMNS"]
