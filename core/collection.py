"""The front door of core: one open ledger, :class:`Collection`, and its sub-APIs (the Anki habit).

    col = Collection.open("family.db", actor="小王")
    h = col.households.create("王家").value
    m = col.members.add(h.id, "王芳", "110105194912310025", "employee", balance_fen=100_000).value
    col.ledger.pay(m.id, 12_000, "pharmacy")

Reads return plain frozen views (:mod:`core.views`); mutations return an :class:`~core.views.OpResult` whose
``changes`` say what to refresh. Every mutation is one database transaction. Not thread-safe by itself: the GUI
calls it from one worker thread (``gui/ops.py``).
"""
from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import datetime
from importlib import import_module
from pathlib import Path

from core import reads
from core.context import Context, UndoReads
from core.i18n import tr
from core.validate import CST, clean_text, now_cst

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: the CLI's list commands do not need it)
if TYPE_CHECKING:
    from typing import Any

    from core.filters import PERSPECTIVES, RANGE_PRESETS, HistoryFilter
    from core.audit import Audit
    from core.backups import Backups
    from core.bindings import Bindings
    from core.bookkeeping import Bookkeeping
    from core.history_api import History
    from core.households import Households
    from core.ledger import Ledger
    from core.members import Members
    from core.order import Order
    from core.store import Database
    from core.undo import Undo
    from core.watch import Watch


