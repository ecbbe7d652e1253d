import hashlib
import sqlite3
import subprocess
import sys

from crm_app.cli import main
from crm_app.db import migrate
from crm_app.db.engine import Database


def _digest(path) -> str:
    con = sqlite3.connect(path)
    h = hashlib.sha256()
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'customer_fts%'"
                                " AND name NOT LIKE 'sqlite_%' ORDER BY name"):
        if table in {"audit_log"}:
            continue
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        cols = [c for c in cols if c not in {"created_at", "updated_at"}] if table in {"users", "app_settings",
                                                                                        "ticket_categories"} else cols
        for row in con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY 1"):
            h.update(repr(row).encode())
    con.close()
    return h.hexdigest()


def test_demo_is_reproducible_and_sound(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for p in (a, b):
        assert main(["--db", str(p), "demo", "--customers", "300", "--seed", "1", "--end-date", "2026-01-31",
                     "--quiet"]) == 0
    assert _digest(a) == _digest(b)
    con = sqlite3.connect(a)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    n_cust, n_orders = con.execute("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM orders)").fetchone()
    assert n_cust == 300 and n_orders > 1000
    # order totals equal the sum of their lines, and every refund fits its order
    assert con.execute("SELECT count(*) FROM orders o WHERE total_minor != "
                       "(SELECT sum(amount_minor) FROM order_lines l WHERE l.order_id = o.id)").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM refunds r JOIN orders o ON o.id = r.order_id "
                       "WHERE r.amount_minor > o.total_minor").fetchone() == (0,)
    # names in the four scripts
    names = " ".join(n for (n,) in con.execute("SELECT full_name FROM customers"))
    assert any("\u0600" <= ch <= "\u06ff" for ch in names) and any("\u0400" <= ch <= "\u04ff" for ch in names)
    assert "ک" in names or "ی" in names  # Persian letters
    assert con.execute("SELECT max(order_date) <= '2026-01-31' FROM orders").fetchone() == (1,)
    con.close()
    db = Database.open(str(a))
    assert migrate.current_revision(db) == migrate.head_revision()
    db.dispose()
    other = tmp_path / "c.db"
    main(["--db", str(other), "demo", "--customers", "300", "--seed", "2", "--end-date", "2026-01-31", "--quiet"])
    assert _digest(other) != _digest(a)


def test_demo_refuses_to_overwrite(tmp_path, capsys):
    p = tmp_path / "a.db"
    assert main(["--db", str(p), "demo", "--customers", "10", "--quiet"]) == 0
    assert main(["--db", str(p), "demo", "--customers", "10", "--quiet"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["--db", str(p), "demo", "--customers", "10", "--if-missing", "--quiet"]) == 0


def test_cli_errors_are_one_line_without_traceback(tmp_path):
    r = subprocess.run([sys.executable, "-m", "crm_app", "--db", str(tmp_path / "nope" / "x.db"), "migrate"],
                       capture_output=True, text=True)
    assert r.returncode != 0
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("crm-app: ") and "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "crm_app", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("crm-app ")


def test_migrate_command(tmp_path, capsys):
    p = tmp_path / "m.db"
    assert main(["--db", str(p), "migrate"]) == 0
    from crm_app.db.migrate import head_revision

    assert f"→ {head_revision()}" in capsys.readouterr().out
    assert main(["--db", str(p), "migrate"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_alembic_command_line_sees_head(tmp_path):
    p = tmp_path / "m.db"
    main(["--db", str(p), "migrate"])
    r = subprocess.run([sys.executable, "-m", "alembic", "-x", f"db={p}", "current"], capture_output=True,
                       text=True, cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert "(head)" in r.stdout, r.stderr


def test_demo_with_loyalty_history_for_make_run(tmp_path, capsys):
    p = tmp_path / "run.db"
    assert main(["--db", str(p), "demo", "--customers", "80", "--seed", "3", "--end-date", "2026-06-30",
                 "--loyalty"]) == 0
    assert "loyalty:" in capsys.readouterr().out
    con = sqlite3.connect(p)
    earned, tiers, orders = con.execute(
        "SELECT (SELECT count(*) FROM points_ledger WHERE kind = 'earn'), "
        "(SELECT count(*) FROM tier_history), (SELECT count(*) FROM orders WHERE total_minor >= 100)").fetchone()
    con.close()
    assert orders > 0 and earned == orders and tiers > 0      # every order of 1.00 or more earned points
    # the database is complete where it was asked for, nothing left beside it
    assert not [f.name for f in tmp_path.iterdir() if f.name.startswith("run.db.")]
    # … and no backup of the half-built file (the daily backup is for data a user has)
    backups = tmp_path / "backups"
    assert not (backups.exists() and list(backups.iterdir())), list(backups.iterdir())
