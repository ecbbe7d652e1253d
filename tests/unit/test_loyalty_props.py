"""Property tests of the loyalty ledger (hypothesis): random order/refund/redeem/adjust/expire sequences.

- the balance equals the ledger sum and is never negative, after every step;
- `recalc` is idempotent (a second run changes nothing);
- expiry takes the oldest points first (the closed formula agrees with a lot-by-lot FIFO simulation).
"""
from __future__ import annotations

import shutil
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crm_app.domain import loyalty as L

START = date(2024, 1, 1)


# --- pure: FIFO expiry ------------------------------------------------------------------------------
def fifo_expired(events: list[tuple[int, str, int]], as_of: int, months: int) -> int:
    """Lot-by-lot simulation: events (day, 'earn'|'spend', points) in day order; spending takes the oldest
    live lot first; a lot is gone on its expiry day. Returns the points expired by as_of."""
    lots: list[list[int]] = []      # [expires_on, points left]
    expired = 0

    def expire_until(day: int) -> None:
        nonlocal expired
        for lot in lots:
            if lot[0] <= day and lot[1] > 0:
                expired += lot[1]
                lot[1] = 0

    for day, kind, pts in events:
        expire_until(day)
        if kind == "earn":
            lots.append([L.add_months(date.fromordinal(day), months).toordinal(), pts])
        else:
            for lot in lots:            # oldest first
                take = min(lot[1], pts)
                lot[1] -= take
                pts -= take
    expire_until(as_of)
    return expired


@st.composite
def earn_spend(draw):
    day = START.toordinal()
    events, bal = [], 0
    for _ in range(draw(st.integers(1, 25))):
        day += draw(st.integers(0, 120))
        if draw(st.booleans()) or bal == 0:
            pts = draw(st.integers(1, 500))
            events.append((day, "earn", pts))
        else:
            # spend at most what is live now (the service refuses more)
            live = sum(p for d, k, p in events if k == "earn" and L.add_months(date.fromordinal(d), 12).toordinal()
                       > day) - sum(p for d, k, p in events if k == "spend")
            live = min(live, bal)
            if live <= 0:
                continue
            pts = draw(st.integers(1, live))
            events.append((day, "spend", pts))
        bal = sum(p if k == "earn" else -p for _d, k, p in events)
    return events, day + draw(st.integers(0, 500))


@settings(max_examples=150, deadline=None)
@given(earn_spend())
def test_expiry_takes_the_oldest_points_first(case):
    events, as_of = case
    # consistent histories only: spending never exceeds the live (unexpired, unspent) points
    sim = fifo_expired(events, as_of, 12)
    credits = [(L.add_months(date.fromordinal(d), 12), p) for d, k, p in events if k == "earn"]
    debits = [(date.fromordinal(d), p) for d, k, p in events if k == "spend"]
    lots_ok = _consistent(events)
    if lots_ok:
        assert L.expired_total(credits, debits, date.fromordinal(as_of)) == sim


def _consistent(events) -> bool:
    lots, ok = [], True
    for day, kind, pts in events:
        for lot in lots:
            if lot[0] <= day:
                lot[1] = 0
        if kind == "earn":
            lots.append([L.add_months(date.fromordinal(day), 12).toordinal(), pts])
        else:
            if sum(x[1] for x in lots) < pts:
                return False
            for lot in lots:
                take = min(lot[1], pts)
                lot[1] -= take
                pts -= take
    return ok


def test_expiry_example_oldest_lot_goes_first():
    credits = [(date(2025, 1, 10), 100), (date(2025, 6, 1), 50)]
    debits = [(date(2024, 3, 1), 30)]          # spent from the oldest lot
    assert L.expired_total(credits, debits, date(2025, 1, 10)) == 70
    assert L.expired_total(credits, debits, date(2025, 1, 9)) == 0
    assert L.expired_total(credits, debits, date(2025, 6, 1)) == 120


# --- service sequences on a real database -------------------------------------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory):
    from crm_app.commands import open_db
    from crm_app.domain.customer import CustomerInput
    from crm_app.services import customers

    path = tmp_path_factory.mktemp("loyalty") / "t.db"
    db = open_db(str(path))
    with db.write() as s:
        customers.create_customer(s, CustomerInput(full_name="Prop Test", phones=("+1 202 555 0100",)))
    db.dispose()
    return path


ops = st.lists(st.one_of(
    st.tuples(st.just("order"), st.integers(0, 60000), st.integers(0, 90)),
    st.tuples(st.just("refund"), st.integers(0, 10), st.integers(1, 100)),
    st.tuples(st.just("redeem"), st.integers(1, 900), st.integers(0, 30)),
    st.tuples(st.just("adjust"), st.integers(-300, 300), st.integers(0, 30)),
    st.tuples(st.just("expire"), st.integers(0, 0), st.integers(30, 400)),
), min_size=1, max_size=12)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(ops)
@example([("order", 39600, 0), ("redeem", 446, 0), ("refund", 0, 1)])   # points spent, then a refund: recalc
def test_balance_is_the_ledger_sum_never_negative_and_recalc_is_idempotent(template, tmp_path, monkeypatch, seq):
    from sqlalchemy import func, select

    from crm_app.db.engine import Database
    from crm_app.db.models import Order, PointsLedger
    from crm_app.domain.customer import LineInput, OrderInput
    from crm_app.domain.errors import ValidationError
    from crm_app.domain.money import Money
    from crm_app.services import loyalty as svc
    from crm_app.services import orders
    from crm_app.services.loyalty_recalc import recalc

    path = tmp_path / f"p{id(seq)}.db"
    shutil.copy(template, path)
    db = Database.open(str(path))
    day = START
    monkeypatch.setattr(svc, "today", lambda: day)
    order_ids: list[int] = []
    try:
        for op, a, b in seq:
            day += timedelta(days=b)
            at = datetime.combine(day, time(12))
            try:
                with db.write() as s:
                    if op == "order":
                        o = orders.record_order(s, OrderInput(1, at, "USD", (LineInput("x", Decimal(a) / 100),)))
                        order_ids.append(o.id)
                    elif op == "refund" and order_ids:
                        o = s.get(Order, order_ids[a % len(order_ids)])
                        left = orders.refundable_minor(s, o)
                        if left > 0:
                            amt = max(1, left * b // 100)
                            orders.refund_order(s, o.id, Money.from_minor(amt, "USD"), refunded_at=at)
                    elif op == "redeem":
                        svc.redeem(s, 1, a, reason="prop", at=at)
                    elif op == "adjust" and a:
                        svc.adjust(s, 1, a, "prop test", at=at)
                    elif op == "expire":
                        svc.evaluate_customer(s, 1, day)
            except ValidationError:
                pass                     # refused (above the balance): nothing written
            with db.read() as s:
                pts = [p for p in s.scalars(select(PointsLedger.points).where(PointsLedger.customer_id == 1))]
                assert svc.balance(s, 1) == sum(pts) >= 0
        r1 = recalc(db, day)
        r2 = recalc(db, day)
        assert r2.changes() == 0, r2
        with db.read() as s:
            assert int(s.scalar(select(func.coalesce(func.sum(PointsLedger.points), 0)))) >= 0
        assert r1.as_of == day
    finally:
        db.dispose()
