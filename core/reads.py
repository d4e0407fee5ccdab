"""The read model a person waits on, without the ORM (private to core): prepared SQL over the DB-API connection.

Households, members, bindings and a user's payment order are read by a few fixed statements (built once, at import)
and returned as the plain dataclasses of :mod:`core.views`. On SQLite they run on plain ``sqlite3`` — the
connection of a :class:`core.quickopen.QuickDatabase`, or the engine's pooled DB-API connection of a full
:class:`core.store.Database`; on PostgreSQL the same statements go through the engine's DB-API connection with the
driver's paramstyle. Each call is one read transaction (one snapshot).

The ``*Reads`` classes are the read halves of the sub-APIs (``col.households`` …): the sub-API classes inherit
them, and :class:`core.collection.Collection` serves them without importing the write side (and SQLAlchemy).
"""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date, datetime

from core import ids, rules
from core.context import Context
from core.errors import InvalidInput, NotFound, StorageError
from core.i18n import tr
from core.profiles import Profile, get_profile
from core.validate import check_id_int
from core.views import BindingView, HouseholdView, MemberView, OrderEntry

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: a CLI call would pay ~3 ms)
if TYPE_CHECKING:
    from typing import Any

_HOUSEHOLD = ("SELECT h.id, h.name, h.profile_id, h.note, "
              "(SELECT count(*) FROM members m WHERE m.household_id = h.id) FROM households h")
SQL_HOUSEHOLDS = _HOUSEHOLD + " ORDER BY h.id"
SQL_HOUSEHOLD = _HOUSEHOLD + " WHERE h.id = ?"
_MEMBER = ("SELECT m.id, m.household_id, m.name, m.id_number, m.insurance_type, m.status, m.region, "
           "m.person_number, a.balance_fen, a.prior_years_fen FROM members m LEFT JOIN accounts a "
           "ON a.member_id = m.id")
SQL_MEMBERS = _MEMBER + " WHERE m.household_id = ? ORDER BY m.id"
SQL_MEMBER = _MEMBER + " WHERE m.id = ?"
_BINDING = ("SELECT b.id, b.household_id, b.authorizer_id, au.name, b.user_id, us.name, b.relation, b.state, "
            "b.position, b.bound_at, b.confirmed_at, b.ended_at, b.ended_by, b.period_start, b.period_end, "
            "b.commitment_signed, b.proofs, b.initiated_by, b.confirmed_by, b.partner_id "
            "FROM bindings b JOIN members au ON au.id = b.authorizer_id "
            "JOIN members us ON us.id = b.user_id")
SQL_BINDINGS = _BINDING + " WHERE b.household_id = ? ORDER BY b.bound_at, b.id"
SQL_OPEN_BINDINGS = _BINDING + " WHERE b.household_id = ? AND b.state <> 'ended' ORDER BY b.bound_at, b.id"
SQL_BINDING = _BINDING + " WHERE b.id = ?"
#: A user's open bindings in position order, with the authorizer's status and account (the payment order).
SQL_ORDER = (_BINDING.replace(" FROM bindings b", ", au.status, ac.balance_fen, ac.prior_years_fen FROM bindings b")
             + " LEFT JOIN accounts ac ON ac.member_id = au.id WHERE b.user_id = ? AND b.state <> 'ended' "
             "ORDER BY b.position, b.id")
SQL_PROFILE_OF_MEMBER = ("SELECT h.profile_id, m.status FROM members m JOIN households h ON h.id = m.household_id "
                         "WHERE m.id = ?")


def _paramstyle(sql: str, style: str) -> str:
    return sql if style == "qmark" else sql.replace("?", "%s")  # psycopg: format/pyformat (no % in these texts)


@contextlib.contextmanager
def cursor(db: Any) -> Iterator[tuple[Any, str]]:
    """(DB-API cursor, paramstyle) inside one read transaction on ``db`` (a QuickDatabase or a full Database).

    SQLite's "malformed" / "not a database" (damage the check at opening did not see) becomes the StorageError
    ``Database.read()`` gives, whether it comes from sqlite3 itself or wrapped by SQLAlchemy's pool."""
    pooled = None
    try:
        raw = db.conn if not getattr(db, "opened", True) else None
        if raw is not None:
            style, sqlite = "qmark", True
        else:
            pooled = db.engine.raw_connection()
            raw, style, sqlite = pooled.driver_connection, db.engine.dialect.paramstyle, db.is_sqlite
        cur = raw.cursor()
        try:
            if sqlite:
                cur.execute("BEGIN")  # isolation_level is None on these connections: one snapshot for the call
            yield cur, style
        finally:
            with contextlib.suppress(Exception):
                raw.rollback() if not sqlite else cur.execute("ROLLBACK")
            with contextlib.suppress(Exception):
                cur.close()
    except Exception as exc:
        err = exc if isinstance(exc, sqlite3.DatabaseError) else getattr(exc, "orig", None)
        if isinstance(err, sqlite3.DatabaseError) and \
                getattr(err, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            from core.storefaults import damaged
            raise damaged(db.display_location(), str(err).splitlines()[0]) from exc
        raise
    finally:
        if pooled is not None:
            with contextlib.suppress(Exception):
                pooled.close()


def _rows(cur: Any, style: str, sql: str, *params: object) -> list[tuple]:
    cur.execute(_paramstyle(sql, style), params)
    return cur.fetchall()


def _dt(v: Any) -> datetime | None:
    return datetime.fromisoformat(v) if isinstance(v, str) else v


def _day(v: Any) -> date | None:
    return date.fromisoformat(v) if isinstance(v, str) else v


def _not_found(what: str, obj_id: object) -> NotFound:
    return NotFound(tr("There is no {what} with number {id}.", what=what, id=obj_id), field=what)


def household_view(r: Sequence) -> HouseholdView:
    return HouseholdView(r[0], r[1], r[2], r[3], r[4])


def member_view(r: Sequence) -> MemberView:
    return MemberView(id=r[0], household_id=r[1], name=r[2], id_number=r[3], insurance_type=r[4], status=r[5],
                      region=r[6], person_number=r[7], balance_fen=r[8], prior_years_fen=r[9])


def binding_view(r: Sequence) -> BindingView:
    return BindingView(id=r[0], household_id=r[1], authorizer_id=r[2], authorizer_name=r[3], user_id=r[4],
                       user_name=r[5], relation=r[6], state=r[7], position=r[8], bound_at=_dt(r[9]),
                       confirmed_at=_dt(r[10]), ended_at=_dt(r[11]), ended_by=r[12], period_start=_day(r[13]),
                       period_end=_day(r[14]), commitment_signed=bool(r[15]),
                       proofs=tuple(p for p in (r[16] or "").split(",") if p), initiated_by=r[17],
                       confirmed_by=r[18], partner_id=r[19])


class _Reads:
    def __init__(self, ctx: Context):
        self._ctx = ctx

    def _one(self, sql: str, obj_id: object, what: str) -> tuple:
        check_id_int(obj_id, what)
        with cursor(self._ctx.db) as (cur, style):
            rows = _rows(cur, style, sql, obj_id)
        if not rows:
            raise _not_found(what, obj_id)
        return rows[0]


class HouseholdReads(_Reads):
    def list(self) -> list[HouseholdView]:
        with cursor(self._ctx.db) as (cur, style):
            return [household_view(r) for r in _rows(cur, style, SQL_HOUSEHOLDS)]

    def get(self, household_id: int) -> HouseholdView:
        return household_view(self._one(SQL_HOUSEHOLD, household_id, tr("household")))

    def profile_of(self, household_id: int) -> Profile:
        return get_profile(self.get(household_id).profile_id)


class MemberReads(_Reads):
    def list(self, household_id: int) -> list[MemberView]:
        what = tr("household")
        check_id_int(household_id, what)
        with cursor(self._ctx.db) as (cur, style):
            if not _rows(cur, style, "SELECT 1 FROM households WHERE id = ?", household_id):
                raise _not_found(what, household_id)
            return [member_view(r) for r in _rows(cur, style, SQL_MEMBERS, household_id)]

    def get(self, member_id: int) -> MemberView:
        return member_view(self._one(SQL_MEMBER, member_id, tr("member")))

    def find(self, household_id: int, who: str) -> MemberView:
        """A member by id number (full), or by exact name (must be unique in the household)."""
        members = self.list(household_id)
        key = who.strip()
        try:
            number = ids.normalise(key)
        except InvalidInput:
            number = key
        hits = [m for m in members if m.id_number == number] or [m for m in members if m.name == key]
        if key.isascii() and key.isdigit() and not hits:  # not "²": isdigit() but int() refuses it
            hits = [m for m in members if m.id == int(key)]
        if not hits:
            raise NotFound(tr("No member \u201c{who}\u201d in this household.", who=key[:50]), field="member")
        if len(hits) > 1:
            raise InvalidInput(tr("More than one member is called \u201c{who}\u201d; use the ID number.", who=key),
                               field="member")
        return hits[0]


class BindingReads(_Reads):
    def list(self, household_id: int, *, include_ended: bool = True) -> list[BindingView]:
        what = tr("household")
        check_id_int(household_id, what)
        with cursor(self._ctx.db) as (cur, style):
            if not _rows(cur, style, "SELECT 1 FROM households WHERE id = ?", household_id):
                raise _not_found(what, household_id)
            sql = SQL_BINDINGS if include_ended else SQL_OPEN_BINDINGS
            return [binding_view(r) for r in _rows(cur, style, sql, household_id)]

    def get(self, binding_id: int) -> BindingView:
        return binding_view(self._one(SQL_BINDING, binding_id, tr("binding")))


class OrderReads(_Reads):
    def list(self, user_id: int) -> list[OrderEntry]:
        """The user's pooled accounts in the order they are charged (after the user's own account)."""
        what = tr("member")
        check_id_int(user_id, what)
        today = self._ctx.clock().date()
        with cursor(self._ctx.db) as (cur, style):
            prof = _rows(cur, style, SQL_PROFILE_OF_MEMBER, user_id)
            if not prof:
                raise _not_found(what, user_id)
            rows = _rows(cur, style, SQL_ORDER, user_id)
        profile = get_profile(prof[0][0])
        pooled: dict[str, tuple[BindingView, rules.Pooled]] = {}
        if prof[0][1] != "normal":  # both parties must be insured normally (as Part._pooled_for)
            rows = []
        for r in rows:
            b = binding_view(r)
            status, balance, prior = r[20], r[21], r[22]
            if not rules.pool_eligible(b.state, b.period_start, b.period_end, today, balance is not None, status):
                continue
            pooled[str(b.authorizer_id)] = (b, rules.Pooled(id=str(b.authorizer_id), balance_fen=balance,
                                                            bound_at=b.bound_at, position=b.position,
                                                            prior_years_fen=prior))
        ordered = rules.charge_order(profile.policy, [p for _, p in pooled.values()])
        return [OrderEntry(binding=pooled[p.id][0], balance_fen=p.balance_fen, prior_years_fen=p.prior_years_fen or 0,
                           usable_fen=rules.usable_fen(profile.policy, p), rank=i)
                for i, p in enumerate(ordered, start=1)]

    @staticmethod
    def locked_reason(profile: Profile) -> str:
        if profile.order == "bind_time":
            return tr("Under {profile} the most recently bound account pays first and the order cannot be changed by "
                      "hand. To move someone to the front, re-bind them.", profile=profile.display_name())
        if profile.order == "balance":
            return tr("Under {profile} the account with the most usable balance pays first; the order follows the "
                      "balances and cannot be changed by hand.", profile=profile.display_name())
        return ""


__all__ = ["HouseholdReads", "MemberReads", "BindingReads", "OrderReads", "cursor"]
