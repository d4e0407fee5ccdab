"""Backup times are shown in the ledger's time zone (issue #10): the ledger keeps every record in China Standard
Time (core.validate.now_cst) while backup files are stamped with the computer's clock; on a computer set to UTC a
backup made at 18:25 was shown as 18:25 next to records of 02:25 the next day. Now: the Backups dialog, the
recovery dialog and About all show 02:25."""
from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

import pytest

from core import backups as bk
from gui.dialogs.about import AboutDialog
from gui.dialogs.backups import BackupsDialog
from gui.dialogs.recovery import backup_line
from gui.settings import Settings

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture()
def utc_computer():
    """The computer's clock in UTC (eight hours behind the ledger's China Standard Time)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_ledger_time_is_china_standard_time(utc_computer):  # noqa: ARG001
    assert bk.ledger_time(datetime(2026, 11, 23, 18, 25)) == datetime(2026, 11, 24, 2, 25)


def test_backup_line_shows_the_ledgers_time(utc_computer):  # noqa: ARG001
    b = bk.Backup(Path("/x/gongji-20261123-182500-000000-manual.db"), datetime(2026, 11, 23, 18, 25), bk.MANUAL,
                  4096)
    line = backup_line(b)
    assert "2026-11-24 02:25:00" in line and "18:25" not in line


def test_dialogs_show_backup_times_like_the_records(qtbot, runner, service, utc_computer):  # noqa: ARG001
    made = service.backups.backup_now()
    [b] = [b for b in service.backups.list() if b.path == made]
    want = bk.ledger_time(b.made_at).strftime("%Y-%m-%d %H:%M")
    assert want != b.made_at.strftime("%Y-%m-%d %H:%M")  # the computer's clock is not the ledger's here
    d = BackupsDialog(runner)
    qtbot.addWidget(d)
    texts = [d.list.item(i).text() for i in range(d.list.count())]
    assert any(want in t for t in texts), texts
    a = AboutDialog(runner, Settings.memory())
    qtbot.addWidget(a)
    before = datetime.now()
    assert a.backup_now() is not None
    shown = datetime.strptime(a.result_label.text().split(" at ", 1)[1][:16], "%Y-%m-%d %H:%M")
    assert abs((shown - bk.ledger_time(before)).total_seconds()) < 120  # China Standard Time, not UTC
