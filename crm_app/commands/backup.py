"""crm-app backup: copy the database now (online backup API; safe while the app is running)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("backup", help="back up the database (to the backups folder, or --to PATH)")
    p.add_argument("--to", metavar="PATH", help="a file or a folder (default: backups/ beside the database, rotated)")
    p.add_argument("--list", action="store_true", help="list the backups in the backups folder")
    p.set_defaults(handler=run)


def run(args) -> int:
    from datetime import datetime

    from crm_app.db.engine import Database
    from crm_app.io.backup import backup_to, list_backups

    db = Database.open(args.db)
    try:
        if args.list:
            for p in list_backups(db):
                st = p.stat()
                print(f"{datetime.fromtimestamp(st.st_mtime):%Y-%m-%d %H:%M}  {st.st_size / 1e6:8.1f} MB  {p}")
            return 0
        path = backup_to(db, args.to)
    finally:
        db.dispose()
    print(f"backup written to {path}")
    return 0
