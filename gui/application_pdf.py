"""The printable binding application as a PDF (QPdfWriter, A4): core.application's content, ready to sign.

The content (and whether full ID numbers are shown, an audited choice) comes from core; this module only lays it out.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from core.application import ApplicationDoc


def write_application_pdf(doc: ApplicationDoc, path: str | Path) -> None:
    """Write ``doc`` to ``path`` (readable by its user only: created 0600 before Qt writes into it)."""
    from core.fsmode import private_file, tighten
    path = private_file(Path(path))
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(doc.title)
    writer.setCreator("gongji")
    p = QPainter(writer)
    try:
        _paint(p, doc, QRectF(0, 0, writer.width(), writer.height()), writer)
    finally:
        p.end()
    tighten(path)


def _paint(p: QPainter, doc: ApplicationDoc, page: QRectF, writer: QPdfWriter) -> None:
    body = QFont()
    body.setPointSizeF(10.5)
    bold = QFont(body)
    bold.setBold(True)
    head = QFont(body)
    head.setPointSizeF(15)
    head.setBold(True)
    y = 0.0

    def block(text: str, font: QFont, *, x: float = 0.0, width: float | None = None, gap: float = 0.35,
              align=Qt.AlignmentFlag.AlignLeft) -> float:
        """Draw wrapped text at y; returns its height (new page first when it would not fit)."""
        nonlocal y
        p.setFont(font)
        w = (width if width is not None else page.width() - x)
        flags = int(align) | int(Qt.TextFlag.TextWordWrap)
        rect = p.boundingRect(QRectF(x, y, w, 10_000), flags, text)
        if y + rect.height() > page.height():
            writer.newPage()
            y = 0.0
            rect = p.boundingRect(QRectF(x, y, w, 10_000), flags, text)
        p.drawText(QRectF(x, y, w, rect.height()), flags, text)
        return rect.height() * (1 + gap)

    p.setPen(QColor("#000000"))
    y += block(doc.title, head, align=Qt.AlignmentFlag.AlignHCenter, gap=0.8)
    label_w = page.width() * 0.38
    for label, value in doc.fields:
        h1 = block(label, bold, width=label_w - 20, gap=0)
        y_row = y
        h2 = block(value, body, x=label_w, gap=0)
        y = y_row + max(h1, h2) * 1.35
        p.setPen(QPen(QColor("#bbbbbb"), 1))
        p.drawLine(0, int(y - max(h1, h2) * 0.2), int(page.width()), int(y - max(h1, h2) * 0.2))
        p.setPen(QColor("#000000"))
    y += block("", body, gap=0.2)
    y += block(doc.checklist_title, bold)
    for label, needed in doc.checklist:
        y += block(("☑ " if needed else "☐ ") + label, body, x=20, gap=0.2)
    y += block("", body, gap=0.2)
    y += block(doc.commitment_title, bold)
    for i, text in enumerate(doc.commitment, 1):
        y += block(f"{i}. {text}", body, x=20, gap=0.25)
    y += block("", body, gap=1.0)
    for label in doc.signatures:
        y += block(f"{label}: ______________________________", body, gap=1.2)
    block(doc.footer, body, gap=0)

