"""Maximum likelihood in log-parameter space with an analytic gradient.

A small BFGS (inverse-Hessian update, backtracking Armijo line search, steps capped in log space)
is enough for these smooth 3–4 parameter likelihoods; it converges in 10–30 iterations from the
models' starting values, and keeps `scipy.optimize` (≈0.3 s of import time) out of the CLI.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from crm_app.analytics.common import Cancel, Progress, check_cancel, report

LOG_BOUND = 16.0  # parameters live in [e^-16, e^16]; reaching the edge means "runs off to 0 or ∞"
MAX_STEP = 3.0    # largest change of a log-parameter in one step (a factor of e^3 ≈ 20)


def dot(a: np.ndarray, b: np.ndarray) -> float:
    """Inner product of two 1-D arrays without BLAS (OpenBLAS threads cost more than they save here,
    and much more on a busy machine)."""
    return float(np.einsum("i,i->", a, b))


class FitError(ValueError):
    """The data cannot support the model fit (too few repeat buyers, all values equal, no convergence)."""


@dataclass
class MleResult:
    params: np.ndarray       # on the natural scale
    mean_neg_ll: float       # mean negative log-likelihood per weight unit, penalty included
    iterations: int
    evaluations: int
    gradient: np.ndarray     # wrt log-parameters at the solution
    inverse_hessian: np.ndarray | None = None  # BFGS's estimate wrt log-parameters (for warm starts)


TINY_GRADIENT = 1e-6  # largest |gradient| (mean NLL per log-parameter) accepted when rounding stops the descent


def minimize_bfgs(fun: Callable[[np.ndarray], tuple[float, np.ndarray]], x0: np.ndarray, *, lower: float,
                  upper: float, max_iter: int = 300, gtol: float = 1e-9,
                  on_iteration: Callable[[int], None] | None = None, inverse_hessian: np.ndarray | None = None,
                  ) -> tuple[np.ndarray, float, np.ndarray, int, bool, np.ndarray]:
    """BFGS on a box (steps are projected onto [lower, upper]). Returns (x, f, gradient, iterations,
    converged, inverse Hessian estimate); converged means max |gradient| < gtol, or no further decrease
    is possible in floating point at a point whose gradient is already tiny. `inverse_hessian`: a
    starting estimate (e.g. from the fit of a nearby data set)."""
    x = np.clip(np.asarray(x0, dtype=np.float64), lower, upper)
    f, g = fun(x)
    n = x.size
    eye = np.eye(n)
    H = eye.copy() if inverse_hessian is None else np.array(inverse_hessian, dtype=np.float64)
    first = inverse_hessian is None
    for it in range(1, max_iter + 1):
        if np.max(np.abs(g)) < gtol:
            return x, f, g, it - 1, True, H
        d = -(H @ g)
        slope = float(g @ d)
        if not slope < 0:
            H, d = eye.copy(), -g
            slope = -float(g @ g)
        big = np.max(np.abs(d))
        if big > MAX_STEP:
            d, slope = d * (MAX_STEP / big), slope * (MAX_STEP / big)
        t = 1.0
        while True:
            xn = np.clip(x + t * d, lower, upper)
            fn, gn = fun(xn)
            if np.isfinite(fn) and fn <= f + 1e-4 * t * slope:
                break
            t *= 0.5
            if t < 1e-10 or -t * slope < 1e-15 * max(1.0, abs(f)):
                # the decrease still possible along the direction is below rounding: at the optimum
                # up to floating point (converged when the gradient is tiny), or stuck
                return x, f, g, it, bool(np.max(np.abs(g)) < max(gtol, TINY_GRADIENT)), H
        s, y = xn - x, gn - g
        sy = float(s @ y)
        if sy > 1e-16:
            if first:
                H = eye * (sy / float(y @ y))
                first = False
            rho = 1.0 / sy
            V = eye - rho * np.outer(s, y)
            H = V @ H @ V.T + rho * np.outer(s, s)
        converged_f = abs(f - fn) <= 1e-15 * max(1.0, abs(f))
        x, f, g = xn, fn, gn
        if on_iteration is not None:
            on_iteration(it)
        if converged_f and np.max(np.abs(g)) < max(gtol, 1e-7):
            return x, f, g, it, True, H
    return x, f, g, max_iter, bool(np.max(np.abs(g)) < max(gtol, TINY_GRADIENT)), H


def maximize(objective: Callable[[np.ndarray], tuple[float, np.ndarray]], start: np.ndarray, names: list[str],
             model: str, progress: Progress | None = None, cancel: Cancel | None = None,
             max_iter: int = 300, inverse_hessian: np.ndarray | None = None) -> MleResult:
    """Minimise `objective(params) -> (mean negative LL, gradient wrt params)` over positive params.

    Works on θ = log(params) (gradient × params by the chain rule). Raises FitError when the
    optimiser fails or a parameter runs to the edge of [e^-16, e^16].
    """
    evals = 0

    def f(theta: np.ndarray) -> tuple[float, np.ndarray]:
        nonlocal evals
        check_cancel(cancel)
        evals += 1
        p = np.exp(theta)
        with np.errstate(all="ignore"):
            value, grad = objective(p)
        if not np.isfinite(value) or not np.all(np.isfinite(grad)):
            return np.inf, np.zeros_like(theta)
        return value, grad * p

    def step(it: int) -> None:
        report(progress, 1.0 - 0.9 ** it, f"fitting {model}: iteration {it}")

    theta0 = np.log(np.asarray(start, dtype=np.float64))
    theta, value, grad, iters, ok, hess_inv = minimize_bfgs(f, theta0, lower=-LOG_BOUND, upper=LOG_BOUND,
                                                  max_iter=max_iter, on_iteration=step,
                                                  inverse_hessian=inverse_hessian)
    edge = [n for n, t in zip(names, theta) if abs(t) > LOG_BOUND - 0.5]
    if edge:
        raise FitError(f"{model}: the data cannot pin down {', '.join(edge)} (it runs off to 0 or infinity); "
                       f"more history or a penalizer may help")
    if not np.isfinite(value):
        raise FitError(f"{model}: the likelihood is not finite at the solution")
    if not ok:
        raise FitError(f"{model}: the fit did not converge in {iters} iterations "
                       f"(largest gradient {np.max(np.abs(grad)):.2e})")
    report(progress, 1.0, f"fitting {model}: done")
    return MleResult(np.exp(theta), float(value), iters, evals, grad, hess_inv)
