"""Merging two records of the same person: everything moves, nothing is lost, the merge is audited."""
from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_app.db import search_index
from crm_app.db.models import (AuditLog, BadgeAward, Coupon, Customer, CustomerEmail, CustomerMerge, CustomerPhone,
                               Feedback, Note, Order, PointsLedger, Ticket, TierHistory)
from crm_app.domain.customer import CustomerInput, LineInput, OrderInput
from crm_app.domain.errors import ConflictError, NotFound, ValidationError
from crm_app.services import customers, merge, orders, profile
from crm_app.services.backend import Backend


def _count(s, model, cid) -> int:
    return s.scalar(select(func.count()).select_from(model).where(model.customer_id == cid))


@pytest.fixture
def pair(db):
    """Survivor A and duplicate B of the same person, each with history."""
    with db.write() as s:
        a = customers.create_customer(s, CustomerInput("Layla Haddad", phones=("+966 50 123 4567",),
                                                       emails=("layla@example.com",), tags=("vip",))).id
        b = customers.create_customer(s, CustomerInput("Leila Hadad", phones=("00966 50 123 4567", "+1 212 555 0123"),
                                                       emails=("LAYLA@example.com", "leila.h@work.example"),
                                                       tags=("vip", "wholesale"), birthday=date(1990, 5, 4),
                                                       country="SA"), ).id
        for cid, day, price in ((a, datetime(2025, 1, 5, 10), "20.00"), (b, datetime(2024, 3, 1, 11), "35.00"),
                                (b, datetime(2025, 6, 30, 9), "12.50")):
            orders.record_order(s, OrderInput(cid, day, "USD", (LineInput("Beans", Decimal(price)),)))
        s.add_all([
            Ticket(subject="Late delivery", customer_id=b, channel="phone", status="open"),
            Feedback(customer_id=b, kind="nps", score=3, comment="slow"),
            Note(customer_id=b, body="Called twice"),
            Coupon(code="B-COUPON", customer_id=b, origin="manual", discount_kind="percent", percent=5),
            BadgeAward(customer_id=a, badge_code="reviewer", awarded_on=date(2025, 2, 1)),
            BadgeAward(customer_id=b, badge_code="reviewer", awarded_on=date(2024, 4, 1)),
            BadgeAward(customer_id=b, badge_code="referrer", awarded_on=date(2024, 5, 1)),
            TierHistory(customer_id=b, tier_code="silver", valid_from=date(2024, 6, 1)),
        ])
    return a, b


def test_merge_moves_everything_and_is_audited(db, pair):
    a, b = pair
    with db.read() as s:
        before = {m: (_count(s, m, a), _count(s, m, b)) for m in (Order, PointsLedger, Ticket, Feedback, Note, Coupon,
                                                                 TierHistory)}
        points = profile.load_header(s, a).points_balance + profile.load_header(s, b).points_balance
        versions = (s.get(Customer, a).version, s.get(Customer, b).version)
        ticket_version = s.scalar(select(Ticket.version).where(Ticket.customer_id == b))
    with db.write() as s:
        record = merge.merge_customers(s, a, b, user_id=None)
        moved = json.loads(record.moved)
    with db.read() as s:
        for m, (n_a, n_b) in before.items():
            assert (_count(s, m, a), _count(s, m, b)) == (n_a + n_b, 0), m.__name__
        assert moved["orders"] == before[Order][1] == 2 and moved["tickets"] == 1 and moved["notes"] == 1
        assert moved["coupons"] == before[Coupon][1] and moved["points"] == before[PointsLedger][1]
        # badges: one per code, the earlier award wins
        awards = dict(s.execute(select(BadgeAward.badge_code, BadgeAward.awarded_on)
                                .where(BadgeAward.customer_id == a)).all())
        assert awards["reviewer"] == date(2024, 4, 1) and awards["referrer"] == date(2024, 5, 1)
        assert _count(s, BadgeAward, b) == 0
        # contacts the survivor lacked move after its own; the ones it had stay on the merged record
        assert list(s.scalars(select(CustomerPhone.e164).where(CustomerPhone.customer_id == a)
                              .order_by(CustomerPhone.position))) == ["+966501234567", "+12125550123"]
        assert list(s.scalars(select(CustomerEmail.email).where(CustomerEmail.customer_id == a)
                              .order_by(CustomerEmail.position))) == ["layla@example.com", "leila.h@work.example"]
        assert moved["phones"] == 1 and moved["emails"] == 1 and moved["tags"] == 1
        survivor, dup = s.get(Customer, a), s.get(Customer, b)
        assert [t.name for t in survivor.tags] == ["vip", "wholesale"] and dup.tags == []
        assert (dup.status, dup.merged_into_id, dup.last_order_date) == ("merged", a, None)
        assert survivor.last_order_date == date(2025, 6, 30)
        assert survivor.birthday == date(1990, 5, 4) and survivor.country == "SA"     # filled from the duplicate
        assert survivor.version == versions[0] + 1 and dup.version == versions[1] + 1
        assert s.scalar(select(Ticket.version).where(Ticket.customer_id == a)) == ticket_version + 1
        h = profile.load_header(s, a)
        assert h.orders_count == 3 and h.points_balance == points and h.total_spent.amount == Decimal("67.50")
        row = s.scalar(select(CustomerMerge).where(CustomerMerge.merged_id == b))
        assert (row.survivor_id, row.merged_code, row.merged_name) == (a, dup.code, "Leila Hadad")
        actions = set(s.scalars(select(AuditLog.action).where(AuditLog.action.like("customer.merge%"))))
        assert actions == {"customer.merge", "customer.merged_into"}
        detail = json.loads(s.scalar(select(AuditLog.details).where(AuditLog.action == "customer.merge")))
        assert detail["merged"] == dup.code and detail["moved"]["orders"] == 2
        # the merge shows in both timelines and headers
        event = next(e for e in profile.timeline(s, a) if e.kind == "merge")
        assert dup.code in event.title and "2 orders" in event.detail and event.ref_id == b
        assert [e.title for e in profile.timeline(s, b) if e.kind == "merge"] == [f"Merged into {survivor.code}"]
        hb = profile.load_header(s, b)
        assert (hb.status, hb.merged_into_code, hb.orders_count) == ("merged", survivor.code, 0)


