"""Customers: the ranked lookup results (or the whole list, paged lazily) beside the profile."""
from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from crm_app.services.backend import Backend
from crm_app.ui.customer_model import CustomerTableModel
from crm_app.ui.profile_view import ProfileView
from crm_app.ui.tasks import run_task

DEBOUNCE_MS = 8    # coalesces bursts (a paste, key repeat); stale results are dropped anyway


class CustomersView(QWidget):
    customer_opened = Signal(int)
    results_shown = Signal(str, int, float)   # query, count, ms from the last keystroke to rows shown

    def __init__(self, backend: Backend, parent=None):
        super().__init__(parent)
        self.backend = backend
        self.model = CustomerTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("customerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter / Return
        self.status = QLabel()
        self.status.setObjectName("resultStatus")
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.status)
        lay.addWidget(self.table)
        self.profile = ProfileView(backend)
        self.profile.customer_changed.connect(self._refresh_after_edit)
        self.profile.open_customer.connect(self.open_customer)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.profile)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 720])
        self.splitter = split
        root = QVBoxLayout(self)
        root.setContentsMargins(6, 6, 6, 6)
        root.addWidget(split)

        self._query = ""
        self._typed_at = 0.0
        self._search_task = None
        self._searching = False
        self._open_when_ready = False
        self._generation = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self.model.failed.connect(lambda msg: self.status.setText(self.tr("Could not load customers: %1")
                                                                  .replace("%1", msg)))
        self.show_all()

    # --- lookup -------------------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Called on every keystroke: debounce, then search off the GUI thread."""
        self._query = text.strip()
        self._typed_at = time.perf_counter()
        self._generation += 1
        if not self._query:
            self._debounce.stop()
            self.show_all()
            return
        self._debounce.start()

    def _run_search(self) -> None:
        query, generation, typed_at = self._query, self._generation, self._typed_at
        if self._search_task is not None:
            self._search_task.cancel()
        self._searching = True
        self.status.setText(self.tr("Searching…"))

        def done(rows):
            if generation != self._generation:
                return  # a newer keystroke came in: drop stale results
            self._searching = False
            self.model.set_results(rows)
            if self._open_when_ready:
                self._open_when_ready = False
                self.open_first()
            if rows:
                self.table.selectRow(0)
            ms = (time.perf_counter() - typed_at) * 1000
            self.status.setText(self.tr("No customer matches “%1”").replace("%1", query) if not rows else
                                self.tr("%Ln matches for “%1”", "", len(rows)).replace("%1", query))
            self.results_shown.emit(query, len(rows), ms)

        def error(exc, _tb):
            if generation == self._generation:
                self.status.setText(self.tr("Search failed: %1").replace("%1", str(exc)))

        self._search_task = run_task(lambda state: self.backend.search(query), on_done=done, on_error=error,
                                     owner=self)

    def show_all(self) -> None:
        self.model.set_pager(lambda after, state: self.backend.customer_page(after))
        self.status.setText(self.tr("All customers, by name"))

        def counted(n):
            if not self._query:
                self.status.setText(self.tr("All %Ln customers, by name", "", n))

        run_task(lambda state: self.backend.customer_count(), on_done=counted, owner=self)

    def focus_results(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def open_first_when_ready(self) -> None:
        """Enter in the search box: open the best match now, or as soon as the pending search returns."""
        if self._debounce.isActive() or self._searching:
            self._open_when_ready = True
            if self._debounce.isActive():
                self._debounce.stop()
                self._run_search()
        else:
            self.open_first()

    def open_first(self) -> None:
        if self.model.rowCount():
            self._open_index(self.model.index(0, 0))

    # --- profile ------------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_customer(row.id)

    def open_customer(self, customer_id: int) -> None:
        self.profile.load(customer_id)
        self.customer_opened.emit(customer_id)

    def _refresh_after_edit(self, customer_id: int) -> None:
        if self._query:
            self._generation += 1
            self._run_search()
