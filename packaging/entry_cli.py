"""Frozen entry point of the gongji command (PyInstaller runs this script; the code lives in core.cli)."""
import sys

from core.cli import main

if __name__ == "__main__":
    sys.exit(main())
