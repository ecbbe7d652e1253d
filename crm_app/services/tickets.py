"""Support tickets: lifecycle with history and audit, replies and notes, SLAs, CSAT and NPS, the queue.

Every function takes the Session of the caller's one transaction (`with db.write() as s:`).
Each change of status, priority, assignee or category writes a `ticket_events` row and an audit entry.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, func, literal_column, or_, select
from sqlalchemy.orm import Session

from crm_app import config
from crm_app.db.models import (Customer, Feedback, SlaPolicy, Ticket, TicketCategory, TicketComment, TicketEvent,
                               User, utcnow)
from crm_app.domain.enums import FeedbackKind, Priority, TicketStatus
from crm_app.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from crm_app.domain.tickets import (OPEN_STATUSES, PRIORITY_RANK, BusinessHours, Choice, QueueFilter, QueueRow,
                                    SlaTarget, TicketDetail, TicketInput, ThreadItem, can_transition, check_csat,
                                    check_nps, clean_ticket, due_times, sla_state)
from crm_app.services import audit, settings

BUSINESS_HOURS = config.Setting("support_business_hours", str, "mon-fri 09:00-17:00 +00:00", "CRM_BUSINESS_HOURS",
                                "working days and hours of the support desk for business-hours SLAs")
DUE_SOON = timedelta(hours=4)
UNSET = object()


def business_hours(session: Session) -> BusinessHours:
    return BusinessHours.parse(settings.get(session, BUSINESS_HOURS))


def set_business_hours(session: Session, spec: str) -> None:
    BusinessHours.parse(spec)  # validate
    settings.put(session, BUSINESS_HOURS, spec)


def sla_target(session: Session, priority: str) -> SlaTarget | None:
    p = session.scalar(select(SlaPolicy).where(SlaPolicy.priority == priority))
    return None if p is None else SlaTarget(p.first_response_minutes, p.resolution_minutes, bool(p.business_hours))


def _get(session: Session, ticket_id: int, expected_version: int | None = None) -> Ticket:
    t = session.get(Ticket, ticket_id)
    if t is None:
        raise NotFound(f"no ticket #{ticket_id}")
    if expected_version is not None and t.version != expected_version:
        raise ConflictError(f"ticket #{ticket_id} was changed by someone else; reload it")
    return t


def _event(session: Session, t: Ticket, field: str, old, new, user_id: int | None, now: datetime) -> None:
    session.add(TicketEvent(ticket_id=t.id, field=field, old_value=None if old is None else str(old),
                            new_value=None if new is None else str(new), user_id=user_id, at=now))
    audit.record(session, f"ticket.{field}", "ticket", t.id, {"old": old, "new": new}, user_id)


# --- lifecycle --------------------------------------------------------------------------------------
def create_ticket(session: Session, data: TicketInput, *, user_id: int | None = None,
                  now: datetime | None = None) -> Ticket:
    data = clean_ticket(data)
    now = now or utcnow()
    errors = []
    if data.customer_id is not None and session.get(Customer, data.customer_id) is None:
        errors.append(FieldError("customer", f"no customer #{data.customer_id}"))
    if data.category_id is not None and session.get(TicketCategory, data.category_id) is None:
        errors.append(FieldError("category", "unknown category"))
    if data.assignee_id is not None and session.get(User, data.assignee_id) is None:
        errors.append(FieldError("assignee", "unknown user"))
    if errors:
        raise ValidationError(errors)
    fr_due, res_due = due_times(now, sla_target(session, data.priority), business_hours(session))
    t = Ticket(subject=data.subject, description=data.description, customer_id=data.customer_id,
               channel=data.channel, category_id=data.category_id, priority=data.priority,
               status=TicketStatus.NEW if data.assignee_id is None else TicketStatus.OPEN,
               assignee_id=data.assignee_id, order_id=data.order_id, tags=" ".join(data.tags) or None,
               created_at=now, updated_at=now, first_response_due_at=fr_due, resolution_due_at=res_due)
    session.add(t)
    session.flush()
    session.add(TicketEvent(ticket_id=t.id, field="status", old_value=None, new_value=t.status, user_id=user_id,
                            at=now))
    audit.record(session, "ticket.create", "ticket", t.id,
                 {"customer_id": t.customer_id, "channel": t.channel, "priority": t.priority}, user_id)
    return t


def set_status(session: Session, ticket_id: int, status: str, *, user_id: int | None = None,
               now: datetime | None = None, expected_version: int | None = None) -> Ticket:
    if status not in set(TicketStatus):
        raise ValidationError([FieldError("status", f"unknown status {status!r}")])
    t = _get(session, ticket_id, expected_version)
    if t.status == status:
        return t
    if not can_transition(t.status, status):
        raise ValidationError([FieldError("status", f"a {t.status} ticket cannot become {status}")])
    now = now or utcnow()
    old = t.status
    if status == TicketStatus.RESOLVED:
        t.resolved_at, t.closed_at = t.resolved_at or now, None
    elif status == TicketStatus.CLOSED:
        t.resolved_at, t.closed_at = t.resolved_at or now, now
    else:                                       # (re)opened
        t.resolved_at = t.closed_at = None
    t.status = status
    t.updated_at = now
    _event(session, t, "status", old, status, user_id, now)
    return t


def set_priority(session: Session, ticket_id: int, priority: str, *, user_id: int | None = None,
                 now: datetime | None = None, expected_version: int | None = None) -> Ticket:
    """A new priority moves the SLA due times (still counted from the ticket's creation)."""
    if priority not in set(Priority):
        raise ValidationError([FieldError("priority", f"unknown priority {priority!r}")])
    t = _get(session, ticket_id, expected_version)
    if t.priority == priority:
        return t
    now = now or utcnow()
    old = t.priority
    t.priority = priority
    t.first_response_due_at, t.resolution_due_at = due_times(t.created_at, sla_target(session, priority),
                                                             business_hours(session))
    t.updated_at = now
    _event(session, t, "priority", old, priority, user_id, now)
    return t


def assign(session: Session, ticket_id: int, assignee_id: int | None, *, user_id: int | None = None,
           now: datetime | None = None, expected_version: int | None = None) -> Ticket:
    t = _get(session, ticket_id, expected_version)
    if t.assignee_id == assignee_id:
        return t
    if assignee_id is not None and session.get(User, assignee_id) is None:
        raise ValidationError([FieldError("assignee", "unknown user")])
    now = now or utcnow()
    old = t.assignee_id
    t.assignee_id = assignee_id
    t.updated_at = now
    _event(session, t, "assignee", old, assignee_id, user_id, now)
    if t.status == TicketStatus.NEW and assignee_id is not None:
        set_status(session, t.id, TicketStatus.OPEN, user_id=user_id, now=now)
    return t


def set_category(session: Session, ticket_id: int, category_id: int | None, *, user_id: int | None = None,
                 now: datetime | None = None) -> Ticket:
    t = _get(session, ticket_id)
    if t.category_id == category_id:
        return t
    if category_id is not None and session.get(TicketCategory, category_id) is None:
        raise ValidationError([FieldError("category", "unknown category")])
    now = now or utcnow()
    old = t.category_id
    t.category_id = category_id
    t.updated_at = now
    _event(session, t, "category", old, category_id, user_id, now)
    return t


def add_comment(session: Session, ticket_id: int, body: str, *, internal: bool = False,
                user_id: int | None = None, now: datetime | None = None) -> TicketComment:
    """A public reply (sets first_response_at the first time; a new ticket becomes open) or an internal note."""
    text = (body or "").strip()
    if not text:
        raise ValidationError([FieldError("body", "the reply is empty")])
    t = _get(session, ticket_id)
    now = now or utcnow()
    c = TicketComment(ticket_id=t.id, author_id=user_id, internal=internal, body=text, created_at=now)
    session.add(c)
    if not internal:
        if t.first_response_at is None:
            t.first_response_at = now
        if t.status == TicketStatus.NEW:
            set_status(session, t.id, TicketStatus.OPEN, user_id=user_id, now=now)
    t.updated_at = now
    session.flush()
    audit.record(session, "ticket.note" if internal else "ticket.reply", "ticket", t.id, {"comment_id": c.id},
                 user_id)
    return c


def record_csat(session: Session, ticket_id: int, score: int, comment: str | None = None, *,
                source: str = "ticket", now: datetime | None = None) -> Feedback:
    """CSAT (1–5) of a ticket: one answer per ticket, a second answer replaces the first."""
    check_csat(score)
    t = _get(session, ticket_id)
    now = now or utcnow()
    fb = session.scalar(select(Feedback).where(Feedback.ticket_id == t.id, Feedback.kind == FeedbackKind.CSAT))
    if fb is None:
        fb = Feedback(customer_id=t.customer_id, ticket_id=t.id, kind=FeedbackKind.CSAT, score=score,
                      comment=(comment or "").strip() or None, source=source, created_at=now)
        session.add(fb)
    else:
        fb.score, fb.comment, fb.created_at = score, (comment or "").strip() or None, now
    session.flush()
    audit.record(session, "feedback.csat", "ticket", t.id, {"score": score}, None)
    return fb


def resolve(session: Session, ticket_id: int, *, csat: int | None = None, csat_comment: str | None = None,
            reply: str | None = None, user_id: int | None = None, now: datetime | None = None) -> Ticket:
    """Resolve a ticket, optionally with a last public reply and the customer's CSAT answer."""
    now = now or utcnow()
    check_csat(csat)
    if reply and reply.strip():
        add_comment(session, ticket_id, reply, user_id=user_id, now=now)
    t = set_status(session, ticket_id, TicketStatus.RESOLVED, user_id=user_id, now=now)
    if csat is not None:
        record_csat(session, ticket_id, csat, csat_comment, now=now)
    return t


def record_nps(session: Session, customer_id: int, score: int, comment: str | None = None,
               source: str = "survey", *, now: datetime | None = None, user_id: int | None = None) -> Feedback:
    check_nps(score)
    if session.get(Customer, customer_id) is None:
        raise NotFound(f"no customer #{customer_id}")
    fb = Feedback(customer_id=customer_id, kind=FeedbackKind.NPS, score=score, comment=(comment or "").strip() or None,
                  source=(source or "survey").strip()[:32], created_at=now or utcnow())
    session.add(fb)
    session.flush()
    audit.record(session, "feedback.nps", "customer", customer_id, {"score": score, "source": fb.source}, user_id)
    return fb


def bulk_update(session: Session, ticket_ids: list[int], *, status: str | None = None, assignee_id=UNSET,
                user_id: int | None = None, now: datetime | None = None) -> int:
    """Change the status and/or assignee of many tickets in the caller's one transaction (all or nothing)."""
    now = now or utcnow()
    for tid in ticket_ids:
        if assignee_id is not UNSET:
            assign(session, tid, assignee_id, user_id=user_id, now=now)
        if status is not None:
            set_status(session, tid, status, user_id=user_id, now=now)
    return len(ticket_ids)


# --- reading -------------------------------------------------------------------------------------
def detail(session: Session, ticket_id: int, now: datetime | None = None) -> TicketDetail:
    t = _get(session, ticket_id)
    now = now or utcnow()
    customer = session.get(Customer, t.customer_id) if t.customer_id else None
    names = dict(session.execute(select(User.id, User.display_name)).all())
    cat = session.get(TicketCategory, t.category_id) if t.category_id else None
    thread: list[ThreadItem] = []
    for c in session.scalars(select(TicketComment).where(TicketComment.ticket_id == t.id)):
        thread.append(ThreadItem(c.created_at, "note" if c.internal else "reply", names.get(c.author_id), c.body))
    for e in session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == t.id)):
        old, new = e.old_value, e.new_value
        if e.field == "assignee":
            old = names.get(int(old)) if old else None
            new = names.get(int(new)) if new else None
        elif e.field == "category":
            cats = dict(session.execute(select(TicketCategory.id, TicketCategory.name)).all())
            old = cats.get(int(old)) if old else None
            new = cats.get(int(new)) if new else None
        thread.append(ThreadItem(e.at, "event", names.get(e.user_id), "", e.field, old, new))
    thread.sort(key=lambda i: (i.at, i.kind != "event"))
    score = session.scalar(select(Feedback.score).where(Feedback.ticket_id == t.id, Feedback.kind == FeedbackKind.CSAT)
                           .order_by(Feedback.created_at.desc()).limit(1))
    return TicketDetail(
        id=t.id, subject=t.subject, description=t.description, customer_id=t.customer_id,
        customer=customer.full_name if customer else None, customer_code=customer.code if customer else None,
        channel=t.channel, category_id=t.category_id, category=cat.name if cat else None, priority=t.priority,
        status=t.status, assignee_id=t.assignee_id, assignee=names.get(t.assignee_id), order_id=t.order_id,
        tags=tuple((t.tags or "").split()), created_at=t.created_at, first_response_at=t.first_response_at,
        resolved_at=t.resolved_at, closed_at=t.closed_at, first_response_due_at=t.first_response_due_at,
        resolution_due_at=t.resolution_due_at,
        sla=sla_state(now, t.first_response_due_at, t.resolution_due_at, t.first_response_at, t.resolved_at),
        csat=score, version=t.version, thread=thread)


