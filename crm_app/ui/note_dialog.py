"""Add a note to a customer."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout


class NoteDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add note"))
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("noteText")
        self.edit.setPlaceholderText(self.tr("What happened, what was promised…"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #d32f2f;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.edit)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def _accept(self) -> None:
        if not self.text():
            self.message.setText(self.tr("The note is empty."))
            return
        self.accept()
