"""Keystroke → results painted in the real widget, and memory while browsing the customer list.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/lookup_ui.py --db /tmp/big.db

For each query the characters are typed one by one into the main window's search box (as a
person types: ~150 ms apart); the time is measured from the last keystroke to the moment the
results table has been repainted with that query's rows (debounce, search off the GUI thread,
model reset and paint all included).
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ["ali", "mohamm", "ahmadi", "ivanov", "smirn", "anna", "علی", "محمد", "رضا", "فاطمه", "حسین", "سارا",
           "иван", "ольга", "петров", "john", "smith", "garcia", "lee", "karimi", "haddad", "volkova", "ser",
           "gmail", "yandex", "C000123", "C0999999", "916", "5550", "+7916", "0912", "1234567", "7654321", "son",
           "mar", "el", "نا", "ова", "ez", "tay"]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--browse-rows", type=int, default=100_000)
    ap.add_argument("--profile-db", default="/tmp/retain-profile-bench.db",
                    help="small database (created if missing) holding one customer with --orders orders")
    ap.add_argument("--orders", type=int, default=2000)
    args = ap.parse_args()

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_char(widget, ch):  # QTest key functions leak references to None on PySide6 6.12 / Py 3.11
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))

    from crm_app.db.engine import Database
    from crm_app.services.backend import Backend
    from crm_app.ui.app import make_app
    from crm_app.ui.main_window import MainWindow

    app = make_app()
    QCoreApplication.setOrganizationName("RetainBench")
    db = Database.open(args.db)
    w = MainWindow(Backend(db), args.db)
    w.resize(1280, 800)
    w.show()
    view = w.customers
    shown: dict[str, float] = {}
    view.results_shown.connect(lambda q, n, ms: shown.__setitem__(q, time.perf_counter()))

    def wait(pred, timeout=10.0):
        end = time.perf_counter() + timeout
        while not pred() and time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.0005)
        return pred()

    wait(lambda: view.model.rowCount() > 0)
    latencies = []
    for _round in range(3):
        for q in QUERIES:
            w.search.clear()
            wait(lambda: view.model.rowCount() > 0 and not view._searching, 5)
            for ch in q[:-1]:
                type_char(w.search, ch)
                t_end = time.perf_counter() + 0.15
                while time.perf_counter() < t_end:
                    app.processEvents()
                    time.sleep(0.001)
            shown.pop(q, None)
            t0 = time.perf_counter()
            type_char(w.search, q[-1])
            wait(lambda: q in shown)
            view.table.viewport().repaint()       # synchronous paint of the new rows
            latencies.append((time.perf_counter() - t0) * 1000)
    print(f"keystroke → results painted over {len(latencies)} typed queries (3 rounds of {len(QUERIES)}):")
    print(f"  p50 {pct(latencies, 50):6.1f} ms   p95 {pct(latencies, 95):6.1f} ms   p99 {pct(latencies, 99):6.1f} ms"
          f"   max {max(latencies):6.1f} ms")

    # browse: scroll down the full list page by page
    w.search.clear()
    wait(lambda: view.model.rowCount() > 0 and not view._searching)
    t0 = time.perf_counter()
    while view.model.rowCount() < args.browse_rows:
        n = view.model.rowCount()
        view.table.scrollToBottom()
        app.processEvents()
        if not wait(lambda: view.model.rowCount() > n, 10):
            break
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"browsed {view.model.rowCount():,} customers of the list by scrolling in {dt:.1f} s "
          f"({view.model.rowCount() / dt:,.0f} rows/s); peak RSS {rss:.0f} MiB")
    w.close()
    db.dispose()
    profile_bench(app, args, wait)


def make_profile_db(path: str, n_orders: int) -> int:
    """A small demo database plus one customer with `n_orders` orders (recorded through the services)."""
    import subprocess
    from datetime import datetime, timedelta
    from decimal import Decimal

    from crm_app.db.engine import Database
    from crm_app.domain.customer import CustomerInput, LineInput, OrderInput
    from crm_app.services import customers, orders

    if not os.path.exists(path):
        subprocess.run([sys.executable, "-m", "crm_app", "--db", path, "demo", "--customers", "2000", "--quiet"],
                       check=True)
    db = Database.open(path)
    with db.read() as s:
        try:
            return customers.get_by_code(s, "BIG2000").id
        except Exception:  # noqa: BLE001 - not there yet
            pass
    start = datetime(2020, 1, 1, 10)
    with db.write() as s:
        cid = customers.create_customer(s, CustomerInput(full_name="Зарина Большакова", code="BIG2000",
                                                         phones=("+7 916 000 20 00",))).id
        for i in range(n_orders):
            orders.record_order(s, OrderInput(cid, start + timedelta(days=i, hours=i % 7), "USD", (
                LineInput("Espresso beans 1kg", Decimal("18.50"), 1 + i % 3), LineInput("Croissant box", Decimal("6.25")))))
    db.dispose()
    return cid


def profile_bench(app, args, wait) -> None:
    from crm_app.db.engine import Database
    from crm_app.services.backend import Backend
    from crm_app.ui.main_window import MainWindow

    cid = make_profile_db(args.profile_db, args.orders)
    db = Database.open(args.profile_db)
    w = MainWindow(Backend(db), args.profile_db)
    w.resize(1280, 800)
    w.show()
    view = w.customers
    wait(lambda: view.model.rowCount() > 0)
    times = []
    for _ in range(15):
        view.profile.customer_id = None
        done = []
        view.profile.loaded.connect(done.append)
        t0 = time.perf_counter()
        view.open_customer(cid)
        wait(lambda: bool(done) and view.profile.orders.rowCount() > 0)
        w.repaint()
        times.append((time.perf_counter() - t0) * 1000)
        view.profile.loaded.disconnect()
    print(f"open a profile with {args.orders:,} orders (header, all tabs, first orders page, painted), 15 runs:")
    print(f"  p50 {pct(times, 50):6.1f} ms   p95 {pct(times, 95):6.1f} ms   first (cold) {times[0]:6.1f} ms")
    w.close()
    db.dispose()


if __name__ == "__main__":
    main()
