"""The CSV export as a person reads it (issue #10): per-account columns signed so a column's sum is the account's net
change, times to the minute, words instead of internal codes — and the importer still reads its own files (both
languages) and the files of the previous format (codes current/prior, seconds)."""
from __future__ import annotations

import csv
import re

import pytest

from core import csv_import
from core import history as H
from core.i18n import set_language
from tests.core.test_csvio import fam3, fresh_copy, ledger  # noqa: F401 (fixture)

pytestmark = pytest.mark.usefixtures("english")


def export(g, hid, path) -> list[list[str]]:
    g.history.export_csv(path, H.HistoryFilter(hid))
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(keepends=True)))


def fen(cell: str) -> int:
    sign = -1 if cell.startswith("-") else 1
    y, c = cell.lstrip("-").split(".")
    return sign * (int(y) * 100 + int(c))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_columns_sum_is_the_accounts_balance(g, fam3, tmp_path, lang):  # noqa: F811
    set_language(lang)  # (the english fixture sets the language back after the test)
    try:
        rows = export(g, fam3["hid"], tmp_path / "h.csv")
    finally:
        set_language(None)
    header, body = rows[0], rows[1:]
    holders = [m for m in g.members.list(fam3["hid"]) if m.has_account]
    first = len(header) - len(holders)
    for i, m in enumerate(holders):
        assert header[first + i].startswith(m.name)
        # Every balance change of the account is a row of the export (opening balance, credit, payments, refunds).
        assert sum(fen(r[first + i]) for r in body if r[first + i]) == m.balance_fen
    kinds = {r[2]: r[first:] for r in body}
    refund_word = "refund" if lang == "en" else "退费"
    payment_word = "payment" if lang == "en" else "支付"
    assert all(fen(c) > 0 for c in kinds[refund_word] if c)
    assert all(fen(c) < 0 for c in kinds[payment_word] if c)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_times_to_the_minute_and_no_internal_codes(g, fam3, tmp_path, lang):  # noqa: F811
    set_language(lang)  # (the english fixture sets the language back after the test)
    try:
        rows = export(g, fam3["hid"], tmp_path / "h.csv")
    finally:
        set_language(None)
    for r in rows[1:]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", r[1])
        parts = re.findall(r":([^:;]+):-?\d+\.\d\d", r[11])
        assert parts and set(parts) <= ({"current year", "prior years"} if lang == "en" else {"当年账户", "历年账户"})
    text = (tmp_path / "h.csv").read_text(encoding="utf-8-sig")
    if lang == "zh_CN":
        for code in ("current", "prior", "payment", "refund", "pharmacy", "adjustment", "credit"):
            assert code not in text
        assert "退费" in {r[2] for r in rows[1:]}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_own_export_round_trips_in_each_language(g, fam3, tmp_path, lang):  # noqa: F811
    set_language(lang)  # (the english fixture sets the language back after the test)
    try:
        export(g, fam3["hid"], tmp_path / "h.csv")
        g2, h2 = fresh_copy(g, fam3["hid"], tmp_path / "copy.db")
        try:
            csv_import.import_csv(g2, h2, tmp_path / "h.csv")
            assert ledger(g2, h2) == ledger(g, fam3["hid"])
            assert g2.check() == []
        finally:
            g2.db.close()
    finally:
        set_language(None)


def test_a_file_of_the_previous_format_still_imports(g, fam3, tmp_path):  # noqa: F811
    """Before issue #10 the entries named the parts by code (current/prior) and times had seconds."""
    export(g, fam3["hid"], tmp_path / "h.csv")
    rows = list(csv.reader((tmp_path / "h.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True)))
    for r in rows[1:]:
        r[1] += ":00"
        r[11] = r[11].replace(":current year:", ":current:").replace(":prior years:", ":prior:")
    old = tmp_path / "old.csv"
    with old.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    assert ":prior:" in old.read_text(encoding="utf-8-sig")
    g2, h2 = fresh_copy(g, fam3["hid"], tmp_path / "copy.db")
    try:
        csv_import.import_csv(g2, h2, old)
        assert ledger(g2, h2) == ledger(g, fam3["hid"])
    finally:
        g2.db.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_reconciling_correction_is_exported_in_words_and_imported_as_one(g, fam3, tmp_path, lang):  # noqa: F811
    """A 对账 correction (an adjustment made by reconciling with the official app) is written with its reason in
    words, not the code ``reconcile``, and imported back as a reconciling correction, not a plain one."""
    hid = fam3["hid"]
    m = next(m for m in g.members.list(hid) if m.has_account)
    g.bookkeeping.reconcile(m.id, m.balance_fen - m.prior_years_fen + 1234, m.prior_years_fen)
    set_language(lang)  # (the english fixture sets the language back after the test)
    try:
        rows = export(g, hid, tmp_path / "h.csv")
        text = (tmp_path / "h.csv").read_text(encoding="utf-8-sig")
        g2, h2 = fresh_copy(g, hid, tmp_path / "copy.db")
        try:
            csv_import.import_csv(g2, h2, tmp_path / "h.csv")
            assert ledger(g2, h2) == ledger(g, hid)
            def reasons(col, h):
                return sorted(str(t.expense_kind) for t in col.history.transactions(h) if t.kind == "adjustment")
            assert reasons(g2, h2) == reasons(g, hid) and reasons(g, hid).count("reconcile") == 1
        finally:
            g2.db.close()
    finally:
        set_language(None)
    assert "reconcile" not in text.replace("reconciliation", "")
    assert len([r for r in rows[1:] if "对账" in r[7] or "reconciliation" in r[7]]) == 1  # the expense column
