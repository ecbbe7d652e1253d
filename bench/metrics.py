"""Wall time and peak memory of `crm-app metrics --json`, end to end from the database, in a fresh
process per run; optionally the same BG/NBD + Gamma-Gamma pipeline with the `lifetimes` package.

    .venv/bin/python bench/metrics.py                                  # the two demo databases
    .venv/bin/python bench/metrics.py --db /work/benchdata/demo-100000.db --runs 5
    .venv/bin/python bench/metrics.py --synthetic 1000000              # ~15 purchase days per customer
    .venv/bin/python bench/metrics.py --lifetimes-python /work/benchdata/lt-venv/bin/python

Every database is copied into --scratch first (the command may migrate, and takes its once-a-day
automatic backup beside the file it opens); one untimed warm-up run per database fills the page cache,
takes that backup and writes the bytecode cache, as a user's second run of the day would find them.
Targets (issue 6): under 1.5 s at ~1.5 M purchases, under 15 s and 2.5 GB at ~15 M purchases.

The lifetimes comparison times the modelling from the same purchase days in memory to predictions in
each package (summary → BG/NBD fit → Gamma-Gamma fit → P(alive), expected purchase days and CLV over
12 months at 1 % a month): `lifetimes` (0.11.3, not a dependency) runs in the interpreter given with
--lifetimes-python, e.g. a separate venv (`python -m venv lt-venv && lt-venv/bin/pip install lifetimes`).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = Path("/work/benchdata")
TARGETS = {"small": (1.5, None), "large": (15.0, 2.5 * 1024)}   # seconds, MiB (large: ≥ 5 M purchase days)
HORIZON, DISCOUNT = 12, 0.01


# --- helpers ------------------------------------------------------------------------------------
def child_env() -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)     # a normal install has its bytecode cache
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


LAST_CPU = [0.0]   # user + system CPU seconds of the last run_once (all its threads)


def run_once(cmd: list[str]) -> tuple[float, float, bytes]:
    """(wall seconds, peak RSS MiB of that process, stdout): fork/exec + wait4 for a per-process peak."""
    out_path = Path(tempfile.mkstemp(prefix="metrics-bench-", suffix=".out")[1])
    err_path = out_path.with_suffix(".err")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=child_env(), cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        LAST_CPU[0] = usage.ru_utime + usage.ru_stime
        proc.returncode = os.waitstatus_to_exitcode(status)
    data, errors = out_path.read_bytes(), err_path.read_text(errors="replace")
    out_path.unlink()
    err_path.unlink()
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{errors[-3000:]}")
    return wall, usage.ru_maxrss / 1024, data


def describe(path: Path) -> dict:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        customers = con.execute("SELECT count(*) FROM customers").fetchone()[0]
        orders = con.execute("SELECT count(*) FROM orders").fetchone()[0]
        days = con.execute("SELECT count(*) FROM (SELECT DISTINCT customer_id, order_date FROM orders)").fetchone()[0]
        last = con.execute("SELECT max(order_date) FROM orders").fetchone()[0]
    finally:
        con.close()
    return {"customers": customers, "orders": orders, "purchase_days": days, "last_order_date": last}


# --- a synthetic database with ~15 purchase days per customer -------------------------------------
def build_synthetic(path: Path, customers: int, per_customer: float = 15.0, seed: int = 1) -> None:
    """Customers and orders only (the metrics need nothing else): BG/NBD-like purchasing over six
    years ending 2026-11-30 with Gamma-Gamma amounts, ~`per_customer` purchase days each, a few
    same-day second orders and refunds. Built once; reused while the file exists."""
    import numpy as np

    sys.path.insert(0, str(ROOT))
    from crm_app.commands import open_db

    tmp = path.with_name(path.name + ".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    open_db(str(tmp)).dispose()
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    for index in ("ix_orders_customer_date", "ix_orders_date", "ix_refunds_order"):
        con.execute(f"DROP INDEX IF EXISTS {index}")
    rng = np.random.default_rng(seed)
    end = np.datetime64("2026-11-30", "D").astype(np.int64)
    span = 6 * 365
    assert per_customer > 1
    stamp = "2020-12-01 00:00:00.000000"
    oid = rid = 0
    t0 = time.perf_counter()
    chunk = 50_000
    for c0 in range(1, customers + 1, chunk):
        m = min(chunk, customers - c0 + 1)
        ids = np.arange(c0, c0 + m)
        con.executemany("INSERT INTO customers (id, code, full_name, search_name, consent_email, consent_sms, "
                        "consent_phone, status, created_at, updated_at, version) "
                        "VALUES (?, ?, ?, ?, 0, 0, 0, 'active', ?, ?, 1)",
                        ((int(i), f"S{i:08d}", f"Synthetic {i}", f"synthetic {i}", stamp, stamp) for i in ids))
        first = end - rng.integers(0, span, m)
        # the BG/NBD process: Poisson purchasing at λ ~ Gamma(0.9, 27 days), dropout after each
        # purchase with p ~ Beta(1, 18): about 15 purchase days per customer over ~3 years
        lam = rng.gamma(0.9, 1 / (0.9 * 27), m) * per_customer / 16.5
        drop = rng.beta(1.0, 18.0, m)
        days_of, owner_of = [first], [np.arange(m)]
        t = first.astype(np.float64)
        alive = rng.random(m) >= 0.0
        while alive.any():
            i = np.flatnonzero(alive)
            t[i] += rng.exponential(1 / lam[i])
            ok = t[i] <= end
            alive[i[~ok]] = False
            i = i[ok]
            days_of.append(np.floor(t[i]).astype(np.int64))
            owner_of.append(i)
            alive[i[rng.random(i.size) < drop[i]]] = False
        day = np.concatenate(days_of)
        owner = np.concatenate(owner_of)
        nu = rng.gamma(4.0, 1 / 22.5, m)
        amount = np.round(rng.gamma(6.0, 1.0, day.size) / nu[owner] * 100).astype(np.int64)
        extra = rng.random(day.size) < 0.05                                # same-day second orders
        day = np.concatenate([day, day[extra]])
        owner = np.concatenate([owner, owner[extra]])
        amount = np.concatenate([amount, np.round(amount[extra] * 0.3)])
        order = np.argsort(day, kind="stable")                             # rowid ≈ time order
        day, owner, amount = day[order], owner[order], amount[order]
        text = day.astype("datetime64[D]").astype(str)
        rows = [(oid + k + 1, int(ids[o]), f"{d} 12:00:00.000000", d, "USD", int(a), f"{d} 12:00:00.000000")
                for k, (o, d, a) in enumerate(zip(owner.tolist(), text.tolist(), amount.tolist()))]
        con.executemany("INSERT INTO orders (id, customer_id, ordered_at, order_date, currency, total_minor, "
                        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        refund = np.flatnonzero(rng.random(day.size) < 0.02)
        con.executemany("INSERT INTO refunds (id, order_id, amount_minor, refunded_at) VALUES (?, ?, ?, ?)",
                        ((rid + j + 1, oid + int(k) + 1, int(amount[k] // 2), f"{text[k]} 18:00:00.000000")
                         for j, k in enumerate(refund)))
        rid += refund.size
        oid += day.size
        con.commit()
        print(f"    built {c0 + m - 1:,} customers, {oid:,} orders ({time.perf_counter() - t0:.0f} s)", flush=True)
    con.execute("CREATE INDEX ix_orders_customer_date ON orders (customer_id, order_date)")
    con.execute("CREATE INDEX ix_orders_date ON orders (order_date)")
    con.execute("CREATE INDEX ix_refunds_order ON refunds (order_id)")
    con.execute("UPDATE customers SET last_order_date = (SELECT max(order_date) FROM orders o "
                "WHERE o.customer_id = customers.id)")
    con.commit()
    con.execute("PRAGMA journal_mode = WAL")
    con.close()
    tmp.replace(path)


# --- the modelling pipeline in each package (run in a child process) -------------------------------
def pipeline_ours(db: str, npz: str | None, as_of: str) -> dict:
    """Load purchase days from the database, then model inputs → fits → predictions (timed apart)."""
    from datetime import date

    import numpy as np

    sys.path.insert(0, str(ROOT))
    from crm_app.analytics.bgnbd import fit_bgnbd
    from crm_app.analytics.clv import model_inputs, predict_clv
    from crm_app.analytics.common import to_day
    from crm_app.analytics.gammagamma import fit_gamma_gamma
    from crm_app.db.engine import Database
    from crm_app.services import metrics_data

    d = date.fromisoformat(as_of)
    t0 = time.perf_counter()
    database = Database.open(db)
    data = metrics_data.load(database, use_cache=False)
    p = data.purchase_days(to_day(d)).until(to_day(d))
    t1 = time.perf_counter()
    if npz:
        np.savez(npz, customer_id=p.customer_id, day=p.day, net=p.net)
    t2 = time.perf_counter()
    inputs = model_inputs(p, d, "week")
    t3 = time.perf_counter()
    bg = fit_bgnbd(inputs)
    t4 = time.perf_counter()
    gg = fit_gamma_gamma(inputs)
    t5 = time.perf_counter()
    frame, fc = predict_clv(inputs, bg, gg, HORIZON, DISCOUNT, "week")
    t6 = time.perf_counter()
    return {"load": t1 - t0, "summary": t3 - t2, "bgnbd": t4 - t3, "gamma_gamma": t5 - t4, "predict": t6 - t5,
            "model": t6 - t2, "params": [bg.r, bg.alpha, bg.a, bg.b, gg.p, gg.q, gg.v],
            "clv_total": fc.clv_total, "p_alive_mean": fc.mean_p_alive, "customers": fc.customers}


def pipeline_lifetimes(npz: str, as_of: str) -> dict:
    """The same steps with lifetimes: summary_data_from_transaction_data (weeks as days / 7, like ours),
    BetaGeoFitter, GammaGammaFitter on the repeat buyers with a positive mean, then P(alive), expected
    purchases and customer_lifetime_value over 12 months (freq 'W': a month is 4.345 weeks)."""
    import numpy as np
    import pandas as pd
    from lifetimes import BetaGeoFitter, GammaGammaFitter
    from lifetimes.utils import summary_data_from_transaction_data

    z = np.load(npz)
    tx = pd.DataFrame({"customer_id": z["customer_id"], "date": z["day"].astype("datetime64[D]"),
                       "amount": z["net"]})
    t2 = time.perf_counter()
    s = summary_data_from_transaction_data(tx, "customer_id", "date", monetary_value_col="amount",
                                           observation_period_end=as_of, freq="D", freq_multiplier=7)
    t3 = time.perf_counter()
    bgf = BetaGeoFitter().fit(s["frequency"], s["recency"], s["T"])
    t4 = time.perf_counter()
    rep = s[(s["frequency"] > 0) & (s["monetary_value"] > 0)]
    ggf = GammaGammaFitter().fit(rep["frequency"], rep["monetary_value"])
    t5 = time.perf_counter()
    alive = bgf.conditional_probability_alive(s["frequency"], s["recency"], s["T"])
    bgf.conditional_expected_number_of_purchases_up_to_time(HORIZON * 4.345, s["frequency"], s["recency"], s["T"])
    clv = ggf.customer_lifetime_value(bgf, s["frequency"], s["recency"], s["T"], s["monetary_value"], time=HORIZON,
                                      discount_rate=DISCOUNT, freq="W")
    t6 = time.perf_counter()
    b, g = bgf.params_, ggf.params_
    return {"summary": t3 - t2, "bgnbd": t4 - t3, "gamma_gamma": t5 - t4, "predict": t6 - t5, "model": t6 - t2,
            "params": [float(b["r"]), float(b["alpha"]), float(b["a"]), float(b["b"]), float(g["p"]),
                       float(g["q"]), float(g["v"])],
            "clv_total": float(clv.sum()), "p_alive_mean": float(np.mean(alive)), "customers": int(len(s))}


# --- the bench -----------------------------------------------------------------------------------
def bench_db(source: Path, args) -> None:
    scratch = Path(args.scratch)
    scratch.mkdir(parents=True, exist_ok=True)
    copy = scratch / source.name
    if copy.resolve() == source.resolve():
        pass                                   # a synthetic database built here: no copy needed
    elif not copy.exists() or copy.stat().st_size != source.stat().st_size or args.fresh_copy:
        t0 = time.perf_counter()
        for p in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            p.unlink(missing_ok=True)
        shutil.copyfile(source, copy)
        print(f"  copied {source} → {copy} ({time.perf_counter() - t0:.1f} s)")
    info = describe(copy)
    as_of = args.as_of or info["last_order_date"]
    print(f"  {info['customers']:,} customers, {info['orders']:,} orders, {info['purchase_days']:,} purchase days "
          f"({info['orders'] / max(info['customers'], 1):.2f} orders and "
          f"{info['purchase_days'] / max(info['customers'], 1):.2f} purchase days per customer), as of {as_of}")
    cmd = [sys.executable, "-m", "crm_app", "--db", str(copy), "metrics", "--as-of", as_of, "--json", *args.extra]
    print(f"  command: {' '.join(cmd[2:])}")
    wall, peak, out = run_once(cmd)
    print(f"  warm-up: {wall:.2f} s, {peak:,.0f} MiB (page cache, automatic backup, bytecode cache)")
    walls, peaks = [], []
    for i in range(args.runs):
        load = os.getloadavg()[0]
        wall, peak, out = run_once(cmd)
        walls.append(wall)
        peaks.append(peak)
        print(f"  run {i + 1}: wall {wall:.2f} s, CPU {LAST_CPU[0]:.2f} s (user + system, all threads), peak RSS "
              f"{peak:,.0f} MiB, {len(out) / 1024:,.0f} KiB of JSON; load average before {load:.2f}")
    m = json.loads(out)
    size = "large" if info["purchase_days"] >= 5_000_000 else "small"
    limit_s, limit_mb = TARGETS[size]
    best, median = min(walls), statistics.median(walls)
    verdict = "met" if median < limit_s and (limit_mb is None or max(peaks) < limit_mb) else "MISSED"
    print(f"  => best {best:.2f} s, median {median:.2f} s, peak {max(peaks):,.0f} MiB; target {limit_s} s"
          f"{'' if limit_mb is None else f' and {limit_mb / 1024:.1f} GiB'}: {verdict}")
    bg, gg, r = m["bgnbd"], m["gamma_gamma"], m["retention"]
    print(f"  result: CRR {r['label']} {r['crr']} %, churn {r['churn_rate']} %, BG/NBD r={bg.get('r', 0):.4f} "
          f"α={bg.get('alpha', 0):.4f} a={bg.get('a', 0):.4f} b={bg.get('b', 0):.4f}, "
          f"Gamma-Gamma p={gg.get('p', 0):.4f} "
          f"q={gg.get('q', 0):.4f} γ={gg.get('v', 0):.4f}, predicted CLV {m['predicted'].get('clv_total')}")
    if args.lifetimes_python and info["customers"] <= args.lifetimes_max:
        compare_lifetimes(copy, as_of, args)


def compare_lifetimes(db: Path, as_of: str, args) -> None:
    npz = Path(args.scratch) / f"{db.stem}-{as_of}-purchase-days.npz"
    me = [sys.executable, __file__, "--pipeline", "ours", "--db-path", str(db), "--as-of", as_of, "--npz", str(npz)]
    ours = json.loads(run_once(me)[2])
    lt_cmd = [args.lifetimes_python, __file__, "--pipeline", "lifetimes", "--npz", str(npz), "--as-of", as_of]
    wall, peak, out = run_once(lt_cmd)
    theirs = json.loads(out)
    npz.unlink(missing_ok=True)
    print(f"  same pipeline, {ours['customers']:,} customers (seconds: summary, BG/NBD fit, Gamma-Gamma fit, "
          f"predictions = total modelling):")
    for name, r in (("retain", ours), ("lifetimes", theirs)):
        print(f"    {name:<9} {r['summary']:7.2f} {r['bgnbd']:7.2f} {r['gamma_gamma']:7.2f} {r['predict']:7.2f} "
              f"= {r['model']:7.2f} s; params " + " ".join(f"{v:.4f}" for v in r["params"])
              + f"; CLV total {r['clv_total']:,.0f}; mean P(alive) {r['p_alive_mean']:.4f}")
    print(f"    (retain also read the purchase days from the database in {ours['load']:.2f} s; lifetimes "
          f"process: {wall:.1f} s wall, {peak:,.0f} MiB)")
    print(f"  => lifetimes / retain = {theirs['model'] / ours['model']:.1f}x (target: at least 4x)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, nargs="+", help="databases (default: the demo databases in /work/benchdata)")
    ap.add_argument("--no-demo", action="store_true", help="without --db: skip the demo databases")
    ap.add_argument("--synthetic", type=int, nargs="*", default=[], metavar="N",
                    help="also a synthetic database of N customers with ~15 purchase days each (built once)")
    ap.add_argument("--as-of", help="default: the last order date of each database")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scratch", default=str(Path(tempfile.gettempdir()) / "retain-metrics-bench"))
    ap.add_argument("--fresh-copy", action="store_true", help="copy the databases again")
    ap.add_argument("--lifetimes-python", help="an interpreter that can import lifetimes (e.g. a separate venv)")
    ap.add_argument("--lifetimes-max", type=int, default=2_000_000, help="skip lifetimes above this many customers")
    ap.add_argument("--extra", nargs=argparse.REMAINDER, default=[], help="more crm-app metrics options")
    ap.add_argument("--pipeline", choices=["ours", "lifetimes"], help=argparse.SUPPRESS)
    ap.add_argument("--build", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--db-path", help=argparse.SUPPRESS)
    ap.add_argument("--npz", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.build:
        build_synthetic(Path(args.db_path), args.build)
        return
    if args.pipeline == "ours":
        print(json.dumps(pipeline_ours(args.db_path, args.npz, args.as_of)))
        return
    if args.pipeline == "lifetimes":
        print(json.dumps(pipeline_lifetimes(args.npz, args.as_of)))
        return
    load = os.getloadavg()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f} "
          f"{load[2]:.2f} at start; sqlite {sqlite3.sqlite_version}")
    dbs = list(args.db) if args.db else []
    if not args.db and not args.no_demo:
        status = (DEMO / "demo_build.txt").read_text() if (DEMO / "demo_build.txt").exists() else ""
        for size, label in ((100_000, "100,000"), (1_000_000, "1,000,000")):
            path = DEMO / f"demo-{size}.db"
            if path.exists() and f"customers={label:>9}" in status:
                dbs.append(path)
            else:
                print(f"(skipping {path}: not built yet — see {DEMO / 'demo_build.txt'})")
    for n in args.synthetic:
        path = Path(args.scratch) / f"synthetic-{n}.db"
        if not path.exists():
            Path(args.scratch).mkdir(parents=True, exist_ok=True)
            print(f"building {path} ...", flush=True)
            # in another process: a child forked from a big bench process would report its size as peak RSS
            subprocess.run([sys.executable, __file__, "--build", str(n), "--db-path", str(path)], check=True,
                           env=child_env(), cwd=ROOT)
        dbs.append(path)
    for path in dbs:
        print(f"\n{path}")
        bench_db(path, args)


if __name__ == "__main__":
    main()
