"""The ``gongji`` command line. Every command calls the same core API the desktop app uses.

Help and messages follow the user's language (``--lang zh_CN|en``, else GONGJI_LANG / the locale; Chinese by
default). Exit codes: 0 done, 1 ``check`` found problems, 2 bad input or refused (nothing was changed).
``--json`` prints one JSON document per command (shapes in :mod:`core.cli_json` and README); arguments are parsed in
:mod:`core.cli_args`.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from core import cli_json as J
from core.cli_args import build_parser, db_target_problem, make_private_folders, period, pre_language
from core.errors import GongjiError, InvalidInput
from core import i18n
from core.i18n import tr
from core.money import format_fen, parse_yuan


class _Out:
    def __init__(self, as_json: bool, stream):
        self.as_json = as_json
        self.stream = stream

    def line(self, text: str = "") -> None:
        if not self.as_json:
            print(text, file=self.stream)

    def data(self, obj: object) -> None:
        """The command's JSON document (only under --json)."""
        if self.as_json:
            print(J.dumps(obj), file=self.stream)

    def table(self, rows: list[dict], columns: list[tuple[str, str]], json_rows: list[dict] | None = None) -> None:
        if self.as_json:
            print(J.dumps(rows if json_rows is None else json_rows), file=self.stream)
            return
        for r in rows:
            print("  ".join(f"{label}: {r[key]}" for key, label in columns), file=self.stream)


def _service(args):
    from core.collection import Collection
    create = args.create or args.command == "init"
    problem = db_target_problem(args.db, create=create)
    if problem:
        raise InvalidInput(problem, field="db")
    if create and args.db:
        make_private_folders(args.db)
    return Collection.open(args.db, actor=args.actor)


def _splits_text(splits, oop: int, user_id: int) -> list[str]:
    out = []
    for sp in splits:
        who = tr("own account") if sp.member_id == user_id else sp.member_name
        out.append(f"  {who}: {format_fen(sp.amount_fen)}")
    out.append(f"  {tr('out of pocket')}: {format_fen(oop)}")
    return out


def _fen(v: int | None) -> str:
    return format_fen(v) if v is not None else "-"


def _done(out: _Out, r, value: dict | None = None, *, number: bool = True) -> None:
    """A mutation's result: its message (and number) as text, or {"message", ...value} as JSON."""
    out.line(r.message + (f" (#{r.value.id})" if number else ""))
    out.data({"message": r.message, **(value or {})})


def party_label(who: str | None) -> str:
    return {"authorizer": tr("the authorizer"), "user": tr("the user")}.get(who or "", "-")


def _parties_json(b) -> dict:
    """The names behind initiated_by / confirmed_by; ``waiting_for``: who must confirm a pending binding."""
    applicant, confirmer = b.applicant_name, b.confirmer_name  # the view's own (core.binding_parties loads the ORM)
    return {"applied_by_name": applicant, "confirmed_by_name": confirmer if b.state != "pending" else None,
            "waiting_for": confirmer if b.state == "pending" else None}


def _when(t) -> str:
    return f"{t:%Y-%m-%d %H:%M}" if t else ""