class _Front:
    """A sub-API, imported when first needed. Until then its read half (:mod:`core.reads`, no ORM) answers the
    reads a person waits on; anything else (a write, ``_post`` …) imports the sub-API's module — and with it
    SQLAlchemy — and from then on everything goes to it (attributes set on the front are set on it too)."""

    __slots__ = ("_ctx", "_reads", "_where", "_full")

    def __init__(self, ctx: Context, where: str, read_half: type | str | None = None):
        """``read_half``: the class, or ``"module:Class"`` to import it when first used (col.history's read half
        is not needed by a list command)."""
        object.__setattr__(self, "_ctx", ctx)
        object.__setattr__(self, "_where", where)
        object.__setattr__(self, "_reads", read_half(ctx) if isinstance(read_half, type) else read_half)
        object.__setattr__(self, "_full", None)

    def _load(self) -> Any:
        if self._full is None:
            module, _, cls = self._where.partition(":")
            object.__setattr__(self, "_full", getattr(import_module(module), cls)(self._ctx))
        return self._full

    def __getattr__(self, name: str) -> Any:
        if self._full is None and self._reads is not None and not name.startswith("_"):
            if isinstance(self._reads, str):
                module, _, cls = self._reads.partition(":")
                object.__setattr__(self, "_reads", getattr(import_module(module), cls)(self._ctx))
            if hasattr(type(self._reads), name):
                return getattr(self._reads, name)
        return getattr(self._load(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._load(), name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self._load(), name)

    def __repr__(self) -> str:
        return f"<{self._where} {'loaded' if self._full is not None else 'read half'}>"


class Collection:
    """All operations on one ledger database."""

    def __init__(self, db: Database, *, actor: str | None = None, clock: Callable[[], datetime] = now_cst):
        try:
            default_actor = getpass.getuser()
        except Exception:  # pragma: no cover - no user name on this system
            default_actor = "?"
        actor = clean_text(actor if actor is not None else default_actor, field="actor", label=tr("operator"),
                           max_len=50)
        self._ctx = Context(db, actor, clock)
        ctx = self._ctx
        # Each sub-API is imported on first use; the read halves answer without the ORM (core/reads.py).
        self.households: Households = _Front(ctx, "core.households:Households", reads.HouseholdReads)  # type: ignore
        self.members: Members = _Front(ctx, "core.members:Members", reads.MemberReads)  # type: ignore
        self.bindings: Bindings = _Front(ctx, "core.bindings:Bindings", reads.BindingReads)  # type: ignore
        self.order: Order = _Front(ctx, "core.order:Order", reads.OrderReads)  # type: ignore
        self.ledger: Ledger = _Front(ctx, "core.ledger:Ledger")  # type: ignore
        self.bookkeeping: Bookkeeping = _Front(ctx, "core.bookkeeping:Bookkeeping")  # type: ignore  # 对账, 划入
        self.history: History = _Front(ctx, "core.history_api:History", "core.reads_history:HistoryReads")  # type: ignore
        self.audit: Audit = _Front(ctx, "core.audit:Audit")  # type: ignore
        self.undo: Undo = _Front(ctx, "core.undo:Undo", UndoReads)  # type: ignore
        self.backups: Backups = _Front(ctx, "core.backups:Backups")  # type: ignore
        self.watch: Watch = _Front(ctx, "core.watch:Watch")  # type: ignore  # several desks (core/watch.py)

    @classmethod
    def open(cls, target: str | Path | None = None, *, actor: str | None = None,
             clock: Callable[[], datetime] = now_cst, migrate: bool = True, backup: bool = True) -> Collection:
        """Open (creating and migrating if needed) the ledger at a path or database URL; None: the default file.

        Raises :class:`core.errors.StorageError` with a plain message when it cannot be opened."""
        from core.quickopen import open_ledger  # a current SQLite file is read without the ORM (same checks)
        return cls(open_ledger(target, migrate=migrate, backup=backup), actor=actor, clock=clock)

    # ------------------------------------------------------------------ the session

    @property
    def db(self) -> Database:
        """The storage handle (core-internal; the GUI and CLI use the sub-APIs and the properties below)."""
        return self._ctx.db

    @property
    def actor(self) -> str:
        return self._ctx.actor

    @property
    def clock(self) -> Callable[[], datetime]:
        return self._ctx.clock

    @clock.setter
    def clock(self, clock: Callable[[], datetime]) -> None:
        """Replace the clock (the demo seeds its history on a clock of its own; tests run on a fixed one)."""
        self._ctx.clock = clock

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return self.db.path

    @property
    def read_only_reason(self) -> str | None:
        return self.db.read_only_reason

    def display_location(self) -> str:
        return self.db.display_location()

    def server_info(self):
        """Where a server database lives and its pg_dump/pg_restore commands (core.server); None for a file."""
        from core.server import server_info
        return server_info(self.db.url)

    def full_check(self) -> list[str]:
        """SQLite's full integrity check of the file (slow on a large ledger)."""
        return self.db.full_check()

    def warm_up(self) -> None:
        """Open the full database and load the write side now, so that the first change a person makes does not
        wait for it (the window calls this on its DB worker after the first paint). Reads never need it."""
        full = getattr(type(self.db), "full", None)
        if full is not None:
            self.db.full  # noqa: B018 - a QuickDatabase opens the full Database (checks, migrations, backups)
        for front in (self.households, self.members, self.bindings, self.order, self.ledger, self.history):
            front._load()  # type: ignore[attr-defined]

    def close(self) -> None:
        if self.watch._full is not None:  # type: ignore[attr-defined]  # (a _Front: only when it was used)
            self.watch.close()
        self.db.close()

    # ------------------------------------------------------------------ checks

    def check(self) -> list[str]:
        """Every inconsistency found: balance ≠ sum of entries, broken positions, database integrity."""
        from sqlalchemy import func, select

        from core.schema import Account, Binding, LedgerEntry, Transaction
        from core.integrity import integrity_problems
        problems = list(integrity_problems(self.db))
        with self.db.read() as s:
            sums = dict(s.execute(select(LedgerEntry.account_id, func.sum(LedgerEntry.amount_fen))
                                  .group_by(LedgerEntry.account_id)).all())
            prior = dict(s.execute(select(LedgerEntry.account_id, func.sum(LedgerEntry.amount_fen))
                                   .where(LedgerEntry.part == "prior").group_by(LedgerEntry.account_id)).all())
            for a in s.scalars(select(Account)):
                if a.balance_fen != (sums.get(a.id) or 0):
                    problems.append(tr("Account of member {m}: balance {b} but its entries add up to {e}.",
                                       m=a.member_id, b=a.balance_fen, e=sums.get(a.id) or 0))
                if a.prior_years_fen != (prior.get(a.id) or 0):
                    problems.append(tr("Account of member {m}: prior-years part {b} but its entries add up to {e}.",
                                       m=a.member_id, b=a.prior_years_fen, e=prior.get(a.id) or 0))
            bad = s.execute(select(Transaction.id).outerjoin(LedgerEntry).where(Transaction.kind == "payment")
                            .group_by(Transaction.id)
                            .having(Transaction.amount_fen != Transaction.out_of_pocket_fen
                                    - func.coalesce(func.sum(LedgerEntry.amount_fen), 0))).scalars().all()
            problems += [tr("Payment {id}: its parts do not add up to its amount.", id=i) for i in bad]
            users = s.execute(select(Binding.user_id, Binding.position, func.count()).where(Binding.state != "ended")
                              .group_by(Binding.user_id, Binding.position).having(func.count() > 1)).all()
            problems += [tr("Member {u} has two bindings at position {p}.", u=u, p=p) for u, p, _ in users]
        return problems


def __getattr__(name: str) -> object:
    if name in ("HistoryFilter", "PERSPECTIVES", "RANGE_PRESETS"):  # re-exported; core.filters loaded on first use
        from core import filters
        return getattr(filters, name)
    raise AttributeError(f"module 'core.collection' has no attribute {name!r}")


__all__ = ["Collection", "HistoryFilter", "PERSPECTIVES", "RANGE_PRESETS", "CST", "now_cst"]
