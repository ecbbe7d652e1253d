"""Customer rows for the list and for search results (a RowsModel with the customer columns)."""
from __future__ import annotations

from crm_app.domain.customer import CustomerSummary
from crm_app.domain.normalize import format_phone
from crm_app.ui.i18n import fmt_date
from crm_app.ui.reference_labels import tier_code_name
from crm_app.ui.table_models import LEFT_ALWAYS, Column, RowsModel


class CustomerTableModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Name"), lambda r: r.name, tooltip=lambda r: "\n".join([r.code, *r.emails])),
            # U+2066/U+2069 keep "+1 512-…" in order inside a right-to-left table (as the profile header does)
            Column(self.tr("Main phone"), lambda r: "\u2066" + format_phone(r.phones[0]) + "\u2069" if r.phones else "",
                   LEFT_ALWAYS),
            Column(self.tr("Tier"), lambda r: tier_code_name(r.tier)),
            Column(self.tr("Last purchase"), lambda r: fmt_date(r.last_order_date) if r.last_order_date else ""),
        ]

    def set_results(self, rows: list[CustomerSummary]) -> None:
        self.set_rows(rows)
