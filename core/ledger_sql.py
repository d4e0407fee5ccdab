"""The write side of a payment and a refund as a few prepared statements in one transaction (no ORM unit of work).

:class:`core.ledger.Ledger` validates the input and calls :func:`pay` / :func:`refund` here. How the money is split
is decided by :mod:`core.rules` (the rule lives there once: :func:`core.rules.plan_payment`,
:func:`core.rules.plan_refund`); which bindings may pay is :func:`core._base.pool_eligible` (shared with the ORM
reads). This module reads balances and bindings with SQL, feeds the rule, and writes what it decided — the
transaction row, its ledger entries and the new balances, each row sealed (core.sqlwrite, core.chain).
"""
from __future__ import annotations

from datetime import datetime

from core import rules
from core._base import pool_eligible
from core.errors import InvalidInput, NotFound, RuleRefused
from core.i18n import tr
from core.labels import kind_label
from core.profiles import get_profile
from core.sqlwrite import Tx, sql_write
from core.validate import check_id_int
from core.views import Split, TxnView

_PAYER = ("SELECT m.id, m.household_id, m.name, m.status, h.profile_id, a.id, a.balance_fen, a.prior_years_fen "
          "FROM members m JOIN households h ON h.id = m.household_id LEFT JOIN accounts a ON a.member_id = m.id "
          "WHERE m.id = ?")
_POOLED = ("SELECT b.state, b.period_start, b.period_end, b.bound_at, b.position, am.id, am.name, am.status, aa.id, "
           "aa.balance_fen, aa.prior_years_fen FROM bindings b JOIN members am ON am.id = b.authorizer_id "
           "LEFT JOIN accounts aa ON aa.member_id = am.id WHERE b.user_id = ? AND b.state != 'ended' "
           "ORDER BY b.position, b.id")
_SET_BALANCE = "UPDATE accounts SET balance_fen = ?, prior_years_fen = ? WHERE id = ?"


class _Acct:
    __slots__ = ("id", "member_id", "name", "balance", "prior")

    def __init__(self, acct_id: int, member_id: int, name: str, balance: int, prior: int):
        self.id, self.member_id, self.name, self.balance, self.prior = acct_id, member_id, name, balance, prior


def debit_parts(balance: int, prior: int, amount: int, prior_only: bool) -> list[tuple[str, int]]:
    """How a charge is taken from the current-year and prior-years parts (current first unless prior only)."""
    if prior_only:
        return [("prior", -amount)]
    from_current = min(balance - prior, amount)
    return [("current", -from_current), ("prior", -(amount - from_current))]


def _post(tx: Tx, txn_id: int, acct: _Acct, parts: list[tuple[str, int]], seq: int, *, occurred_at: datetime,
          member_id: int) -> int:
    """Ledger entries for one account and its new balance (refused below zero). Returns the next seq.
    ``occurred_at`` / ``member_id``: the transaction's (copied on each entry, migration 0007)."""
    parts = list(parts)
    for part, amount in parts:
        if amount == 0:
            continue
        tx.insert_sealed("ledger_entries", (txn_id, acct.id, seq, part, amount), occurred_at=occurred_at,
                         for_other=acct.member_id != member_id)
        seq += 1
    acct.balance, acct.prior = rules.moved_balance(acct.balance, acct.prior, parts)
    tx.run(_SET_BALANCE, (acct.balance, acct.prior, acct.id))
    return seq


def _txn(tx: Tx, *, household_id: int, kind: str, member_id: int, amount_fen: int, out_of_pocket_fen: int,
         expense_kind: str | None, note: str, occurred_at: datetime, recorded_at: datetime,
         refund_of_id: int | None, operator: str) -> int:
    return tx.insert_sealed("transactions", (household_id, kind, member_id, amount_fen, out_of_pocket_fen,
                                             expense_kind, note, occurred_at, recorded_at, refund_of_id, operator))


