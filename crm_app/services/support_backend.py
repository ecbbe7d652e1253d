"""What the support desk UI asks of the data, one method per user action (one transaction each).

Qt-free and returns plain dataclasses (never ORM objects): the widgets call these in run_task workers.
"""
from __future__ import annotations

from datetime import date

from crm_app.db.engine import Database
from crm_app.domain.tickets import QueueFilter, TicketDetail, TicketInput
from crm_app.services import tickets as svc
from crm_app.services.tickets import UNSET


class SupportBackend:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db = db
        self.user_id = user_id

    # --- reading ---------------------------------------------------------------------------------
    def choices(self) -> dict:
        """Users and categories for the pickers, in one read."""
        with self.db.read() as s:
            return {"users": svc.users(s), "categories": svc.categories(s)}

    def customer_name(self, customer_id: int) -> str:
        with self.db.read() as s:
            return svc.customer_name(s, customer_id)

    def queue_page(self, f: QueueFilter, sort: str, descending: bool, after, limit: int = 200):
        with self.db.read() as s:
            return svc.queue_page(s, f, sort, descending, after, limit)

    def status_counts(self, f: QueueFilter) -> dict[str, int]:
        with self.db.read() as s:
            return svc.status_counts(s, f)

    def ticket(self, ticket_id: int) -> TicketDetail:
        with self.db.read() as s:
            return svc.detail(s, ticket_id)

    # --- actions ---------------------------------------------------------------------------------
    def create(self, data: TicketInput) -> int:
        with self.db.write() as s:
            return svc.create_ticket(s, data, user_id=self.user_id).id

    def reply(self, ticket_id: int, body: str, internal: bool = False) -> TicketDetail:
        with self.db.write() as s:
            svc.add_comment(s, ticket_id, body, internal=internal, user_id=self.user_id)
        return self.ticket(ticket_id)

    def update(self, ticket_id: int, version: int, *, status: str | None = None, priority: str | None = None,
               assignee_id=UNSET, category_id=UNSET) -> TicketDetail:
        """Save the edited fields of one ticket together (fails if someone else changed it meanwhile)."""
        with self.db.write() as s:
            svc._get(s, ticket_id, version)
            if priority is not None:
                svc.set_priority(s, ticket_id, priority, user_id=self.user_id)
            if category_id is not UNSET:
                svc.set_category(s, ticket_id, category_id, user_id=self.user_id)
            if assignee_id is not UNSET:
                svc.assign(s, ticket_id, assignee_id, user_id=self.user_id)
            if status is not None:
                svc.set_status(s, ticket_id, status, user_id=self.user_id)
        return self.ticket(ticket_id)

    def resolve(self, ticket_id: int, csat: int | None, comment: str | None = None,
                reply: str | None = None) -> TicketDetail:
        with self.db.write() as s:
            svc.resolve(s, ticket_id, csat=csat, csat_comment=comment, reply=reply, user_id=self.user_id)
        return self.ticket(ticket_id)

    def bulk(self, ticket_ids: list[int], *, status: str | None = None, assignee_id=UNSET) -> int:
        with self.db.write() as s:
            return svc.bulk_update(s, ticket_ids, status=status, assignee_id=assignee_id, user_id=self.user_id)

    def record_nps(self, customer_id: int, score: int, comment: str | None, source: str = "survey") -> int:
        with self.db.write() as s:
            return svc.record_nps(s, customer_id, score, comment, source, user_id=self.user_id).id

    # --- pain points -----------------------------------------------------------------------------
    def pain_points(self, start: date | None = None, end: date | None = None):
        from crm_app.services import painpoints

        with self.db.read() as s:
            return painpoints.report(s, start, end)

    def pain_point_tickets(self, category_id: int | None, start: date | None = None, end: date | None = None,
                           low_only: bool = False, limit: int = 500):
        from crm_app.services import painpoints

        with self.db.read() as s:
            return painpoints.tickets_behind(s, category_id, start, end, low_only=low_only, limit=limit)

    def unhappy_customers(self, limit: int = 500):
        from crm_app.services import painpoints

        with self.db.read() as s:
            return painpoints.unhappy_not_returned(s, limit=limit)
