"""The bulk write path: many already-validated transactions with their ledger entries in one database transaction
(the CSV import, generated ledgers for the demo and the benchmarks), two executemany inserts and one of balances.

Every ledger entry also gets its copies of its transaction's time and of "paid for someone else" (migration 0007).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.engine import Connection

from core.chain import SEALED, open_tails, row_digest
from core.schema import Account, LedgerEntry, Transaction


@dataclass
class NewTxn:
    kind: str
    member_id: int
    amount_fen: int
    occurred_at: datetime
    out_of_pocket_fen: int = 0
    expense_kind: str | None = None
    note: str = ""
    #: An existing transaction id, or ("row", index into the same batch).
    refund_of: int | tuple[str, int] | None = None
    #: (account id, part, signed amount) in charging order.
    entries: list[tuple[int, str, int]] = field(default_factory=list)


_T_FIELDS = SEALED["transactions"]
#: An entry's sealed fields, its seal, then its copies of its transaction's time and of "paid for someone else"
#: (migration 0007; not covered by the seal).
_E_COLUMNS = (*SEALED["ledger_entries"], "row_hash", "occurred_at", "for_other")
_INSERT_T = (f"INSERT INTO transactions ({', '.join(_T_FIELDS)}, row_hash) "
             f"VALUES ({', '.join('?' * (len(_T_FIELDS) + 1))})")
_INSERT_E = f"INSERT INTO ledger_entries ({', '.join(_E_COLUMNS)}) VALUES ({', '.join('?' * len(_E_COLUMNS))})"


def _owners(conn: Connection, txns: Sequence[NewTxn]) -> dict[int, int]:
    """account id -> its member, for the accounts the batch's entries move (for_other, migration 0007)."""
    accts = {a for t in txns for a, _p, _f in t.entries}
    if not accts:
        return {}
    return dict(conn.execute(select(Account.id, Account.member_id).where(Account.id.in_(sorted(accts)))).all())


def write_bulk(conn: Connection, household_id: int, txns: Sequence[NewTxn], *, operator: str,
               recorded_at: datetime) -> list[int]:
    """Insert already-validated transactions with their entries and move the balances: two executemany inserts
    and one executemany update. Runs inside the caller's transaction. Returns the new ids, in order.

    On SQLite inside ``Database.write`` the rows are sealed as they are inserted (core.chain.open_tails: the chain
    goes on from each table's newest row), and go through the driver's executemany as tuples; elsewhere the seal at
    commit seals them."""
    if not txns:
        return []
    if conn.dialect.name != "sqlite":
        return _write_bulk_core(conn, household_id, txns, operator=operator, recorded_at=recorded_at)
    first = (conn.scalar(select(func.max(Transaction.id))) or 0) + 1
    eid = conn.scalar(select(func.max(LedgerEntry.id))) or 0
    tails = open_tails(conn)
    sealing = tails is not None and tails["transactions"][0] == first - 1 and tails["ledger_entries"][0] == eid
    prev_t = tails["transactions"][1] if sealing else None
    prev_e = tails["ledger_entries"][1] if sealing else None
    new_ids = list(range(first, first + len(txns)))
    recorded = recorded_at.isoformat(" ", "microseconds")
    owner = _owners(conn, txns)
    t_rows = []
    e_rows = []
    bal: dict[int, list[int]] = {}
    for tid, t in zip(new_ids, txns):
        ref = _refund_target(t.refund_of, new_ids)
        row = (tid, household_id, t.kind, t.member_id, t.amount_fen, t.out_of_pocket_fen, t.expense_kind, t.note,
               t.occurred_at, recorded_at, ref, operator)
        if sealing:
            prev_t = row_digest("transactions", prev_t, row)
        at = t.occurred_at.isoformat(" ", "microseconds")
        t_rows.append((*row[:8], at, recorded, ref, operator, prev_t))
        for seq, (acct, part, amt) in enumerate(t.entries):
            eid += 1
            erow = (eid, tid, acct, seq, part, amt)
            if sealing:
                prev_e = row_digest("ledger_entries", prev_e, erow)
            e_rows.append((*erow, prev_e, at, owner[acct] != t.member_id))
            _add_balance(bal, acct, part, amt)
    conn.exec_driver_sql(_INSERT_T, t_rows)
    if e_rows:
        conn.exec_driver_sql(_INSERT_E, e_rows)
    if sealing:
        tails["transactions"] = (new_ids[-1], prev_t)
        if e_rows:
            tails["ledger_entries"] = (eid, prev_e)
    _move_balances(conn, bal)
    return new_ids


def _refund_target(ref, new_ids: list[int]):
    """A refund's payment: an id, or ``("new", i)`` for the i-th record of this same write."""
    return new_ids[ref[1]] if isinstance(ref, tuple) else ref


def _add_balance(bal: dict[int, list[int]], acct: int, part: str, amt: int) -> None:
    """What an entry moves on its account: (the balance, its prior-years part)."""
    b = bal.setdefault(acct, [0, 0])
    b[0] += amt
    if part == "prior":
        b[1] += amt


def _move_balances(conn: Connection, bal: dict[int, list[int]]) -> None:
    acc = Account.__table__
    if bal:
        conn.execute(update(acc).where(acc.c.id == bindparam("aid"))
                     .values(balance_fen=acc.c.balance_fen + bindparam("d"),
                             prior_years_fen=acc.c.prior_years_fen + bindparam("dp")),
                     [{"aid": a, "d": d, "dp": dp} for a, (d, dp) in bal.items()])


def _write_bulk_core(conn: Connection, household_id: int, txns: Sequence[NewTxn], *, operator: str,
                     recorded_at: datetime) -> list[int]:
    """write_bulk through SQLAlchemy Core (PostgreSQL): ids from the sequence for the entries; sealed at commit."""
    first = (conn.scalar(select(func.max(Transaction.id))) or 0) + 1
    new_ids = list(range(first, first + len(txns)))
    owner = _owners(conn, txns)
    t_rows = []
    e_rows = []
    bal: dict[int, list[int]] = {}
    for tid, t in zip(new_ids, txns):
        ref = _refund_target(t.refund_of, new_ids)
        t_rows.append({"id": tid, "household_id": household_id, "kind": t.kind, "member_id": t.member_id,
                       "amount_fen": t.amount_fen, "out_of_pocket_fen": t.out_of_pocket_fen,
                       "expense_kind": t.expense_kind, "note": t.note, "occurred_at": t.occurred_at,
                       "recorded_at": recorded_at, "refund_of_id": ref, "operator": operator})
        for seq, (acct, part, amt) in enumerate(t.entries):
            e_rows.append({"txn_id": tid, "account_id": acct, "seq": seq, "part": part, "amount_fen": amt,
                           "occurred_at": t.occurred_at, "for_other": owner[acct] != t.member_id})
            _add_balance(bal, acct, part, amt)
    conn.execute(insert(Transaction.__table__), t_rows)
    if conn.dialect.name == "postgresql":  # the ids were given: move the sequence past them, or the next write's
        conn.execute(text("SELECT setval(pg_get_serial_sequence('transactions', 'id'), :n)"),  # id is taken
                     {"n": new_ids[-1]})
    if e_rows:
        conn.execute(insert(LedgerEntry.__table__), e_rows)
    _move_balances(conn, bal)
    return new_ids


__all__ = ["NewTxn", "write_bulk"]
