"""CSV export and import of the history, and the bulk write path (also used by the benchmark).

Export: UTF-8 with a BOM (so Excel on Windows shows Chinese correctly), one row per transaction, amounts in yuan
with 2 decimals, ID numbers masked (never a full ID in a file), the split as one column per account holder, plus a
"ledger entries" column that keeps the exact entries in charging order so an import rebuilds the same ledger.

Import: every row is checked first (bad rows are reported together with their line numbers and nothing is
written); then all rows go in ONE transaction through :func:`write_bulk` (SQLAlchemy Core executemany for the
transactions, the ledger entries and the balance updates). A balance always equals the sum of its entries.
"""
from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import bindparam, column, func, insert, select, table, update
from sqlalchemy.engine import Connection

from core import history, ids
from core.errors import InvalidInput
from core.history import HistoryFilter, kind_label
from core.i18n import tr
from core.money import MAX_FEN, format_fen, parse_yuan
from core.schema import EXPENSE_KINDS, TXN_KINDS, Account, LedgerEntry, Member, Transaction
from core.service import INELIGIBLE_EXPENSES, Changes, Gongji, OpResult, clean_text, expense_label
from core.store import Database

MAX_REPORTED_ERRORS = 50
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

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


def _safe_cell(text: str) -> str:
    """Keep spreadsheet programs from running a note as a formula (CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _unsafe_cell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def _fmt_time(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S.%f" if t.microsecond else "%Y-%m-%d %H:%M:%S")


# ----------------------------------------------------------------------------------------------- export

def export_csv(g: Gongji, path: str | Path, flt: HistoryFilter) -> int:
    """Write the filtered history (newest first) to ``path``. Returns the number of records written."""
    db = g.db
    members = g.list_members(flt.household_id)
    holders = [m for m in members if m.has_account]
    by_id = {m.id: m for m in members}
    acct_member = _account_members(db, flt.household_id)
    header = [tr(h) for _, h in COLUMNS] + [  # i18n: marked
       _holder(m.name, m.id_number) for m in holders]
    n = 0
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    kinds = {k: kind_label(k) for k in TXN_KINDS}
    holder_of = {a: _holder(by_id[m].name, by_id[m].id_number) for a, m in acct_member.items()}
    masked = {m.id: ids.mask(m.id_number) for m in members}
    expenses = {k: expense_label(k) for k in EXPENSE_KINDS}
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        after = None
        while True:
            keys = history.page_keys(db, flt, 2000, after=after)
            if not keys:
                break
            after = keys[-1]
            entries = _entries_for(db, [k[1] for k in keys])
            for r in history.rows(db, [k[1] for k in keys]):
                m = by_id[r.member_id]
                ent = "; ".join(f"{holder_of[a]}:{part}:{_yuan(amt)}" for a, part, amt in entries.get(r.id, ()))
                per = {s.member_id: s.amount_fen for s in r.splits}
                w.writerow([r.id, _fmt_time(r.occurred_at), kinds[r.kind], m.name, masked[m.id],
                            _yuan(r.amount_fen), _yuan(r.out_of_pocket_fen),
                            expenses.get(r.expense_kind) or r.expense_kind or "", _safe_cell(r.note),
                            r.refund_of_id or "", _yuan(r.refunded_fen) if r.kind == "payment" else "", ent]
                           + [_yuan(per[h.id]) if h.id in per else "" for h in holders])
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


# ----------------------------------------------------------------------------------------------- bulk write

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


_LIGHT_TRANSACTIONS = table("transactions", *(column(c.name) for c in Transaction.__table__.columns))
_LIGHT_ENTRIES = table("ledger_entries", *(column(c.name) for c in LedgerEntry.__table__.columns
                                           if c.name != "id"))


def write_bulk(conn: Connection, household_id: int, txns: Sequence[NewTxn], *, operator: str,
               recorded_at: datetime) -> list[int]:
    """Insert already-validated transactions with their entries and move the balances: three executemany calls
    and one executemany update. Runs inside the caller's transaction. Returns the new ids, in order."""
    if not txns:
        return []
    sqlite = conn.dialect.name == "sqlite"
    # On SQLite, time stamps go in already in SQLAlchemy's storage form and through untyped table clauses, so no
    # per-value type processing runs (the same text the ORM writes and reads: "YYYY-MM-DD HH:MM:SS.ffffff").
    ts = (lambda d: d.isoformat(" ", "microseconds")) if sqlite else (lambda d: d)
    t_table = _LIGHT_TRANSACTIONS if sqlite else Transaction.__table__
    e_table = _LIGHT_ENTRIES if sqlite else LedgerEntry.__table__
    recorded = ts(recorded_at)
    first = (conn.scalar(select(func.max(Transaction.id))) or 0) + 1
    new_ids = list(range(first, first + len(txns)))
    t_rows = []
    e_rows = []
    bal: dict[int, list[int]] = {}
    for tid, t in zip(new_ids, txns):
        ref = t.refund_of
        if isinstance(ref, tuple):
            ref = new_ids[ref[1]]
        t_rows.append({"id": tid, "household_id": household_id, "kind": t.kind, "member_id": t.member_id,
                       "amount_fen": t.amount_fen, "out_of_pocket_fen": t.out_of_pocket_fen,
                       "expense_kind": t.expense_kind, "note": t.note, "occurred_at": ts(t.occurred_at),
                       "recorded_at": recorded, "refund_of_id": ref, "operator": operator})
        for seq, (acct, part, amt) in enumerate(t.entries):
            e_rows.append({"txn_id": tid, "account_id": acct, "seq": seq, "part": part, "amount_fen": amt})
            b = bal.setdefault(acct, [0, 0])
            b[0] += amt
            if part == "prior":
                b[1] += amt
    conn.execute(insert(t_table), t_rows)
    if e_rows:
        conn.execute(insert(e_table), e_rows)
    acc = Account.__table__
    if bal:
        conn.execute(update(acc).where(acc.c.id == bindparam("aid"))
                     .values(balance_fen=acc.c.balance_fen + bindparam("d"),
                             prior_years_fen=acc.c.prior_years_fen + bindparam("dp")),
                     [{"aid": a, "d": d, "dp": dp} for a, (d, dp) in bal.items()])
    return new_ids


