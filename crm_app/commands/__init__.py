"""Subcommands of `crm-app` and what they share: opening the database, reporting errors."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from crm_app.domain.errors import CrmError

if TYPE_CHECKING:   # SQLAlchemy is imported when a command opens the database, not to parse the command line
    from crm_app.db.engine import Database


def fail(message: str, code: int = 1) -> int:
    print(f"crm-app: {message}", file=sys.stderr)
    return code


def explain(exc: BaseException) -> str | None:
    """One line for errors a user can fix; None for bugs (which keep their traceback)."""
    from sqlalchemy.exc import ArgumentError, OperationalError

    if isinstance(exc, CrmError):
        return str(exc)
    if isinstance(exc, OperationalError):
        return f"cannot use the database: {exc.orig}"
    if isinstance(exc, ArgumentError):
        return f"bad database URL: {exc}"
    if isinstance(exc, (FileNotFoundError, PermissionError, IsADirectoryError)):
        return str(exc)
    if isinstance(exc, ModuleNotFoundError) and exc.name in {"psycopg", "psycopg2"}:
        return f"the PostgreSQL driver is not installed: pip install {exc.name}"
    if isinstance(exc, RuntimeError):
        return str(exc)
    return None


def open_db(url: str | None, *, upgrade: bool = True, backup: bool = True) -> Database:
    """Open the database and bring its schema to the current version (backup first). `backup=False`
    leaves the daily automatic backup to the caller (the GUI runs it in the background)."""
    from crm_app.db import migrate
    from crm_app.db.engine import Database
    from crm_app.services import reference

    db = Database.open(url)
    if db.path is not None and not db.path.parent.exists():
        raise FileNotFoundError(f"the folder {db.path.parent} does not exist")
    if upgrade:
        migrate.upgrade(db)
        with db.read() as s:                  # most starts find everything there: no write transaction
            complete = reference.complete(s)
        if not complete:
            with db.write() as s:
                reference.ensure(s)
    if backup:
        from crm_app.io.backup import auto_backup

        auto_backup(db)  # at most once a day; never raises
    return db
