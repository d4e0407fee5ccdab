"""The members table: one row per member of a household, with bindings at a glance. Widget-free."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from core.profiles import Profile
from core.labels import insurance_label, status_label, yuan

#: Role returning the row's MemberView.
from core.views import BindingView, MemberView
from gui.theme import figure_font_for

#: Role returning the row's MemberView.
MemberRole = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("MembersModel", text)


class MembersModel(QAbstractTableModel):
    """Rows: members. Columns: name, insurance, masked ID, status, balance, (prior-years), can use, shares with.

    The ID column shows ``MemberView.masked_id`` unless :meth:`reveal` was called for that member (after the
    caller asked the service, which audits the reveal)."""

    NAME, INSURANCE, ID, STATUS, BALANCE, PRIOR, USES, SHARES = range(8)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._members: list[MemberView] = []
        self._bindings: list[BindingView] = []
        self._show_prior = False
        self._revealed: dict[int, str] = {}
        self._columns: list[int] = []
        self._set_columns()

    # ------------------------------------------------------------------ data in

    def _set_columns(self) -> None:
        cols = [self.NAME, self.INSURANCE, self.ID, self.STATUS, self.BALANCE]
        if self._show_prior:
            cols.append(self.PRIOR)
        cols += [self.USES, self.SHARES]
        self._columns = cols

    def set_household(self, members: list[MemberView], bindings: list[BindingView], profile: Profile | None) -> None:
        """Show these members. When the same members, bindings and columns are shown already (a payment changed
        balances), only the changed rows are updated in place (``dataChanged``), not the whole table reset: a reset
        makes the view forget its selection and row heights and re-lay-out and repaint everything (issue #11)."""
        active = [b for b in bindings if b.state != "ended"]
        show_prior = profile is not None and profile.shareable == "prior_years"
        if ([m.id for m in members] == [m.id for m in self._members] and active == self._bindings
                and show_prior == self._show_prior and members):
            texts = self.__dict__.setdefault("_texts", {})
            for row, m in enumerate(members):
                if m != self._members[row]:
                    self._members[row] = m
                    for key in [k for k in texts if k[0] == row]:
                        del texts[key]
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
            return
        self.beginResetModel()
        keep = {m.id for m in members}
        self._members = list(members)
        self._bindings = [b for b in bindings if b.state != "ended"]
        self._show_prior = profile is not None and profile.shareable == "prior_years"
        self._revealed = {k: v for k, v in self._revealed.items() if k in keep}
        self._set_columns()
        self._texts: dict[tuple[int, str], str] = {}  # (row, column kind) → text, once per reset (not the ID)
        self.endResetModel()

    def retranslate(self) -> None:
        """The texts again in the current language (a language switch), without resetting the rows."""
        self._texts = {}
        self.__dict__.pop("_title_texts", None)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._members:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._members) - 1, len(self._columns) - 1))

    def reveal(self, member_id: int, number: str) -> None:
        self._revealed[member_id] = number
        self._emit_id_changed(member_id)

    def hide_ids(self) -> None:
        ids = list(self._revealed)
        self._revealed.clear()
        for mid in ids:
            self._emit_id_changed(mid)

    def is_revealed(self, member_id: int) -> bool:
        return member_id in self._revealed

    def _emit_id_changed(self, member_id: int) -> None:
        row = self.row_of(member_id)
        if row >= 0:
            idx = self.index(row, self._columns.index(self.ID))
            self.dataChanged.emit(idx, idx)

    # ------------------------------------------------------------------ lookups

    def member_at(self, row: int) -> MemberView | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def row_of(self, member_id: int) -> int:
        for i, m in enumerate(self._members):
            if m.id == member_id:
                return i
        return -1

    def column_kind(self, column: int) -> int:
        return self._columns[column]

    def member_ids(self) -> set[int]:
        return {m.id for m in self._members}

    def _uses(self, m: MemberView) -> str:
        parts = []
        for b in sorted((b for b in self._bindings if b.user_id == m.id), key=lambda b: b.position):
            s = b.authorizer_name
            if b.state == "pending":
                s += _t(" (waiting)")
            parts.append(s)
        return ", ".join(parts)

    def _shares(self, m: MemberView) -> str:
        parts = []
        for b in (b for b in self._bindings if b.authorizer_id == m.id):
            s = b.user_name
            if b.state == "pending":
                s += _t(" (waiting)")
            parts.append(s)
        return ", ".join(parts)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        kind = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[0][kind]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._titles()[1].get(kind)
        return None

    def _titles(self) -> tuple[dict[str, str], dict[str, str]]:
        """(titles, tooltips) by column kind in the current language, made once per language: a header asks for
        them per section and role at every fit and paint."""
        got = self.__dict__.get("_title_texts")
        if got is None:
            got = self._title_texts = (
                {self.NAME: _t("Name"), self.INSURANCE: _t("Insurance"), self.ID: _t("ID number"),
                 self.STATUS: _t("Status"), self.BALANCE: _t("Balance"), self.PRIOR: _t("Prior-years part"),
                 self.USES: _t("Can use the account of"), self.SHARES: _t("Shares own account with")},
                {self.ID: _t("Masked for privacy. Use \u201cShow full ID\u201d to see it (this is logged)."),
                 self.PRIOR: _t("Only this part of the balance can be shared under this region's rules."),
                 self.USES: _t("Whose accounts this person can pay with, in payment order."),
                 self.SHARES: _t("Who can pay with this person's account.")})
        return got

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        m = self._members[index.row()]
        kind = self._columns[index.column()]
        if role == MemberRole:
            return m
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in (self.BALANCE, self.PRIOR):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and kind in (self.BALANCE, self.PRIOR):  # key figures
            return figure_font_for(self.display_text(index.row(), index.column()))
        if role == Qt.ItemDataRole.ToolTipRole and kind in (self.USES, self.SHARES):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def display_text(self, row: int, column: int) -> str | None:
        """The cell's DisplayRole text, as a plain call (gui.widgets.fit asks for every cell)."""
        m, kind = self._members[row], self._columns[column]
        if kind == self.ID:
            return self._revealed.get(m.id, m.masked_id)
        key = (row, kind)
        texts = self.__dict__.setdefault("_texts", {})
        text = texts.get(key)
        if text is None:
            text = texts[key] = self._text(m, kind)
        return text

    def _text(self, m: MemberView, kind: str) -> str | None:
        if kind == self.NAME:
            return m.name
        if kind == self.INSURANCE:
            return insurance_label(m.insurance_type)
        if kind == self.ID:
            return self._revealed.get(m.id, m.masked_id)
        if kind == self.STATUS:
            return status_label(m.status)
        if kind == self.BALANCE:
            return yuan(m.balance_fen) if m.has_account else _t("no personal account")
        if kind == self.PRIOR:
            return yuan(m.prior_years_fen) if m.has_account else ""
        if kind == self.USES:
            return self._uses(m) or "\u2014"
        if kind == self.SHARES:
            return self._shares(m) or "\u2014"
        return None
