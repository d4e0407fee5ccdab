"""Add a member to a household: name, ID number (checked live as it is typed), insurance type, region and,
for employee insurance, the opening balance of the personal account.

With ``collect_only`` the dialog saves nothing: OK keeps the checked details in ``values`` (add_member's
arguments) for a caller that saves them together with something else (the bind dialog's "New person…")."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from core import ids
from core.errors import GongjiError, InvalidInput
from core.i18n import tr as core_tr
from core.money import format_fen, parse_yuan
from core.labels import INSURANCE_TYPES, MEMBER_STATUSES, insurance_label, status_label
from gui.dialogs.base import Dialog
from gui.ops import Runner
from gui.widgets import common

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


class IdNumberField(QWidget):
    """An ID-number line edit with a live feedback line under it (core.ids.validate's own message)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = common.name(QLineEdit(self), self.tr("ID number"),
                                self.tr("18 characters; full-width digits and a lower-case x are fine"))
        self.edit.setMaxLength(40)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("ID number check"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        lay.addWidget(self.feedback)
        self.edit.textChanged.connect(self._check)
        self.info: ids.IdInfo | None = None
        self._check("")

    def _check(self, text: str) -> None:
        self.info = None
        if not text.strip():
            self.feedback.setText(self.tr("Type the 18-character ID number."))
            self.feedback.setStyleSheet("")
            return
        try:
            self.info = ids.validate(text)
        except InvalidInput as exc:
            self.feedback.setText(str(exc))
            self.feedback.setStyleSheet(ERROR_STYLE)
            return
        sex = self.tr("male") if self.info.male else self.tr("female")
        self.feedback.setText(self.tr("Valid: born {date}, {sex}.").replace(
            "{date}", self.info.birth_date.isoformat()).replace("{sex}", sex))
        self.feedback.setStyleSheet(OK_STYLE)


class MemberDialog(Dialog):
    def __init__(self, runner: Runner, household_id: int, parent: QWidget | None = None, *,
                 collect_only: bool = False, initial: dict | None = None, insurance_type: str | None = None):
        super().__init__(parent)
        self.runner = runner
        self.household_id = household_id
        self.created_id: int | None = None
        self.collect_only = collect_only
        #: In collect_only mode, after OK: add_member's keyword arguments (nothing saved).
        self.values: dict | None = None
        self.profile = runner.col.households.profile_of(household_id)
        self.setWindowTitle(self.tr("Add a family member"))
        self.setAccessibleName(self.tr("Add a family member"))
        self.setMinimumWidth(460)  # room for the ID-number check line (it wrapped mid-phrase at the natural width)

        self.name_edit = common.name(QLineEdit(self), self.tr("Name"))
        # No setMaxLength: a longer pasted name would be cut in silence; core refuses it with the limit instead.
        self.id_field = IdNumberField(self)
        self.insurance = common.name(QComboBox(self), self.tr("Insurance type"),
                                     self.tr("Only employee insurance has a personal account that can be shared"))
        for kind in INSURANCE_TYPES:
            self.insurance.addItem(insurance_label(kind), kind)
        self.status = common.name(QComboBox(self), self.tr("Insured status"))
        for st in MEMBER_STATUSES:
            self.status.addItem(status_label(st), st)
        self.region = common.name(QLineEdit(self), self.tr("Region"), self.tr("City or province (optional)"))
        self.balance = common.name(QLineEdit(self), self.tr("Opening balance (yuan)"),
                                   self.tr("The personal account balance today, as on the official statement"))
        self.balance.setPlaceholderText("0.00")
        self.prior = common.name(QLineEdit(self), self.tr("Of which prior-years part (yuan)"),
                                 self.tr("Only this part can be shared under this region's rules"))
        self.prior.setPlaceholderText("0.00")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&ID number:"), self.id_field)
        form.addRow(self.tr("Insurance &type:"), self.insurance)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("Opening &balance:"), self.balance)
        self.prior_label = QLabel(self.tr("&Prior-years part:"), self)
        self.prior_label.setBuddy(self.prior)
        form.addRow(self.prior_label, self.prior)
        for i in range(form.rowCount()):
            lab = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            if lab and isinstance(lab.widget(), QLabel) and lab.widget().buddy() is None:
                fld = form.itemAt(i, QFormLayout.ItemRole.FieldRole).widget()
                lab.widget().setBuddy(fld.edit if isinstance(fld, IdNumberField) else fld)
        self.buttons = QDialogButtonBox(self)
        if collect_only:
            self.ok = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
            common.name(self.ok, self.ok.text().replace("&", ""))
        else:
            self.ok = self.buttons.addButton(self.tr("Add member"), QDialogButtonBox.ButtonRole.AcceptRole)
            common.name(self.ok, self.tr("Add member"))
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        common.name(self.cancel, self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        if collect_only:
            note = QLabel(self.tr("Nothing is saved yet: this person is saved together with the binding, when you "
                                  "press Bind."), self)
            note.setWordWrap(True)
            lay.addWidget(note)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        common.fit_on_show(self)

        for w in (self.name_edit, self.id_field.edit, self.balance, self.prior):
            w.textChanged.connect(self._validate)
        self.insurance.currentIndexChanged.connect(self._validate)
        self._existing = {m.id_number: m.name for m in runner.col.members.list(household_id)} \
            if collect_only else {}
        if insurance_type is not None:
            self.insurance.setCurrentIndex(max(0, self.insurance.findData(insurance_type)))
        if initial:
            self._fill(initial)
        self._validate()

    def _fill(self, v: dict) -> None:
        """Show details given as add_member's arguments (editing a person not saved yet)."""
        self.name_edit.setText(v.get("name", ""))
        self.id_field.edit.setText(v.get("id_number", ""))
        for combo, key in ((self.insurance, "insurance_type"), (self.status, "status")):
            i = combo.findData(v.get(key))
            if i >= 0:
                combo.setCurrentIndex(i)
        self.region.setText(v.get("region", ""))
        for edit, key in ((self.balance, "balance_fen"), (self.prior, "prior_years_fen")):
            fen = v.get(key) or 0
            edit.setText(format_fen(fen, symbol=False, grouping=False) if fen else "")

    def _values(self) -> dict:
        kind = self.insurance.currentData()
        employee = kind == "employee"
        bal = parse_yuan(self.balance.text(), field="balance", allow_zero=True) if employee and \
            self.balance.text().strip() else 0
        prior = parse_yuan(self.prior.text(), field="prior", allow_zero=True) if employee and \
            self.profile.shareable == "prior_years" and self.prior.text().strip() else 0
        return dict(name=self.name_edit.text(), id_number=self.id_field.edit.text(), insurance_type=kind,
                    status=self.status.currentData(), region=self.region.text(), balance_fen=bal,
                    prior_years_fen=prior)

    def _name_problem(self) -> str:
        """Core's own words for a name it would refuse (invisible characters, too long), as it is typed."""
        try:
            self.runner.col.members.check_name(self.name_edit.text())
        except InvalidInput as exc:
            return str(exc)
        return ""

    def _validate(self) -> bool:
        employee = self.insurance.currentData() == "employee"
        self.balance.setEnabled(employee)
        show_prior = employee and self.profile.shareable == "prior_years"
        self.prior.setVisible(show_prior)
        self.prior_label.setVisible(show_prior)
        problem = ""
        if not self.name_edit.text().strip():
            problem = self.tr("Please enter the name.")
        elif (name_problem := self._name_problem()):
            problem = name_problem
        elif self.id_field.info is None:
            problem = self.id_field.feedback.text() if self.id_field.edit.text().strip() else \
                self.tr("Please enter the ID number.")
        else:
            try:
                v = self._values()
                if v["prior_years_fen"] > v["balance_fen"]:
                    problem = self.tr("The prior-years part cannot be more than the balance.")
            except InvalidInput as exc:
                problem = str(exc)
            if not problem and self.id_field.info.number in self._existing:  # core's own words
                problem = core_tr("{name} with this ID number is already in this household.",
                                  name=self._existing[self.id_field.info.number])
        self.error.setText(problem)
        self.ok.setEnabled(not problem)
        return not problem

    def _save(self) -> None:
        if not self._validate():
            return
        v = self._values()
        if self.collect_only:
            self.values = v
            self.accept()
            return
        hid = self.household_id
        self.ok.setEnabled(False)
        self.runner.run(lambda g: g.members.add(hid, **v), success=self._saved, failure=self._failed)

    def _saved(self, result) -> None:
        self.created_id = result.value.id
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(str(exc) if isinstance(exc, GongjiError) else repr(exc))
        self.ok.setEnabled(True)
