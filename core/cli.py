"""The ``gongji`` command line. Every command calls the same core API the desktop app uses.

Help and messages follow the user's language (``--lang zh_CN|en``, else GONGJI_LANG / the locale; Chinese by
default). Exit codes: 0 done, 1 ``check`` found problems, 2 bad input or refused (nothing was changed).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from core import i18n
from core.errors import GongjiError, InvalidInput
from core.i18n import tr
from core.money import format_fen, parse_yuan


def _pre_language(argv: Sequence[str]) -> None:
    """Honour --lang before building the parser, so that --help is already in that language."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            i18n.set_language(argv[i + 1])
        elif a.startswith("--lang="):
            i18n.set_language(a.split("=", 1)[1])


def _date(raw: str) -> date:
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(tr("\u201c{raw}\u201d is not a date; write it as 2025-03-31.", raw=raw))


def _datetime(raw: str) -> datetime:
    try:
        return datetime.fromisoformat(raw.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(tr("\u201c{raw}\u201d is not a date; write it as 2025-03-31 or "
                                            "2025-03-31T14:30.", raw=raw))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="gongji", description=tr(
        "Family pooling of medical-insurance personal accounts (职工医保个人账户家庭共济): members, bindings, "
        "payment order, payments and refunds."))
    p.add_argument("--db", metavar="PATH|URL", help=tr("database file or SQLAlchemy URL (default: the app's own "
                                                       "database in your user data folder)"))
    p.add_argument("--lang", choices=["zh_CN", "en"], help=tr("language of messages"))
    p.add_argument("--actor", help=tr("who is operating (recorded in the audit log)"))
    p.add_argument("--json", action="store_true", help=tr("print results as JSON"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    rules = sub.add_parser("rules", help=tr("the deduction rule as a JSON function"))
    rsub = rules.add_subparsers(dest="rules_command", required=True)
    ev = rsub.add_parser("evaluate", help=tr("evaluate a payment described in JSON (FILE or - for standard input)"))
    ev.add_argument("file")

    sub.add_parser("profiles", help=tr("list the region policy profiles"))

    hh = sub.add_parser("households", help=tr("list households"))
    hh.add_argument("--add", metavar="NAME", help=tr("create a household with this name"))
    hh.add_argument("--profile", default="national", help=tr("policy profile of the new household"))

    def household_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--household", "-H", type=int, required=True, help=tr("household number"))

    mem = sub.add_parser("members", help=tr("list members of a household"))
    household_arg(mem)
    add = sub.add_parser("add-member", help=tr("add a member to a household"))
    household_arg(add)
    add.add_argument("--name", required=True, help=tr("name"))
    add.add_argument("--id-number", required=True, help=tr("18-digit resident ID number"))
    add.add_argument("--type", dest="insurance_type", choices=["employee", "resident"], required=True,
                     help=tr("employee = 职工医保 (has a personal account), resident = 城乡居民医保"))
    add.add_argument("--balance", default="0", help=tr("opening balance in yuan"))
    add.add_argument("--prior-years", default="0", help=tr("prior-years part of the opening balance in yuan"))
    add.add_argument("--region", default="", help=tr("region (统筹区)"))

    bl = sub.add_parser("bindings", help=tr("list bindings (including ended ones)"))
    household_arg(bl)

    bd = sub.add_parser("bind", help=tr("let a user spend from an authorizer's account"))
    household_arg(bd)
    bd.add_argument("--authorizer", required=True, help=tr("whose account pays (name or ID number)"))
    bd.add_argument("--user", required=True, help=tr("who may use it (name or ID number)"))
    bd.add_argument("--relation", required=True, help=tr("what the user is to the authorizer: spouse, father, mother, "
                                                         "child, sibling, grandparent, grandchild"))
    bd.add_argument("--commitment", action="store_true", help=tr("the commitment (承诺书) is signed"))
    bd.add_argument("--proof", action="append", default=[], help=tr("proof provided: household_register, "
                                                                     "marriage_certificate, birth_certificate"))
    bd.add_argument("--from", dest="period_start", type=_date, help=tr("authorization starts (date)"))
    bd.add_argument("--to", dest="period_end", type=_date, help=tr("authorization ends (date)"))
    bd.add_argument("--check", action="store_true", help=tr("only say whether it would be allowed"))

    ub = sub.add_parser("unbind", help=tr("end a binding (history is kept)"))
    ub.add_argument("binding", type=int, help=tr("binding number"))
    ub.add_argument("--by", choices=["authorizer", "user"], default="authorizer", help=tr("who ends it"))
    cf = sub.add_parser("confirm", help=tr("confirm a pending binding"))
    cf.add_argument("binding", type=int, help=tr("binding number"))
    rb = sub.add_parser("rebind", help=tr("re-bind so that this account pays first (most-recently-bound rule)"))
    rb.add_argument("binding", type=int, help=tr("binding number"))

    od = sub.add_parser("order", help=tr("show or set a user's payment order"))
    household_arg(od)
    od.add_argument("--user", required=True, help=tr("the user (name or ID number)"))
    od.add_argument("--set", nargs="+", type=int, metavar="BINDING", help=tr("new order: binding numbers, first "
                                                                              "pays first"))

    pay = sub.add_parser("pay", help=tr("record a payment (or preview it with --dry-run)"))
    household_arg(pay)
    pay.add_argument("--user", required=True, help=tr("who pays (name or ID number)"))
    pay.add_argument("--amount", required=True, help=tr("amount in yuan, e.g. 123.45"))
    pay.add_argument("--kind", default="outpatient", help=tr("expense kind: outpatient, inpatient, pharmacy, premium"))
    pay.add_argument("--note", default="", help=tr("where / what for"))
    pay.add_argument("--date", type=_datetime, help=tr("when it happened (default: now)"))
    pay.add_argument("--dry-run", action="store_true", help=tr("only show how it would be split; record nothing"))

    rf = sub.add_parser("refund", help=tr("refund all or part of a payment back to where it came from"))
    rf.add_argument("payment", type=int, help=tr("payment number"))
    rf.add_argument("--amount", help=tr("amount in yuan (default: everything still refundable)"))
    rf.add_argument("--note", default="")

    cr = sub.add_parser("credit", help=tr("record a contribution into a personal account"))
    household_arg(cr)
    cr.add_argument("--member", required=True, help=tr("name or ID number"))
    cr.add_argument("--amount", required=True, help=tr("amount in yuan"))
    cr.add_argument("--prior-years", action="store_true", help=tr("credit the prior-years part"))
    cr.add_argument("--note", default="")

    hi = sub.add_parser("history", help=tr("show transactions, newest first"))
    household_arg(hi)
    hi.add_argument("--member", help=tr("only this member's payments (name or ID number)"))
    hi.add_argument("--kind", choices=["payment", "refund", "credit", "adjustment"])
    hi.add_argument("--since", type=_date)
    hi.add_argument("--limit", type=int, default=30)
    au = sub.add_parser("audit", help=tr("show the log of setup changes"))
    household_arg(au)

    ex = sub.add_parser("export", help=tr("export a household's history to CSV"))
    household_arg(ex)
    ex.add_argument("file")
    im = sub.add_parser("import", help=tr("import past payments from CSV (all rows or none)"))
    household_arg(im)
    im.add_argument("file")

    dm = sub.add_parser("demo", help=tr("fill the database with sample households"))
    dm.add_argument("--force", action="store_true", help=tr("also when the database already has households"))
    sub.add_parser("check", help=tr("verify the database: integrity, and every balance equals its ledger entries"))
    return p


class _Out:
    def __init__(self, as_json: bool, stream):
        self.as_json = as_json
        self.stream = stream

    def line(self, text: str = "") -> None:
        print(text, file=self.stream)

    def table(self, rows: list[dict], columns: list[tuple[str, str]]) -> None:
        if self.as_json:
            print(json.dumps(rows, ensure_ascii=False, default=str, indent=1), file=self.stream)
            return
        for r in rows:
            print("  ".join(f"{label}: {r[key]}" for key, label in columns), file=self.stream)


def _service(args):
    from core.collection import Collection
    return Collection.open(args.db, actor=args.actor)


def _splits_text(splits, oop: int, user_id: int) -> list[str]:
    out = []
    for sp in splits:
        who = tr("own account") if sp.member_id == user_id else sp.member_name
        out.append(f"  {who}: {format_fen(sp.amount_fen)}")
    out.append(f"  {tr('out of pocket')}: {format_fen(oop)}")
    return out


def run(args, out: _Out) -> int:
    if args.command == "rules":
        from core.evaluate import main as evaluate_main
        return evaluate_main([args.file])
    if args.command == "profiles":
        from core.profiles import builtin_profiles, order_label
        rows = [{"id": p.id, "name": p.display_name(), "order": order_label(p.order),
                 "max": p.max_users_per_authorizer} for p in builtin_profiles().values()]
        out.table(rows, [("id", "id"), ("name", tr("name")), ("order", tr("order")), ("max", tr("max users"))])
        return 0

    g = _service(args)
    if args.command == "households":
        if args.add:
            r = g.households.create(args.add, args.profile)
            out.line(r.message + f" (#{r.value.id})")
            return 0
        rows = [{"id": h.id, "name": h.name, "profile": h.profile.display_name(), "members": h.member_count}
                for h in g.households.list()]
        out.table(rows, [("id", "#"), ("name", tr("name")), ("profile", tr("profile")), ("members", tr("members"))])
        return 0
    if args.command == "members":
        from core.labels import insurance_label, status_label
        rows = [{"id": m.id, "name": m.name, "id_number": m.masked_id, "type": insurance_label(m.insurance_type),
                 "status": status_label(m.status),
                 "balance": format_fen(m.balance_fen) if m.balance_fen is not None else "-",
                 "prior_years": format_fen(m.prior_years_fen) if m.prior_years_fen is not None else "-"}
                for m in g.members.list(args.household)]
        out.table(rows, [("id", "#"), ("name", tr("name")), ("id_number", tr("ID number")), ("type", tr("insurance")),
                         ("status", tr("status")), ("balance", tr("balance")), ("prior_years", tr("prior years"))])
        return 0
    if args.command == "add-member":
        r = g.members.add(args.household, args.name, args.id_number, args.insurance_type, region=args.region,
                         balance_fen=parse_yuan(args.balance, field="balance", allow_zero=True),
                         prior_years_fen=parse_yuan(args.prior_years, field="prior_years", allow_zero=True))
        out.line(r.message + f" (#{r.value.id})")
        return 0
    if args.command == "bindings":
        from core.profiles import relation_label
        from core.labels import ended_by_label, state_label
        rows = [{"id": b.id, "authorizer": b.authorizer_name, "user": b.user_name,
                 "relation": relation_label(b.relation), "state": state_label(b.state),
                 "bound_at": f"{b.bound_at:%Y-%m-%d %H:%M}", "ended_at": f"{b.ended_at:%Y-%m-%d %H:%M}" if b.ended_at else "", "ended_by": ended_by_label(b.ended_by)}
                for b in g.bindings.list(args.household)]
        out.table(rows, [("id", "#"), ("authorizer", tr("authorizer")), ("user", tr("user")),
                         ("relation", tr("relation")), ("state", tr("state")), ("bound_at", tr("bound at")),
                         ("ended_at", tr("ended at"))])
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
            return 2 if problems else 0
        r = g.bindings.bind(a.id, u.id, args.relation, **kw)
        out.line(r.message + f" (#{r.value.id})")
        return 0
    if args.command == "unbind":
        out.line(g.bindings.unbind(args.binding, ended_by=args.by).message)
        return 0
    if args.command == "confirm":
        out.line(g.bindings.confirm(args.binding).message)
        return 0
    if args.command == "rebind":
        out.line(g.bindings.rebind_to_front(args.binding).message)
        return 0
    if args.command == "order":
        u = g.members.find(args.household, args.user)
        if args.set:
            out.line(g.order.reorder(u.id, args.set).message)
        rows = [{"rank": 0, "binding": "-", "account": tr("own account"),
                 "usable": format_fen(u.balance_fen or 0)}]
        rows += [{"rank": e.rank, "binding": e.binding.id, "account": e.binding.authorizer_name,
                  "usable": format_fen(e.usable_fen)} for e in g.order.list(u.id)]
        out.table(rows, [("rank", tr("pays")), ("binding", tr("binding")), ("account", tr("account")),
                         ("usable", tr("usable"))])
        return 0
    if args.command == "pay":
        u = g.members.find(args.household, args.user)
        amount = parse_yuan(args.amount)
        if args.dry_run:
            p = g.ledger.preview(u.id, amount)
            if out.as_json:
                out.line(json.dumps({"deductions": [{"member_id": s.member_id, "name": s.member_name,
                                                     "amount_fen": s.amount_fen} for s in p.splits],
                                     "out_of_pocket_fen": p.out_of_pocket_fen}, ensure_ascii=False))
                return 0
            out.line(tr("A payment of {amount} by {name} would be covered by:", amount=format_fen(amount),
                        name=u.name))
            for line in _splits_text(p.splits, p.out_of_pocket_fen, u.id):
                out.line(line)
            out.line(tr("(dry run: nothing recorded)"))
            return 0
        r = g.ledger.pay(u.id, amount, args.kind, note=args.note, occurred_at=args.date)
        out.line(r.message + f" (#{r.value.id})")
        for line in _splits_text(r.value.splits, r.value.out_of_pocket_fen, u.id):
            out.line(line)
        return 0
    if args.command == "refund":
        amount = parse_yuan(args.amount) if args.amount else None
        r = g.ledger.refund(args.payment, amount, note=args.note)
        out.line(r.message + f" (#{r.value.id})")
        return 0
    if args.command == "credit":
        m = g.members.find(args.household, args.member)
        r = g.ledger.credit(m.id, parse_yuan(args.amount), part="prior" if args.prior_years else "current", note=args.note)
        out.line(r.message)
        return 0
    if args.command == "history":
        from core.labels import expense_label
        member_id = g.members.find(args.household, args.member).id if args.member else None
        since = datetime.combine(args.since, datetime.min.time()) if args.since else None
        rows = []
        for t in g.history.transactions(args.household, member_id=member_id, kind=args.kind, since=since,
                                     limit=args.limit):
            rows.append({"id": t.id, "at": t.occurred_at.strftime("%Y-%m-%d %H:%M"), "kind": t.kind,
                         "member": t.member_name, "amount": format_fen(t.amount_fen),
                         "expense": expense_label(t.expense_kind) if t.expense_kind else "",
                         "split": ", ".join(f"{s.member_name} {format_fen(s.amount_fen)}" for s in t.splits),
                         "out_of_pocket": format_fen(t.out_of_pocket_fen), "note": t.note})
        out.table(rows, [("id", "#"), ("at", tr("time")), ("kind", tr("kind")), ("member", tr("member")),
                         ("amount", tr("amount")), ("split", tr("paid by")), ("out_of_pocket", tr("out of pocket")),
                         ("note", tr("note"))])
        return 0
    if args.command == "audit":
        rows = [{"at": f"{e.at:%Y-%m-%d %H:%M}", "actor": e.actor, "action": e.action, "summary": e.summary}
                for e in g.audit.log(args.household)]
        out.table(rows, [("at", tr("time")), ("actor", tr("operator")), ("summary", tr("change"))])
        return 0
    if args.command == "export":
        from core.filters import HistoryFilter
        n = g.history.export_csv(Path(args.file), HistoryFilter(household_id=args.household))
        out.line(tr("{n} records written to {file}.", n=n, file=args.file))
        return 0
    if args.command == "import":
        from core.csv_import import import_csv
        r = import_csv(g, args.household, Path(args.file))
        out.line(r.message or tr("{n} records imported.", n=r.value))
        return 0
    if args.command == "demo":
        from core.demo import seed_demo
        if g.households.list() and not args.force:
            raise InvalidInput(tr("The database already has households; add --force to add the samples anyway."))
        made = seed_demo(g)
        out.line(tr("Sample households created: {n}.", n=len(g.households.list())))
        return 0 if made else 1
    if args.command == "check":
        problems = g.check()
        for p in problems:
            out.line(p)
        out.line(tr("No problems found.") if not problems else tr("{n} problems found.", n=len(problems)))
        return 1 if problems else 0
    raise AssertionError(args.command)  # pragma: no cover - argparse guarantees a known command


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        _pre_language(argv)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return run(args, _Out(args.json, sys.stdout))
    except GongjiError as exc:
        print(tr("Error: {message}", message=exc.message), file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `gongji history ... | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