def users(session: Session) -> list[Choice]:
    return [Choice(i, n) for i, n in session.execute(select(User.id, User.display_name).where(User.active)
                                                      .order_by(User.display_name))]


def categories(session: Session) -> list[Choice]:
    return [Choice(i, n) for i, n in session.execute(select(TicketCategory.id, TicketCategory.name)
                                                      .where(TicketCategory.active).order_by(TicketCategory.name))]


def customer_name(session: Session, customer_id: int) -> str:
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(f"no customer #{customer_id}")
    return c.full_name


# --- the queue -------------------------------------------------------------------------------------
def _narrow(f: QueueFilter) -> bool:
    """Open work only: a few thousand tickets even when the table holds millions."""
    return bool((f.statuses and not {"closed", "resolved"} & set(f.statuses)) or f.sla or f.customer_id)


def _where(f: QueueFilter, now: datetime, *, with_status: bool = True, plus: bool = False) -> list:
    """Filter conditions. plus=True (SQLite): a '+' on every non-status column keeps the planner on the
    status index — its statistics only know the average rows per status (closed ≈ all tickets), so it
    would otherwise walk a channel/priority/assignee/due index over a million rows for a few thousand."""
    conds = []
    off = plus

    def c(column):
        return literal_column("+tickets." + column.key, type_=column.type) if off else column

    if with_status and f.statuses:
        conds.append(Ticket.status.in_(f.statuses))
    if f.priorities:
        conds.append(c(Ticket.priority).in_(f.priorities))
    if f.assignee_id is not None:
        who = c(Ticket.assignee_id)
        conds.append(who.is_(None) if f.assignee_id == -1 else who == f.assignee_id)
    if f.channels:
        conds.append(c(Ticket.channel).in_(f.channels))
    if f.category_id is not None:
        conds.append(c(Ticket.category_id) == f.category_id)
    if f.customer_id is not None:
        conds.append(Ticket.customer_id == f.customer_id)
    if f.sla in ("breached", "due_soon"):
        if with_status:
            conds.append(Ticket.status.in_([str(s) for s in OPEN_STATUSES]))
        limit = now if f.sla == "breached" else now + DUE_SOON
        res_due, fr_due = c(Ticket.resolution_due_at), c(Ticket.first_response_due_at)
        late = or_(res_due < limit, and_(Ticket.first_response_at.is_(None), fr_due < limit))
        conds.append(late)
        if f.sla == "due_soon":
            conds.append(res_due >= now)
            conds.append(or_(Ticket.first_response_at.is_not(None), fr_due >= now))
    text = (f.text or "").strip()
    if text:
        digits = text.lstrip("#")
        if digits.isdigit():
            conds.append(Ticket.id == int(digits))
        else:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conds.append(or_(Ticket.subject.ilike(pattern, escape="\\"),
                             Ticket.description.ilike(pattern, escape="\\")))
    return conds