# ----------------------------------------------------------------------------------------------- import

def _read_text(path: Path) -> str:
    data = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):  # Excel in China saves "CSV" as GBK
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InvalidInput(tr("The file {file} is not a text file in UTF-8 or GBK.", file=path.name), field="file")


def _header_map(header: list[str]) -> dict[str, int]:
    known = {}
    for key, text in COLUMNS:
        known[text.casefold()] = key
        known[tr(text).casefold()] = key  # i18n: marked
        known[key] = key
    out: dict[str, int] = {}
    for i, h in enumerate(header):
        k = known.get(h.strip().casefold())
        if k and k not in out:
            out[k] = i
    return out


def _parse_time(raw: str) -> datetime:
    s = raw.strip().replace("/", "-").replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            continue
    raise InvalidInput(tr("\u201c{raw}\u201d is not a date; write it like 2025-03-01 14:30.", raw=raw[:40]))


def _choice_map(codes: Iterable[str], label) -> dict[str, str]:
    out = {}
    for c in codes:
        out[c.casefold()] = c
        out[label(c).casefold()] = c
    return out


class _Rows:
    """Validation state while reading a file: balances as they will be after each row."""

    def __init__(self, g: Gongji, household_id: int):
        self.g = g
        self.members = g.list_members(household_id)
        with g.db.read() as s:
            self.accounts = {m: a for a, m in _account_members(g.db, household_id).items()}
            accts = list(self.accounts.values())
            rows = s.execute(select(Account.id, Account.balance_fen, Account.prior_years_fen)
                             .where(Account.id.in_(accts))).all() if accts else []
        self.balance = {a: [b, p] for a, b, p in rows}
        self.by_holder: dict[str, list] = {}
        for m in self.members:
            self.by_holder.setdefault(f"{m.name}[{ids.mask(m.id_number)}]", []).append(m)
        self.by_name: dict[str, list] = {}
        for m in self.members:
            self.by_name.setdefault(m.name, []).append(m)

    def member(self, name: str, masked: str):
        name, masked = name.strip(), masked.strip()
        if not name:
            raise InvalidInput(tr("the member is missing"))
        hits = self.by_holder.get(f"{name}[{masked}]", []) if masked else self.by_name.get(name, [])
        if masked and not hits and len(masked) == 18 and "*" not in masked:
            hits = [m for m in self.by_name.get(name, []) if m.id_number == ids.normalise(masked)]
        if not hits:
            raise InvalidInput(tr("no member \u201c{who}\u201d in this household", who=f"{name} {masked}".strip()))
        if len(hits) > 1:
            raise InvalidInput(tr("more than one member matches \u201c{who}\u201d", who=name))
        return hits[0]


