"""Frozen entry point of gongji-desktop (PyInstaller runs this script; the code lives in gui.app)."""
import sys

from gui.app import main

if __name__ == "__main__":
    sys.exit(main())
