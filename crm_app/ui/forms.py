"""Shared form plumbing: mark invalid fields with their message, and save off the GUI thread."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

INVALID_STYLE = "border: 1px solid #d32f2f; border-radius: 3px;"


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
            message = errors.get(key)
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