def run(args, out: _Out) -> int:
    if args.command == "rules":
        from core.evaluate import main as evaluate_main
        return evaluate_main([args.file])
    if args.command == "profiles":
        from core.profiles import builtin_profiles, order_label
        profiles = list(builtin_profiles().values())
        rows = [{"id": p.id, "name": p.display_name(), "order": order_label(p.order),
                 "max": p.max_users_per_authorizer or "-"} for p in profiles]
        out.table(rows, [("id", "id"), ("name", tr("name")), ("order", tr("order")), ("max", tr("max users"))],
                  [J.profile(p) for p in profiles])
        return 0

    g = _service(args)
    if args.command == "init":
        where = g.display_location()
        out.line(tr("The database {where} is ready.", where=where))
        out.data({"message": tr("The database {where} is ready.", where=where), "db": where,
                  "households": len(g.households.list())})
        return 0
    if args.command == "households":
        if args.add:
            r = g.households.create(args.add, args.profile)
            _done(out, r, {"household": J.household(r.value)})
            return 0
        hs = g.households.list()
        rows = [{"id": h.id, "name": h.name, "profile": h.profile.display_name(), "members": h.member_count}
                for h in hs]
        out.table(rows, [("id", "#"), ("name", tr("name")), ("profile", tr("profile")), ("members", tr("members"))],
                  [J.household(h) for h in hs])
        return 0
    if args.command == "members":
        from core.labels import insurance_label, status_label
        ms = g.members.list(args.household)
        rows = [{"id": m.id, "name": m.name, "id_number": m.masked_id, "type": insurance_label(m.insurance_type),
                 "status": status_label(m.status), "balance": _fen(m.balance_fen),
                 "prior_years": _fen(m.prior_years_fen)} for m in ms]
        out.table(rows, [("id", "#"), ("name", tr("name")), ("id_number", tr("ID number")), ("type", tr("insurance")),
                         ("status", tr("status")), ("balance", tr("balance")), ("prior_years", tr("prior years"))],
                  [J.member(m) for m in ms])
        return 0
    if args.command == "member":
        return _member_command(g, args, out)
    if args.command == "add-member":
        r = g.members.add(args.household, args.name, args.id_number, args.insurance_type, region=args.region,
                         balance_fen=parse_yuan(args.balance, field="balance", allow_zero=True),
                         prior_years_fen=parse_yuan(args.prior_years, field="prior_years", allow_zero=True))
        _done(out, r, {"member": J.member(r.value)})
        return 0
    if args.command == "bindings":
        from core.profiles import relation_label
        from core.labels import ended_by_label, state_label
        bs = g.bindings.list(args.household)
        rows = []
        for b in bs:
            # The view's own names (core.binding_parties, which says the same, loads the ORM)
            applicant, confirmer = b.applicant_name, b.confirmer_name
            rows.append({"id": b.id, "authorizer": b.authorizer_name, "user": b.user_name,
                         "relation": relation_label(b.relation), "state": state_label(b.state),
                         "bound_at": _when(b.bound_at), "confirmed_at": _when(b.confirmed_at),
                         "period": f"{b.period_start or ''}..{b.period_end or ''}"
                         if b.period_start or b.period_end else "-",
                         "applied_by": f"{applicant} ({party_label(b.initiated_by or 'authorizer')})",
                         "confirmed_by": (tr("waiting for {name}", name=confirmer) if b.state == "pending" else
                                          f"{confirmer} ({party_label(b.confirmed_by)})" if confirmer else "-"),
                         "ended_at": _when(b.ended_at), "ended_by": ended_by_label(b.ended_by)})
        out.table(rows, [("id", "#"), ("authorizer", tr("authorizer")), ("user", tr("user")),
                         ("relation", tr("relation")), ("state", tr("state")), ("bound_at", tr("bound at")),
                         ("confirmed_at", tr("confirmed at")), ("period", tr("authorization period")),
                         ("applied_by", tr("applied by")), ("confirmed_by", tr("confirmed by")),
                         ("ended_at", tr("ended at")), ("ended_by", tr("ended by"))],
                  [J.binding(b) | _parties_json(b) for b in bs])
        return 0
    if args.command == "bind":
        a = g.members.find(args.household, args.authorizer)
        u = g.members.find(args.household, args.user)
        kw = dict(commitment_signed=args.commitment, proofs=args.proof, period_start=args.period_start,
                  period_end=args.period_end)
        if args.check:
            problems = g.bindings.check(a.id, u.id, args.relation, **kw)
            for p in problems:
                out.line(p)
            if not problems:
                out.line(tr("Allowed."))
            out.data({"allowed": not problems, "problems": problems})
            return 2 if problems else 0
        r = g.bindings.bind(a.id, u.id, args.relation, initiated_by=args.initiated_by, **kw)
        _done(out, r, {"binding": J.binding(r.value)})
        return 0
    if args.command in ("unbind", "confirm", "rebind"):
        if args.command == "unbind":
            r = g.bindings.unbind(args.binding, ended_by=args.by)
        elif args.command == "confirm":
            r = g.bindings.confirm(args.binding, by=args.by)
        else:
            r = g.bindings.rebind_to_front(args.binding)
        _done(out, r, {"binding": J.binding(r.value)}, number=False)
        return 0
    if args.command == "order":
        u = g.members.find(args.household, args.user)
        message = g.order.reorder(u.id, args.set).message if args.set else ""
        if message:
            out.line(message)
        entries = g.order.list(u.id)
        if out.as_json:
            out.data({"message": message, "user_id": u.id, "own_balance_fen": u.balance_fen,
                      "order": [J.order_entry(e) for e in entries]})
            return 0
        rows = [{"rank": 0, "binding": "-", "account": tr("own account"), "usable": format_fen(u.balance_fen or 0)}]
        rows += [{"rank": e.rank, "binding": e.binding.id, "account": e.binding.authorizer_name,
                  "usable": format_fen(e.usable_fen)} for e in entries]
        out.table(rows, [("rank", tr("pays")), ("binding", tr("binding")), ("account", tr("account")),
                         ("usable", tr("usable"))])
        return 0
    if args.command == "pay":
        u = g.members.find(args.household, args.user)
        amount = parse_yuan(args.amount)
        if args.dry_run:
            p = g.ledger.preview(u.id, amount)
            out.data({"dry_run": True, "amount_fen": amount, "deductions": [J.split(s) for s in p.splits],
                      "out_of_pocket_fen": p.out_of_pocket_fen})
            out.line(tr("A payment of {amount} by {name} would be covered by:", amount=format_fen(amount),
                        name=u.name))
            for line in _splits_text(p.splits, p.out_of_pocket_fen, u.id):
                out.line(line)
            out.line(tr("(dry run: nothing recorded)"))
            return 0
        r = g.ledger.pay(u.id, amount, args.kind, note=args.note, occurred_at=args.date)
        _done(out, r, {"dry_run": False, **J.transaction(r.value),
                       "deductions": [J.split(s) for s in r.value.splits]})
        for line in _splits_text(r.value.splits, r.value.out_of_pocket_fen, u.id):
            out.line(line)
        return 0
    if args.command == "refund":
        amount = parse_yuan(args.amount) if args.amount else None
        r = g.ledger.refund(args.payment, amount, note=args.note)
        _done(out, r, J.transaction(r.value))
        return 0
    if args.command == "credit":
        m = g.members.find(args.household, args.member)
        part = "prior" if args.prior_years else "current"
        r = g.ledger.credit(m.id, parse_yuan(args.amount), part=part, note=args.note)
        after = g.members.get(m.id)
        _done(out, r, {"member_id": m.id, "amount_fen": parse_yuan(args.amount), "part": part,
                       "balance_fen": after.balance_fen, "prior_years_fen": after.prior_years_fen}, number=False)
        return 0
    if args.command == "history":
        return _history_command(g, args, out)
    if args.command in ("reconcile", "credit-month", "application"):
        from core import cli_books
        return cli_books.run(g, args, out)
    if args.command == "audit":
        events = g.audit.log(args.household)
        rows = [{"at": _when(e.at), "actor": e.actor, "action": e.action, "summary": e.summary} for e in events]
        out.table(rows, [("at", tr("time")), ("actor", tr("operator")), ("summary", tr("change"))],
                  [J.audit(e) for e in events])
        return 0
    if args.command == "export":
        from core.filters import HistoryFilter
        n = g.history.export_csv(Path(args.file), HistoryFilter(household_id=args.household))
        out.line(tr("{n} records written to {file}.", n=n, file=args.file))
        out.data({"file": args.file, "count": n})
        return 0
    if args.command == "import":
        from core.csv_import import import_csv
        r = import_csv(g, args.household, Path(args.file))
        out.line(r.message or tr("{n} records imported.", n=r.value))
        out.data({"file": args.file, "count": r.value, "message": r.message})
        return 0
    if args.command == "demo":
        from core.demo import seed_demo
        if g.households.list() and not args.force:
            raise InvalidInput(tr("The database already has households; add --force to add the samples anyway."))
        made = seed_demo(g)
        out.line(tr("Sample households created: {n}.", n=len(g.households.list())))
        out.data({"households": [J.household(h) for h in g.households.list()]})
        return 0 if made else 1
    if args.command == "check":
        problems = g.check()
        for p in problems:
            out.line(p)
        out.line(tr("No problems found.") if not problems else tr("{n} problems found.", n=len(problems)))
        out.data({"ok": not problems, "problems": problems})
        return 1 if problems else 0
    raise AssertionError(args.command)  # pragma: no cover - argparse guarantees a known command


