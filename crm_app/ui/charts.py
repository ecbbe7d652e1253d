"""Charts in the window: matplotlib Figures (never pyplot) rendered off the GUI thread.

A ChartPanel draws `plot(ax)` on a Figure with an Agg canvas in a worker, sized to the panel at the
screen's pixel ratio, and shows the pixels; a resize renders it again. Drawing one chart costs
60–200 ms, which on the GUI thread would stall the window once per chart. matplotlib is imported on
first use."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from crm_app.ui.tasks import BACKGROUND, run_task

CHART_HEIGHT = 300


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


def render(plot: Callable, width: int, height: int, ratio: float, state=None):
    """Draw `plot(ax)` on a Figure of width × height logical pixels; returns (RGBA bytes, w, h, figure)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    dpi = 96 * ratio
    fig = Figure(figsize=(width / 96, height / 96), dpi=dpi, layout="constrained")
    canvas = FigureCanvasAgg(fig)
    plot(fig.add_subplot())
    canvas.draw()
    w, h = canvas.get_width_height(physical=True)
    return bytes(canvas.buffer_rgba()), w, h, fig


class ChartPanel(QWidget):
    """One chart, rendered in the background to the panel's size."""

    rendered = Signal(str)

    def __init__(self, key: str, parent=None, *, min_height: int = CHART_HEIGHT):
        super().__init__(parent)
        self.key = key
        self.min_height = min_height
        self.setObjectName(f"chart_{key}")
        self.plot: Callable | None = None
        self.figure = None                  # the last rendered Figure (its axes, for tests)
        self.task = None
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setMinimumHeight(self.min_height)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.image)
        lay.addWidget(self.empty)
        self.setMinimumHeight(self.min_height)
        self._resize = QTimer(self)
        self._resize.setSingleShot(True)
        self._resize.setInterval(200)
        self._resize.timeout.connect(self._render)

    def draw(self, plot: Callable | None, empty_text: str = "") -> None:
        """`plot(ax)` draws the chart from plain data; None shows `empty_text` instead."""
        self.plot = plot
        if plot is None:
            if self.task is not None:
                self.task.cancel()
            self.figure = None
            self.image.hide()
            self.empty.setText(empty_text)
            self.empty.show()
            self.rendered.emit(self.key)
            return
        self.empty.hide()
        self.image.show()
        self._render()

    def _render(self) -> None:
        if self.plot is None:
            return
        if self.task is not None:
            self.task.cancel()
        width, height = max(self.width(), 320), max(self.height(), self.min_height)
        ratio = self.devicePixelRatioF()

        def done(out):
            if handle is not self.task:
                return
            self.task = None
            data, w, h, self.figure = out
            image = QImage(data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.image.setPixmap(pixmap)
            self.rendered.emit(self.key)

        handle = run_task(render, self.plot, width, height, ratio, on_done=done, owner=self, priority=BACKGROUND)
        self.task = handle

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.plot is not None and event.oldSize().width() > 0 and event.size() != event.oldSize():
            self._resize.start()

    @property
    def axes(self):
        return self.figure.axes if self.figure is not None else []


class SpendChart(ChartPanel):
    """Net spend per month for one customer (the profile's Purchases tab)."""

    def __init__(self, parent=None):
        super().__init__("spend", parent, min_height=140)

    def set_data(self, spend: list, currency: str) -> None:
        if not spend:
            self.draw(None, self.tr("No purchases to chart"))
            return
        from functools import partial

        from crm_app.reports.charts import plot_spend_by_month

        self.draw(partial(plot_spend_by_month, months=[m for m, _ in spend], amounts=[a for _, a in spend],
                          currency=currency, style=palette_style(), title=self.tr("Net spend per month")))
