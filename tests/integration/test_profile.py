"""The shared customer profile: header figures (as of a date), paged orders, tabs, timeline, CLI."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from crm_app.cli import main
from crm_app.db.models import (BadgeAward, Coupon, Customer, Feedback, Order, OrderLine, PointsLedger, Refund, Ticket,
                               TierHistory, User)
from crm_app.domain.activity import Activity
from crm_app.domain.customer import CustomerInput
from crm_app.domain.errors import NotFound
from crm_app.domain.money import Money
from crm_app.domain.profile import TIMELINE_KINDS
from crm_app.services import customers, profile

USD = "USD"


def _order(s, cid, at, *lines, code=None):
    """An order row as any writer leaves it (written directly: the loyalty hooks of record_order would add
    points and badges of their own, and this fixture wants exact figures)."""
    o = Order(customer_id=cid, ordered_at=at, order_date=at.date(), currency=USD, code=code, channel="store",
              total_minor=sum(int(Decimal(p) * 100) * q for _, p, q in lines),
              lines=[OrderLine(description=d, quantity=q, unit_price_minor=int(Decimal(p) * 100),
                               amount_minor=int(Decimal(p) * 100) * q) for d, p, q in lines])
    s.add(o)
    s.flush()
    return o


@pytest.fixture
def rich(db):
    """One customer with a bit of everything, on fixed dates."""
    with db.write() as s:
        agent = User(username="sam", display_name="Sam Agent", role="support")
        s.add(agent)
        c = customers.create_customer(s, CustomerInput("Layla Haddad", phones=("+966 50 123 4567", "+1 212 555 0123"),
                                                       emails=("Layla@Example.com",), tags=("VIP",),
                                                       consent_sms=True, country="SA", language="ar"))
        cid = c.id
        o1 = _order(s, cid, datetime(2024, 1, 10, 10), ("Beans", "10.00", 2), ("Mug", "5.50", 1), code="A-1")
        _order(s, cid, datetime(2024, 1, 10, 15), ("Free sample", "0", 1))             # zero-value: a visit
        o3 = _order(s, cid, datetime(2024, 6, 1, 12), ("Grinder", "40.00", 1))
        o4 = _order(s, cid, datetime(2025, 3, 15, 9), ("Machine", "100.00", 1))
        s.add_all([
            Refund(order_id=o3.id, amount_minor=1000, reason="scratched", refunded_at=datetime(2025, 1, 5, 9)),
            Refund(order_id=o4.id, amount_minor=3000, reason="late", refunded_at=datetime(2025, 3, 20, 9)),
            PointsLedger(customer_id=cid, kind="earn", points=100, occurred_at=datetime(2024, 1, 10, 10),
                         order_id=o1.id, reason="order A-1"),
            PointsLedger(customer_id=cid, kind="earn", points=50, occurred_at=datetime(2024, 6, 1, 12)),
            PointsLedger(customer_id=cid, kind="redeem", points=-30, occurred_at=datetime(2025, 3, 16, 8),
                         reason="coupon"),
            TierHistory(customer_id=cid, tier_code="bronze", valid_from=date(2024, 1, 10), valid_to=date(2024, 6, 1)),
            TierHistory(customer_id=cid, tier_code="silver", valid_from=date(2024, 6, 1), reason="spend 300"),
            BadgeAward(customer_id=cid, badge_code="first_purchase", awarded_on=date(2024, 1, 10)),
            Coupon(code="THANKS5", customer_id=cid, origin="thank_you", discount_kind="amount", amount_minor=500,
                   currency=USD, expires_on=date(2025, 12, 31), issued_at=datetime(2024, 6, 2)),
            Coupon(code="TEN", customer_id=cid, origin="manual", discount_kind="percent", percent=10,
                   issued_at=datetime(2024, 1, 11)),
        ])
        s.flush()
        s.execute(Customer.__table__.update().where(Customer.id == cid)
                  .values(tier_code="silver", last_order_date=date(2025, 3, 15)))
        done = Ticket(subject="Grinder arrived scratched", customer_id=cid, channel="email", status="resolved",
                      created_at=datetime(2024, 7, 1, 9), resolved_at=datetime(2024, 7, 2, 10))
        open_t = Ticket(subject="Where is my machine?", customer_id=cid, channel="phone", status="open",
                        assignee_id=agent.id, created_at=datetime(2025, 2, 1, 9))
        s.add_all([done, open_t])
        s.flush()
        s.add_all([Feedback(customer_id=cid, ticket_id=done.id, kind="csat", score=5, source="ticket",
                            created_at=datetime(2024, 7, 2, 10)),
                   Feedback(customer_id=cid, kind="nps", score=9, comment="great beans", source="survey",
                            created_at=datetime(2024, 8, 1, 12))])
        customers.add_note(s, cid, "Prefers morning deliveries", user_id=agent.id)
        ids = {"customer": cid, "o1": o1.id, "o3": o3.id, "o4": o4.id, "resolved": done.id, "open": open_t.id}
    return ids


def test_header_now(db, rich):
    with db.read() as s:
        h = profile.load_header(s, rich["customer"])
    assert (h.name, h.code, h.country, h.language) == ("Layla Haddad", f"C{rich['customer']:07d}", "SA", "ar")
    assert h.phones == [("+966 50 123 4567", "+966501234567"), ("+1 212 555 0123", "+12125550123")]
    assert h.main_phone == "+966501234567"
    assert h.emails == ["Layla@example.com"] and h.tags == ["vip"]
    assert (h.consents.email, h.consents.sms, h.consent_sms, h.consent_phone) == (False, True, True, False)
    assert (h.tier_code, h.tier_name, h.tier_color) == ("silver", "Silver", "#9ea7b3")
    assert h.points_balance == 120
    assert (h.orders_count, h.purchase_days) == (4, 3)
    assert h.total_spent == Money(Decimal("125.50"), USD)                    # 165.50 gross − 40.00 refunded
    assert h.average_order_value == Money(Decimal("31.38"), USD)              # 125.50 / 4, half-even
    assert isinstance(h.total_spent.amount, Decimal) and h.currency == USD
    assert (h.first_purchase, h.last_purchase, h.customer_since) == (date(2024, 1, 10), date(2025, 3, 15),
                                                                     date(2024, 1, 10))
    assert h.open_tickets == 1 and h.status == "active" and h.version == 1
    assert h.p_alive is None and h.predicted_clv is None and h.merged_into_code is None


@pytest.mark.parametrize("as_of, spent, aov, activity, points, tier, open_tickets, tenure", [
    # refund of 2025-01-05 not yet made; three orders
    (date(2024, 12, 31), "65.50", "21.83", Activity.ACTIVE, 150, "silver", 0, (356, 0, 11)),
    # the 10.00 refund counts; 219 days since the last purchase > 1.5 × the usual 143-day gap
    (date(2025, 1, 6), "55.50", "18.50", Activity.AT_RISK, 150, "silver", 0, (362, 0, 11)),
    (date(2025, 6, 30), "125.50", "31.38", Activity.ACTIVE, 120, "silver", 1, (537, 1, 5)),
    (date(2026, 6, 30), "125.50", "31.38", Activity.LAPSED, 120, "silver", 1, (902, 2, 5)),
    (date(2024, 3, 1), "25.50", "12.75", Activity.NEW, 100, "bronze", 0, (51, 0, 1)),
    (date(2024, 7, 1), "65.50", "21.83", Activity.ACTIVE, 150, "silver", 1, (173, 0, 5)),
])
def test_header_as_of(db, rich, as_of, spent, aov, activity, points, tier, open_tickets, tenure):
    with db.read() as s:
        h = profile.load_header(s, rich["customer"], as_of)
    assert h.as_of == as_of
    assert h.total_spent.amount == Decimal(spent) and h.average_order_value.amount == Decimal(aov)
    assert h.activity == activity and h.points_balance == points and h.tier_code == tier
    assert h.open_tickets == open_tickets
    assert (h.tenure_days, h.tenure_years, h.tenure_months) == tenure


def test_header_before_first_purchase_and_without_orders(db, rich):
    with db.read() as s:
        h = profile.load_header(s, rich["customer"], date(2023, 1, 1))
    assert h.orders_count == 0 and h.total_spent == Money(Decimal("0.00"), USD) and h.average_order_value is None
    assert h.activity == Activity.PROSPECT and h.first_purchase is None and h.points_balance == 0
    assert h.customer_since is None and h.tenure_days is None      # the record did not exist yet either
    with db.write() as s:
        cid = customers.create_customer(s, CustomerInput("Just Signed Up")).id
    with db.read() as s:
        h = profile.load_header(s, cid)
    assert h.customer_since == date.today() and (h.tenure_days, h.tenure_years, h.tenure_months) == (0, 0, 0)
    assert h.activity == Activity.PROSPECT and h.tier_name is None and h.phones == [] and h.open_tickets == 0


def test_unknown_customer_is_not_found(db):
    with db.read() as s:
        for call in (lambda: profile.load_header(s, 999), lambda: profile.timeline(s, 999),
                     lambda: profile.order_lines(s, 999)):
            with pytest.raises(NotFound):
                call()
        assert profile.orders_page(s, 999) == [] and profile.tickets(s, 999) == []


def test_orders_page_lines_and_refunds(db, rich):
    with db.read() as s:
        first = profile.orders_page(s, rich["customer"], limit=2)
        second = profile.orders_page(s, rich["customer"], first[-1].key, limit=2)
        third = profile.orders_page(s, rich["customer"], second[-1].key, limit=2)
        lines = profile.order_lines(s, rich["o1"])
        assert profile.count_orders(s, rich["customer"]) == 4
    assert [o.id for o in first] == [rich["o4"], rich["o3"]] and third == []
    assert [o.ordered_at for o in second] == [datetime(2024, 1, 10, 15), datetime(2024, 1, 10, 10)]
    o4 = first[0]
    assert (o4.total.amount, o4.refunded.amount, o4.net.amount, o4.lines) == (Decimal("100.00"), Decimal("30.00"),
                                                                              Decimal("70.00"), 1)
    assert second[1].code == "A-1" and second[1].lines == 2 and second[1].channel == "store"
    assert [(l.description, l.quantity, l.unit_price.amount, l.amount.amount) for l in lines] == [
        ("Beans", 2, Decimal("10.00"), Decimal("20.00")), ("Mug", 1, Decimal("5.50"), Decimal("5.50"))]


def test_orders_keyset_paging_with_equal_timestamps(db):
    with db.write() as s:
        cid = customers.create_customer(s, CustomerInput("Same Time")).id
        for _ in range(7):
            _order(s, cid, datetime(2025, 5, 5, 12), ("x", "1", 1))
    seen, before = [], None
    with db.read() as s:
        while page := profile.orders_page(s, cid, before, limit=3):
            seen += [o.id for o in page]
            before = page[-1].key
    assert seen == sorted(seen, reverse=True) and len(set(seen)) == 7


def test_spend_by_month_is_net_and_gapless(db, rich):
    with db.read() as s:
        spend = profile.spend_by_month(s, rich["customer"])
    assert spend[0] == (date(2024, 1, 1), Decimal("25.50"))
    assert spend[-1] == (date(2025, 3, 1), Decimal("70.00"))
    assert len(spend) == 15 and dict(spend)[date(2024, 6, 1)] == Decimal("30.00")
    assert dict(spend)[date(2024, 12, 1)] == Decimal("0.00")
    assert all(isinstance(a, Decimal) for _, a in spend)


def test_tabs(db, rich):
    cid = rich["customer"]
    with db.read() as s:
        t = profile.tickets(s, cid)
        fb = profile.feedback(s, cid)
        notes = profile.notes(s, cid)
        led = profile.ledger(s, cid)
        badges = profile.badges(s, cid)
        coupons = profile.coupons(s, cid)
    assert [x.id for x in t] == [rich["open"], rich["resolved"]]
    assert t[0].assignee == "Sam Agent" and t[0].status == "open" and t[1].resolved_at == datetime(2024, 7, 2, 10)
    assert sorted((f.kind, f.score) for f in fb) == [("csat", 5), ("nps", 9)]
    assert [f.ticket_id for f in fb if f.kind == "csat"] == [rich["resolved"]]
    assert [(n.body, n.author) for n in notes] == [("Prefers morning deliveries", "Sam Agent")]
    assert [(r.points, r.balance_after) for r in led] == [(-30, 120), (50, 150), (100, 100)]
    assert [(b.code, b.name, b.awarded_on) for b in badges] == [("first_purchase", "First purchase",
                                                                 date(2024, 1, 10))]
    assert [(c.code, c.discount, c.status) for c in coupons] == [("THANKS5", "5.00 USD", "issued"),
                                                                 ("TEN", "10 %", "issued")]


def test_timeline_merges_everything_newest_first(db, rich):
    cid = rich["customer"]
    with db.read() as s:
        events = profile.timeline(s, cid)
        short = profile.timeline(s, cid, limit=3)
        past = profile.timeline(s, cid, as_of=date(2024, 6, 30))
    assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)
    kinds = {e.kind for e in events}
    assert kinds <= TIMELINE_KINDS
    assert {"order", "refund", "ticket", "feedback", "note", "points", "badge", "tier", "created"} <= kinds
    assert events[0].kind in {"note", "created"}                       # both written today
    assert short == events[:3]
    refund = next(e for e in events if e.kind == "refund" and "30.00" in e.detail)
    assert refund.ref_id == rich["o4"] and refund.at == datetime(2025, 3, 20, 9) and "late" in refund.detail
    assert all(e.at < datetime(2024, 7, 1) for e in past)
    assert [e.kind for e in past if e.kind == "order"] == ["order"] * 3
    assert {e.kind for e in past} >= {"order", "points", "badge", "tier"}


def test_profile_with_2000_orders_loads_quickly(db):
    with db.write() as s:
        cid = customers.create_customer(s, CustomerInput("Busy Buyer")).id
        conn = s.connection()
        start = datetime(2019, 1, 1, 9)
        rows = [{"customer_id": cid, "ordered_at": start + timedelta(hours=31 * i), "currency": USD,
                 "order_date": (start + timedelta(hours=31 * i)).date(), "total_minor": 1000 + i,
                 "channel": "web"} for i in range(2000)]
        conn.execute(Order.__table__.insert(), rows)
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM orders WHERE customer_id = ?", (cid,))]
        conn.execute(OrderLine.__table__.insert(), [{"order_id": i, "description": "x", "quantity": 1,
                                                     "unit_price_minor": 1, "amount_minor": 1} for i in ids])
    with db.read() as s:         # its speed is measured by bench/lookup.py (target 150 ms)
        h = profile.load_header(s, cid)
        page = profile.orders_page(s, cid)
        events = profile.timeline(s, cid)
    assert h.orders_count == 2000 and len(page) == 200 and len(events) == 500
    assert h.total_spent.amount == Decimal(sum(1000 + i for i in range(2000))) / 100


def test_cli_profile_json_and_text(db_path, db, rich, capsys):
    code = f"C{rich['customer']:07d}"
    assert main(["--db", str(db_path), "profile", code.lower(), "--json", "--as-of", "2025-06-30"]) == 0
    out = json.loads(capsys.readouterr().out)
    h = out["header"]
    assert h["code"] == code and h["total_spent"] == {"amount": "125.50", "currency": "USD"}
    assert h["activity"] == "active" and h["tier_name"] == "Silver" and h["as_of"] == "2025-06-30"
    assert [o["code"] for o in out["orders"]][-1] == "A-1" and len(out["orders"]) == 4
    assert [t["subject"] for t in out["open_tickets"]] == ["Where is my machine?"]
    assert out["timeline"][0]["kind"] == "refund" and len(out["timeline"]) == 17   # the note and record: today
    assert all(e["at"] < "2025-07-01" for e in out["timeline"])

    assert main(["--db", str(db_path), "profile", code]) == 0
    text = capsys.readouterr().out
    assert "Layla Haddad" in text and "[Silver]" in text and "125.50 USD" in text
    assert "customer for" in text and "Where is my machine?" in text and "timeline:" in text


def test_cli_profile_errors_are_one_line(db_path, db, capsys):
    assert main(["--db", str(db_path), "profile", "NOPE"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "crm-app: no customer with code 'NOPE'"
    assert main(["--db", str(db_path), "profile", "NOPE", "--as-of", "yesterday"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
