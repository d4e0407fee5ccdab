"""A printable PDF statement (QPdfWriter): household, period, per-member totals, then the rows."""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from core.filters import HistoryFilter
from core.fsmode import private_file
from core.money import format_fen
from core.collection import Collection
from core.views import Totals

MAX_ROWS = 5000
#: The printed columns (keys of :class:`gui.history.model.HistoryModel`) and their share of the page width.
COLUMNS = (("time", 0.16), ("kind", 0.09), ("member", 0.1), ("amount", 0.12), ("covered", 0.27), ("oop", 0.12),
           ("note", 0.14))


def _t(text: str) -> str:
    return QCoreApplication.translate("Statement", text)


def period_text(flt: HistoryFilter) -> str:
    if flt.since is None and flt.until is None:
        return _t("all dates")
    a = flt.since.strftime("%Y-%m-%d") if flt.since else "\u2026"
    b = (flt.until - timedelta(days=1)).strftime("%Y-%m-%d") if flt.until else "\u2026"
    return f"{a} \u2013 {b}"


def statement_summary(g: Collection, flt: HistoryFilter) -> list[tuple[str, str]]:
    """The totals block of the statement as (label, value) lines (also used by tests)."""
    return _summary_lines(g.history.totals(flt))


def _summary_lines(t) -> list[tuple[str, str]]:
    """The totals (core.totals: GROUP BY queries, no row loaded) as the statement's lines."""
    lines = [(_t("Records"), str(t.count)), (_t("Payments"), format_fen(t.by_kind.get("payment", 0))),
             (_t("Refunds"), format_fen(t.by_kind.get("refund", 0))),
             (_t("Out of pocket"), format_fen(t.out_of_pocket_fen))]
    if t.by_kind.get("credit"):
        lines.append((_t("Contributions"), format_fen(t.by_kind["credit"])))
    for mid, amount in sorted(t.by_member.items(), key=lambda kv: -kv[1]):
        lines.append((_t("Paid for {name} (payments minus refunds)").replace("{name}", t.names.get(mid, str(mid))),
                      format_fen(amount)))
    for mid, amount in sorted(t.by_account.items(), key=lambda kv: -kv[1]):
        lines.append((_t("Paid from the account of {name}").replace("{name}", t.names.get(mid, str(mid))),
                      format_fen(amount)))
    return lines


def write_statement(g: Collection, path: str | Path, flt: HistoryFilter, *, title_extra: str = "",
                    max_rows: int = MAX_ROWS) -> int:
    """Write the statement; returns the number of rows printed."""
    from gui.history.model import HistoryModel
    h = g.households.get(flt.household_id)
    model = HistoryModel(g.history)
    # The totals (one or two passes over the ledger) run on another pooled connection while this thread reads and
    # formats the rows to print (sqlite3 and psycopg let go of the GIL while a query runs). Before the full database
    # is open (the quick read path keeps one sqlite3 connection per thread, until it closes) they are asked here,
    # after the rows, rather than leave a connection behind for each statement's short-lived thread.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="statement-totals") as pool:
        if getattr(g.db, "opened", True):
            get_totals: Callable[[], Totals] = pool.submit(g.history.totals, flt).result
        else:
            def get_totals() -> Totals:
                return g.history.totals(flt)
        rows = _cells(g, model, flt, max_rows)
        return _draw(g, h, model, path, flt, title_extra, get_totals, rows)


def _cells(g: Collection, model, flt: HistoryFilter, max_rows: int) -> list[tuple[str, ...]]:
    """The texts of the newest ``max_rows`` rows, one tuple per row in :data:`COLUMNS` order (the history table's
    own wording: :meth:`gui.history.model.HistoryModel.cell`)."""
    keys = [key for key, _ in COLUMNS]
    out: list[tuple[str, ...]] = []
    after = None
    while len(out) < max_rows:
        page_keys = g.history.page_keys(flt, min(500, max_rows - len(out)), after=after)
        if not page_keys:
            break
        after = page_keys[-1]
        out += [tuple(model.cell(r, key) for key in keys) for r in g.history.rows([k[1] for k in page_keys])]
    return out


