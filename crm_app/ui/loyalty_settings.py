"""Settings page of the loyalty program: earning, bonuses, expiry, tiers and coupons by rule.
Saving stores a new version of the rules (older versions stay); tiers are mirrored to the tier table."""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from crm_app.domain.errors import CrmError
from crm_app.domain.loyalty import CouponRule, LoyaltyRules, TierRule
from crm_app.domain.money import Money, exponent
from crm_app.services.loyalty_backend import LoyaltyBackend
from crm_app.ui.forms import message_label, message_text
from crm_app.ui.i18n import fmt_int
from crm_app.ui.tasks import run_task


def _edit_text(value: Decimal | float, decimals: int) -> str:
    """A number as the user types it in this locale (locale digits and decimal point, no grouping)."""
    loc = QLocale()
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(float(value), "f", decimals)


def _parse(text: str, what: str) -> Decimal:
    """Read a number typed in any script (Arabic-Indic, Persian or ASCII digits; locale separators)."""
    loc = QLocale()
    t = text.strip().replace(loc.groupSeparator(), "").replace(loc.decimalPoint(), ".").replace("٫", ".")
    t = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in t)
    try:
        return Decimal(t or "0")
    except InvalidOperation:
        raise CrmError(QCoreApplication.translate("LoyaltySettingsPage", "%1: not a number")
                       .replace("%1", what)) from None


def _money_text(minor: int, currency: str) -> str:
    return _edit_text(Money.from_minor(minor, currency).amount, exponent(currency))


def _spin(lo: int, hi: int, name: str) -> QSpinBox:
    s = QSpinBox()
    s.setRange(lo, hi)
    s.setGroupSeparatorShown(True)
    s.setObjectName(name)
    return s


