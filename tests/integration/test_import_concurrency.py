"""Two writers on one file (two app instances, or the app and a CLI import): the second waits, then writes."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from crm_app.db.engine import Database
from crm_app.db.models import Customer
from crm_app.domain.customer import CustomerInput
from crm_app.services import customers as customer_service

ROOT = Path(__file__).resolve().parents[2]
HOLDER = textwrap.dedent("""
    import sys, time
    from crm_app.db.engine import Database
    from crm_app.domain.customer import CustomerInput
    from crm_app.services import customers
    db = Database.open(sys.argv[1])
    with db.write() as s:                       # holds SQLite's write lock, like a long import
        customers.create_customer(s, CustomerInput(full_name="From the other process"))
        print("locked", flush=True)
        time.sleep(float(sys.argv[2]))
    print("released", flush=True)
""")


def _hold_lock(db_path, seconds):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path), str(seconds)], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def _count(db):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Customer))


def test_a_write_waits_for_another_process_instead_of_failing(db, monkeypatch):
    monkeypatch.setenv("CRM_BUSY_TIMEOUT_MS", "300")     # SQLite's own wait runs out long before the lock is free
    db.dispose()
    mine = Database.open(str(db.path))
    proc = _hold_lock(db.path, 1.5)
    t0 = time.monotonic()
    with mine.write() as s:
        customer_service.create_customer(s, CustomerInput(full_name="From this process"))
    waited = time.monotonic() - t0
    assert proc.wait(10) == 0
    assert waited > 0.8 and _count(mine) == 2
    mine.dispose()


def test_without_the_retry_it_would_fail(db, monkeypatch):
    monkeypatch.setenv("CRM_BUSY_TIMEOUT_MS", "200")
    monkeypatch.setenv("CRM_WRITE_WAIT_S", "0.3")
    db.dispose()
    mine = Database.open(str(db.path))
    proc = _hold_lock(db.path, 1.0)
    with pytest.raises(OperationalError, match="locked"):
        with mine.write() as s:
            customer_service.create_customer(s, CustomerInput(full_name="Too impatient"))
    proc.wait(10)
    mine.dispose()


def test_app_and_cli_import_at_the_same_time(db, tmp_path, monkeypatch):
    """An import (CLI process) and edits in this process interleave; both complete."""
    from tests.integration.import_helpers import write_csv

    monkeypatch.setenv("CRM_BUSY_TIMEOUT_MS", "200")
    path = write_csv(tmp_path / "p.csv", ["order_code", "customer_code", "date", "amount"],
                     [[f"A{i}", f"C{i % 50}", "2024-01-15", "1.00"] for i in range(30_000)])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CRM_BUSY_TIMEOUT_MS": "200"}
    proc = subprocess.Popen([sys.executable, "-m", "crm_app", "--db", str(db.path), "import", "purchases", str(path),
                             "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    errors = []

    def edit(n):
        try:
            with db.write() as s:
                customer_service.create_customer(s, CustomerInput(full_name=f"Walk-in {n}"))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    for n in range(5):
        threads = [threading.Thread(target=edit, args=(f"{n}.{k}",)) for k in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        time.sleep(0.2)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert errors == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer).where(Customer.full_name.like("Walk-in%"))) == 10
        assert s.scalar(select(func.count()).select_from(Customer).where(Customer.code.like("C%"))) >= 50
