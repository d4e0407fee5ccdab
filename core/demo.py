"""A realistic sample: several households, generations, both insurance types, one user with several
authorizers, and one household per ordering rule. Used by ``gongji demo``, ``gongji-desktop --demo`` and tests.

:func:`demo_ledger` gives the window's demo a ready sample in the time of a copy: the sample is seeded through the
API once (per day, program version, operator name), kept as a verified template file in the user's cache folder
(0700/0600), and each demo gets an owner-only copy of it (issue #11: seeding took ~6 s of every ``--demo`` start).

ID numbers are generated with valid check characters from the fictional area code 110105 (Beijing Chaoyang);
they belong to nobody.
"""
from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
from datetime import date, datetime, timedelta
from pathlib import Path

from core import ids
from core.collection import Collection


def demo_id(birth: date, seq: int, male: bool) -> str:
    """A valid, fictional 18-digit ID number."""
    code = seq * 2 + (1 if male else 0)
    body = f"110105{birth:%Y%m%d}{code % 1000:03d}"
    return body + ids.check_char(body)


def seed_demo(g: Collection, *, history_days: int = 400) -> dict[str, int]:
    """Create the sample households in an empty (or any) database. Returns name → id of what it made."""
    made: dict[str, int] = {}
    today = g.clock()
    seq = iter(range(10, 500))
    # The setup happened before the history starts: run it on a clock that starts then and ticks a minute a step.
    real_clock = g.clock
    ticks = itertools.count()
    setup_start = today - timedelta(days=history_days + 1)
    g.clock = lambda: setup_start + timedelta(minutes=next(ticks))

    def member(hid: int, name: str, born: date, male: bool, kind: str, balance_yuan: int = 0,
               prior_yuan: int = 0, region: str = "") -> int:
        m = g.members.add(hid, name, demo_id(born, next(seq), male), kind, region=region,
                         balance_fen=balance_yuan * 100, prior_years_fen=prior_yuan * 100).value
        made[name] = m.id
        return m.id

    # 1. National profile, manual order: three generations, a child with three authorizers.
    h = g.households.create("张家（三代同堂）", "national", note="演示：爷爷奶奶、爸爸妈妈、孩子").value.id
    made["张家"] = h
    grandpa = member(h, "张德福", date(1950, 3, 12), True, "employee", 12800, 9000, "北京市朝阳区")
    grandma = member(h, "王桂兰", date(1953, 8, 2), False, "employee", 6400, 4000, "北京市朝阳区")
    dad = member(h, "张伟", date(1978, 11, 20), True, "employee", 8650, 5000, "北京市朝阳区")
    mom = member(h, "刘芳", date(1981, 5, 6), False, "employee", 3200, 1500, "北京市海淀区")
    kid = member(h, "张子涵", date(2012, 9, 1), True, "resident", region="北京市朝阳区")
    g.bindings.bind(dad, kid, "child")
    g.bindings.bind(mom, kid, "child")
    g.bindings.bind(grandpa, kid, "grandchild")
    g.bindings.bind(dad, grandpa, "father")
    g.bindings.bind(dad, grandma, "mother")
    g.bindings.bind(grandpa, grandma, "spouse")

    # 2. Hubei: most recently bound pays first.
    h2 = g.households.create("李家（湖北）", "hubei", note="演示：按绑定时间倒序扣款").value.id
    made["李家"] = h2
    li_f = member(h2, "李建军", date(1965, 1, 15), True, "employee", 9000, 6000, "湖北省武汉市")
    li_m = member(h2, "陈秀珍", date(1967, 7, 30), False, "employee", 4500, 2000, "湖北省武汉市")
    li_d = member(h2, "李娜", date(1992, 4, 18), False, "employee", 600, 0, "湖北省武汉市")
    g.bindings.bind(li_f, li_d, "child")
    g.bindings.bind(li_m, li_d, "child")

    # 3. Balance first.
    h3 = g.households.create("赵家（余额优先）", "balance-first", note="演示：余额多的账户先扣").value.id
    made["赵家"] = h3
    zh_a = member(h3, "赵国强", date(1960, 10, 3), True, "employee", 2100, 1000)
    zh_b = member(h3, "孙丽", date(1962, 2, 14), False, "employee", 7300, 3000)
    zh_c = member(h3, "赵磊", date(1988, 6, 25), True, "resident")
    g.bindings.bind(zh_a, zh_c, "child")
    g.bindings.bind(zh_b, zh_c, "child")

    # 4. Zhejiang: only the prior-years part is shared, one authorizer per user.
    h4 = g.households.create("陈家（浙江）", "zhejiang", note="演示：只共济历年账户").value.id
    made["陈家"] = h4
    ch_a = member(h4, "陈志明", date(1958, 12, 1), True, "employee", 15000, 11000, "浙江省杭州市")
    ch_b = member(h4, "陈晓燕", date(1985, 3, 9), False, "resident", region="浙江省杭州市")
    g.bindings.bind(ch_a, ch_b, "child")

    # 5. Jiangsu: commitment and proof required; a spouse binding waits for confirmation.
    h5 = g.households.create("周家（江苏）", "jiangsu", note="演示：承诺书、配偶确认").value.id
    made["周家"] = h5
    zo_a = member(h5, "周文斌", date(1975, 9, 9), True, "employee", 5200, 2500, "江苏省南京市")
    zo_b = member(h5, "吴静", date(1977, 12, 24), False, "employee", 1800, 800, "江苏省南京市")
    zo_c = member(h5, "周一诺", date(2005, 1, 1), False, "resident", region="江苏省南京市")
    g.bindings.bind(zo_a, zo_c, "child", commitment_signed=True, proofs=["birth_certificate"])
    g.bindings.bind(zo_a, zo_b, "spouse", commitment_signed=True, proofs=["marriage_certificate"])

    g.clock = real_clock

    # Some history: monthly credits and a spread of payments, with one refund.
    start = today - timedelta(days=history_days)
    employees = [grandpa, grandma, dad, mom, li_f, li_m, li_d, zh_a, zh_b, ch_a, zo_a, zo_b]
    month = datetime(start.year, start.month, 1, 9, 0)
    if month < start:  # the 1st of this month is before the history (and the setup) began: start next month
        month = (month + timedelta(days=32)).replace(day=1)
    while month < today:
        for m in employees:
            g.ledger.credit(m, 18000, occurred_at=month, note="单位划入")
        month = (month + timedelta(days=32)).replace(day=1)
    kinds = ["pharmacy", "outpatient", "pharmacy", "inpatient", "outpatient"]
    payers = [kid, grandma, grandpa, li_d, zh_c, ch_b, zo_c, kid, dad]
    day = start + timedelta(days=3)
    i = 0
    first_payment = None
    first_day = day
    while day < today - timedelta(days=1):
        who = payers[i % len(payers)]
        amount = [4850, 12600, 2380, 86000, 15900, 760, 33000][i % 7]
        t = g.ledger.pay(who, amount, kinds[i % len(kinds)], occurred_at=day.replace(hour=10 + i % 7, minute=(i * 7) % 60),
                  note=["社区医院", "同仁堂药店", "北京协和医院", "大药房", "口腔门诊"][i % 5]).value
        first_payment = first_payment or t.id
        day += timedelta(days=5 + i % 4)
        i += 1
    if first_payment:
        g.ledger.refund(first_payment, 1000, note="退药", occurred_at=first_day + timedelta(days=2))
    g.undo.clear()  # the sample is not something the user did; nothing to undo
    return made


