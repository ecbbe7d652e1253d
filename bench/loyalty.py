"""Loyalty at scale: `crm-app loyalty recalc` on a big demo database, and one order with its loyalty updates.

    cp /tmp/big.db /tmp/loyalty-1m.db            # never run it on a shared original
    /tmp/venv312/bin/python bench/loyalty.py /tmp/loyalty-1m.db --as-of 2026-11-21 --orders 200

1. a warm-up command (untimed: migrates if needed and takes the once-a-day automatic backup);
2. `crm-app loyalty recalc` timed as a subprocess; peak memory = the child's max RSS
   (targets: < 3 min and < 2 GB on 1,000,000 customers); the first run populates the ledger from history;
3. a second recalc: must report no changes (idempotent);
4. record_order for random customers, each in its own write transaction with its points, tier, badge,
   expiry and coupon updates (target p95 < 20 ms).
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta
from decimal import Decimal


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))]


def uptime() -> str:
    return "load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def cli(db: str, *args: str) -> tuple[float, int, str]:
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "crm_app", "--db", db, *args], capture_output=True, text=True)
    wall = time.perf_counter() - t
    if p.returncode:
        sys.exit(p.stderr)
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.stdout.strip()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--as-of", default=None)
    ap.add_argument("--orders", type=int, default=200)
    args = ap.parse_args()
    as_of = ["--as-of", args.as_of] if args.as_of else []

    print(f"database {args.db} ({os.path.getsize(args.db) / 2**30:.1f} GiB); {uptime()}")
    cli(args.db, "loyalty", "list", "birthdays", "--limit", "1")
    base = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    for run in (1, 2):
        wall, rss, out = cli(args.db, "-v", "loyalty", "recalc", "--quiet", *as_of)
        print(f"recalc run {run}: {wall:.1f} s wall, peak RSS {max(rss, base) / 1024:.0f} MiB; {uptime()}")
        print("  " + out.replace("\n", "\n  "))

    from sqlalchemy import func, select

    from crm_app.db.engine import Database
    from crm_app.db.models import Customer
    from crm_app.domain.customer import LineInput, OrderInput
    from crm_app.services.orders import record_order

    db = Database.open(args.db)
    with db.read() as s:
        top = s.scalar(select(func.max(Customer.id)))
    rng = random.Random(1)
    times = []
    now = datetime.now().replace(microsecond=0)
    for i in range(args.orders):
        cid = rng.randint(1, top)
        data = OrderInput(cid, now + timedelta(seconds=i), "USD",
                          (LineInput("bench item", Decimal(rng.randint(500, 40000)) / 100),))
        t = time.perf_counter()
        with db.write() as s:
            record_order(s, data)
        times.append((time.perf_counter() - t) * 1000)
    print(f"record_order + loyalty ({args.orders} orders): p50 {statistics.median(times):.1f} ms, "
          f"p95 {pct(times, 95):.1f} ms, max {max(times):.1f} ms; {uptime()}")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
