"""Pain points: ticket categories and feedback ranked by volume, low CSAT, detractors or trend, with the
tickets behind each, and the customers whose last experience was bad and who have not bought since."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from shiboken6 import isValid

from crm_app.services.support_backend import SupportBackend
from crm_app.ui.i18n import fmt_date, fmt_datetime, fmt_int, fmt_number, fmt_percent
from crm_app.ui.reference_labels import ref_name
from crm_app.ui.support_labels import priority_label, source_label, status_label
from crm_app.ui.table_models import TRAILING, Column, RowsModel
from crm_app.ui.tasks import run_task


def _table(model: RowsModel, stretch: int = 0) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _signed(x: float | None) -> str:
    if x is None:
        return "—"
    return ("+" if x > 0 else "") + fmt_percent(x, 0)


class PainPointsView(QWidget):
    open_customer = Signal(int)
    open_ticket = Signal(int)
    loaded = Signal()

    def __init__(self, db, parent=None, *, backend: SupportBackend | None = None):
        super().__init__(parent)
        self.db = db
        self.backend = backend or SupportBackend(db)
        self.report = None
        self.rank = QComboBox()
        self.rank.setObjectName("painRank")
        for text, key in [(self.tr("By volume"), "volume"), (self.tr("By share of low CSAT"), "low_csat"),
                          (self.tr("By share of detractors"), "detractors"), (self.tr("By trend"), "trend")]:
            self.rank.addItem(text, key)
        self.rank.currentIndexChanged.connect(self._show)
        self.period = QLabel()
        top = QHBoxLayout()
        rank_label = QLabel(self.tr("&Rank:"))
        rank_label.setBuddy(self.rank)
        top.addWidget(rank_label)
        top.addWidget(self.rank)
        top.addStretch(1)
        top.addWidget(self.period)

        self.categories = RowsModel([
            Column(self.tr("Category"), lambda c: ref_name(c.name) or self.tr("(none)")),
            Column(self.tr("Tickets"), lambda c: fmt_int(c.tickets), TRAILING),
            Column(self.tr("Trend"), lambda c: _signed(c.trend), TRAILING,
                   tooltip=lambda c: self.tr("%1 in the previous period").replace("%1", fmt_int(c.previous))),
            Column(self.tr("CSAT"), lambda c: fmt_percent(c.csat), TRAILING,
                   tooltip=lambda c: self.tr("%Ln answers", "", c.csat_answers)),
            Column(self.tr("Low CSAT (1–2)"), lambda c: fmt_percent(c.low_share), TRAILING),
            Column(self.tr("Detractors"), lambda c: fmt_percent(c.detractor_share), TRAILING,
                   tooltip=lambda c: self.tr("%1 of %Ln customers with an NPS answer", "", c.nps_customers).replace(
                       "%1", fmt_int(c.detractors))),
        ], self)
        self.cat_view = _table(self.categories)
        self.cat_view.setObjectName("painCategories")
        self.cat_view.selectionModel().currentRowChanged.connect(self._category_selected)
        self.tickets = RowsModel([
            Column("#", lambda r: fmt_int(r.id), TRAILING), Column(self.tr("Subject"), lambda r: r.subject),
            Column(self.tr("Customer"), lambda r: r.customer or ""),
            Column(self.tr("Status"), lambda r: status_label(r.status)),
            Column(self.tr("Priority"), lambda r: priority_label(r.priority)),
            Column(self.tr("Opened"), lambda r: fmt_datetime(r.created_at))], self)
        self.tickets_view = _table(self.tickets, 1)
        self.tickets_view.doubleClicked.connect(lambda i: self.open_ticket.emit(self.tickets.row_at(i.row()).id))
        self.low_only = QComboBox()
        self.low_only.addItem(self.tr("All tickets of the category"), False)
        self.low_only.addItem(self.tr("Only tickets rated CSAT 1–2"), True)
        self.low_only.currentIndexChanged.connect(lambda _i: self._category_selected())
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.low_only)
        rl.addWidget(self.tickets_view, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.cat_view)
        split.addWidget(right)
        split.setSizes([600, 680])         # the category column keeps room next to long (ru) headers

        self.feedback = RowsModel([
            Column(self.tr("Survey"), lambda f: f.kind.upper()), Column(self.tr("Source"), lambda f: source_label(f.source)),
            Column(self.tr("Answers"), lambda f: fmt_int(f.answers), TRAILING),
            Column(self.tr("Trend"), lambda f: _signed(f.trend), TRAILING),
            Column(self.tr("Score"), lambda f: (fmt_number(f.score, 1) if f.kind == "nps" else fmt_percent(f.score)),
                   TRAILING),
            Column(self.tr("Bad (CSAT 1–2 / NPS 0–6)"), lambda f: fmt_percent(f.bad_share), TRAILING)], self)
        self.unhappy = RowsModel([
            Column(self.tr("Customer"), lambda u: u.name), Column(self.tr("Code"), lambda u: u.code),
            Column(self.tr("Last feedback"), lambda u: f"{u.kind.upper()} {fmt_int(u.score)}"),
            Column(self.tr("When"), lambda u: fmt_date(u.at)),
            Column(self.tr("Ticket"), lambda u: fmt_int(u.ticket_id) if u.ticket_id else ""),
            Column(self.tr("Comment"), lambda u: u.comment or "")], self)
        unhappy_view = _table(self.unhappy, 5)
        unhappy_view.setObjectName("painUnhappy")
        unhappy_view.doubleClicked.connect(lambda i: self.open_customer.emit(self.unhappy.row_at(i.row()).customer_id))

        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("Ticket categories"))
        self.tabs.addTab(_table(self.feedback, 1), self.tr("Feedback"))
        self.tabs.addTab(unhappy_view, self.tr("Unhappy, not back"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        self.reload()

    def reload(self) -> None:
        self.period.setText(self.tr("Loading…"))
        backend = self.backend

        def work(state):
            return backend.pain_points(), backend.unhappy_customers()

        def done(result):
            if not isValid(self):
                return
            self.report, unhappy = result
            self.period.setText(self.tr("Last 90 days: %1 – %2, compared with the 90 days before")
                                .replace("%1", fmt_date(self.report.start)).replace("%2", fmt_date(self.report.end)))
            self.feedback.set_rows(self.report.feedback)
            self.unhappy.set_rows(unhappy)
            self.tabs.setTabText(2, self.tr("Unhappy, not back (%1)").replace("%1", fmt_int(len(unhappy))))
            self._show()
            self.loaded.emit()

        run_task(work, on_done=done, on_error=lambda exc, _tb: self.period.setText(str(exc)), owner=self)

    def _show(self, *_a) -> None:
        if self.report is None:
            return
        self.categories.set_rows(self.report.ranked(self.rank.currentData()))
        if self.categories.rowCount():
            self.cat_view.setCurrentIndex(self.categories.index(0, 0))
            self.cat_view.selectRow(0)
            self._category_selected()

    def _category_selected(self, *_a) -> None:
        row = self.categories.row_at(self.cat_view.currentIndex().row())
        if row is None or self.report is None:
            return
        start, end, low, cid = self.report.start, self.report.end, bool(self.low_only.currentData()), row.category_id
        backend = self.backend
        run_task(lambda state: backend.pain_point_tickets(cid, start, end, low_only=low),
                 on_done=lambda rows: isValid(self) and self.tickets.set_rows(rows), owner=self)
