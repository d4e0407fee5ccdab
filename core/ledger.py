"""``col.ledger``: money — preview and record a payment, refund, contribution (credit), correction (adjust).

Each is ONE database transaction. How a payment is split is decided by :mod:`core.rules` (the rule lives there
once); this module checks the input and feeds it balances and bindings. A payment and a refund are written by
:mod:`core.ledger_sql` (a few prepared statements, no ORM unit of work: they are what a person waits on); credit
and adjust, rarer, go through the ORM session.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from core import ledger_sql, rules
from core._base import Part
from core.errors import InvalidInput, RuleRefused
from core.i18n import tr
from core.labels import INELIGIBLE_EXPENSES, expense_label
from core.money import check_fen, format_fen
from core.profiles import Profile
from core.schema import EXPENSE_KINDS, Member, Transaction
from core.validate import check_choice, check_occurred, clean_text
from core.views import Changes, OpResult, PaymentPreview, Split, TxnView


_PAYABLE = frozenset(EXPENSE_KINDS) - set(INELIGIBLE_EXPENSES)


class Ledger(Part):
    """Money movements."""

    @staticmethod
    def _note(note: object) -> str:
        """The note checked (its label is translated only for the message when something is wrong)."""
        try:
            return clean_text(note, field="note", label="", max_len=500, required=False, multiline=True)
        except InvalidInput:
            return clean_text(note, field="note", label=tr("the note"), max_len=500, required=False, multiline=True)

    def _check_expense(self, expense_kind: str) -> str:
        if expense_kind in INELIGIBLE_EXPENSES:
            raise RuleRefused(tr("{kind} cannot be paid from a personal account or a shared account.",
                                 kind=expense_label(expense_kind)), field="expense_kind")
        return check_choice(expense_kind, EXPENSE_KINDS, field="expense_kind", label=tr("expense kind"))

    def _plan(self, s: Session, user: Member, amount_fen: int) -> tuple[Profile, rules.PaymentPlan]:
        if user.status != "normal":
            raise RuleRefused(tr("{name}'s insurance is suspended; medical insurance cannot pay for them now.",
                                 name=user.name))
        profile, pooled = self._pooled_for(s, user)
        own = user.account.balance_fen if user.account is not None else 0
        return profile, rules.plan_payment(profile.policy, str(user.id), own, [p for _, p in pooled], amount_fen)

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
        """Record a payment: own account, then pooled accounts in order, then out of pocket. One transaction of a
        few prepared statements (core.ledger_sql; the split is core.rules.plan_payment)."""
        amount_fen = check_fen(amount_fen, field="amount_fen")
        if type(expense_kind) is not str or expense_kind not in _PAYABLE:  # labels translated only when needed
            expense_kind = self._check_expense(expense_kind)
        note = self._note(note)
        occurred_at = check_occurred(occurred_at, self.clock)
        view, order = ledger_sql.pay(self.db, user_id=user_id, amount_fen=amount_fen, expense_kind=expense_kind,
                                     note=note, occurred_at=occurred_at, now=self.clock(), actor=self.actor)
        return OpResult(view, Changes(balances=frozenset(s.member_id for s in view.splits),
                                      transactions=frozenset({view.id}),
                                      orders=frozenset({view.member_id}) if order == "balance" else frozenset()),
                        tr("Payment of {amount} recorded.", amount=format_fen(amount_fen)))

    def refund(self, payment_id: int, amount_fen: int | None = None, *, note: str = "",
               occurred_at: datetime | None = None) -> OpResult[TxnView]:
        """Refund (退费) all or part of a payment back to where it came from (原路返回).

        A partial refund unwinds in reverse order of charging: out of pocket first, the user's own account last
        (core.rules.plan_refund; written by core.ledger_sql in one transaction)."""
        note = self._note(note)
        occurred_at = check_occurred(occurred_at, self.clock)
        view = ledger_sql.refund(self.db, payment_id=payment_id, amount_fen=amount_fen, note=note,
                                 occurred_at=occurred_at, now=self.clock(), actor=self.actor,
                                 check_amount=lambda a: check_fen(a, field="amount_fen"))
        return OpResult(view, Changes(balances=frozenset(s.member_id for s in view.splits),
                                      transactions=frozenset({view.id, payment_id})),
                        tr("Refund of {amount} recorded.", amount=format_fen(view.amount_fen)))

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
