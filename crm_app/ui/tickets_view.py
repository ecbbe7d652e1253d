"""The ticket queue: status tabs with counts, filters, SQL-side sorting, lazy keyset paging, bulk changes.

Filtering and sorting happen in the database (services/tickets.queue_page); the model holds only the
pages scrolled so far, so the queue stays smooth at a million tickets.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QPushButton, QTableView, QToolButton, QVBoxLayout, QWidget)

from shiboken6 import isValid

from crm_app.domain.errors import CrmError
from crm_app.domain.tickets import QueueFilter
from crm_app.services.support_backend import UNSET, SupportBackend
from crm_app.ui.i18n import fmt_datetime, fmt_int
from crm_app.ui.reference_labels import ref_name
from crm_app.ui.support_labels import (CHANNELS, PRIORITIES, STATUSES, channel_label, fill, priority_label,
                                       status_label)
from crm_app.ui.table_models import TRAILING, Column, RowsModel
from crm_app.ui.tasks import run_task

ANY = ""
SORTABLE = {0: "id", 3: "status", 4: "priority", 8: "created", 9: "due"}
COUNT_CAP = 10_000


class QueueModel(RowsModel):
    """RowsModel whose stale pages cannot clear the pending fetch of a newer filter.

    RowsModel.fetchMore's callback sets `_pending = None` before checking the generation, so a page of
    the previous filter arriving late re-enables canFetchMore while the new first page is in flight, and
    the view then fetches that first page twice (duplicate rows). Reported to the lead; fixed here by
    checking the generation first.
    """

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        generation = self._generation
        self.loading.emit(True)

        def done(page):
            if not isValid(self) or generation != self._generation:
                return                      # stale: a newer pager owns _pending
            self._pending = None
            self.loading.emit(False)
            if not page:
                self._more = False
                return
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(item for item, _key in page)
            self.endInsertRows()
            self._after = page[-1][1]

        def error(exc, _tb):
            if not isValid(self) or generation != self._generation:
                return
            self._pending = None
            self._more = False
            self.loading.emit(False)
            self.failed.emit(str(exc))

        def cancelled():
            if not isValid(self):
                return
            if generation == self._generation:
                self._pending = None
            self.loading.emit(False)

        self._pending = run_task(self._fetch, self._after, on_done=done, on_error=error, on_cancelled=cancelled, owner=self)


class TicketsView(QWidget):
    open_customer = Signal(int)
    counts_loaded = Signal(dict)

    def __init__(self, db, parent=None, *, backend: SupportBackend | None = None):
        super().__init__(parent)
        self.db = db
        self.backend = backend or SupportBackend(db)
        self.sort, self.descending = "created", True
        self.status_filter: tuple[str, ...] = ("new", "open", "pending")
        self._counts_task = None
        self._dialogs = []

        # status buttons double as the counts per status
        self.status_buttons: dict[str, QToolButton] = {}
        status_row = QHBoxLayout()
        self.open_button = self._status_button("open_work", self.tr("Open work"))
        status_row.addWidget(self.open_button)
        for s in STATUSES:
            self.status_buttons[s] = self._status_button(s, status_label(s))
            status_row.addWidget(self.status_buttons[s])
        self.all_button = self._status_button("all", self.tr("All"))
        status_row.addWidget(self.all_button)
        status_row.addStretch(1)
        self.new_button = QPushButton(self.tr("&New ticket…"))
        self.new_button.setObjectName("newTicket")
        self.new_button.clicked.connect(lambda: self.new_ticket(None))
        status_row.addWidget(self.new_button)

        self.text = QLineEdit()
        self.text.setObjectName("ticketSearch")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Search subject, or #number"))
        self.priority = QComboBox()
        fill(self.priority, [(self.tr("Any priority"), ANY)] + [(priority_label(p), p) for p in PRIORITIES])
        self.channel = QComboBox()
        fill(self.channel, [(self.tr("Any channel"), ANY)] + [(channel_label(c), c) for c in CHANNELS])
        self.assignee = QComboBox()
        fill(self.assignee, [(self.tr("Anyone"), 0), (self.tr("Unassigned"), -1)])
        self.category = QComboBox()
        fill(self.category, [(self.tr("Any category"), 0)])
        self.sla = QComboBox()
        self.sla.setObjectName("slaFilter")
        fill(self.sla, [(self.tr("Any SLA"), ANY), (self.tr("SLA breached"), "breached"),
                        (self.tr("Due within 4 hours"), "due_soon")])
        filters = QHBoxLayout()
        filters.addWidget(self.text, 2)
        for w in (self.priority, self.channel, self.assignee, self.category, self.sla):
            filters.addWidget(w, 1)
            w.currentIndexChanged.connect(self.reload)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.reload)
        self.text.textChanged.connect(self._debounce.start)

        self.model = QueueModel([
            Column("#", lambda r: fmt_int(r.id), TRAILING),
            Column(self.tr("Subject"), lambda r: r.subject),
            Column(self.tr("Customer"), lambda r: r.customer or ""),
            Column(self.tr("Status"), lambda r: status_label(r.status)),
            Column(self.tr("Priority"), lambda r: priority_label(r.priority)),
            Column(self.tr("Channel"), lambda r: channel_label(r.channel)),
            Column(self.tr("Category"), lambda r: ref_name(r.category)),
            Column(self.tr("Assignee"), lambda r: r.assignee or ""),
            Column(self.tr("Opened"), lambda r: fmt_datetime(r.created_at)),
            Column(self.tr("Next due"), lambda r: ("⚠ " if r.breached else "") + fmt_datetime(self._next_due(r)),
                   tooltip=self._due_tooltip),
        ], self)
        self.model.failed.connect(lambda m: self.status_label.setText(m))
        self.model.loading.connect(self._loading)
        self.model.rowsInserted.connect(lambda *_a: self._loading(False))
        self.model.modelReset.connect(lambda: self._loading(True))
        self.table = QTableView()
        self.table.setObjectName("ticketsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in {0: 80, 2: 170, 3: 80, 4: 80, 5: 80, 6: 130, 7: 120, 8: 150, 9: 160}.items():
            header.resizeSection(col, width)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(8, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())

        self.bulk_status = QPushButton(self.tr("Set s&tatus"))
        self.bulk_status.setObjectName("bulkStatus")
        menu = QMenu(self.bulk_status)
        for s in STATUSES:
            menu.addAction(status_label(s), lambda s=s: self.bulk(status=s))
        self.bulk_status.setMenu(menu)
        self.bulk_assign = QPushButton(self.tr("&Assign to"))
        self.bulk_assign.setObjectName("bulkAssign")
        self.assign_menu = QMenu(self.bulk_assign)
        self.bulk_assign.setMenu(self.assign_menu)
        self.customer_button = QPushButton(self.tr("Open &customer"))
        self.customer_button.clicked.connect(self._open_customer)
        self.status_label = QLabel()
        self.status_label.setObjectName("ticketsStatus")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        for b in (self.customer_button, self.bulk_status, self.bulk_assign):
            bottom.addWidget(b)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        lay = QVBoxLayout(self)
        lay.addLayout(status_row)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)
        self._selection_changed()
        self._highlight()
        self._load_choices()
        self.reload()

    # --- building blocks --------------------------------------------------------------------------
    def _status_button(self, key: str, text: str) -> QToolButton:
        b = QToolButton()
        b.setObjectName(f"status_{key}")
        b.setCheckable(True)
        b.setAutoRaise(True)
        b.setProperty("base_text", text)
        b.setText(text)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        b.clicked.connect(lambda _c=False, k=key: self.set_status_filter(k))
        return b

    def set_status_filter(self, key: str) -> None:
        self.status_filter = {"open_work": ("new", "open", "pending"), "all": ()}.get(key, (key,))
        self._highlight()
        self.reload()

    def _highlight(self) -> None:
        key = {("new", "open", "pending"): "open_work", (): "all"}.get(self.status_filter)
        for k, b in [("open_work", self.open_button), ("all", self.all_button), *self.status_buttons.items()]:
            b.setChecked(k == key or (key is None and self.status_filter == (k,)))

    def _load_choices(self) -> None:
        def done(ch):
            if not isValid(self):
                return
            fill(self.assignee, [(self.tr("Anyone"), 0), (self.tr("Unassigned"), -1)]
                 + [(u.name, u.id) for u in ch["users"]], self.assignee.currentData())
            fill(self.category, [(self.tr("Any category"), 0)] + [(ref_name(c.name), c.id) for c in ch["categories"]],
                 self.category.currentData())
            self.assign_menu.clear()
            self.assign_menu.addAction(self.tr("Nobody (unassign)"), lambda: self.bulk(assignee_id=None))
            for u in ch["users"]:
                self.assign_menu.addAction(u.name, lambda uid=u.id: self.bulk(assignee_id=uid))

        run_task(lambda state: self.backend.choices(), on_done=done, owner=self)

    def current_filter(self) -> QueueFilter:
        return QueueFilter(statuses=self.status_filter,
                           priorities=(self.priority.currentData(),) if self.priority.currentData() else (),
                           channels=(self.channel.currentData(),) if self.channel.currentData() else (),
                           assignee_id=self.assignee.currentData() or None,
                           category_id=self.category.currentData() or None,
                           sla=self.sla.currentData() or None, text=self.text.text().strip())

    # --- loading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        f, sort, desc, backend = self.current_filter(), self.sort, self.descending, self.backend
        self.model.set_pager(lambda after, state: backend.queue_page(f, sort, desc, after))
        if self._counts_task is not None:
            self._counts_task.cancel()
        self._counts_task = run_task(lambda state: backend.status_counts(f), on_done=self._show_counts, owner=self)

    def _show_counts(self, counts: dict) -> None:
        if not isValid(self):
            return
        self._counts_task = None
        for s, b in self.status_buttons.items():
            n = counts.get(s, 0)
            text = fmt_int(min(n, COUNT_CAP)) + ("+" if n > COUNT_CAP else "")
            b.setText(self.tr("%1 (%2)", "status button: name (count)").replace("%1", b.property("base_text"))
                      .replace("%2", text))
        open_n = sum(counts.get(s, 0) for s in ("new", "open", "pending"))
        self.open_button.setText(self.tr("%1 (%2)", "status button: name (count)")
                                 .replace("%1", self.open_button.property("base_text")).replace("%2", fmt_int(open_n)))
        self.counts_loaded.emit(counts)

    @staticmethod
    def _next_due(r):
        """The first response target while unanswered, then the resolution target."""
        if r.first_response_at is None and r.first_response_due_at is not None and r.status in ("new", "open",
                                                                                                  "pending"):
            return r.first_response_due_at
        return r.resolution_due_at

    def _due_tooltip(self, r) -> str:
        lines = [self.tr("First response due: %1").replace("%1", fmt_datetime(r.first_response_due_at)),
                 self.tr("Resolution due: %1").replace("%1", fmt_datetime(r.resolution_due_at))]
        if r.breached:
            lines.insert(0, self.tr("SLA breached"))
        return "\n".join(lines)

    def _loading(self, busy: bool) -> None:
        if busy:
            self.status_label.setText(self.tr("Loading…"))
        else:
            more = self.model.canFetchMore() and self.model.rowCount() > 0
            n = self.model.rowCount()
            self.status_label.setText(self.tr("%Ln tickets loaded; scroll for more", "", n) if more else
                                      self.tr("%Ln tickets", "", n))

    def _header_clicked(self, section: int) -> None:
        header = self.table.horizontalHeader()
        key = SORTABLE.get(section)
        if key is None:        # sorting by free text would sort a million rows: only indexed columns sort
            current = next(k for k, v in SORTABLE.items() if v == self.sort)
            header.setSortIndicator(current, Qt.SortOrder.DescendingOrder if self.descending
                                    else Qt.SortOrder.AscendingOrder)
            self.status_label.setText(self.tr("This column cannot be sorted."))
            return
        self.descending = not self.descending if key == self.sort else key in ("created", "id", "priority")
        self.sort = key
        header.setSortIndicator(section, Qt.SortOrder.DescendingOrder if self.descending
                                else Qt.SortOrder.AscendingOrder)
        self.reload()

    # --- actions ----------------------------------------------------------------------------------
    def selected_rows(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows if self.model.row_at(r) is not None]

    def _selection_changed(self, *_a) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.bulk_status.setEnabled(n > 0)
        self.bulk_assign.setEnabled(n > 0)
        rows = self.selected_rows() if n == 1 else []
        self.customer_button.setEnabled(bool(rows) and rows[0].customer_id is not None)

    def _open_customer(self) -> None:
        rows = self.selected_rows()
        if rows and rows[0].customer_id is not None:
            self.open_customer.emit(rows[0].customer_id)

    def bulk(self, *, status: str | None = None, assignee_id=UNSET) -> None:
        ids = [r.id for r in self.selected_rows()]
        if not ids:
            return

        def done(n):
            if not isValid(self):
                return
            self.status_label.setText(self.tr("%Ln tickets changed", "", n))
            self.reload()

        def failed(exc, _tb):
            msg = str(exc) if isinstance(exc, CrmError) else self.tr("The change failed; nothing was saved.")
            self.status_label.setText(msg)

        run_task(lambda state: self.backend.bulk(ids, status=status, assignee_id=assignee_id),
                 on_done=done, on_error=failed, owner=self)

    def _track(self, dlg) -> None:
        from PySide6.QtWidgets import QDialog

        self._dialogs.append(dlg)
        dlg.changed.connect(lambda _id: self.reload())
        dlg.open_customer.connect(self.open_customer)
        dlg.finished.connect(lambda _r: self._dialogs.remove(dlg) if dlg in self._dialogs else None)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        assert isinstance(dlg, QDialog)
        dlg.show()

    def open_selected(self):
        rows = self.selected_rows()
        if not rows:
            return None
        from crm_app.ui.ticket_dialog import TicketDialog

        dlg = TicketDialog.open_existing(self.db, rows[0].id, self)
        self._track(dlg)
        return dlg

    def open_ticket(self, ticket_id: int):
        from crm_app.ui.ticket_dialog import TicketDialog

        dlg = TicketDialog.open_existing(self.db, ticket_id, self)
        self._track(dlg)
        return dlg

    def new_ticket(self, customer_id: int | None, channel: str = "phone"):
        from crm_app.ui.ticket_dialog import TicketDialog

        dlg = TicketDialog.new(self.db, customer_id, channel, self)
        self._track(dlg)
        return dlg