def _template_folder() -> Path:
    import platformdirs

    from core.fsmode import private_dir
    return private_dir(Path(platformdirs.user_cache_dir("gongji", appauthor=False)) / "demo")


def _template_path(actor: str | None, today: date | None = None) -> Path:
    from core.heads import quick_head
    from core.validate import now_cst
    day = today or now_cst().date()
    key = hashlib.sha256(f"{quick_head()}|{day}|{actor}|".encode() + Path(__file__).read_bytes()).hexdigest()[:16]
    return _template_folder() / f"demo-{day:%Y%m%d}-{key}.db"


def demo_template_ready(actor: str | None = None) -> bool:
    """True when today's template exists (a demo then opens in the time of a copy; else it is seeded first)."""
    return _template_path(actor).is_file()


def demo_ledger(dest: Path, *, actor: str | None = None, today: date | None = None) -> Path:
    """A fresh demo ledger at ``dest`` (created 0600; its folder must exist): a copy of the day's template, which
    is built (seeded through the API, in a temporary file renamed into place when whole) the first time it is
    needed and checked (``PRAGMA integrity_check``, a gongji ledger) before every copy; a template that fails the
    check is built again. Open it with ``Collection.open(dest, backup=False)``."""
    from core.backup_files import is_good, sqlite_backup
    template = _template_path(actor, today)
    if not (template.is_file() and is_good(template)):
        _build_template(template, actor)
    return sqlite_backup(template, Path(dest))


def _build_template(template: Path, actor: str | None) -> None:
    from core.backup_files import is_good, sqlite_backup
    work = template.with_name(f"{template.stem}.build-{os.getpid()}.db")
    try:
        g = Collection.open(work, actor=actor, backup=False)
        try:
            seed_demo(g)
        finally:
            g.close()
        sqlite_backup(work, template)  # one self-contained file, renamed into place whole (two demos may race)
        if not is_good(template):  # pragma: no cover - a disk that corrupts what it was just given
            raise OSError(f"the demo template {template} failed its check")
    finally:
        for side in ("", "-wal", "-shm", "-journal", ".writelock", ".checked"):
            with contextlib.suppress(OSError):
                Path(f"{work}{side}").unlink()
    for old in template.parent.glob("demo-*.db"):  # yesterday's templates
        if old != template:
            with contextlib.suppress(OSError):
                old.unlink()
