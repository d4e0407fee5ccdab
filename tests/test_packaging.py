"""Packaging: the static pieces always; the built bundle only when it exists (or GONGJI_BUILD=1 builds it).

    GONGJI_BUILD=1 .venv/bin/python -m pytest tests/test_packaging.py    # build with packaging/build.sh, then smoke
"""
from __future__ import annotations

import configparser
import importlib.util
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PKG = REPO / "packaging"
DIST = REPO / "dist" / "gongji"

_spec = importlib.util.spec_from_file_location("check_png", PKG / "check_png.py")
check_png = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_png)


def _png(path: Path, width: int, height: int, pixel) -> Path:
    """A truecolour PNG whose pixel (x, y) is pixel(x, y) -> (r, g, b)."""
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    path.write_bytes(data)
    return path


def test_png_check_tells_blank_from_real(tmp_path):
    blank = _png(tmp_path / "blank.png", 900, 600, lambda x, y: (240, 240, 240))
    assert check_png.main([str(blank)]) == 1
    busy = _png(tmp_path / "busy.png", 900, 600, lambda x, y: ((x * 7) % 256, (y * 3) % 256, (x ^ y) % 256))
    assert check_png.main([str(busy)]) == 0
    small = _png(tmp_path / "small.png", 300, 200, lambda x, y: ((x * 7) % 256, (y * 3) % 256, 9))
    assert check_png.main([str(small)]) == 1
    (tmp_path / "not.png").write_bytes(b"GIF89a")
    assert check_png.main([str(tmp_path / "not.png")]) == 1


def test_png_reader_matches_qt(tmp_path, qtbot):  # noqa: ARG001 - a QApplication for QImage
    """The stdlib reader decodes Qt's PNG filters correctly (same pixels as QImage)."""
    from PySide6.QtGui import QColor, QImage
    img = QImage(64, 32, QImage.Format.Format_RGB32)
    for y in range(32):
        for x in range(64):
            img.setPixelColor(x, y, QColor((x * 4) % 256, (y * 8) % 256, (x * y) % 256))
    img.save(str(tmp_path / "q.png"))
    w, h, rows, bpp = check_png.read_png(str(tmp_path / "q.png"))
    assert (w, h) == (64, 32)
    for (x, y) in ((0, 0), (63, 31), (17, 9)):
        got = tuple(rows[y][x * bpp:x * bpp + 3])
        c = img.pixelColor(x, y)
        assert got == (c.red(), c.green(), c.blue())


def test_desktop_file():
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(PKG / "gongji.desktop", encoding="utf-8")
    e = cp["Desktop Entry"]
    assert e["Type"] == "Application" and e["Exec"] == "gongji-desktop" and e["Icon"] == "gongji"
    assert e["Name[zh_CN]"] == "家庭共济助手" and e["Terminal"] == "false"
    assert e["Categories"].endswith(";")


def test_icons_exist_in_every_size():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        w, h, _rows, _bpp = check_png.read_png(str(REPO / "resources" / "icons" / f"gongji-{size}.png"))
        assert (w, h) == (size, size)
    assert (REPO / "resources" / "icons" / "gongji.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


@pytest.mark.parametrize("script", ["build.sh", "install.sh", "smoke_test.sh"])
def test_shell_scripts_parse(script):
    assert subprocess.run(["bash", "-n", str(PKG / script)]).returncode == 0


def test_spec_ships_what_the_code_reads():
    spec = (PKG / "gongji.spec").read_text(encoding="utf-8")
    for needed in ('"resources/policies"', '"core/migrations"', '"resources/i18n"', '"resources/icons"',
                   '"resources"', "entry_desktop.py", "entry_cli.py", 'name="gongji-desktop"', 'name="gongji"'):
        assert needed in spec, needed
    assert (REPO / "core" / "migrations" / "script.py.mako").is_file()


def _bundle_wanted() -> bool:
    return os.environ.get("GONGJI_BUILD") == "1" or (DIST / "gongji-desktop").is_file()


@pytest.mark.slow
@pytest.mark.skipif(not _bundle_wanted(), reason="no bundle in dist/gongji (set GONGJI_BUILD=1 to build one)")
def test_built_bundle_passes_the_smoke_test():
    if os.environ.get("GONGJI_BUILD") == "1":
        b = subprocess.run(["bash", str(PKG / "build.sh")], cwd=REPO, capture_output=True, text=True, timeout=1800)
        assert b.returncode == 0, b.stdout[-3000:] + b.stderr[-3000:]
    r = subprocess.run(["bash", str(PKG / "smoke_test.sh"), str(DIST)], cwd=REPO, capture_output=True, text=True,
                       timeout=900, env={**os.environ, "PYTHON": sys.executable})
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert "smoke: all passed" in r.stdout
