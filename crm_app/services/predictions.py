"""A customer's P(alive) and predicted CLV for the profile, from the models the metrics last fitted.

Fitting BG/NBD and Gamma-Gamma needs every customer; applying them to one needs only that customer's
purchase days. So each metrics computation stores its fitted parameters (`save_models`, in app_settings
under `clv_models`), and the profile applies them to the one customer as of the day it is opened
(`customer_prediction`), with the same functions as the metrics tab (analytics.clv). The parameters are
population-level: a fit a few weeks old still describes the population well; the profile says when the
models were fitted.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_app.db.models import AppSetting, Customer, Order, Refund
from crm_app.domain.activity import ENDED_STATUSES
from crm_app.domain.money import Money

KEY = "clv_models"


@dataclass(frozen=True)
class Prediction:
    p_alive: float
    expected_purchases: float          # purchase days over the horizon
    predicted_clv: Money | None        # None when only BG/NBD could be fitted
    horizon_months: int
    fitted_as_of: date                 # the as-of date of the fit
    time_unit: str


def _value(result: dict) -> dict | None:
    bg, gg = result.get("bgnbd") or {}, result.get("gamma_gamma") or {}
    if "r" not in bg:
        return None
    params = result.get("parameters") or {}
    return {"as_of": result["as_of"], "currency": result.get("currency"),
            "time_unit": bg.get("time_unit", params.get("time_unit", "week")),
            "horizon_months": params.get("horizon_months", 12), "discount_rate": params.get("discount_rate", 0.01),
            "bgnbd": {k: bg[k] for k in ("r", "alpha", "a", "b")},
            "gamma_gamma": {k: gg[k] for k in ("p", "q", "v")} if "p" in gg else None}


def models_differ(session: Session, result: dict) -> bool:
    """Whether save_models(result) would change what is stored."""
    value = _value(result)
    stored = load_models(session)
    return value is not None and (stored is None or (stored != value and stored["as_of"] <= value["as_of"]))


def save_models(session: Session, result: dict) -> bool:
    """Keep the fitted parameters of a metrics `result` unless the stored ones come from later data.
    Returns whether they were stored."""
    value = _value(result)
    if value is None:
        return False
    stored = load_models(session)
    if stored and (stored["as_of"] > value["as_of"] or stored == value):
        return False
    row = session.get(AppSetting, KEY)
    if row is None:
        session.add(AppSetting(key=KEY, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
    return True


def load_models(session: Session) -> dict | None:
    row = session.get(AppSetting, KEY)
    return json.loads(row.value) if row is not None else None


def customer_prediction(session: Session, customer_id: int, as_of: date | None = None) -> Prediction | None:
    """P(alive), expected purchase days and CLV of one customer as of `as_of` (default today), or None when
    no model was fitted yet or the customer has not bought (in the models' currency) by then."""
    models = load_models(session)
    if not models:
        return None
    as_of = as_of or date.today()
    refunded = (select(func.coalesce(func.sum(Refund.amount_minor), 0)).where(Refund.order_id == Order.id)
                .correlate(Order).scalar_subquery())
    query = (select(Order.order_date, func.sum(Order.total_minor - refunded))
             .where(Order.customer_id == customer_id, Order.order_date <= as_of)
             .group_by(Order.order_date).order_by(Order.order_date))
    if models.get("currency"):
        query = query.where(Order.currency == models["currency"])
    days = session.execute(query).all()
    if not days:
        return None
    status, changed = session.execute(select(Customer.status, Customer.status_changed_at)
                                      .where(Customer.id == customer_id)).one()
    ended = {"ended_day": changed.date() if changed else None} if status in ENDED_STATUSES else None
    return _predict(models, customer_id, days, as_of, ended)


def _predict(models: dict, customer_id: int, days: list, as_of: date, ended: dict | None = None) -> Prediction:
    import pandas as pd

    from crm_app.analytics.bgnbd import BgNbd
    from crm_app.analytics.clv import model_inputs, predict_clv
    from crm_app.analytics.common import to_day
    from crm_app.analytics.gammagamma import GammaGamma
    from crm_app.domain.money import exponent

    currency = models.get("currency") or "USD"
    unit = 10 ** exponent(currency)
    frame = pd.DataFrame({"customer_id": [customer_id] * len(days), "day": [to_day(d) for d, _ in days],
                          "net": [int(n) / unit for _, n in days]})
    # an explicit ended status (closed, subscription ended) counts as in the metrics: P(alive) 0 from that
    # day (since always when the day is unknown)
    ends = None if ended is None else pd.DataFrame({"customer_id": [customer_id], "ended_day": [ended["ended_day"]]})
    inputs = model_inputs(frame, as_of, models["time_unit"], ends)
    b = models["bgnbd"]
    bg = BgNbd(b["r"], b["alpha"], b["a"], b["b"], 0.0, 0, 0, 0.0, 0)
    g = models.get("gamma_gamma")
    gg = GammaGamma(g["p"], g["q"], g["v"], 0.0, 0, 0.0, None, 0.0, 0) if g else None
    out, _ = predict_clv(inputs, bg, gg, int(models["horizon_months"]), float(models["discount_rate"]),
                         models["time_unit"])
    row = out.iloc[0]
    clv = None
    if gg is not None and pd.notna(row["clv"]):
        clv = Money(Decimal(str(round(float(row["clv"]), 2))), currency)
    return Prediction(float(row["p_alive"]), float(row["expected_purchases"]), clv, int(models["horizon_months"]),
                      date.fromisoformat(models["as_of"]), models["time_unit"])
