"""Backups of the SQLite database file (online backup API: consistent while the app is in use).

- automatically at start, at most once a day (`auto_backup`, called by commands.open_db),
- before every migration (db/migrate.py) and before every import that writes (`backup_before_import`),
- on demand (`crm-app backup [--to PATH]`).
Backups go to `backups/` beside the database as <name>-YYYYMMDD-HHMMSS-<reason>.db, written to a
.part file and renamed, so a backup interrupted midway never looks like a backup. Rotation keeps the
newest `backups_keep` (10; the app setting, else CRM_BACKUPS_KEEP). A pre-import backup is removed
again when the import wrote nothing (rejected rows, cancel, crash), so failed attempts do not push
the useful backups out. `restore` checks a backup's integrity first and keeps the current file aside.
"""
from __future__ import annotations

import logging
import re
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from crm_app import config
from crm_app.domain.errors import CrmError

if TYPE_CHECKING:   # these functions need only `db.path`: `crm-app metrics` passes a plain file reader
    from crm_app.db.engine import Database

log = logging.getLogger(__name__)
AUTO_INTERVAL_S = 24 * 3600
STALE_PART_S = 3600


class BackupError(CrmError):
    pass


def _pattern(stem: str) -> re.Pattern:
    return re.compile(re.escape(stem) + r"-\d{8}-\d{6}-.*\.db$")


def list_backups(db: Database) -> list[Path]:
    """This database's backups, newest first."""
    if db.path is None:
        return []
    folder = config.backups_dir(db.path)
    pattern = _pattern(db.path.stem)
    found = [p for p in folder.glob(f"{db.path.stem}-*.db") if pattern.match(p.name)]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _require_file(db: Database) -> Path:
    if db.path is None:
        raise BackupError("backups are made of SQLite files only; use your database server's tools")
    if not db.path.exists():
        raise BackupError(f"{db.path} does not exist")
    return db.path


def keep_count(db: Database) -> int:
    """How many backups rotation keeps: the app setting, else CRM_BACKUPS_KEEP, else 10 (at least 1)."""
    from crm_app.db import sqlite

    keep = config.BACKUPS_KEEP.from_env()
    try:
        stored = sqlite.stored_setting(db.path, config.BACKUPS_KEEP.key) if db.path is not None else None
        if stored is not None:
            keep = int(stored)
    except (TypeError, ValueError) as exc:  # a damaged value: the environment/default decides
        log.debug("backups_keep setting not readable: %s", exc)
    return max(1, keep)


def take_backup(db: Database, reason: str = "manual", *, rotate: bool = True) -> Path:
    """A backup into the backups folder, under a name no other backup has; then rotation."""
    from crm_app.db import sqlite

    src = _require_file(db)
    folder = config.backups_dir(src)
    base = f"{src.stem}-{datetime.now():%Y%m%d-%H%M%S}-{reason}"
    dest, k = folder / f"{base}.db", 1
    while dest.exists():
        dest, k = folder / f"{base}-{k}.db", k + 1
    tmp = dest.with_name(dest.name + ".part")
    try:
        sqlite.backup(src, tmp)
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if rotate:
        rotate_backups(db)
    return dest


def rotate_backups(db: Database, keep: int | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups (and .part leftovers of interrupted ones); returns the deleted."""
    if db.path is None:
        return []
    keep = keep_count(db) if keep is None else max(1, keep)
    gone = list_backups(db)[keep:]
    for old in gone:
        old.unlink(missing_ok=True)
    for part in config.backups_dir(db.path).glob(f"{db.path.stem}-*.db.part"):
        try:
            if time.time() - part.stat().st_mtime > STALE_PART_S:
                part.unlink()
        except OSError:
            pass
    return gone


def backup_before_import(db: Database) -> Path:
    """The pre-import backup; not rotated yet (see `import_finished`)."""
    return take_backup(db, reason="pre-import", rotate=False)


def import_finished(db: Database, backup: Path | None, committed: bool) -> Path | None:
    """After an import: rotate when it wrote, else drop its backup (the database is as it was)."""
    if backup is None:
        return None
    try:
        if committed:
            rotate_backups(db)
            return backup
        Path(backup).unlink(missing_ok=True)
    except OSError as exc:     # the import's outcome stands; a leftover file is only untidy
        log.warning("backup bookkeeping after the import failed: %s", exc)
    return backup if committed else None


def auto_backup(db: Database, *, interval_s: float = AUTO_INTERVAL_S) -> Path | None:
    """Back up at app start unless a backup is less than a day old or there is nothing to protect yet.

    Never raises: a failed automatic backup is logged, and the app still opens."""
    try:
        if db.path is None or not db.path.exists() or not _has_data(db):
            return None
        newest = list_backups(db)[:1]
        if newest and time.time() - newest[0].stat().st_mtime < interval_s:
            return None
        path = take_backup(db, reason="auto")
        log.info("automatic backup: %s", path)
        return path
    except Exception as exc:  # noqa: BLE001 - a backup failure must not keep the app from starting
        log.warning("automatic backup failed: %s", exc)
        return None


def start_auto_backup(db: Database, *, interval_s: float = AUTO_INTERVAL_S):
    """auto_backup in a background thread (a 1M-customer database takes ~20 s to copy: the app's window
    need not wait for it). Returns the started thread; join() it before disposing of the engine."""
    import threading

    thread = threading.Thread(target=auto_backup, args=(db,), kwargs={"interval_s": interval_s},
                              name="auto-backup", daemon=True)
    thread.start()
    return thread


def _has_data(db: Database) -> bool:
    """Any customer in the file (a backup of an empty database protects nothing)."""
    import sqlite3

    from crm_app.db.sqlite import open_file

    con = open_file(db.path, read_only=True)
    try:
        return con.execute("SELECT 1 FROM customers LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:          # no customers table: not set up yet
        return False
    finally:
        con.close()


def backup_to(db: Database, dest: str | Path | None = None, *, overwrite: bool = False) -> Path:
    """A backup now: into the backups folder (rotated), or to `dest` (a file, or a folder to put it in)."""
    from crm_app.db import sqlite

    src = _require_file(db)
    if dest is None:
        return take_backup(db, reason="manual")
    dest = Path(dest).expanduser()
    if dest.is_dir():
        dest = dest / f"{src.stem}-{datetime.now():%Y%m%d-%H%M%S}.db"
    if dest.resolve() == src.resolve():
        raise BackupError("the backup cannot overwrite the database itself")
    if dest.exists() and not overwrite:
        raise BackupError(f"{dest} already exists")
    if not dest.parent.exists():
        raise BackupError(f"the folder {dest.parent} does not exist")
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    sqlite.backup(src, tmp)
    tmp.replace(dest)
    return dest


@dataclass
class RestoreResult:
    restored_from: Path
    database: Path
    kept_aside: Path | None


def check_backup(path: str | Path) -> None:
    """Raise BackupError unless `path` is an intact Retain CRM database."""
    from crm_app.db import sqlite

    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} does not exist")
    try:
        verdict = sqlite.integrity_check(path)
        tables = sqlite.schema_tables(path)
    except Exception as exc:  # noqa: BLE001 - sqlite3.DatabaseError for files that are not databases
        raise BackupError(f"{path.name} is not a readable SQLite database ({exc})") from None
    if verdict != "ok":
        raise BackupError(f"{path.name} is damaged (integrity check: {verdict[:200]})")
    if not {"customers", "orders", "alembic_version"} <= tables:
        raise BackupError(f"{path.name} is not a Retain CRM database")
    revision = _revision(path)
    if revision is not None and revision not in _known_revisions():
        raise BackupError(f"{path.name} was made by a newer version of Retain CRM (schema {revision}); "
                          f"update the app before restoring it")


def _revision(path: Path) -> str | None:
    from crm_app.db.sqlite import open_file, schema_revision

    con = open_file(path, read_only=True)
    try:
        return schema_revision(con)
    finally:
        con.close()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from crm_app.db.migrate import alembic_config

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def restore(db_path: str | Path, backup: str | Path) -> RestoreResult:
    """Replace the database at `db_path` with `backup` after checking the backup's integrity.

    The current file is kept aside as <name>.before-restore-<stamp>.db beside it."""
    from crm_app.db import sqlite

    db_path, backup = Path(db_path), Path(backup)
    check_backup(backup)
    if db_path.exists() and db_path.resolve() == backup.resolve():
        raise BackupError("that is the database itself, not a backup of it")
    aside = None
    if db_path.exists():
        aside = db_path.with_name(f"{db_path.stem}.before-restore-{datetime.now():%Y%m%d-%H%M%S}.db")
        try:
            sqlite.backup(db_path, aside)
        except Exception as exc:  # noqa: BLE001 - a damaged current file: keep its bytes instead
            log.warning("online copy of the current database failed (%s); copying the files", exc)
            shutil.copy2(db_path, aside)
            for ext in ("-wal", "-shm"):
                if Path(str(db_path) + ext).exists():
                    shutil.copy2(str(db_path) + ext, str(aside) + ext)
        try:
            sqlite.restore_into(backup, db_path)
        except Exception as exc:  # noqa: BLE001
            log.warning("online restore failed (%s); replacing the file", exc)
            _replace_file(backup, db_path)
    else:
        _replace_file(backup, db_path)
    verdict = sqlite.integrity_check(db_path)
    if verdict != "ok":  # pragma: no cover - the backup was checked; only a disk failure gets here
        raise BackupError(f"the restored database fails its integrity check ({verdict[:200]}); "
                          f"the previous file is {aside}")
    return RestoreResult(backup, db_path, aside)


def _replace_file(src: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".restoring")
    shutil.copy2(src, tmp)
    for ext in ("-wal", "-shm"):
        Path(str(dest) + ext).unlink(missing_ok=True)
    tmp.replace(dest)
