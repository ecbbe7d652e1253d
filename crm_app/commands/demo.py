"""crm-app demo: build a reproducible demo business in a new database."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("demo", help="create a demo database (names in English, Arabic, Persian, Russian)")
    p.add_argument("--customers", type=int, default=2000, help="number of customers (default 2000)")
    p.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same data")
    p.add_argument("--end-date", type=date.fromisoformat, default=None,
                   help="last day of history, YYYY-MM-DD (default: today)")
    p.add_argument("--tickets-per-customer", type=float, default=0.35)
    p.add_argument("--if-missing", action="store_true", help="do nothing when the database file exists")
    p.add_argument("--force", action="store_true", help="replace an existing database file")
    p.add_argument("--loyalty", action="store_true",
                   help="also run the loyalty program over the history (points, tiers, badges, coupons), "
                        "as `crm-app loyalty recalc` would")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(handler=run)


def run(args) -> int:
    from crm_app import config
    from crm_app.commands import open_db
    from crm_app.demo.build import DemoSpec, build

    url = config.resolve_database_url(args.db)
    path = Path(url[len("sqlite:///"):]) if url.startswith("sqlite:///") else None
    if args.customers < 0:
        raise RuntimeError("--customers must be 0 or more")
    if path is not None:
        if path.exists() and args.if_missing:
            if not args.quiet:
                print(f"using the existing database {path}")
            return 0
        if path.exists():
            if not args.force:
                raise RuntimeError(f"{path} already exists; use --force to replace it or --db for another file")
        path.parent.mkdir(parents=True, exist_ok=True)
        # Build next to the target and move it in place at the end: a failed build leaves nothing behind.
        tmp = path.with_name(path.name + ".building")
        for f in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            f.unlink(missing_ok=True)
        target_url = "sqlite:///" + str(tmp)
    else:
        target_url = url
    spec = DemoSpec(customers=args.customers, seed=args.seed, end=args.end_date or date.today(),
                    tickets_per_customer=args.tickets_per_customer)

    def progress(fraction: float, message: str) -> None:
        if not args.quiet and sys.stderr.isatty():
            print(f"\r{fraction * 100:5.1f} %  {message:<40}", end="", file=sys.stderr, flush=True)

    db = open_db(target_url, backup=False)      # a database being built has nothing to protect yet
    try:
        stats = build(db, spec, progress)
        if args.loyalty:
            from crm_app.services.loyalty_recalc import recalc

            db.dispose()                    # the bulk load leaves its connections tuned for loading
            db = open_db(target_url, backup=False)
            loyalty = recalc(db, spec.end, progress=progress)
    except BaseException:
        db.dispose()
        if path is not None:
            for f in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
                f.unlink(missing_ok=True)
        raise
    if path is not None:
        db.dispose()
        import sqlite3
        con = sqlite3.connect(str(tmp))
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        for f in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            f.unlink(missing_ok=True)
        tmp.replace(path)
        Path(str(tmp) + "-wal").unlink(missing_ok=True)
        Path(str(tmp) + "-shm").unlink(missing_ok=True)
    if not args.quiet:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(f"demo database {path or url}: {stats.customers:,} customers, {stats.orders:,} orders, "
              f"{stats.order_lines:,} order lines, {stats.refunds:,} refunds, {stats.tickets:,} tickets, "
              f"{stats.feedback:,} feedback answers in {stats.seconds:.1f} s")
        if args.loyalty:
            print(f"loyalty: {loyalty.earned:,} earn entries, {loyalty.bonuses:,} bonuses, {loyalty.badges:,} badges, "
                  f"{loyalty.coupons_issued:,} coupons")
    return 0