def pay(db, *, user_id: int, amount_fen: int, expense_kind: str, note: str, occurred_at: datetime | None,
        now: datetime, actor: str) -> tuple[TxnView, str]:
    """Record a payment (inputs already checked). Returns the view and the profile's order kind."""
    if type(user_id) is not int or not 0 < user_id < 2**63:  # (the label is translated only when it is wrong)
        check_id_int(user_id, tr("member"))
    with sql_write(db) as tx:
        row = tx.one(_PAYER, (user_id,))
        if row is None:
            raise NotFound(tr("There is no {what} with number {id}.", what=tr("member"), id=user_id),
                           field=tr("member"))
        uid, hid, uname, status, profile_id, acct_id, bal, prior = row
        if status != "normal":
            raise RuleRefused(tr("{name}'s insurance is suspended; medical insurance cannot pay for them now.",
                                 name=uname))
        profile = get_profile(profile_id)
        accts: dict[int, _Acct] = {}
        if acct_id is not None:
            accts[uid] = _Acct(acct_id, uid, uname, bal, prior)
        pooled = []
        today = now.date()
        for state, p_start, p_end, bound_at, pos, mid, name, m_status, a_id, a_bal, a_prior in tx.all(_POOLED, (uid,)):
            if not pool_eligible(state, tx.read_date(p_start), tx.read_date(p_end), today, a_id is not None,
                                 m_status):
                continue
            accts[mid] = _Acct(a_id, mid, name, a_bal, a_prior)
            pooled.append(rules.Pooled(id=str(mid), balance_fen=a_bal, bound_at=tx.read_dt(bound_at), position=pos,
                                       prior_years_fen=a_prior))
        plan = rules.plan_payment(profile.policy, str(uid), bal if acct_id is not None else 0, pooled, amount_fen)
        when = occurred_at or now
        tx.tails("transactions", "ledger_entries")
        tid = _txn(tx, household_id=hid, kind="payment", member_id=uid, amount_fen=amount_fen,
                   out_of_pocket_fen=plan.out_of_pocket_fen, expense_kind=expense_kind, note=note, occurred_at=when,
                   recorded_at=now, refund_of_id=None, operator=actor)
        seq = 0
        per: dict[int, int] = {}
        for d in plan.deductions:
            a = accts[int(d.account)]
            prior_only = a.member_id != uid and profile.shareable == "prior_years"
            seq = _post(tx, tid, a, debit_parts(a.balance, a.prior, d.amount_fen, prior_only), seq,
                        occurred_at=when, member_id=uid)
            per[a.member_id] = per.get(a.member_id, 0) + d.amount_fen
    splits = tuple(Split(mid, accts[mid].name, amt, mid == uid) for mid, amt in per.items())
    view = TxnView(id=tid, household_id=hid, kind="payment", member_id=uid, member_name=uname,
                   amount_fen=amount_fen, out_of_pocket_fen=plan.out_of_pocket_fen, expense_kind=expense_kind,
                   note=note, occurred_at=when, recorded_at=now, refund_of_id=None, splits=splits, refunded_fen=0)
    return view, profile.order


_PAYMENT = ("SELECT t.id, t.household_id, t.kind, t.member_id, t.amount_fen, t.out_of_pocket_fen, t.expense_kind, "
            "t.occurred_at, m.name FROM transactions t JOIN members m ON m.id = t.member_id WHERE t.id = ?")
_REFUNDS = "SELECT id, amount_fen, out_of_pocket_fen FROM transactions WHERE refund_of_id = ? ORDER BY id"
_ENTRIES = ("SELECT e.txn_id, e.account_id, a.member_id, e.part, e.amount_fen, a.balance_fen, a.prior_years_fen, "
            "m.name FROM ledger_entries e JOIN accounts a ON a.id = e.account_id JOIN members m ON m.id = a.member_id "
            "WHERE e.txn_id IN (SELECT id FROM transactions WHERE id = ? OR refund_of_id = ?) "
            "ORDER BY e.txn_id, e.seq")


