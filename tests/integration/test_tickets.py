"""Ticket lifecycle, history and audit, SLA due times, CSAT/NPS, queue filters and paging, bulk changes."""
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from crm_app.db.models import AuditLog, Feedback, Ticket, TicketEvent, User
from crm_app.domain.customer import CustomerInput
from crm_app.domain.errors import ConflictError, ValidationError
from crm_app.domain.tickets import QueueFilter, TicketInput
from crm_app.services import customers
from crm_app.services import tickets as svc
from crm_app.services.support_backend import SupportBackend

MONDAY = datetime(2026, 11, 16, 10, 0)


@pytest.fixture
def cust(db):
    with db.write() as s:
        return customers.create_customer(s, CustomerInput("Layla Haddad", phones=("+1 415 555 0101",))).id


@pytest.fixture
def agent(db):
    with db.write() as s:
        u = User(username="sam", display_name="Sam Agent", role="support")
        s.add(u)
        s.flush()
        return u.id


def test_lifecycle_history_and_audit(db, cust, agent):
    with db.write() as s:
        t = svc.create_ticket(s, TicketInput("Parcel late", cust, "email", priority="urgent"), now=MONDAY)
        tid = t.id
        assert t.status == "new"
        # urgent: 30 min / 4 h around the clock (reference data)
        assert t.first_response_due_at == MONDAY + timedelta(minutes=30)
        assert t.resolution_due_at == MONDAY + timedelta(hours=4)
    with db.write() as s:
        svc.add_comment(s, tid, "Checking with the courier", internal=True, user_id=agent,
                        now=MONDAY + timedelta(minutes=5))
        t = s.get(Ticket, tid)
        assert t.first_response_at is None and t.status == "new"       # a note is not a response
        svc.add_comment(s, tid, "We are on it", user_id=agent, now=MONDAY + timedelta(minutes=20))
        assert t.first_response_at == MONDAY + timedelta(minutes=20) and t.status == "open"
        svc.add_comment(s, tid, "Second reply", user_id=agent, now=MONDAY + timedelta(minutes=40))
        assert t.first_response_at == MONDAY + timedelta(minutes=20)
        svc.assign(s, tid, agent, now=MONDAY + timedelta(minutes=41))
        svc.set_status(s, tid, "pending", now=MONDAY + timedelta(minutes=42))
    with db.write() as s:
        svc.resolve(s, tid, csat=2, csat_comment="slow", user_id=agent, now=MONDAY + timedelta(hours=5))
        t = s.get(Ticket, tid)
        assert t.status == "resolved" and t.resolved_at == MONDAY + timedelta(hours=5) and t.closed_at is None
    with db.write() as s:
        svc.set_status(s, tid, "closed", now=MONDAY + timedelta(days=2))
    with db.read() as s:
        d = svc.detail(s, tid, now=MONDAY + timedelta(days=3))
        assert d.closed_at == MONDAY + timedelta(days=2) and d.resolved_at == MONDAY + timedelta(hours=5)
        assert d.csat == 2
        assert d.sla.resolution_breached and not d.sla.first_response_breached
        kinds = [(i.kind, i.field) for i in d.thread]
        assert ("note", None) in kinds and kinds.count(("reply", None)) == 2
        statuses = [(i.old, i.new) for i in d.thread if i.field == "status"]
        assert statuses == [(None, "new"), ("new", "open"), ("open", "pending"), ("pending", "resolved"),
                            ("resolved", "closed")]
        assert [(i.old, i.new) for i in d.thread if i.field == "assignee"] == [(None, "Sam Agent")]
        fb = s.scalar(select(Feedback).where(Feedback.ticket_id == tid))
        assert (fb.kind, fb.score, fb.customer_id, fb.comment) == ("csat", 2, cust, "slow")
        actions = set(s.scalars(select(AuditLog.action).where(AuditLog.entity == "ticket", AuditLog.entity_id == tid)))
        assert {"ticket.create", "ticket.status", "ticket.assignee", "ticket.reply", "ticket.note",
                "feedback.csat"} <= actions
    with db.write() as s:
        svc.set_status(s, tid, "open")            # reopen clears the timestamps
        t = s.get(Ticket, tid)
        assert t.resolved_at is None and t.closed_at is None
        with pytest.raises(ValidationError):
            svc.set_status(s, tid, "bogus")


