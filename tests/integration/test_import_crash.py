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
    import sys, time
    from crm_app.db.engine import Database
    from crm_app.io.importer import ImportOptions, run_import
    db = Database.open(sys.argv[1])
    def progress(fraction, message):
        print(f"{fraction:.3f} {message}", flush=True)
    r = run_import(db, sys.argv[2], ImportOptions("purchases", batch_size=2000), progress)
    print("DONE", r.imported, flush=True)
    time.sleep(60)                      # stay alive: the test kills it after the commit as well
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


def _reached(line: str, kill_at) -> bool:
    if line.startswith("DONE"):
        return kill_at == "DONE"
    fraction, _, message = line.partition(" ")
    if isinstance(kill_at, str):                       # a step: "backing up the database", "saving"
        return message.strip() == kill_at
    return float(fraction) >= kill_at


# (when, then how long after, what must be in the database): during the backup, while rows are written,
# after the last row, inside the commit (it takes ~40 ms for this file: either outcome, never a part),
# and after the commit (everything).
@pytest.mark.parametrize("kill_at, delay, expect", [
    ("backing up the database", 0, "none"), (0.3, 0, "none"), (0.9, 0, "none"),
    ("saving", 0, "any"), ("saving", 0.01, "any"), ("saving", 0.02, "any"), ("saving", 0.03, "any"),
    ("DONE", 0, "all")])
def test_kill_minus_9_midway(db, big_file, kill_at, delay, expect):
    db.dispose()
    before = _state(db.path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(db.path), str(big_file)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    killed = False
    deadline = time.monotonic() + 120
    for line in proc.stdout:
        assert time.monotonic() < deadline
        if _reached(line, kill_at):
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            killed = True
            break
    proc.wait(30)
    assert killed, proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL
    check, orders, lines, customers = _state(db.path)
    assert check == "ok"
    everything = (before[1] + 25_000, before[2] + 50_000, before[3] + 3000)
    assert (orders, lines, customers) in (before[1:], everything)       # none or all, never a part
    if expect != "any":
        assert (orders, lines, customers) == (before[1:] if expect == "none" else everything)
    # the file can be imported afterwards as a whole, once
    from crm_app.db.engine import Database
    from crm_app.io.importer import ImportOptions, run_import

    again = Database.open(str(db.path))
    r = run_import(again, big_file, ImportOptions("purchases", backup=False))
    assert r.imported + r.skipped == 50_000 and r.rejected == 0
    assert _state(db.path)[1:3] == (before[1] + 25_000, before[2] + 50_000)
    again.dispose()
