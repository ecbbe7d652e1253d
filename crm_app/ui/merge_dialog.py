"""Merge two customers who are the same person: find the other one, choose who survives."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox,
                               QRadioButton, QTableView, QVBoxLayout)

from crm_app.services.backend import Backend
from crm_app.ui.customer_model import CustomerTableModel
from crm_app.ui.tasks import run_task


class MergeDialog(QDialog):
    def __init__(self, backend: Backend, current, parent=None):
        super().__init__(parent)
        self.backend, self.current = backend, current
        self.survivor_id: int | None = None
        self.setWindowTitle(self.tr("Merge %1 with…").replace("%1", current.name))
        self.setMinimumSize(560, 420)
        self.search = QLineEdit()
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("Find the duplicate: name, phone, email or code"))
        self.search.textChanged.connect(self._search)
        self.model = CustomerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keep_current = QRadioButton(self.tr("Keep %1 (%2); fold the other one into it")
                                         .replace("%1", current.name).replace("%2", current.code))
        self.keep_other = QRadioButton(self.tr("Keep the selected customer; fold %1 into it")
                                       .replace("%1", current.name))
        self.keep_current.setChecked(True)
        note = QLabel(self.tr("All orders, points, tickets, feedback and notes move to the customer you keep. "
                              "The merge is recorded in the audit log and the timeline."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._merge)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (self.search, self.table, self.keep_current, self.keep_other, note, self.buttons):
            lay.addWidget(w)
        self._generation = 0

    def _search(self, text: str) -> None:
        self._generation += 1
        gen = self._generation
        query = text.strip()
        if not query:
            self.model.set_results([])
            return
        run_task(lambda state: [r for r in self.backend.search(query, 30) if r.id != self.current.id],
                 on_done=lambda rows: gen == self._generation and self.model.set_results(rows), owner=self)

    def _merge(self) -> None:
        index = self.table.currentIndex()
        other = self.model.row_at(index.row()) if index.isValid() else None
        if other is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select the duplicate customer first."))
            return
        survivor, duplicate = ((self.current.id, other.id) if self.keep_current.isChecked()
                               else (other.id, self.current.id))
        self.buttons.setEnabled(False)

        def done(_):
            self.survivor_id = survivor
            self.accept()

        def failed(exc, _tb):
            self.buttons.setEnabled(True)
            QMessageBox.warning(self, self.tr("Merge failed"), str(exc))

        run_task(lambda state: self.backend.merge(survivor, duplicate), on_done=done, on_error=failed, owner=self)
