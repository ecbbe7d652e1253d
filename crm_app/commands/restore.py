"""crm-app restore: replace the database with a backup (integrity checked first; the current file kept aside)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("restore", help="restore a backup (checks it first; keeps the current file aside)")
    p.add_argument("path", help="the backup file")
    p.set_defaults(handler=run)


def run(args) -> int:
    from crm_app import config
    from crm_app.commands import open_db
    from crm_app.io.backup import restore

    url = config.resolve_database_url(args.db)
    if not url.startswith("sqlite:///"):
        raise RuntimeError("restore works on SQLite files; use your database server's tools for other databases")
    result = restore(url[len("sqlite:///"):], args.path)
    db = open_db(args.db)   # upgrades a backup made by an older version
    db.dispose()
    if result.kept_aside:
        print(f"the previous database is kept as {result.kept_aside}")
    print(f"restored {result.restored_from} into {result.database}")
    return 0
