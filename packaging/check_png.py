#!/usr/bin/env python3
"""Check a screenshot PNG with the standard library only (no Qt, no Pillow):

    python3 packaging/check_png.py FILE.png [--min-width 800] [--min-height 500] [--min-colors 8]

Exit 0 if the file is a PNG of at least that size whose pixels are not blank (several distinct colours and no
single colour covering more than 97 % of the picture); otherwise exit 1 with the reason.
"""
from __future__ import annotations

import argparse
import struct
import sys
import zlib
from collections import Counter


def read_png(path: str) -> tuple[int, int, list[bytes], int]:
    """(width, height, rows of raw pixel bytes, bytes per pixel) for 8-bit RGB/RGBA/grey PNGs."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or interlace:
                raise ValueError(f"unsupported PNG (depth {depth}, interlace {interlace})")
            bpp = {0: 1, 2: 3, 4: 2, 6: 4}.get(color)
            if bpp is None:
                raise ValueError(f"unsupported PNG colour type {color}")
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("png")
    ap.add_argument("--min-width", type=int, default=800)
    ap.add_argument("--min-height", type=int, default=500)
    ap.add_argument("--min-colors", type=int, default=8)
    a = ap.parse_args(argv)
    try:
        w, h, rows, bpp = read_png(a.png)
    except (OSError, ValueError, zlib.error) as exc:
        print(f"check_png: {a.png}: {exc}", file=sys.stderr)
        return 1
    counts: Counter[bytes] = Counter()
    for y in range(0, h, 2):  # every other row and column is plenty
        row = rows[y]
        for x in range(0, w, 2):
            counts[row[x * bpp:(x + 1) * bpp]] += 1
    total = sum(counts.values())
    top = counts.most_common(1)[0][1] / total
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
