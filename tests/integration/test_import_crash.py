"""kill -9 an import midway: the database passes its integrity check and has none or all of the file's rows."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = textwrap.dedent("""
    import sys
    from crm_app.db.engine import Database
    from crm_app.io.importer import ImportOptions, run_import
    db = Database.open(sys.argv[1])
    def progress(fraction, message):
        print(f"{fraction:.3f} {message}", flush=True)
    r = run_import(db, sys.argv[2], ImportOptions("purchases", batch_size=2000), progress)
    print("DONE", r.imported, flush=True)
""")


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("crash") / "p.csv"
    with open(path, "w") as f:
        f.write("order_code,customer_code,date,amount,customer_name\n")
        for i in range(50_000):
            o = i // 2                                 # two lines per order
            f.write(f"K{o},C{o % 3000:05d},2024-{o % 12 + 1:02d}-{o % 28 + 1:02d},{i % 500}.{i % 100:02d},"
                    f"Name {o % 3000}\n")
    return path


def _state(db_path):
    con = sqlite3.connect(db_path)
    try:
        return (con.execute("PRAGMA integrity_check").fetchone()[0],
                con.execute("SELECT count(*) FROM orders").fetchone()[0],
                con.execute("SELECT count(*) FROM order_lines").fetchone()[0],
                con.execute("SELECT count(*) FROM customers").fetchone()[0])
    finally:
        con.close()


@pytest.mark.parametrize("kill_at", [0.3, 0.9])
def test_kill_minus_9_midway(db, big_file, kill_at):
    db.dispose()
    before = _state(db.path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(db.path), str(big_file)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    killed = False
    deadline = time.monotonic() + 120
    for line in proc.stdout:
        assert time.monotonic() < deadline
        head = line.split()[0]
        if head != "DONE" and float(head) >= kill_at:
            os.kill(proc.pid, signal.SIGKILL)
            killed = True
            break
    proc.wait(30)
    assert killed, proc.stderr.read()
    check, orders, lines, customers = _state(db.path)
    assert check == "ok"
    if (orders, lines, customers) != before[1:]:          # then everything must be there
        assert (orders, lines) == (before[1] + 25_000, before[2] + 50_000)
    # the file can be imported afterwards as a whole, once
    from crm_app.db.engine import Database
    from crm_app.io.importer import ImportOptions, run_import

    again = Database.open(str(db.path))
    r = run_import(again, big_file, ImportOptions("purchases", backup=False))
    assert r.imported + r.skipped == 50_000 and r.rejected == 0
    assert _state(db.path)[1:3] == (before[1] + 25_000, before[2] + 50_000)
    again.dispose()
