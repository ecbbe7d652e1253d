"""Caller lookup latency on a big demo database, and the time to load a profile with 2,000 orders.

    .venv/bin/python bench/lookup.py --db /tmp/big.db                  # 1,000,000-customer demo
    .venv/bin/python bench/lookup.py --db /tmp/big.db --per-kind 100 --rounds 3

Queries are drawn (fixed seed) from random customers of the database, as an agent would type them:
name fragments of 2–6 characters in Latin, Arabic, Persian and Cyrillic (beginnings of first names
and surnames, and substrings from inside surnames), phone endings (last 7 digits), full phones in
other formats (national, 00-prefixed, spaced, Arabic-Indic / Persian digits) and emails (exact,
partial). Each query runs through crm_app.db.search_index.search in-process on one read session
(limit 50, the UI's page); the first round warms the page cache and is not counted.

The profile timing (header + first orders page + timeline, the work behind opening a profile) uses a
separate small database (created once at --profile-db) holding one customer with --orders orders
recorded through services.orders.record_order in one transaction: the big database is read-only.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
SCRIPTS = {"en": "Latin", "ar": "Arabic", "fa": "Persian", "ru": "Cyrillic"}


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def sample_customers(con, n: int, rng: random.Random) -> list[tuple]:
    (hi,) = con.execute("SELECT max(id) FROM customers").fetchone()
    ids = rng.sample(range(1, hi + 1), n)
    marks = ",".join("?" * len(ids))
    rows = con.execute(f"SELECT id, full_name, language, country FROM customers WHERE id IN ({marks}) "
                       "AND status NOT IN ('merged', 'erased')", ids).fetchall()
    phones = dict(con.execute(f"SELECT customer_id, e164 FROM customer_phones WHERE customer_id IN ({marks}) "
                              "AND position = 0", ids).fetchall())
    emails = dict(con.execute(f"SELECT customer_id, normalized FROM customer_emails WHERE customer_id IN ({marks}) "
                              "AND position = 0", ids).fetchall())
    return [(cid, name, lang, country, phones.get(cid), emails.get(cid)) for cid, name, lang, country in rows]


def name_fragment(name: str, rng: random.Random) -> str:
    from crm_app.domain.normalize import fold

    words = [w for w in fold(name).split() if len(w) >= 2]
    if not words:
        return fold(name)[:3]
    kind = rng.random()
    word = words[-1] if kind < 0.7 or len(words) == 1 else rng.choice(words[:-1])
    n = rng.randint(2, min(6, len(word)))
    if kind < 0.4 or len(word) <= n:            # beginning of a first name / surname
        return word[:n]
    start = rng.randint(1, len(word) - n)       # from inside the surname
    return word[start:start + n]


def phone_formats(e164: str, rng: random.Random) -> str:
    import phonenumbers

    num = phonenumbers.parse(e164, None)
    national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    region = phonenumbers.region_code_for_number(num)
    choice = rng.randrange(5)
    if choice == 0:
        return national
    if choice == 1:
        return "00" + e164[1:]
    if choice == 2:
        return intl                                       # '+7 916 123-45-67'
    if choice == 3:
        return national.translate(PERSIAN if region == "IR" else ARABIC_INDIC)
    return " ".join(e164[i:i + 3] for i in range(0, len(e164), 3))   # '+79 161 234 567'


def build_queries(db_path: str, per_kind: int, seed: int) -> dict[str, list[str]]:
    import sqlite3

    rng = random.Random(seed)
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    people = sample_customers(con, per_kind * 12, rng)
    con.close()
    queries: dict[str, list[str]] = {}
    for lang, script in SCRIPTS.items():
        who = [p for p in people if p[2] == lang][:per_kind]
        queries[f"name, {script}"] = [name_fragment(p[1], rng) for p in who]
    with_phone = [p for p in people if p[4]]
    queries["phone, last 7 digits"] = [p[4][-7:] for p in rng.sample(with_phone, per_kind)]
    queries["phone, other formats"] = [phone_formats(p[4], rng) for p in rng.sample(with_phone, per_kind)]
    with_email = [p for p in people if p[5]]
    queries["email, exact"] = [p[5].upper() if i % 2 else p[5] for i, p in enumerate(rng.sample(with_email, per_kind))]
    partial = []
    for p in rng.sample(with_email, per_kind):
        local, _, domain = p[5].partition("@")
        partial.append(local if rng.random() < 0.5 else f"{local[-4:]}@{domain[:3]}")
    queries["email, partial"] = partial
    return queries


def bench_lookup(db_path: str, queries: dict[str, list[str]], rounds: int, limit: int):
    from crm_app.db import search_index
    from crm_app.db.engine import Database
    from crm_app.services.customers import default_region

    db = Database.open(db_path)
    times: dict[str, list[float]] = {k: [] for k in queries}
    cpu: dict[str, list[float]] = {k: [] for k in queries}
    misses: dict[str, int] = {k: 0 for k in queries}
    with db.read() as s:
        region = default_region(s)
        for r in range(rounds + 1):
            for kind, qs in queries.items():
                for q in qs:
                    t0, c0 = time.perf_counter(), time.thread_time()
                    rows = search_index.search(s, q, region, limit)
                    dt, dc = (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000
                    if r:                       # round 0 warms the page cache
                        times[kind].append(dt)
                        cpu[kind].append(dc)
                        misses[kind] += not rows
    db.dispose()
    return times, cpu, misses


def make_profile_db(path: str, n_orders: int) -> int:
    """A small demo database plus one customer with `n_orders` orders (record_order, one transaction)."""
    import subprocess
    from datetime import datetime, timedelta
    from decimal import Decimal

    from crm_app.db.engine import Database
    from crm_app.domain.customer import CustomerInput, LineInput, OrderInput
    from crm_app.domain.errors import NotFound
    from crm_app.services import customers, orders

    code = f"BENCH{n_orders}"
    if not os.path.exists(path):
        subprocess.run([sys.executable, "-m", "crm_app", "--db", path, "demo", "--customers", "2000", "--quiet"],
                       check=True)
    db = Database.open(path)
    try:
        with db.read() as s:
            try:
                return customers.get_by_code(s, code).id
            except NotFound:
                pass
        start = datetime(2019, 1, 1, 10)
        t0 = time.perf_counter()
        with db.write() as s:
            cid = customers.create_customer(s, CustomerInput(full_name="Зарина Большакова", code=code,
                                                             phones=("+7 916 000 20 00",))).id
            for i in range(n_orders):
                orders.record_order(s, OrderInput(cid, start + timedelta(days=i, hours=i % 7), "USD", (
                    LineInput("Espresso beans 1kg", Decimal("18.50"), 1 + i % 3),
                    LineInput("Croissant box", Decimal("6.25")))))
        print(f"(recorded {n_orders:,} orders for {code} in {time.perf_counter() - t0:.1f} s, one transaction)")
        return cid
    finally:
        db.dispose()


def bench_profile(path: str, cid: int, runs: int) -> tuple[list[float], list[float], tuple]:
    from crm_app.db.engine import Database
    from crm_app.services import profile

    db = Database.open(path)
    total, parts, cpu = [], [], []
    with db.read() as s:
        for _ in range(runs + 1):
            c0 = time.thread_time()
            t0 = time.perf_counter()
            h = profile.load_header(s, cid)
            t1 = time.perf_counter()
            page = profile.orders_page(s, cid)
            t2 = time.perf_counter()
            events = profile.timeline(s, cid)
            t3 = time.perf_counter()
            cpu.append((time.thread_time() - c0) * 1000)
            total.append((t3 - t0) * 1000)
            parts.append(((t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000))
        # everything else the profile's tabs read (what the UI fetches besides header, page and timeline)
        tab_times = []
        for _ in range(5):
            t0 = time.perf_counter()
            for f in (profile.spend_by_month, profile.tickets, profile.feedback, profile.notes, profile.ledger,
                      profile.badges, profile.coupons):
                f(s, cid)
            tab_times.append((time.perf_counter() - t0) * 1000)
        tabs = pct(tab_times, 50)
    db.dispose()
    cold = total.pop(0)
    parts.pop(0)
    cpu.pop(0)
    return total, parts, cpu, (cold, tabs, h.orders_count, len(page), len(events))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default="/tmp/big.db", help="the big demo database (opened read-only in spirit)")
    ap.add_argument("--per-kind", type=int, default=100, help="queries per kind")
    ap.add_argument("--rounds", type=int, default=2, help="timed rounds over all queries (after one warm-up)")
    ap.add_argument("--limit", type=int, default=50)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--profile-db", default="/tmp/retain-lookup-bench-profile.db")
    ap.add_argument("--orders", type=int, default=2000)
    ap.add_argument("--profile-runs", type=int, default=30)
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N sample queries per kind")
    args = ap.parse_args()

    import sqlite3

    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    (n_customers,) = con.execute("SELECT count(*) FROM customers").fetchone()
    con.close()
    load = os.getloadavg()
    print(f"database {args.db}: {n_customers:,} customers; SQLite {sqlite3.sqlite_version}; "
          f"{os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at start")
    queries = build_queries(args.db, args.per_kind, args.seed)
    if args.show:
        for kind, qs in queries.items():
            print(f"  {kind}: {qs[:args.show]}")
    times, cpu, misses = bench_lookup(args.db, queries, args.rounds, args.limit)
    print(f"\nlookup latency, in-process search_index.search(limit={args.limit}), {args.rounds} rounds after a "
          f"warm-up; ms of wall-clock time (and of this thread's CPU time: the cost without the wait for a "
          f"core)")
    print(f"{'kind':<24}{'queries':>8}{'p50':>9}{'p95':>9}{'p99':>9}{'max':>9}{'no hit':>8}"
          f"{'cpu p50':>10}{'cpu p95':>10}")
    every: list[float] = []
    every_cpu: list[float] = []
    for kind, ts in times.items():
        every += ts
        every_cpu += cpu[kind]
        print(f"{kind:<24}{len(ts):>8}{pct(ts, 50):>9.1f}{pct(ts, 95):>9.1f}{pct(ts, 99):>9.1f}{max(ts):>9.1f}"
              f"{misses[kind]:>8}{pct(cpu[kind], 50):>10.1f}{pct(cpu[kind], 95):>10.1f}")
    print(f"{'all':<24}{len(every):>8}{pct(every, 50):>9.1f}{pct(every, 95):>9.1f}{pct(every, 99):>9.1f}"
          f"{max(every):>9.1f}{sum(misses.values()):>8}{pct(every_cpu, 50):>10.1f}{pct(every_cpu, 95):>10.1f}")
    verdict = "meets" if pct(every, 95) < 30 else "MISSES"
    print(f"target p95 < 30 ms: {verdict} ({pct(every, 95):.1f} ms)")

    cid = make_profile_db(args.profile_db, args.orders)
    total, parts, cpu, (cold, tabs, n_orders, n_page, n_events) = bench_profile(args.profile_db, cid,
                                                                               args.profile_runs)
    print(f"\nprofile load for a customer with {n_orders:,} orders (header + first orders page of {n_page} + "
          f"timeline of {n_events}), {len(total)} warm runs; ms")
    print(f"{'':<24}{'p50':>9}{'p95':>9}{'max':>9}")
    for i, name in enumerate(("header", "orders page", "timeline")):
        col = [p[i] for p in parts]
        print(f"{name:<24}{pct(col, 50):>9.1f}{pct(col, 95):>9.1f}{max(col):>9.1f}")
    print(f"{'total':<24}{pct(total, 50):>9.1f}{pct(total, 95):>9.1f}{max(total):>9.1f}")
    print(f"{'total, CPU time':<24}{pct(cpu, 50):>9.1f}{pct(cpu, 95):>9.1f}{max(cpu):>9.1f}")
    print(f"first (cold) load {cold:.1f} ms; the other tabs (spend chart, tickets, feedback, notes, loyalty) "
          f"{tabs:.1f} ms more (median)")
    verdict = "meets" if pct(total, 95) < 150 else "MISSES"
    print(f"target < 150 ms: {verdict}")
    load = os.getloadavg()
    print(f"\nload average at end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (2 shared cores: other engineers' jobs "
          f"run at the same time)")


if __name__ == "__main__":
    main()