def _member_command(g, args, out: _Out) -> int:
    """Show a member; with --status, change their insured status (audited) and say which bindings it affects."""
    from core.labels import status_label
    m = g.members.find(args.household, args.who)
    message = ""
    if args.status is not None and args.status != m.status:
        r = g.members.update(m.id, status=args.status)
        m, message = r.value, r.message
        out.line(message)
    elif args.status is not None:
        message = tr("{name}'s status is already {status}; nothing was changed.", name=m.name,
                     status=status_label(m.status))
        out.line(message)
        args.status = None  # nothing changed: no list of affected bindings
    open_ = [b for b in g.bindings.list(args.household) if b.state != "ended" and m.id in (b.user_id, b.authorizer_id)]
    if args.status is not None and open_:
        stops = m.status != "normal"
        for b in open_:
            if b.user_id == m.id:
                text = tr("{a}'s account no longer pays for {u} until {u} is insured again.", a=b.authorizer_name,
                          u=m.name) if stops else tr("{a}'s account pays for {u} again.", a=b.authorizer_name, u=m.name)
            else:
                text = tr("{a}'s account no longer pays for {u} until {a} is insured again.", a=m.name,
                          u=b.user_name) if stops else tr("{a}'s account pays for {u} again.", a=m.name, u=b.user_name)
            out.line("  " + text)
    out.line(f"{m.name}  {m.masked_id}  {status_label(m.status)}  {_fen(m.balance_fen)}")
    out.data({"message": message, "member": J.member(m), "bindings_affected": [b.id for b in open_]})
    return 0


