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
    """The database cannot be opened, is corrupt, or is busy."""


class StaleState(RuleRefused):
    """Someone else (another desk, the command line) changed what the person saw since they looked; nothing was
    written. The message names who changed what and when; ``fresh`` holds the state as it is now (for a payment
    order: the binding ids in order; for a binding: its :class:`core.views.BindingView`)."""

    def __init__(self, message: str, *, fresh: object = None, field: str | None = None):
        super().__init__(message, field=field)
        self.fresh = fresh
