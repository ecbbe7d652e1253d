"""Backups: automatic (once a day), before imports, on demand, rotation; restore with integrity check."""
import os
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_app.cli import main
from crm_app.db.models import Customer
from crm_app.domain.customer import CustomerInput
from crm_app.io.backup import BackupError, auto_backup, backup_to, check_backup, list_backups, restore
from crm_app.services import customers as customer_service


def _add(db, name):
    with db.write() as s:
        customer_service.create_customer(s, CustomerInput(full_name=name))


def _names(path):
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT full_name FROM customers"))
    finally:
        con.close()


def test_auto_backup_at_most_once_a_day(db):
    assert auto_backup(db) is None                       # an empty database: nothing to protect yet
    _add(db, "Layla")
    first = auto_backup(db)
    assert first and first.exists() and "-auto" in first.name
    assert auto_backup(db) is None                       # less than a day old
    old = time.time() - 25 * 3600
    os.utime(first, (old, old))
    second = auto_backup(db)
    assert second and second.exists() and time.time() - second.stat().st_mtime < 60
    assert _names(second) == ["Layla"] and sqlite3.connect(second).execute("PRAGMA integrity_check").fetchone() == \
        ("ok",)


def test_auto_backup_in_the_background(db):
    from crm_app.io.backup import start_auto_backup

    _add(db, "Layla")
    thread = start_auto_backup(db)
    _add(db, "Omar")                      # the app keeps working meanwhile
    thread.join(30)
    assert not thread.is_alive()
    (made,) = list_backups(db)
    assert "-auto" in made.name and _names(made) in (["Layla"], ["Layla", "Omar"])
    assert start_auto_backup(db).join(30) is None and len(list_backups(db)) == 1     # once a day


def test_open_db_backs_up_at_start(db_path):
    from crm_app.commands import open_db

    db = open_db(str(db_path))
    _add(db, "Layla")
    db.dispose()
    db = open_db(str(db_path))
    assert [p.name.endswith("-auto.db") for p in list_backups(db)] == [True]
    db.dispose()


def test_rotation_keeps_the_newest(db, monkeypatch):
    from crm_app.io.backup import take_backup

    monkeypatch.setenv("CRM_BACKUPS_KEEP", "3")
    _add(db, "Layla")
    made = []
    for i in range(5):
        p = take_backup(db, reason=f"r{i}")
        t = time.time() - 100 + i
        os.utime(p, (t, t))
        made.append(p)
    assert list_backups(db) == [made[4], made[3], made[2]]
    assert not made[0].exists() and not made[1].exists()


def test_how_many_to_keep_is_an_app_setting(db, monkeypatch):
    from crm_app import config
    from crm_app.io.backup import keep_count, rotate_backups, take_backup
    from crm_app.services import settings

    monkeypatch.setenv("CRM_BACKUPS_KEEP", "5")
    assert keep_count(db) == 5                                  # the environment, without a setting
    with db.write() as s:
        settings.put(s, config.BACKUPS_KEEP, 2)
    assert keep_count(db) == 2                                  # the app's setting wins
    _add(db, "Layla")
    for i in range(4):
        p = take_backup(db, reason=f"r{i}", rotate=False)
        os.utime(p, (time.time() - 100 + i,) * 2)
    assert len(list_backups(db)) == 4
    assert len(rotate_backups(db)) == 2 and len(list_backups(db)) == 2


def test_backups_in_the_same_second_do_not_overwrite_each_other(db):
    from crm_app.io.backup import take_backup

    _add(db, "Layla")
    a = take_backup(db, reason="pre-import")
    _add(db, "Omar")
    b = take_backup(db, reason="pre-import")
    _add(db, "Noor")
    c = take_backup(db, reason="pre-import")
    assert len({a, b, c}) == 3
    assert [len(_names(p)) for p in (a, b, c)] == [1, 2, 3]


def test_an_interrupted_backup_never_counts_as_one(db):
    from crm_app import config
    from crm_app.io.backup import rotate_backups

    _add(db, "Layla")
    folder = config.backups_dir(db.path)
    part = folder / f"{db.path.stem}-20240101-000000-auto.db.part"
    part.write_bytes(b"half a database")
    other = folder / f"{db.path.stem}-copy.db"              # not a name rotation made: left alone
    other.write_bytes(b"x")
    assert list_backups(db) == []
    os.utime(part, (time.time() - 7200,) * 2)
    rotate_backups(db)
    assert not part.exists() and other.exists()