def _history_command(g, args, out: _Out) -> int:
    """Records newest first. --member: that member's own records; --from-account: the authorizer's 共济支出明细
    (others' payments and refunds that touched this member's account)."""
    from core.filters import HistoryFilter
    from core.labels import expense_label, kind_label
    today = g.clock().date()
    since, until = period(args.since, args.until, args.last, today)
    who = args.from_account or args.member
    member_id = g.members.find(args.household, who).id if who else None
    perspective = "paid_from_my_account" if args.from_account else "all"
    flt = HistoryFilter(household_id=args.household, member_id=member_id, perspective=perspective,
                          kinds=frozenset([args.kind]) if args.kind else frozenset(), since=since, until=until)
    records = g.history.page(flt, limit=args.limit)
    rows = [{"id": t.id, "at": _when(t.occurred_at), "member": t.member_name,
             "kind": expense_label(t.expense_kind) if t.expense_kind == "reconcile" else kind_label(t.kind),
             "amount": format_fen(t.amount_fen),
             "from_account": format_fen(abs(t.split_of(member_id))) if args.from_account else "",
             "expense": expense_label(t.expense_kind) if t.expense_kind else "",
             "split": ", ".join(f"{s.member_name} {format_fen(s.amount_fen)}" for s in t.splits),
             "out_of_pocket": format_fen(t.out_of_pocket_fen), "note": t.note} for t in records]
    columns = [("id", "#"), ("at", tr("time")), ("kind", tr("kind")), ("member", tr("member")),
               ("amount", tr("amount"))]
    if args.from_account:
        columns.append(("from_account", tr("from {name}'s account", name=args.from_account)))
    columns += [("expense", tr("expense")), ("split", tr("paid by")), ("out_of_pocket", tr("out of pocket")),
                ("note", tr("note"))]
    js = []
    for t in records:
        d = J.transaction(t)
        if args.from_account:
            d["from_account_fen"] = t.split_of(member_id)
        js.append(d)
    out.table(rows, columns, js)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        pre_language(argv)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    with i18n.resolved():
        return _main(argv)


def _main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return run(args, _Out(args.json, sys.stdout))
    except GongjiError as exc:
        if args.json:
            print(json.dumps({"error": exc.message, "field": getattr(exc, "field", None)}, ensure_ascii=False),
                  file=sys.stderr)
        else:
            print(tr("Error: {message}", message=exc.message), file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `gongji history ... | head`
        sys.stderr.close()
        return 0
    except OSError as exc:  # a file the user named: missing, a folder, no permission, disk full (issue #9)
        from core.storefaults import file_error
        print(tr("Error: {message}", message=file_error(exc)), file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
