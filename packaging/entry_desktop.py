"""Frozen entry point of gongji-desktop (PyInstaller runs this script; the code lives in gui.app)."""
import sys

import startup_probe

if __name__ == "__main__":
    if startup_probe.wanted():  # only the smoke test's start-up measurement sets GONGJI_STARTUP_PROBE
        startup_probe.install()
    from gui.app import main

    sys.exit(main())
