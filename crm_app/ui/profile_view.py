"""The shared customer profile: header, actions and tabs. Everything loads off the GUI thread."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QMenu, QMessageBox, QPushButton,
                               QSplitter, QStackedWidget, QTableView, QTabWidget, QVBoxLayout, QWidget)

from crm_app.domain.errors import CrmError
from crm_app.services.backend import Backend
from crm_app.ui.i18n import fmt_datetime, fmt_int, fmt_money
from crm_app.ui.profile_header import ProfileHeader
from crm_app.ui.reference_labels import ref_name
from crm_app.ui.support_labels import channel_label, priority_label, source_label, status_label
from crm_app.ui.table_models import TRAILING, Column, RowsModel
from crm_app.ui.tasks import BACKGROUND, FIRST, run_task


def _with_buttons(table: QTableView, *buttons: QPushButton) -> QWidget:
    """A tab page: a row of action buttons above a table."""
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.setContentsMargins(0, 4, 0, 0)
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    lay.addLayout(row)
    lay.addWidget(table, 1)
    return page


def make_table(model: RowsModel, stretch: int = 0) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    # size columns from the rows on screen, not the first 1,000: every row asked costs a Python data() call
    header.setResizeContentsPrecision(0)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if model.columnCount():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def fit() -> None:
        # ResizeToContents sizes a column once, from what the model held then (often nothing yet, for the
        # lazy models): size the columns to the rows that arrived, then let the stretch column take the rest.
        # A hidden table (another tab) waits until it is shown: sizing it would read every row.
        if not isValid(view) or not model.columnCount():
            return
        if not view.isVisible():
            view.setProperty("fit_pending", True)
            return
        view.setProperty("fit_pending", False)
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    pending = QTimer(view)
    pending.setSingleShot(True)
    pending.setInterval(0)
    pending.timeout.connect(fit)
    model.modelReset.connect(pending.start)
    model.rowsInserted.connect(pending.start)
    view.installEventFilter(_FitWhenShown(view, pending))
    return view


class _FitWhenShown(QObject):
    def __init__(self, view: QTableView, pending: QTimer):
        super().__init__(view)
        self.pending = pending

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show and obj.property("fit_pending"):
            self.pending.start()
        return False


class ProfileView(QWidget):
    customer_changed = Signal(int)
    open_customer = Signal(int)
    loaded = Signal(int)          # header and tabs of this customer are shown
    privacy_done = Signal(str)    # a data export was saved (its path) or a customer erased (their code)

    def __init__(self, backend: Backend, parent=None):
        super().__init__(parent)
        self.backend = backend
        self.customer_id: int | None = None
        self.header_data = None
        self.prediction = None        # P(alive) and predicted CLV of the customer shown
        self._generation = 0
        self._pending = 0

        self.empty = QLabel(self.tr("Type a name, phone, email or code in the search box (Ctrl+K),\n"
                                    "then press Enter to open the customer."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); font-size: 14px;")
        self.header = ProfileHeader()
        self.btn_edit = QPushButton(self.tr("&Edit"))
        self.btn_order = QPushButton(self.tr("Record &purchase"))
        self.btn_note = QPushButton(self.tr("Add &note"))
        self.btn_merge = QPushButton(self.tr("&Merge…"))
        self.btn_edit.clicked.connect(self.edit_customer)
        self.btn_order.clicked.connect(self.record_purchase)
        self.btn_note.clicked.connect(self.add_note)
        self.btn_merge.clicked.connect(self.merge)
        self.btn_report = QPushButton(self.tr("Profile &report…"))
        self.btn_report.setObjectName("profileReport")
        self.btn_report.clicked.connect(self.export_report)
        self.btn_privacy = QPushButton(self.tr("Data &privacy"))
        self.btn_privacy.setObjectName("profilePrivacy")
        privacy = QMenu(self.btn_privacy)
        self.action_export_data = privacy.addAction(self.tr("Export all of this customer's data…"),
                                                    lambda: self.export_data())
        self.action_erase = privacy.addAction(self.tr("Erase this customer's personal data…"),
                                              lambda: self.erase())
        self.btn_privacy.setMenu(privacy)
        actions = QHBoxLayout()
        for b in (self.btn_edit, self.btn_order, self.btn_note, self.btn_merge, self.btn_report, self.btn_privacy):
            actions.addWidget(b)
        actions.addStretch(1)

        self.orders = RowsModel([
            Column(self.tr("Date"), lambda r: fmt_datetime(r.ordered_at)),
            Column(self.tr("Order"), lambda r: r.code or str(r.id)),
            Column(self.tr("Lines"), lambda r: fmt_int(r.lines), TRAILING),
            Column(self.tr("Total"), lambda r: fmt_money(r.total), TRAILING),
            Column(self.tr("Refunded"), lambda r: fmt_money(r.refunded) if r.refunded.amount else "", TRAILING),
            Column(self.tr("Net"), lambda r: fmt_money(r.net), TRAILING),
        ], self)
        self.lines = RowsModel([
            Column(self.tr("Item"), lambda r: r.description),
            Column(self.tr("Qty"), lambda r: fmt_int(r.quantity), TRAILING),
            Column(self.tr("Unit price"), lambda r: fmt_money(r.unit_price), TRAILING),
            Column(self.tr("Amount"), lambda r: fmt_money(r.amount), TRAILING),
        ], self)
        self.orders_view = make_table(self.orders, stretch=1)
        self.orders_view.setObjectName("ordersTable")
        self.orders_view.selectionModel().currentRowChanged.connect(self._order_selected)
        self.lines_view = make_table(self.lines)
        from crm_app.ui.charts import SpendChart

        self.chart = SpendChart()
        purchases = QSplitter(Qt.Orientation.Vertical)
        purchases.addWidget(self.orders_view)
        purchases.addWidget(self.lines_view)
        purchases.addWidget(self.chart)
        purchases.setSizes([300, 120, 160])

        from crm_app.ui.loyalty_tab import LoyaltyTab

        self.loyalty = LoyaltyTab(backend.db)
        self.loyalty.setObjectName("profileLoyalty")
        self.loyalty.changed.connect(self.reload)

        self.tickets = RowsModel([
            Column(self.tr("Opened"), lambda r: fmt_datetime(r.created_at)), Column(self.tr("Subject"), lambda r: r.subject),
            Column(self.tr("Status"), lambda r: status_label(r.status)),
            Column(self.tr("Priority"), lambda r: priority_label(r.priority)),
            Column(self.tr("Channel"), lambda r: channel_label(r.channel)),
            Column(self.tr("Category"), lambda r: ref_name(r.category)),
            Column(self.tr("Resolved"), lambda r: fmt_datetime(r.resolved_at) if r.resolved_at else "")], self)
        self.feedback = RowsModel([
            Column(self.tr("Date"), lambda r: fmt_datetime(r.created_at)), Column(self.tr("Survey"), lambda r: r.kind.upper()),
            Column(self.tr("Score"), lambda r: fmt_int(r.score), TRAILING), Column(self.tr("Source"), lambda r: source_label(r.source)),
            Column(self.tr("Comment"), lambda r: r.comment or "")], self)
        self.notes = RowsModel([
            Column(self.tr("Date"), lambda r: fmt_datetime(r.created_at)), Column(self.tr("Note"), lambda r: r.body),
            Column(self.tr("By"), lambda r: r.author or "")], self)
        self.timeline = RowsModel([
            Column(self.tr("When"), lambda r: fmt_datetime(r.at)), Column(self.tr("What"), lambda r: r.title),
            Column(self.tr("Details"), lambda r: r.detail)], self)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("profileTabs")
        self.tabs.addTab(purchases, self.tr("Purchases"))
        self.tabs.addTab(self.loyalty, self.tr("Loyalty"))
        self.tickets_view = make_table(self.tickets, stretch=1)
        self.tickets_view.setObjectName("profileTickets")
        self.tickets_view.doubleClicked.connect(lambda index: self.open_ticket(self.tickets.row_at(index.row())))
        self.btn_ticket = QPushButton(self.tr("New &ticket…"))
        self.btn_ticket.setObjectName("profileNewTicket")
        self.btn_ticket.clicked.connect(lambda: self.new_ticket())
        self.btn_open_ticket = QPushButton(self.tr("&Open ticket"))
        self.btn_open_ticket.clicked.connect(
            lambda: self.open_ticket(self.tickets.row_at(self.tickets_view.currentIndex().row())))
        self.tabs.addTab(_with_buttons(self.tickets_view, self.btn_ticket, self.btn_open_ticket), self.tr("Tickets"))
        self.btn_nps = QPushButton(self.tr("Record NPS &answer…"))
        self.btn_nps.setObjectName("profileRecordNps")
        self.btn_nps.clicked.connect(self.record_nps)
        self.tabs.addTab(_with_buttons(make_table(self.feedback, stretch=4), self.btn_nps), self.tr("Feedback"))
        self.tabs.addTab(make_table(self.notes, stretch=1), self.tr("Notes"))
        self.tabs.addTab(make_table(self.timeline, stretch=2), self.tr("Timeline"))

        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.header)
        pl.addLayout(actions)
        pl.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)

    # --- loading ------------------------------------------------------------------------------
    def load(self, customer_id: int) -> None:
        """Header, tabs and the first page of orders first (what the agent reads during a call); then, when
        they are on screen, the loyalty tab and the model's prediction, so those do not compete with them
        for the workers and the interpreter lock."""
        self.customer_id = customer_id
        self._generation += 1
        generation = self._generation
        self._pending = 3     # header, tabs, the first page of orders
        self.prediction = None

        def part_done():
            self._pending -= 1
            if self._pending == 0:
                self.loaded.emit(customer_id)
                self._load_the_rest(customer_id, generation)

        def header_done(h):
            if generation == self._generation:
                self.header_data = h
                self.header.show_header(h)
                self.header.show_prediction(self.prediction)     # when it came first
                self.stack.setCurrentIndex(1)
                part_done()

        def tabs_done(d):
            if generation == self._generation:
                self.chart.set_data(d["spend"], self.header_data.currency if self.header_data else "")
                self.tickets.set_rows(d["tickets"])
                self.feedback.set_rows(d["feedback"])
                self.notes.set_rows(d["notes"])
                self.timeline.set_rows(d["timeline"])
                self.tabs.setTabText(2, self.tr("Tickets (%1)").replace("%1", fmt_int(len(d["tickets"]))))
                self.tabs.setTabText(3, self.tr("Feedback (%1)").replace("%1", fmt_int(len(d["feedback"]))))
                self.tabs.setTabText(4, self.tr("Notes (%1)").replace("%1", fmt_int(len(d["notes"]))))
                part_done()

        def header_failed(exc, tb):
            from crm_app.domain.errors import NotFound

            if isinstance(exc, NotFound):
                self.customer_id = None
                self.stack.setCurrentIndex(0)
            else:
                self._error(exc, tb)

        run_task(lambda state: self.backend.profile_header(customer_id), on_done=header_done,
                 on_error=header_failed, priority=FIRST, owner=self)
        run_task(lambda state: self.backend.profile_tabs(customer_id), on_done=tabs_done, on_error=self._error,
                 priority=FIRST, owner=self)
        self.lines.set_rows([])

        def first_page(_n: int) -> None:
            self.orders.page_loaded.disconnect(first_page)
            if generation == self._generation:
                part_done()

        self.orders.page_loaded.connect(first_page)
        self.orders.set_pager(lambda before, state: [
            (o, (o.ordered_at, o.id)) for o in self.backend.orders_page(customer_id, before)])

    def _load_the_rest(self, customer_id: int, generation: int) -> None:
        def prediction_done(p):
            if generation == self._generation:
                self.prediction = p
                self.header.show_prediction(p)

        self.loyalty.load(customer_id)
        run_task(lambda state: self.backend.profile_prediction(customer_id), on_done=prediction_done, owner=self,
                 priority=BACKGROUND)

    def _order_selected(self, current, _previous) -> None:
        order = self.orders.row_at(current.row())
        if order is None:
            return
        run_task(lambda state: self.backend.order_lines(order.id), on_done=self.lines.set_rows, on_error=self._error, owner=self)

    def _error(self, exc, _tb) -> None:
        QMessageBox.warning(self, self.tr("Retain CRM"), str(exc))

    def reload(self) -> None:
        if self.customer_id is not None:
            self.load(self.customer_id)
            self.customer_changed.emit(self.customer_id)

    # --- actions ------------------------------------------------------------------------------
    def edit_customer(self) -> None:
        if self.customer_id is None:
            return
        from crm_app.ui.customer_form import CustomerDialog

        cid = self.customer_id
        data, version = self.backend.customer_form(cid)  # one small read; the form needs it to open
        dlg = CustomerDialog(self.backend, data, customer_id=cid, version=version, parent=self)
        if dlg.exec():
            self.reload()

    def record_purchase(self) -> None:
        if self.customer_id is None:
            return
        from crm_app.ui.order_form import OrderDialog

        dlg = OrderDialog(self.backend, self.customer_id, self.backend.currency(), parent=self)
        if dlg.exec():
            self.reload()

    def add_note(self) -> None:
        if self.customer_id is None:
            return
        from crm_app.ui.note_dialog import NoteDialog

        dlg = NoteDialog(self)
        if dlg.exec():
            try:
                self.backend.add_note(self.customer_id, dlg.text())
            except CrmError as exc:
                QMessageBox.warning(self, self.tr("Note not saved"), str(exc))
                return
            self.reload()

    def merge(self) -> None:
        if self.customer_id is None or self.header_data is None:
            return
        from crm_app.ui.merge_dialog import MergeDialog

        dlg = MergeDialog(self.backend, self.header_data, parent=self)
        if dlg.exec() and dlg.survivor_id is not None:
            self.load(dlg.survivor_id)
            self.customer_changed.emit(dlg.survivor_id)
            self.open_customer.emit(dlg.survivor_id)

    def export_report(self):
        """This customer's profile as a PDF (with a print preview)."""
        if self.header_data is None:
            return None
        from crm_app.ui.report_dialog import ReportDialog

        dlg = ReportDialog(self.backend.db, "customer", customer_code=self.header_data.code, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dlg
        dlg.show()
        return dlg

    # --- data privacy -------------------------------------------------------------------------
    def export_data(self, path: str | None = None) -> None:
        """A data-access request: everything held about the customer, as a zip (audited)."""
        if self.header_data is None:
            return
        h = self.header_data
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the customer's data as"),
                                                  f"{h.code}-data.zip", self.tr("Zip archive (*.zip)"))
            if not path:
                return
        cid = h.id

        def done(where):
            self.privacy_done.emit(where)
            QMessageBox.information(self, self.tr("Customer data exported"),
                                    self.tr("All data of %1 was saved to %2.").replace("%1", h.name)
                                    .replace("%2", where))

        run_task(lambda state: self.backend.export_customer_data(cid, path), on_done=done, on_error=self._error,
                 owner=self)

    def erase(self, reason: str | None = None) -> None:
        """Erase the customer's personal data after a confirmation with a reason (the orders stay, anonymous,
        so the business's figures do not change)."""
        if self.header_data is None:
            return
        h = self.header_data
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Erase personal data"),
                self.tr("This removes the name, phones, emails, notes and texts of %1 (%2) for good. Orders, "
                        "points, tickets and scores stay, without the person.\n\nWhy (e.g. the customer's "
                        "request of today)?").replace("%1", h.name).replace("%2", h.code))
            if not ok:
                return
        if not (reason or "").strip():
            QMessageBox.warning(self, self.tr("Erase personal data"),
                                self.tr("Nothing was erased: a reason is needed for the audit log."))
            return
        cid = h.id

        def done(_result):
            self.privacy_done.emit(h.code)
            self.reload()

        run_task(lambda state: self.backend.erase_customer(cid, reason.strip()), on_done=done, on_error=self._error,
                 owner=self)

    # --- support ------------------------------------------------------------------------------
    def new_ticket(self, channel: str = "phone") -> None:
        """Log a call (or any contact) as a ticket for this customer; the channel is prefilled."""
        if self.customer_id is None:
            return
        from crm_app.ui.ticket_dialog import TicketDialog

        self._show_ticket(TicketDialog.new(self.backend.db, self.customer_id, channel, self))

    def open_ticket(self, row) -> None:
        if row is None:
            return
        from crm_app.ui.ticket_dialog import TicketDialog

        self._show_ticket(TicketDialog.open_existing(self.backend.db, row.id, self))

    def _show_ticket(self, dlg) -> None:
        self.ticket_dialog = dlg
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.created.connect(lambda _id: self.reload())
        dlg.changed.connect(lambda _id: self.reload())
        dlg.open_customer.connect(self.open_customer)
        dlg.show()

    def record_nps(self) -> None:
        if self.customer_id is None:
            return
        from crm_app.ui.nps_dialog import NpsDialog

        dlg = NpsDialog(self.backend.db, self.customer_id, self)
        dlg.saved.connect(lambda _id: self.reload())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.nps_dialog = dlg
        dlg.show()
