"""The `gongji` command: each command against a real temp database, in-process and (once) as a real process."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import cli
from core.i18n import set_language

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def gj(tmp_path, capsys):
    db = tmp_path / "cli.db"

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main(["--db", str(db), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    run.db = db  # type: ignore[attr-defined]
    yield run
    set_language(None)


def _snapshot(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    try:
        names = [r[0] for r in con.execute("select name from sqlite_master where type='table' order by name")]
        return {n: con.execute(f"select * from {n}").fetchall() for n in names}
    finally:
        con.close()


def test_demo_then_list(gj):
    code, out, _ = gj("demo")
    assert code == 0
    code, out, _ = gj("--json", "households")
    rows = json.loads(out)
    assert {r["name"] for r in rows} >= {"张家（三代同堂）", "李家（湖北）"}
    code, out, _ = gj("--json", "members", "-H", "1")
    members = json.loads(out)
    assert all("*" in m["id_number"] for m in members), "ID numbers must be masked in listings"


def test_dry_run_shows_split_and_records_nothing(gj):
    gj("demo")
    before = _snapshot(gj.db)
    code, out, _ = gj("--json", "pay", "-H", "1", "--user", "张子涵", "--amount", "20000", "--dry-run")
    assert code == 0
    plan = json.loads(out)
    assert sum(d["amount_fen"] for d in plan["deductions"]) + plan["out_of_pocket_fen"] == 2_000_000
    # The child has no own account (resident insurance); the first pooled account in the manual order pays first.
    assert plan["deductions"][0]["name"] == "张伟"
    assert _snapshot(gj.db) == before


def test_pay_refund_and_check(gj):
    gj("demo")
    code, out, _ = gj("pay", "-H", "1", "--user", "张子涵", "--amount", "１２３.４５", "--kind", "pharmacy")
    assert code == 0
    pid = int(out.split("(#")[1].split(")")[0])
    code, out, _ = gj("--json", "history", "-H", "1", "--member", "张子涵", "--limit", "1")
    last = json.loads(out)[0]
    assert last["id"] == pid and last["amount_fen"] == 12345 and last["kind"] == "payment"
    code, _, _ = gj("refund", str(pid), "--amount", "23.45")
    assert code == 0
    code, out, _ = gj("check")
    assert code == 0


def test_bad_input_is_refused_and_changes_nothing(gj):
    gj("demo")
    before = _snapshot(gj.db)
    for args in (["pay", "-H", "1", "--user", "张子涵", "--amount", "abc"],
                 ["pay", "-H", "1", "--user", "张子涵", "--amount", "-5"],
                 ["pay", "-H", "1", "--user", "nobody", "--amount", "5"],
                 ["pay", "-H", "1", "--user", "张子涵", "--amount", "5", "--kind", "cash_withdrawal"],
                 ["add-member", "-H", "1", "--name", "X", "--id-number", "110105194912310021", "--type", "resident"],
                 ["bind", "-H", "1", "--authorizer", "张子涵", "--user", "张伟", "--relation", "father"],
                 ["refund", "999999"]):
        code, out, err = gj(*args)
        assert code == 2, args
        assert err.strip() and "Traceback" not in err, args
    assert _snapshot(gj.db) == before


def test_order_set_and_undo_is_reflected(gj):
    gj("demo")
    code, out, _ = gj("--json", "order", "-H", "1", "--user", "张子涵")
    ids = [e["binding"] for e in json.loads(out)["order"]]
    code, out, _ = gj("--json", "order", "-H", "1", "--user", "张子涵", "--set", *map(str, reversed(ids)))
    assert code == 0
    doc = json.loads(out)
    assert doc["message"] and [e["binding"] for e in doc["order"]] == list(reversed(ids))


def test_locked_order_refused_under_bind_time(gj):
    gj("demo")
    code, out, _ = gj("--json", "order", "-H", "2", "--user", "李娜")
    ids = [e["binding"] for e in json.loads(out)["order"]]
    code, _, err = gj("order", "-H", "2", "--user", "李娜", "--set", *map(str, reversed(ids)))
    assert code == 2 and "re-bind" in err.lower() or "重新绑定" in err


def test_help_in_both_languages(gj, capsys):
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "--help"])
    en = capsys.readouterr().out
    assert "Family pooling" in en
    set_language("zh_CN")
    with pytest.raises(SystemExit):
        cli.main(["--lang", "zh_CN", "--help"])
    zh = capsys.readouterr().out
    # Once core_zh_CN.ts is translated the description is Chinese; it must never be empty.
    assert "gongji" in zh


def test_rules_evaluate_through_the_installed_command(tmp_path):
    doc = {"policy": {"order": "manual"}, "payer": {"id": "me", "balance_fen": 100},
           "pooled": [{"id": "mum", "balance_fen": 500, "bound_at": "2024-01-01T00:00:00+08:00", "position": 1}],
           "amount_fen": 1000}
    f = tmp_path / "in.json"
    f.write_text(json.dumps(doc))
    proc = subprocess.run([sys.executable, "-m", "core.cli", "rules", "evaluate", str(f)], capture_output=True,
                          text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"deductions": [{"account": "me", "amount_fen": 100},
                                                      {"account": "mum", "amount_fen": 500}],
                                       "out_of_pocket_fen": 400}
    bad = subprocess.run([sys.executable, "-m", "core.cli", "rules", "evaluate", "-"], input="{not json",
                         capture_output=True, text=True, cwd=REPO, timeout=60)
    assert bad.returncode == 2 and bad.stdout == "" and len(bad.stderr.strip().splitlines()) == 1
