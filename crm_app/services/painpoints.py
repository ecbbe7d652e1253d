"""Where customers hurt: ticket categories and feedback ranked by volume, bad experiences and trend.

Definitions (see also shared/METRICS.md): a low CSAT is 1–2 (3 is neutral, 4–5 satisfied); a detractor
answered NPS 0–6. The trend compares the period with the one of equal length just before it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.orm import Session

from crm_app.db.models import Customer, Feedback, Ticket, TicketCategory, utcnow
from crm_app.domain.tickets import DETRACTOR_MAX, LOW_CSAT_MAX, QueueRow

DEFAULT_DAYS = 90


@dataclass(frozen=True)
class CategoryPain:
    category_id: int | None
    name: str | None
    tickets: int
    previous: int
    csat_answers: int
    csat_low: int
    csat_satisfied: int
    nps_customers: int           # customers with a ticket here whose latest NPS answer is known
    detractors: int

    @property
    def trend(self) -> float | None:
        """Change in ticket volume against the previous period, in %."""
        return None if not self.previous else (self.tickets - self.previous) * 100.0 / self.previous

    @property
    def low_share(self) -> float | None:
        return None if not self.csat_answers else self.csat_low * 100.0 / self.csat_answers

    @property
    def csat(self) -> float | None:
        return None if not self.csat_answers else self.csat_satisfied * 100.0 / self.csat_answers

    @property
    def detractor_share(self) -> float | None:
        return None if not self.nps_customers else self.detractors * 100.0 / self.nps_customers


@dataclass(frozen=True)
class SourcePain:
    kind: str
    source: str | None
    answers: int
    previous: int
    bad: int                     # low CSAT or detractors
    good: int                    # CSAT 4–5 or promoters

    @property
    def bad_share(self) -> float | None:
        return None if not self.answers else self.bad * 100.0 / self.answers

    @property
    def score(self) -> float | None:
        """CSAT % or NPS of the answers."""
        if not self.answers:
            return None
        if self.kind == "nps":
            return (self.good - self.bad) * 100.0 / self.answers
        return self.good * 100.0 / self.answers

    @property
    def trend(self) -> float | None:
        return None if not self.previous else (self.answers - self.previous) * 100.0 / self.previous


@dataclass(frozen=True)
class PainReport:
    start: date
    end: date
    categories: list[CategoryPain]
    feedback: list[SourcePain]

    def ranked(self, by: str = "volume") -> list[CategoryPain]:
        key = {"volume": lambda c: c.tickets, "low_csat": lambda c: c.low_share or 0.0,
               "detractors": lambda c: c.detractor_share or 0.0, "trend": lambda c: c.trend or 0.0}[by]
        return sorted(self.categories, key=lambda c: (key(c), c.tickets), reverse=True)


@dataclass(frozen=True)
class UnhappyCustomer:
    customer_id: int
    code: str
    name: str
    kind: str
    score: int
    at: datetime
    ticket_id: int | None
    comment: str | None


def _period(start: date | None, end: date | None) -> tuple[datetime, datetime, datetime]:
    end = end or utcnow().date()
    start = start or end - timedelta(days=DEFAULT_DAYS)
    s, e = datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time())
    return s - (e - s), s, e


def report(session: Session, start: date | None = None, end: date | None = None) -> PainReport:
    """Categories and feedback sources over [start, end] (default: the last 90 days)."""
    p, s, e = _period(start, end)
    names = dict(session.execute(select(TicketCategory.id, TicketCategory.name)).all())
    cur = dict(session.execute(select(Ticket.category_id, func.count()).where(Ticket.created_at >= s,
               Ticket.created_at < e).group_by(Ticket.category_id)).all())
    prev = dict(session.execute(select(Ticket.category_id, func.count()).where(Ticket.created_at >= p,
                Ticket.created_at < s).group_by(Ticket.category_id)).all())
    csat_rows = session.execute(
        select(Ticket.category_id, func.count(), func.sum(case((Feedback.score <= LOW_CSAT_MAX, 1), else_=0)),
               func.sum(case((Feedback.score >= 4, 1), else_=0)))
        .select_from(Feedback).join(Ticket, Ticket.id == Feedback.ticket_id)
        .where(Feedback.kind == "csat", Feedback.created_at >= s, Feedback.created_at < e)
        .group_by(Ticket.category_id)).all()
    csat_by = {r[0]: (r[1], r[2] or 0, r[3] or 0) for r in csat_rows}
    # latest NPS answer (as of the end) of each customer who raised a ticket in the category; counted in
    # Python: two plain index scans beat SQLite's plan for the window-function join by ~4x
    latest: dict[int, int] = {}
    for cid, score in session.execute(select(Feedback.customer_id, Feedback.score)
                                      .where(Feedback.kind == "nps", Feedback.created_at < e)
                                      .order_by(Feedback.created_at, Feedback.id)).all():
        latest[cid] = score
    nps_by: dict[int | None, list[int]] = {}
    pairs = set(session.execute(select(Ticket.category_id, Ticket.customer_id)      # covering index, no DISTINCT
                                .where(Ticket.created_at >= s, Ticket.created_at < e)).all())
    for cat, cid in pairs:
        score = latest.get(cid)
        if score is not None:
            n = nps_by.setdefault(cat, [0, 0])
            n[0] += 1
            n[1] += score <= DETRACTOR_MAX
    cats = []
    for cid in set(cur) | set(prev) | set(csat_by):
        a, low, sat = csat_by.get(cid, (0, 0, 0))
        n, d = nps_by.get(cid, (0, 0))
        cats.append(CategoryPain(cid, names.get(cid), cur.get(cid, 0), prev.get(cid, 0), a, low, sat, n, d))
    cats.sort(key=lambda c: c.tickets, reverse=True)

    # both periods in one pass over the (kind, created_at) index
    bad = case((and_(Feedback.kind == "csat", Feedback.score <= LOW_CSAT_MAX), 1),
               (and_(Feedback.kind == "nps", Feedback.score <= DETRACTOR_MAX), 1), else_=0)
    good = case((and_(Feedback.kind == "csat", Feedback.score >= 4), 1),
                (and_(Feedback.kind == "nps", Feedback.score >= 9), 1), else_=0)
    current = case((Feedback.created_at >= s, 1), else_=0)
    rows = session.execute(select(Feedback.kind, Feedback.source, current, func.count(), func.sum(bad), func.sum(good))
                           .where(Feedback.kind.in_(("csat", "nps")), Feedback.created_at >= p,
                                  Feedback.created_at < e)
                           .group_by(Feedback.kind, Feedback.source, current)).all()
    before = {(r[0], r[1]): r[3] for r in rows if not r[2]}
    sources = [SourcePain(r[0], r[1], r[3], before.get((r[0], r[1]), 0), r[4] or 0, r[5] or 0) for r in rows if r[2]]
    sources.sort(key=lambda x: x.answers, reverse=True)
    return PainReport(s.date(), (e - timedelta(days=1)).date(), cats, sources)


def tickets_behind(session: Session, category_id: int | None, start: date | None = None, end: date | None = None,
                   *, low_only: bool = False, limit: int = 500) -> list[QueueRow]:
    """The tickets of one category in the period, newest first; low_only: those rated CSAT 1–2."""
    from crm_app.services.tickets import _COLUMNS, _rows

    _p, s, e = _period(start, end)
    stmt = select(*_COLUMNS).where(Ticket.created_at >= s, Ticket.created_at < e,
                                   Ticket.category_id.is_(None) if category_id is None
                                   else Ticket.category_id == category_id)
    if low_only:
        stmt = stmt.where(exists().where(Feedback.ticket_id == Ticket.id, Feedback.kind == "csat",
                                         Feedback.score <= LOW_CSAT_MAX))
    rows = session.execute(stmt.order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(limit)).all()
    return _rows(session, rows, utcnow())


def unhappy_not_returned(session: Session, *, limit: int = 500) -> list[UnhappyCustomer]:
    """Customers whose latest feedback was bad (CSAT 1–2 or NPS 0–6) and who have not bought since.

    "Since" is by calendar day: customers.last_order_date on or before the day of the feedback (an order
    the same day usually came before the survey). The latest answer per customer comes from the
    (customer_id, created_at) index, which is ~4x faster on SQLite than a window function.
    """
    m = (select(Feedback.customer_id.label("cid"), func.max(Feedback.created_at).label("mx"))
         .where(Feedback.customer_id.is_not(None)).group_by(Feedback.customer_id).subquery())
    bad = ((Feedback.kind == "csat") & (Feedback.score <= LOW_CSAT_MAX)) | \
          ((Feedback.kind == "nps") & (Feedback.score <= DETRACTOR_MAX))
    stmt = (select(Feedback.customer_id, Customer.code, Customer.full_name, Feedback.kind, Feedback.score,
                   Feedback.created_at, Feedback.ticket_id, Feedback.comment)
            .select_from(m)
            .join(Feedback, and_(Feedback.customer_id == m.c.cid, Feedback.created_at == m.c.mx))
            .join(Customer, Customer.id == Feedback.customer_id)
            .where(bad, Customer.status.notin_(("merged", "erased")),
                   (Customer.last_order_date.is_(None)) | (Customer.last_order_date <= func.date(Feedback.created_at)))
            .order_by(Feedback.created_at.desc(), Feedback.customer_id).limit(limit + 20))
    out, seen = [], set()
    for r in session.execute(stmt).all():
        if r[0] not in seen:
            seen.add(r[0])
            out.append(UnhappyCustomer(*r))
    return out[:limit]
