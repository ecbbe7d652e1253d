"""Leaderboard and campaign lists (birthdays this week, anniversaries this month, points expiring in
30 days, close to the next tier), each exportable to CSV. Double-click a row to open the customer."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from crm_app.domain.money import Money
from crm_app.services.loyalty_backend import LoyaltyBackend
from crm_app.ui.i18n import fmt_date, fmt_int, fmt_money, fmt_percent, qdate
from crm_app.ui.reference_labels import ref_name
from crm_app.ui.table_models import TRAILING, Column, RowsModel
from crm_app.ui.tasks import run_task


def _d(text: str) -> str:
    try:
        return fmt_date(date.fromisoformat(text)) if text else ""
    except ValueError:
        return text


class CampaignsView(QWidget):
    open_customer = Signal(int)
    LIMIT = 1000

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.backend = LoyaltyBackend(db)
        self._task = None
        self.currency = "USD"
        self.which = QComboBox()
        self.which.setObjectName("campaignList")
        for key, label in (("leaderboard", self.tr("Leaderboard: points earned")),
                           ("birthdays", self.tr("Birthdays this week")),
                           ("anniversaries", self.tr("Anniversaries this month")),
                           ("expiring", self.tr("Points expiring in 30 days")),
                           ("near-tier", self.tr("Close to the next tier"))):
            self.which.addItem(label, key)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addYears(-1))
        self.end = QDateEdit(today)
        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        for e in (self.start, self.end):
            e.setCalendarPopup(True)
            e.setDisplayFormat(fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy"))
        self.period = QLabel(self.tr("Period"))
        self.refresh = QPushButton(self.tr("Show"))
        self.export = QPushButton(self.tr("Export CSV…"))
        self.export.setObjectName("exportCsv")
        self.status = QLabel()
        self.status.setObjectName("campaignStatus")
        self.model = RowsModel([], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.tier_names: dict[str, str] = {}
        self.table.doubleClicked.connect(self._open)

        bar = QHBoxLayout()
        bar.addWidget(self.which)
        bar.addWidget(self.period)
        bar.addWidget(self.start)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.end)
        bar.addWidget(self.refresh)
        bar.addStretch(1)
        bar.addWidget(self.export)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        self.which.currentIndexChanged.connect(self.load)
        self.refresh.clicked.connect(self.load)
        self.export.clicked.connect(self.export_csv)
        self.load()

    def _columns(self, which: str) -> list[Column]:
        money = lambda k: (lambda r: fmt_money(Money.from_minor(r[k], self.currency)))  # noqa: E731
        common = [Column(self.tr("Code"), lambda r: r["code"]), Column(self.tr("Customer"), lambda r: r["name"]),
                  Column(self.tr("Tier"), lambda r: ref_name(self.tier_names.get(r["tier"], r["tier"])))]
        extra = {
            "leaderboard": [Column(self.tr("Rank"), lambda r: fmt_int(r["rank"]), TRAILING),
                            Column(self.tr("Points earned"), lambda r: fmt_int(r["points_earned"]), TRAILING)],
            "birthdays": [Column(self.tr("Birthday"), lambda r: _d(r["on"])),
                          Column(self.tr("Turns"), lambda r: fmt_int(r["age"]), TRAILING)],
            "anniversaries": [Column(self.tr("First purchase"), lambda r: _d(r["first_purchase"])),
                              Column(self.tr("Years"), lambda r: fmt_int(r["years"]), TRAILING)],
            "expiring": [Column(self.tr("Points expiring"), lambda r: fmt_int(r["points_expiring"]), TRAILING),
                         Column(self.tr("Balance"), lambda r: fmt_int(r["balance"]), TRAILING),
                         Column(self.tr("First expiry"), lambda r: _d(r["first_expiry"]))],
            "near-tier": [Column(self.tr("Spend (12 months)"), money("spend_minor"), TRAILING),
                          Column(self.tr("Next tier"), lambda r: ref_name(self.tier_names.get(r["next_tier"], r["next_tier"]))),
                          Column(self.tr("Missing"), money("missing_minor"), TRAILING),
                          Column(self.tr("Progress"), lambda r: fmt_percent(r["progress"] * 100, 0), TRAILING)],
        }[which]
        if which == "leaderboard":
            return extra[:1] + common + extra[1:]
        return common + extra + [Column(self.tr("E-mail"), lambda r: r["email"])]

    def _args(self):
        which = self.which.currentData()
        s, e = self.start.date(), self.end.date()
        return which, date(s.year(), s.month(), s.day()), date(e.year(), e.month(), e.day())

    def load(self) -> None:
        which, start, end = self._args()
        lb = which == "leaderboard"
        for w in (self.period, self.start, self.end):
            w.setVisible(lb)
        if self._task is not None:
            self._task.cancel()
        self.status.setText(self.tr("Loading…"))

        def work(state):
            self.tier_names = {t.code: t.name for t in self.backend.rules()[1].tiers}
            return self.backend.currency(), self.backend.campaign(which, None if lb else end, start if lb else None,
                                                                  end, self.LIMIT)

        self._task = run_task(work, on_done=lambda r, w=which: self._show(w, r), on_error=self._failed, owner=self)

    def _failed(self, exc, _tb) -> None:
        self._task = None
        self.status.setText(str(exc))

    def _show(self, which: str, result) -> None:
        self._task = None
        if which != self.which.currentData():
            return
        self.currency, rows = result
        self.model.set_rows([])
        self.model.beginResetModel()
        self.model.columns = self._columns(which)
        self.model.endResetModel()
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        for i, c in enumerate(self.model.columns):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if c.title == self.tr("Customer")
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.status.setText(self.tr("%Ln customers (the first %1; export for all)", "", len(rows))
                            .replace("%1", fmt_int(self.LIMIT)) if len(rows) >= self.LIMIT
                            else self.tr("%Ln customers", "", len(rows)))

    def _open(self, index) -> None:
        row = self.model.row_at(index.row())
        if row:
            self.open_customer.emit(int(row["customer_id"]))

    def export_csv(self, path: str | None = None) -> None:
        which, start, end = self._args()
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), f"{which}.csv",
                                                  self.tr("CSV files (*.csv)"))
        if not path:
            return
        lb = which == "leaderboard"
        self.status.setText(self.tr("Exporting…"))
        self._task = run_task(lambda state: self.backend.export_csv(which, path, None if lb else end,
                                                                   start if lb else None, end),
                              on_done=lambda n: self.status.setText(
                                  self.tr("%Ln rows written to %1", "", n).replace("%1", path)),
                              on_error=self._failed, owner=self)


__all__ = ["CampaignsView", "qdate"]
