"""crm-app migrate: bring the database schema to the current version (a backup is taken first)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("migrate", help="upgrade the database schema (backs it up first)")
    p.add_argument("--to", default="head", help="target revision (default: head)")
    p.set_defaults(handler=run)


def run(args) -> int:
    from crm_app.db import migrate
    from crm_app.db.engine import Database

    db = Database.open(args.db)
    before = migrate.current_revision(db)
    backup = migrate.upgrade(db, args.to)
    after = migrate.current_revision(db)
    if before == after:
        print(f"database is at {after} (up to date)")
    else:
        print(f"upgraded {before or 'empty database'} → {after}" + (f"; backup: {backup}" if backup else ""))
    return 0
