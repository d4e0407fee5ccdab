"""The ledger's tables (SQLAlchemy 2 typed ORM). Money columns are integer fen with CHECK constraints.

Time stamps are naive datetimes in China Standard Time (UTC+8, no daylight saving): the app is used in China,
and naive values compare the same way on SQLite and PostgreSQL.

Append-only tables (audit_log, transactions, ledger_entries) are protected by triggers created in the
migrations: UPDATE, DELETE, REPLACE (SQLite) and TRUNCATE (PostgreSQL) are refused by the database itself, and each
row carries a seal chained to the previous row (``row_hash``, core.chain) so that ``check()`` names a row changed
by another program.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, MetaData,
                        String, Text, UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# The code lists live in core/codes.py (no SQLAlchemy there, so labels and the read model skip the ORM).
from core.codes import (BINDING_STATES, ENDED_BY, EXPENSE_KINDS, INSURANCE_TYPES, MEMBER_STATUSES,  # noqa: E402,F401
                        PARTS, TXN_KINDS)

Money = BigInteger().with_variant(Integer(), "sqlite")  # SQLite INTEGER is already 64-bit; keeps rowid semantics


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _in(col: str, values: tuple[str, ...]) -> str:
    return f"{col} IN ({', '.join(repr(v) for v in values)})"


class Household(Base):
    __tablename__ = "households"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    profile_id: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    members: Mapped[list[Member]] = relationship(back_populates="household", order_by="Member.id")
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)


class Member(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    id_number: Mapped[str] = mapped_column(String(18))
    insurance_type: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), default="normal")
    region: Mapped[str] = mapped_column(String(50), default="")
    person_number: Mapped[str | None] = mapped_column(String(30), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    household: Mapped[Household] = relationship(back_populates="members")
    account: Mapped[Account | None] = relationship(back_populates="member", uselist=False)
    __table_args__ = (
        UniqueConstraint("household_id", "id_number", name="uq_members_household_id_number"),
        CheckConstraint(_in("insurance_type", INSURANCE_TYPES), name="insurance_type"),
        CheckConstraint(_in("status", MEMBER_STATUSES), name="status"),
        CheckConstraint("length(id_number) = 18", name="id_number_len"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )


class Account(Base):
    """A personal account (个人账户). Only employee-insured members have one."""
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), unique=True)
    balance_fen: Mapped[int] = mapped_column(Money, default=0)
    prior_years_fen: Mapped[int] = mapped_column(Money, default=0)

    member: Mapped[Member] = relationship(back_populates="account")
    __table_args__ = (
        CheckConstraint("balance_fen >= 0", name="balance_not_negative"),
        CheckConstraint("prior_years_fen >= 0 AND prior_years_fen <= balance_fen", name="prior_within_balance"),
    )


class Binding(Base):
    """共济关系: the user (使用人) may spend from the authorizer's (授权人) account. Never deleted; it ends."""
    __tablename__ = "bindings"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    authorizer_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    relation: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer)
    bound_at: Mapped[datetime] = mapped_column(DateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    ended_by: Mapped[str | None] = mapped_column(String(12), nullable=True)
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    commitment_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    proofs: Mapped[str] = mapped_column(Text, default="")  # comma-separated proof kinds provided
    #: Who applied and who confirmed: "authorizer" or "user" (None: not recorded, bindings made before 0004;
    #: confirmed_by None also when no confirmation was needed).
    initiated_by: Mapped[str | None] = mapped_column(String(12), nullable=True)
    confirmed_by: Mapped[str | None] = mapped_column(String(12), nullable=True)
    #: The other direction of a two-way binding (seed 004: 完成双向绑定), or None.
    partner_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    authorizer: Mapped[Member] = relationship(foreign_keys=[authorizer_id])
    user: Mapped[Member] = relationship(foreign_keys=[user_id])
    __table_args__ = (
        CheckConstraint("authorizer_id <> user_id", name="not_self"),
        CheckConstraint(_in("state", BINDING_STATES), name="state"),
        CheckConstraint("(state = 'ended') = (ended_at IS NOT NULL)", name="ended_consistent"),
        CheckConstraint("period_end IS NULL OR period_start IS NULL OR period_end >= period_start", name="period"),
        Index("ix_bindings_user_state", "user_id", "state"),
    )


class Transaction(Base):
    __tablename__ = "transactions"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    kind: Mapped[str] = mapped_column(String(12))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    amount_fen: Mapped[int] = mapped_column(Money)
    out_of_pocket_fen: Mapped[int] = mapped_column(Money, default=0)
    expense_kind: Mapped[str | None] = mapped_column(String(24), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    refund_of_id: Mapped[int | None] = mapped_column(ForeignKey("transactions.id"), nullable=True, index=True)
    operator: Mapped[str] = mapped_column(String(50), default="")
    row_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)  # core.chain: set at commit

    entries: Mapped[list[LedgerEntry]] = relationship(back_populates="txn", order_by="LedgerEntry.seq")
    __table_args__ = (
        CheckConstraint(_in("kind", TXN_KINDS), name="kind"),
        CheckConstraint("amount_fen <> 0 AND (kind = 'adjustment' OR amount_fen > 0)", name="amount"),
        CheckConstraint("out_of_pocket_fen >= 0", name="oop_not_negative"),
        CheckConstraint("(kind = 'refund') = (refund_of_id IS NOT NULL)", name="refund_link"),
        Index("ix_transactions_household_occurred", "household_id", "occurred_at", "id"),
        Index("ix_transactions_member_occurred", "member_id", "occurred_at", "id"),
        Index("ix_transactions_kind_occurred", "household_id", "kind", "occurred_at", "id"),
        Index("ix_transactions_member_kind_occurred", "member_id", "kind", "occurred_at", "id"),
        # core.totals: the sums per kind and member read from the index alone (migration 0006; partial with a
        # condition that always holds, so only a query that says it — core.totals — can use it)
        Index("ix_transactions_totals", "household_id", "kind", "member_id", "occurred_at", "amount_fen",
              "out_of_pocket_fen", sqlite_where=text("out_of_pocket_fen >= 0"),
              postgresql_where=text("out_of_pocket_fen >= 0")),
    )


class LedgerEntry(Base):
    """One balance change of one account. A balance always equals the sum of its entries."""
    __tablename__ = "ledger_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    txn_id: Mapped[int] = mapped_column(ForeignKey("transactions.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    seq: Mapped[int] = mapped_column(Integer)
    part: Mapped[str] = mapped_column(String(8))
    amount_fen: Mapped[int] = mapped_column(Money)
    row_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)  # core.chain: set at commit
    # Copies of facts of the entry's transaction and account (migration 0007), for the "paid from my account"
    # window (an index range, ix_ledger_entries_for_other). Not sealed (core.chain: a new column is not covered);
    # check() reports an entry whose copies disagree with its transaction and account (core.integrity).
    occurred_at: Mapped[datetime] = mapped_column(DateTime)  # = the transaction's occurred_at
    for_other: Mapped[bool] = mapped_column(Boolean)  # the transaction's member is not the account's owner

    txn: Mapped[Transaction] = relationship(back_populates="entries")
    __table_args__ = (
        CheckConstraint("amount_fen <> 0", name="amount_not_zero"),
        CheckConstraint(_in("part", PARTS), name="part"),
        UniqueConstraint("txn_id", "seq", name="uq_ledger_entries_txn_seq"),
        Index("ix_ledger_entries_account_txn", "account_id", "txn_id"),
        Index("ix_ledger_entries_txn_amount", "txn_id", "account_id", "amount_fen",  # core.totals (0006), as above
              sqlite_where=text("amount_fen <> 0"), postgresql_where=text("amount_fen <> 0")),
        Index("ix_ledger_entries_for_other", "account_id", "occurred_at", "txn_id",  # core.history (0007)
              sqlite_where=text("for_other"), postgresql_where=text("for_other")),
    )


class AuditEvent(Base):
    """Append-only log of setup changes: who did it, on whose behalf."""
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(50))
    on_behalf_of: Mapped[str] = mapped_column(String(100), default="")
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(30))
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    row_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)  # core.chain: set at commit
    __table_args__ = (Index("ix_audit_log_household_at", "household_id", "at", "id"),)


APPEND_ONLY_TABLES = ("audit_log", "transactions", "ledger_entries")