_COLUMNS = (Ticket.id, Ticket.subject, Ticket.customer_id, Ticket.customer_id, Ticket.channel, Ticket.category_id,
            Ticket.priority, Ticket.status, Ticket.assignee_id, Ticket.created_at, Ticket.updated_at,
            Ticket.first_response_due_at, Ticket.resolution_due_at, Ticket.first_response_at, Ticket.resolved_at)


def _base(conds):
    """Tickets only: names are looked up for the page's rows afterwards (joins before the sort cost more)."""
    return select(*_COLUMNS).where(*conds)


def _rows(session: Session, rows, now: datetime) -> list[QueueRow]:
    cids = {r[2] for r in rows if r[2] is not None}
    names = dict(session.execute(select(Customer.id, Customer.full_name).where(Customer.id.in_(cids))).all()) \
        if cids else {}
    users_ = dict(session.execute(select(User.id, User.display_name)).all())
    cats = dict(session.execute(select(TicketCategory.id, TicketCategory.name)).all())
    out = []
    for r in rows:
        st = sla_state(now, r[11], r[12], r[13], r[14])
        out.append(QueueRow(r[0], r[1], r[2], names.get(r[2]), r[4], cats.get(r[5]), r[6], r[7], users_.get(r[8]),
                            *r[9:], breached=st.breached and r[7] in OPEN_STATUSES))
    return out


