"""Bind: let a user pay with an authorizer's personal account.

Everything the region profile asks for is on the form (relation, proof checklist, commitment, authorization
period). ``col.bindings.check`` runs live on every change and its refusals are shown in plain words BEFORE
anything is saved; the Bind button stays disabled while the binding would be refused.

"New person…" collects a new person's details WITHOUT saving them: the person appears in both lists (marked as
not saved yet), ``check_add_member_and_bind`` checks the binding live, and Bind saves the person and the binding
together (``add_member_and_bind``, one transaction). Cancel leaves the household as it was.
"""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget)

from core import ids
from core.errors import GongjiError
from core.i18n import tr as core_tr
from core.profiles import RELATIONS, relation_label
from core.labels import PROOF_KINDS, insurance_label
from gui.dialogs import fit
from gui.dialogs.base import Dialog
from gui.dialogs.member import ERROR_STYLE, OK_STYLE, MemberDialog
from gui.dialogs.relation_guess import guess_relation
from gui.ops import Runner
from gui.widgets import common

#: Combo data of the new person (not saved yet).
NEW = -1


class BindDialog(Dialog):
    def __init__(self, runner: Runner, household_id: int, *, user_id: int | None = None,
                 authorizer_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.household_id = household_id
        self.result_binding = None
        #: The new person's id once saved with the binding.
        self.created_member_id: int | None = None
        #: add_member's arguments of a new person not saved yet ("New person…"), or None.
        self.new_person: dict | None = None
        self.problems: list[str] = []
        #: False until the user changes anything: refusals are shown without alarm colour before that.
        self.touched = False
        #: True once the user (or a caller) chose the relation: it is then no longer guessed from the ID numbers.
        self.relation_chosen = False
        self._guessing = False
        self._members: dict = {}
        self.profile = runner.col.households.profile_of(household_id)
        self.setWindowTitle(self.tr("Bind: share a personal account"))
        self.setAccessibleName(self.tr("Bind: share a personal account"))
        self.setMinimumWidth(720)

        intro = QLabel(self.tr("The user can then pay medical bills with the authorizer's personal account, after "
                               "their own account is used up. Region rules: {profile}.").replace(
            "{profile}", self.profile.display_name()), self)
        intro.setWordWrap(True)

        self.authorizer = common.name(QComboBox(self), self.tr("Authorizer (whose account is shared)"),
                                      self.tr("Must have employee insurance with a personal account"))
        self.user = common.name(QComboBox(self), self.tr("User (who pays with it)"))
        self.new_authorizer = common.name(QPushButton(self.tr("New person\u2026"), self),
                                          self.tr("Add a new person as the authorizer"))
        self.new_user = common.name(QPushButton(self.tr("New person\u2026"), self),
                                    self.tr("Add a new person as the user"))
        self.swap = common.name(QPushButton(self.tr("&Swap"), self), self.tr("Swap authorizer and user"),
                                self.tr("Swap who authorizes whom"))
        for combo in (self.authorizer, self.user):
            # as wide as the longest person's line (name · insurance · ID): a person is never shown cut. Where the
            # row has no room for it beside its label, the form puts it under the label (WrapLongRows).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.relation = common.name(QComboBox(self), self.tr("Relation"))
        for rel in RELATIONS:
            self.relation.addItem(relation_label(rel), rel)
        self.relation_label = QLabel(self)
        self.relation_label.setBuddy(self.relation)

        self.commitment = common.name(QCheckBox(self.tr("The commitment letter has been signed"), self),
                                      self.tr("Commitment letter signed"),
                                      self.tr("This region requires a signed commitment letter before binding"))
        self.proofs: dict[str, QCheckBox] = {}
        proof_box = QGroupBox(self.tr("Proof of the relation (tick what you have)"), self)
        pl = QGridLayout(proof_box)  # two columns: four rows were taller than a laptop screen in 长辈模式
        labels = {"household_register": self.tr("household register"),
                  "marriage_certificate": self.tr("marriage certificate"),
                  "birth_certificate": self.tr("birth certificate"), "other_proof": self.tr("other proof")}
        for i, kind in enumerate(PROOF_KINDS):
            cb = common.name(QCheckBox(labels[kind], proof_box), labels[kind])
            self.proofs[kind] = cb
            pl.addWidget(cb, i // 2, i % 2)
        self.proof_box = proof_box
        self.period = common.name(QCheckBox(self.tr("Only for a limited period"), self),
                                  self.tr("Only for a limited period"))
        today = QDate.currentDate()
        self.start = common.name(QDateEdit(today, self), self.tr("Period starts"))
        self.end = common.name(QDateEdit(today.addYears(1), self), self.tr("Period ends"))
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        period_row = QHBoxLayout()
        period_row.addWidget(self.period)
        period_row.addWidget(self.start)
        period_row.addWidget(QLabel("\u2013", self))
        period_row.addWidget(self.end)
        period_row.addStretch(1)

        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Can this binding be made?"))
        self.verdict.setMinimumHeight(60)
        self.error = self.verdict

        a_row = QHBoxLayout()
        a_row.addWidget(self.authorizer, 1)
        a_row.addWidget(self.new_authorizer)
        u_row = QHBoxLayout()
        u_row.addWidget(self.user, 1)
        u_row.addWidget(self.new_user)
        u_row.addWidget(self.swap)  # between the two people, on a row of its own it cost a line
        form = QFormLayout()
        a_lab = QLabel(self.tr("&Authorizer (account owner):"), self)
        a_lab.setBuddy(self.authorizer)
        u_lab = QLabel(self.tr("&User (pays with it):"), self)
        u_lab.setBuddy(self.user)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(a_lab, a_row)
        form.addRow(u_lab, u_row)
        form.addRow(self.relation_label, self.relation)
        area, body = fit.scrolling_body(self)  # scrolls only on a screen too small for everything
        body_lay = QVBoxLayout(body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.addWidget(intro)
        body_lay.addLayout(form)
        lay = QVBoxLayout(self)
        lay.addWidget(area, 1)
        if self.profile.commitment_required:
            body_lay.addWidget(self.commitment)
        else:
            self.commitment.hide()
        if self.profile.proof_required:
            body_lay.addWidget(proof_box)
        else:
            proof_box.hide()
        if self.profile.authorization_period:
            body_lay.addLayout(period_row)
        else:
            for w in (self.period, self.start, self.end):
                w.hide()
        lay.addWidget(self.verdict)
        self.buttons, self.ok, self.cancel = common.accept_cancel(
            self, self.tr("&Bind"), self.tr("Bind"), self.tr("Save this binding"))
        lay.addWidget(self.buttons)
        body_lay.addStretch(1)

        self._fill_members(authorizer_id, user_id)
        if authorizer_id is None or user_id is None:
            self._choose_valid_pair(fixed_authorizer=authorizer_id, fixed_user=user_id)
        self._guess_relation()
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.swap.clicked.connect(self._swap)
        self.new_authorizer.clicked.connect(lambda: self._new_person(self.authorizer))
        self.new_user.clicked.connect(lambda: self._new_person(self.user))
        for combo in (self.authorizer, self.user):
            combo.currentIndexChanged.connect(self._pair_changed)
        self.relation.currentIndexChanged.connect(self._relation_changed)
        for cb in (self.commitment, self.period, *self.proofs.values()):
            cb.toggled.connect(self.check)
        self.start.dateChanged.connect(self.check)
        self.end.dateChanged.connect(self.check)
        self.check()
        self.touched = True  # every later check follows a change

    # ------------------------------------------------------------------ members

    def _fill_members(self, authorizer_id: int | None, user_id: int | None) -> None:
        members = self.runner.col.members.list(self.household_id)
        self._members = {m.id: m for m in members}
        for combo, want in ((self.authorizer, authorizer_id), (self.user, user_id)):
            combo.blockSignals(True)
            keep = want if want is not None else combo.currentData()
            combo.clear()
            for m in members:
                combo.addItem(f"{m.name} \u00b7 {insurance_label(m.insurance_type)} \u00b7 {m.masked_id}", m.id)
            if self.new_person is not None:
                v = self.new_person
                masked = ids.mask(ids.normalise(v["id_number"]))
                note = self.tr("new, saved when you press Bind")
                combo.addItem(f"{v['name'].strip()} \u00b7 {insurance_label(v['insurance_type'])} \u00b7 {masked}"
                              f" \u00b7 {note}", NEW)
            i = combo.findData(keep) if keep is not None else -1
            combo.setCurrentIndex(i if i >= 0 else 0)
            combo.blockSignals(False)
        if authorizer_id is None and user_id is not None:
            # Pick the first other employee as a sensible default authorizer.
            for i, m in enumerate(members):
                if m.id != user_id and m.insurance_type == "employee":
                    self.authorizer.setCurrentIndex(i)
                    break
        if user_id is None and self.user.currentData() == self.authorizer.currentData() and len(members) > 1:
            self.user.setCurrentIndex(1 if self.authorizer.currentIndex() == 0 else 0)

    def _new_person(self, combo: QComboBox) -> None:
        """Collect a new person's details (saved only with the binding) and choose them in ``combo``."""
        dlg = MemberDialog(self.runner, self.household_id, self, collect_only=True, initial=self.new_person,
                           insurance_type="employee" if combo is self.authorizer else None)
        if not dlg.exec() or dlg.values is None:
            return
        self.new_person = dlg.values
        self._fill_members(self.authorizer.currentData(), self.user.currentData())
        other = self.user if combo is self.authorizer else self.authorizer
        for c in (combo, other):
            c.blockSignals(True)
        combo.setCurrentIndex(combo.findData(NEW))
        if other.currentData() == NEW and other.count() > 1:  # the new person moved sides: someone else there
            other.setCurrentIndex(0)
        for c in (combo, other):
            c.blockSignals(False)
        self._pair_changed()

    def _id_number(self, member_id) -> str | None:
        if member_id == NEW:
            return self.new_person["id_number"] if self.new_person else None
        m = self._members.get(member_id)
        return m.id_number if m is not None else None

    def _guess(self, authorizer_id, user_id) -> str:
        """The relation the ID numbers suggest (the user is the authorizer's …), or the first allowed one."""
        if None not in (authorizer_id, user_id) and NEW not in (authorizer_id, user_id) and authorizer_id != user_id:
            try:
                return self.runner.col.bindings.suggest_relation(authorizer_id, user_id)  # core's rule
            except GongjiError:
                pass
        rel = guess_relation(self._id_number(user_id), self._id_number(authorizer_id))
        return rel if rel is not None else self.relation.itemData(0)

    def _guess_relation(self) -> None:
        """Default the relation box from the ID numbers, unless the relation was chosen."""
        if self.relation_chosen:
            return
        i = self.relation.findData(self._guess(self.authorizer.currentData(), self.user.currentData()))
        if i >= 0 and i != self.relation.currentIndex():
            self._guessing = True
            try:
                self.relation.setCurrentIndex(i)
            finally:
                self._guessing = False

    def _relation_changed(self) -> None:
        if not self._guessing:
            self.relation_chosen = True
        self.check()

    def _pair_changed(self) -> None:
        self._guess_relation()
        self.check()

    def _choose_valid_pair(self, *, fixed_authorizer: int | None, fixed_user: int | None) -> None:
        """Open on a pair that can be bound (once the form's boxes are ticked), if the household has one: an
        employee with a personal account as the authorizer and someone else as the user, relation from the ID
        numbers. Keeps the combos' current choice when no pair can be bound."""
        bindings = self.runner.col.bindings
        members = list(self._members.values())
        authorizers = [m.id for m in members if m.insurance_type == "employee" and m.has_account
                       and fixed_authorizer in (None, m.id)]
        users = [m.id for m in members if fixed_user in (None, m.id)]
        current = (self.authorizer.currentData(), self.user.currentData())
        pairs = sorted(((a, u) for a in authorizers for u in users if a != u), key=lambda p: p != current)
        for a, u in pairs:
            try:
                problems = bindings.check(a, u, self._guess(a, u), commitment_signed=True,
                                        proofs=list(PROOF_KINDS))
            except GongjiError:
                continue
            if not problems:
                for combo, want in ((self.authorizer, a), (self.user, u)):
                    combo.blockSignals(True)
                    combo.setCurrentIndex(combo.findData(want))
                    combo.blockSignals(False)
                return

    def _swap(self) -> None:
        a, u = self.authorizer.currentIndex(), self.user.currentIndex()
        for c in (self.authorizer, self.user):
            c.blockSignals(True)
        self.authorizer.setCurrentIndex(u)
        self.user.setCurrentIndex(a)
        for c in (self.authorizer, self.user):
            c.blockSignals(False)
        self._pair_changed()

    # ------------------------------------------------------------------ checking

    def request(self) -> dict:
        use_period = self.profile.authorization_period and self.period.isChecked()
        return dict(authorizer_id=self.authorizer.currentData(), user_id=self.user.currentData(),
                    relation=self.relation.currentData(),
                    commitment_signed=self.profile.commitment_required and self.commitment.isChecked(),
                    proofs=[k for k, cb in self.proofs.items() if cb.isChecked()] if self.profile.proof_required
                    else [],
                    period_start=self.start.date().toPython() if use_period else None,
                    period_end=self.end.date().toPython() if use_period else None)

    def check(self) -> list[str]:
        a_name = self.authorizer.currentText().split(" \u00b7 ")[0]
        u_name = self.user.currentText().split(" \u00b7 ")[0]
        self.relation_label.setText(self.tr("&Relation: {user} is {authorizer}'s").replace("{user}", u_name or "?").replace(
            "{authorizer}", a_name or "?"))
        self.start.setEnabled(self.period.isChecked())
        self.end.setEnabled(self.period.isChecked())
        req = self.request()
        a, u = req["authorizer_id"], req["user_id"]
        if a is None or u is None or (a == u == NEW and self.user.count() < 2):
            self.problems = [self.tr("Add at least two family members first.")]
        elif a == u == NEW:  # core's own words for the same person on both sides
            self.problems = [core_tr("A person cannot be bound to themselves: their own account already pays "
                                     "first.")]
        else:
            try:
                if NEW in (a, u):
                    self.problems = self.runner.col.bindings.check_add_member_and_bind(**self._new_request(req))
                else:
                    self.problems = self.runner.col.bindings.check(**req)
            except GongjiError as exc:
                self.problems = [str(exc)]
        if self.problems and not self.touched:  # just opened: what is still needed, without alarm
            self.verdict.setText(self.tr("This binding cannot be made yet:") + "\n" +
                                 "\n".join("\u2022 " + p for p in self.problems))
            self.verdict.setStyleSheet("")
        elif self.problems:
            self.verdict.setText(self.tr("This binding would be refused:") + "\n" +
                                 "\n".join("\u2022 " + p for p in self.problems))
            self.verdict.setStyleSheet(ERROR_STYLE)
        else:
            text = self.tr("Allowed: {user} will be able to pay with {authorizer}'s account, after their own "
                           "account.").replace("{user}", u_name).replace("{authorizer}", a_name)
            if self.profile.needs_confirmation(req["relation"]):
                text += " " + self.tr("It will wait until the other person confirms it.")
            self.verdict.setText(text)
            self.verdict.setStyleSheet(OK_STYLE)
        self.ok.setEnabled(not self.problems)
        return self.problems

    def _new_request(self, req: dict) -> dict:
        """check_bind's/bind's arguments → check_add_member_and_bind's/add_member_and_bind's."""
        req = dict(req)
        a, u = req.pop("authorizer_id"), req.pop("user_id")
        new_is = "authorizer" if a == NEW else "user"
        return dict(household_id=self.household_id, new_member=dict(self.new_person),
                    other_member_id=u if new_is == "authorizer" else a, new_is=new_is, **req)

    def _save(self) -> None:
        if self.check():
            return
        req = self.request()
        self.ok.setEnabled(False)
        if NEW in (req["authorizer_id"], req["user_id"]):
            new_req = self._new_request(req)
            self.runner.run(lambda g: g.bindings.add_member_and_bind(**new_req), success=self._saved_with_member,
                            failure=self._failed)
            return
        a = req.pop("authorizer_id")
        u = req.pop("user_id")
        rel = req.pop("relation")
        self.runner.run(lambda g: g.bindings.bind(a, u, rel, **req), success=self._saved, failure=self._failed)

    def _saved(self, result) -> None:
        self.result_binding = result.value
        self.accept()

    def _saved_with_member(self, result) -> None:
        member, self.result_binding = result.value
        self.created_member_id = member.id
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.verdict.setText(str(exc))
        self.verdict.setStyleSheet(ERROR_STYLE)
        self.ok.setEnabled(True)