def test_invalid_transition_and_conflict(db, cust):
    with db.write() as s:
        tid = svc.create_ticket(s, TicketInput("x", cust)).id
        svc.set_status(s, tid, "closed")
    with db.write() as s, pytest.raises(ValidationError):
        svc.set_status(s, tid, "pending")
    b = SupportBackend(db)
    d = b.ticket(tid)
    b.update(tid, d.version, priority="high")
    with pytest.raises(ConflictError):
        b.update(tid, d.version, priority="low")      # stale version


def test_priority_change_moves_business_hours_due(db, cust):
    friday = datetime(2026, 11, 20, 16, 0)
    with db.write() as s:
        tid = svc.create_ticket(s, TicketInput("x", cust, priority="urgent"), now=friday).id
        svc.set_priority(s, tid, "high", now=friday)          # 2 h first response, business hours
        t = s.get(Ticket, tid)
        assert t.first_response_due_at == datetime(2026, 11, 23, 10, 0)
        svc.set_business_hours(s, "sun-thu 09:00-17:00")
        svc.set_priority(s, tid, "normal", now=friday)        # 8 h business
        assert t.first_response_due_at == datetime(2026, 11, 22, 17, 0)   # Fri/Sat off: Sun 09–17
        assert s.scalar(select(func.count()).select_from(TicketEvent)
                        .where(TicketEvent.ticket_id == tid, TicketEvent.field == "priority")) == 2


def test_csat_one_per_ticket_and_nps(db, cust):
    with db.write() as s:
        tid = svc.create_ticket(s, TicketInput("x", cust)).id
        svc.record_csat(s, tid, 3)
        svc.record_csat(s, tid, 5)
        svc.record_nps(s, cust, 9, "great staff", "in_store")
        with pytest.raises(ValidationError):
            svc.record_nps(s, cust, 11)
        with pytest.raises(ValidationError):
            svc.resolve(s, tid, csat=6)
    with db.read() as s:
        rows = s.execute(select(Feedback.kind, Feedback.score, Feedback.source).order_by(Feedback.id)).all()
        assert [tuple(r) for r in rows] == [("csat", 5, "ticket"), ("nps", 9, "in_store")]


def test_validation(db):
    with db.write() as s, pytest.raises(ValidationError) as e:
        svc.create_ticket(s, TicketInput("", 99999, "fax"))
    assert {"subject", "channel"} <= set(e.value.by_field())


def _seed(db, cust, agent, n=30):
    with db.write() as s:
        for i in range(n):
            svc.create_ticket(s, TicketInput(f"Issue {i} {'refund' if i % 5 == 0 else 'parcel'}", cust,
                                             ["phone", "email", "chat"][i % 3],
                                             priority=["low", "normal", "high", "urgent"][i % 4],
                                             assignee_id=agent if i % 2 else None),
                              now=MONDAY + timedelta(minutes=i))


