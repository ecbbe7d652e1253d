"""Embedded matplotlib charts (Figure + FigureCanvasQTAgg; matplotlib is imported on first use)."""
from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def palette_style():
    """Chart colours from the application palette (a dark palette gets the dark chart colours) and
    numbers in the UI locale's digits and separators."""
    from PySide6.QtCore import QLocale

    from crm_app.reports.charts import ChartStyle

    pal = QWidget().palette()
    base = pal.color(QPalette.ColorRole.Base)
    colors = dict(text=pal.color(QPalette.ColorRole.WindowText).name(), background=base.name(),
                  accent=pal.color(QPalette.ColorRole.Highlight).name(), grid=pal.color(QPalette.ColorRole.Mid).name(),
                  number_format=lambda x, d: QLocale().toString(float(x), "f", d), percent=QLocale().percent())
    return ChartStyle.dark(**colors) if base.lightness() < 128 else ChartStyle(**colors)


class SpendChart(QWidget):
    """Net spend per month for one customer."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._canvas = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(self.tr("No purchases to chart"))
        self._layout.addWidget(self._placeholder)
        self.setMinimumHeight(140)

    def set_data(self, spend: list, currency: str) -> None:
        if not spend:
            self._placeholder.show()
            if self._canvas is not None:
                self._canvas.hide()
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from crm_app.reports.charts import plot_spend_by_month

        if self._canvas is None:
            self._canvas = FigureCanvasQTAgg(Figure(figsize=(5, 1.6), layout="constrained"))
            self._layout.addWidget(self._canvas)
        self._placeholder.hide()
        self._canvas.show()
        fig = self._canvas.figure
        fig.clear()
        plot_spend_by_month(fig.add_subplot(), [m for m, _ in spend], [a for _, a in spend], currency,
                            palette_style(), self.tr("Net spend per month"))
        self._canvas.draw_idle()
