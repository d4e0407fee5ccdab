"""What a script needs from `gongji`: --json on every command (integer fen, English keys, codes untranslated),
the authorizer's 共济支出明细 (--from-account), --until / --last, member status, --db refusals, help and argparse's
own words in the user's language."""
from __future__ import annotations

import json
import os
import shutil
import stat

import pytest

from core import cli
from core.i18n import set_language

FEN_KEYS = ("amount_fen", "out_of_pocket_fen", "balance_fen", "usable_fen", "refunded_fen", "from_account_fen")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "template.db"
    assert cli.main(["--db", str(path), "demo"]) == 0
    set_language(None)
    return path


@pytest.fixture()
def gj(tmp_path, capsys, demo_db):
    db = tmp_path / "cli.db"
    shutil.copy(demo_db, db)

    def run(*args: str, db_arg: str | None = None) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = cli.main(["--lang", "en", "--db", db_arg or str(db), *args])
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code
        out = capsys.readouterr()
        return code, out.out, out.err

    def js(*args: str):
        code, out, err = run("--json", *args)
        assert code == 0, err
        doc = json.loads(out)
        _check_fen(doc)
        return doc

    run.db = db  # type: ignore[attr-defined]
    run.js = js  # type: ignore[attr-defined]
    yield run
    set_language(None)


