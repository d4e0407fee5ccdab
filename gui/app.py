"""``gongji-desktop``: the desktop window.

    gongji-desktop [--db PATH|URL] [--demo] [--lang zh_CN|en] [--household N] [--screenshot FILE.png]

``--demo`` works on a fresh throwaway database seeded with sample households; it never touches the real data and
is deleted on exit. ``--screenshot`` shows the main window, lets it paint, saves it as PNG and exits.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from core import i18n as core_i18n
from core.errors import GongjiError

BASE_POINT_SIZE = 12.0  # larger than the usual 9-10 pt default: many users are elderly


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="gongji-desktop", description="Family pooling helper (desktop window)")
    p.add_argument("--db", metavar="PATH|URL", help="ledger database file or SQLAlchemy URL (default: your data folder)")
    p.add_argument("--demo", action="store_true",
                   help="use a fresh throwaway database with sample households (deleted on exit)")
    p.add_argument("--screenshot", metavar="FILE.png", help="show the main window, save it as PNG and exit")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="user interface language")
    p.add_argument("--household", type=int, metavar="N", help="household number to show first")
    p.add_argument("--elderly", action="store_true", help="larger text and buttons (长辈模式) for this session")
    p.add_argument("--restored-from", metavar="BACKUP", help=argparse.SUPPRESS)  # set by a restore's restart
    p.add_argument("--kept-as", metavar="FILE", help=argparse.SUPPRESS)  # where the replaced ledger was kept
    return p.parse_args(argv)


def _install_gui_translators(app, lang: str) -> None:
    try:
        from gui.i18n import install_translators  # written by the i18n engineer; optional until then
    except ModuleNotFoundError as exc:
        if exc.name != "gui.i18n":
            raise
        return
    install_translators(app, lang)


def _error_box(title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from gui import theme
    box = theme.own_window(QMessageBox(QMessageBox.Icon.Critical, title, text))
    box.setAccessibleName(title)
    box.exec()


# How long after the window's first paint a large ledger's full check starts: the first screen's remaining work
# (fits, the repaint with data: tens of ms) is done by then; the check itself takes seconds on a large file.
FULL_CHECK_AFTER_PAINT_MS = 300


def after_first_paint(window, fn, delay_ms: int = 0) -> None:
    """Run ``fn()`` once, ``delay_ms`` after the window's first paint: for work the first screen does not need
    (issue #11: start-up). Qt paints the window first and its children after it, in one go, and flushes them to the
    screen before it looks at timers: even a zero delay runs after the first screen is shown."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and self.parent() is not None:
                obj.removeEventFilter(self)
                self.setParent(None)
                QTimer.singleShot(delay_ms, window, fn)
            return False

    window.installEventFilter(_FirstPaint(window))


def check_after_first_paint(window, runner, *, show_damage=None) -> None:
    """A large ledger skips the full quick check when opened (core.store.open_database: full_check_pending). A
    moment after the window's first paint (:data:`FULL_CHECK_AFTER_PAINT_MS`: the first paint is followed by the
    columns' fits and the repaint with the household's data), run it on the DB worker; if it finds damage, the
    ledger becomes read-only and the user is told how to restore a backup (``show_damage(window, runner,
    message)``, by default a message box). Started at the first paint itself, the check (seconds on a 500 MB
    ledger) ran beside the first screen's last steps and delayed it by ~45 ms of CPU (issue #11)."""
    db = runner.col.db
    if not getattr(db, "full_check_pending", False):
        return

    def found(problems: list[str]) -> None:
        if problems:
            other_window = bool(db.read_only_reason)  # another window owns the file: restoring is done there
            db.read_only_reason = db.damaged_message(problems)  # core refuses every write from now on
            (show_damage or _damage_box)(window, runner, db.read_only_reason, can_restore=not other_window)

    after_first_paint(window, lambda: runner.query(lambda g: g.db.full_check(), success=found),
                      FULL_CHECK_AFTER_PAINT_MS)


def _damage_box(window, runner, message: str, *, can_restore: bool = True) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox
    title = QCoreApplication.translate("App", "The ledger file is damaged")
    box = QMessageBox(QMessageBox.Icon.Critical, title, QCoreApplication.translate(
        "App", "The full check of the ledger file found damage:\n\n{message}\n\nSo that nothing gets worse, this "
        "window is now read-only: you can look, but not change anything. Restore the newest good backup to go on "
        "working.").replace("{message}", message), parent=window)
    box.setAccessibleName(title)
    restore = box.addButton(QCoreApplication.translate("App", "&Restore a backup\u2026"),
                            QMessageBox.ButtonRole.AcceptRole)
    restore.setAccessibleName(QCoreApplication.translate("App", "Restore a backup"))
    later = box.addButton(QCoreApplication.translate("App", "&Later"), QMessageBox.ButtonRole.RejectRole)
    later.setAccessibleName(QCoreApplication.translate("App", "Later"))
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is restore:
        from gui.dialogs.backups import BackupsDialog
        dlg = BackupsDialog(runner, window)
        if can_restore and dlg.db_path is not None and dlg.restore_refusal:  # read-only because damaged
            dlg.restore_refusal = ""
            dlg.result_label.setText(message)
            dlg.refresh()
        dlg.exec()


def restored_notice(window, backup: str, kept_as: str | None = None) -> str:
    """After the app restarted on a restored backup: say so where the user looks (status bar, no time limit) and
    in a message box, so that the restart is not a silent flash. Returns the text."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox
    text = QCoreApplication.translate("App", "The ledger was restored from the backup {backup}.").replace("{backup}", Path(backup).name)
    if kept_as:
        text += " " + QCoreApplication.translate("App", "The file it replaced is kept as {file}.").replace("{file}", str(kept_as))
    window.statusBar().showMessage(text)
    title = QCoreApplication.translate("App", "Backup restored")
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, window)
    box.setAccessibleName(title)
    box.open()  # not modal to the whole app: the window is usable behind it
    window._restored_box = box
    return text


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    lang = core_i18n.set_language(args.lang) if args.lang else core_i18n.language()

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("gongji")
    app.setOrganizationName("gongji")
    font = app.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    from gui import theme
    from gui.i18n import choose_language
    from gui.settings import Settings
    settings = Settings.memory(Settings()) if args.demo else Settings()  # a demo never saves settings
    from gui.dialogs import prefs
    prefs.use(settings)  # for dialogs opened without them: last folder of file dialogs, pay confirmation
    lang = choose_language(args.lang, settings.language)
    _install_gui_translators(app, lang)
    theme.apply_theme(app, args.elderly or settings.elderly)

    from gui.main_window import MainWindow
    from gui.ops import Runner

    demo_dir: Path | None = None
    splash = None
    db = None
    runner = None
    try:
        try:
            if args.demo:
                from gui.demo import DemoSession, preparing_splash
                from core.demo import demo_template_ready
                # Seeding the sample takes a moment, once a day (core.demo.demo_ledger); a copy does not.
                splash = preparing_splash() if not args.screenshot and not demo_template_ready() else None
                demo = DemoSession()  # a fresh temp folder; "Reset demo" re-seeds it
                demo_dir = demo.folder
                service = demo.open()
                db = service.db
            else:
                chosen = settings.last_database if Path(settings.last_database or ".").is_file() else None
                from gui.opening import open_with_recovery  # lock; damaged file → recovery dialog
                opened = open_with_recovery(args.db or chosen)
                if opened is None:  # the user chose Quit in the recovery dialog
                    return 1
                service = opened.col
                db = service.db
        except GongjiError as exc:
            _error_box(QCoreApplication.translate("App", "Cannot open the data"), str(exc))
            return 1
        runner = Runner(service)
        window = MainWindow(runner, household_id=args.household)
        if not args.demo:  # automatic backups after changes (none can be made before the window is shown)
            from gui.autobackup import install_auto_backup
            after_first_paint(window, lambda: install_auto_backup(runner, runner))
        from gui.desks import install_desk_sync
        install_desk_sync(window, runner)  # other desks' changes shown live, F5, outage banner (issue #14)
        from gui.tour import install_menus, welcome
        window.extras = install_menus(window, settings, demo if args.demo else None)  # Settings, Help, Reset demo
        if theme.is_elderly(app) and not args.screenshot:
            window.showMaximized()  # 长辈模式: large text needs the whole screen
        else:
            window.show()
        check_after_first_paint(window, runner)  # a large file's full quick check, after the first paint
        # The first screen was read without the ORM (core.quickopen/core.reads); load the write side on the DB
        # worker once the window has painted, so that the first change does not wait for it. A failure here is
        # met again, and reported, by the first write.
        QTimer.singleShot(500, lambda: runner.background(lambda col: col.warm_up(), success=lambda _r: None,
                                                         failure=lambda _e: None))
        if splash is not None:
            splash.finish(window)
        if not args.screenshot and not args.demo:
            QTimer.singleShot(0, lambda: welcome(settings, app, window))  # first run: 长辈模式? then the tour
        if args.restored_from and not args.screenshot:
            QTimer.singleShot(0, lambda: restored_notice(window, args.restored_from, args.kept_as))
        if args.screenshot:
            target = Path(args.screenshot)
            status = {"code": 0}

            def grab() -> None:
                window.repaint()
                from core.fsmode import private_file  # a picture of the ledger: owner-only, like the ledger
                if not window.grab().save(str(private_file(target)), "PNG"):
                    print(f"could not save {target}", file=sys.stderr)
                    status["code"] = 1
                app.quit()

            QTimer.singleShot(600, grab)
            app.exec()
            window.close()
            return status["code"]
        return app.exec()
    finally:
        if runner is not None:
            runner.shutdown()
        if db is not None:
            db.close()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