def _keyset(col, value, tid, desc: bool):
    if desc:
        return or_(col < value, and_(col == value, Ticket.id < tid))
    return or_(col > value, and_(col == value, Ticket.id > tid))


def _plus(session: Session, f: QueueFilter) -> bool:
    return _narrow(f) and not f.customer_id and session.get_bind().dialect.name == "sqlite"


def _order_col(session: Session, f: QueueFilter, col):
    """The ORDER BY column; on SQLite with a narrow filter (open statuses, SLA) a '+' keeps the planner
    off the sort column's index, so it reads the small status range and sorts a few thousand rows."""
    if _narrow(f) and session.get_bind().dialect.name == "sqlite" and (col is not Ticket.created_at
                                                                       or not f.customer_id):
        return literal_column("+tickets." + col.key, type_=col.type)
    return col


def _created(session: Session, f: QueueFilter):
    return _order_col(session, f, Ticket.created_at)


SIMPLE_SORTS = {"created": Ticket.created_at, "id": Ticket.id, "due": Ticket.resolution_due_at}
GROUPED_SORTS = {"priority": (Ticket.priority, [str(p) for p in sorted(PRIORITY_RANK, key=PRIORITY_RANK.get)]),
                 "status": (Ticket.status, [str(s) for s in TicketStatus])}


