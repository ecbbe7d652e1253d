"""Support desk at scale: queue filter + sort latency and pain-point aggregation on a big demo database.

    crm-app --db /tmp/tickets-1m.db demo --customers 300000 --tickets-per-customer 3.4 --seed 1
    /tmp/venv312/bin/python bench/tickets.py /tmp/tickets-1m.db --repeat 5

Each queue case times one first page (200 rows) through services.tickets.queue_page — exactly what the
queue's lazy model asks for — and, separately, the per-status counts the status buttons show (those load
in their own background task). Targets: queue page p95 < 100 ms; pain-point report < 2 s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from sqlalchemy import func, select

    from crm_app.commands import open_db
    from crm_app.db.models import Ticket, User
    from crm_app.domain.tickets import QueueFilter as F
    from crm_app.services import painpoints
    from crm_app.services import tickets as svc

    db = open_db(args.db)                       # migrates to head (adds the 0005 indexes) if needed
    with db.read() as s:
        n = s.scalar(select(func.count()).select_from(Ticket))
        agent = s.scalar(select(User.id).where(User.role == "support").order_by(User.id))
        cat = s.scalar(select(Ticket.category_id).where(Ticket.category_id.is_not(None)).limit(1))
        cust = s.scalar(select(Ticket.customer_id).order_by(Ticket.id.desc()).limit(1))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} "
          f"{os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}; {n:,} tickets in {args.db}")

    cases = [
        ("open work, newest", F(statuses=("new", "open", "pending")), "created", True),
        ("all, newest", F(), "created", True),
        ("all, oldest", F(), "created", False),
        ("all by priority", F(), "priority", True),
        ("all by status", F(), "status", False),
        ("all by due", F(), "due", False),
        ("all by number", F(), "id", True),
        ("new only", F(statuses=("new",)), "created", True),
        ("pending, urgent", F(statuses=("pending",), priorities=("urgent",)), "created", True),
        ("open work, my tickets", F(statuses=("new", "open", "pending"), assignee_id=agent), "created", True),
        ("my tickets, all", F(assignee_id=agent), "created", True),
        ("unassigned", F(assignee_id=-1), "created", True),
        ("SLA breached", F(sla="breached"), "created", True),
        ("SLA breached by due", F(sla="breached"), "due", False),
        ("due within 4 h", F(sla="due_soon"), "due", False),
        ("channel chat", F(channels=("chat",)), "created", True),
        ("category", F(category_id=cat), "created", True),
        ("chat + category + high", F(channels=("chat",), category_id=cat, priorities=("high",)), "created", True),
        ("social, high, pending", F(channels=("social",), priorities=("high",), statuses=("pending",)), "created", True),
        ("closed, email", F(statuses=("closed",), channels=("email",)), "created", True),
        ("one customer", F(customer_id=cust), "created", True),
        ("ticket number", F(text=f"#{n // 2}"), "created", True),
        ("text 'refund'", F(text="refund"), "created", True),
        ("open work + text 'login'", F(statuses=("new", "open", "pending"), text="login"), "created", True),
    ]
    rare = [("text with no match (full scan)", F(text="no such words"), "created", True)]

    pages: list[float] = []
    counts_all: list[float] = []
    print(f"\nqueue: first page of 200 rows, best/median of {args.repeat}; status counts (capped at "
          f"{svc.COUNT_CAP:,})")
    print(f"{'case':34} {'rows':>5} {'page ms':>9} {'p-max':>7} {'counts ms':>10}")
    with db.read() as s:
        for name, f, sort, desc in cases + rare:
            times, ctimes = [], []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                rows = svc.queue_page(s, f, sort, desc, None, 200)
                times.append((time.perf_counter() - t0) * 1000)
                # second page by keyset (what scrolling asks for)
                if rows:
                    t0 = time.perf_counter()
                    svc.queue_page(s, f, sort, desc, rows[-1][1], 200)
                    times.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                svc.status_counts(s, f)
                ctimes.append((time.perf_counter() - t0) * 1000)
            if (name, f, sort, desc) in cases:
                pages.extend(times)
                counts_all.extend(ctimes)
            print(f"{name:34} {len(rows):5} {statistics.median(times):9.1f} {max(times):7.1f} "
                  f"{statistics.median(ctimes):10.1f}")
    print(f"\nqueue pages ({len(pages)} timings over {len(cases)} filter/sort cases, first and next page): "
          f"p50 {pct(pages, 50):.1f} ms, p95 {pct(pages, 95):.1f} ms, max {max(pages):.1f} ms  (target p95 < 100 ms)")
    print(f"status counts: p50 {pct(counts_all, 50):.1f} ms, p95 {pct(counts_all, 95):.1f} ms "
          f"(background task, not on the page path)")

    print("\npain points (default period: last 90 days vs the 90 before)")
    with db.read() as s:
        for label, fn in [("report (categories + feedback)", lambda: painpoints.report(s)),
                          ("tickets behind top category, low CSAT", None),
                          ("unhappy customers not bought since", lambda: painpoints.unhappy_not_returned(s, limit=500))]:
            times = []
            for _ in range(max(1, args.repeat // 2)):
                t0 = time.perf_counter()
                if fn is None:
                    top = painpoints.report(s).ranked()[0]
                    t0 = time.perf_counter()
                    result = painpoints.tickets_behind(s, top.category_id, low_only=True)
                else:
                    result = fn()
                times.append(time.perf_counter() - t0)
            size = len(result.categories) if hasattr(result, "categories") else len(result)
            print(f"{label:40} {min(times) * 1000:8.0f} ms best, {max(times) * 1000:8.0f} ms worst  ({size} rows)")
        rep = painpoints.report(s)
        print("\ntop categories by volume: " + "; ".join(
            f"{c.name} {c.tickets:,} ({c.trend:+.0f} %), low CSAT {c.low_share or 0:.1f} %, "
            f"detractors {c.detractor_share or 0:.1f} %" for c in rep.ranked()[:3]))
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
