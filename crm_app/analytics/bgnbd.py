"""BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"), numpy/scipy only.

Per customer: x = repeat purchase days, t_x = time of the last one since the first purchase, T = time
since the first purchase (in one time unit: days or weeks). Parameters r, α (Gamma purchase rates),
a, b (Beta dropout probability).

Log-likelihood per customer (FHL 2005, eq. 6, written with logs):
    ln L = A1 + A2 + ln(exp(A3) + [x > 0] exp(A4))
    A1 = lnΓ(r + x) − lnΓ(r) + r ln α
    A2 = lnΓ(a + b) + lnΓ(b + x) − lnΓ(b) − lnΓ(a + b + x)
    A3 = −(r + x) ln(α + T)
    A4 = ln a − ln(b + x − 1) − (r + x) ln(α + t_x)
The gradient is analytic (digamma); terms that depend on x only are computed once per distinct x.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd
from scipy.special import digamma, gammaln, hyp2f1

from crm_app.analytics.common import Cancel, Progress, factorize, fmt, require
from crm_app.analytics.mle import FitError, dot, maximize

SUMMARY_COLUMNS = ("frequency", "recency", "T")


@dataclass
class BgNbd:
    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float   # total over customers (weights), without the penalty
    customers: int
    repeat_customers: int
    penalizer: float
    iterations: int
    explain: str = ""
    inverse_hessian: np.ndarray | None = field(default=None, repr=False)  # wrt log-parameters, for warm starts

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("inverse_hessian")
        return d

    @property
    def params(self) -> tuple[float, float, float, float]:
        return self.r, self.alpha, self.a, self.b


def _arrays(summary: pd.DataFrame, where: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    require(summary, SUMMARY_COLUMNS, where)
    x = summary["frequency"].to_numpy(dtype=np.float64)
    tx = summary["recency"].to_numpy(dtype=np.float64)
    T = summary["T"].to_numpy(dtype=np.float64)
    w = summary["weight"].to_numpy(dtype=np.float64) if "weight" in summary else np.ones(x.size)
    if x.size and not all(np.isfinite(v).all() for v in (x, tx, T, w)):
        raise ValueError(f"{where}: frequency, recency, T (and weight) must be finite numbers")
    if x.size and (np.any(x < 0) or np.any(tx < 0) or np.any(tx > T + 1e-9) or np.any((x == 0) & (tx > 0))):
        raise ValueError(f"{where}: needs 0 ≤ recency ≤ T, frequency ≥ 0 and recency = 0 when frequency = 0")
    return x, tx, T, w


class _LogLik:
    """Mean negative log-likelihood and its gradient.

    Terms that depend on x only are evaluated once per distinct x and weighted by the customers
    sharing it; customers with x = 0 contribute A1 + A2 + A3, which depends on T only, so they are
    summed per distinct T. Only repeat buyers need per-customer work (the log-sum-exp of A3, A4).
    """

    def __init__(self, x, tx, T, w, penalizer: float):
        self.x, self.tx, self.T, self.w = x, tx, T, w
        self.wsum = w.sum()
        self.penalizer = penalizer
        self.ux, ix = factorize(x)
        self.ix = ix
        self.Wx = np.bincount(ix, weights=w, minlength=self.ux.size)
        self.uT, iT = factorize(T)
        zero = x == 0
        self.W0T = np.bincount(iT[zero], weights=w[zero], minlength=self.uT.size)
        rep = ~zero
        self.rep = rep
        self.utx, self.itx = factorize(tx[rep])
        self.iTr, self.ixr = iT[rep], ix[rep]
        self.xr, self.wr = x[rep], w[rep]

    def _rep_terms(self, p):
        r, alpha, a, b = p
        log_aT = np.log(alpha + self.uT)
        log_atx = np.log(alpha + self.utx)
        with np.errstate(divide="ignore", invalid="ignore"):
            log_bx1 = np.log(b + self.ux - 1)
        rx = r + self.xr
        a3 = -rx * log_aT[self.iTr]
        a4 = (np.log(a) - log_bx1[self.ixr]) - rx * log_atx[self.itx]
        lse = np.logaddexp(a3, a4)
        return log_aT, log_atx, a3, a4, lse

    def _a12(self, p):
        r, alpha, a, b = p
        ux = self.ux
        return (gammaln(r + ux) - gammaln(r) + r * np.log(alpha)
                + gammaln(a + b) + gammaln(b + ux) - gammaln(b) - gammaln(a + b + ux))

    def loglik_terms(self, p: np.ndarray) -> np.ndarray:
        """Log-likelihood of every customer (input order)."""
        r = p[0]
        _, _, _, _, lse = self._rep_terms(p)
        ll = self._a12(p)[self.ix]
        ll[~self.rep] += -r * np.log(p[1] + self.T[~self.rep])
        ll[self.rep] += lse
        return ll

    def total(self, p: np.ndarray) -> float:
        r = p[0]
        log_aT, _, _, _, lse = self._rep_terms(p)
        return float(dot(self._a12(p), self.Wx) - r * dot(self.W0T, log_aT) + dot(self.wr, lse))

    def __call__(self, p: np.ndarray) -> tuple[float, np.ndarray]:
        r, alpha, a, b = p
        ux, Wx, W0T, wr = self.ux, self.Wx, self.W0T, self.wr
        log_aT, log_atx, _, a4, lse = self._rep_terms(p)
        total = dot(self._a12(p), Wx) - r * dot(W0T, log_aT) + dot(wr, lse)
        w4 = np.exp(a4 - lse)                # share of the "dropped out right after t_x" term
        w3 = 1.0 - w4
        inv_aT, inv_atx = 1.0 / (alpha + self.uT), 1.0 / (alpha + self.utx)
        rx = r + self.xr
        with np.errstate(divide="ignore", invalid="ignore"):
            inv_bx1 = np.where(ux > 0, 1.0 / (b + ux - 1), 0.0)
        d_ab = digamma(a + b) - digamma(a + b + ux)
        g_r = (dot(Wx, digamma(r + ux) - digamma(r) + np.log(alpha)) - dot(W0T, log_aT)
               - dot(wr, w3 * log_aT[self.iTr] + w4 * log_atx[self.itx]))
        g_alpha = (r / alpha * Wx.sum() - r * dot(W0T, inv_aT)
                   - dot(wr, rx * (w3 * inv_aT[self.iTr] + w4 * inv_atx[self.itx])))
        g_a = dot(Wx, d_ab) + dot(wr, w4) / a
        g_b = dot(Wx, d_ab + digamma(b + ux) - digamma(b)) - dot(wr, w4 * inv_bx1[self.ixr])
        grad = -np.array([g_r, g_alpha, g_a, g_b]) / self.wsum
        pen = self.penalizer
        return -total / self.wsum + pen * float(p @ p), grad + 2 * pen * p


def bgnbd_log_likelihood(params, summary: pd.DataFrame) -> np.ndarray:
    """Log-likelihood of every customer. summary: columns frequency, recency, T."""
    x, tx, T, w = _arrays(summary, "bgnbd_log_likelihood")
    return _LogLik(x, tx, T, w, 0.0).loglik_terms(np.asarray(params, dtype=np.float64))


def fit_bgnbd(summary: pd.DataFrame, penalizer: float = 0.0, min_repeat_customers: int = 5,
              progress: Progress | None = None, cancel: Cancel | None = None,
              start: tuple[float, float, float, float] | BgNbd | None = None) -> BgNbd:
    """Maximum-likelihood BG/NBD parameters.

    summary: columns frequency (x), recency (t_x), T in one time unit; optional weight (customers
        sharing the row). penalizer: adds penalizer × (r² + α² + a² + b²) to the mean negative LL.
    start: starting values (r, α, a, b) or a fitted model of a nearby data set (its curvature is
        reused too); default: from the data — on more than 40,000 customers, from a fit on a random
        quarter of them (20,000 … SUBSAMPLE; the result is the MLE of all customers either way).
    Raises FitError (a ValueError) when the data cannot support a fit.
    """
    x, tx, T, w = _arrays(summary, "fit_bgnbd")
    customers = round(float(w.sum()))
    repeat = round(float(w[x > 0].sum()))
    if repeat < min_repeat_customers:
        raise FitError(f"BG/NBD: {repeat} customers with a repeat purchase day; at least "
                       f"{min_repeat_customers} are needed")
    if not np.any(T > 0):
        raise FitError("BG/NBD: every customer made their first purchase on the as-of day")
    if repeat == customers and np.all(tx == T):
        raise FitError("BG/NBD: every customer bought on the as-of day; dropout cannot be estimated")
    hess = None
    if isinstance(start, BgNbd):
        start, hess = start.params, start.inverse_hessian
    size = min(SUBSAMPLE, max(SUBSAMPLE_MIN, x.size // 4))
    if start is None and x.size > 2 * size:
        rows = np.sort(np.random.default_rng(0).choice(x.size, size, replace=False))
        try:
            pre = maximize(_LogLik(x[rows], tx[rows], T[rows], w[rows], penalizer), _default_start(x, T, w),
                           ["r", "alpha", "a", "b"], "BG/NBD", None, cancel)
            start, hess = pre.params, pre.inverse_hessian
        except FitError:
            start = None
    ll = _LogLik(x, tx, T, w, penalizer)
    if start is None:
        start = _default_start(x, T, w)
    res = maximize(ll, np.asarray(start, dtype=np.float64), ["r", "alpha", "a", "b"], "BG/NBD", progress, cancel,
                   inverse_hessian=hess)
    r, alpha, a, b = (float(v) for v in res.params)
    total = ll.total(res.params)
    out = BgNbd(r, alpha, a, b, total, customers, repeat, penalizer, res.iterations,
                inverse_hessian=res.inverse_hessian)
    out.explain = (f"BG/NBD fitted by maximum likelihood on {fmt(customers)} customers ({fmt(repeat)} with repeat "
                   f"purchase days): r = {r:.4f}, α = {alpha:.4f}, a = {a:.4f}, b = {b:.4f}, "
                   f"log-likelihood = {total:,.2f}; mean purchase rate r/α = {r / alpha:.4f} per time unit, "
                   f"mean dropout probability after a purchase a/(a+b) = {a / (a + b):.4f}")
    return out


SUBSAMPLE = 100_000  # at most this many customers in the preliminary fit that starts a big data set
SUBSAMPLE_MIN = 20_000  # … and at least this many (a quarter of the customers in between)


def _default_start(x, T, w) -> np.ndarray:
    rate = max(dot(w, x) / max(dot(w, T), 1e-9), 1e-6)
    return np.array([1.0, 1.0 / rate, 1.0, 3.0])


def _params(model: BgNbd | tuple) -> tuple[float, float, float, float]:
    r, alpha, a, b = model.params if isinstance(model, BgNbd) else model
    if abs(a - 1.0) < 1e-8:  # the closed form divides by a − 1; the limit is continuous
        a = 1.0 + 1e-8
    return r, alpha, a, b


def _log_odds_dead(params, x, tx, T) -> np.ndarray:
    """ln of a/(b+x−1) × ((α+T)/(α+t_x))^(r+x) for x > 0, −inf for x = 0."""
    r, alpha, a, b = params
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.log(a) - np.log(b + x - 1) + (r + x) * (np.log(alpha + T) - np.log(alpha + tx))
    return np.where(x > 0, out, -np.inf)


def p_alive(model: BgNbd | tuple, x, tx, T) -> np.ndarray:
    """P(alive | x, t_x, T) = 1 / (1 + [x > 0] a/(b+x−1) ((α+T)/(α+t_x))^(r+x))."""
    params = _params(model)
    x, tx, T = (np.asarray(v, dtype=np.float64) for v in (x, tx, T))
    return np.exp(-np.logaddexp(0.0, _log_odds_dead(params, x, tx, T)))


def _numerator(params, t, x, T) -> np.ndarray:
    """(a+b+x−1)/(a−1) × [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))], using Euler's
    transformation ₂F₁(r+x, b+x; c; z) (1−z)^(r+x) = (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; c; z), which stays
    well conditioned for large x."""
    r, alpha, a, b = params
    c = a + b + x - 1
    z = t / (alpha + T + t)
    tail = np.exp((a - 1) * np.log1p(-z)) * hyp2f1(a + b - 1 - r, a - 1, c, z)
    return c / (a - 1) * (1.0 - tail)


def expected_purchases(model: BgNbd | tuple, t: float, x, tx, T) -> np.ndarray:
    """Expected purchase days in the next `t` time units given x, t_x, T (FHL 2005, eq. 10)."""
    params = _params(model)
    x, tx, T = (np.asarray(v, dtype=np.float64) for v in (x, tx, T))
    if t <= 0:
        return np.zeros(np.broadcast(x, T).shape)
    return _numerator(params, t, x, T) * np.exp(-np.logaddexp(0.0, _log_odds_dead(params, x, tx, T)))


def pair_codes(x: np.ndarray, T: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(distinct x, distinct T, index of each customer's (x, T) pair): the hypergeometric part of the
    conditional expectation depends on x and T only, so it is evaluated once per distinct pair."""
    ux, ix = factorize(x)
    uT, iT = factorize(T)
    keys, inv = factorize(ix.astype(np.int64) * max(uT.size, 1) + iT)
    return ux[keys // max(uT.size, 1)], uT[keys % max(uT.size, 1)], inv


def expected_purchases_path(model: BgNbd | tuple, times: np.ndarray, x, tx, T,
                            cancel: Cancel | None = None) -> np.ndarray:
    """expected_purchases at every horizon in `times` (shape customers × len(times)), evaluating the
    hypergeometric part once per distinct (x, T)."""
    from crm_app.analytics.common import check_cancel

    params = _params(model)
    x, tx, T = (np.asarray(v, dtype=np.float64) for v in (x, tx, T))
    ux, uT, inv = pair_codes(x, T)
    alive = np.exp(-np.logaddexp(0.0, _log_odds_dead(params, x, tx, T)))
    out = np.empty((x.size, len(times)))
    for j, t in enumerate(times):
        check_cancel(cancel)
        out[:, j] = (_numerator(params, float(t), ux, uT)[inv] * alive) if t > 0 else 0.0
    return out
