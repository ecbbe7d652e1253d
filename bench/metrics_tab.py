"""Time from opening the metrics tab to the first KPIs on screen, and to every chart drawn.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/metrics_tab.py --db /work/benchdata/demo-100000.db

Each run is a fresh process (cold: nothing cached, matplotlib not imported), so the figure is what an
owner sees the first time they click Metrics after starting the app. The database is copied first
(the tab stores the fitted models for the profiles). Target: first KPIs in under 2 s at 100,000 customers.
Also times a second visit after a change of period and back (answered from memory).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(db: str, today: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from datetime import date

    t0 = time.perf_counter()
    from crm_app.db.engine import Database
    from crm_app.ui.app import make_app
    from crm_app.ui.metrics_view import MetricsView

    app = make_app()
    database = Database.open(db)
    marks: dict[str, float] = {}
    start = time.perf_counter()
    view = MetricsView(database, today=date.fromisoformat(today))
    view.computed.connect(lambda _r: marks.setdefault("kpis", time.perf_counter()))
    view.charts.drawn.connect(lambda: marks.setdefault("charts", time.perf_counter()))
    view.resize(1400, 900)
    view.show()
    longest, last = 0.0, time.perf_counter()
    while "charts" not in marks and time.perf_counter() - start < 120:
        app.processEvents()
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
        time.sleep(0.002)
    # a second period and back: the way back is answered from memory
    done = []
    view.computed.connect(lambda _r: done.append(time.perf_counter()))
    t_quarter = time.perf_counter()
    view.period.setCurrentIndex(view.period.findData("quarter"))
    while len(done) < 1 and time.perf_counter() - start < 240:
        app.processEvents()
        time.sleep(0.002)
    t_back = time.perf_counter()
    view.period.setCurrentIndex(view.period.findData("month"))
    while len(done) < 2 and time.perf_counter() - start < 240:
        app.processEvents()
        time.sleep(0.002)
    print(json.dumps({"import_s": start - t0, "kpis_s": marks["kpis"] - start, "charts_s": marks["charts"] - start,
                      "longest_gui_gap_ms": longest * 1000, "quarter_s": done[0] - t_quarter - 0.35 if done else None,
                      "back_from_memory_s": (done[1] - t_back) - 0.35 if len(done) > 1 else None,
                      "status": view.status.text(), "customers": view.result["customers"]["total"]}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--today", default="2026-12-01", help="the day the tab is opened (as-of: the month before)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.db, args.today)
        return
    work = Path(tempfile.mkdtemp(prefix="metrics-tab-"))
    copy = work / "bench.db"
    shutil.copy(args.db, copy)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; "
          f"database {args.db} (copy)")
    try:
        for i in range(args.runs):
            out = subprocess.run([sys.executable, __file__, "--db", str(copy), "--today", args.today, "--child"],
                                 capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            line = [x for x in out.stdout.splitlines() if x.startswith("{")]
            if not line:
                print(out.stdout, out.stderr)
                raise SystemExit("the child run failed")
            r = json.loads(line[-1])
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"run {i + 1}: first KPIs {r['kpis_s']:.2f} s, all charts {r['charts_s']:.2f} s, longest GUI gap "
                  f"{r['longest_gui_gap_ms']:.0f} ms, quarter {r['quarter_s']:.2f} s (computed), back to month from memory "
                  f"{r['back_from_memory_s']:.2f} s (after the 0.35 s debounce); peak RSS so far {peak:.0f} MiB; "
                  f"{r['customers']:,} customers; '{r['status']}'")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("target: first KPIs < 2 s at 100,000 customers")


if __name__ == "__main__":
    main()