def test_queue_filters_sorting_paging(db, cust, agent):
    _seed(db, cust, agent)
    now = MONDAY + timedelta(days=30)
    with db.read() as s:
        def ids(f=QueueFilter(), sort="created", desc=True, limit=200):
            return [r.id for r, _ in svc.queue_page(s, f, sort, desc, None, limit, now)]

        all_ids = ids()
        assert len(all_ids) == 30 and all_ids == sorted(all_ids, reverse=True)
        assert len(ids(QueueFilter(statuses=("new",)))) == 15
        assert len(ids(QueueFilter(priorities=("urgent",)))) == 7
        assert len(ids(QueueFilter(assignee_id=agent))) == 15
        assert len(ids(QueueFilter(assignee_id=-1))) == 15
        assert len(ids(QueueFilter(channels=("chat",)))) == 10
        assert len(ids(QueueFilter(text="REFUND"))) == 6
        assert ids(QueueFilter(text=f"#{all_ids[3]}")) == [all_ids[3]]
        assert len(ids(QueueFilter(sla="breached"))) == 30     # a month later, all are late
        assert ids(QueueFilter(sla="due_soon")) == []
        # keyset paging returns every row once, in order, for every sort
        for sort in ("created", "id", "due", "priority", "status"):
            for desc in (True, False):
                full = [r.id for r, _ in svc.queue_page(s, QueueFilter(), sort, desc, None, 200, now)]
                paged, after = [], None
                while True:
                    page = svc.queue_page(s, QueueFilter(), sort, desc, after, 7, now)
                    if not page:
                        break
                    paged += [r.id for r, _ in page]
                    after = page[-1][1]
                assert paged == full and len(full) == 30, (sort, desc)
        pri = [r.priority for r, _ in svc.queue_page(s, QueueFilter(), "priority", True, None, 200, now)]
        assert pri[:7] == ["urgent"] * 7 and pri[-7:] == ["low"] * 7
        counts = svc.status_counts(s, QueueFilter(statuses=("new",)), now)
        assert counts["new"] == 15 and counts["open"] == 15 and counts["closed"] == 0


def test_sla_due_soon(db, cust):
    with db.write() as s:
        tid = svc.create_ticket(s, TicketInput("x", cust, priority="urgent"), now=MONDAY).id
    with db.read() as s:
        soon = [r.id for r, _ in svc.queue_page(s, QueueFilter(sla="due_soon"), now=MONDAY + timedelta(minutes=1))]
        late = [r.id for r, _ in svc.queue_page(s, QueueFilter(sla="breached"), now=MONDAY + timedelta(minutes=1))]
        assert soon == [tid] and late == []
        row = svc.queue_page(s, QueueFilter(sla="breached"), now=MONDAY + timedelta(minutes=31))[0][0]
        assert row.id == tid and row.breached


def test_bulk_changes_one_transaction(db, cust, agent):
    _seed(db, cust, agent, 6)
    b = SupportBackend(db, user_id=agent)
    with db.read() as s:
        tids = [r.id for r, _ in svc.queue_page(s)]
    assert b.bulk(tids[:4], assignee_id=agent, status="pending") == 4
    with db.read() as s:
        rows = s.execute(select(Ticket.status, Ticket.assignee_id).where(Ticket.id.in_(tids[:4]))).all()
        assert {tuple(r) for r in rows} == {("pending", agent)}
    with db.write() as s:
        svc.set_status(s, tids[5], "closed")
    with pytest.raises(ValidationError):               # closed → pending is not allowed: nothing changes
        b.bulk([tids[4], tids[5]], status="pending")
    with db.read() as s:
        assert s.get(Ticket, tids[4]).status != "pending"


def test_backend_round_trip(db, cust, agent):
    b = SupportBackend(db, user_id=agent)
    assert b.customer_name(cust) == "Layla Haddad"
    ch = b.choices()
    assert any(u.name == "Sam Agent" for u in ch["users"]) and len(ch["categories"]) >= 10
    tid = b.create(TicketInput("Refund please", cust, "chat", category_id=ch["categories"][0].id))
    d = b.reply(tid, "Hello!")
    assert d.first_response_at is not None and d.status == "open"
    d = b.resolve(tid, 5, reply="Refunded, sorry for the wait")
    assert d.status == "resolved" and d.csat == 5 and [i.kind for i in d.thread].count("reply") == 2


