"""The printable binding application (家庭共济绑定申请) for the counter, as plain content without Qt.

Seed 004: offline (counter) binding needs 主账户身份证件及家庭成员有效身份证件, the staff 核对信息 → 填写承诺书 →
建立家庭共济关系, and takes 3–5 working days. The desktop app renders this content to PDF (gui/application_pdf.py);
``gongji application`` prints it as text. ID numbers are masked unless the caller revealed them (an audited action
in core's API); the commitment text is the program's own wording, not an official form.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core import ids
from core.i18n import tr
from core.profiles import Profile, relation_label


@dataclass(frozen=True)
class Party:
    name: str
    id_number: str
    insurance_type: str


@dataclass(frozen=True)
class ApplicationDoc:
    title: str
    #: (label, value) lines: household, profile, both parties, relation, period, date.
    fields: tuple[tuple[str, str], ...]
    checklist_title: str
    #: The documents to bring: (label, needed for this relation).
    checklist: tuple[tuple[str, bool], ...]
    commitment_title: str
    commitment: tuple[str, ...]
    #: Labels of the signature lines.
    signatures: tuple[str, ...]
    footer: str

    def text(self) -> str:
        """The document as plain text (the CLI; also what the PDF's text must contain)."""
        lines = [self.title, ""]
        lines += [f"{label}: {value}" for label, value in self.fields]
        lines += ["", self.checklist_title]
        lines += [f"[{'x' if needed else ' '}] {label}" for label, needed in self.checklist]
        lines += ["", self.commitment_title]
        lines += [f"{i}. {p}" for i, p in enumerate(self.commitment, 1)]
        lines += [""] + [f"{s}: ______________________" for s in self.signatures]
        lines += ["", self.footer]
        return "\n".join(lines) + "\n"


def for_binding(col, binding_id: int, *, full_ids: bool = False, today: date | None = None) -> ApplicationDoc:
    """The application for a stored binding (``col``: a :class:`core.collection.Collection`). ID numbers are masked
    unless ``full_ids``: then both full numbers are fetched with ``col.members.reveal_ids``, which writes each
    reveal to the audit log (one entry per person, one transaction)."""
    b = col.bindings.get(binding_id)
    a, u = col.members.get(b.authorizer_id), col.members.get(b.user_id)
    household = col.households.get(b.household_id)
    a_id, u_id = a.id_number, u.id_number
    if full_ids:
        reason = tr("binding application #{id} printed with full ID numbers", id=b.id)
        a_id, u_id = col.members.reveal_ids([a.id, u.id], reason=reason)  # one transaction, both logged
    return binding_application(household=household.name, profile=household.profile, relation=b.relation,
                               authorizer=Party(a.name, a_id, a.insurance_type),
                               user=Party(u.name, u_id, u.insurance_type), today=today or col.clock().date(),
                               reveal_ids=full_ids, period_start=b.period_start, period_end=b.period_end)


def _insurance(kind: str) -> str:
    return {"employee": tr("employee insurance"), "resident": tr("resident insurance")}.get(kind, kind)


def _proofs_for(relation: str) -> set[str]:
    if relation == "spouse":
        return {"marriage_certificate"}
    if relation in ("child", "father", "mother"):
        return {"birth_certificate", "household_register"}
    return {"household_register"}


def binding_application(*, household: str, profile: Profile, authorizer: Party, user: Party, relation: str,
                        today: date, reveal_ids: bool = False, period_start: date | None = None,
                        period_end: date | None = None) -> ApplicationDoc:
    """The application for "``user`` may use ``authorizer``'s account, being their ``relation``"."""
    def shown(p: Party) -> str:
        return p.id_number if reveal_ids else ids.mask(p.id_number)

    if period_start or period_end:
        period = f"{period_start.isoformat() if period_start else '…'} – {period_end.isoformat() if period_end else '…'}"
    else:
        period = tr("until ended")
    fields = (
        (tr("Household"), household),
        (tr("Region rules"), profile.display_name()),
        (tr("Authorizer (主账户人, whose account pays)"), authorizer.name),
        (tr("Authorizer's ID number"), shown(authorizer)),
        (tr("Authorizer's insurance"), _insurance(authorizer.insurance_type)),
        (tr("User (使用人, who may use the account)"), user.name),
        (tr("User's ID number"), shown(user)),
        (tr("User's insurance"), _insurance(user.insurance_type)),
        (tr("The user is the authorizer's"), relation_label(relation)),
        (tr("Authorization period"), period),
        (tr("Date of application"), today.isoformat()),
    )
    needed = _proofs_for(relation)
    checklist = (
        (tr("ID card of the authorizer (主账户身份证件)"), True),
        (tr("ID card or household register page of the user (家庭成员有效身份证件)"), True),
        (tr("Household register (户口簿)"), "household_register" in needed),
        (tr("Marriage certificate (结婚证)"), "marriage_certificate" in needed),
        (tr("Birth certificate (出生医学证明)"), "birth_certificate" in needed),
        (tr("Signed commitment (承诺书, below)"), True),
    )
    commitment = (
        tr("I, the authorizer, agree that the user named above may use my employee medical-insurance personal "
           "account to pay their eligible medical expenses, under the pooling rules of my insurance region."),
        tr("We confirm that the relation stated above is true and the documents provided are genuine, and we bear "
           "the consequences of any false statement."),
        tr("We know that either of us may end the binding, and that money already paid is not returned by ending "
           "it."),
        tr("We know that a binding made at the counter usually takes 3 to 5 working days and takes effect when the "
           "insurance office has completed it."),
    )
    if profile.needs_confirmation(relation):
        commitment += (tr("Under {profile}, the user confirms the application after the authorizer has applied.",
                          profile=profile.display_name()),)
    return ApplicationDoc(
        title=tr("Application for family pooling of a medical-insurance personal account (家庭共济绑定申请)"),
        fields=fields, checklist_title=tr("Documents to bring (originals):"), checklist=checklist, commitment_title=tr("Commitment (承诺书)"), commitment=commitment,
        signatures=(tr("Authorizer's signature"), tr("User's signature"), tr("Date")),
        footer=tr("Prepared with 家庭共济助手 (gongji); not an official form. The insurance office's own form and "
                  "rules take precedence."))
