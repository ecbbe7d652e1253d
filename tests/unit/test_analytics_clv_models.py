"""BG/NBD and Gamma-Gamma: published CDNOW values, parameter recovery on simulated data, predictions."""
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy.special import hyp2f1

from crm_app.analytics.bgnbd import (
    _LogLik,
    bgnbd_log_likelihood,
    expected_purchases,
    fit_bgnbd,
    p_alive,
)
from crm_app.analytics.clv import holdout_check, model_inputs, predict_clv
from crm_app.analytics.common import Cancelled
from crm_app.analytics.gammagamma import _LogLik as _GgLogLik
from crm_app.analytics.gammagamma import expected_spend, fit_gamma_gamma
from crm_app.analytics.mle import FitError

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def cdnow():
    return pd.read_csv(DATA / "cdnow_customers_summary.csv")


@pytest.fixture(scope="module")
def cdnow_spend():
    return pd.read_csv(DATA / "cdnow_customers_summary_with_transactions.csv").rename(
        columns={"x": "frequency", "t_x": "recency", "zbar": "monetary_value"})


def test_bgnbd_cdnow_published_values(cdnow):
    m = fit_bgnbd(cdnow)
    # Fader, Hardie & Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4
    assert (round(m.r, 3), round(m.alpha, 3), round(m.a, 3), round(m.b, 3)) == (0.243, 4.414, 0.793, 2.426)
    assert m.log_likelihood == pytest.approx(-9582.4, abs=0.05)
    assert bgnbd_log_likelihood(m.params, cdnow).sum() == pytest.approx(m.log_likelihood)
    assert m.customers == 2357 and m.repeat_customers == 946
    # FHL 2005: a customer with x = 2, t_x = 30.43, T = 38.86 is expected to buy 1.226 times in 39 weeks
    assert expected_purchases(m, 39, 2, 30.43, 38.86) == pytest.approx(1.226, abs=5e-4)


def test_gamma_gamma_cdnow_published_values(cdnow_spend):
    g = fit_gamma_gamma(cdnow_spend)
    assert (round(g.p, 2), round(g.q, 2), round(g.v, 2)) == (6.25, 3.74, 15.45)  # lifetimes: 6.25, 3.74, 15.44
    assert g.customers == 946
    assert g.mean_spend == pytest.approx(g.p * g.v / (g.q - 1))
    # E(M | x, m̄) is a weighted mean of the population mean and the customer's own mean
    e = expected_spend(g, [0, 2, 10], [0, 22.35, 22.35])
    assert e[0] == pytest.approx(g.mean_spend) and e[0] > e[1] > e[2] > 22.35


def test_cdnow_from_raw_transactions():
    """The whole analytics path from transactions reproduces the published summary and fit."""
    tx = pd.read_csv(DATA / "cdnow_sample.txt", sep=r"\s+", header=None,
                     names=["master_id", "customer_id", "date", "cds", "amount"])
    days = pd.to_datetime(tx["date"].astype(str), format="%Y%m%d").to_numpy().astype("datetime64[D]")
    frame = pd.DataFrame({"customer_id": tx["customer_id"], "net": tx["amount"], "day": days})
    inputs = model_inputs(frame, date(1997, 9, 30), "week")
    summary = pd.read_csv(DATA / "cdnow_customers_summary.csv")
    assert (inputs["frequency"].to_numpy() == summary["frequency"].to_numpy()).all()
    assert np.abs(inputs["T"].to_numpy() - summary["T"].to_numpy()).max() < 0.005
    m = fit_bgnbd(inputs)
    assert (round(m.r, 3), round(m.alpha, 2), round(m.a, 3), round(m.b, 2)) == (0.243, 4.41, 0.793, 2.43)
    h = holdout_check(frame, inputs, m, date(1997, 9, 30), date(1998, 6, 30), "week")
    assert h.actual_purchases == 1882 and abs(h.error_pct) < 15  # FHL: the model tracks the holdout closely
    assert h.by_frequency[0]["frequency"] == "0" and h.by_frequency[-1]["frequency"] == "7+"


