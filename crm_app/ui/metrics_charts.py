"""Charts of the metrics tab (temporary: filled in once reports/charts.py has the chart functions)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


class MetricsCharts(QWidget):
    def show_result(self, result: dict) -> None:
        pass
