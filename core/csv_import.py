"""CSV import: every row is checked first (bad rows are reported together with their line numbers and nothing is
written); then all rows go in ONE transaction through :func:`core.csvio.write_bulk`. The format is the export's
(:mod:`core.csvio`). ``g`` below is an open :class:`core.collection.Collection`.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from core.codes import ADJUSTMENT_REASONS
from core import ids
from core.csvio import (COLUMNS, MAX_REPORTED_ERRORS, PART_WORDS, REQUIRED, NewTxn, _account_members, _yuan,
                        write_bulk)
from core.errors import InvalidInput
from core.csvsafe import restore
from core.i18n import in_every_language, tr
from core.labels import INELIGIBLE_EXPENSES, expense_label, kind_label
from core.money import MAX_FEN, parse_yuan
from core.schema import EXPENSE_KINDS, TXN_KINDS, Account, LedgerEntry, Transaction
from core.validate import clean_text
from core.views import Changes, OpResult

if TYPE_CHECKING:
    from core.collection import Collection

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
        for shown in in_every_language(text):  # a file exported under either UI language
            known[shown.casefold()] = key
        known[key] = key
    out: dict[str, int] = {}
    for i, h in enumerate(header):
        k = known.get(restore(h).strip().casefold())
        if k and k not in out:
            out[k] = i
    return out


def _parse_time(raw: str) -> datetime:
    s = raw.strip().replace("/", "-").replace("T", " ")
    if len(s) in (16, 19, 26) and s[4] == "-" and s[7] == "-" and s[10] == " " and s[13] == ":":
        # What gongji writes (to the minute; older files: seconds, microseconds): the C parser, a tenth of the time
        try:
            got = datetime.fromisoformat(s)
            if got.tzinfo is None:
                return got
        except ValueError:
            pass
    for fmt in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            continue
    raise InvalidInput(tr("\u201c{raw}\u201d is not a date; write it like 2025-03-01 14:30.", raw=raw[:40]))


_PLAIN_AMOUNT = re.compile(r"(-?)([0-9]{1,11})\.([0-9]{2})")


def _amount(raw: str, *, allow_zero: bool = False, allow_negative: bool = False) -> int:
    """parse_yuan for the amounts gongji writes ("-12.00"), without its general parser; anything else — and any
    amount parse_yuan would refuse — goes to parse_yuan (the one place for the rules and the messages)."""
    m = _PLAIN_AMOUNT.fullmatch(raw)
    if m is not None:
        fen = int(m[2]) * 100 + int(m[3])
        if m[1]:
            fen = -fen
        if (fen > 0 or (fen < 0 and allow_negative)) and abs(fen) <= MAX_FEN:
            return fen
    return parse_yuan(raw, allow_zero=allow_zero, allow_negative=allow_negative)


def _choice_map(codes: Iterable[str], label) -> dict[str, str]:
    out = {}
    for c in codes:
        out[c.casefold()] = c
        for shown in in_every_language(label(c)):  # a file exported under either UI language
            out[shown.casefold()] = c
    return out


class _Rows:
    """Validation state while reading a file: balances as they will be after each row."""

    def __init__(self, g: Collection, household_id: int):
        self.g = g
        self.members = g.members.list(household_id)
        with g.db.read() as s:
            self.accounts = {m: a for a, m in _account_members(g.db, household_id).items()}
            accts = list(self.accounts.values())
            rows = s.execute(select(Account.id, Account.balance_fen, Account.prior_years_fen)
                             .where(Account.id.in_(accts))).all() if accts else []
        self.balance = {a: [b, p] for a, b, p in rows}
        self.by_holder: dict[str, list] = {}
        for m in self.members:
            self.by_holder.setdefault(f"{m.name}[{ids.mask(m.id_number)}]", []).append(m)
        # Account parts: the words of either language (PART_WORDS) and the codes older exports wrote.
        self.parts = _choice_map(PART_WORDS, lambda c: tr(PART_WORDS[c]))  # i18n: marked
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
            raise InvalidInput(tr("ledger entry \u201c{e}\u201d must look like name[ID]:{part}:-12.00",
                                  e=item[:60], part=tr(PART_WORDS["current"]))) from None  # i18n: marked
        if "[" in who and who.endswith("]"):
            name, masked = who[:-1].split("[", 1)
        else:
            name, masked = who, ""
        m = st.member(name, masked)
        acct = st.accounts.get(m.id)
        if acct is None:
            raise InvalidInput(tr("{name} has no personal account", name=m.name))
        code = st.parts.get(part.strip().casefold())
        if code is None:
            raise InvalidInput(tr("account part must be {a} or {b}, not \u201c{p}\u201d", p=part[:20],
                                  a=tr(PART_WORDS["current"]), b=tr(PART_WORDS["prior"])))  # i18n: marked
        fen = _amount(amount.strip(), allow_negative=True)
        out.append((m.id, acct, code, fen))
    return out


def cells_get(cells: dict[str, str]):
    """cell(key) → the row's text in that column ("" when the file has no such column)."""
    return lambda key: cells.get(key, "")


def _note(raw: str) -> str:
    try:  # the label is translated only for a message
        return clean_text(raw, field="note", label="", max_len=500, required=False, multiline=True)
    except InvalidInput:
        return clean_text(raw, field="note", label=tr("the note"), max_len=500, required=False, multiline=True)


def _checked_rows(reader, name: str):
    """The reader's rows; a file the csv module cannot split into rows is refused with its line number."""
    try:
        yield from reader
    except csv.Error as exc:
        raise InvalidInput(tr("The file {file} is not a valid CSV file (line {line}): {detail}", file=name,
                              line=reader.line_num, detail=exc), field="file") from None


def read_csv(g: Collection, household_id: int, path: str | Path) -> list[NewTxn]:
    """Parse and check every row; raise one InvalidInput listing all bad rows (line: message)."""
    path = Path(path)
    g.households.get(household_id)
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
    reasons = _choice_map(ADJUSTMENT_REASONS, expense_label)
    latest = g.clock() + timedelta(minutes=5)
    parsed: list[tuple[int, int | None, NewTxn]] = []  # (line, file id, txn)
    errors: list[tuple[int, str]] = []
    file_ids: dict[int, int] = {}
    for row in rows:
        line = reader.line_num
        if not any(c.strip() for c in row):
            continue

        width = len(row)
        cells = {k: restore(row[i]) if i < width else "" for k, i in cols.items()}  # undo csvsafe.neutralise
        cell = cells_get(cells)
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
            amount = _amount(cell("amount").strip(), allow_negative=kind == "adjustment")
            oop_raw = cell("out_of_pocket").strip()
            oop = 0 if oop_raw in ("", "0", "0.00") else _amount(oop_raw, allow_zero=True)
            note = _note(cell("note"))
            expense = None
            if kind == "adjustment" and cell("expense").strip():  # why it was made: reconciling with the app
                expense = reasons.get(cell("expense").strip().casefold())
                if expense is None:
                    raise InvalidInput(tr("unknown expense \u201c{e}\u201d", e=cell("expense")[:30]))
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


def _db_payment(g: Collection, household_id: int, ref: int) -> dict | None:
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


def import_csv(g: Collection, household_id: int, path: str | Path) -> OpResult[int]:
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


__all__ = ["read_csv", "import_csv"]
