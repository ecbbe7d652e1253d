"""Translated names of ticket statuses, priorities and channels, and combo box helpers."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


def _t(text: str) -> str:
    return QCoreApplication.translate("Support", text)


def status_label(code: str) -> str:
    return {"new": _t("New"), "open": _t("Open"), "pending": _t("Pending"), "resolved": _t("Resolved"),
            "closed": _t("Closed")}.get(code, code)


def priority_label(code: str) -> str:
    return {"low": _t("Low"), "normal": _t("Normal"), "high": _t("High"), "urgent": _t("Urgent")}.get(code, code)


def channel_label(code: str) -> str:
    return {"phone": _t("Phone"), "email": _t("Email"), "chat": _t("Chat"), "social": _t("Social"),
            "in_person": _t("In person"), "web": _t("Web")}.get(code, code)


def field_label(code: str) -> str:
    return {"status": _t("Status"), "priority": _t("Priority"), "assignee": _t("Assignee"),
            "category": _t("Category")}.get(code, code)


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
