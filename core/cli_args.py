"""The ``gongji`` command line's arguments: the parser, argparse's own words in the user's language, dates and
periods, and the checks on ``--db`` made before anything is opened or created.

Kept apart from :mod:`core.cli` (which runs the commands) so that the parser and its help can be read in one place.
"""
from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from core import i18n
from core.errors import InvalidInput
from core.i18n import tr


def N_(text: str) -> str:  # noqa: N802 - the usual name of a gettext no-op marker
    """Marks a text for extraction; translated later by ``tr(variable)``."""
    return text


#: argparse's own messages (Python 3.11's argparse passes them through ``gettext``); listed so that
#: scripts/i18n_core.py extracts them and :func:`install_argparse_translation` can translate them.
ARGPARSE_TEXTS = (
    N_("usage: "), N_("%(prog)s: error: %(message)s\n"), N_("positional arguments"), N_("options"),
    N_("show this help message and exit"), N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"), N_("expected one argument"), N_("expected at most one argument"),
    N_("expected at least one argument"), N_("expected %s argument"), N_("expected %s arguments"),
    N_("invalid %(type)s value: %(value)r"), N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"), N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"), N_(" (default: %(default)s)"),
)


def _argparse_gettext(text: str) -> str:
    return tr(text)  # i18n: marked (ARGPARSE_TEXTS)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return tr(singular if n == 1 else plural)  # i18n: marked (ARGPARSE_TEXTS)


def install_argparse_translation() -> None:
    """Let argparse's own words ("usage:", "error:", "the following arguments are required") follow
    core's language. argparse looks ``_`` and ``ngettext`` up in its module at call time."""
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


