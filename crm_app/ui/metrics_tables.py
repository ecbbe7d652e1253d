"""The metrics tab's tables (segments, win-back, at-risk, top predicted CLV): each a lazy RowsModel over
plain dict rows, double-click opens the customer, and Export writes the raw values to CSV or Excel."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_app.ui.i18n import fmt_date, fmt_int, fmt_number, fmt_percent
from crm_app.ui.table_models import LEFT_ALWAYS, TRAILING, Column, RowsModel
from crm_app.ui.tasks import run_task


@dataclass
class Field:
    title: str
    key: str
    kind: str = "text"       # text | int | money | pct | prob | date | number


def _display(kind: str, value, currency: str) -> str:
    if value is None:
        return "—"
    if kind == "int":
        return fmt_int(value)
    if kind == "money":
        return f"{fmt_number(value, 2)} {currency}"
    if kind == "pct":
        return fmt_percent(value, 2)
    if kind == "prob":
        return fmt_number(value, 2)
    if kind == "number":
        return fmt_number(value, 2)
    if kind == "date":
        from datetime import date

        return fmt_date(date.fromisoformat(value) if isinstance(value, str) else value)
    return str(value)


class MetricsTable(QWidget):
    """One table of the tab with its export button; rows are dicts (customer rows carry `customer_id`)."""

    open_customer = Signal(int)
    exported = Signal(str, int)         # path, rows

    def __init__(self, name: str, fields: list[Field], export: Callable[[str, list[str], list[list]], int],
                 parent=None):
        super().__init__(parent)
        from crm_app.ui.profile_view import make_table

        self.name = name
        self.fields = fields
        self.currency = ""
        self._export = export
        self.model = RowsModel([self._column(f) for f in fields], self)
        self.view = make_table(self.model, stretch=self._stretch())
        self.view.setObjectName(f"metricsTable_{name}")
        self.view.doubleClicked.connect(self._open)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName(f"export_{name}")
        self.export_button.clicked.connect(lambda: self.export())
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)

    def _stretch(self) -> int:
        keys = [f.key for f in self.fields]
        return keys.index("name") if "name" in keys else 0

    def _column(self, f: Field) -> Column:
        align = TRAILING if f.kind in ("int", "money", "pct", "prob", "number") else None
        if f.key == "code":
            align = LEFT_ALWAYS
        return Column(f.title, lambda r, f=f: _display(f.kind, r.get(f.key), self.currency), align)

    def set_rows(self, rows: list[dict], currency: str, caption: str = "") -> None:
        self.currency = currency
        self.caption.setText(caption)
        self.model.set_rows(rows)
        self.export_button.setEnabled(bool(rows))

    def _open(self, index) -> None:
        row = self.model.row_at(index.row())
        if row and row.get("customer_id"):
            self.open_customer.emit(int(row["customer_id"]))

    def export(self, path: str | None = None) -> None:
        """Save the rows (raw values, not the locale's text) as CSV or .xlsx, chosen by the extension."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export table"), f"{self.name}.xlsx",
                                                  self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
            if not path:
                return
        columns = [f.title for f in self.fields]
        rows = [[r.get(f.key) for f in self.fields] for r in self.model.rows]
        export = self._export

        def done(n: int) -> None:
            self.caption.setText(self.tr("%1 rows saved to %2").replace("%1", fmt_int(n)).replace("%2", path))
            self.exported.emit(path, n)

        def failed(exc, _tb) -> None:
            self.caption.setText(self.tr("Could not save the file: %1").replace("%1", str(exc)))

        run_task(lambda state: export(path, columns, rows), on_done=done, on_error=failed, owner=self)