def _parse_entries(st: _Rows, raw: str) -> list[tuple[int, int, str, int]]:
    """'name[masked]:part:amount; ...' → [(member id, account id, part, fen)]."""
    out = []
    for item in (x.strip() for x in raw.split(";")):
        if not item:
            continue
        try:
            who, part, amount = item.rsplit(":", 2)
        except ValueError:
            raise InvalidInput(tr("ledger entry \u201c{e}\u201d must look like name[ID]:current:-12.00",
                                  e=item[:60])) from None
        if "[" in who and who.endswith("]"):
            name, masked = who[:-1].split("[", 1)
        else:
            name, masked = who, ""
        m = st.member(name, masked)
        acct = st.accounts.get(m.id)
        if acct is None:
            raise InvalidInput(tr("{name} has no personal account", name=m.name))
        if part.strip() not in ("current", "prior"):
            raise InvalidInput(tr("account part must be current or prior, not \u201c{p}\u201d", p=part[:20]))
        fen = parse_yuan(amount, allow_negative=True)
        out.append((m.id, acct, part.strip(), fen))
    return out


def _checked_rows(reader, name: str):
    """The reader's rows; a file the csv module cannot split into rows is refused with its line number."""
    try:
        yield from reader
    except csv.Error as exc:
        raise InvalidInput(tr("The file {file} is not a valid CSV file (line {line}): {detail}", file=name,
                              line=reader.line_num, detail=exc), field="file") from None


