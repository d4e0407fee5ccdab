#!/usr/bin/env python3
"""Check a screenshot PNG (decoded by Qt's QImage; run it with the project's Python):

    python packaging/check_png.py FILE.png [--min-width 800] [--min-height 500] [--min-colors 8]

Exit 0 if the file is a PNG of at least that size whose pixels are not blank (several distinct colours and no
single colour covering more than 97 % of the picture); otherwise exit 1 with the reason.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

from PySide6.QtGui import QImage, QImageReader


def load(path: str) -> QImage:
    """The picture as 32-bit RGB; ValueError with Qt's reason when it is not a readable PNG."""
    reader = QImageReader(path)
    if bytes(reader.format()).lower() != b"png":
        raise ValueError("not a PNG file")
    img = reader.read()
    if img.isNull():
        raise ValueError(reader.errorString())
    return img.convertToFormat(QImage.Format.Format_RGB32)


def colour_counts(img: QImage, step: int = 2) -> Counter[bytes]:
    """How often each colour occurs, sampling every ``step``-th row and column (plenty for 'is it blank?')."""
    bits = bytes(img.constBits())
    bpl, w = img.bytesPerLine(), img.width()
    counts: Counter[bytes] = Counter()
    for y in range(0, img.height(), step):
        row = bits[y * bpl:y * bpl + 4 * w]
        counts.update(row[x:x + 4] for x in range(0, 4 * w, 4 * step))
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("png")
    ap.add_argument("--min-width", type=int, default=800)
    ap.add_argument("--min-height", type=int, default=500)
    ap.add_argument("--min-colors", type=int, default=8)
    a = ap.parse_args(argv)
    try:
        img = load(a.png)
    except ValueError as exc:
        print(f"check_png: {a.png}: {exc}", file=sys.stderr)
        return 1
    w, h = img.width(), img.height()
    counts = colour_counts(img)
    top = counts.most_common(1)[0][1] / sum(counts.values())
    problems = []
    if w < a.min_width or h < a.min_height:
        problems.append(f"size {w}x{h} is smaller than {a.min_width}x{a.min_height}")
    if len(counts) < a.min_colors:
        problems.append(f"only {len(counts)} distinct colours (blank?)")
    if top > 0.97:
        problems.append(f"one colour covers {top:.0%} of the picture (blank?)")
    print(f"check_png: {a.png}: {w}x{h}, {len(counts)} colours, most common colour {top:.0%}"
          + ("" if not problems else " — " + "; ".join(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
