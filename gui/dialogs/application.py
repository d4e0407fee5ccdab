"""Print a binding application (家庭共济绑定申请) for the service counter as a PDF: which binding, and whether the
ID numbers are printed in full. Masked by default; "print full ID numbers" fetches them through the audited reveal
(``core.application.for_binding`` → ``col.members.reveal_id``), so the audit log records it."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from core.application import for_binding
from core.labels import state_label
from core.profiles import relation_label
from gui.application_pdf import write_application_pdf
from gui.dialogs import files
from gui.dialogs.base import Dialog
from gui.dialogs.member import ERROR_STYLE
from gui.ops import Runner
from gui.widgets import common
from gui.dialogs.wide import dialog_width


class ApplicationDialog(Dialog):
    def __init__(self, runner: Runner, household_id: int, *, binding_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.saved_to: str | None = None
        self.setWindowTitle(self.tr("Print a binding application"))
        self.setAccessibleName(self.tr("Print a binding application"))
        self.setMinimumWidth(dialog_width(self, 520))
        intro = QLabel(self.tr("A form to take to the medical-insurance counter, with both people's names, the "
                               "relation, the documents to bring and the commitment (承诺书) to sign."), self)
        intro.setWordWrap(True)
        self.binding = common.name(QComboBox(self), self.tr("Which binding"))
        bindings = sorted(runner.col.bindings.list(household_id, include_ended=False),
                          key=lambda b: (b.state != "pending", b.id))
        for b in bindings:
            self.binding.addItem(self.tr("{u} uses {a}'s account ({relation}, {state})").replace(
                "{u}", b.user_name).replace("{a}", b.authorizer_name).replace(
                "{relation}", relation_label(b.relation)).replace("{state}", state_label(b.state)), b.id)
        if binding_id is not None and self.binding.findData(binding_id) >= 0:
            self.binding.setCurrentIndex(self.binding.findData(binding_id))
        self.full_ids = common.name(QCheckBox(self.tr("Print &full ID numbers (written to the audit log)"), self),
                                    self.tr("Print full ID numbers"),
                                    self.tr("Otherwise the ID numbers are printed masked, like 110105********002X"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))
        form = QFormLayout()
        lab = QLabel(self.tr("&Binding:"), self)
        lab.setBuddy(self.binding)
        form.addRow(lab, self.binding)
        form.addRow("", self.full_ids)
        self.buttons, self.ok, self.cancel = common.accept_cancel(self, self.tr("&Save PDF\u2026"),
                                                                  self.tr("Save PDF"))
        self.ok.setEnabled(self.binding.count() > 0)
        if not self.binding.count():
            self.error.setText(self.tr("This household has no binding to apply for."))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        common.fit_on_show(self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        bid = self.binding.currentData()
        if bid is None:
            return
        path = files.save_file_name(self, self.tr("Save the binding application"),
                                    self.tr("binding-application-{id}.pdf").replace("{id}", str(bid)),
                                    self.tr("PDF files (*.pdf)"))
        if not path:
            return
        full = self.full_ids.isChecked()
        self.ok.setEnabled(False)

        def done(doc) -> None:
            try:
                write_application_pdf(doc, path)
            except OSError as exc:
                self._failed(exc)
                return
            self.saved_to = path
            self.accept()

        self.runner.query(lambda g: for_binding(g, bid, full_ids=full), success=done, failure=self._failed)

    def _failed(self, exc: Exception) -> None:
        self.error.setText(str(exc))
        self.ok.setEnabled(True)