class CouponRuleBox(QGroupBox):
    def __init__(self, title: str, name: str, with_minimum: bool = False, parent=None):
        super().__init__(title, parent)
        self.setObjectName(name)
        self.enabled = QCheckBox(self.tr("Issue automatically"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Percentage"), "percent")
        self.kind.addItem(self.tr("Amount"), "amount")
        self.value = QLineEdit()
        self.value.setObjectName(f"{name}Value")
        self.days = _spin(1, 3650, f"{name}Days")
        self.minimum = QLineEdit() if with_minimum else None
        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self.tr("Discount"), self.kind)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Valid for (days)"), self.days)
        if self.minimum is not None:
            form.addRow(self.tr("After orders from"), self.minimum)

    def set_rule(self, r: CouponRule, currency: str) -> None:
        self.enabled.setChecked(r.enabled)
        self.kind.setCurrentIndex(0 if r.discount_kind == "percent" else 1)
        self.value.setText(_edit_text(r.percent, 0) if r.discount_kind == "percent"
                           else _money_text(r.amount_minor, currency))
        self.days.setValue(r.valid_days)
        if self.minimum is not None:
            self.minimum.setText(_money_text(r.min_order_minor, currency))

    def rule(self, currency: str) -> CouponRule:
        kind = self.kind.currentData()
        value = _parse(self.value.text(), self.title())
        if kind == "percent":
            if value != value.to_integral_value() or not 0 < value <= 100:
                raise CrmError(self.tr("%1: the percentage must be a whole number from 1 to 100")
                               .replace("%1", self.title()))
            percent, amount = int(value), 0
        else:
            percent, amount = 0, Money.parse(value, currency).to_minor()
            if amount <= 0:
                raise CrmError(self.tr("%1: the amount must be above zero").replace("%1", self.title()))
        minimum = (Money.parse(_parse(self.minimum.text(), self.title()), currency).to_minor()
                   if self.minimum is not None else 0)
        return CouponRule(self.enabled.isChecked(), kind, percent, amount, self.days.value(), minimum)


class LoyaltySettingsPage(QWidget):
    saved = Signal(int)         # the new rule-set version

    TIER_COLUMNS = 5

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.backend = LoyaltyBackend(db)
        self.rules: LoyaltyRules | None = None
        self.currency = "USD"
        self._task = None

        self.version = QLabel()
        self.version.setObjectName("rulesVersion")
        self.points = _spin(0, 10**6, "pointsPerUnit")
        self.unit = QLineEdit()
        self.unit.setObjectName("spendUnit")
        self.unit_currency = QLabel()
        earn = QGroupBox(self.tr("Earning"))
        row = QHBoxLayout(earn)
        row.addWidget(self.points)
        row.addWidget(QLabel(self.tr("points for every")))
        row.addWidget(self.unit)
        row.addWidget(self.unit_currency)
        row.addStretch(1)

        self.bonus = {k: _spin(0, 10**6, f"bonus_{k}") for k in
                      ("first_purchase", "birthday", "feedback", "referral", "anniversary")}
        bonus = QGroupBox(self.tr("Bonus points"))
        bform = QFormLayout(bonus)
        labels = {"first_purchase": self.tr("First purchase"), "birthday": self.tr("Birthday"),
                  "feedback": self.tr("Feedback given"), "referral": self.tr("Referral"),
                  "anniversary": self.tr("Anniversary")}
        for k, w in self.bonus.items():
            bform.addRow(labels[k], w)

        self.expiry = _spin(0, 600, "expiryMonths")
        self.expiry.setSpecialValueText(self.tr("never"))
        self.window = _spin(1, 120, "tierWindowMonths")
        self.grace = _spin(0, 365, "graceDays")
        timing = QGroupBox(self.tr("Expiry and windows"))
        tform = QFormLayout(timing)
        tform.addRow(self.tr("Points expire after (months)"), self.expiry)
        tform.addRow(self.tr("Tier spend window (months)"), self.window)
        tform.addRow(self.tr("Birthday/anniversary grace (days)"), self.grace)

        self.tiers = QTableWidget(0, self.TIER_COLUMNS)
        self.tiers.setObjectName("tierTable")
        self.tiers.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("From spend"),
                                              self.tr("Multiplier"), self.tr("Perks")])
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tiers.horizontalHeader().setStretchLastSection(True)
        self.tiers.verticalHeader().hide()
        add = QPushButton(self.tr("Add tier"))
        remove = QPushButton(self.tr("Remove tier"))
        add.clicked.connect(lambda: self._add_tier(TierRule("", "", self.tiers.rowCount(), 0)))
        remove.clicked.connect(lambda: self.tiers.removeRow(self.tiers.currentRow())
                               if self.tiers.currentRow() > 0 else None)
        tier_box = QGroupBox(self.tr("Tiers (by net spend over the window)"))
        tl = QVBoxLayout(tier_box)
        tl.addWidget(self.tiers)
        tb = QHBoxLayout()
        tb.addWidget(add)
        tb.addWidget(remove)
        tb.addStretch(1)
        tl.addLayout(tb)

        self.thank_you = CouponRuleBox(self.tr("Thank-you coupon after a purchase"), "thankYou", True)
        self.birthday = CouponRuleBox(self.tr("Birthday offer"), "birthdayOffer")
        self.six_months = CouponRuleBox(self.tr("Offer after six months with us"), "sixMonths")
        coupons = QGridLayout()
        coupons.addWidget(self.thank_you, 0, 0)
        coupons.addWidget(self.birthday, 0, 1)
        coupons.addWidget(self.six_months, 0, 2)

        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setObjectName("saveRules")
        self.save_button.clicked.connect(self.save)
        self.message = message_label()
        self.message.setObjectName("rulesMessage")
        self.status = QLabel()
        self.status.setObjectName("rulesStatus")

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(self.version)
        top = QGridLayout()
        top.addWidget(earn, 0, 0, 1, 2)
        top.addWidget(bonus, 1, 0)
        top.addWidget(timing, 1, 1)
        lay.addLayout(top)
        lay.addWidget(tier_box)
        lay.addLayout(coupons)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.status, 1)
        lay.addLayout(actions)
        lay.addWidget(self.message)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.load()

    # --- loading ----------------------------------------------------------------------------------------
    def load(self) -> None:
        self.save_button.setEnabled(False)
        self._task = run_task(lambda state: (self.backend.rules(), self.backend.currency()), on_done=self._show,
                              on_error=lambda e, _tb: self.message.setText(str(e)), owner=self)

    def _show(self, result) -> None:
        (version, rules), currency = result
        self._task = None
        self.rules, self.currency = rules, currency
        self.version.setText(self.tr("Current rules: version %1").replace("%1", fmt_int(version)) if version
                             else self.tr("Current rules: defaults (not saved yet)"))
        self.points.setValue(rules.points_per_unit)
        self.unit.setText(_money_text(rules.unit_minor, currency))
        self.unit_currency.setText(currency)
        for k, w in self.bonus.items():
            w.setValue(rules.bonus(k))
        self.expiry.setValue(rules.expiry_months)
        self.window.setValue(rules.tier_window_months)
        self.grace.setValue(rules.date_grace_days)
        self.tiers.setRowCount(0)
        for t in rules.tiers:
            self._add_tier(t)
        self.thank_you.set_rule(rules.thank_you, currency)
        self.birthday.set_rule(rules.birthday_offer, currency)
        self.six_months.set_rule(rules.six_months_offer, currency)
        self.save_button.setEnabled(True)

    def _add_tier(self, t: TierRule) -> None:
        r = self.tiers.rowCount()
        self.tiers.insertRow(r)
        values = [t.code, t.name, _money_text(t.min_spend_minor, self.currency),
                  QLocale().toString(float(t.multiplier), "g", 6), t.perks]
        for c, v in enumerate(values):
            self.tiers.setItem(r, c, QTableWidgetItem(v))

    # --- saving -----------------------------------------------------------------------------------------
    def collect(self) -> LoyaltyRules:
        cur = self.currency
        tiers = []
        for r in range(self.tiers.rowCount()):
            cell = lambda c: (self.tiers.item(r, c).text().strip() if self.tiers.item(r, c) else "")  # noqa: E731
            code = cell(0).lower()
            if not code:
                raise CrmError(self.tr("Tier %1 needs a code").replace("%1", fmt_int(r + 1)))
            mult = float(_parse(cell(3) or "1", self.tr("Multiplier")))     # a points multiplier, not money
            old = self.rules.tier(code) if self.rules else None
            spend = Money.parse(_parse(cell(2), self.tr("From spend")), cur, "tiers").to_minor()
            tiers.append(TierRule(code, cell(1) or code, r, spend, mult, cell(4),
                                  old.color if old and old.code == code else ""))
        base = self.rules or LoyaltyRules()
        return replace(base, points_per_unit=self.points.value(),
                       unit_minor=Money.parse(_parse(self.unit.text(), self.tr("Spend unit")), cur).to_minor(),
                       bonus_first_purchase=self.bonus["first_purchase"].value(),
                       bonus_birthday=self.bonus["birthday"].value(), bonus_feedback=self.bonus["feedback"].value(),
                       bonus_referral=self.bonus["referral"].value(),
                       bonus_anniversary=self.bonus["anniversary"].value(), expiry_months=self.expiry.value(),
                       tier_window_months=self.window.value(), date_grace_days=self.grace.value(), tiers=tuple(tiers),
                       thank_you=self.thank_you.rule(cur), birthday_offer=self.birthday.rule(cur),
                       six_months_offer=self.six_months.rule(cur))

    def save(self) -> None:
        self.message.setText("")
        try:
            rules = self.collect().validate()
        except CrmError as exc:
            errors = getattr(exc, "errors", None)
            self.message.setText("\n".join(message_text(e.message) for e in errors) if errors else str(exc))
            return
        self.save_button.setEnabled(False)

        def done(version: int) -> None:
            self._task = None
            self.status.setText(self.tr("Saved as version %1").replace("%1", fmt_int(version)))
            self.saved.emit(version)
            self.load()

        def failed(exc, _tb) -> None:
            self._task = None
            self.save_button.setEnabled(True)
            self.message.setText(str(exc))

        self._task = run_task(lambda r, state: self.backend.save_rules(r), rules, on_done=done, on_error=failed, owner=self)
