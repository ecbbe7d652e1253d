"""crm-app loyalty: rebuild loyalty from history; campaign lists and the leaderboard (optionally as CSV)."""
from __future__ import annotations

import sys
from datetime import date

LISTS = ["birthdays", "anniversaries", "expiring", "near-tier", "leaderboard"]


def _date(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def register(sub) -> None:
    p = sub.add_parser("loyalty", help="loyalty program: recalc from history, campaign lists, leaderboard")
    lsub = p.add_subparsers(dest="loyalty_command", metavar="ACTION", required=True)
    rc = lsub.add_parser("recalc", help="rebuild points, tiers, badges and expiries from history (idempotent)")
    rc.add_argument("--as-of", type=_date, default=None, help="evaluate as of this day (default: today)")
    rc.add_argument("--quiet", action="store_true")
    rc.set_defaults(handler=run_recalc)
    ls = lsub.add_parser("list", help="campaign lists and the leaderboard")
    ls.add_argument("which", choices=LISTS)
    ls.add_argument("--as-of", type=_date, default=None)
    ls.add_argument("--from", dest="start", type=_date, default=None, help="leaderboard period start")
    ls.add_argument("--to", dest="end", type=_date, default=None, help="leaderboard period end")
    ls.add_argument("--limit", type=int, default=100)
    ls.add_argument("--csv", metavar="OUT", help="write the whole list to this CSV file ('-' for stdout)")
    ls.set_defaults(handler=run_list)


def run_recalc(args) -> int:
    from crm_app.commands import open_db
    from crm_app.services.loyalty_recalc import recalc

    db = open_db(args.db)

    def progress(fraction: float, text: str) -> None:
        if not args.quiet:
            print(f"  {fraction * 100:5.1f} %  {text}", file=sys.stderr)

    res = recalc(db, args.as_of, progress=progress)
    print(f"loyalty recalc as of {res.as_of} (rules v{res.rule_version}): earn {res.earned:,}, reverse "
          f"{res.reversed:,}, bonuses {res.bonuses:,}, badges {res.badges:,}, tier changes {res.tier_changes:,}, "
          f"expiry entries {res.expired_entries:,}, coupons issued {res.coupons_issued:,}, "
          f"coupons expired {res.coupons_expired:,}")
    if args.verbose:
        print("seconds: " + ", ".join(f"{k} {v}" for k, v in res.seconds.items()))
    return 0


def run_list(args) -> int:
    from crm_app.commands import open_db
    from crm_app.services import campaigns

    db = open_db(args.db)
    with db.read() as s:
        rows = campaigns.campaign_list(s, args.which, as_of=args.as_of, start=args.start, end=args.end,
                                       limit=None if args.csv else args.limit)
    if args.csv:
        if args.csv == "-":
            campaigns.write_csv(rows, sys.stdout)
        else:
            with open(args.csv, "w", newline="", encoding="utf-8") as f:
                campaigns.write_csv(rows, f)
            print(f"{len(rows):,} rows written to {args.csv}")
        return 0
    for r in rows:
        print("  ".join(f"{v}" for v in r.values()))
    if not rows:
        print("nobody on this list")
    return 0
