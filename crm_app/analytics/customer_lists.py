"""Per-customer results in one frame, and the short lists built on it: win-back, at risk, top customers
by predicted CLV, and a sample for the P(alive) vs predicted CLV scatter."""
from __future__ import annotations

import numpy as np
import pandas as pd

from crm_app.analytics.common import to_date

FRAME_COLUMNS = ("status", "rfm_segment", "r", "f", "m", "frequency", "recency", "T", "monetary_value", "total",
                 "first_purchase", "last_purchase", "p_alive", "expected_purchases", "expected_spend", "clv", "ended")


def customer_frame(inputs: pd.DataFrame, status: np.ndarray, rfm: tuple, forecast: pd.DataFrame | None) -> pd.DataFrame:
    """One row per customer with a purchase day on or before the as-of date, indexed by customer_id.

    inputs: analytics.clv.model_inputs; status: activity status names in the same order;
    rfm: analytics.rfm.rfm_scores of the same customers; forecast: predict_clv's frame (or None: NaN).
    Columns: FRAME_COLUMNS (first/last purchase as datetime64[D]; frequency/recency/T in the model's unit).
    """
    ids, _, _, _, r, f, m, seg = rfm
    if not np.array_equal(ids, inputs.index.to_numpy()):
        raise ValueError("customer_frame: the RFM scores and the model inputs are not of the same customers")
    from crm_app.analytics.rfm import SEGMENTS

    n = len(inputs)
    nan = np.full(n, np.nan)
    cols = {
        "status": pd.Categorical.from_codes(status, categories=_statuses()) if status.dtype.kind in "iu"
        else pd.Categorical(status, categories=_statuses()),
        "rfm_segment": pd.Categorical.from_codes(seg.astype(np.int64), categories=SEGMENTS),
        "r": r, "f": f, "m": m,
        "frequency": inputs["frequency"].to_numpy(), "recency": inputs["recency"].to_numpy(),
        "T": inputs["T"].to_numpy(), "monetary_value": inputs["monetary_value"].to_numpy(),
        "total": inputs["total"].to_numpy(),
        "first_purchase": inputs["first_day"].to_numpy().astype("datetime64[D]"),
        "last_purchase": inputs["last_day"].to_numpy().astype("datetime64[D]"),
        "p_alive": nan if forecast is None else forecast["p_alive"].to_numpy(),
        "expected_purchases": nan if forecast is None else forecast["expected_purchases"].to_numpy(),
        "expected_spend": nan if forecast is None else forecast["expected_spend"].to_numpy(),
        "clv": nan if forecast is None else forecast["clv"].to_numpy(),
        "ended": inputs["ended"].to_numpy(dtype=bool),
    }
    return pd.DataFrame(cols, index=inputs.index)


def _statuses() -> list[str]:
    from crm_app.analytics.activity import STATUSES

    return STATUSES


def _days(frame: pd.DataFrame, column: str) -> np.ndarray:
    """Day numbers of a date column (pandas keeps datetime64 in seconds)."""
    return frame[column].to_numpy().astype("datetime64[D]").astype(np.int64)


def _top(score: np.ndarray, candidates: np.ndarray, k: int) -> np.ndarray:
    """Positions of the k candidates with the highest score (NaN last), best first, ties by position."""
    idx = np.flatnonzero(candidates)
    if idx.size == 0:
        return idx
    s = np.nan_to_num(score[idx], nan=-np.inf)
    if idx.size > k:
        part = np.argpartition(-s, k - 1)[:k]
        idx, s = idx[part], s[part]
    order = np.lexsort((idx, -s))
    return idx[order]


def _rows(frame: pd.DataFrame, pos: np.ndarray, as_of_day: int, money) -> list[dict]:
    out = []
    last = _days(frame, "last_purchase")
    for i in pos:
        row = frame.iloc[int(i)]
        clv = row["clv"]
        out.append({"customer_id": int(frame.index[int(i)]), "historical_value": money(row["total"]),
                    "predicted_clv": None if np.isnan(clv) else money(clv),
                    "p_alive": None if np.isnan(row["p_alive"]) else round(float(row["p_alive"]), 4),
                    "expected_purchases": None if np.isnan(row["expected_purchases"])
                    else round(float(row["expected_purchases"]), 4),
                    "last_purchase": to_date(int(last[i])).isoformat(),
                    "days_since_last": int(as_of_day - last[i]), "status": str(row["status"]),
                    "rfm_segment": str(row["rfm_segment"]), "purchase_days": int(row["frequency"]) + 1})
    return out


def win_back(frame: pd.DataFrame, as_of_day: int, money, k: int = 20) -> list[dict]:
    """Customers who brought the most (net, to date) and are probably gone: P(alive) < 0.5, no ended
    status; best first."""
    alive = frame["p_alive"].to_numpy()
    cand = (alive < 0.5) & ~frame["ended"].to_numpy()
    return _rows(frame, _top(frame["total"].to_numpy(), cand, k), as_of_day, money)


def at_risk(frame: pd.DataFrame, as_of_day: int, money, k: int = 20) -> list[dict]:
    """Customers whose activity status is at risk (no purchase for longer than 1.5 × their usual gap),
    highest predicted CLV first (net spend to date when there is no prediction)."""
    cand = (frame["status"] == "at_risk").to_numpy()
    clv = frame["clv"].to_numpy()
    score = frame["total"].to_numpy() if np.isnan(clv).all() else clv
    pos = _top(score, cand, k)
    rows = _rows(frame, pos, as_of_day, money)
    first = _days(frame, "first_purchase")
    for r, i in zip(rows, pos):
        n = r["purchase_days"]
        last = as_of_day - r["days_since_last"]
        r["usual_gap_days"] = round((last - int(first[i])) / (n - 1), 1) if n >= 2 else None
    return rows


def top_customers(frame: pd.DataFrame, as_of_day: int, money, k: int = 20) -> list[dict]:
    """The customers with the highest predicted CLV (no ended status), best first."""
    cand = ~frame["ended"].to_numpy() & np.isfinite(frame["clv"].to_numpy())
    return _rows(frame, _top(frame["clv"].to_numpy(), cand, k), as_of_day, money)


def scatter_sample(frame: pd.DataFrame, k: int = 2000, seed: int = 0) -> dict:
    """A reproducible random sample of customers (with a prediction) for the P(alive) vs predicted CLV
    scatter, as columns."""
    ok = np.flatnonzero(np.isfinite(frame["p_alive"].to_numpy()))
    if ok.size > k:
        ok = np.sort(np.random.default_rng(seed).choice(ok, k, replace=False))
    clv = frame["clv"].to_numpy()[ok]
    return {"customers": int(np.isfinite(frame["p_alive"].to_numpy()).sum()), "sample": int(ok.size),
            "customer_id": frame.index.to_numpy()[ok].tolist(),
            "p_alive": np.round(frame["p_alive"].to_numpy()[ok], 4).tolist(),
            "clv": [None if np.isnan(v) else round(float(v), 2) for v in clv],
            "status": frame["status"].astype(str).to_numpy()[ok].tolist(),
            "explain": f"a random sample (seed {seed}) of {ok.size:,} of the customers with a prediction"}