def queue_page(session: Session, f: QueueFilter = QueueFilter(), sort: str = "created", descending: bool = True,
               after: tuple | None = None, limit: int = 200, now: datetime | None = None) -> list[tuple[QueueRow, tuple]]:
    """One page of the queue, keyset paged: pass the key of the last row to get the next page.

    Sorts: created, id, due (resolution due) — one index range each; priority and status — by group
    (urgent first when descending), newest first within a group, one indexed query per group.
    """
    now = now or utcnow()
    conds = _where(f, now, plus=_plus(session, f))
    if sort in GROUPED_SORTS:
        col, order = GROUPED_SORTS[sort]
        groups = list(reversed(order)) if descending else order
        out: list[tuple[QueueRow, tuple]] = []
        start = 0 if after is None else groups.index(after[0])
        for gi in range(start, len(groups)):
            g = groups[gi]
            extra = [(col if col is Ticket.status else _order_col(session, f, col)) == g]
            if after is not None and gi == start:
                extra.append(_keyset(_created(session, f), after[1], after[2], True))
            rows = session.execute(_base(conds + extra).order_by(_created(session, f).desc(), Ticket.id.desc())
                                   .limit(limit - len(out))).all()
            out.extend(zip(_rows(session, rows, now), [(g, r[9], r[0]) for r in rows]))
            if len(out) >= limit:
                break
        return out
    col = SIMPLE_SORTS.get(sort, Ticket.created_at)
    if col is Ticket.resolution_due_at:
        conds.append(col.is_not(None))          # sorting by due time lists the tickets that have one
    if after is not None:
        if col is Ticket.id:
            conds.append(Ticket.id < after[1] if descending else Ticket.id > after[1])
        else:
            conds.append(_keyset(_order_col(session, f, col), after[0], after[1], descending))
    ocol = _order_col(session, f, col)
    order = [ocol.desc() if descending else ocol.asc()]
    if col is not Ticket.id:
        order.append(Ticket.id.desc() if descending else Ticket.id.asc())
    rows = session.execute(_base(conds).order_by(*order).limit(limit)).all()
    idx = {"created": 9, "id": 0, "due": 12}.get(sort, 9)
    return list(zip(_rows(session, rows, now), [(r[idx], r[0]) for r in rows]))


COUNT_CAP = 10_000


def status_counts(session: Session, f: QueueFilter = QueueFilter(), now: datetime | None = None,
                  cap: int = COUNT_CAP) -> dict[str, int]:
    """Tickets per status under every filter except the status filter itself.

    Each status is counted through its own index range and stops at `cap` (shown as "10,000+"), so a
    million closed tickets cost no more than ten thousand.
    """
    now = now or utcnow()
    conds = _where(f, now, with_status=False, plus=session.get_bind().dialect.name == "sqlite")
    counts = {}
    for status in TicketStatus:
        if f.sla and status not in OPEN_STATUSES:
            counts[str(status)] = 0
            continue
        inner = select(Ticket.id).where(Ticket.status == status, *conds).limit(cap + 1).subquery()
        counts[str(status)] = session.scalar(select(func.count()).select_from(inner)) or 0
    return counts
