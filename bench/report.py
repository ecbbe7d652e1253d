"""The retention report on a big demo database: the metrics part and the report part timed apart.

    .venv/bin/python bench/report.py /work/benchdata/demo-100000.db --as-of 2026-11-30 [--lang ar] [--out X.pdf]

Opens the database read-only-ish (Database.open: no migration, no backup — safe on a shared original),
computes the metrics once (`metrics`), then builds the PDF from that result (`report`, target < 5 s on
100,000 customers), in the same process, as the metrics tab does. Peak memory = max RSS of the process,
sampled after each part. Prints the report's own step timings.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--as-of", type=date.fromisoformat, default=None)
    ap.add_argument("--lang", default="en")
    ap.add_argument("--page-size", default="a4")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from crm_app.db.engine import Database
    from crm_app.reports import pdf
    from crm_app.reports.common import ReportOptions
    from crm_app.reports.retention import build_retention_report
    from crm_app.services.metrics import MetricsParams, compute

    print(f"database {args.db} ({os.path.getsize(args.db) / 2**20:,.0f} MiB); "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    t = time.perf_counter()
    pdf.ensure_app()
    print(f"Qt application + fonts: {time.perf_counter() - t:.2f} s")
    db = Database.open(args.db)
    t = time.perf_counter()
    result = compute(db, MetricsParams(as_of=args.as_of, segment="activity"))
    metrics_s = time.perf_counter() - t
    print(f"metrics: {metrics_s:.2f} s, peak RSS {rss_mib():,.0f} MiB "
          f"({result['customers']['total']:,} customers, {result['customers']['with_purchases']:,} with purchases)")
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp()) / "retention.pdf"
    t = time.perf_counter()
    done = build_retention_report(db, out, options=ReportOptions(lang=args.lang, page_size=args.page_size),
                                  result=result)
    report_s = time.perf_counter() - t
    print(f"report:  {report_s:.2f} s, peak RSS {rss_mib():,.0f} MiB — {done.pages} pages, "
          f"{out.stat().st_size / 2**20:.1f} MiB PDF ({args.lang}, {args.page_size}) → {out}")
    print("  steps: " + ", ".join(f"{k} {v:.2f} s" for k, v in done.timings.items()))
    print(f"target: report < 5 s after the metrics — {'met' if report_s < 5 else 'MISSED'}")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
