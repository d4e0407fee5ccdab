"""Errors core raises for the user. Their message is already in the user's language (see core.i18n)."""
from __future__ import annotations


class GongjiError(Exception):
    """Base class: something the user (or the file they supplied) asked for cannot be done. Nothing changed."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        #: The message without any field-path prefix (``core.rules`` prefixes its messages with the field path).
        self.detail = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(GongjiError):
    """A typed or supplied value is malformed (bad ID number, bad amount, unknown name ...)."""


class RuleRefused(GongjiError):
    """The region policy profile forbids the request (limit reached, relation not allowed ...)."""


class NotFound(GongjiError):
    """A referenced household, member, binding or transaction does not exist."""


class StorageError(GongjiError):
    """The database cannot be opened, is corrupt, or is busy.

    ``kind`` says what is really wrong, so that a program can offer the right remedy — restoring a backup only
    for real damage, never for a permission problem or a full disk:

    - ``"damaged"``: the file's contents are damaged (restoring a backup is the remedy);
    - ``"permission"``: the operating system refuses access to the file or its folder (fix the permissions);
    - ``"not_a_file"``: a folder or other non-file is where the ledger should be, or the data folder is not a folder;
    - ``"missing"``: the ledger is gone although backups or a moved-aside copy of it exist (nothing is created);
    - ``"disk_full"``: no space left; ``"read_only"``: the file or disk is read-only;
    - ``"newer"``: made by a newer gongji; ``"busy"``: another program holds it; ``""``: anything else.
    """

    KINDS = ("", "damaged", "permission", "not_a_file", "missing", "disk_full", "read_only", "newer", "busy")

    def __init__(self, message: str, *, field: str | None = None, kind: str = ""):
        super().__init__(message, field=field)
        self.kind = kind

    @property
    def restore_helps(self) -> bool:
        """Whether putting a backup in place is a sensible answer: only for a damaged file, or a ledger that is missing
        while its backups exist — never for a permission problem, a folder, a full disk or a read-only file."""
        return self.kind in ("damaged", "missing")


class StaleState(RuleRefused):
    """Someone else (another desk, the command line) changed what the person saw since they looked; nothing was
    written. The message names who changed what and when; ``fresh`` holds the state as it is now (for a payment
    order: the binding ids in order; for a binding: its :class:`core.views.BindingView`)."""

    def __init__(self, message: str, *, fresh: object = None, field: str | None = None):
        super().__init__(message, field=field)
        self.fresh = fresh