def test_gradients_match_finite_differences(cdnow, cdnow_spend):
    from scipy.optimize import approx_fprime

    x, tx, T = (cdnow[c].to_numpy(float) for c in ("frequency", "recency", "T"))
    ll = _LogLik(x, tx, T, np.ones(x.size), 0.1)
    for p in (np.array([0.3, 5.0, 0.7, 2.0]), np.array([1.5, 20.0, 2.0, 0.6])):
        num = approx_fprime(p, lambda q: ll(q)[0], 1e-7)
        assert np.allclose(ll(p)[1], num, rtol=1e-4, atol=1e-6)
        assert ll(p)[0] * x.size == pytest.approx(-ll.loglik_terms(p).sum() + 0.1 * x.size * (p @ p))
    g = cdnow_spend[cdnow_spend["frequency"] > 0]
    gl = _GgLogLik(g["frequency"].to_numpy(float), g["monetary_value"].to_numpy(float), np.ones(len(g)), 0.0)
    for p in (np.array([6.0, 3.0, 15.0]), np.array([2.0, 5.0, 40.0])):
        assert np.allclose(gl(p)[1], approx_fprime(p, lambda q: gl(q)[0], 1e-7), rtol=1e-4, atol=1e-6)
        assert -gl(p)[0] * len(g) == pytest.approx(gl.terms(p).sum()) == pytest.approx(gl.total(p))


def test_conditional_expectation_matches_the_textbook_formula(cdnow):
    m = fit_bgnbd(cdnow)
    r, alpha, a, b = m.params
    x = np.array([0, 1, 2, 5, 20, 60.0])
    tx = np.array([0, 5, 30.43, 35, 37, 38.5])
    T = np.full(6, 38.86)
    for t in (1.0, 39.0, 200.0):
        z = t / (alpha + T + t)
        direct = ((a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x)
                                               * hyp2f1(r + x, b + x, a + b + x - 1, z))
                  / (1 + (x > 0) * a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x)))
        assert np.allclose(expected_purchases(m, t, x, tx, T), direct, rtol=1e-8)
    # a brand-new customer (x = 0, T = 0) follows the unconditional E[X(t)] (FHL 2005, eq. 7)
    t = 52.0
    uncond = (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)))
    assert expected_purchases(m, t, 0, 0, 0) == pytest.approx(uncond)
    assert p_alive(m, [0, 3, 3], [0, 38, 5], [38.86] * 3)[0] == 1.0
    alive = p_alive(m, [3, 3], [38, 5], [38.86] * 2)
    assert 1 > alive[0] > alive[1] > 0


def simulate_bgnbd(n, r, alpha, a, b, rng, t_cal=52.0, t_hold=0.0):
    """Customers who made their first purchase at 0 and are observed for T ∈ [t_cal/2, t_cal]."""
    lam = rng.gamma(r, 1 / alpha, n)
    p = rng.beta(a, b, n)
    T = rng.uniform(t_cal / 2, t_cal, n)
    end = T + t_hold
    t = np.zeros(n)
    x = np.zeros(n)
    tx = np.zeros(n)
    hold = np.zeros(n)
    active = np.ones(n, bool)
    while active.any():
        idx = np.flatnonzero(active)
        t[idx] += rng.exponential(1 / lam[idx])
        over = t[idx] > end[idx]
        active[idx[over]] = False
        ok = idx[~over]
        cal = t[ok] <= T[ok]
        x[ok[cal]] += 1
        tx[ok[cal]] = t[ok[cal]]
        hold[ok[~cal]] += 1
        active[ok[rng.random(ok.size) < p[ok]]] = False
    return pd.DataFrame({"frequency": x, "recency": tx, "T": T, "holdout": hold})


def _within_sampling_error(objective, est: np.ndarray, true: np.ndarray, k: float = 4.0) -> None:
    """|ln est − ln true| < k standard errors, from the observed information at the estimate."""
    n = len(est)
    h = 1e-5
    hess = np.empty((n, n))
    for i in range(n):
        e = np.zeros(n)
        e[i] = h
        hess[i] = (objective(np.exp(np.log(est) + e))[1] * np.exp(np.log(est) + e)
                   - objective(np.exp(np.log(est) - e))[1] * np.exp(np.log(est) - e)) / (2 * h)
    cov = np.linalg.inv((hess + hess.T) / 2)
    se = np.sqrt(np.diag(cov))
    z = np.abs(np.log(est) - np.log(true)) / se
    assert (z < k).all(), (est, true, se, z)


def test_bgnbd_recovers_known_parameters_at_50000_customers():
    rng = np.random.default_rng(2005)
    true = np.array([0.243, 4.414, 0.793, 2.426])
    data = simulate_bgnbd(50_000, *true, rng, t_cal=52.0, t_hold=26.0)
    m = fit_bgnbd(data)          # its speed: bench/metrics.py
    x, tx, T = (data[c].to_numpy(float) for c in ("frequency", "recency", "T"))
    ll = _LogLik(x, tx, T, np.ones(x.size), 0.0)
    _within_sampling_error(lambda p: tuple(v * x.size for v in ll(p)), np.array(m.params), true)
    # the holdout counts simulated beyond T agree with the model's conditional expectations
    predicted = expected_purchases(m, 26.0, x, tx, T).sum()
    assert predicted == pytest.approx(data["holdout"].sum(), rel=0.03)


