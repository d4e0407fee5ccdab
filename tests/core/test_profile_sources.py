"""Every profile parameter names its source; unsourced parameters are the national default; the minimum-retained
parameter states its reading; README's table is the JSON's; a household on the removed ``zhejiang-retain`` keeps
working (alias when loading, migration 0003 rewriting the id with an audit entry)."""
from __future__ import annotations

import copy
import json
import re
import sqlite3
from importlib import resources
from pathlib import Path

import pytest
from alembic import command

from core import migrate
from core.errors import InvalidInput
from core.profiles import (ALIASES, DEFAULT_PROFILE, NATIONAL_DEFAULT, PARAMS, builtin_profiles, get_profile,
                           profile_from_dict, readme_table)
from core.collection import Collection
from core.store import open_database

pytestmark = pytest.mark.usefixtures("english")

README = Path(__file__).resolve().parents[2] / "README.md"
SOURCE_START = re.compile(r"^(seeds? \d{3}|public reporting|DOMAIN\.md|design)")


def _raw(pid: str) -> dict:
    return json.loads(resources.files("resources").joinpath("policies", f"{pid}.json").read_text("utf-8"))


@pytest.mark.parametrize("pid", sorted(builtin_profiles()))
def test_every_parameter_in_the_json_names_its_source(pid):
    raw = _raw(pid)
    assert raw["params"], "a profile states at least the parameter that makes it different"
    for key, entry in raw["params"].items():
        assert key in PARAMS
        assert SOURCE_START.match(entry["source"]), f"{pid}.{key}: source must start with the seed or reporting"
    for note in raw.get("notes", []):
        assert note["source"].strip()
    p = get_profile(pid)
    assert set(p.param_sources) == set(PARAMS)
    for key in PARAMS:
        src = p.source_of(key)
        if key in raw["params"]:
            assert src == raw["params"][key]["source"].strip()
            assert getattr(p, key) == profile_from_dict(raw, base=builtin_profiles()[DEFAULT_PROFILE]).__getattribute__(key)
        else:  # not stated for the region: national's value, and it says so
            assert src.startswith(NATIONAL_DEFAULT + ": ")
            assert getattr(p, key) == getattr(get_profile(DEFAULT_PROFILE), key)


def test_national_states_every_parameter_itself():
    assert set(_raw("national")["params"]) == set(PARAMS)
    with pytest.raises(InvalidInput, match="min_retained_reading.*missing"):
        d = _raw("national")
        del d["params"]["min_retained_reading"]
        profile_from_dict(d, source="national.json")


def test_a_parameter_without_a_source_is_refused():
    d = _raw("hubei")
    d["params"]["order"]["source"] = "  "
    with pytest.raises(InvalidInput, match="hubei.json.*order.*no source") as exc:
        profile_from_dict(d, source="hubei.json", base=get_profile("national"))
    assert exc.value.field == "order"
    d["params"]["order"] = "bind_time"
    with pytest.raises(InvalidInput, match="order.*value and its source"):
        profile_from_dict(d, source="hubei.json", base=get_profile("national"))


def test_an_unknown_parameter_is_refused():
    d = _raw("hubei")
    d["params"]["max_users"] = {"value": 3, "source": "seed 000: x"}
    with pytest.raises(InvalidInput, match="max_users.*not a known parameter"):
        profile_from_dict(d, source="hubei.json", base=get_profile("national"))


def test_the_seed_quotes_profiles_cite_are_their_sources():
    """The sources that matter most, pinned: the wrong attributions of issue #12 do not come back."""
    p = builtin_profiles()
    assert p["hubei"].source_of("order").startswith("seed 000: 根据《湖北省职工基本医疗保险个人账户")
    assert p["hubei"].source_of("composition").startswith(NATIONAL_DEFAULT)  # not seed 002's passage any more
    assert p["six-member"].source_of("composition") == "seed 002: 具体限定为父亲一人、母亲一人、配偶一人以及子女三人"
    assert "完成双向绑定" in p["jiangsu"].source_of("two_way_relations")
    assert "部分地区要求授权金额需超过个人账户最低留存额" in p["national"].source_of("min_retained_fen")
    assert p["zhejiang"].source_of("min_retained_fen").startswith(NATIONAL_DEFAULT)
    assert p["henan-xuchang"].source_of("one_authorizer_per_user").startswith("public reporting (Xuchang")
    assert p["balance-first"].source_of("order").startswith("seed 001: ")


