"""Shared form plumbing: mark invalid fields with their message, and save off the GUI thread."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

INVALID_STYLE = "border: 1px solid #d32f2f; border-radius: 3px;"

# The Qt-free domain layer validates in English; each of its messages is a translatable template here (%1, %2:
# names or values, kept as they are). Messages shared with the importer (phones, emails, codes, names, dates, ...)
# are translated by import_labels.reason; anything unknown is shown as it was written.
FORM_MESSAGES = [
    QT_TRANSLATE_NOOP("FormMessages", "the name is longer than 200 characters"),
    QT_TRANSLATE_NOOP("FormMessages", "an order needs at least one line"),
    QT_TRANSLATE_NOOP("FormMessages", "use a three-letter currency code"),
    QT_TRANSLATE_NOOP("FormMessages", "describe what was bought"),
    QT_TRANSLATE_NOOP("FormMessages", "the quantity must be a whole number above 0"),
    QT_TRANSLATE_NOOP("FormMessages", "the price cannot be negative"),
    QT_TRANSLATE_NOOP("FormMessages", "the subject is longer than 200 characters"),
    QT_TRANSLATE_NOOP("FormMessages", "too many tags"),
    QT_TRANSLATE_NOOP("FormMessages", "points per unit cannot be negative"),
    QT_TRANSLATE_NOOP("FormMessages", "the spend unit must be above zero"),
    QT_TRANSLATE_NOOP("FormMessages", "expiry cannot be negative (0 = never)"),
    QT_TRANSLATE_NOOP("FormMessages", "the tier window must be at least one month"),
    QT_TRANSLATE_NOOP("FormMessages", "a bonus cannot be negative"),
    QT_TRANSLATE_NOOP("FormMessages", "at least one tier is needed"),
    QT_TRANSLATE_NOOP("FormMessages", "the entry tier must start at zero spend"),
    QT_TRANSLATE_NOOP("FormMessages", "%1 must need more spend than %2"),
    QT_TRANSLATE_NOOP("FormMessages", "%1: the multiplier cannot be negative"),
]
_PATTERNS: list[tuple[re.Pattern, str]] = []


def message_text(message: str) -> str:
    """A validation message of the domain layer in the user's language."""
    if not _PATTERNS:
        for t in FORM_MESSAGES:
            parts = re.split(r"(%\d)", t)
            _PATTERNS.append((re.compile("^" + "".join("(.*)" if re.fullmatch(r"%\d", p) else re.escape(p)
                                                         for p in parts) + "$", re.S), t))
    for rx, template in _PATTERNS:
        m = rx.match(message)
        if m:
            text = QCoreApplication.translate("FormMessages", template)
            for i, value in enumerate(m.groups(), start=1):
                text = text.replace(f"%{i}", value)
            return text
    from crm_app.ui.import_labels import reason

    return reason(message)


class FieldMarks:
    """Keeps a message label under each field; `show(errors)` marks the bad ones and clears the rest."""

    def __init__(self):
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

    def add(self, key: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setStyleSheet("color: #d32f2f; font-size: 11px;")
        label.setWordWrap(True)
        label.hide()
        self.widgets[key] = widget
        self.labels[key] = label
        return label

    def show(self, errors: dict[str, str]) -> None:
        for key, widget in self.widgets.items():
            message = message_text(errors[key]) if errors.get(key) else None
            widget.setProperty("invalid", bool(message))
            widget.setStyleSheet(INVALID_STYLE if message else "")
            widget.setToolTip(message or "")
            self.labels[key].setText(message or "")
            self.labels[key].setVisible(bool(message))

    def first_invalid(self, errors: dict[str, str]) -> QWidget | None:
        for key, widget in self.widgets.items():
            if key in errors:
                return widget
        return None

    def unknown(self, errors: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in errors.items() if k not in self.widgets}


def message_label() -> QLabel:
    """The red line under a form that says what went wrong (and that nothing was saved)."""
    label = QLabel()
    label.setStyleSheet("color: #d32f2f;")
    label.setWordWrap(True)
    return label


def save_cancel(dialog) -> QDialogButtonBox:
    """Save/Cancel buttons wired to dialog.save() and dialog.reject()."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons
