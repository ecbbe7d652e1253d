"""The vectorised activity status follows the scalar rule of domain/activity.py exactly."""
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from crm_app.analytics.activity import (
    ACTIVE_STATUSES,
    active_on,
    active_spells,
    activity_status,
)
from crm_app.analytics.common import to_day
from crm_app.analytics.purchases import PurchaseDays
from crm_app.domain.activity import Activity, ActivityRules
from crm_app.domain.activity import activity_status as scalar_status

T = date(2026, 6, 30)


def _random_frame(rng, customers: int) -> pd.DataFrame:
    rows = []
    for cid in range(1, customers + 1):
        n = int(rng.integers(0, 8))
        # clustered and spread-out histories, some after the as-of date, some same-day orders
        span = int(rng.choice([60, 400, 1500]))
        for back in rng.integers(-40, span, n):
            d = T - timedelta(days=int(back))
            rows.append((cid, d, float(rng.integers(0, 100))))
            if rng.random() < 0.1:
                rows.append((cid, d, 5.0))
    return pd.DataFrame(rows, columns=["customer_id", "day", "net"])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_vectorised_status_equals_scalar_rule(seed):
    rng = np.random.default_rng(seed)
    frame = _random_frame(rng, 400)
    ended_ids = rng.choice(np.arange(1, 401), 25, replace=False)
    ended = pd.DataFrame({"customer_id": ended_ids, "ended_day": [None] * 25})
    ended_set = set(ended_ids.tolist())
    history = {cid: list(g["day"]) for cid, g in frame.groupby("customer_id")}
    for window, as_of in [(365, T), (90, T), (30, T - timedelta(days=17)), (365, T - timedelta(days=400))]:
        rules = ActivityRules(churn_window_days=window)
        got = activity_status(frame, as_of, rules, ended=ended, customers=np.arange(1, 401))
        for cid, days in history.items():
            want = scalar_status(days, as_of, rules, explicit_status="closed" if cid in ended_set else None)
            assert got[cid] == want.value, (cid, window, as_of)
        no_purchase = set(range(1, 401)) - set(frame["customer_id"])
        assert all(got[c] == Activity.PROSPECT.value for c in no_purchase)


def test_spells_agree_with_status_on_every_day():
    rng = np.random.default_rng(7)
    frame = _random_frame(rng, 150)
    ended = pd.DataFrame({"customer_id": [3, 5, 8], "ended_day": [date(2026, 1, 10), None, date(2020, 1, 1)]})
    p = PurchaseDays.from_frame(frame).until(to_day(T))
    spells = active_spells(p, 120, ended)
    history = {cid: list(g["day"]) for cid, g in frame.groupby("customer_id")}
    for offset in range(0, 1600, 37):
        day = T - timedelta(days=offset)
        flags = active_on(spells, to_day(day))
        for i, cid in enumerate(spells.ids):
            explicit = "closed" if cid == 5 or (cid == 3 and day >= date(2026, 1, 10)) or (
                cid == 8 and day >= date(2020, 1, 1)) else None
            want = scalar_status(history[cid], day, ActivityRules(churn_window_days=120), explicit_status=explicit)
            assert flags[i] == (want in ACTIVE_STATUSES), (cid, day)


def test_same_day_orders_make_one_purchase_day_and_amounts_add():
    frame = pd.DataFrame({"customer_id": [1, 1, 1, 2], "day": [date(2026, 1, 5)] * 2 + [date(2026, 2, 1)] * 2,
                          "net": [10.0, 0.0, 5.0, 7.0], "orders": [1, 1, 1, 1]})
    p = PurchaseDays.from_frame(frame)
    assert p.rows == 3
    assert list(p.counts) == [2, 1]
    assert list(p.net) == [10.0, 5.0, 7.0]
    assert list(p.orders) == [2, 1, 1]


def test_missing_columns_raise_a_clear_error():
    with pytest.raises(ValueError, match="missing column.*net"):
        activity_status(pd.DataFrame({"customer_id": [1], "day": [date(2026, 1, 1)]}), T)


def test_unsorted_input_and_datetime64_days():
    frame = pd.DataFrame({"customer_id": [2, 1, 2, 1], "net": [1.0, 2.0, 3.0, 4.0],
                          "day": np.array(["2026-06-01", "2026-01-01", "2025-01-01", "2026-06-20"],
                                          dtype="datetime64[D]")})
    got = activity_status(frame, T)
    assert got[1] == scalar_status([date(2026, 1, 1), date(2026, 6, 20)], T).value
    assert got[2] == scalar_status([date(2026, 6, 1), date(2025, 1, 1)], T).value
