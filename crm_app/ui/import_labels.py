"""Translated texts of the import wizard that are not tied to one widget: field names, result summaries.

Literal QCoreApplication.translate calls (fixed contexts) so pyside6-lupdate finds every string.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_app.io.importer import ImportResult
from crm_app.ui.i18n import fmt_int


def field_label(label: str) -> str:
    """The translated label of an import field (crm_app.io.fields.Field.label)."""
    labels = {
        "Customer code": QCoreApplication.translate("ImportFields", "Customer code"),
        "Full name": QCoreApplication.translate("ImportFields", "Full name"),
        "First name": QCoreApplication.translate("ImportFields", "First name"),
        "Last name": QCoreApplication.translate("ImportFields", "Last name"),
        "Middle name": QCoreApplication.translate("ImportFields", "Middle name"),
        "Phone": QCoreApplication.translate("ImportFields", "Phone"),
        "Second phone": QCoreApplication.translate("ImportFields", "Second phone"),
        "Email": QCoreApplication.translate("ImportFields", "Email"),
        "Second email": QCoreApplication.translate("ImportFields", "Second email"),
        "Country (2 letters)": QCoreApplication.translate("ImportFields", "Country (2 letters)"),
        "Birthday": QCoreApplication.translate("ImportFields", "Birthday"),
        "Tags": QCoreApplication.translate("ImportFields", "Tags"),
        "Language": QCoreApplication.translate("ImportFields", "Language"),
        "Customer since": QCoreApplication.translate("ImportFields", "Customer since"),
        "Email consent": QCoreApplication.translate("ImportFields", "Email consent"),
        "SMS consent": QCoreApplication.translate("ImportFields", "SMS consent"),
        "Date": QCoreApplication.translate("ImportFields", "Date"),
        "Amount": QCoreApplication.translate("ImportFields", "Amount"),
        "Order number": QCoreApplication.translate("ImportFields", "Order number"),
        "Quantity": QCoreApplication.translate("ImportFields", "Quantity"),
        "Unit price": QCoreApplication.translate("ImportFields", "Unit price"),
        "Product": QCoreApplication.translate("ImportFields", "Product"),
        "Currency": QCoreApplication.translate("ImportFields", "Currency"),
        "Customer name": QCoreApplication.translate("ImportFields", "Customer name"),
        "Channel": QCoreApplication.translate("ImportFields", "Channel"),
        "Subject": QCoreApplication.translate("ImportFields", "Subject"),
        "Description": QCoreApplication.translate("ImportFields", "Description"),
        "Category": QCoreApplication.translate("ImportFields", "Category"),
        "Priority": QCoreApplication.translate("ImportFields", "Priority"),
        "Status": QCoreApplication.translate("ImportFields", "Status"),
        "Created": QCoreApplication.translate("ImportFields", "Created"),
        "Resolved": QCoreApplication.translate("ImportFields", "Resolved"),
        "Closed": QCoreApplication.translate("ImportFields", "Closed"),
        "Kind (nps/csat)": QCoreApplication.translate("ImportFields", "Kind (nps/csat)"),
        "Score": QCoreApplication.translate("ImportFields", "Score"),
        "NPS score (0–10)": QCoreApplication.translate("ImportFields", "NPS score (0–10)"),
        "CSAT score (1–5)": QCoreApplication.translate("ImportFields", "CSAT score (1–5)"),
        "Comment": QCoreApplication.translate("ImportFields", "Comment"),
        "Source": QCoreApplication.translate("ImportFields", "Source"),
    }
    return labels.get(label, label)


def describe(r: ImportResult, *, done: bool = False) -> str:
    """One line of figures: rows read, imported (or importable), already there, rejected, new customers."""
    tr = QCoreApplication.translate
    parts = [tr("ImportWizard", "Rows read: %1.").replace("%1", fmt_int(r.rows)),
             (tr("ImportWizard", "Imported: %1.") if done else tr("ImportWizard", "Can be imported: %1."))
             .replace("%1", fmt_int(r.imported))]
    if r.kind == "purchases":
        parts.append(tr("ImportWizard", "Orders: %1.").replace("%1", fmt_int(r.orders)))
    if r.skipped:
        parts.append(tr("ImportWizard", "Already in the database (left as they are): %1.").replace(
            "%1", fmt_int(r.skipped)))
    if r.created_customers and r.kind == "purchases":
        parts.append(tr("ImportWizard", "New customers for unknown codes: %1.").replace(
            "%1", fmt_int(r.created_customers)))
    if r.rejected:
        parts.append(tr("ImportWizard", "Rejected: %1.").replace("%1", fmt_int(r.rejected)))
    if r.merge_candidates:
        parts.append(tr("ImportWizard", "Possible duplicates of existing customers: %1.").replace(
            "%1", fmt_int(len(r.merge_candidates))))
    if not done and not r.imported and not r.rejected:
        parts.append(tr("ImportWizard", "There is nothing new to import."))
    return " ".join(parts)
