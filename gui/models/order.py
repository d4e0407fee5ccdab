"""The payment order of one user: the user's own account pinned on top, then pooled accounts in charge order.

Widget-free. Under the ``manual`` ordering rule the pooled rows can be moved (``moveRows``, drag and drop via
``mimeData``/``dropMimeData``); each move emits :attr:`PaymentOrderModel.reordered` with the new list of binding
ids, which the view saves through the service. The model never talks to the database itself.

Rules the model enforces (whatever the view or a drag asks):
- the own-account row (row 0) is never draggable, never moves, and nothing goes above it;
- no row accepts a drop ONTO it (no ``ItemIsDropEnabled`` on valid indexes), so a drop can never overwrite an
  entry — it can only insert between entries.
"""
from __future__ import annotations

from PySide6.QtCore import (QAbstractListModel, QByteArray, QCoreApplication, QMimeData, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)

from core.labels import yuan
from core.views import MemberView, OrderEntry

MIME_TYPE = "application/x-gongji-binding-ids"
#: Role returning the row's OrderEntry (None for the own-account row).
EntryRole = Qt.ItemDataRole.UserRole + 1
#: Role returning True for the pinned own-account row.
PinnedRole = Qt.ItemDataRole.UserRole + 2


def _t(text: str) -> str:
    return QCoreApplication.translate("PaymentOrderModel", text)


