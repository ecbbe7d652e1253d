"""What the desktop UI asks of the data, one method per user action (one transaction each).

Returns plain dataclasses, never ORM objects: results cross from worker threads to the GUI.
Qt-free, so the same calls work from tests and scripts.
"""
from __future__ import annotations

from datetime import date, datetime

from crm_app.db.engine import Database
from crm_app.domain.customer import CustomerInput, CustomerSummary, OrderInput


class Backend:
    def __init__(self, db: Database):
        self.db = db
        self._region: str | None = None

    # --- lookup -------------------------------------------------------------------------------
    def region(self) -> str:
        if self._region is None:
            from crm_app.services.customers import default_region

            with self.db.read() as s:
                self._region = default_region(s)
        return self._region

    def search(self, query: str, limit: int = 50) -> list[CustomerSummary]:
        from crm_app.db import search_index

        region = self.region()
        with self.db.read() as s:
            return search_index.search(s, query, region, limit)

    def customer_page(self, after: tuple | None, limit: int = 200):
        from crm_app.services.customers import list_page

        with self.db.read() as s:
            return list_page(s, after, limit)

    def customer_count(self) -> int:
        from crm_app.services.customers import count_visible

        with self.db.read() as s:
            return count_visible(s)

    def id_for_code(self, code: str) -> int | None:
        from crm_app.domain.errors import NotFound
        from crm_app.services.customers import get_by_code

        with self.db.read() as s:
            try:
                return get_by_code(s, code).id
            except NotFound:
                return None

    # --- profile ------------------------------------------------------------------------------
    def profile_header(self, customer_id: int, as_of: date | None = None):
        from crm_app.services import profile

        with self.db.read() as s:
            return profile.load_header(s, customer_id, as_of)

    def profile_prediction(self, customer_id: int, as_of: date | None = None):
        """P(alive) and predicted CLV from the last fitted models (None before the first fit)."""
        from crm_app.services import predictions

        with self.db.read() as s:
            return predictions.customer_prediction(s, customer_id, as_of)

    def orders_page(self, customer_id: int, before: tuple[datetime, int] | None = None, limit: int = 200):
        from crm_app.services import profile

        with self.db.read() as s:
            return profile.orders_page(s, customer_id, before, limit)

    def order_lines(self, order_id: int):
        from crm_app.services import profile

        with self.db.read() as s:
            return profile.order_lines(s, order_id)

    def profile_tabs(self, customer_id: int) -> dict:
        """Everything the profile's tabs show except the paged orders and the loyalty tab (which loads its
        own summary through LoyaltyBackend), in one read."""
        from crm_app.services import profile

        with self.db.read() as s:
            return {"spend": profile.spend_by_month(s, customer_id), "tickets": profile.tickets(s, customer_id),
                    "feedback": profile.feedback(s, customer_id), "notes": profile.notes(s, customer_id),
                    "timeline": profile.timeline(s, customer_id)}

    # --- edits --------------------------------------------------------------------------------
    def customer_form(self, customer_id: int) -> tuple[CustomerInput, int]:
        from crm_app.services import customers

        with self.db.read() as s:
            c = customers.get(s, customer_id)
            return customers.to_input(c), c.version

    def create_customer(self, data: CustomerInput) -> int:
        from crm_app.services import customers

        with self.db.write() as s:
            return customers.create_customer(s, data).id

    def update_customer(self, customer_id: int, data: CustomerInput, version: int) -> int:
        from crm_app.services import customers

        with self.db.write() as s:
            return customers.update_customer(s, customer_id, data, version).version

    def add_note(self, customer_id: int, body: str) -> None:
        from crm_app.services import customers

        with self.db.write() as s:
            customers.add_note(s, customer_id, body)

    def record_order(self, data: OrderInput) -> int:
        from crm_app.services import orders

        with self.db.write() as s:
            return orders.record_order(s, data).id

    def merge(self, survivor_id: int, duplicate_id: int) -> None:
        from crm_app.services import merge

        with self.db.write() as s:
            merge.merge_customers(s, survivor_id, duplicate_id)

    # --- data requests and safety --------------------------------------------------------------
    def export_customer_data(self, customer_id: int, dest: str) -> str:
        """Everything held about one customer as a zip (a data-access request); audited."""
        from crm_app.services import privacy

        with self.db.write() as s:
            return str(privacy.export_customer_data(s, customer_id, dest))

    def erase_customer(self, customer_id: int, reason: str):
        """Remove the customer's personal data; orders and scores stay, anonymous; audited."""
        from crm_app.services import privacy

        with self.db.write() as s:
            return privacy.erase_customer(s, customer_id, reason=reason)

    def export_all(self, dest: str, progress=None, cancelled=None) -> dict[str, int]:
        """Every table as zipped CSVs or one .xlsx (by the extension); rows per table."""
        from crm_app.io.export import export_all

        return export_all(self.db, dest, progress=progress, cancelled=cancelled)

    def currency(self) -> str:
        from crm_app import config
        from crm_app.services import settings

        with self.db.read() as s:
            return settings.get(s, config.CURRENCY)

    def settings(self) -> dict:
        from crm_app.services import settings

        with self.db.read() as s:
            return settings.all_values(s)

    def save_settings(self, values: dict) -> None:
        from crm_app import config
        from crm_app.services import settings

        by_key = {s.key: s for s in config.ALL_SETTINGS}
        with self.db.write() as s:
            for key, value in values.items():
                settings.put(s, by_key[key], value)
        self._region = None
