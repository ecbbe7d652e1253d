"""Retention for a period: S, E, N, L, CRR, churn (shared/METRICS.md), past periods, segments."""
import itertools
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from crm_app.analytics.retention import (
    period_end,
    period_label,
    period_start,
    retention,
    retention_by_segment,
    retention_history,
    shift,
)

JUNE = (date(2026, 6, 1), date(2026, 6, 30))


def _frame(rows):
    return pd.DataFrame(rows, columns=["customer_id", "day", "net"])


def worked_example(stay: int, lost: int, new: int) -> pd.DataFrame:
    """`stay` customers active all June, `lost` who lapse during June, `new` first buying in June."""
    rows = []
    cid = 0
    for _ in range(stay):
        cid += 1
        rows.append((cid, date(2026, 5, 10), 20.0))
    for i in range(lost):
        cid += 1
        rows.append((cid, date(2025, 6, 1) + timedelta(days=i % 28), 20.0))  # window of 365 days ends in June
    for i in range(new):
        cid += 1
        rows.append((cid, date(2026, 6, 2) + timedelta(days=i % 28), 20.0))
    return _frame(rows)


def test_worked_example_89_89():
    r = retention(worked_example(160, 18, 24), *JUNE)
    assert (r.customers_start, r.lost, r.new, r.customers_end) == (178, 18, 24, 184)
    assert r.crr == 89.89
    assert r.explain["crr"] == "CRR = (E − N) / S × 100 = (184 − 24) / 178 × 100 = 89.89 %"
    assert r.churn_rate == 10.11
    assert r.explain["churn_rate"] == "Churn rate = L / S × 100 = 18 / 178 × 100 = 10.11 %"


def test_worked_example_80():
    r = retention(worked_example(120, 30, 80), *JUNE)
    assert (r.customers_start, r.customers_end, r.new) == (150, 200, 80)
    assert r.crr == 80.0


def test_no_customers_at_start():
    r = retention(_frame([(1, date(2026, 6, 3), 5.0)]), *JUNE)
    assert (r.customers_start, r.customers_end, r.new) == (0, 1, 1)
    assert r.crr is None and r.churn_rate is None
    assert "undefined" in r.explain["crr"]


def test_empty_period_and_no_data():
    r = retention(_frame([(1, date(2026, 1, 3), 5.0)]), *JUNE)
    assert (r.customers_start, r.customers_end, r.new, r.lost, r.crr) == (1, 1, 0, 0, 100.0)
    empty = retention(_frame([]), *JUNE)
    assert (empty.customers_start, empty.customers_end, empty.crr) == (0, 0, None)


def test_purchases_after_the_end_are_ignored():
    frame = worked_example(160, 18, 24)
    later = _frame([(1000 + i, date(2026, 7, 1 + i), 9.0) for i in range(10)] + [(170, date(2026, 7, 2), 1.0)])
    r = retention(pd.concat([frame, later]), *JUNE)
    assert (r.customers_start, r.customers_end, r.new, r.crr) == (178, 184, 24, 89.89)


def test_reactivated_customers_count_in_e_not_in_n():
    frame = _frame([(1, date(2024, 1, 1), 1.0), (1, date(2026, 6, 10), 1.0), (2, date(2026, 5, 1), 1.0)])
    r = retention(frame, *JUNE)
    assert (r.customers_start, r.customers_end, r.new, r.reactivated, r.crr) == (1, 2, 0, 1, 200.0)


def test_short_period_does_not_count_rare_buyers_as_lost():
    # bought once 200 days ago: not lost in a month, the churn window decides
    r = retention(_frame([(1, date(2025, 11, 12), 1.0)]), *JUNE)
    assert (r.customers_start, r.lost) == (1, 0)


def test_churn_window_and_ended_statuses():
    frame = _frame([(1, date(2026, 3, 1), 1.0), (2, date(2026, 3, 1), 1.0), (3, date(2026, 3, 1), 1.0)])
    assert retention(frame, *JUNE, window=100).lost == 3  # active on May 31 (91 days), gone by June 30
    ended = pd.DataFrame({"customer_id": [2, 3], "ended_day": [date(2026, 6, 15), None]})
    r = retention(frame, *JUNE, ended=ended)
    assert (r.customers_start, r.lost, r.customers_end) == (2, 1, 1)  # 3 was never counted, 2 closed in June


def test_calendar_periods():
    assert period_start(date(2026, 5, 17), "quarter") == date(2026, 4, 1)
    assert period_end(date(2026, 4, 1), "quarter") == date(2026, 6, 30)
    assert shift(date(2026, 1, 1), "month", -1) == date(2025, 12, 1)
    assert period_label(date(2026, 4, 1), "quarter") == "2026-Q2"
    assert period_end(date(2024, 2, 1), "month") == date(2024, 2, 29)
    with pytest.raises(ValueError):
        period_start(date(2026, 1, 1), "week")


def test_history_periods_chain():
    rng = np.random.default_rng(3)
    n = 3000
    days = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 1300, n), unit="D")
    frame = pd.DataFrame({"customer_id": rng.integers(1, 600, n), "day": days.values.astype("datetime64[D]"),
                          "net": 1.0})
    hist = retention_history(frame, date(2026, 5, 20), "month", 12)
    assert len(hist) == 13 and hist[-1].label == "2026-05" and not hist[-1].complete
    assert hist[-1].end == date(2026, 5, 20)
    for a, b in itertools.pairwise(hist):
        assert a.customers_end == b.customers_start  # E of a month is S of the next
        assert b.start == a.end + timedelta(days=1)
    for h in hist:  # each past period equals the standalone computation
        alone = retention(frame, h.start, h.end)
        assert (alone.customers_start, alone.customers_end, alone.new, alone.lost) == \
            (h.customers_start, h.customers_end, h.new, h.lost)
    q = retention_history(frame, date(2026, 5, 20), "year", 2)
    assert [h.label for h in q] == ["2024", "2025", "2026"]


def test_by_segment_adds_up():
    frame = worked_example(160, 18, 24)
    seg = pd.Series(np.where(np.arange(1, 203) % 2 == 0, "even", "odd"), index=np.arange(1, 203))
    table = retention_by_segment(frame, *JUNE, seg)
    assert set(table["segment"]) == {"even", "odd"}
    assert table["customers_start"].sum() == 178 and table["new"].sum() == 24 and table["lost"].sum() == 18
    tags = pd.DataFrame({"customer_id": [1, 1, 2], "segment": ["vip", "news", "vip"]})
    t2 = retention_by_segment(frame, *JUNE, tags, unassigned="(no tag)").set_index("segment")
    assert t2.loc["vip", "buyers"] == 2 and t2.loc["news", "buyers"] == 1
    assert t2.loc["(no tag)", "buyers"] == 200
