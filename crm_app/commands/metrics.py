"""`crm-app metrics`: retention, churn, cohorts, CLV — as a readable table of formulas or as JSON."""
from __future__ import annotations

import argparse
import json
import sys
import threading
from datetime import date


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def register(sub) -> None:
    p = sub.add_parser("metrics", help="retention, churn, cohorts and customer lifetime value",
                       description="Compute the metrics of shared/METRICS.md on the database. Only purchases on "
                                   "or before --as-of are used (the holdout check also reads the days up to "
                                   "--holdout-end).")
    p.add_argument("--as-of", type=_date, metavar="DATE", help="the day to compute for (default: today)")
    p.add_argument("--period", choices=["month", "quarter", "year"], default="month",
                   help="the reporting period containing the as-of date (default: month)")
    p.add_argument("--churn-window", type=_positive_int, metavar="DAYS",
                   help="days without a purchase after which a customer is lost (default: setting, 365)")
    p.add_argument("--time-unit", choices=["day", "week"], default="week", help="time unit of BG/NBD (default: week)")
    p.add_argument("--horizon-months", type=_positive_int, default=12, metavar="N",
                   help="months of predicted CLV (default: 12)")
    p.add_argument("--discount-rate", type=float, default=0.01, metavar="RATE",
                   help="monthly discount rate of the predicted CLV (default: 0.01)")
    p.add_argument("--holdout-end", type=_date, metavar="DATE",
                   help="compare predicted and actual purchase days from the as-of date to this date")
    p.add_argument("--segment", choices=["tier", "activity", "rfm", "cohort", "tag"],
                   help="also show retention and historical CLV per segment")
    p.add_argument("--penalizer", type=_non_negative, default=0.0, metavar="L",
                   help="adds L × (sum of squared parameters) to the BG/NBD and Gamma-Gamma mean negative "
                        "log-likelihood (default: 0, plain maximum likelihood)")
    p.add_argument("--no-compare", dest="compare", action="store_false",
                   help="skip the comparison with the previous period and a year earlier (kpis)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=run)


def _preload() -> threading.Thread:
    """Import the heavy analytics libraries in the background while the database is opened and read
    (SQLite releases the GIL while it scans; the loader needs only numpy)."""
    def work() -> None:
        import pandas  # noqa: F401
        import scipy.special  # noqa: F401

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def run(args) -> int:
    from crm_app.services import metrics_scan

    prefetching = metrics_scan.prefetch_orders(args.db)   # a SQLite file: its big tables are read meanwhile
    # a SQLite file at the current schema is read with sqlite3 alone (no SQLAlchemy to import); anything
    # else (an older file to migrate, another back end) is opened as a Database
    db = metrics_scan.FileSource.open(args.db) if prefetching else None
    if db is not None:
        from crm_app.io.backup import auto_backup

        auto_backup(db)  # at most once a day, as every command that opens the database; never raises
    else:
        if not prefetching:
            _preload()
        from crm_app.commands import open_db

        db = open_db(args.db)
    if prefetching:   # import here, while the scan runs: two busy threads for two cores, not three
        import pandas  # noqa: F401
        import scipy.special  # noqa: F401
    try:
        from crm_app.services.metrics import MetricsParams, compute, to_jsonable

        params = MetricsParams(as_of=args.as_of, period=args.period, churn_window=args.churn_window,
                               time_unit=args.time_unit, horizon_months=args.horizon_months,
                               discount_rate=args.discount_rate, holdout_end=args.holdout_end, segment=args.segment,
                               penalizer=args.penalizer, compare=args.compare)
        try:
            params = params.resolved()
        except ValueError as exc:
            raise RuntimeError(str(exc)) from None
        result = compute(db, params)
    finally:
        db.dispose()
    if args.json:
        json.dump(to_jsonable(result), sys.stdout, ensure_ascii=False, allow_nan=False)
        sys.stdout.write("\n")
    else:
        from crm_app.commands.metrics_table import render

        sys.stdout.write(render(result))
    _exit_now_if_top_level()
    return 0


def _exit_now_if_top_level() -> None:
    """When `crm-app metrics` is the process (not `main()` called from Python, e.g. a test), end it
    here: the output is written and the database closed, and tearing down pandas, scipy and SQLAlchemy
    at interpreter exit takes ~0.3 s for nothing."""
    import os
    from pathlib import Path

    if Path(sys.argv[0]).name not in ("crm-app", "crm-app.exe", "__main__.py") or "metrics" not in sys.argv:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
