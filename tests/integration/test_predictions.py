"""The profile's P(alive) and predicted CLV: the models the metrics fitted, applied to one customer."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from crm_app.db.models import Customer
from crm_app.services import predictions
from crm_app.services.metrics import MetricsParams, compute
from crm_app.services.metrics_backend import MetricsBackend

AS_OF = date(2026, 6, 30)


def test_no_prediction_before_the_first_fit(demo_db):
    with demo_db.read() as s:
        cid = s.scalar(select(Customer.id).where(Customer.last_order_date.is_not(None)))
        assert predictions.customer_prediction(s, cid, AS_OF) is None


def test_one_customer_gets_the_same_figures_as_the_metrics(demo_db):
    result = MetricsBackend(demo_db).compute(MetricsParams(as_of=AS_OF))
    # the metrics tab's lists carry per-customer P(alive) and CLV: the profile must agree with them
    rows = result["top_customers"][:3] + result["win_back"][:3]
    assert rows
    with demo_db.read() as s:
        for row in rows:
            p = predictions.customer_prediction(s, row["customer_id"], AS_OF)
            assert p.p_alive == pytest.approx(row["p_alive"], abs=1e-4)
            assert float(p.predicted_clv.amount) == pytest.approx(float(row["predicted_clv"]), abs=0.01)
            assert p.fitted_as_of == AS_OF and p.horizon_months == 12


def test_an_older_fit_does_not_replace_a_newer_one(demo_db):
    newer = compute(demo_db, MetricsParams(as_of=AS_OF))
    older = compute(demo_db, MetricsParams(as_of=date(2025, 12, 31)))
    with demo_db.write() as s:
        assert predictions.save_models(s, newer)
        assert not predictions.save_models(s, older)
        assert predictions.load_models(s)["as_of"] == AS_OF.isoformat()


def test_no_prediction_for_someone_who_never_bought(demo_db):
    MetricsBackend(demo_db).compute(MetricsParams(as_of=AS_OF))
    with demo_db.read() as s:
        cid = s.scalar(select(Customer.id).where(Customer.last_order_date.is_(None)))
        assert cid is not None                 # the demo has prospects who never bought
        assert predictions.customer_prediction(s, cid, AS_OF) is None


def test_a_closed_account_is_not_alive(demo_db):
    from datetime import datetime

    result = MetricsBackend(demo_db).compute(MetricsParams(as_of=AS_OF))
    cid = result["top_customers"][0]["customer_id"]
    with demo_db.write() as s:
        c = s.get(Customer, cid)
        c.status, c.status_changed_at = "closed", datetime(2026, 6, 1, 12, 0)
    with demo_db.read() as s:
        p = predictions.customer_prediction(s, cid, AS_OF)
        assert p.p_alive == 0 and float(p.predicted_clv.amount) == 0
        assert predictions.customer_prediction(s, cid, date(2026, 5, 31)).p_alive > 0   # before it closed
