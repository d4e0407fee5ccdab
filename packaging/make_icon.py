#!/usr/bin/env python3
"""Draw the app icon: resources/icons/gongji.svg (the source) and PNGs of it at 16…512 px, plus gongji.ico.

    .venv/bin/python packaging/make_icon.py

The picture: a teal rounded square (medical insurance), two overlapping hearts (family members sharing), a white
medical cross on the front heart. Plain shapes, high contrast, readable at 16 px. PNGs are rendered from the SVG
with QtSvg so the SVG is the one source of truth.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

HEART = "M 0 -14 C -8 -30 -38 -28 -38 -4 C -38 16 -16 30 0 44 C 16 30 38 16 38 -4 C 38 -28 8 -30 0 -14 Z"

SVG = f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>家庭共济助手</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#14877a"/>
      <stop offset="1" stop-color="#0b5f56"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="52" ry="52" fill="url(#bg)"/>
  <g transform="translate(96 112) scale(1.55)">
    <path d="{HEART}" fill="#ffd166" stroke="#0b5f56" stroke-width="5" stroke-linejoin="round"/>
  </g>
  <g transform="translate(150 128) scale(1.7)">
    <path d="{HEART}" fill="#ffffff" stroke="#0b5f56" stroke-width="5" stroke-linejoin="round"/>
    <rect x="-7" y="-10" width="14" height="40" rx="2" fill="#d62839"/>
    <rect x="-20" y="3" width="40" height="14" rx="2" fill="#d62839"/>
  </g>
</svg>
"""


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed for painting
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "gongji.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode("utf-8")))
    if not renderer.isValid():
        print("make_icon: the SVG does not parse", file=sys.stderr)
        return 1
    images = []
    for size in SIZES:
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p)
        p.end()
        path = OUT / f"gongji-{size}.png"
        if not img.save(str(path), "PNG"):
            print(f"make_icon: cannot write {path}", file=sys.stderr)
            return 1
        images.append(img)
    # A Windows .ico (Qt writes ICO when the imageformats plugin is there; PyInstaller also accepts a PNG).
    big = images[SIZES.index(256)]
    if not big.save(str(OUT / "gongji.ico"), "ICO"):
        print("make_icon: no ICO writer here; Windows builds will use gongji-256.png", file=sys.stderr)
    print(f"make_icon: wrote {OUT.relative_to(ROOT)}/gongji.svg and {len(SIZES)} PNGs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
