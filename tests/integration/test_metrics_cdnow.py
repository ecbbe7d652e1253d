"""The CDNOW data set of Fader, Hardie & Lee (2005) through the whole path: its transactions as orders
in a database → `crm-app metrics --json` → the published BG/NBD and Gamma-Gamma estimates.

Published: BG/NBD r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4 (FHL 2005, calibration
1997-01-01 … 1997-09-30, weeks); Gamma-Gamma p = 6.25, q = 3.74, γ = 15.44 (Fader & Hardie 2013 note,
on the 946 repeat buyers' mean repeat transaction value).
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from crm_app.cli import main

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def cdnow_db(tmp_path_factory):
    from crm_app.commands import open_db

    path = tmp_path_factory.mktemp("cdnow") / "cdnow.db"
    open_db(str(path)).dispose()
    tx = pd.read_csv(DATA / "cdnow_sample.txt", sep=r"\s+", header=None,
                     names=["master_id", "customer_id", "date", "cds", "amount"])
    con = sqlite3.connect(path)
    stamp = "1997-01-01 00:00:00.000000"
    con.executemany(
        "INSERT INTO customers (id, code, full_name, search_name, consent_email, consent_sms, consent_phone, "
        "status, created_at, updated_at, version) VALUES (?, ?, ?, ?, 0, 0, 0, 'active', ?, ?, 1)",
        [(int(c), f"CD{c:05d}", f"CDNOW {c}", f"cdnow {c}", stamp, stamp) for c in sorted(tx["customer_id"].unique())])
    rows = []
    for i, (cid, d, amount) in enumerate(zip(tx["customer_id"], tx["date"].astype(str), tx["amount"]), start=1):
        day = f"{d[:4]}-{d[4:6]}-{d[6:]}"
        rows.append((i, int(cid), f"{day} 12:00:00.000000", day, "USD", round(float(amount) * 100), f"{day} 12:00:00"))
    con.executemany("INSERT INTO orders (id, customer_id, ordered_at, order_date, currency, total_minor, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return path


@pytest.fixture(scope="module")
def cdnow_metrics(cdnow_db):
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["--db", str(cdnow_db), "metrics", "--as-of", "1997-09-30", "--holdout-end", "1998-06-30",
                     "--time-unit", "week", "--json"]) == 0
    return json.loads(buf.getvalue())


def test_bgnbd_matches_fader_hardie_lee_2005(cdnow_metrics):
    bg = cdnow_metrics["bgnbd"]
    assert bg["customers"] == 2357 and bg["repeat_customers"] == 946
    # T comes from the dates (272 days = 38.857 weeks for the first cohort; the published summary file
    # rounds it to 38.86); the estimates agree to the published precision
    assert (round(bg["r"], 3), round(bg["alpha"], 3), round(bg["a"], 3), round(bg["b"], 3)) == \
        (0.243, 4.414, 0.793, 2.426)
    assert round(bg["log_likelihood"], 1) == -9582.4


def test_gamma_gamma_matches_fader_hardie_2013(cdnow_metrics):
    gg = cdnow_metrics["gamma_gamma"]
    # 946 repeat buyers, monetary value = mean net amount of their repeat purchase days (same-day
    # transactions add up into one purchase day, zero-value ones count)
    assert gg["customers"] == 946
    assert (round(gg["p"], 2), round(gg["q"], 2), round(gg["v"], 2)) == (6.25, 3.74, 15.44)


def test_holdout_tracks_the_39_weeks_after_calibration(cdnow_metrics):
    h = cdnow_metrics["holdout"]
    assert (h["start"], h["end"], h["customers"]) == ("1997-09-30", "1998-06-30", 2357)
    assert h["actual_purchases"] == 1882          # purchase days in 1997-10-01 … 1998-06-30
    # the model's conditional expectation summed over the customers; lifetimes 0.11.3 gives 1653.41 for
    # the same summary (BetaGeoFitter.conditional_expected_number_of_purchases_up_to_time(39, ...)):
    # BG/NBD under-forecasts the CDNOW holdout by about 12 %
    assert h["predicted_purchases"] == pytest.approx(1653.41, abs=0.02)
    assert h["error_pct"] == pytest.approx(-12.15, abs=0.01)
    assert h["explain"].startswith("holdout 1997-09-30 → 1998-06-30 (39.00 weeks)")


def test_the_summary_file_is_what_the_database_gives(cdnow_db):
    """frequency and T per customer from the database equal the published calibration summary."""
    import numpy as np

    from crm_app.analytics.clv import model_inputs
    from crm_app.analytics.common import to_day
    from crm_app.db.engine import Database
    from crm_app.services import metrics_data

    db = Database.open(str(cdnow_db))
    try:
        data = metrics_data.load(db, use_cache=False)
        from datetime import date

        inputs = model_inputs(data.purchase_days(to_day(date(1997, 9, 30))), date(1997, 9, 30), "week")
    finally:
        db.dispose()
    summary = pd.read_csv(DATA / "cdnow_customers_summary.csv")
    assert (inputs["frequency"].to_numpy() == summary["frequency"].to_numpy()).all()
    assert np.abs(inputs["recency"].to_numpy() - summary["recency"].to_numpy()).max() < 0.006
    assert np.abs(inputs["T"].to_numpy() - summary["T"].to_numpy()).max() < 0.006