def read_csv(g: Gongji, household_id: int, path: str | Path) -> list[NewTxn]:
    """Parse and check every row; raise one InvalidInput listing all bad rows (line: message)."""
    path = Path(path)
    g.household(household_id)
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = _checked_rows(reader, path.name)
    try:
        header = next(rows)
    except StopIteration:
        raise InvalidInput(tr("The file {file} is empty.", file=path.name), field="file") from None
    cols = _header_map(header)
    missing = [tr(dict(COLUMNS)[k]) for k in REQUIRED if k not in cols]  # i18n: marked
    if missing:
        raise InvalidInput(tr("The file {file} lacks the columns: {cols}.", file=path.name, cols=", ".join(missing)),
                           field="file")
    st = _Rows(g, household_id)
    kinds = _choice_map(TXN_KINDS, kind_label)
    expenses = _choice_map(EXPENSE_KINDS + INELIGIBLE_EXPENSES, expense_label)
    latest = g.clock() + timedelta(minutes=5)
    parsed: list[tuple[int, int | None, NewTxn]] = []  # (line, file id, txn)
    errors: list[tuple[int, str]] = []
    file_ids: dict[int, int] = {}
    for row in rows:
        line = reader.line_num
        if not any(c.strip() for c in row):
            continue

        def cell(key: str) -> str:
            i = cols.get(key)
            return row[i] if i is not None and i < len(row) else ""
        try:
            fid = None
            if cell("id").strip():
                if not cell("id").strip().isdigit():
                    raise InvalidInput(tr("the record number \u201c{v}\u201d is not a whole number",
                                          v=cell("id")[:20]))
                fid = int(cell("id"))
                if fid in file_ids:
                    raise InvalidInput(tr("record {id} appears twice (also on line {line})", id=fid,
                                          line=file_ids[fid]))
            kind = kinds.get(cell("kind").strip().casefold())
            if kind is None:
                raise InvalidInput(tr("unknown kind \u201c{k}\u201d", k=cell("kind")[:30]))
            when = _parse_time(cell("time"))
            if when > latest:
                raise InvalidInput(tr("the date {d} is in the future", d=when.strftime("%Y-%m-%d %H:%M")))
            if when.year < 2000:
                raise InvalidInput(tr("the date {d} is too far in the past", d=when.strftime("%Y-%m-%d")))
            m = st.member(cell("member"), cell("id_number"))
            amount = parse_yuan(cell("amount"), allow_negative=kind == "adjustment")
            oop = parse_yuan(cell("out_of_pocket") or "0", allow_zero=True)
            note = clean_text(_unsafe_cell(cell("note")), field="note", label=tr("the note"), max_len=500,
                              required=False, multiline=True)
            expense = None
            if kind in ("payment", "refund"):
                expense = expenses.get(cell("expense").strip().casefold())
                if expense is None:
                    raise InvalidInput(tr("unknown expense \u201c{e}\u201d", e=cell("expense")[:30]))
                if kind == "payment" and expense in INELIGIBLE_EXPENSES:
                    raise InvalidInput(tr("{kind} cannot be paid from a personal account",
                                          kind=expense_label(expense)))
            entries = _parse_entries(st, cell("entries"))
            total = sum(e[3] for e in entries)
            ref: int | tuple[str, int] | None = None
            if kind == "payment":
                if any(e[3] > 0 for e in entries):
                    raise InvalidInput(tr("a payment can only take money from accounts (negative entries)"))
                if amount != oop - total:
                    raise InvalidInput(tr("the amount {a} is not the accounts' part {p} plus out of pocket {o}",
                                          a=_yuan(amount), p=_yuan(-total), o=_yuan(oop)))
            elif kind == "refund":
                if any(e[3] < 0 for e in entries):
                    raise InvalidInput(tr("a refund can only give money back (positive entries)"))
                if amount != oop + total:
                    raise InvalidInput(tr("the amount {a} is not the accounts' part {p} plus out of pocket {o}",
                                          a=_yuan(amount), p=_yuan(total), o=_yuan(oop)))
                raw_ref = cell("refund_of").strip()
                if not raw_ref.isdigit():
                    raise InvalidInput(tr("a refund needs the record number of its payment"))
                ref = int(raw_ref)
            else:
                if oop:
                    raise InvalidInput(tr("only payments and refunds have an out-of-pocket part"))
                if any(e[0] != m.id for e in entries) or total != amount or not entries:
                    raise InvalidInput(tr("a {kind} must move exactly its amount on {name}'s own account",
                                          kind=kind_label(kind), name=m.name))
            t = NewTxn(kind=kind, member_id=m.id, amount_fen=amount, occurred_at=when, out_of_pocket_fen=oop,
                       expense_kind=expense, note=note, refund_of=ref,
                       entries=[(a, p, f) for _, a, p, f in entries])
            if fid is not None:
                file_ids[fid] = line
            parsed.append((line, fid, t))
        except InvalidInput as exc:
            errors.append((line, exc.message))
    # Insertion order: by the file's record numbers when given (a refund always follows its payment), else by date.
    parsed.sort(key=lambda x: (x[1] is None, x[1] or 0, x[2].occurred_at))
    index_of = {fid: i for i, (_, fid, _) in enumerate(parsed) if fid is not None}
    payments: dict[object, dict] = {}
    out: list[NewTxn] = []
    for i, (line, fid, t) in enumerate(parsed):
        try:
            if t.kind == "refund":
                ref = t.refund_of
                assert isinstance(ref, int)
                if ref in index_of:
                    key: object = ("row", index_of[ref])
                    if index_of[ref] > i:
                        raise InvalidInput(tr("the refund comes before its payment {id}", id=ref))
                    p = payments.get(key)
                    if p is None and parsed[index_of[ref]][2].kind == "payment":
                        raise InvalidInput(tr("its payment {id} cannot be imported (see its line)", id=ref))
                    if p is None:
                        raise InvalidInput(tr("record {id} is not a payment", id=ref))
                    t.refund_of = key  # type: ignore[assignment]
                else:
                    key = ref
                    p = payments.get(key) or _db_payment(g, household_id, ref)
                    if p is None:
                        raise InvalidInput(tr("there is no payment {id} to refund in this household", id=ref))
                    payments[key] = p
                if t.member_id != p["member"]:
                    raise InvalidInput(tr("the refund is for another member than payment {id}", id=ref))
                if t.amount_fen > p["left"]:
                    raise InvalidInput(tr("refund {a} is more than what is left of payment {id} ({left})",
                                          a=_yuan(t.amount_fen), id=ref, left=_yuan(p["left"])))
                for a, _, f in t.entries:
                    if f > p["taken"].get(a, 0):
                        raise InvalidInput(tr("the refund gives back more to an account than payment {id} took "
                                              "from it", id=ref))
            # Balances after this row: never below zero, prior-years part within the balance.
            trial = {a: list(st.balance[a]) for a, _, _ in t.entries}
            for a, part, f in t.entries:
                trial[a][0] += f
                if part == "prior":
                    trial[a][1] += f
            for a, (b, pr) in trial.items():
                if b < 0 or pr < 0 or pr > b or b > MAX_FEN * 100:
                    who = next(m.name for m in st.members if st.accounts.get(m.id) == a)
                    raise InvalidInput(tr("this would leave {name}'s account below zero", name=who))
            st.balance.update(trial)
            if t.kind == "refund":
                p["left"] -= t.amount_fen
                for a, _, f in t.entries:
                    p["taken"][a] -= f
            if t.kind == "payment":
                taken: dict[int, int] = {}
                for a, _, f in t.entries:
                    taken[a] = taken.get(a, 0) - f
                payments[("row", i)] = {"member": t.member_id, "left": t.amount_fen, "taken": taken}
            out.append(t)
        except InvalidInput as exc:
            errors.append((line, exc.message))
    if errors:
        errors.sort()
        lines = [tr("line {n}: {msg}", n=n, msg=msg) for n, msg in errors[:MAX_REPORTED_ERRORS]]
        if len(errors) > MAX_REPORTED_ERRORS:
            lines.append(tr("... and {n} more rows with problems", n=len(errors) - MAX_REPORTED_ERRORS))
        raise InvalidInput(tr("Nothing was imported from {file}: {n} rows have problems.\n{rows}", file=path.name,
                              n=len(errors), rows="\n".join(lines)), field="file")
    return out