def test_narrow_filters_page_like_wide_ones(db, cust, agent):
    """The SQLite planner hints ('+column') must not change results: compare with a Python filter."""
    _seed(db, cust, agent, 40)
    with db.write() as s:
        for tid in range(1, 41, 3):
            svc.set_status(s, tid, "pending", now=MONDAY + timedelta(hours=1))
    now = MONDAY + timedelta(hours=3)
    with db.read() as s:
        everything = [r for r, _ in svc.queue_page(s, QueueFilter(), "id", False, None, 500, now)]
        for f in (QueueFilter(statuses=("new", "pending"), priorities=("high", "urgent")),
                  QueueFilter(statuses=("pending",), assignee_id=agent, channels=("email", "chat")),
                  QueueFilter(sla="breached", assignee_id=-1), QueueFilter(sla="due_soon")):
            for sort in ("created", "due", "id", "priority"):
                paged, after = [], None
                while page := svc.queue_page(s, f, sort, True, after, 4, now):
                    paged += [r.id for r, _ in page]
                    after = page[-1][1]
                full = [r.id for r, _ in svc.queue_page(s, f, sort, True, None, 500, now)]
                assert paged == full, (f, sort)
            expect = {r.id for r in everything
                      if (not f.statuses or r.status in f.statuses)
                      and (not f.priorities or r.priority in f.priorities)
                      and (not f.channels or r.channel in f.channels)
                      and (f.assignee_id is None or (r.assignee is None if f.assignee_id == -1
                                                     else r.assignee == "Sam Agent"))
                      and (f.sla != "breached" or (r.status in ("new", "open", "pending") and r.breached))}
            if f.sla != "due_soon":
                assert set(full) == expect, f
            assert sum(svc.status_counts(s, f, now).values()) == len(set(full)) or f.statuses


def test_pain_points_and_unhappy_customers(db, cust):
    from datetime import date

    from crm_app.db.models import Customer
    from crm_app.services import painpoints

    with db.write() as s:
        other = customers.create_customer(s, CustomerInput("Omar Said")).id
        third = customers.create_customer(s, CustomerInput("Irina Volkova")).id
        cats = svc.categories(s)
        billing, delivery = cats[0].id, cats[1].id
        day = datetime(2026, 10, 1, 10, 0)
        for i in range(3):          # previous period: 1 billing ticket; current: 3
            t = svc.create_ticket(s, TicketInput(f"b{i}", cust, category_id=billing), now=day + timedelta(days=i))
            svc.resolve(s, t.id, csat=[1, 2, 5][i], now=day + timedelta(days=i, hours=2))
        svc.create_ticket(s, TicketInput("old", cust, category_id=billing), now=day - timedelta(days=60))
        t = svc.create_ticket(s, TicketInput("d", other, category_id=delivery), now=day)
        svc.resolve(s, t.id, csat=4, now=day + timedelta(hours=1))
        svc.record_nps(s, other, 3, "meh", now=day + timedelta(days=5))        # detractor …
        svc.record_nps(s, cust, 10, now=day - timedelta(days=1))               # promoter, then a bad CSAT
        svc.record_nps(s, third, 2, now=day)                                    # detractor who bought since
        s.get(Customer, other).last_order_date = date(2026, 9, 1)
        s.get(Customer, third).last_order_date = date(2026, 10, 20)
    with db.read() as s:
        rep = painpoints.report(s, date(2026, 9, 15), date(2026, 10, 30))
        by = {c.category_id: c for c in rep.categories}
        b = by[billing]
        assert (b.tickets, b.previous, b.csat_answers, b.csat_low, b.csat_satisfied) == (3, 1, 3, 2, 1)
        assert b.trend == pytest.approx(200.0) and b.low_share == pytest.approx(200 / 3)
        assert (b.nps_customers, b.detractors) == (1, 0)                 # cust's latest NPS is a 10
        assert (by[delivery].nps_customers, by[delivery].detractors) == (1, 1)
        assert rep.ranked("volume")[0].category_id == billing
        assert rep.ranked("detractors")[0].category_id == delivery
        nps_row = next(x for x in rep.feedback if x.kind == "nps")
        assert (nps_row.answers, nps_row.bad, nps_row.good) == (3, 2, 1)
        assert nps_row.score == pytest.approx((1 - 2) * 100 / 3)
        behind = painpoints.tickets_behind(s, billing, date(2026, 9, 15), date(2026, 10, 30), low_only=True)
        assert sorted(r.subject for r in behind) == ["b0", "b1"]
        unhappy = painpoints.unhappy_not_returned(s)
        # cust: latest feedback CSAT 5 (b2) → fine; other: NPS 3, no order since → listed; third bought since
        assert [(u.customer_id, u.kind, u.score) for u in unhappy] == [(other, "nps", 3)]
