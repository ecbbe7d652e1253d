"""Translated names of ticket statuses, priorities and channels, and combo box helpers."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


# Literal QCoreApplication.translate calls (not a helper taking a variable) so pyside6-lupdate finds them.
def status_label(code: str) -> str:
    return {"new": QCoreApplication.translate("Support", "New"),
            "open": QCoreApplication.translate("Support", "Open"),
            "pending": QCoreApplication.translate("Support", "Pending"),
            "resolved": QCoreApplication.translate("Support", "Resolved"),
            "closed": QCoreApplication.translate("Support", "Closed")}.get(code, code)


def priority_label(code: str) -> str:
    return {"low": QCoreApplication.translate("Support", "Low"),
            "normal": QCoreApplication.translate("Support", "Normal"),
            "high": QCoreApplication.translate("Support", "High"),
            "urgent": QCoreApplication.translate("Support", "Urgent")}.get(code, code)


def channel_label(code: str) -> str:
    return {"phone": QCoreApplication.translate("Support", "Phone"),
            "email": QCoreApplication.translate("Support", "Email"),
            "chat": QCoreApplication.translate("Support", "Chat"),
            "social": QCoreApplication.translate("Support", "Social"),
            "in_person": QCoreApplication.translate("Support", "In person"),
            "web": QCoreApplication.translate("Support", "Web")}.get(code, code)


def source_label(code: str | None) -> str:
    """Where a feedback answer came from (free text from an import is shown as it is)."""
    return {"survey": QCoreApplication.translate("Support", "Survey"),
            "ticket": QCoreApplication.translate("Support", "Ticket"),
            "phone": QCoreApplication.translate("Support", "Phone"),
            "email": QCoreApplication.translate("Support", "Email"),
            "chat": QCoreApplication.translate("Support", "Chat"),
            "in_store": QCoreApplication.translate("Support", "In store"),
            "in_person": QCoreApplication.translate("Support", "In person"),
            "web": QCoreApplication.translate("Support", "Web"),
            "social": QCoreApplication.translate("Support", "Social")}.get(code or "", code or "")


def field_label(code: str) -> str:
    return {"status": QCoreApplication.translate("Support", "Status"),
            "priority": QCoreApplication.translate("Support", "Priority"),
            "assignee": QCoreApplication.translate("Support", "Assignee"),
            "category": QCoreApplication.translate("Support", "Category")}.get(code, code)


STATUSES = ["new", "open", "pending", "resolved", "closed"]
PRIORITIES = ["low", "normal", "high", "urgent"]
CHANNELS = ["phone", "email", "chat", "social", "in_person", "web"]


def fill(combo: QComboBox, items: list[tuple[str, object]], current=None) -> None:
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    i = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(i, 0))
    combo.blockSignals(False)


def set_current(combo: QComboBox, data) -> None:
    i = combo.findData(data)
    if i >= 0:
        combo.setCurrentIndex(i)