def refund(db, *, payment_id: int, amount_fen: int | None, note: str, occurred_at: datetime | None,
           now: datetime, actor: str, check_amount) -> TxnView:
    """Refund all or part of a payment back to where it came from (inputs but the amount already checked;
    ``check_amount`` checks the amount once it is known)."""
    check_id_int(payment_id, tr("payment"))
    with sql_write(db) as tx:
        row = tx.one(_PAYMENT, (payment_id,))
        if row is None:
            raise NotFound(tr("There is no {what} with number {id}.", what=tr("payment"), id=payment_id),
                           field=tr("payment"))
        pid, hid, kind, uid, pay_amount, pay_oop, expense_kind, pay_at, uname = row
        pay_at = tx.read_dt(pay_at)
        if kind != "payment":
            raise InvalidInput(tr("Only a payment can be refunded; record {id} is a {kind}.", id=pid,
                                  kind=kind_label(kind)), field="payment_id")
        if occurred_at is not None and occurred_at < pay_at:
            raise InvalidInput(tr("The refund date {d} is before the payment it refunds ({p}).",
                                  d=occurred_at.strftime("%Y-%m-%d %H:%M"), p=pay_at.strftime("%Y-%m-%d %H:%M")),
                               field="occurred_at")
        earlier = tx.all(_REFUNDS, (pid,))
        entries = tx.all(_ENTRIES, (pid, pid))
        accts: dict[int, _Acct] = {}
        grouped: dict[int, dict[int, int]] = {}  # txn id -> member id -> fen (payment: taken; refund: returned)
        for txn_id, a_id, mid, part, amt, a_bal, a_prior, name in entries:
            if mid not in accts:
                accts[mid] = _Acct(a_id, mid, name, a_bal, a_prior)
            g = grouped.setdefault(txn_id, {})
            g[mid] = g.get(mid, 0) + (-amt if txn_id == pid else amt)
        plan = rules.PaymentPlan(amount_fen=pay_amount, out_of_pocket_fen=pay_oop, deductions=tuple(
            rules.Deduction(str(k), v) for k, v in grouped.get(pid, {}).items()))
        done = [rules.RefundPlan(amount_fen=a, out_of_pocket_fen=o, returns=tuple(
            rules.Deduction(str(k), v) for k, v in grouped.get(rid, {}).items())) for rid, a, o in earlier]
        remaining = pay_amount - sum(r.amount_fen for r in done)
        if amount_fen is None:
            if remaining == 0:
                raise RuleRefused(tr("This payment has already been refunded in full."))
            amount_fen = remaining
        amount_fen = check_amount(amount_fen)
        try:
            plan_r = rules.plan_refund(plan, amount_fen, done)
        except InvalidInput as exc:  # say it to a person: no "amount_fen:" prefix
            raise InvalidInput(exc.detail, field="amount_fen") from None
        when = occurred_at or now
        tx.tails("transactions", "ledger_entries")
        tid = _txn(tx, household_id=hid, kind="refund", member_id=uid, amount_fen=amount_fen,
                   out_of_pocket_fen=plan_r.out_of_pocket_fen, expense_kind=expense_kind, note=note,
                   occurred_at=when, recorded_at=now, refund_of_id=pid, operator=actor)
        seq = 0
        per: dict[int, int] = {}
        for r in plan_r.returns:
            a = accts[int(r.account)]
            seq = _post(tx, tid, a, _refund_parts(entries, pid, a.id, r.amount_fen), seq, occurred_at=when,
                        member_id=uid)
            per[a.member_id] = per.get(a.member_id, 0) + r.amount_fen
    splits = tuple(Split(mid, accts[mid].name, amt, mid == uid) for mid, amt in per.items())
    return TxnView(id=tid, household_id=hid, kind="refund", member_id=uid, member_name=uname, amount_fen=amount_fen,
                   out_of_pocket_fen=plan_r.out_of_pocket_fen, expense_kind=expense_kind, note=note, occurred_at=when,
                   recorded_at=now, refund_of_id=pid, splits=splits, refunded_fen=0)


def _refund_parts(entries: list[tuple], pid: int, acct_id: int, amount: int) -> list[tuple[str, int]]:
    """Give ``amount`` back to the parts it was taken from, the last-taken part first."""
    taken: dict[str, int] = {"current": 0, "prior": 0}
    seq_order: list[str] = []
    for txn_id, a_id, _mid, part, amt, *_ in entries:
        if a_id != acct_id:
            continue
        if txn_id == pid:
            taken[part] += -amt
            seq_order.append(part)
        else:
            taken[part] -= amt
    out = []
    rest = amount
    for part in reversed(list(dict.fromkeys(seq_order))):
        give = min(taken[part], rest)
        if give > 0:
            out.append((part, give))
            rest -= give
    if rest:
        raise RuleRefused(tr("The refund does not match what was taken from this account."))
    return out


__all__ = ["pay", "refund", "debit_parts"]
