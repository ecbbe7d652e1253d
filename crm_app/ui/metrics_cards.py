"""KPI cards of the metrics tab: value, change against the previous period and the same period a year
earlier, and the formula with its inputs (tooltip, and the explain panel on click)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from crm_app.reports.kpis import CONTEXT, Fmt, Kpi


def qt_fmt() -> Fmt:
    """KPI texts in the UI language: Qt's translations and the default QLocale's digits and separators."""
    return Fmt(translate=lambda text: QCoreApplication.translate(CONTEXT, text),
               number=lambda x, d: QLocale().toString(float(x), "f", d), percent=QLocale().percent())


class KpiCard(QFrame):
    clicked = Signal(str)             # the KPI's key

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.kpi: Kpi | None = None
        self.setObjectName(f"kpi_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(180)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 11px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setObjectName("kpiValue")
        f = self.value.font()
        f.setPointSizeF(f.pointSizeF() * 1.7)
        f.setBold(True)
        self.value.setFont(f)
        self.previous = QLabel()
        self.year_ago = QLabel()
        for label in (self.previous, self.year_ago):
            label.setStyleSheet("font-size: 11px;")
            label.setTextFormat(Qt.TextFormat.RichText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.value)
        lay.addWidget(self.previous)
        lay.addWidget(self.year_ago)

    def show_kpi(self, kpi: Kpi) -> None:
        self.kpi = kpi
        self.title.setText(kpi.title)
        self.value.setText(kpi.text)
        self.previous.setText(self._change(self.tr("vs previous period"), kpi.previous_text, kpi.previous_good))
        self.year_ago.setText(self._change(self.tr("vs a year earlier"), kpi.year_ago_text, kpi.year_ago_good))
        self.setToolTip(kpi.formula)

    @staticmethod
    def _change(what: str, text: str, good: bool | None) -> str:
        if not text:
            return f"<span style='color: gray'>{what}: —</span>"
        color = {True: "#2e7d32", False: "#c62828", None: "gray"}[good]
        return f"<span style='color: {color}'>{text}</span> <span style='color: gray'>{what}</span>"

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mousePressEvent(event)
