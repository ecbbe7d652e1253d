"""Tickets as plain data: input validation, status rules, SLA arithmetic and CSAT/NPS figures.

Pure functions only (no database, no Qt). Timestamps are naive UTC, like the database.

SLA clock: due times count from the ticket's creation. A policy either runs around the clock or
counts business minutes only. Business hours are one window per business day (default Mon–Fri
09:00–17:00) in the business's fixed UTC offset; the clock does not stop while a ticket is pending.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from crm_app.domain.enums import Channel, Priority, TicketStatus
from crm_app.domain.errors import FieldError, ValidationError
from crm_app.domain.normalize import normalize_tag

OPEN_STATUSES = (TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING)
DONE_STATUSES = (TicketStatus.RESOLVED, TicketStatus.CLOSED)
PRIORITY_RANK = {Priority.LOW: 0, Priority.NORMAL: 1, Priority.HIGH: 2, Priority.URGENT: 3}
LOW_CSAT_MAX = 2          # CSAT 1–2 is a bad experience (3 is neutral; METRICS: satisfied = 4–5)
DETRACTOR_MAX = 6         # NPS 0–6

# Allowed status changes. Any open status may move to any other open status or be resolved;
# a resolved ticket may be closed or reopened; a closed ticket may only be reopened.
TRANSITIONS: dict[str, set[str]] = {
    TicketStatus.NEW: {TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.RESOLVED, TicketStatus.CLOSED},
    TicketStatus.OPEN: {TicketStatus.PENDING, TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.NEW},
    TicketStatus.PENDING: {TicketStatus.OPEN, TicketStatus.RESOLVED, TicketStatus.CLOSED},
    TicketStatus.RESOLVED: {TicketStatus.CLOSED, TicketStatus.OPEN},
    TicketStatus.CLOSED: {TicketStatus.OPEN},
}


def can_transition(old: str, new: str) -> bool:
    return old == new or new in TRANSITIONS.get(old, set())


# --- input ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TicketInput:
    subject: str
    customer_id: int | None = None
    channel: str = Channel.PHONE
    description: str | None = None
    category_id: int | None = None
    priority: str = Priority.NORMAL
    assignee_id: int | None = None
    order_id: int | None = None
    tags: tuple[str, ...] = ()


def clean_ticket(data: TicketInput) -> TicketInput:
    """Normalized copy of `data`, or ValidationError listing every bad field."""
    errors: list[FieldError] = []
    subject = " ".join((data.subject or "").split())
    if not subject:
        errors.append(FieldError("subject", "enter a subject"))
    elif len(subject) > 200:
        errors.append(FieldError("subject", "the subject is longer than 200 characters"))
    if data.channel not in set(Channel):
        errors.append(FieldError("channel", f"unknown channel {data.channel!r}"))
    if data.priority not in set(Priority):
        errors.append(FieldError("priority", f"unknown priority {data.priority!r}"))
    tags = tuple(dict.fromkeys(t for t in (normalize_tag(x) for x in data.tags) if t))
    if len(" ".join(tags)) > 200:
        errors.append(FieldError("tags", "too many tags"))
    if errors:
        raise ValidationError(errors)
    description = (data.description or "").strip() or None
    return TicketInput(subject=subject, customer_id=data.customer_id, channel=str(data.channel),
                       description=description, category_id=data.category_id, priority=str(data.priority),
                       assignee_id=data.assignee_id, order_id=data.order_id, tags=tags)


def check_csat(score: int | None) -> int | None:
    if score is None:
        return None
    if not isinstance(score, int) or not 1 <= score <= 5:
        raise ValidationError([FieldError("csat", "CSAT is a score from 1 to 5")])
    return score


def check_nps(score: int) -> int:
    if not isinstance(score, int) or not 0 <= score <= 10:
        raise ValidationError([FieldError("score", "NPS is a score from 0 to 10")])
    return score


# --- business hours and SLA arithmetic ---------------------------------------------------------
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_SPEC = re.compile(r"^\s*([a-z]{3})\s*-\s*([a-z]{3})\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})"
                   r"(?:\s+(?:utc)?([+-])(\d{1,2}):?(\d{2})?)?\s*$", re.I)


@dataclass(frozen=True)
class BusinessHours:
    """Working days (0 = Monday) with one daily window, in a fixed offset from UTC."""

    days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    start: time = time(9, 0)
    end: time = time(17, 0)
    utc_offset_minutes: int = 0

    @classmethod
    def parse(cls, spec: str) -> "BusinessHours":
        """'mon-fri 09:00-17:00', 'sun-thu 08:30-16:30 +03:00' (day range wraps around the week)."""
        m = _SPEC.match(spec or "")
        if not m or m.group(1).lower() not in DAYS or m.group(2).lower() not in DAYS:
            raise ValueError(f"business hours must look like 'mon-fri 09:00-17:00 +00:00', not {spec!r}")
        a, b = DAYS.index(m.group(1).lower()), DAYS.index(m.group(2).lower())
        days = frozenset((a + i) % 7 for i in range((b - a) % 7 + 1))
        start, end = time(int(m.group(3)), int(m.group(4))), time(int(m.group(5)), int(m.group(6)))
        if end <= start:
            raise ValueError("business hours must end after they start on the same day")
        offset = 0
        if m.group(7):
            offset = int(m.group(8)) * 60 + int(m.group(9) or 0)
            offset = -offset if m.group(7) == "-" else offset
        return cls(days, start, end, offset)

    @property
    def minutes_per_day(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


DEFAULT_HOURS = BusinessHours()


def add_business_minutes(start: datetime, minutes: int, hours: BusinessHours = DEFAULT_HOURS) -> datetime:
    """The moment `minutes` working minutes after `start` (naive UTC in, naive UTC out)."""
    if minutes < 0:
        raise ValueError("minutes must be 0 or more")
    if not hours.days:
        raise ValueError("business hours need at least one working day")
    offset = timedelta(minutes=hours.utc_offset_minutes)
    local = start + offset
    left = timedelta(minutes=minutes)
    while True:
        day_start = datetime.combine(local.date(), hours.start)
        day_end = datetime.combine(local.date(), hours.end)
        if local.weekday() in hours.days and local < day_end:
            begin = max(local, day_start)
            if left <= day_end - begin:
                return begin + left - offset
            left -= day_end - begin
        local = datetime.combine(local.date() + timedelta(days=1), time(0))


def business_minutes_between(a: datetime, b: datetime, hours: BusinessHours = DEFAULT_HOURS) -> int:
    """Working minutes in [a, b) (0 when b <= a)."""
    if b <= a:
        return 0
    offset = timedelta(minutes=hours.utc_offset_minutes)
    la, lb = a + offset, b + offset
    total = timedelta()
    day = la.date()
    while day <= lb.date():
        if day.weekday() in hours.days:
            s = max(la, datetime.combine(day, hours.start))
            e = min(lb, datetime.combine(day, hours.end))
            if e > s:
                total += e - s
        day += timedelta(days=1)
    return int(total.total_seconds() // 60)


@dataclass(frozen=True)
class SlaTarget:
    first_response_minutes: int
    resolution_minutes: int
    business_hours: bool = False


def due_at(created: datetime, minutes: int, business: bool, hours: BusinessHours = DEFAULT_HOURS) -> datetime:
    if business:
        return add_business_minutes(created, minutes, hours)
    return created + timedelta(minutes=minutes)


def due_times(created: datetime, target: SlaTarget | None,
              hours: BusinessHours = DEFAULT_HOURS) -> tuple[datetime | None, datetime | None]:
    """(first response due, resolution due) of a ticket created at `created`."""
    if target is None:
        return None, None
    return (due_at(created, target.first_response_minutes, target.business_hours, hours),
            due_at(created, target.resolution_minutes, target.business_hours, hours))


@dataclass(frozen=True)
class SlaState:
    first_response_breached: bool
    resolution_breached: bool
    first_response_left: timedelta | None     # time left (negative when overdue); None once answered
    resolution_left: timedelta | None         # None once resolved

    @property
    def breached(self) -> bool:
        return self.first_response_breached or self.resolution_breached


def sla_state(now: datetime, first_response_due: datetime | None, resolution_due: datetime | None,
              first_response_at: datetime | None, resolved_at: datetime | None) -> SlaState:
    """A target is breached when it was met late, or is still unmet after its due time."""
    def breached(due, done):
        if due is None:
            return False
        return done > due if done is not None else now > due

    return SlaState(breached(first_response_due, first_response_at), breached(resolution_due, resolved_at),
                    None if first_response_at or first_response_due is None else first_response_due - now,
                    None if resolved_at or resolution_due is None else resolution_due - now)


# --- CSAT and NPS (definitions in shared/METRICS.md) ------------------------------------------------
@dataclass(frozen=True)
class NpsResult:
    answers: int
    promoters: int
    passives: int
    detractors: int

    @property
    def score(self) -> float | None:
        """% promoters (9–10) − % detractors (0–6); None without answers."""
        if not self.answers:
            return None
        return (self.promoters - self.detractors) * 100.0 / self.answers

    def explain(self) -> str:
        if not self.answers:
            return "NPS: no answers"
        return (f"NPS = {self.promoters} / {self.answers} × 100 − {self.detractors} / {self.answers} × 100 "
                f"= {self.score:.1f}")


def nps(scores) -> NpsResult:
    scores = [check_nps(int(s)) for s in scores]
    p = sum(1 for s in scores if s >= 9)
    d = sum(1 for s in scores if s <= DETRACTOR_MAX)
    return NpsResult(len(scores), p, len(scores) - p - d, d)


@dataclass(frozen=True)
class CsatResult:
    answers: int
    satisfied: int
    low: int

    @property
    def score(self) -> float | None:
        """% of 4–5 answers over answers 1–5; None without answers."""
        return None if not self.answers else self.satisfied * 100.0 / self.answers

    def explain(self) -> str:
        if not self.answers:
            return "CSAT: no answers"
        return f"CSAT = {self.satisfied} / {self.answers} × 100 = {self.score:.1f} %"


def csat(scores) -> CsatResult:
    scores = [int(s) for s in scores]
    for s in scores:
        check_csat(s)
    return CsatResult(len(scores), sum(1 for s in scores if s >= 4), sum(1 for s in scores if s <= LOW_CSAT_MAX))


# --- what the UI shows --------------------------------------------------------------------------
@dataclass(frozen=True)
class QueueFilter:
    statuses: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    assignee_id: int | None = None      # -1 = unassigned
    channels: tuple[str, ...] = ()
    category_id: int | None = None
    sla: str | None = None              # "breached" | "due_soon" (open tickets only)
    text: str = ""
    customer_id: int | None = None


SORT_KEYS = ("created", "updated", "id", "priority", "status", "due", "subject")


@dataclass(frozen=True)
class QueueRow:
    id: int
    subject: str
    customer_id: int | None
    customer: str | None
    channel: str
    category: str | None
    priority: str
    status: str
    assignee: str | None
    created_at: datetime
    updated_at: datetime
    first_response_due_at: datetime | None
    resolution_due_at: datetime | None
    first_response_at: datetime | None
    resolved_at: datetime | None
    breached: bool


@dataclass(frozen=True)
class ThreadItem:
    at: datetime
    kind: str            # reply | note | event
    author: str | None
    text: str
    field: str | None = None
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True)
class TicketDetail:
    id: int
    subject: str
    description: str | None
    customer_id: int | None
    customer: str | None
    customer_code: str | None
    channel: str
    category_id: int | None
    category: str | None
    priority: str
    status: str
    assignee_id: int | None
    assignee: str | None
    order_id: int | None
    tags: tuple[str, ...]
    created_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    first_response_due_at: datetime | None
    resolution_due_at: datetime | None
    sla: SlaState
    csat: int | None
    version: int
    thread: list[ThreadItem] = field(default_factory=list)


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
