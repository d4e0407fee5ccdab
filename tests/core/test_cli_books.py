"""`gongji reconcile`, `credit-month`, `application`, who applied / must confirm in `bindings`, and README's JSON
table naming every command."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from core import cli
from core.cli_args import build_parser
from core.i18n import set_language

README = Path(__file__).resolve().parents[2] / "README.md"


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

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = cli.main(["--lang", "en", "--db", str(db), *args])
        except SystemExit as exc:
            code = exc.code
        out = capsys.readouterr()
        return code, out.out, out.err

    def js(*args: str):
        code, out, err = run("--json", *args)
        assert code == 0, err
        doc = json.loads(out)
        _fen_are_integers(doc)
        return doc

    run.js = js  # type: ignore[attr-defined]
    yield run
    set_language(None)


def _fen_are_integers(doc) -> None:
    """Every *_fen value is an integer (or null), never "¥356.80"."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            if k.endswith("_fen"):
                assert v is None or (isinstance(v, int) and not isinstance(v, bool)), (k, v)
            _fen_are_integers(v)
    elif isinstance(doc, list):
        for v in doc:
            _fen_are_integers(v)


def _member(gj, hid, name):
    return next(m for m in gj.js("members", "-H", str(hid)) if m["name"] == name)


def test_reconcile_json_and_history(gj):
    before = _member(gj, 1, "刘芳")
    ledger_current = before["balance_fen"] - before["prior_years_fen"]
    same = gj.js("reconcile", "-H", "1", "--member", "刘芳", "--current", f"{ledger_current / 100:.2f}")
    assert same["records"] == [] and same["delta_fen"] == 0 and "nothing was recorded" in same["message"]
    dry = gj.js("reconcile", "-H", "1", "--member", "刘芳", "--current", "100", "--dry-run")
    assert dry["dry_run"] is True and dry["delta_fen"] == 10_000 - ledger_current and dry["records"] == []
    assert _member(gj, 1, "刘芳") == before
    done = gj.js("reconcile", "-H", "1", "--member", "刘芳", "--current", "100", "--prior", "0")
    assert set(done) == {"message", "dry_run", "member_id", "member", "on", "official_current_fen",
                         "official_prior_fen", "ledger_current_fen", "ledger_prior_fen", "prior_given", "delta_fen",
                         "current_delta_fen", "prior_delta_fen", "records"}
    assert (done["official_current_fen"], done["official_prior_fen"]) == (10_000, 0)
    assert done["records"][0]["expense_kind"] == "reconcile"
    assert _member(gj, 1, "刘芳")["balance_fen"] == 10_000
    code, out, _ = gj("history", "-H", "1", "--kind", "adjustment", "--limit", "1")
    assert code == 0 and "reconciliation with the official app" in out and "official app: current year ¥100.00" in out and "Reconciliation of" in out
    assert "ledger: current year" in out


def test_reconcile_refuses_more_precision_than_a_fen(gj):
    before = _member(gj, 1, "刘芳")
    code, _, err = gj("reconcile", "-H", "1", "--member", "刘芳", "--current", "12.345")
    assert code == 2 and "more than two decimal places" in err and "Traceback" not in err
    code, _, err = gj("reconcile", "-H", "4", "--member", "陈志明", "--current", "12")  # Zhejiang: both parts
    assert code == 2 and "prior-years" in err
    assert _member(gj, 1, "刘芳") == before


def test_credit_month_remembers_refuses_twice_and_again(gj):
    dry = gj.js("credit-month", "-H", "1", "--dry-run")
    assert dry["dry_run"] is True and dry["already"]  # the demo credited this month already
    assert {a["member"]: a["amount_fen"] for a in dry["amounts"]}["张伟"] == 18_000
    code, out, err = gj("credit-month", "-H", "1")
    assert code == 2 and "already recorded" in err and "--again" in err
    done = gj.js("credit-month", "-H", "1", "--again", "--amount", "张伟=200.50", "--amount", "刘芳=0")
    got = {r["member"]: r["amount_fen"] for r in done["records"]}
    assert got["张伟"] == 20_050 and "刘芳" not in got and set(done) == {"message", "dry_run", "month", "records"}
    code, _, err = gj("credit-month", "-H", "1", "--again", "--amount", "张伟=1.001")
    assert code == 2 and "decimal places" in err


def test_bindings_name_who_applied_and_who_must_confirm(gj):
    pending = next(b for b in gj.js("bindings", "-H", "5") if b["state"] == "pending")
    assert (pending["initiated_by"], pending["applied_by_name"], pending["waiting_for"]) == \
        ("authorizer", pending["authorizer"], pending["user"])  # Jiangsu: the authorizer applies, the spouse confirms
    code, out, _ = gj("bindings", "-H", "5")
    assert f"waiting for {pending['user']}" in out
    code, _, err = gj("confirm", str(pending["id"]), "--by", "authorizer")
    assert code == 2 and "cannot confirm" in err
    done = gj.js("confirm", str(pending["id"]))
    assert done["binding"]["confirmed_by"] == "user"
    after = next(b for b in gj.js("bindings", "-H", "5") if b["id"] == pending["id"])
    assert after["confirmed_by_name"] == pending["user"] and after["waiting_for"] is None


def test_application_masked_unless_full_ids_and_then_audited(gj):
    doc = gj.js("application", "1")
    assert "********" in doc["text"] and doc["full_ids"] is False
    assert not [e for e in gj.js("audit", "-H", "1") if e["action"] == "member.reveal_id"]
    full = gj.js("application", "1", "--full-ids")
    assert "********" not in full["text"] and re.search(r"\d{17}[\dX]", full["text"])
    assert len([e for e in gj.js("audit", "-H", "1") if e["action"] == "member.reveal_id"]) == 2


def test_readme_json_table_names_every_command():
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| command | JSON |"):]
    table = table[:table.index("\n\n")]
    documented = set(re.findall(r"`([a-z-]+)(?: [a-z]+)?`", "\n".join(line.split("|")[1] for line in
                                                                     table.splitlines()[2:])))
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(sub.choices) <= documented, set(sub.choices) - documented


def test_status_unchanged_says_so_and_refund_names_the_kind(gj):
    gj("member", "-H", "1", "王桂兰", "--status", "suspended")
    code, out, _ = gj("member", "-H", "1", "王桂兰", "--status", "suspended")
    assert code == 0 and "already suspended; nothing was changed" in out and "no longer pays" not in out
    credit = next(t for t in gj.js("history", "-H", "1", "--kind", "credit", "--limit", "1"))
    code, _, err = gj("refund", str(credit["id"]))
    assert code == 2 and "is a contribution" in err and "credit." not in err
