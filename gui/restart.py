"""Starting the app again on a ledger (after opening another file, or after a restore) and quitting this copy.

Its own module so that the About dialog and the Backups dialog can both use it without importing each other.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess


def restart_with_database(path: str, *extra: str) -> bool:
    """Start a new copy of the app on ``path`` (with ``extra`` arguments, e.g. ``--restored-from FILE``) and quit
    this one. Returns False if it could not be started."""
    if getattr(sys, "frozen", False):
        program, args = sys.executable, []
    else:
        program, args = sys.executable, ["-m", "gui.app"]
    ok = QProcess.startDetached(program, [*args, "--db", path, *extra])[0]
    if ok:
        QCoreApplication.quit()
    return bool(ok)
