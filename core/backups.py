"""``col.backups``, and the backup functions the GUI needs before any ledger is open (the recovery dialog).

A thin public face over :mod:`core.backup` (private storage): the GUI imports this module, never core.backup.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from typing import Any

from core.backup import (AUTO, MANUAL, AutoBackup, Backup, backup_now, is_good, leftovers, list_backups, move_aside,
                         newest_good_backup, problems, restore)
from core.backup_files import backup_dir_for
from core.validate import CST


class Backups:
    """Backups of the open ledger's SQLite file (None / empty when the ledger is not a local file).

    Not a ``core._base.Part`` on purpose: the recovery dialog imports this module before the first paint, and
    Part loads the ORM."""

    def __init__(self, ctx: Any):
        self._ctx = ctx

    @property
    def db(self) -> Any:
        return self._ctx.db

    @property
    def db_path(self) -> Path | None:
        return self.db.path

    @property
    def folder(self) -> Path | None:
        return backup_dir_for(self.db.path) if self.db.path is not None else None

    def list(self) -> list[Backup]:
        return list_backups(self.db.path) if self.db.path is not None else []

    def backup_now(self, reason: str = MANUAL) -> Path:
        """A verified copy of the ledger file now."""
        return backup_now(self.db.path, reason)

    def auto(self) -> AutoBackup | None:
        """The automatic-backup policy core applies after every write to this file (None: not a local file)."""
        if self.db.path is None:
            return None
        if self.db.auto_backup is None:
            self.db.auto_backup = AutoBackup(self.db.path)
        return self.db.auto_backup

    def leftovers(self) -> list[Path]:
        """Files a crash or a restore left next to the ledger (see core.backup_files.leftovers)."""
        return leftovers(self.db.path) if self.db.path is not None else []


def ledger_time(made_at: datetime) -> datetime:
    """A backup's time in the ledger's time zone. Backup files are stamped with the computer's own clock (local
    time, naive); every record of the ledger is kept in China Standard Time (core.validate.now_cst), whatever the
    computer's zone — so a backup made at 18:25 UTC is shown as 02:25 the next day, next to the records it holds."""
    return made_at.astimezone(CST).replace(tzinfo=None)


__all__ = ["ledger_time", "Backups", "Backup", "AutoBackup", "AUTO", "MANUAL", "backup_now", "is_good", "leftovers",
           "list_backups", "move_aside", "newest_good_backup", "problems", "restore", "backup_dir_for"]