def test_search_index_follows_the_merge(db, pair):
    a, b = pair
    with db.read() as s:
        assert {r.id for r in search_index.search(s, "leila")} == {b}
    with db.write() as s:
        merge.merge_customers(s, a, b)
    with db.read() as s:
        assert search_index.search(s, "leila hadad") == []                 # the merged record is hidden
        assert [r.id for r in search_index.search(s, "leila.h@work")] == [a]      # its email now finds A
        assert [r.id for r in search_index.search(s, "wholesale")] == [a]         # and its tag
        assert [r.id for r in search_index.search(s, "+1 212 555 0123")] == [a]   # and its phone
        assert [r.id for r in search_index.search(s, "050 123 4567", "SA")] == [a]  # shared phone: A only
        code_b = s.get(Customer, b).code
        assert search_index.search(s, code_b) == []


def test_refusals_change_nothing(db, pair):
    a, b = pair
    with pytest.raises(ValidationError, match="itself"):
        with db.write() as s:
            merge.merge_customers(s, a, a)
    with pytest.raises(NotFound):
        with db.write() as s:
            merge.merge_customers(s, a, 9999)
    with db.write() as s:
        merge.merge_customers(s, a, b)
    with pytest.raises(ConflictError, match="already merged into"):
        with db.write() as s:
            merge.merge_customers(s, a, b)
    with pytest.raises(ConflictError, match="already merged"):
        with db.write() as s:
            merge.merge_customers(s, b, a)              # the survivor cannot be a merged record either
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CustomerMerge)) == 1
        assert s.get(Customer, a).status == "active"


def test_a_failure_after_the_merge_rolls_everything_back(db, pair):
    a, b = pair
    with pytest.raises(RuntimeError):
        with db.write() as s:
            merge.merge_customers(s, a, b)
            raise RuntimeError("the rest of the user action failed")
    with db.read() as s:
        assert s.get(Customer, b).status == "active" and _count(s, Order, b) == 2
        assert s.scalar(select(func.count()).select_from(CustomerMerge)) == 0
        assert [r.id for r in search_index.search(s, "leila")] == [b]     # the index rolled back too


def test_chained_merges_point_at_the_last_survivor(db, pair):
    a, b = pair
    with db.write() as s:
        c = customers.create_customer(s, CustomerInput("L. Haddad (old card)", phones=("+966 55 000 1111",))).id
        merge.merge_customers(s, b, c)
    with db.write() as s:
        merge.merge_customers(s, a, b)
    with db.read() as s:
        assert s.get(Customer, c).merged_into_id == a
        assert set(s.scalars(select(CustomerMerge.merged_id).where(CustomerMerge.survivor_id == a))) == {b, c}
        assert [r.id for r in search_index.search(s, "+966 55 000 1111")] == [a]
        assert {e.ref_id for e in profile.timeline(s, a) if e.kind == "merge"} == {b, c}


def test_an_open_edit_form_of_the_survivor_conflicts_after_a_merge(db, pair):
    a, b = pair
    with db.read() as s:
        form, version = customers.to_input(s.get(Customer, a)), s.get(Customer, a).version
    with db.write() as s:
        merge.merge_customers(s, a, b)
    with pytest.raises(ConflictError):
        with db.write() as s:
            customers.update_customer(s, a, form, version)


def test_backend_merge(db, pair):
    a, b = pair
    Backend(db).merge(b, a)                       # keep B this time
    with db.read() as s:
        assert s.get(Customer, a).merged_into_id == b and _count(s, Order, b) == 3