def _check_fen(doc) -> None:
    """Every *_fen value is an integer (or null), never a formatted string; no ¥ anywhere."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            if k == "sources":  # a profile's parameter → its source text
                continue
            if k.endswith("_fen"):
                assert v is None or (isinstance(v, int) and not isinstance(v, bool)), (k, v)
            _check_fen(v)
    elif isinstance(doc, list):
        for v in doc:
            _check_fen(v)
    elif isinstance(doc, str):
        assert "¥" not in doc or " " in doc, doc  # amounts only inside sentences (messages, audit summaries)


# ----------------------------------------------------------------------------------------------- JSON shapes

def test_json_shapes_of_every_command(gj, tmp_path):
    js = gj.js
    profiles = js("profiles")
    assert {p["id"] for p in profiles} >= {"national", "jiangsu"} and "sources" in profiles[0]
    hs = js("households")
    assert set(hs[0]) == {"id", "name", "profile", "note", "member_count"} and hs[0]["profile"] == "national"
    made = js("households", "--add", "新家", "--profile", "hubei")
    assert made["household"]["profile"] == "hubei" and made["message"]
    ms = js("members", "-H", "1")
    assert set(ms[0]) == {"id", "household_id", "name", "id_number", "insurance_type", "status", "region",
                          "balance_fen", "prior_years_fen"}
    assert ms[0]["insurance_type"] == "employee" and "*" in ms[0]["id_number"]
    added = js("add-member", "-H", "1", "--name", "新人", "--id-number", "11010519491231002X", "--type", "employee",
               "--balance", "10.50")
    assert added["member"]["balance_fen"] == 1050
    bs = js("bindings", "-H", "1")
    assert {"relation", "state", "bound_at", "confirmed_at", "period_start", "period_end", "initiated_by",
            "confirmed_by"} <= set(bs[0])
    assert bs[0]["relation"] in ("child", "grandchild", "father", "mother", "spouse")
    check = js("bind", "-H", "1", "--authorizer", "新人", "--user", "刘芳", "--relation", "sibling", "--check")
    assert check == {"allowed": True, "problems": []}
    b = js("bind", "-H", "1", "--authorizer", "新人", "--user", "刘芳", "--relation", "sibling")
    assert b["binding"]["state"] == "active" and b["binding"]["relation"] == "sibling"
    order = js("order", "-H", "1", "--user", "刘芳")
    assert order["order"][0]["binding"] == b["binding"]["id"] or b["binding"]["id"] in \
        [e["binding"] for e in order["order"]]
    preview = js("pay", "-H", "1", "--user", "张子涵", "--amount", "12.34", "--dry-run")
    assert preview["dry_run"] is True and preview["amount_fen"] == 1234
    paid = js("pay", "-H", "1", "--user", "张子涵", "--amount", "12.34", "--kind", "vaccine")
    assert paid["kind"] == "payment" and paid["expense_kind"] == "vaccine" and paid["amount_fen"] == 1234
    assert sum(d["amount_fen"] for d in paid["deductions"]) + paid["out_of_pocket_fen"] == 1234
    refund = js("refund", str(paid["id"]), "--amount", "1")
    assert refund["kind"] == "refund" and refund["refund_of"] == paid["id"] and refund["amount_fen"] == 100
    credit = js("credit", "-H", "1", "--member", "新人", "--amount", "180", "--prior-years")
    assert (credit["amount_fen"], credit["part"], credit["balance_fen"]) == (18000, "prior", 19050)
    un = js("unbind", str(b["binding"]["id"]))
    assert un["binding"]["state"] == "ended" and un["binding"]["ended_by"] == "authorizer"
    hist = js("history", "-H", "1", "--limit", "3")
    assert hist[0]["kind"] in ("payment", "refund", "credit") and isinstance(hist[0]["splits"], list)
    audit = js("audit", "-H", "1")
    assert {"at", "actor", "action", "summary"} <= set(audit[0])
    member = js("member", "-H", "1", "新人")
    assert member["member"]["name"] == "新人" and member["message"] == ""
    out_csv = tmp_path / "h.csv"
    exported = js("export", "-H", "1", str(out_csv))
    assert exported["count"] > 0 and exported["file"] == str(out_csv)
    assert js("check") == {"ok": True, "problems": []}


def test_json_errors_are_json_on_stderr(gj):
    code, out, err = gj("--json", "pay", "-H", "1", "--user", "nobody", "--amount", "5")
    assert code == 2 and out == ""
    doc = json.loads(err)
    assert "nobody" in doc["error"]


def test_confirm_and_rebind_json(gj):
    pending = [b for b in gj.js("bindings", "-H", "5") if b["state"] == "pending"]
    assert pending and pending[0]["initiated_by"] == "authorizer"
    code, _, err = gj("confirm", str(pending[0]["id"]), "--by", "authorizer")
    assert code == 2 and "cannot confirm it" in err
    done = gj.js("confirm", str(pending[0]["id"]))
    assert done["binding"]["state"] == "active" and done["binding"]["confirmed_at"]
    assert done["binding"]["confirmed_by"] == "user" and done["binding"]["partner_id"]
    code, out, _ = gj("bindings", "-H", "5")
    b = pending[0]
    assert f"applied by: {b['authorizer']} (the authorizer)" in out and f"confirmed by: {b['user']} (the user)" in out
    hubei = gj.js("bindings", "-H", "2")
    moved = gj.js("rebind", str(hubei[0]["id"]))
    assert moved["binding"]["id"] != hubei[0]["id"] and moved["binding"]["state"] == "active"


# ----------------------------------------------------------------------------------------------- history

def test_from_account_is_the_authorizers_view(gj):
    """--from-account 张伟: only others' payments that took money from 张伟's account, with how much."""
    paid = gj.js("pay", "-H", "1", "--user", "张子涵", "--amount", "30")
    taken = {d["member_id"]: d["amount_fen"] for d in paid["deductions"]}
    dad = [m for m in gj.js("members", "-H", "1") if m["name"] == "张伟"][0]["id"]
    assert taken.get(dad), "the demo's first pooled account of 张子涵 is 张伟's"
    mine = gj.js("history", "-H", "1", "--member", "张伟", "--limit", "500")
    assert paid["id"] in [r["id"] for r in mine] and any(r["kind"] == "credit" for r in mine)
    view = gj.js("history", "-H", "1", "--from-account", "张伟", "--limit", "500")
    row = [r for r in view if r["id"] == paid["id"]][0]
    assert row["from_account_fen"] == taken[dad] and row["member"] == "张子涵"
    assert all(r["member_id"] != dad and r["kind"] in ("payment", "refund") for r in view)
    code, out, _ = gj("history", "-H", "1", "--from-account", "张伟", "--limit", "1")
    assert "from 张伟's account" in out


def test_since_until_and_last(gj):
    everything = gj.js("history", "-H", "1", "--limit", "10000")
    days = sorted({r["occurred_at"][:10] for r in everything})
    mid = days[len(days) // 2]
    upto = gj.js("history", "-H", "1", "--until", mid, "--limit", "10000")
    assert upto and all(r["occurred_at"][:10] <= mid for r in upto)
    assert len(upto) < len(everything)
    window = gj.js("history", "-H", "1", "--since", days[1], "--until", mid, "--limit", "10000")
    assert all(days[1] <= r["occurred_at"][:10] <= mid for r in window)
    last3 = gj.js("history", "-H", "1", "--last", "3m", "--limit", "10000")
    last1y = gj.js("history", "-H", "1", "--last", "1y", "--limit", "10000")
    assert 0 < len(last3) < len(last1y) < len(everything)  # the demo spans 400 days
    code, _, err = gj("history", "-H", "1", "--last", "3m", "--since", "2020-01-01")
    assert code == 2 and "--last" in err
    code, _, err = gj("history", "-H", "1", "--last", "2w")
    assert code == 2 and "invalid choice" in err


def test_history_prints_kinds_translated(gj):
    code, out, _ = gj("--lang", "zh_CN", "history", "-H", "1", "--limit", "40")
    assert code == 0
    assert "类别: payment" not in out and "类别: credit" not in out
    assert "payment" not in out and "credit" not in out


# ----------------------------------------------------------------------------------------------- member status

def test_member_status_change_is_audited_and_says_what_it_changes(gj):
    code, out, _ = gj("member", "-H", "1", "张伟", "--status", "suspended")
    assert code == 0
    assert "张伟's account no longer pays for 张子涵" in out
    m = gj.js("member", "-H", "1", "张伟")
    assert m["member"]["status"] == "suspended"
    assert any(e["action"].startswith("member") and "张伟" in e["summary"] for e in gj.js("audit", "-H", "1"))
    order = gj.js("order", "-H", "1", "--user", "张子涵")
    assert "张伟" not in [e["account"] for e in order["order"]]
    code, out, _ = gj("member", "-H", "1", "张伟", "--status", "normal")
    assert "张伟's account pays for 张子涵 again" in out
    code, _, err = gj("member", "-H", "1", "张伟", "--status", "dead")
    assert code == 2 and "invalid choice" in err


# ----------------------------------------------------------------------------------------------- --db

def test_db_in_a_missing_folder_is_refused_and_nothing_is_created(gj, tmp_path):
    target = tmp_path / "typo" / "sub" / "family.db"
    code, out, err = gj("households", db_arg=str(target))
    assert code == 2 and "does not exist" in err and "init" in err and "Traceback" not in err
    assert not (tmp_path / "typo").exists()


def test_init_and_create_make_the_folder_private(gj, tmp_path):
    target = tmp_path / "new" / "family.db"
    code, out, err = gj("init", db_arg=str(target))
    assert code == 0, err
    assert target.exists() and "ready" in out
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    other = tmp_path / "other" / "x.db"
    code, _, err = gj("--create", "households", db_arg=str(other))
    assert code == 0, err and other.exists()


def test_a_folder_as_db_is_not_called_damaged(gj, tmp_path):
    code, out, err = gj("households", db_arg=str(tmp_path))
    assert code == 2 and "is a folder, not a database file" in err
    assert "damaged" not in err


# ----------------------------------------------------------------------------------------------- help

def test_argparse_words_in_chinese(capsys):
    try:
        with pytest.raises(SystemExit):
            cli.main(["--lang", "zh_CN", "--help"])
        out = capsys.readouterr().out
        assert out.startswith("用法：") and "usage:" not in out and "options" not in out
        with pytest.raises(SystemExit):
            cli.main(["--lang", "zh_CN", "pay"])
        err = capsys.readouterr().err
        assert "错误" in err and "error:" not in err and "usage:" not in err
    finally:
        set_language(None)


def test_pay_help_lists_every_kind(capsys):
    from core.schema import EXPENSE_KINDS
    try:
        with pytest.raises(SystemExit):
            cli.main(["--lang", "en", "pay", "--help"])
        out = capsys.readouterr().out
        for kind in EXPENSE_KINDS:
            assert kind in out, kind
    finally:
        set_language(None)
