"""A database created at the baseline revision and filled with data upgrades to head losing nothing."""
import sqlite3

from crm_app.db import migrate
from crm_app.db.engine import Database


def test_baseline_database_with_data_upgrades_to_head(tmp_path):
    path = tmp_path / "old.db"
    db = Database.open(str(path))
    migrate.upgrade(db, "0001_baseline")
    assert migrate.current_revision(db) == "0001_baseline"
    con = sqlite3.connect(path)
    con.execute("INSERT INTO customers (id, code, full_name, search_name, consent_email, consent_sms, consent_phone,"
                " status, created_at, updated_at, version) VALUES (1, 'C1', 'Нина Орлова', 'нина орлова', 0, 0, 0,"
                " 'active', '2024-01-01 00:00:00.000000', '2024-01-01 00:00:00.000000', 1)")
    con.execute("INSERT INTO customer_emails (customer_id, email, normalized, position) "
                "VALUES (1, 'nina@example.ru', 'nina@example.ru', 0)")
    con.execute("INSERT INTO orders (id, customer_id, ordered_at, order_date, currency, total_minor, created_at)"
                " VALUES (1, 1, '2024-02-01 10:00:00.000000', '2024-02-01', 'RUB', 150000,"
                " '2024-02-01 10:00:00.000000')")
    con.commit()
    con.close()

    backup = migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    assert backup is not None  # an existing file is copied before it is migrated
    con = sqlite3.connect(path)
    assert con.execute("SELECT full_name FROM customers").fetchall() == [("Нина Орлова",)]
    assert con.execute("SELECT total_minor FROM orders").fetchall() == [(150000,)]
    # the new search index was filled from the existing rows
    assert con.execute("SELECT rowid FROM customer_fts WHERE customer_fts MATCH '\"орлов\"'").fetchall() == [(1,)]
    assert sqlite3.connect(backup).execute("SELECT count(*) FROM customers").fetchone() == (1,)
    db.dispose()


def test_upgrade_is_a_no_op_at_head(db):
    assert migrate.upgrade(db) is None
    assert migrate.current_revision(db) == migrate.head_revision()


def test_the_recorded_head_is_alembics_head():
    from crm_app.db import migrate

    assert migrate.HEAD == migrate.head_revision()


def test_an_up_to_date_start_writes_nothing(tmp_path):
    import sqlite3

    from crm_app.commands import open_db

    path = tmp_path / "x.db"
    open_db(str(path)).dispose()                 # creates, migrates, seeds
    con = sqlite3.connect(path)
    before = con.execute("PRAGMA data_version").fetchone()
    open_db(str(path)).dispose()                 # a second start: read-only checks
    assert con.execute("PRAGMA data_version").fetchone() == before
    con.close()