def _draw(g: Collection, h, model, path: str | Path, flt: HistoryFilter, title_extra: str,
          get_totals: Callable[[], Totals], rows: list[tuple[str, ...]]) -> int:
    labels = dict(zip(model.COLUMNS, model.headers))
    private_file(Path(path))  # owner-only (0600) before Qt writes the household's data into it
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(_t("Statement") + " \u2013 " + h.name)
    writer.setCreator("gongji")
    p = QPainter(writer)
    page = QRectF(0, 0, writer.width(), writer.height())
    body = QFont()
    body.setPointSizeF(8)
    head = QFont(body)
    head.setPointSizeF(16)
    head.setBold(True)
    bold = QFont(body)
    bold.setBold(True)
    fm = QFontMetricsF(body, writer)
    line = fm.height() * 1.35
    y = 0.0
    pages = 1

    def footer() -> None:
        p.setFont(body)
        p.setPen(QColor("#555555"))
        p.drawText(QRectF(0, page.bottom() - line, page.width(), line), Qt.AlignmentFlag.AlignRight,
                   _t("Page {n}").replace("{n}", str(pages)))

    def new_page() -> None:
        nonlocal y, pages
        footer()
        writer.newPage()
        pages += 1
        y = 0.0

    p.setFont(head)
    p.setPen(QColor("#000000"))
    hfm = QFontMetricsF(head, writer)
    p.drawText(QRectF(0, y, page.width(), hfm.height() * 1.3), Qt.AlignmentFlag.AlignLeft,
               _t("Medical insurance account statement"))
    y += hfm.height() * 1.5
    p.setFont(body)
    info = [(_t("Household"), h.name), (_t("Period"), period_text(flt)),
            (_t("Printed"), g.clock().strftime("%Y-%m-%d %H:%M"))]
    if title_extra:
        info.append((_t("Showing"), title_extra))
    for label, value in info:
        p.setFont(bold)
        p.drawText(QRectF(0, y, page.width() * 0.25, line), Qt.AlignmentFlag.AlignLeft, label)
        p.setFont(body)
        p.drawText(QRectF(page.width() * 0.25, y, page.width() * 0.75, line), Qt.AlignmentFlag.AlignLeft, value)
        y += line
    y += line * 0.5
    p.setFont(bold)
    p.drawText(QRectF(0, y, page.width(), line), Qt.AlignmentFlag.AlignLeft, _t("Totals"))
    y += line
    p.setFont(body)
    totals = get_totals()
    for label, value in _summary_lines(totals):
        p.drawText(QRectF(0, y, page.width() * 0.6, line), Qt.AlignmentFlag.AlignLeft, label)
        p.drawText(QRectF(page.width() * 0.6, y, page.width() * 0.2, line), Qt.AlignmentFlag.AlignRight, value)
        y += line
    y += line * 0.5

    def header_row() -> None:
        nonlocal y
        p.setFont(bold)
        x = 0.0
        for key, w in COLUMNS:
            align = Qt.AlignmentFlag.AlignRight if key in ("amount", "oop") else Qt.AlignmentFlag.AlignLeft
            text = QFontMetricsF(bold, writer).elidedText(labels[key], Qt.TextElideMode.ElideRight,
                                                          page.width() * w - 12)
            p.drawText(QRectF(x, y, page.width() * w - 12, line), align, text)
            x += page.width() * w
        y += line
        p.setPen(QPen(QColor("#888888"), 1))
        p.drawLine(0, int(y - line * 0.15), int(page.width()), int(y - line * 0.15))
        p.setPen(QColor("#000000"))
        p.setFont(body)

    header_row()
    # Each column's place, width and alignment once (the same float sums as the header's), not per cell.
    geometry, x = [], 0.0
    for key, w in COLUMNS:
        geometry.append((key, x, page.width() * w - 12, page.width() * w - 14,
                         Qt.AlignmentFlag.AlignRight if key in ("amount", "oop") else Qt.AlignmentFlag.AlignLeft))
        x += page.width() * w
    bottom = page.height() - line * 1.5
    elided: dict[tuple[str, str], str] = {}  # kinds, names, notes repeat: measure each text once per column
    elide, right = fm.elidedText, Qt.TextElideMode.ElideRight
    for cells in rows:
        if y + line > bottom:
            new_page()
            header_row()
        for (key, x, width, room, align), text in zip(geometry, cells):
            short = elided.get((key, text))
            if short is None:
                short = elided[(key, text)] = elide(text, right, room)
            p.drawText(QRectF(x, y, width, line), align, short)
        y += line
    printed, total = len(rows), totals.count
    if total > printed:
        if y + line > page.height() - line * 1.5:
            new_page()
        p.drawText(QRectF(0, y, page.width(), line), Qt.AlignmentFlag.AlignLeft,
                   _t("Only the newest {n} of {total} records are printed; export to CSV for all of them.")
                   .replace("{n}", str(printed)).replace("{total}", str(total)))
    footer()
    p.end()
    return printed
