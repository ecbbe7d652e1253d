"""Schema upgrades with Alembic; a backup copy is taken before any migration of an existing file."""
from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # SQLAlchemy where it is used: `crm-app metrics` checks HEAD without importing it
    from crm_app.db.engine import Database

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision, so that every start can tell an up-to-date database without importing Alembic
# (~0.1 s); a test checks it against Alembic's own head.
HEAD = "0006_loyalty_keys"


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    """The database's revision (None: not a Retain CRM database yet), read as Alembic stores it."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError, ProgrammingError

    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except (OperationalError, ProgrammingError):      # no alembic_version table yet
        return None
    return rows[0] if len(rows) == 1 else None


def upgrade(db: Database, revision: str = "head", *, backup: bool = True) -> str | None:
    """Bring the database to `revision`. Returns the path of the backup taken, if any."""
    current = current_revision(db)
    if revision == "head" and current == HEAD:
        return None
    from alembic import command

    if current == head_revision() and revision == "head":
        return None
    backup_path = None
    if backup and current is not None and db.path and db.path.exists():
        backup_path = take_backup(db, reason=f"pre-migrate-{current}")
    elif current is None and _has_tables(db):
        raise RuntimeError("the database has tables but no schema revision; it was not made by Retain CRM")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    log.info("database upgraded from %s to %s", current, revision)
    return str(backup_path) if backup_path else None


def _has_tables(db: Database) -> bool:
    from sqlalchemy import inspect

    names = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    return bool(names)


def take_backup(db: Database, reason: str = "manual", dest: Path | None = None) -> Path:
    from crm_app import config
    from crm_app.db import sqlite

    if not db.path:
        raise RuntimeError("backups are made of SQLite files only; use your server's tools for other databases")
    if dest is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = config.backups_dir(db.path) / f"{db.path.stem}-{stamp}-{reason}.db"
    sqlite.backup(db.path, dest)
    _rotate(config.backups_dir(db.path), db.path.stem, config.BACKUPS_KEEP.from_env())
    return dest


def _rotate(folder: Path, stem: str, keep: int) -> None:
    backups = sorted(folder.glob(f"{stem}-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in backups[keep:]:
        old.unlink(missing_ok=True)
