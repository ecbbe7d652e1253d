"""The Loyalty tab of the customer profile: balance, tier with progress to the next tier, badges with
their dates, the points ledger, the customer's coupons, and the redeem / adjust dialogs.

    tab = LoyaltyTab(db)        # crm_app.db.engine.Database
    tab.load(customer_id)       # reads in the background; `loaded` is emitted when shown
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QGroupBox, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QSizePolicy, QSplitter, QTableView, QVBoxLayout, QWidget)

from crm_app.domain.money import Money
from crm_app.services.loyalty_backend import LoyaltyBackend
from crm_app.ui.i18n import fmt_date, fmt_datetime, fmt_int, fmt_money, fmt_percent
from crm_app.ui.loyalty_dialogs import AdjustDialog, CouponDialog, RedeemDialog
from crm_app.ui.reference_labels import ref_name
from crm_app.ui.table_models import TRAILING, Column, RowsModel
from crm_app.ui.tasks import run_task

BADGE_COLUMNS = 5


def _table(model) -> QTableView:
    v = QTableView()
    v.setModel(model)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v.verticalHeader().hide()
    v.setAlternatingRowColors(True)
    v.horizontalHeader().setStretchLastSection(True)
    v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return v


class BadgeTile(QFrame):
    def __init__(self, name: str, earned: str | None, description: str, parent=None):
        super().__init__(parent)
        self.setObjectName("badgeTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        on = earned is not None
        self.setStyleSheet("#badgeTile { border-radius: 6px; border: 1px solid %s; background: %s; }"
                           % (("#d4a017", "#fff8e1") if on else ("#cfd8dc", "#f5f5f5")))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        title = QLabel(("★ " if on else "☆ ") + name)
        title.setStyleSheet("font-weight: 600;" + ("" if on else "color: #90a4ae;"))
        title.setWordWrap(True)
        when = QLabel(earned if on else self.tr("not yet"))
        when.setStyleSheet("color: #5d4037;" if on else "color: #90a4ae;")
        lay.addWidget(title)
        lay.addWidget(when)
        self.setToolTip(description)
        self.earned = on


class LoyaltyTab(QWidget):
    loaded = Signal()
    changed = Signal()            # points were redeemed or adjusted

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.backend = LoyaltyBackend(db)
        self.customer_id: int | None = None
        self.summary = None
        self._task = None
        self._dialog = None

        self.balance = QLabel("—")
        self.balance.setObjectName("loyaltyBalance")
        self.balance.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.tier = QLabel("—")
        self.tier.setObjectName("loyaltyTier")
        self.tier.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.progress = QProgressBar()
        self.progress.setObjectName("tierProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress_text = QLabel()
        self.progress_text.setWordWrap(True)
        self.expiring = QLabel()
        self.expiring.setObjectName("loyaltyExpiring")
        self.redeem_button = QPushButton(self.tr("Redeem…"))
        self.redeem_button.setObjectName("redeemButton")
        self.adjust_button = QPushButton(self.tr("Adjust…"))
        self.adjust_button.setObjectName("adjustButton")
        self.coupon_button = QPushButton(self.tr("Issue coupon…"))
        self.coupon_button.setObjectName("couponButton")
        self.coupon_button.clicked.connect(self.open_coupon)
        self.redeem_button.clicked.connect(self.open_redeem)
        self.adjust_button.clicked.connect(self.open_adjust)
        self.status = QLabel()
        self.status.setObjectName("loyaltyStatus")
        self.status.setWordWrap(True)

        head = QGridLayout()
        head.addWidget(QLabel(self.tr("Points balance")), 0, 0)
        head.addWidget(self.balance, 1, 0)
        head.addWidget(self.expiring, 2, 0)
        head.addWidget(QLabel(self.tr("Tier")), 0, 1)
        head.addWidget(self.tier, 1, 1)
        head.addWidget(self.progress, 1, 2)
        head.addWidget(self.progress_text, 2, 1, 1, 2)
        buttons = QVBoxLayout()
        buttons.addWidget(self.redeem_button)
        buttons.addWidget(self.adjust_button)
        buttons.addWidget(self.coupon_button)
        buttons.addStretch(1)
        head.addLayout(buttons, 0, 3, 3, 1)
        head.setColumnStretch(2, 1)

        self.badge_box = QGroupBox(self.tr("Badges"))
        self.badge_grid = QGridLayout(self.badge_box)
        self.badge_grid.setSpacing(6)

        self.ledger_model = RowsModel([
            Column(self.tr("When"), lambda r: fmt_datetime(r.occurred_at)),
            Column(self.tr("Entry"), lambda r: self._kind(r.kind)),
            Column(self.tr("Points"), lambda r: (QLocale().positiveSign() if r.points > 0 else "") + fmt_int(r.points),
                   TRAILING),
            Column(self.tr("Balance"), lambda r: fmt_int(r.balance_after), TRAILING),
            Column(self.tr("Expires"), lambda r: fmt_date(r.expires_on) if r.expires_on else ""),
            Column(self.tr("Details"), self._details),
        ], self)
        self.ledger = _table(self.ledger_model)
        self.ledger.setObjectName("ledgerTable")
        self.coupon_model = RowsModel([
            Column(self.tr("Code"), lambda c: c.code),
            Column(self.tr("Offer"), self._discount),
            Column(self.tr("From"), lambda c: self._origin(c.origin)),
            Column(self.tr("Status"), lambda c: self._status(c)),
            Column(self.tr("Issued", "date column"), lambda c: fmt_date(c.issued_at)),
            Column(self.tr("Expires"), lambda c: fmt_date(c.expires_on)),
        ], self)
        self.coupons = _table(self.coupon_model)
        self.coupons.setObjectName("couponTable")

        ledger_box = QGroupBox(self.tr("Points ledger"))
        QVBoxLayout(ledger_box).addWidget(self.ledger)
        coupon_box = QGroupBox(self.tr("Coupons"))
        QVBoxLayout(coupon_box).addWidget(self.coupons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(ledger_box)
        split.addWidget(coupon_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.status)
        lay.addWidget(self.badge_box)
        lay.addWidget(split, 1)
        self._set_enabled(False)

    # --- labels ---------------------------------------------------------------------------------------
    def _kind(self, kind: str) -> str:
        return {"earn": self.tr("Earned"), "bonus": self.tr("Bonus"), "redeem": self.tr("Redeemed"),
                "expire": self.tr("Expired"), "adjust": self.tr("Adjustment"),
                "reverse": self.tr("Refund reversal")}.get(kind, kind)

    def _details(self, r) -> str:
        if r.kind == "earn" and r.reason:
            return self.tr("Order %1").replace("%1", r.reason)
        if r.kind == "expire":
            return self.tr("Oldest points, due by %1").replace("%1", fmt_date(r.occurred_at))
        return r.reason or ""

    def _origin(self, origin: str) -> str:
        return {"reward": self.tr("Reward"), "thank_you": self.tr("Thank-you"), "birthday": self.tr("Birthday"),
                "anniversary": self.tr("Anniversary"), "manual": self.tr("By hand")}.get(origin, origin)

    def _status(self, c) -> str:
        if c.status == "redeemed" and c.redeemed_order_id:
            return self.tr("Redeemed (order %1)", "coupon status").replace("%1", fmt_int(c.redeemed_order_id))
        return {"issued": self.tr("Issued", "coupon status"), "redeemed": self.tr("Redeemed", "coupon status"),
                "expired": self.tr("Expired", "coupon status")}.get(c.status, c.status)

    def _discount(self, c) -> str:
        if c.discount_kind == "percent":
            return fmt_percent(c.percent, 0)
        cur = c.currency or (self.summary.currency if self.summary else "USD")
        return fmt_money(Money.from_minor(c.amount_minor or 0, cur))

    def _set_enabled(self, on: bool) -> None:
        self.redeem_button.setEnabled(on)
        self.adjust_button.setEnabled(on)
        self.coupon_button.setEnabled(on)

    # --- loading --------------------------------------------------------------------------------------
    def load(self, customer_id: int) -> None:
        self.customer_id = customer_id
        if self._task is not None:
            self._task.cancel()
        self.status.setText(self.tr("Loading…"))
        self._set_enabled(False)
        self._task = run_task(lambda cid, state: self.backend.summary(cid), customer_id,
                              on_done=lambda s, cid=customer_id: self._show(cid, s), on_error=self._failed, owner=self)

    def reload(self) -> None:
        if self.customer_id is not None:
            self.load(self.customer_id)

    def _failed(self, exc, _tb) -> None:
        self._task = None
        self.status.setText(self.tr("Could not load the loyalty data: %1").replace("%1", str(exc)))

    def _show(self, customer_id: int, s) -> None:
        self._task = None
        if customer_id != self.customer_id:
            return
        self.summary = s
        self.balance.setText(self.tr("%Ln points", "", s.balance))
        color = s.tier.color or "#455a64"
        self.tier.setText(ref_name(s.tier.name))
        self.tier.setStyleSheet(f"font-size: 16px; font-weight: 600; color: {color};")
        p = s.progress
        self.progress.setValue(int(round(p.fraction * 1000)))
        spend = fmt_money(Money.from_minor(p.spend_minor, s.currency))
        if p.next_tier is None:
            self.progress.setFormat(self.tr("Top tier"))
            self.progress_text.setText(self.tr("Spend in the last 12 months: %1").replace("%1", spend))
        else:
            self.progress.setFormat(fmt_percent(p.fraction * 100, 0))
            self.progress_text.setText(
                self.tr("Spend in the last 12 months: %1 · %2 more to reach %3")
                .replace("%1", spend).replace("%2", fmt_money(Money.from_minor(p.missing_minor, s.currency)))
                .replace("%3", ref_name(p.next_tier.name)))
        if s.expiring_points > 0:
            self.expiring.setText(self.tr("%Ln points expire by %1", "", s.expiring_points)
                                  .replace("%1", fmt_date(s.expiring_by)))
            self.expiring.setStyleSheet("color: #c62828;")
        else:
            self.expiring.setText(self.tr("No points expire in the next 30 days"))
            self.expiring.setStyleSheet("color: #607d8b;")
        self._badges(s.badges)
        self.ledger_model.set_rows(s.ledger)
        self.coupon_model.set_rows(s.coupons)
        self.status.setText("")
        self._set_enabled(True)
        self.loaded.emit()

    def _badges(self, badges) -> None:
        while self.badge_grid.count():
            w = self.badge_grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        ordered = sorted(badges, key=lambda b: (b.awarded_on is None, b.awarded_on or 0))
        for i, b in enumerate(ordered):
            tile = BadgeTile(ref_name(b.name), fmt_date(b.awarded_on) if b.awarded_on else None, b.description)
            tile.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.badge_grid.addWidget(tile, i // BADGE_COLUMNS, i % BADGE_COLUMNS)

    def badge_tiles(self) -> list[BadgeTile]:
        return [self.badge_grid.itemAt(i).widget() for i in range(self.badge_grid.count())]

    # --- actions --------------------------------------------------------------------------------------
    def _open(self, cls) -> None:
        if self.summary is None:
            return
        self._dialog = cls(self.backend, self.summary, self)
        self._dialog.accepted.connect(self._after_change)
        self._dialog.open()

    def open_redeem(self) -> None:
        self._open(RedeemDialog)

    def open_adjust(self) -> None:
        self._open(AdjustDialog)

    def open_coupon(self) -> None:
        self._open(CouponDialog)

    def _after_change(self) -> None:
        self.changed.emit()
        self.reload()
