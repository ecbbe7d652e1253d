"""Translated texts of the import wizard that are not tied to one widget: field names, result summaries.

Literal QCoreApplication.translate calls (fixed contexts) so pyside6-lupdate finds every string.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
    parts = [QCoreApplication.translate("ImportWizard", "Rows read: %1.").replace("%1", fmt_int(r.rows)),
             (QCoreApplication.translate("ImportWizard", "Imported: %1.") if done
              else QCoreApplication.translate("ImportWizard", "Can be imported: %1.")).replace("%1", fmt_int(r.imported))]
    if r.kind == "purchases":
        parts.append(QCoreApplication.translate("ImportWizard", "Orders: %1.").replace("%1", fmt_int(r.orders)))
    if r.skipped:
        parts.append(QCoreApplication.translate("ImportWizard", "Already in the database (left as they are): %1.")
                     .replace("%1", fmt_int(r.skipped)))
    if r.ignored:
        parts.append(QCoreApplication.translate("ImportWizard", "Total lines left out: %1.")
                     .replace("%1", fmt_int(r.ignored)))
    if r.created_customers and r.kind == "purchases":
        parts.append(QCoreApplication.translate("ImportWizard", "New customers for unknown codes: %1.")
                     .replace("%1", fmt_int(r.created_customers)))
    if r.rejected:
        parts.append(QCoreApplication.translate("ImportWizard", "Rejected: %1.").replace("%1", fmt_int(r.rejected)))
    if r.merge_candidates:
        parts.append(QCoreApplication.translate("ImportWizard", "Possible duplicates of existing customers: %1.")
                     .replace("%1", fmt_int(len(r.merge_candidates))))
    if not done and not r.imported and not r.rejected:
        parts.append(QCoreApplication.translate("ImportWizard", "There is nothing new to import."))
    return " ".join(parts)


# --- why a row was rejected ---------------------------------------------------------------------------
# The importer (Qt-free) writes its reasons in English; each known reason is a translatable template here
# (%1, %2: the values quoted from the file or the row numbers, kept as they are). An untranslated or
# unknown reason is shown exactly as the importer wrote it.
REASONS = [
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not a valid date"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not a date (use YYYY-MM-DD or DD/MM/YYYY)"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' could be day/month or month/day; choose the date format"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not a date in the day/month/year format of this column"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not a date in the month/day/year format of this column"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1': the year %2 is out of range"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is in the future"),
    QT_TRANSLATE_NOOP("ImportMessages", "the date is in the future"),
    QT_TRANSLATE_NOOP("ImportMessages", "the date is before the ticket was created"),
    QT_TRANSLATE_NOOP("ImportMessages", "%1 is not a valid Persian date"),
    QT_TRANSLATE_NOOP("ImportMessages", "%1 is a number, not a date"),
    QT_TRANSLATE_NOOP("ImportMessages", "the date is empty"),
    QT_TRANSLATE_NOOP("ImportMessages", "enter the date"),
    QT_TRANSLATE_NOOP("ImportMessages", "enter the amount"),
    QT_TRANSLATE_NOOP("ImportMessages", "enter the customer code"),
    QT_TRANSLATE_NOOP("ImportMessages", "enter the score"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not an amount (digit groups are not of three)"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not an amount"),
    QT_TRANSLATE_NOOP("ImportMessages", "the amount is not a number"),
    QT_TRANSLATE_NOOP("ImportMessages", "the amount is empty"),
    QT_TRANSLATE_NOOP("ImportMessages", "the amount is too large"),
    QT_TRANSLATE_NOOP("ImportMessages", "a negative amount is a refund, not a purchase; leave it out"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not a whole number"),
    QT_TRANSLATE_NOOP("ImportMessages", "the %1 must be at least %2"),
    QT_TRANSLATE_NOOP("ImportMessages", "the %1 must be at most %2"),
    QT_TRANSLATE_NOOP("ImportMessages", "the %1 is empty"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not a three-letter currency code"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not yes or no"),
    QT_TRANSLATE_NOOP("ImportMessages", "the %1 is longer than %2 characters"),
    QT_TRANSLATE_NOOP("ImportMessages", "a customer code is 1–32 characters without spaces"),
    QT_TRANSLATE_NOOP("ImportMessages", "no customer has the code %1"),
    QT_TRANSLATE_NOOP("ImportMessages", "order %1 is for another customer (row %2)"),
    QT_TRANSLATE_NOOP("ImportMessages", "order %1 is in %2 (row %3)"),
    QT_TRANSLATE_NOOP("ImportMessages", "order number %1 is already in the database for another customer"),
    QT_TRANSLATE_NOOP("ImportMessages", "another line of order %1 (row %2) was rejected; fix that line and import "
                                        "the whole order again"),
    QT_TRANSLATE_NOOP("ImportMessages", "no order numbered %1"),
    QT_TRANSLATE_NOOP("ImportMessages", "enter the customer's name"),
    QT_TRANSLATE_NOOP("ImportMessages", "use the two-letter country code (SA, IR, RU, US, ...)"),
    QT_TRANSLATE_NOOP("ImportMessages", "the birthday must be a past date after 1900"),
    QT_TRANSLATE_NOOP("ImportMessages", "enter a phone number"),
    QT_TRANSLATE_NOOP("ImportMessages", "enter an email address"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not a valid phone number"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not a phone number"),
    QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not a valid email address: %2"),
    QT_TRANSLATE_NOOP("ImportMessages", "a tag is longer than 64 characters"),
    QT_TRANSLATE_NOOP("ImportMessages", "enter a subject"),
    QT_TRANSLATE_NOOP("ImportMessages", "unknown channel %1"),
    QT_TRANSLATE_NOOP("ImportMessages", "unknown priority %1"),
    QT_TRANSLATE_NOOP("ImportMessages", "unknown status %1 (new, open, pending, resolved, closed)"),
    QT_TRANSLATE_NOOP("ImportMessages", "unknown kind %1 (nps or csat)"),
    QT_TRANSLATE_NOOP("ImportMessages", "say whether the score is nps (0–10) or csat (1–5)"),
    QT_TRANSLATE_NOOP("ImportMessages", "CSAT is a score from 1 to 5"),
    QT_TRANSLATE_NOOP("ImportMessages", "NPS is a score from 0 to 10"),
]
_COMPILED: list[tuple[re.Pattern, str]] | None = None


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"(%\d)", template)
    return re.compile("^" + "".join("(.*)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts) + "$", re.S)


def _match(message: str):
    global _COMPILED
    if _COMPILED is None:
        _COMPILED = [(_pattern(t), t) for t in REASONS]
    for rx, template in _COMPILED:
        m = rx.match(message)
        if m:
            return template, m.groups()
    return None


def known_reason(message: str) -> bool:
    return _match(message) is not None


def reason(message: str) -> str:
    """The importer's English reason for a rejected row, in the user's language."""
    hit = _match(message)
    if hit is None:
        return message
    template, values = hit
    translated = QCoreApplication.translate("ImportMessages", template)
    if translated == template:
        return message
    for i, v in enumerate(values, start=1):
        translated = translated.replace(f"%{i}", v)
    return translated