def test_gamma_gamma_recovers_known_parameters_at_50000_customers():
    rng = np.random.default_rng(2013)
    p, q, v = 6.25, 3.74, 15.44
    n = 50_000
    x = 1 + rng.poisson(2.0, n)
    nu = rng.gamma(q, 1 / v, n)                       # per-customer scale ν ~ Gamma(q, γ)
    mbar = rng.gamma(p * x, 1.0) / (x * nu)           # the mean of x draws of Gamma(p, ν)
    data = pd.DataFrame({"frequency": x, "monetary_value": mbar})
    g = fit_gamma_gamma(data)
    gl = _GgLogLik(x.astype(float), mbar, np.ones(n), 0.0)
    _within_sampling_error(lambda prm: tuple(val * n for val in gl(prm)), np.array([g.p, g.q, g.v]),
                           np.array([p, q, v]))


def test_fit_errors_are_clear_not_crashes():
    few = pd.DataFrame({"frequency": [0, 0, 1, 0], "recency": [0, 0, 2.0, 0], "T": [5.0, 6, 7, 8]})
    with pytest.raises(FitError, match="repeat purchase"):
        fit_bgnbd(few)
    same = pd.DataFrame({"frequency": [1, 2, 3] * 10, "monetary_value": [20.0] * 30})
    with pytest.raises(FitError, match="same mean"):
        fit_gamma_gamma(same)
    with pytest.raises(ValueError, match="missing column"):
        fit_bgnbd(pd.DataFrame({"frequency": [1]}))
    with pytest.raises(ValueError, match="recency ≤ T"):
        fit_bgnbd(pd.DataFrame({"frequency": [1], "recency": [9.0], "T": [2.0]}))
    with pytest.raises(ValueError, match="finite"):
        fit_bgnbd(pd.DataFrame({"frequency": [1.0, np.nan] * 10, "recency": [1.0] * 20, "T": [5.0] * 20}))
    identical = pd.DataFrame({"frequency": [2.0] * 50, "recency": [5.0] * 50, "T": [10.0] * 50})
    with pytest.raises(FitError, match="cannot pin down"):               # no spread: a parameter runs off
        fit_bgnbd(identical)
    with pytest.raises(FitError, match="bought on the as-of day"):
        fit_bgnbd(pd.DataFrame({"frequency": [1.0] * 50, "recency": [10.0] * 50, "T": [10.0] * 50}))
    with pytest.raises(FitError, match="cannot pin down"):
        fit_gamma_gamma(pd.DataFrame({"frequency": [1, 2] * 20, "monetary_value": [10.0, 20.0] * 20}))
    assert issubclass(FitError, ValueError)


def test_penalizer_cancel_and_progress(cdnow):
    shrunk = fit_bgnbd(cdnow, penalizer=0.1)
    free = fit_bgnbd(cdnow)
    assert sum(v * v for v in shrunk.params) < sum(v * v for v in free.params)
    seen = []
    fit_bgnbd(cdnow, progress=lambda f, msg: seen.append(f))
    assert seen and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        fit_bgnbd(cdnow, cancel=lambda: True)


def test_clv_sums_discounted_months(cdnow, cdnow_spend):
    bg, gg = fit_bgnbd(cdnow), fit_gamma_gamma(cdnow_spend)
    inputs = cdnow_spend.assign(T=cdnow["T"]).head(50)
    frame, total = predict_clv(inputs, bg, gg, horizon_months=12, discount_rate=0.01, time_unit="week")
    x, tx, T = (inputs[c].to_numpy(float) for c in ("frequency", "recency", "T"))
    months = [expected_purchases(bg, 4.345 * m, x, tx, T) for m in range(13)]
    spend = expected_spend(gg, x, inputs["monetary_value"])
    want = sum((months[m] - months[m - 1]) * spend / 1.01 ** m for m in range(1, 13))
    assert np.allclose(frame["clv"], want)
    assert np.allclose(frame["expected_purchases"], months[12])
    assert total.clv_total == pytest.approx(want.sum())
    undiscounted, _ = predict_clv(inputs, bg, gg, 12, 0.0, "week")
    assert (undiscounted["clv"] >= frame["clv"]).all()
    ended = inputs.assign(ended=[True] + [False] * 49)
    f2, _ = predict_clv(ended, bg, gg, 12, 0.01, "week")
    assert f2["clv"].iloc[0] == 0 and f2["p_alive"].iloc[0] == 0