def _db_payment(g: Gongji, household_id: int, ref: int) -> dict | None:
    with g.db.read() as s:
        t = s.get(Transaction, ref)
        if t is None or t.kind != "payment" or t.household_id != household_id:
            return None
        refunded = s.scalar(select(func.coalesce(func.sum(Transaction.amount_fen), 0))
                            .where(Transaction.refund_of_id == ref)) or 0
        taken: dict[int, int] = {}
        for acct, amt in s.execute(select(LedgerEntry.account_id, LedgerEntry.amount_fen)
                                   .join(Transaction, Transaction.id == LedgerEntry.txn_id)
                                   .where((Transaction.id == ref) | (Transaction.refund_of_id == ref))):
            taken[acct] = taken.get(acct, 0) - amt
        return {"member": t.member_id, "left": t.amount_fen - refunded, "taken": taken}


def import_csv(g: Gongji, household_id: int, path: str | Path) -> OpResult[int]:
    """Import past payments, refunds, contributions and corrections: all rows or none."""
    txns = read_csv(g, household_id, path)
    if not txns:
        return OpResult(0, Changes(), tr("The file has no records; nothing was imported."))
    with g.db.write() as s:
        new_ids = write_bulk(s.connection(), household_id, txns, operator=g.actor, recorded_at=g.clock())
    holders = _account_members(g.db, household_id)  # account id -> member id
    touched = frozenset(holders[a] for t in txns for a, _, _ in t.entries)
    return OpResult(len(new_ids), Changes(transactions=frozenset(new_ids), balances=touched),
                    tr("{n} records imported.", n=len(new_ids)))


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


__all__ = ["export_csv", "import_csv", "read_csv", "write_bulk", "bulk_generate", "generate", "NewTxn", "COLUMNS"]
