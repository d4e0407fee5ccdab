"""``col.backups``, and the backup functions the GUI needs before any ledger is open (the recovery dialog).

A thin public face over :mod:`core.backup` (private storage): the GUI imports this module, never core.backup.
"""
from __future__ import annotations

from pathlib import Path

from core._base import Part
from core.backup import (AUTO, MANUAL, AutoBackup, Backup, backup_now, is_good, list_backups, move_aside,
                         newest_good_backup, problems, restore)
from core.store import backup_dir_for


class Backups(Part):
    """Backups of the open ledger's SQLite file (None / empty when the ledger is not a local file)."""

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
        """The automatic backup keeper for this file (None: not a local file)."""
        return AutoBackup(self.db.path) if self.db.path is not None else None


__all__ = ["Backups", "Backup", "AutoBackup", "AUTO", "MANUAL", "backup_now", "is_good", "list_backups",
           "move_aside", "newest_good_backup", "problems", "restore", "backup_dir_for"]
