"""Errors a user can cause and fix. Every one carries a message meant for the user."""
from __future__ import annotations


class CrmError(Exception):
    """Base class of expected, user-facing errors (CLI prints one line; UI shows a message)."""


class FieldError(CrmError, ValueError):
    """Bad value in one field of a form or an import row."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class ValidationError(CrmError, ValueError):
    """One or more invalid fields; nothing was saved."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))

    def by_field(self) -> dict[str, str]:
        return {e.field: e.message for e in self.errors}


class NotFound(CrmError, LookupError):
    pass


class ConflictError(CrmError):
    """Someone else saved this record since it was loaded (optimistic locking)."""


class DatabaseError(CrmError):
    """The database cannot be opened or is not what we expect."""
