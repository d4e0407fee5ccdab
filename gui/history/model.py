"""The history table model: never loads all rows.

It holds only the row count and, per visited window of WINDOW rows, the first and last key (occurred_at, id); the
rows themselves live in a small LRU cache of windows (the Anki browser habit: ids + lazy rows + cache). A window
is fetched by keyset from a neighbouring window's key when one is known (scrolling), else by OFFSET (a jump with
the scroll bar). Memory stays flat in the number of rows.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from core.filters import HistoryFilter
from core.labels import EXPENSE_KINDS, expense_label, minute_text
from core.money import format_fen
from core.views import Key
from core.views import TxnView as HistoryRow
from gui.models.payments import signed
from gui.widgets import retexts

WINDOW = 50
MAX_WINDOWS = 12          # rows kept: at most WINDOW * MAX_WINDOWS
MAX_ANCHORS = 4096        # known window boundaries (two keys each)


_GREEN = QColor("#1b5e20")
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)


def _t(text: str) -> str:
    return retexts.translate("History", text)  # remembered: a language switch shows it again


def kind_text(kind: str) -> str:
    return {"payment": _t("Payment"), "refund": _t("Refund"), "credit": _t("Contribution"),
            "adjustment": _t("Correction")}.get(kind, kind)


def plain_join(parts: list[str], sep: str) -> str:
    """The "covered by" parts on one line (see :meth:`HistoryModel.set_join`)."""
    return sep.join(parts)


_RIGHT_COLS = frozenset({3, 5})  # amount, out of pocket
_AMOUNT_COL = 3


class HistoryModel(QAbstractTableModel):
    #: The exact number of rows arrived (after a deferred count).
    counted = Signal(int)
    #: A window of rows was read while scrolling (their texts may need wider columns).
    fetched = Signal()
    #: The note is last: free text, it takes the width the others leave and is cut with … when longer (the detail
    #: pane and the tooltip show it whole); every other column is as wide as its texts (gui/history/columns.py).
    COLUMNS = ("time", "kind", "member", "amount", "covered", "oop", "expense", "refund", "note")
    #: Columns whose text the table may cut with … (free text shown whole elsewhere): never a name or an amount.
    ELIDED_COLUMNS = frozenset({COLUMNS.index("note")})
    RowRole = int(Qt.ItemDataRole.UserRole.value) + 1

    def __init__(self, history, parent=None):
        """``history``: the collection's ``col.history``."""
        super().__init__(parent)
        self.history = history
        self.filter: HistoryFilter | None = None
        self._count = 0
        self._cache: OrderedDict[int, list[HistoryRow]] = OrderedDict()
        self._anchors: OrderedDict[int, tuple[Key, Key]] = OrderedDict()
        #: The two fetch functions (replaceable, e.g. by a test that counts what is fetched).
        #: fetch_page(filter, limit, after=|before=) → whole rows (one query + one for splits); used for the
        #: first window and for scrolling next to a known window.
        self.fetch_page: Callable[..., list[HistoryRow]] = lambda flt, limit, **kw: self.history.page(flt, limit, **kw)
        #: A jump (OFFSET) walks only the covering index for keys, then reads those rows.
        self.fetch_keys: Callable[..., list[Key]] = lambda flt, limit, **kw: self.history.page_keys(flt, limit, **kw)
        self.fetch_rows: Callable[[Sequence[int]], list[HistoryRow]] = lambda ids: self.history.rows(ids)
        #: count_later(filter, callback(n)): count off the GUI thread and call back on it (set by the view).
        self.count_later: Callable[[HistoryFilter, Callable[[int], None]], None] | None = None
        self.counting = False
        self._generation = 0
        #: Display texts of the cached rows (computed once per row, dropped with its window).
        self._cells: dict[int, tuple[str, ...]] = {}
        #: join(parts, separator) → the "covered by" text (see set_join).
        self.join_parts: Callable[[list[str], str], str] = plain_join
        self.retranslate(announce=False)

    def retranslate(self, *, announce: bool = True) -> None:
        """Headers and cell texts in the current language (again after a run-time language switch)."""
        self._expense = {k: expense_label(k) for k in EXPENSE_KINDS}
        # The words the cells are made of, translated once per language (not once per cell).
        self._kind = {k: kind_text(k) for k in ("payment", "refund", "credit", "adjustment")}
        self._sep, self._own, self._no_account = _t(", "), _t("own account"), _t("no account")
        self._refund_of, self._refunded = _t("of payment #{id}"), _t("{amount} refunded")
        self.headers = (_t("Time"), _t("Kind"), _t("Member"), _t("Amount"), _t("Covered by"), _t("Out of pocket"),
                        _t("Purpose"), _t("Refund"), _t("Note"))
        self._cells.clear()
        if announce:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.COLUMNS) - 1))

    def expense_text(self, kind: str) -> str:
        """A purpose's words in the current language (made once per language, in :meth:`retranslate`)."""
        return self._expense.get(kind) or expense_label(kind)

    # ------------------------------------------------------------------ loading

    def set_filter(self, flt: HistoryFilter | None) -> None:
        """Show ``flt``. The first window is read at once; when it is full, the exact row count comes later
        from ``count_later`` (off the GUI thread) and the rows below are added then, so a big ledger paints at
        once. Without ``count_later`` the count is read here."""
        self.beginResetModel()
        self.filter = flt
        self._generation += 1
        self._cache.clear()
        self._cells.clear()
        self._anchors.clear()
        self.counting = False
        if flt is None:
            self._count = 0
        elif self.count_later is None:
            self._count = self.history.count(flt)
        else:
            got = self.fetch_page(flt, WINDOW + 1)
            first = got[:WINDOW]
            self._cache[0] = first
            if first:
                self._anchors[0] = (first[0].key, first[-1].key)
            self._count = len(first)
            if len(got) > WINDOW:
                self.counting = True
                gen = self._generation
                self.count_later(flt, lambda n: self._counted(gen, n))
        self.endResetModel()

    def _counted(self, gen: int, n: int) -> None:
        if gen != self._generation or not self.counting:
            return
        self.counting = False
        if n > self._count:
            self.beginInsertRows(QModelIndex(), self._count, n - 1)
            self._count = n
            self.endInsertRows()
        self.counted.emit(n)

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _window(self, w: int) -> list[HistoryRow]:
        rows = self._cache.get(w)
        if rows is not None:
            self._cache.move_to_end(w)
            return rows
        assert self.filter is not None
        prev, nxt = self._anchors.get(w - 1), self._anchors.get(w + 1)
        if w == 0:
            rows = self.fetch_page(self.filter, WINDOW)
        elif prev is not None:
            rows = self.fetch_page(self.filter, WINDOW, after=prev[1])
        elif nxt is not None:
            rows = self.fetch_page(self.filter, WINDOW, before=nxt[0])
        else:
            keys = self.fetch_keys(self.filter, WINDOW, offset=w * WINDOW)
            rows = self.fetch_rows([k[1] for k in keys]) if keys else []
        keys = [r.key for r in rows]
        self._cache[w] = rows
        if len(self._cache) > MAX_WINDOWS:
            _, dropped = self._cache.popitem(last=False)
            for r in dropped:
                self._cells.pop(r.id, None)
        if keys:
            self._anchors[w] = (keys[0], keys[-1])
            self._anchors.move_to_end(w)
            if len(self._anchors) > MAX_ANCHORS:
                self._anchors.popitem(last=False)
        self.fetched.emit()
        return rows

    def loaded(self) -> Iterator[tuple[int, HistoryRow, tuple[str, ...]]]:
        """(row number, row, display texts) of the rows in memory — reads nothing: what the columns are fitted to."""
        for w, rows in list(self._cache.items()):
            for i, row in enumerate(rows):
                cells = self._cells.get(row.id)
                if cells is None:
                    cells = self._cells[row.id] = tuple(self.cell(row, c) for c in self.COLUMNS)
                yield w * WINDOW + i, row, cells

    def row_at(self, r: int) -> HistoryRow | None:
        if not 0 <= r < self._count:
            return None
        rows = self._window(r // WINDOW)
        i = r % WINDOW
        return rows[i] if i < len(rows) else None

    @property
    def cached_rows(self) -> int:
        return sum(len(v) for v in self._cache.values())

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index):
        return _FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        # Called for every role of every visible cell on each paint: plain int compares, precomputed texts.
        if role == _DISPLAY or role == _TOOLTIP or role == _ACCESSIBLE:
            e = self._entry(index.row())
            return None if e is None else e[1][index.column()]
        if role == _ALIGN:
            return _RIGHT if index.column() in _RIGHT_COLS else _LEFT
        if role == _FOREGROUND:
            if index.column() != _AMOUNT_COL:
                return None
            e = self._entry(index.row())
            return _GREEN if e is not None and e[0].kind in ("refund", "credit") else None
        if role == self.RowRole:
            e = self._entry(index.row())
            return None if e is None else e[0]
        return None

    def _entry(self, r: int) -> tuple[HistoryRow, tuple[str, ...]] | None:
        if not 0 <= r < self._count:
            return None
        w, i = divmod(r, WINDOW)
        rows = self._window(w)
        if i >= len(rows):
            return None
        row = rows[i]
        cells = self._cells.get(row.id)
        if cells is None:
            cells = self._cells[row.id] = tuple(self.cell(row, c) for c in self.COLUMNS)
        return row, cells

    def covered_parts(self, r: HistoryRow) -> list[str]:
        """The "covered by" cell's parts, one per paying account: a name (or own account) and its amount."""
        if r.kind not in ("payment", "refund"):
            return []
        own = self._own
        return [f"{s.member_name if not s.own else own} {signed(r.kind, s.amount_fen)}" for s in r.splits]

    def set_join(self, join: Callable[[list[str], str], str]) -> None:
        """Join the "covered by" parts with ``join(parts, separator)`` from now on (the table's fit wraps them onto
        more lines when the column is narrower than the whole list); the texts are made again when next shown."""
        self.join_parts = join
        self._cells.clear()

    def cell(self, r: HistoryRow, col: str) -> str:
        if col == "time":
            return minute_text(r.occurred_at)
        if col == "kind":
            return self._kind.get(r.kind, r.kind)
        if col == "member":
            return r.member_name
        if col == "amount":
            return signed(r.kind, r.amount_fen)  # one sign convention everywhere (gui/models/payments.py)
        if col == "covered":
            if r.kind not in ("payment", "refund"):
                return ""
            return self.join_parts(self.covered_parts(r), self._sep) or self._no_account
        if col == "oop":
            return format_fen(r.out_of_pocket_fen) if r.kind in ("payment", "refund") else ""
        if col == "expense":
            return self._expense.get(r.expense_kind) or expense_label(r.expense_kind) if r.expense_kind else ""
        if col == "note":
            return r.note.replace("\n", " ")
        if col == "refund":
            if r.kind == "refund":
                return self._refund_of.replace("{id}", str(r.refund_of_id))
            if r.kind == "payment" and r.refunded_fen:
                return self._refunded.replace("{amount}", format_fen(r.refunded_fen))
        return ""
