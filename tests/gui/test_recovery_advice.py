"""The window's advice is right (issue #9, finding 7): restoring a backup is offered only for real damage — never
for a folder in the ledger's place, a file the user may not read, or a read-only file, even when backups exist —
and a read-only ledger opens read-only and says so."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import backup as bk
from core.errors import StorageError
from core.collection import Collection
from core.store import open_database
from gui.opening import open_with_recovery
from tests.openpaths import both_open_paths

_open_path = both_open_paths(__name__)

pytestmark = pytest.mark.usefixtures("english")

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def ledger_with_backup(path: Path) -> None:
    db = open_database(path, backup=False)
    Collection(db, actor="t").households.create("kept")
    db.close()
    bk.backup_now(path)


def no_recovery(*_a):
    pytest.fail("the recovery dialog (restore a backup) was offered for a problem that is not damage")


def test_a_folder_in_the_ledgers_place_is_not_damage(qtbot, tmp_path):
    path = tmp_path / "ledger.db"
    ledger_with_backup(path)
    aside = tmp_path / "moved.db"
    path.rename(aside)
    path.mkdir()
    with pytest.raises(StorageError) as exc:
        open_with_recovery(path, recover_fn=no_recovery, inform=lambda *a: None)
    assert exc.value.kind == "not_a_file" and "folder" in str(exc.value)


def test_a_healthy_file_the_user_may_not_read_is_not_damage(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "ledger.db"
    ledger_with_backup(path)
    path.chmod(0)
    if ROOT_USER:  # root reads any file: make the operating system's answer the one an ordinary user gets
        real = os.access
        monkeypatch.setattr("core.storefaults.os.access",
                            lambda p, m, *a, **k: False if Path(p) == path and m & os.R_OK else real(p, m, *a, **k))
    with pytest.raises(StorageError) as exc:
        open_with_recovery(path, recover_fn=no_recovery, inform=lambda *a: None)
    assert exc.value.kind == "permission" and "permission denied" in str(exc.value)
    assert not exc.value.restore_helps
    path.chmod(0o600)


@pytest.mark.skipif(not ROOT_USER or sys.platform != "linux", reason="needs root to mount a read-only tmpfs")
def test_a_read_only_ledger_opens_read_only_and_says_so(qtbot, tmp_path):
    mnt = tmp_path / "ro"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)]).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        path = mnt / "ledger.db"
        ledger_with_backup(path)
        assert subprocess.run(["mount", "-o", "remount,ro", str(mnt)]).returncode == 0
        told = []
        opened = open_with_recovery(path, recover_fn=no_recovery, inform=lambda title, text: told.append(text))
        try:
            assert opened.read_only and opened.db.read_only
            assert told and "read-only" in told[0]
            g = Collection(opened.db, actor="t")
            assert [h.name for h in g.households.list()] == ["kept"]
            with pytest.raises(StorageError) as exc:
                g.households.create("refused")
            assert "read-only" in str(exc.value)
        finally:
            opened.close()
    finally:
        subprocess.run(["umount", "-l", str(mnt)])


def test_a_missing_ledger_with_backups_offers_a_restore_not_an_empty_ledger(qtbot, tmp_path):
    from gui.dialogs.recovery import RecoveryDialog
    path = tmp_path / "ledger.db"
    ledger_with_backup(path)
    path.unlink()
    seen = []

    def recover_fn(p, why):
        seen.append(why)
        dlg = RecoveryDialog(p, why)
        qtbot.addWidget(dlg)
        assert dlg.newest_button.isDefault()
        dlg.restore_newest()
        return dlg.chosen

    opened = open_with_recovery(path, recover_fn=recover_fn, inform=lambda *a: None)
    try:
        assert seen and "missing" in seen[0]
        assert [h.name for h in Collection(opened.db, actor="t").households.list()] == ["kept"]
    finally:
        opened.close()