def test_min_retained_reading_floor_holds_back_threshold_only_gates_authorizing():
    d = _raw("hubei")
    d["params"]["min_retained_fen"] = {"value": 100000, "source": "public reporting: test"}
    d["params"]["min_retained_reading"] = {"value": "floor", "source": "public reporting: test"}
    floor = profile_from_dict(copy.deepcopy(d), base=get_profile("national"))
    assert floor.policy.min_retained_fen == 100000 and floor.authorize_problems("A", 50) == []
    d["params"]["min_retained_reading"]["value"] = "threshold"
    thr = profile_from_dict(d, base=get_profile("national"))
    assert thr.policy.min_retained_fen == 0  # nothing held back when paying
    assert thr.authorize_problems("A", 100001) == []
    [why] = thr.authorize_problems("A", 100000)
    assert "must be above ¥1,000.00 to authorize; A has ¥1,000.00" in why
    d["params"]["min_retained_reading"]["value"] = "both"
    with pytest.raises(InvalidInput, match="min_retained_reading.*floor, threshold"):
        profile_from_dict(d, base=get_profile("national"))


def test_readme_table_is_the_json():
    text = README.read_text(encoding="utf-8")
    table = readme_table()
    assert table in text, "README's profile table differs from the JSON: bash scripts/run py -m core.profiles"
    for pid in builtin_profiles():
        assert f"| `{pid}`" in table


# ----------------------------------------------------------------------------------------------- removed profile

def test_an_old_profile_id_is_an_alias():
    assert ALIASES["zhejiang-retain"] == "zhejiang"
    assert get_profile("zhejiang-retain") is get_profile("zhejiang")


@pytest.mark.sqlite_only
def test_a_household_stored_under_the_old_id_keeps_working(g, fam, db):
    """Without the migration (a database with the old id written after it ran): bind, pay and the household view."""
    h = fam.household("national")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE households SET profile_id = 'zhejiang-retain' WHERE id = ?", (h,))
    a, u = fam.member(h, "A", balance=5000, prior=3000), fam.resident(h, "U")
    assert g.households.get(h).profile.id == "zhejiang"
    g.bindings.bind(a, u, "child", commitment_signed=True)
    assert g.ledger.preview(u, 5000).out_of_pocket_fen == 2000  # prior-years part only


@pytest.mark.sqlite_only
def test_migration_0003_moves_zhejiang_retain_households_and_audits_it(tmp_path):
    path = tmp_path / "old.db"
    db = open_database(path, migrate=False)
    try:
        cfg = migrate.alembic_config(db)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002")
    finally:
        db.close()
    with sqlite3.connect(path) as con:
        con.execute("INSERT INTO households (name, profile_id, note, created_at) VALUES "
                    "('杭州一家', 'zhejiang-retain', '', '2026-01-01 00:00:00.000000'), "
                    "('北京一家', 'national', '', '2026-01-01 00:00:00.000000')")
    db = open_database(path)
    try:
        g = Collection(db, actor="test")
        hz, bj = g.households.list()
        assert (hz.profile_id, bj.profile_id) == ("zhejiang", "national")
        [ev] = [e for e in g.audit.log(hz.id) if e.action == "household.profile"]
        assert "zhejiang-retain" in ev.summary and "zhejiang" in ev.summary
        assert not [e for e in g.audit.log(bj.id) if e.action == "household.profile"]
    finally:
        db.close()