class PaymentOrderModel(QAbstractListModel):
    #: The new order of binding ids (top pays first) after a move made through this model.
    reordered = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._user: MemberView | None = None
        self._entries: list[OrderEntry] = []
        self._movable = False

    # ------------------------------------------------------------------ data in / out

    def set_order(self, user: MemberView | None, entries: list[OrderEntry], movable: bool) -> None:
        """Show this order. The same user with the same accounts in the same order (a payment changed balances):
        the changed rows are updated in place (``dataChanged``); otherwise the model is reset (issue #11)."""
        if (user is not None and self._user is not None and user.id == self._user.id and movable == self._movable
                and [e.binding.id for e in entries] == self.binding_ids()):
            first = self._pinned()
            if user != self._user:
                self._user = user
                self.dataChanged.emit(self.index(0), self.index(0))
            for i, e in enumerate(entries):
                if e != self._entries[i]:
                    self._entries[i] = e
                    self.dataChanged.emit(self.index(first + i), self.index(first + i))
            return
        self.beginResetModel()
        self._user = user
        self._entries = list(entries)
        self._movable = movable
        self.endResetModel()

    def retranslate(self) -> None:
        """The texts again in the current language (a language switch), without resetting the rows."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    @property
    def user(self) -> MemberView | None:
        return self._user

    @property
    def movable(self) -> bool:
        return self._movable

    def binding_ids(self) -> list[int]:
        return [e.binding.id for e in self._entries]

    def authorizer_ids(self) -> list[int]:
        return [e.binding.authorizer_id for e in self._entries]

    def entry_at(self, row: int) -> OrderEntry | None:
        i = row - 1
        return self._entries[i] if 0 <= i < len(self._entries) else None

    def row_of_binding(self, binding_id: int) -> int:
        for i, e in enumerate(self._entries):
            if e.binding.id == binding_id:
                return i + 1
        return -1

    def _pinned(self) -> int:
        return 1 if self._user is not None else 0

    # ------------------------------------------------------------------ read

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return self._pinned() + len(self._entries)

    def _own_text(self) -> str:
        u = self._user
        assert u is not None
        if u.has_account:
            bal = _t("balance {balance}").replace("{balance}", yuan(u.balance_fen))
        else:
            bal = _t("no personal account")
        return _t("{name}'s own account (always first) \u2014 {balance}").replace(
            "{name}", u.name).replace("{balance}", bal)

    def _entry_text(self, e: OrderEntry, rank: int) -> str:
        return _t("{rank}. {name} \u2014 balance {balance}, usable {usable}").replace(
            "{rank}", str(rank)).replace("{name}", e.binding.authorizer_name).replace(
            "{balance}", yuan(e.balance_fen)).replace("{usable}", yuan(e.usable_fen))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        pinned = index.row() < self._pinned()
        entry = None if pinned else self._entries[index.row() - self._pinned()]
        if role == PinnedRole:
            return pinned
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._own_text() if entry is None else self._entry_text(entry, index.row() - self._pinned() + 1)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            if entry is None:
                return _t("The user's own account always pays first. It cannot be moved.")
            if self._movable:
                return _t("Drag, or use To top / Up / Down / To bottom (Alt+Home / Alt+Up / Alt+Down / Alt+End), to change when this account pays.")
            return _t("The order is set by the region's rule.")
        if role == Qt.ItemDataRole.FontRole and entry is None:
            from PySide6.QtGui import QFont  # QFont is a value type, not a widget
            f = QFont()
            f.setBold(True)
            return f
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops only land BETWEEN rows (the root accepts them), never onto a row.
            return Qt.ItemFlag.ItemIsDropEnabled if self._movable else Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._movable and index.row() >= self._pinned():
            f |= Qt.ItemFlag.ItemIsDragEnabled
        return f  # deliberately no ItemIsDropEnabled on a valid index

    # ------------------------------------------------------------------ moving

    def moveRows(self, src_parent, src_row: int, count: int, dst_parent, dst_child: int) -> bool:
        """Move ``count`` pooled rows from ``src_row`` to before row ``dst_child`` (Qt's convention)."""
        first = self._pinned()
        n = self.rowCount()
        if (not self._movable or src_parent.isValid() or dst_parent.isValid() or count < 1
                or src_row < first or src_row + count > n or dst_child < first or dst_child > n):
            return False
        if src_row <= dst_child <= src_row + count:  # onto itself: nothing to do
            return False
        if not self.beginMoveRows(QModelIndex(), src_row, src_row + count - 1, QModelIndex(), dst_child):
            return False
        i = src_row - first
        block = self._entries[i:i + count]
        del self._entries[i:i + count]
        to = dst_child - first
        if dst_child > src_row:
            to -= count
        self._entries[to:to] = block
        self.endMoveRows()
        self.reordered.emit(self.binding_ids())
        return True

    def move_up(self, row: int) -> bool:
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), row - 1)

    def move_down(self, row: int) -> bool:
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), row + 2)

    def move_to_top(self, row: int) -> bool:
        """置顶: the entry becomes the first shared account (right after the user's own account)."""
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), self._pinned())

    def move_to_bottom(self, row: int) -> bool:
        """置底: the entry becomes the last."""
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), self.rowCount())

    def removeRows(self, row, count, parent=QModelIndex()) -> bool:  # noqa: ARG002
        """Never: a drag must move entries, not delete them (Qt removes the source after a MoveAction)."""
        return False

    def insertRows(self, row, count, parent=QModelIndex()) -> bool:  # noqa: ARG002
        return False

    # ------------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = []
        for idx in sorted((i for i in indexes if i.isValid()), key=lambda i: i.row()):
            e = self.entry_at(idx.row()) if idx.row() >= self._pinned() else None
            if e is not None and e.binding.id not in ids:
                ids.append(e.binding.id)
        md = QMimeData()
        md.setData(MIME_TYPE, QByteArray(",".join(str(i) for i in ids).encode()))
        return md

    @staticmethod
    def _decode(data: QMimeData) -> list[int]:
        if data is None or not data.hasFormat(MIME_TYPE):
            return []
        raw = bytes(data.data(MIME_TYPE).data()).decode(errors="replace")
        try:
            return [int(x) for x in raw.split(",") if x]
        except ValueError:
            return []

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: ARG002
        if not self._movable or action != Qt.DropAction.MoveAction or parent.isValid():
            return False
        ids = self._decode(data)
        return bool(ids) and all(i in self.binding_ids() for i in ids)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Insert the dragged entries before ``row`` (end if -1). A drop ONTO an entry (valid ``parent``) is
        refused; a drop above the pinned own account lands just below it."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = self._decode(data)
        first = self._pinned()
        target = self.rowCount() if row < 0 else max(row, first)
        target = min(target, self.rowCount())
        before = self.binding_ids()
        # Entries in their current order; where the insertion point lands among the remaining ones.
        moving = [i for i in before if i in ids]
        remaining = [i for i in before if i not in ids]
        ins = sum(1 for r in range(first, target) if self._entries[r - first].binding.id not in ids)
        new = remaining[:ins] + moving + remaining[ins:]
        if new == before:
            return False
        # Apply as one row move per entry so views keep their selection.
        for pos, bid in enumerate(new):
            cur = before.index(bid)
            if cur != pos:
                src, dst = cur + first, pos + first
                self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dst if dst < src else dst + 1)
                e = self._entries.pop(cur)
                self._entries.insert(pos, e)
                before.insert(pos, before.pop(cur))
                self.endMoveRows()
        self.reordered.emit(self.binding_ids())
        # Handled. Qt then "removes the source" of a MoveAction, which removeRows refuses: nothing is lost.
        return True
