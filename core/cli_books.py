"""``gongji reconcile``, ``gongji credit-month`` and ``gongji application``: the CLI side of :mod:`core.bookkeeping`
and :mod:`core.application` (kept apart from :mod:`core.cli`, which runs the other commands)."""
from __future__ import annotations

from core import cli_json as J
from core.errors import InvalidInput
from core.i18n import tr
from core.money import format_fen, parse_yuan


def reconciliation_json(r) -> dict:
    return {"member_id": r.member_id, "member": r.member_name, "on": r.on.isoformat(),
            "official_current_fen": r.official_current_fen, "official_prior_fen": r.official_prior_fen,
            "ledger_current_fen": r.ledger_current_fen, "ledger_prior_fen": r.ledger_prior_fen,
            "prior_given": r.prior_given, "delta_fen": r.delta_fen, "current_delta_fen": r.current_delta_fen,
            "prior_delta_fen": r.prior_delta_fen, "records": [J.transaction(t) for t in r.records]}


def _reconcile(g, args, out) -> int:
    m = g.members.find(args.household, args.member)
    current = parse_yuan(args.current, field="balance", allow_zero=True)
    prior = parse_yuan(args.prior, field="prior", allow_zero=True) if args.prior is not None else None
    if args.dry_run:
        rec = g.bookkeeping.reconcile_preview(m.id, current, prior, on=args.date)
        message = ""
    else:
        r = g.bookkeeping.reconcile(m.id, current, prior, on=args.date, note=args.note)
        rec, message = r.value, r.message
    out.line(tr("{name} on {day}:", name=rec.member_name, day=rec.on.isoformat()))
    out.line("  " + tr("official app: current year {c}, prior years {p}", c=format_fen(rec.official_current_fen),
                       p=format_fen(rec.official_prior_fen)))
    out.line("  " + tr("ledger: current year {c}, prior years {p}", c=format_fen(rec.ledger_current_fen),
                       p=format_fen(rec.ledger_prior_fen)))
    out.line("  " + tr("difference: {d}", d=format_fen(rec.delta_fen)))
    if message:
        out.line(message + "".join(f" (#{t.id})" for t in rec.records))
    elif rec.matches:
        out.line(tr("The figures agree; nothing would be recorded."))
    else:
        out.line(tr("(dry run: nothing recorded)"))
    out.data({"message": message, "dry_run": bool(args.dry_run), **reconciliation_json(rec)})
    return 0


def _amounts(g, args) -> dict[int, int]:
    """--amount NAME=YUAN (repeatable) over the remembered amounts."""
    out: dict[int, int] = {}
    for raw in args.amount or []:
        name, sep, yuan = raw.rpartition("=")
        if not sep or not name.strip():
            raise InvalidInput(tr("\u201c{raw}\u201d: write a member and an amount, like 张伟=180.", raw=raw[:40]),
                               field="amount")
        out[g.members.find(args.household, name.strip()).id] = parse_yuan(yuan, allow_zero=True)
    return out


def _credit_month(g, args, out) -> int:
    plan = g.bookkeeping.month_plan(args.household, args.month)
    amounts = {ln.member_id: ln.last_month_fen for ln in plan.lines} | _amounts(g, args)
    names = {ln.member_id: ln.member_name for ln in plan.lines}
    if plan.already:
        out.line(tr("Already recorded in {month}:", month=plan.month))
        for t in plan.already:
            out.line(f"  #{t.id} {t.occurred_at:%Y-%m-%d} {t.member_name} {format_fen(t.amount_fen)}")
    lines = [{"member_id": mid, "member": names.get(mid, str(mid)), "amount_fen": fen} for mid, fen in amounts.items()]
    if args.dry_run:
        out.line(tr("Contributions for {month} (dry run: nothing recorded):", month=plan.month))
        for ln in lines:
            out.line(f"  {ln['member']}: {format_fen(ln['amount_fen'])}")
        out.data({"message": "", "dry_run": True, "month": plan.month, "amounts": lines,
                  "already": [J.transaction(t) for t in plan.already]})
        return 0
    from core.errors import RuleRefused
    try:
        r = g.bookkeeping.credit_month(args.household, amounts, plan.month, again=args.again, note=args.note)
    except RuleRefused as exc:
        if exc.field == "again":
            raise RuleRefused(exc.message + " " + tr("(add --again to record them anyway)"), field="again") from None
        raise
    out.line(r.message)
    for t in r.value:
        out.line(f"  #{t.id} {t.member_name} {format_fen(t.amount_fen)}")
    out.data({"message": r.message, "dry_run": False, "month": plan.month,
              "records": [J.transaction(t) for t in r.value]})
    return 0


def _application(g, args, out) -> int:
    from core.application import for_binding
    doc = for_binding(g, args.binding, full_ids=args.full_ids)
    text = doc.text()
    out.line(text.rstrip("\n"))
    out.data({"binding": args.binding, "full_ids": bool(args.full_ids), "title": doc.title,
              "fields": [[label, value] for label, value in doc.fields],
              "checklist": [[label, needed] for label, needed in doc.checklist], "commitment": list(doc.commitment),
              "text": text})
    return 0


def run(g, args, out) -> int:
    if args.command == "reconcile":
        return _reconcile(g, args, out)
    if args.command == "credit-month":
        return _credit_month(g, args, out)
    return _application(g, args, out)


def add_parsers(sub, household_arg, parse_date) -> None:
    rc = sub.add_parser("reconcile", help=tr("对账: make a member's balance agree with the official app (one audited "
                                             "correction for the difference)"))
    household_arg(rc)
    rc.add_argument("--member", required=True, help=tr("name or ID number"))
    rc.add_argument("--current", required=True, help=tr("the current-year (当年) balance the official app shows, in "
                                                        "yuan"))
    rc.add_argument("--prior", help=tr("the prior-years (历年) balance it shows, in yuan (default: as the ledger has "
                                       "it; required where only the prior-years part is shared)"))
    rc.add_argument("--date", type=parse_date, help=tr("the day the official app showed these figures (default: "
                                                       "today)"))
    rc.add_argument("--note", default="", help=tr("where / what for"))
    rc.add_argument("--dry-run", action="store_true", help=tr("only show the difference; record nothing"))

    cm = sub.add_parser("credit-month", help=tr("record this month's contributions (划入) for every member at once, "
                                                "amounts as last month"))
    household_arg(cm)
    cm.add_argument("--month", metavar="YYYY-MM", help=tr("the month (default: this month)"))
    cm.add_argument("--amount", action="append", metavar="NAME=YUAN", help=tr("a different amount for one member "
                                                                               "(0 skips them); repeatable"))
    cm.add_argument("--again", action="store_true", help=tr("record even though contributions for the month are "
                                                            "already recorded"))
    cm.add_argument("--note", default="", help=tr("where / what for"))
    cm.add_argument("--dry-run", action="store_true", help=tr("only show the amounts; record nothing"))

    ap = sub.add_parser("application", help=tr("print the binding application for the service counter"))
    ap.add_argument("binding", type=int, help=tr("binding number"))
    ap.add_argument("--full-ids", action="store_true", help=tr("print full ID numbers (written to the audit log); "
                                                               "masked otherwise"))
