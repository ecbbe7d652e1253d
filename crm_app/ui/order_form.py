"""Record a purchase: date, order number and lines; the total updates as you type."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (QDateTimeEdit, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QTableWidget, QVBoxLayout)

from crm_app.domain.customer import LineInput, OrderInput, clean_order
from crm_app.domain.errors import CrmError, ValidationError
from crm_app.domain.money import Money
from crm_app.services.backend import Backend
from crm_app.ui.forms import message_label, message_text, save_cancel
from crm_app.ui.i18n import fmt_money
from crm_app.ui.tasks import run_task

INVALID = "border: 1px solid #d32f2f;"


class OrderDialog(QDialog):
    def __init__(self, backend: Backend, customer_id: int, currency: str, parent=None):
        super().__init__(parent)
        self.backend, self.customer_id, self.currency = backend, customer_id, currency
        self.order_id: int | None = None
        self.setWindowTitle(self.tr("Record purchase"))
        self.setMinimumWidth(560)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("optional, e.g. the receipt number"))
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.when)
        form.addRow(self.tr("Order &number"), self.code)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Quantity"),
                                              self.tr("Unit price (%1)").replace("%1", currency)])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 240)
        add = QPushButton(self.tr("&Add line"))
        add.clicked.connect(lambda: self.add_line())
        remove = QPushButton(self.tr("&Remove line"))
        remove.clicked.connect(self._remove_line)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.total = QLabel()
        row.addWidget(self.total)
        self.message = message_label()
        self.message.setObjectName("orderMessage")
        self.buttons = save_cancel(self)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.table)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.add_line()
        self._update_total()

    def add_line(self, description: str = "", quantity: int = 1, price: str = "") -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        desc = QLineEdit(description)
        qty = QSpinBox()
        qty.setRange(1, 100000)
        qty.setValue(quantity)
        unit = QLineEdit(price)
        unit.setPlaceholderText("0.00")
        for w in (desc, unit):
            w.textChanged.connect(self._update_total)
        qty.valueChanged.connect(self._update_total)
        self.table.setCellWidget(r, 0, desc)
        self.table.setCellWidget(r, 1, qty)
        self.table.setCellWidget(r, 2, unit)
        desc.setFocus()
        self._update_total()

    def _remove_line(self) -> None:
        if self.table.rowCount() > 1:
            self.table.removeRow(self.table.currentRow() if self.table.currentRow() >= 0 else
                                 self.table.rowCount() - 1)
            self._update_total()

    @staticmethod
    def _price(text: str) -> Decimal | str:
        """The typed unit price: 12.50, 12,50, 1,234.50, ١٢٫٥٠ (the locale's decimal sign decides 1,250)."""
        from PySide6.QtCore import QLocale

        from crm_app.io.values import parse_amount

        if not text.strip():
            return Decimal(0)
        try:
            return parse_amount(text, QLocale().decimalPoint())
        except ValueError:
            return text

    def value(self) -> OrderInput:
        lines = []
        for r in range(self.table.rowCount()):
            lines.append(LineInput(self.table.cellWidget(r, 0).text(), self._price(self.table.cellWidget(r, 2).text()),
                                   self.table.cellWidget(r, 1).value()))
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        return OrderInput(self.customer_id, datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
                          self.currency, tuple(lines), code=self.code.text().strip() or None)

    def _update_total(self) -> None:
        try:
            _lines, total = clean_order(self.value())
            self.total.setText(self.tr("Total: %1").replace("%1", fmt_money(Money.from_minor(total, self.currency))))
        except ValidationError:
            self.total.setText(self.tr("Total: —"))

    def save(self) -> None:
        data = self.value()
        try:
            clean_order(data)
        except ValidationError as exc:
            self._invalid(exc)
            return
        self._invalid(None)
        self.buttons.setEnabled(False)
        run_task(lambda state: self.backend.record_order(data), on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, order_id: int) -> None:
        self.order_id = order_id
        self.accept()

    def _failed(self, exc, _tb) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._invalid(exc)
        else:
            self.message.setText(str(exc) if isinstance(exc, CrmError) else
                                 self.tr("Could not save: %1").replace("%1", str(exc)))

    def _invalid(self, exc: ValidationError | None) -> None:
        errors = {k: message_text(v) for k, v in exc.by_field().items()} if exc else {}
        cols = {"description": 0, "quantity": 1, "unit_price": 2}
        for r in range(self.table.rowCount()):
            for name, c in cols.items():
                w = self.table.cellWidget(r, c)
                msg = errors.get(f"lines.{r}.{name}")
                w.setStyleSheet(INVALID if msg else "")
                w.setToolTip(msg or "")
        self.code.setStyleSheet(INVALID if "code" in errors else "")
        self.message.setText("\n".join(errors.values()) + ("\n" + self.tr("Nothing was saved.") if errors else ""))
