"""Redeem and adjust dialogs of the loyalty tab. Each saves through LoyaltyBackend in a background task
and stays open with the reason when the service refuses (above the balance, no reason, ...)."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout)

from crm_app.domain.money import Money
from crm_app.ui.forms import message_label, message_text, save_cancel
from crm_app.ui.i18n import fmt_int, fmt_money, fmt_percent
from crm_app.ui.reference_labels import ref_name
from crm_app.ui.tasks import run_task


def _error_text(exc: BaseException) -> str:
    errors = getattr(exc, "errors", None)
    if errors:
        return "\n".join(message_text(e.message) for e in errors)
    return str(exc)


class _SavingDialog(QDialog):
    def __init__(self, backend, summary, parent=None):
        super().__init__(parent)
        self.backend, self.summary = backend, summary
        self.message = message_label()
        self.message.setObjectName("dialogMessage")
        self.buttons = save_cancel(self)
        self._task = None

    def _run(self, fn, *args) -> None:
        self.buttons.setEnabled(False)
        self.message.setText("")

        def done(_result):
            self._task = None
            self.accept()

        def failed(exc, _tb):
            self._task = None
            self.buttons.setEnabled(True)
            self.message.setText(_error_text(exc))

        self._task = run_task(lambda *a, state: fn(*a), *args, on_done=done, on_error=failed, owner=self)


class RedeemDialog(_SavingDialog):
    """Spend points: on a catalogue reward (its cost; a coupon is issued) or a number of points."""

    def __init__(self, backend, summary, parent=None):
        super().__init__(backend, summary, parent)
        self.setWindowTitle(self.tr("Redeem points"))
        self.reward = QComboBox()
        self.reward.setObjectName("redeemReward")
        self.reward.addItem(self.tr("Points only (no coupon)"), None)
        for r in summary.rewards:
            value = (fmt_percent(r.percent, 0) if r.discount_kind == "percent"
                     else fmt_money(Money.from_minor(r.amount_minor or 0, r.currency or summary.currency)))
            self.reward.addItem(self.tr("%1 — %Ln points (%2)", "", r.points_cost).replace("%1", ref_name(r.name))
                                .replace("%2", value), r.id)
        self.points = QSpinBox()
        self.points.setObjectName("redeemPoints")
        self.points.setRange(1, 10**9)
        self.points.setGroupSeparatorShown(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("redeemReason")
        self.reason.setPlaceholderText(self.tr("What the points were spent on"))
        self.reward.currentIndexChanged.connect(self._reward_changed)
        form = QFormLayout()
        form.addRow(self.tr("Balance"), QLabel(fmt_int(summary.balance)))
        form.addRow(self.tr("Reward"), self.reward)
        form.addRow(self.tr("Points"), self.points)
        form.addRow(self.tr("Reason"), self.reason)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)

    def _reward_changed(self) -> None:
        rid = self.reward.currentData()
        cost = next((r.points_cost for r in self.summary.rewards if r.id == rid), None)
        self.points.setEnabled(cost is None)
        if cost is not None:
            self.points.setValue(cost)

    def save(self) -> None:
        self._run(self.backend.redeem, self.summary.customer_id, self.points.value(),
                  self.reason.text().strip() or None, self.reward.currentData())


class AdjustDialog(_SavingDialog):
    """A manual correction (+/-) with a mandatory reason; it is audited."""

    def __init__(self, backend, summary, parent=None):
        super().__init__(backend, summary, parent)
        self.setWindowTitle(self.tr("Adjust points"))
        self.points = QSpinBox()
        self.points.setObjectName("adjustPoints")
        self.points.setRange(-10**9, 10**9)
        self.points.setGroupSeparatorShown(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("adjustReason")
        self.reason.setPlaceholderText(self.tr("Why (required; kept in the audit log)"))
        form = QFormLayout()
        form.addRow(self.tr("Balance"), QLabel(fmt_int(summary.balance)))
        form.addRow(self.tr("Points (+/−)"), self.points)
        form.addRow(self.tr("Reason"), self.reason)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)

    def save(self) -> None:
        if not self.reason.text().strip():
            self.message.setText(self.tr("A manual adjustment needs a reason."))
            return
        if self.points.value() == 0:
            self.message.setText(self.tr("Enter the points to add (+) or take away (−)."))
            return
        self._run(self.backend.adjust, self.summary.customer_id, self.points.value(), self.reason.text().strip())


class CouponDialog(_SavingDialog):
    """Issue a coupon by hand: a percentage or an amount, valid for N days (audited)."""

    def __init__(self, backend, summary, parent=None):
        super().__init__(backend, summary, parent)
        self.setWindowTitle(self.tr("Issue coupon"))
        self.kind = QComboBox()
        self.kind.setObjectName("couponKind")
        self.kind.addItem(self.tr("Percentage"), "percent")
        self.kind.addItem(self.tr("Amount (%1)").replace("%1", summary.currency), "amount")
        self.value = QSpinBox()
        self.value.setObjectName("couponValue")
        self.value.setRange(1, 100)
        self.value.setValue(10)
        self.kind.currentIndexChanged.connect(
            lambda: self.value.setRange(1, 100 if self.kind.currentData() == "percent" else 10**6))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        form = QFormLayout()
        form.addRow(self.tr("Discount"), self.kind)
        form.addRow(self.tr("Value (percent or whole currency units)"), self.value)
        form.addRow(self.tr("Valid for (days)"), self.days)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)

    def save(self) -> None:
        kind = self.kind.currentData()
        value = self.value.value()
        if kind == "amount":
            value = Money.parse(value, self.summary.currency).to_minor()
        self._run(self.backend.issue_coupon, self.summary.customer_id, kind, value, self.days.value())
