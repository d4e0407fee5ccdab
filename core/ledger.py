"""``col.ledger``: money — preview and record a payment, refund, contribution (credit), correction (adjust).

Each is ONE database transaction. How a payment is split is decided by :mod:`core.rules` (the rule lives there
once); this module feeds it balances and bindings and writes what it decided.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from core import rules
from core._base import Part
from core.errors import InvalidInput, RuleRefused
from core.i18n import tr
from core.labels import INELIGIBLE_EXPENSES, expense_label, kind_label
from core.money import check_fen, format_fen
from core.profiles import Profile
from core.schema import EXPENSE_KINDS, Account, LedgerEntry, Member, Transaction
from core.validate import check_choice, check_id_int, check_occurred, clean_text
from core.views import Changes, OpResult, PaymentPreview, Split, TxnView


class Ledger(Part):
    """Money movements."""

    @staticmethod
    def _debit_parts(acct: Account, amount: int, prior_only: bool) -> list[tuple[str, int]]:
        """How a charge is taken from the current-year and prior-years parts (current first unless prior only)."""
        if prior_only:
            return [("prior", -amount)]
        current = acct.balance_fen - acct.prior_years_fen
        from_current = min(current, amount)
        return [("current", -from_current), ("prior", -(amount - from_current))]

    def _check_expense(self, expense_kind: str) -> str:
        if expense_kind in INELIGIBLE_EXPENSES:
            raise RuleRefused(tr("{kind} cannot be paid from a personal account or a shared account.",
                                 kind=expense_label(expense_kind)), field="expense_kind")
        return check_choice(expense_kind, EXPENSE_KINDS, field="expense_kind", label=tr("expense kind"))

    def _payer(self, s: Session, user_id: int) -> Member:
        """The member with their account and household in one query (the payment path needs all three)."""
        check_id_int(user_id, tr("member"))
        user = s.get(Member, user_id, options=(joinedload(Member.account), joinedload(Member.household)))
        return user if user is not None else self._member(s, user_id)  # not found: the usual message

    def _plan(self, s: Session, user: Member, amount_fen: int) -> tuple[Profile, rules.PaymentPlan]:
        profile, plan, _ = self._plan_with_members(s, user, amount_fen)
        return profile, plan

    def _plan_with_members(self, s: Session, user: Member, amount_fen: int
                           ) -> tuple[Profile, rules.PaymentPlan, dict[int, Member]]:
        """The plan, and the loaded members (with accounts) it may charge by id: the payer and each authorizer."""
        if user.status != "normal":
            raise RuleRefused(tr("{name}'s insurance is suspended; medical insurance cannot pay for them now.",
                                 name=user.name))
        profile, pooled = self._pooled_for(s, user)
        own = user.account.balance_fen if user.account is not None else 0
        members = {user.id: user} | {b.authorizer_id: b.authorizer for b, _ in pooled}
        return profile, rules.plan_payment(profile.policy, str(user.id), own, [p for _, p in pooled],
                                           amount_fen), members

    def _splits(self, s: Session, user_id: int, deductions: Iterable[rules.Deduction]) -> tuple[Split, ...]:
        out = []
        for d in deductions:
            m = s.get(Member, int(d.account))
            out.append(Split(member_id=m.id, member_name=m.name, amount_fen=d.amount_fen, own=m.id == user_id))
        return tuple(out)

    def preview(self, user_id: int, amount_fen: int) -> PaymentPreview:
        """Exactly how a payment would be covered now. Nothing is written."""
        amount_fen = check_fen(amount_fen, field="amount_fen")
        with self.db.read() as s:
            user = self._member(s, user_id)
            _, plan = self._plan(s, user, amount_fen)
            return PaymentPreview(user=self._member_view(user), amount_fen=amount_fen,
                                  splits=self._splits(s, user.id, plan.deductions),
                                  out_of_pocket_fen=plan.out_of_pocket_fen, plan=plan)

    def pay(self, user_id: int, amount_fen: int, expense_kind: str = "outpatient", *, note: str = "",
            occurred_at: datetime | None = None) -> OpResult[TxnView]:
        """Record a payment: own account, then pooled accounts in order, then out of pocket. One transaction."""
        amount_fen = check_fen(amount_fen, field="amount_fen")
        expense_kind = self._check_expense(expense_kind)
        note = clean_text(note, field="note", label=tr("the note"), max_len=500, required=False, multiline=True)
        occurred_at = check_occurred(occurred_at, self.clock)
        with self.db.write() as s:
            user = self._payer(s, user_id)
            profile, plan, members = self._plan_with_members(s, user, amount_fen)
            txn = self._new_txn(s, user.household_id, "payment", user.id, amount_fen,
                                out_of_pocket_fen=plan.out_of_pocket_fen, expense_kind=expense_kind, note=note,
                                occurred_at=occurred_at)
            seq = 0
            touched = set()
            per: dict[int, int] = {}
            for d in plan.deductions:
                m = members[int(d.account)]  # loaded with its account by _plan_with_members (no query)
                prior_only = m.id != user.id and profile.shareable == "prior_years"
                seq = self._post(s, txn, m.account, self._debit_parts(m.account, d.amount_fen, prior_only), seq)
                touched.add(m.id)
                per[m.id] = per.get(m.id, 0) + d.amount_fen
            s.flush()  # all ledger entries and balance updates at once
            # The view from what was just written (what _txn_view would read back; a new payment has no refunds).
            splits = tuple(Split(mid, members[mid].name, amt, mid == user.id) for mid, amt in per.items())
            view = TxnView(id=txn.id, household_id=txn.household_id, kind=txn.kind, member_id=txn.member_id,
                           member_name=user.name, amount_fen=txn.amount_fen, out_of_pocket_fen=txn.out_of_pocket_fen,
                           expense_kind=txn.expense_kind, note=txn.note, occurred_at=txn.occurred_at,
                           recorded_at=txn.recorded_at, refund_of_id=txn.refund_of_id, splits=splits,
                           refunded_fen=0)
        return OpResult(view, Changes(balances=frozenset(touched), transactions=frozenset({view.id}),
                                      orders=frozenset({user_id}) if profile.order == "balance" else frozenset()),
                        tr("Payment of {amount} recorded.", amount=format_fen(amount_fen)))

    def _payment_plans(self, s: Session, payment: Transaction) -> tuple[rules.PaymentPlan, list[rules.RefundPlan]]:
        def grouped(entries: Iterable[LedgerEntry], sign: int) -> tuple[rules.Deduction, ...]:
            order: dict[str, int] = {}
            for e in entries:
                key = str(s.get(Account, e.account_id).member_id)
                order[key] = order.get(key, 0) + sign * e.amount_fen
            return tuple(rules.Deduction(k, v) for k, v in order.items())

        plan = rules.PaymentPlan(amount_fen=payment.amount_fen, deductions=grouped(payment.entries, -1),
                                 out_of_pocket_fen=payment.out_of_pocket_fen)
        refunds = s.scalars(select(Transaction).where(Transaction.refund_of_id == payment.id)
                            .order_by(Transaction.id)).all()
        done = [rules.RefundPlan(amount_fen=r.amount_fen, returns=grouped(r.entries, 1),
                                 out_of_pocket_fen=r.out_of_pocket_fen) for r in refunds]
        return plan, done

    def refund(self, payment_id: int, amount_fen: int | None = None, *, note: str = "",
               occurred_at: datetime | None = None) -> OpResult[TxnView]:
        """Refund (退费) all or part of a payment back to where it came from (原路返回).

        A partial refund unwinds in reverse order of charging: out of pocket first, the user's own account last.
        """
        note = clean_text(note, field="note", label=tr("the note"), max_len=500, required=False, multiline=True)
        occurred_at = check_occurred(occurred_at, self.clock)
        with self.db.write() as s:
            pay = self._get(s, Transaction, payment_id, tr("payment"))
            if pay.kind != "payment":
                raise InvalidInput(tr("Only a payment can be refunded; record {id} is a {kind}.", id=pay.id,
                                      kind=kind_label(pay.kind)), field="payment_id")
            if occurred_at is not None and occurred_at < pay.occurred_at:
                raise InvalidInput(tr("The refund date {d} is before the payment it refunds ({p}).",
                                      d=occurred_at.strftime("%Y-%m-%d %H:%M"),
                                      p=pay.occurred_at.strftime("%Y-%m-%d %H:%M")), field="occurred_at")
            plan, done = self._payment_plans(s, pay)
            remaining = pay.amount_fen - sum(r.amount_fen for r in done)
            if amount_fen is None:
                if remaining == 0:
                    raise RuleRefused(tr("This payment has already been refunded in full."))
                amount_fen = remaining
            amount_fen = check_fen(amount_fen, field="amount_fen")
            try:
                refund = rules.plan_refund(plan, amount_fen, done)
            except InvalidInput as exc:  # say it to a person: no "amount_fen:" prefix
                raise InvalidInput(exc.detail, field="amount_fen") from None
            txn = self._new_txn(s, pay.household_id, "refund", pay.member_id, amount_fen,
                                out_of_pocket_fen=refund.out_of_pocket_fen, expense_kind=pay.expense_kind,
                                note=note, occurred_at=occurred_at, refund_of_id=pay.id)
            seq = 0
            touched = set()
            for r in refund.returns:
                acct = s.scalar(select(Account).where(Account.member_id == int(r.account)))
                seq = self._post(s, txn, acct, self._refund_parts(s, pay, acct, r.amount_fen), seq)
                touched.add(int(r.account))
            view = self._txn_view(s, txn)
        return OpResult(view, Changes(balances=frozenset(touched), transactions=frozenset({view.id, payment_id})),
                        tr("Refund of {amount} recorded.", amount=format_fen(amount_fen)))

    @staticmethod
    def _refund_parts(s: Session, pay: Transaction, acct: Account, amount: int) -> list[tuple[str, int]]:
        """Give ``amount`` back to the parts it was taken from, the last-taken part first."""
        taken: dict[str, int] = {"current": 0, "prior": 0}
        seq_order: list[str] = []
        for e in pay.entries:
            if e.account_id == acct.id:
                taken[e.part] += -e.amount_fen
                seq_order.append(e.part)
        refunds = s.scalars(select(LedgerEntry).join(Transaction).where(Transaction.refund_of_id == pay.id,
                                                                        LedgerEntry.account_id == acct.id)).all()
        for e in refunds:
            taken[e.part] -= e.amount_fen
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

    def credit(self, member_id: int, amount_fen: int, *, part: str = "current", note: str = "",
               occurred_at: datetime | None = None) -> OpResult[TxnView]:
        """A contribution into a personal account (划入)."""
        amount_fen = check_fen(amount_fen, field="amount_fen")
        check_choice(part, ("current", "prior"), field="part", label=tr("account part"))
        note = clean_text(note, field="note", label=tr("the note"), max_len=500, required=False, multiline=True)
        occurred_at = check_occurred(occurred_at, self.clock)
        with self.db.write() as s:
            m = self._member(s, member_id)
            if m.account is None:
                raise RuleRefused(tr("{name} has resident insurance and no personal account to credit.", name=m.name))
            txn = self._new_txn(s, m.household_id, "credit", m.id, amount_fen, note=note, occurred_at=occurred_at)
            self._post(s, txn, m.account, [(part, amount_fen)], 0)
            view = self._txn_view(s, txn)
        return OpResult(view, Changes(balances=frozenset({member_id}), transactions=frozenset({view.id})),
                        tr("{amount} credited to {name}.", amount=format_fen(amount_fen), name=view.member_name))

    def adjust(self, member_id: int, delta_fen: int, *, note: str, part: str = "current") -> OpResult[TxnView]:
        """Correct a balance (to match the official statement). A reason is required."""
        delta_fen = check_fen(delta_fen, field="delta_fen", allow_negative=True)
        check_choice(part, ("current", "prior"), field="part", label=tr("account part"))
        note = clean_text(note, field="note", label=tr("the reason"), max_len=500, multiline=True)
        with self.db.write() as s:
            m = self._member(s, member_id)
            if m.account is None:
                raise RuleRefused(tr("{name} has resident insurance and no personal account.", name=m.name))
            txn = self._new_txn(s, m.household_id, "adjustment", m.id, delta_fen, note=note)
            self._post(s, txn, m.account, [(part, delta_fen)], 0)
            view = self._txn_view(s, txn)
        return OpResult(view, Changes(balances=frozenset({member_id}), transactions=frozenset({view.id})),
                        tr("Balance of {name} corrected.", name=view.member_name))

    def transaction(self, txn_id: int) -> TxnView:
        with self.db.read() as s:
            return self._txn_view(s, self._get(s, Transaction, txn_id, tr("record")))
