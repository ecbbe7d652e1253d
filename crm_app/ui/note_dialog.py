"""Add a note to a customer."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout

from crm_app.ui.forms import message_label, save_cancel


class NoteDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add note"))
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("noteText")
        self.edit.setPlaceholderText(self.tr("What happened, what was promised…"))
        self.message = message_label()
        buttons = save_cancel(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.edit)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def save(self) -> None:
        if not self.text():
            self.message.setText(self.tr("The note is empty."))
            return
        self.accept()