def test_a_failed_import_leaves_no_backup_behind(db, tmp_path, monkeypatch):
    """Nothing written (rows rejected, cancelled): its pre-import backup goes, so it pushes no useful one out."""
    from crm_app.io.importer import ImportCancelled, ImportOptions, run_import
    from tests.integration.import_helpers import write_csv

    monkeypatch.setenv("CRM_BACKUPS_KEEP", "2")
    _add(db, "Layla")
    assert auto_backup(db) is not None
    good = list_backups(db)
    bad = write_csv(tmp_path / "bad.csv", ["full_name", "email"], [["Omar", "not an email"]])
    for _ in range(3):
        assert not run_import(db, bad, ImportOptions("customers")).committed
    with pytest.raises(ImportCancelled):
        run_import(db, bad, ImportOptions("customers", skip_invalid=True), cancelled=lambda: True)
    assert list_backups(db) == good
    ok = write_csv(tmp_path / "ok.csv", ["full_name"], [["Omar"]])
    r = run_import(db, ok, ImportOptions("customers"))
    assert r.committed and r.backup and list_backups(db)[0] == Path(r.backup) and len(list_backups(db)) == 2


def test_backup_to_a_file_or_folder(db, tmp_path):
    _add(db, "Layla")
    dest = backup_to(db, tmp_path / "copy.db")
    assert _names(dest) == ["Layla"]
    with pytest.raises(BackupError, match="exists"):
        backup_to(db, dest)
    folder = tmp_path / "out"
    folder.mkdir()
    assert backup_to(db, folder).parent == folder
    with pytest.raises(BackupError):
        backup_to(db, db.path)


def test_restore_checks_first_and_keeps_the_current_file(db, tmp_path):
    _add(db, "Layla")
    backup = backup_to(db, tmp_path / "b.db")
    _add(db, "Omar")
    result = restore(db.path, backup)
    assert _names(db.path) == ["Layla"]
    assert result.kept_aside.name.startswith("crm.before-restore-") and _names(result.kept_aside) == ["Layla", "Omar"]
    # the open Database sees the restored content
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
    _add(db, "Noor")                                          # and can write to it


def test_restore_refuses_damaged_or_foreign_files(db, tmp_path):
    _add(db, "Layla")
    before = _names(db.path)
    damaged = tmp_path / "damaged.db"
    data = bytearray(backup_to(db, tmp_path / "ok.db").read_bytes())
    data[4096 * 2:4096 * 2 + 2000] = os.urandom(2000)          # scribble over a page
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE x (a)").connection.close()
    text = tmp_path / "notes.db"
    text.write_text("hello")
    newer = backup_to(db, tmp_path / "newer.db")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="newer version"):
        check_backup(newer)
    for bad in (damaged, foreign, text, tmp_path / "missing.db", newer):
        with pytest.raises(BackupError):
            restore(db.path, bad)
    assert _names(db.path) == before
    with pytest.raises(BackupError):
        check_backup(damaged)


def test_cli_backup_and_restore(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "demo", "--customers", "20", "--quiet"]) == 0
    assert main(["--db", str(db_path), "backup"]) == 0
    assert "backups" in capsys.readouterr().out
    assert main(["--db", str(db_path), "backup", "--to", str(tmp_path / "mine.db")]) == 0
    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    assert "manual" in capsys.readouterr().out
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM refunds")
    con.commit()
    con.close()
    assert main(["--db", str(db_path), "restore", str(tmp_path / "mine.db")]) == 0
    assert "kept as" in capsys.readouterr().out
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM refunds").fetchone()[0] > 0
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"nope")
    assert main(["--db", str(db_path), "restore", str(bad)]) == 1
    assert "not a readable" in capsys.readouterr().err


def test_import_takes_a_backup_first(db, tmp_path):
    from crm_app.io.importer import ImportOptions, run_import
    from tests.integration.import_helpers import write_csv

    _add(db, "Layla")
    path = write_csv(tmp_path / "c.csv", ["full_name"], [["Omar"]])
    r = run_import(db, path, ImportOptions("customers"))
    assert r.backup and "pre-import" in r.backup and _names(r.backup) == ["Layla"]
    assert run_import(db, path, ImportOptions("customers", dry_run=True)).backup is None