def pre_language(argv: Sequence[str]) -> None:
    """Honour --lang before building the parser, so that --help is already in that language."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            i18n.set_language(argv[i + 1])
        elif a.startswith("--lang="):
            i18n.set_language(a.split("=", 1)[1])


# ----------------------------------------------------------------------------------------------- values

def parse_date(raw: str) -> date:
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(tr("\u201c{raw}\u201d is not a date; write it as 2025-03-31.", raw=raw))


def parse_datetime(raw: str) -> datetime:
    try:
        return datetime.fromisoformat(raw.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(tr("\u201c{raw}\u201d is not a date; write it as 2025-03-31 or "
                                            "2025-03-31T14:30.", raw=raw))


LAST_CHOICES = ("3m", "6m", "1y")


def period(since: date | None, until: date | None, last: str | None, today: date
           ) -> tuple[datetime | None, datetime | None]:
    """(since, until-exclusive) for ``history``: ``--last 3m|6m|1y`` (up to and including today) or ``--since`` /
    ``--until`` (both days included). ``--last`` with either of the others is refused."""
    from core.filters import date_range
    if last is not None:
        if since is not None or until is not None:
            raise InvalidInput(tr("Use either --last or --since/--until, not both."), field="last")
        return date_range(last, today)
    return date_range("custom", today, since, until)


def db_target_problem(raw: str | None, *, create: bool) -> str | None:
    """Why ``--db`` cannot be used as given (None: fine). A folder is not a database file; a missing folder is
    created only when asked (``init`` or ``--create``) — a typing mistake must not leave an empty ledger behind."""
    if raw is None or raw == "" or ("://" in raw and not raw.startswith("sqlite")):
        return None
    if raw.startswith("sqlite"):
        from sqlalchemy.engine import make_url
        try:
            database = make_url(raw).database
        except Exception:  # noqa: BLE001 - an invalid URL is reported by the store with its own message
            return None
        if not database or database == ":memory:":
            return None
        raw = database
    path = Path(raw).expanduser()
    if path.is_dir():
        return tr("{path} is a folder, not a database file. Give the path of a file in it, e.g. {example}.",
                  path=str(path), example=str(path / "gongji.db"))
    if not path.parent.exists() and not create:
        return tr("The folder {folder} does not exist, so there is no database {path}; nothing was created. To start "
                  "a new database there: gongji --db {path} init (or add --create to the command).",
                  folder=str(path.parent), path=str(path))
    return None


def make_private_folders(raw: str) -> None:
    """Create the missing folders of a ``--db`` file path, each readable by its user only (0700), and the file
    itself empty with 0600 (SQLite keeps the mode of an existing file and gives its journal files the same)."""
    if "://" in raw:
        return
    missing = []
    target = Path(raw).expanduser()
    folder = target.parent
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for f in reversed(missing):
        f.mkdir(mode=0o700)
        if os.name == "posix":
            os.chmod(f, 0o700)
    if not target.exists():
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


# ----------------------------------------------------------------------------------------------- the parser

class _Deferred(argparse.ArgumentParser):
    """A command's parser whose arguments are added when that command is parsed or its help shown: argparse does
    real work per argument (a help formatter each), and a call uses one command of ~30."""

    _pending: list | None = None  # None: arguments go straight in (so while argparse's __init__ adds -h)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pending = []

    def add_argument(self, *args, **kwargs):
        if self._pending is None:
            return super().add_argument(*args, **kwargs)
        self._pending.append((None, args, kwargs))
        return None

    def add_mutually_exclusive_group(self, **kwargs):
        if self._pending is None:
            return super().add_mutually_exclusive_group(**kwargs)
        group = _Group(kwargs)
        self._pending.append((group, (), {}))
        return group

    def add_subparsers(self, **kwargs):
        self._fill()
        return super().add_subparsers(**kwargs)

    def _fill(self) -> None:
        pending, self._pending = self._pending, None
        for group, args, kwargs in pending or ():
            if group is None:
                self.add_argument(*args, **kwargs)
            else:
                real = self.add_mutually_exclusive_group(**group.kwargs)
                for a, kw in group.arguments:
                    real.add_argument(*a, **kw)

    def parse_known_args(self, args=None, namespace=None):
        self._fill()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self._fill()
        return super().format_usage()

    def format_help(self) -> str:
        self._fill()
        return super().format_help()


class _Group:
    """A mutually exclusive group of a :class:`_Deferred` parser, recorded until the parser is filled."""

    def __init__(self, kwargs: dict):
        self.kwargs = kwargs
        self.arguments: list[tuple[tuple, dict]] = []

    def add_argument(self, *args, **kwargs) -> None:
        self.arguments.append((args, kwargs))


def build_parser() -> argparse.ArgumentParser:
    from core.codes import EXPENSE_KINDS, MEMBER_STATUSES, TXN_KINDS
    from core.labels import expense_label
    install_argparse_translation()
    p = argparse.ArgumentParser(prog="gongji", description=tr(
        "Family pooling of medical-insurance personal accounts (职工医保个人账户家庭共济): members, bindings, "
        "payment order, payments and refunds."))
    p.add_argument("--db", metavar="PATH|URL", help=tr("database file or SQLAlchemy URL (default: the app's own "
                                                       "database in your user data folder)"))
    p.add_argument("--create", action="store_true", help=tr("create the database file and its folder if they do not "
                                                            "exist yet"))
    p.add_argument("--lang", choices=["zh_CN", "en"], help=tr("language of messages"))
    p.add_argument("--actor", help=tr("who is operating (recorded in the audit log)"))
    p.add_argument("--json", action="store_true", help=tr("print results as JSON (amounts in fen, keys in English)"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Deferred)

    rules = sub.add_parser("rules", help=tr("the deduction rule as a JSON function"))
    rsub = rules.add_subparsers(dest="rules_command", required=True)
    ev = rsub.add_parser("evaluate", help=tr("evaluate a payment described in JSON (FILE or - for standard input)"))
    ev.add_argument("file")

    sub.add_parser("init", help=tr("create a new empty database at --db (and its folder)"))
    sub.add_parser("profiles", help=tr("list the region policy profiles"))

    hh = sub.add_parser("households", help=tr("list households"))
    hh.add_argument("--add", metavar="NAME", help=tr("create a household with this name"))
    hh.add_argument("--profile", default="national", help=tr("policy profile of the new household"))

    def household_arg(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--household", "-H", type=int, required=True, help=tr("household number"))

    mem = sub.add_parser("members", help=tr("list members of a household"))
    household_arg(mem)
    one = sub.add_parser("member", help=tr("show one member, or change their insured status (audited)"))
    household_arg(one)
    one.add_argument("who", help=tr("name or ID number"))
    one.add_argument("--status", choices=MEMBER_STATUSES, help=tr("normal = insured, suspended = insurance "
                                                                 "suspended (their bindings stop paying)"))
    add = sub.add_parser("add-member", help=tr("add a member to a household"))
    household_arg(add)
    add.add_argument("--name", required=True, help=tr("name"))
    add.add_argument("--id-number", required=True, help=tr("18-digit resident ID number"))
    add.add_argument("--type", dest="insurance_type", choices=["employee", "resident"], required=True,
                     help=tr("employee = 职工医保 (has a personal account), resident = 城乡居民医保"))
    add.add_argument("--balance", default="0", help=tr("opening balance in yuan"))
    add.add_argument("--prior-years", default="0", help=tr("prior-years part of the opening balance in yuan"))
    add.add_argument("--region", default="", help=tr("region (统筹区)"))

    bl = sub.add_parser("bindings", help=tr("list bindings (including ended ones) with their period and who "
                                            "applied and confirmed"))
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
    bd.add_argument("--from", dest="period_start", type=parse_date, help=tr("authorization starts (date)"))
    bd.add_argument("--to", dest="period_end", type=parse_date, help=tr("authorization ends (date)"))
    bd.add_argument("--applied-by", dest="initiated_by", choices=["authorizer", "user"], default="authorizer",
                    help=tr("who applies (default: the authorizer, as the 主账户 does); where the profile needs a "
                            "confirmation, the other party confirms"))
    bd.add_argument("--check", action="store_true", help=tr("only say whether it would be allowed"))

    ub = sub.add_parser("unbind", help=tr("end a binding (history is kept)"))
    ub.add_argument("binding", type=int, help=tr("binding number"))
    ub.add_argument("--by", choices=["authorizer", "user"], default="authorizer", help=tr("who ends it"))
    cf = sub.add_parser("confirm", help=tr("confirm a pending binding (the party who did not apply)"))
    cf.add_argument("binding", type=int, help=tr("binding number"))
    cf.add_argument("--by", choices=["authorizer", "user"], help=tr("who confirms (default: the other party than "
                                                                    "the one who applied)"))
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
    kinds = "; ".join(f"{k} = {expense_label(k)}" for k in EXPENSE_KINDS)
    pay.add_argument("--kind", default="outpatient", metavar="KIND",
                     help=tr("expense kind (default outpatient): {kinds}", kinds=kinds))
    pay.add_argument("--note", default="", help=tr("where / what for"))
    pay.add_argument("--date", type=parse_datetime, help=tr("when it happened (default: now)"))
    pay.add_argument("--dry-run", action="store_true", help=tr("only show how it would be split; record nothing"))

    rf = sub.add_parser("refund", help=tr("refund all or part of a payment back to where it came from"))
    rf.add_argument("payment", type=int, help=tr("payment number"))
    rf.add_argument("--amount", help=tr("amount in yuan (default: everything still refundable)"))
    rf.add_argument("--note", default="", help=tr("where / what for"))

    cr = sub.add_parser("credit", help=tr("record a contribution into a personal account"))
    household_arg(cr)
    cr.add_argument("--member", required=True, help=tr("name or ID number"))
    cr.add_argument("--amount", required=True, help=tr("amount in yuan"))
    cr.add_argument("--prior-years", action="store_true", help=tr("credit the prior-years part"))
    cr.add_argument("--note", default="", help=tr("where / what for"))

    hi = sub.add_parser("history", help=tr("show transactions, newest first"))
    household_arg(hi)
    who = hi.add_mutually_exclusive_group()
    who.add_argument("--member", help=tr("this member's records: their own, and others' payments charged to their "
                                         "account (name or ID number)"))
    who.add_argument("--from-account", metavar="NAME", help=tr("共济支出明细: what others' payments took from this "
                                                               "member's account (name or ID number)"))
    hi.add_argument("--kind", choices=TXN_KINDS, help=tr("only this kind of record"))
    hi.add_argument("--since", type=parse_date, help=tr("from this day (included)"))
    hi.add_argument("--until", type=parse_date, help=tr("up to this day (included)"))
    hi.add_argument("--last", choices=LAST_CHOICES, help=tr("the last 3 months, 6 months or year, up to today"))
    hi.add_argument("--limit", type=int, default=30, help=tr("at most this many records"))
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
    from core.cli_books import add_parsers
    add_parsers(sub, household_arg, parse_date)
    return p
