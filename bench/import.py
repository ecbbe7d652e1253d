"""Import benchmark: a purchases CSV of 1,000,000 rows into a database that holds 100,000 customers.

    .venv/bin/crm-app --db /tmp/import-bench.db demo --customers 100000 --seed 1   # once, ~20 s
    .venv/bin/python bench/import.py [--db /work/benchdata/demo-100000.db] [--rows 1000000] [--work /tmp]

Works on a copy of the database in --work (the original is only read), runs the same file as a dry run
and as a real import, each in its own process, and prints time and peak memory (target: < 60 s, < 1 GB).
The real import includes the backup taken before it.
The file: a row per order line (about 1.3 lines per order, an order number on every row), ISO dates,
amounts with a decimal point, 1 % of the rows for customer codes the database does not know yet
(those customers are created).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PRODUCTS = ["Espresso beans 1kg", "Filter coffee 500g", "Green tea", "Croissant box", "Baklava tray", "Moka pot",
            "Gift card", "Tasting box", "Cold brew pack", "Date cookies"]


def make_csv(path: Path, rows: int, customers: int, seed: int = 1, style: str = "iso") -> None:
    """style 'iso': a row per order line with an order number, 2024-01-15, 12.50, comma-separated.
    style 'local': a till's export: semicolons, no order number (a stable one is derived from each row),
    15/01/2024 dates and 1.234,50 amounts (the slow paths of the value parsers)."""
    rng = random.Random(seed)
    start = date.today() - timedelta(days=181)      # the last six months, none in the future
    local = style == "local"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("Client #;Date;Item;Qty;Total;Customer\n" if local else
                "order_code,customer_code,date,product,quantity,amount,customer_name\n")
        n, order = 0, 0
        while n < rows:
            order += 1
            if rng.random() < 0.01:
                code, name = f"N{rng.randrange(1, 5000):06d}", f"New Customer {rng.randrange(1, 5000)}"
            else:
                code, name = f"C{rng.randrange(1, customers + 1):07d}", ""
            day = (start + timedelta(days=rng.randrange(0, 180))).isoformat()
            lines = 1 if rng.random() < 0.75 else rng.randrange(2, 4)
            for _ in range(min(lines, rows - n)):
                qty = 1 if rng.random() < 0.8 else 2
                cents = rng.randrange(150, 900_000 if local else 9000)
                if local:
                    d = date.fromisoformat(day)
                    euros = f"{cents // 100:,}".replace(",", ".")
                    f.write(f"{code};{d:%d/%m/%Y};{rng.choice(PRODUCTS)};{qty};{euros},{cents % 100:02d};{name}\n")
                else:
                    f.write(f"B{order:08d},{code},{day},{rng.choice(PRODUCTS)},{qty},{cents // 100}.{cents % 100:02d},"
                            f"{name}\n")
                n += 1


def phase(db_path: str, csv_path: str, dry: bool) -> None:
    """Child process: one import, prints a JSON line with the figures."""
    os.environ.setdefault("CRM_DATA_DIR", str(Path(db_path).parent / "import-bench-data"))
    from crm_app.db.engine import Database
    from crm_app.io.importer import ImportOptions, run_import

    db = Database.open(db_path)
    marks = {}
    t0 = time.perf_counter()

    def progress(fraction, message):
        if message != "backing up the database" and "backup" not in marks:
            marks["backup"] = time.perf_counter() - t0
        if fraction >= 0.9 and "rows" not in marks:
            marks["rows"] = time.perf_counter() - t0

    r = run_import(db, csv_path, ImportOptions("purchases", dry_run=dry), progress)
    wall = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"dry": dry, "seconds": wall, "peak_mb": peak_mb, "rows": r.rows, "imported": r.imported,
                      "skipped": r.skipped, "rejected": r.rejected, "orders": r.orders,
                      "created_customers": r.created_customers, "committed": r.committed,
                      "backup_s": marks.get("backup", 0.0) if not dry else 0.0,
                      "rows_done_s": marks.get("rows", wall)}))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/import-bench.db")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--csv", default="/tmp/import-bench-purchases.csv")
    ap.add_argument("--work", default="/tmp", help="folder for the working copy of the database")
    ap.add_argument("--style", choices=["iso", "local"], default="iso",
                    help="iso: order numbers, ISO dates, 12.50 (default); local: no order numbers, 15/01/2024, 1.234,50")
    ap.add_argument("--no-reimport", action="store_true", help="skip the third run (the same file again)")
    ap.add_argument("--phase", choices=["dry", "import", "reimport"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        phase(args.db, args.csv, args.phase == "dry")     # "reimport": the same import, everything already there
        return 0
    src = Path(args.db)
    if not src.exists():
        print(f"{src} missing: build it with  .venv/bin/crm-app --db {src} demo --customers 100000 --seed 1")
        return 2
    con = sqlite3.connect(src)
    customers = con.execute("SELECT count(*) FROM customers").fetchone()[0]
    orders0 = con.execute("SELECT count(*) FROM orders").fetchone()[0]
    con.close()
    csv_path = Path(args.csv)
    t = time.perf_counter()
    make_csv(csv_path, args.rows, customers, style=args.style)
    print(f"file: {csv_path} ({csv_path.stat().st_size / 1e6:.0f} MB, {args.rows:,} rows, style {args.style}) written in "
          f"{time.perf_counter() - t:.1f} s")
    work = Path(args.work) / "import-bench-work.db"
    if work.resolve() == src.resolve():
        print("--work must not hold the original database")
        return 2
    for f in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        f.unlink(missing_ok=True)
    shutil.copy(src, work)
    print(f"database: copy of {src} with {customers:,} customers and {orders0:,} orders "
          f"({work.stat().st_size / 1e6:.0f} MB)")
    print(f"machine: {os.cpu_count()} cores, load average before {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    results = {}
    for name in ("dry", "import") + (() if args.no_reimport else ("reimport",)):
        out = subprocess.run([sys.executable, __file__, "--db", str(work), "--csv", str(csv_path), "--phase", name],
                             capture_output=True, text=True)
        if out.returncode != 0:
            print(out.stderr)
            return 1
        results[name] = r = json.loads(out.stdout.strip().splitlines()[-1])
        label = {"dry": "dry run ", "import": "import  ", "reimport": "again   "}[name]
        extra = (f"backup {r['backup_s']:.1f} s, rows read+validated+written by {r['rows_done_s']:.1f} s, "
                 if not r["dry"] else "")
        print(f"{label}: {r['seconds']:6.1f} s  peak {r['peak_mb']:6.0f} MB  {r['rows'] / r['seconds']:,.0f} rows/s  "
              f"({extra}{r['imported']:,} rows, {r['orders']:,} orders, {r['created_customers']:,} new customers, "
              f"{r['skipped']:,} already there, {r['rejected']:,} rejected, committed={r['committed']})")
    con = sqlite3.connect(work)
    orders1 = con.execute("SELECT count(*) FROM orders").fetchone()[0]
    lines = con.execute("SELECT count(*) FROM order_lines o WHERE o.order_id > (SELECT max(id) FROM orders) - ?",
                        (orders1 - orders0,)).fetchone()[0]
    con.close()
    print(f"check: orders {orders0:,} → {orders1:,} (+{orders1 - orders0:,}), lines of the new orders {lines:,}")
    if "reimport" in results:
        again = results["reimport"]
        print(f"check: the second import wrote {again['imported']:,} rows and skipped {again['skipped']:,}")
    print(f"load average after {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    ok = all(results[n]["seconds"] < 60 and results[n]["peak_mb"] < 1024 for n in ("dry", "import"))
    print("target (import and dry run < 60 s, < 1 GB each):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
