"""The service-center demo (``gongji-desktop --demo``): a fresh sample every time, never the user's real data.

A demo lives in its own temp folder (``gongji-demo-*``), its database is a copy of core.demo's verified sample
(core.demo.demo_ledger: seeded once, then copied), no backups are made, settings are kept in memory only (gui.settings.Settings.memory), and the folder is deleted
when the app closes. "Reset demo" swaps in a freshly seeded database, so the next visitor starts clean.
Seeding takes a moment: :func:`preparing_splash` says so while it runs (gui/app.py shows it before the window).
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from core.demo import demo_ledger
from core.collection import Collection
from core.views import Changes


def preparing_splash():
    """A small window that says the sample families are being prepared (shown and painted at once); close it with
    ``splash.finish(main_window)``."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QSplashScreen

    import resources
    from gui import theme
    text = QCoreApplication.translate("Demo", "Preparing the demo: sample families and a year of payments\u2026")
    icon = QPixmap(str(Path(resources.__file__).resolve().parent / "icons" / "gongji-128.png"))
    pix = QPixmap(600, 220)
    pix.fill(Qt.GlobalColor.white)
    p = QPainter(pix)
    if not icon.isNull():
        p.drawPixmap(24, (220 - 128) // 2, icon)
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    p.setFont(font)
    p.setPen(Qt.GlobalColor.black)
    p.drawText(176, 20, 400, 180, int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), text)
    p.end()
    splash = theme.own_window(QSplashScreen(pix))
    splash.setAccessibleName(text)
    splash.show()
    QApplication.processEvents()
    return splash


def _fresh(folder: Path, n: int) -> Collection:
    # A copy of the verified, once-seeded sample (core.demo.demo_ledger), not seeded again each time (issue #11).
    return Collection.open(demo_ledger(folder / f"demo-{n}.db"), backup=False)


class DemoSession:
    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="gongji-demo-"))
        self._n = 0
        self.resets = 0

    def open(self) -> Collection:
        """A service on a freshly seeded demo database."""
        self._n += 1
        return _fresh(self.folder, self._n)

    def reset(self, runner, done=None, failure=None) -> None:
        """Re-seed: build a new demo database on the runner's DB thread, then swap it in on the GUI thread and
        announce that everything changed (so every view reloads). ``done()`` runs after the swap."""
        self._n += 1
        n = self._n

        def build(_old: Collection) -> Collection:
            return _fresh(self.folder, n)

        def swap(new: Collection) -> None:
            old: Collection = runner.col
            runner.col = new
            _close(old)
            self.resets += 1
            runner.changed.emit(Changes(households=frozenset({-1})))
            if done is not None:
                done()

        runner.query(build, success=swap, failure=failure)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _close(col: Collection) -> None:
    try:
        col.close()
    except Exception:  # noqa: BLE001 - a demo database that will be deleted anyway
        pass
    if col.path is not None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(col.path) + suffix).unlink(missing_ok=True)
