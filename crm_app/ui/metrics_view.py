"""The metrics tab: controls, KPI cards with their formulas, charts and tables, computed off the GUI
thread with progress and cancel; results are kept per set of controls until the data changes."""
from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDoubleSpinBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QProgressBar, QPushButton, QScrollArea, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from crm_app.services.metrics import MetricsParams
from crm_app.services.metrics_backend import MetricsBackend, last_complete_month_end
from crm_app.ui.i18n import fmt_date, fmt_int, fmt_number, fmt_period, qdate
from crm_app.ui.metrics_cards import KpiCard, qt_fmt
from crm_app.ui.metrics_tables import Field, MetricsTable
from crm_app.ui.tasks import run_task

KPI_COLUMNS = 4
DEBOUNCE_MS = 350
CACHE_RESULTS = 8           # results kept for going back to earlier controls (a few MB each)


class MetricsView(QWidget):
    open_customer = Signal(int)
    computed = Signal(dict)           # a result is shown (from a computation or the cache)
    busy_changed = Signal(bool)

    def __init__(self, db, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.backend = MetricsBackend(db)
        self.result: dict | None = None
        self.result_params: MetricsParams | None = None   # the controls the shown result was computed for
        self.task = None
        self._cache: dict[tuple, dict] = {}
        self._started = 0.0
        self._today = today or date.today()

        # --- controls ---------------------------------------------------------------------------
        self.as_of = QDateEdit()
        self.as_of.setObjectName("metricsAsOf")
        self.as_of.setCalendarPopup(True)
        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.as_of.setDisplayFormat(fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy"))
        self.as_of.setDate(qdate(last_complete_month_end(self._today)))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.as_of.setDate(qdate(self._today)))
        self.period = QComboBox()
        self.period.setObjectName("metricsPeriod")
        for key, label in (("month", self.tr("Month")), ("quarter", self.tr("Quarter")), ("year", self.tr("Year"))):
            self.period.addItem(label, key)
        self.churn = QSpinBox()
        self.churn.setObjectName("metricsChurnWindow")
        self.churn.setRange(30, 3650)
        self.churn.setSingleStep(30)
        self.churn.setSuffix(self.tr(" days"))
        self.segment = QComboBox()
        self.segment.setObjectName("metricsSegment")
        for key, label in ((None, self.tr("No segments")), ("tier", self.tr("Tier")),
                           ("activity", self.tr("Activity segment")), ("rfm", self.tr("RFM segment")),
                           ("cohort", self.tr("Acquisition cohort")), ("tag", self.tr("Tag"))):
            self.segment.addItem(label, key)
        self.horizon = QSpinBox()
        self.horizon.setObjectName("metricsHorizon")
        self.horizon.setRange(1, 120)
        self.horizon.setValue(12)
        self.horizon.setSuffix(self.tr(" months"))
        self.discount = QDoubleSpinBox()
        self.discount.setObjectName("metricsDiscount")
        self.discount.setRange(0.0, 10.0)
        self.discount.setDecimals(2)
        self.discount.setSingleStep(0.25)
        self.discount.setValue(1.0)
        self.discount.setSuffix(self.tr(" % a month"))
        controls = QGridLayout()
        pairs = [(self.tr("As of"), self._row(self.as_of, self.today_button)), (self.tr("Period"), self.period),
                 (self.tr("Churn window"), self.churn), (self.tr("Segments by"), self.segment),
                 (self.tr("CLV horizon"), self.horizon), (self.tr("Discount rate"), self.discount)]
        for i, (label, widget) in enumerate(pairs):
            text = QLabel(label)
            text.setBuddy(self.as_of if widget.layout() is not None else widget)
            controls.addWidget(text, i // 3, (i % 3) * 2)
            controls.addWidget(widget, i // 3, (i % 3) * 2 + 1)
        controls.setColumnStretch(6, 1)

        self.progress = QProgressBar()
        self.progress.setObjectName("metricsProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(260)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setObjectName("metricsCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(lambda: self.compute(force=True))
        self.report_button = QPushButton(self.tr("Export PDF &report…"))
        self.report_button.setObjectName("metricsReport")
        self.report_button.clicked.connect(self.export_report)
        self.status = QLabel()
        self.status.setObjectName("metricsStatus")
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.cancel_button)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.refresh_button)
        status_row.addWidget(self.report_button)

        # --- KPI cards and the explain panel ----------------------------------------------------
        self.cards: dict[str, KpiCard] = {}
        self.kpi_grid = QGridLayout()
        self.kpi_grid.setSpacing(8)
        self.explain = QLabel()
        self.explain.setObjectName("metricsExplain")
        self.explain.setWordWrap(True)
        self.explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explain.setFrameShape(QFrame.Shape.StyledPanel)
        self.explain.setMargin(8)
        self.explain.setText(self.tr("Click a figure to see how it is calculated."))
        self.period_label = QLabel()
        self.period_label.setObjectName("metricsPeriodLabel")
        f = self.period_label.font()
        f.setBold(True)
        self.period_label.setFont(f)

        # --- charts and tables ------------------------------------------------------------------
        from crm_app.ui.metrics_charts import MetricsCharts

        self.charts = MetricsCharts()
        self.tables = QTabWidget()
        self.tables.setObjectName("metricsTables")
        export = self.backend.export
        self.segments_table = MetricsTable("segments", [
            Field(self.tr("Segment"), "segment"), Field(self.tr("Customers"), "buyers", "int"),
            Field(self.tr("Active at start"), "customers_start", "int"),
            Field(self.tr("Active at end"), "customers_end", "int"), Field(self.tr("New"), "new", "int"),
            Field(self.tr("Lost"), "lost", "int"), Field(self.tr("CRR"), "crr", "pct"),
            Field(self.tr("Churn rate"), "churn_rate", "pct"), Field(self.tr("Historical CLV"), "clv", "money")],
            export)
        customer_fields = [Field(self.tr("Code"), "code"), Field(self.tr("Customer"), "name")]
        self.win_back_table = MetricsTable("win_back", customer_fields + [
            Field(self.tr("Spent to date"), "historical_value", "money"),
            Field(self.tr("Predicted CLV"), "predicted_clv", "money"), Field(self.tr("P(alive)"), "p_alive", "prob"),
            Field(self.tr("Last purchase"), "last_purchase", "date")], export)
        self.at_risk_table = MetricsTable("at_risk", customer_fields + [
            Field(self.tr("Spent to date"), "historical_value", "money"),
            Field(self.tr("Usual gap (days)"), "usual_gap_days", "number"),
            Field(self.tr("Days since last purchase"), "days_since_last", "int"),
            Field(self.tr("P(alive)"), "p_alive", "prob"), Field(self.tr("Last purchase"), "last_purchase", "date")],
            export)
        self.top_table = MetricsTable("top_customers", customer_fields + [
            Field(self.tr("Predicted CLV"), "predicted_clv", "money"),
            Field(self.tr("Expected purchases"), "expected_purchases", "number"),
            Field(self.tr("P(alive)"), "p_alive", "prob"), Field(self.tr("Spent to date"), "historical_value", "money")],
            export)
        for table, title in ((self.segments_table, self.tr("Segments")), (self.win_back_table, self.tr("Win-back")),
                             (self.at_risk_table, self.tr("At risk")),
                             (self.top_table, self.tr("Top predicted CLV"))):
            table.open_customer.connect(self.open_customer)
            table.setMinimumHeight(320)
            self.tables.addTab(table, title)

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addWidget(self.period_label)
        bl.addLayout(self.kpi_grid)
        bl.addWidget(self.explain)
        bl.addWidget(self.charts)
        bl.addWidget(self.tables)
        bl.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)

        lay = QVBoxLayout(self)
        lay.addLayout(controls)
        lay.addLayout(status_row)
        lay.addWidget(self.scroll, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.compute)
        self._set_busy(False)
        run_task(_warm_up_charts, owner=self)            # matplotlib's import and font set-up, while the metrics compute
        self._churn_known = False            # the first computation takes the churn window from the settings
        self.compute()

    @staticmethod
    def _row(*widgets) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        for x in widgets:
            lay.addWidget(x)
        return w

    # --- parameters -----------------------------------------------------------------------------
    def _connect_controls(self, result: dict) -> None:
        """After the first result: show the churn window it used (the business's setting) and from then
        on recompute when a control changes."""
        self._churn_known = True
        self.churn.blockSignals(True)
        self.churn.setValue(int(result["parameters"]["churn_window"]))
        self.churn.blockSignals(False)
        for w in (self.as_of, self.period, self.churn, self.segment, self.horizon, self.discount):
            signal = {QDateEdit: "dateChanged", QComboBox: "currentIndexChanged", QSpinBox: "valueChanged",
                      QDoubleSpinBox: "valueChanged"}[type(w)]
            getattr(w, signal).connect(self._controls_changed)

    def params(self) -> MetricsParams:
        d = self.as_of.date()
        return MetricsParams(as_of=date(d.year(), d.month(), d.day()), period=self.period.currentData(),
                             churn_window=self.churn.value() if self._churn_known else None,
                             horizon_months=self.horizon.value(),
                             discount_rate=round(self.discount.value() / 100, 6), segment=self.segment.currentData())

    def _controls_changed(self, *_args) -> None:
        self._debounce.start()

    # --- computing ------------------------------------------------------------------------------
    def compute(self, force: bool = False) -> None:
        """Show the metrics for the current controls: from the cache when the data has not changed,
        else computed in the background (a running computation is cancelled first)."""
        self._debounce.stop()
        params = self.params()
        key = _key(params)
        if self.task is not None:
            self.task.cancel()
        self._set_busy(True)
        self._started = time.perf_counter()
        self.status.setText(self.tr("Computing…"))
        backend, cache = self.backend, self._cache

        def work(state):
            cached = cache.get(key)
            if cached is not None and not force and cached.get("fingerprint") == backend.fingerprint():
                return cached, True
            return backend.compute(params, state.progress, lambda: state.cancelled), False

        def done(result_and_hit):
            result, hit = result_and_hit
            if handle is not self.task:
                return
            self.task = None
            if not self._churn_known:
                self._connect_controls(result)
            self.result_params = self.params()     # as resolved (the churn window filled in)
            cache[key] = cache[_key(self.result_params)] = result
            while len(cache) > CACHE_RESULTS:          # the oldest first (dicts keep insertion order)
                cache.pop(next(iter(cache)))
            self._set_busy(False)
            self.show_result(result)
            seconds = time.perf_counter() - self._started
            self.status.setText(
                (self.tr("Unchanged data: shown from memory") if hit else
                 self.tr("Computed in %1 s").replace("%1", fmt_number(seconds, 1))) + " · " +
                self.tr("%1 customers, %2 with purchases").replace("%1", fmt_int(result["customers"]["total"]))
                .replace("%2", fmt_int(result["customers"]["with_purchases"])))

        def progress(fraction, text):
            if handle is self.task:
                self.progress.setValue(int(fraction * 1000))
                self.status.setText(self.tr("Computing… %1").replace("%1", self._stage(text)))

        def cancelled():
            if handle is self.task:
                self.task = None
                self._set_busy(False)
                self.status.setText(self.tr("Cancelled; the figures shown are from before.") if self.result
                                    else self.tr("Cancelled."))

        handle = run_task(work, on_done=done, on_error=self._failed, on_progress=progress, on_cancelled=cancelled,
                          owner=self)
        self.task = handle

    def _stage(self, text: str) -> str:
        stages = {"reading orders": self.tr("reading orders"), "reading feedback": self.tr("reading feedback"),
                  "reading tickets": self.tr("reading tickets"), "data loaded": self.tr("data loaded"),
                  "data from cache": self.tr("data from cache"),
                  "activity": self.tr("activity"), "fitting BG/NBD": self.tr("fitting BG/NBD"),
                  "fitting Gamma-Gamma": self.tr("fitting Gamma-Gamma"), "predicting": self.tr("predicting"),
                  "expected purchases": self.tr("expected purchases"), "CLV done": self.tr("CLV done"),
                  "feedback and tickets": self.tr("feedback and tickets"),
                  "cohorts and RFM": self.tr("cohorts and RFM"), "customer lists": self.tr("customer lists"),
                  "previous periods": self.tr("previous periods"), "done": self.tr("done")}
        return stages.get(text, text)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _failed(self, exc, _tb) -> None:
        self.task = None
        self._set_busy(False)
        self.status.setText(self.tr("Could not compute the metrics: %1").replace("%1", str(exc)))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.cancel_button.setVisible(busy)
        self.refresh_button.setEnabled(not busy)
        self.report_button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.result is not None and self.task is None:
            self.compute()      # cheap when nothing changed: the cached result is reused

    # --- showing --------------------------------------------------------------------------------
    def show_result(self, result: dict) -> None:
        from crm_app.reports.kpis import kpis

        self.result = result
        r = result["retention"]
        self.period_label.setText(self.tr("%1: %2 – %3 (as of %4)").replace("%1", fmt_period(r["start"], r["period"])).replace(
            "%2", fmt_date(date.fromisoformat(r["start"]))).replace("%3", fmt_date(date.fromisoformat(r["end"])))
            .replace("%4", fmt_date(date.fromisoformat(result["as_of"]))))
        for i, kpi in enumerate(kpis(result, qt_fmt())):
            card = self.cards.get(kpi.key)
            if card is None:
                card = self.cards[kpi.key] = KpiCard(kpi.key)
                card.clicked.connect(self.explain_kpi)
                self.kpi_grid.addWidget(card, i // KPI_COLUMNS, i % KPI_COLUMNS)
            card.show_kpi(kpi)
        self.charts.show_result(result)
        cur = result["currency"]
        seg = result.get("segments")
        self.segments_table.set_rows(
            [{**row, "clv": (row.get("clv_historical") or {}).get("value")} for row in seg["rows"]] if seg else [],
            cur, "" if seg else self.tr("Choose “Segments by” above to compare segments."))
        self.win_back_table.set_rows(result.get("win_back", []), cur,
                                     self.tr("Valuable customers the model thinks are probably gone (P(alive) < 0.5)."))
        self.at_risk_table.set_rows(result.get("at_risk", []), cur,
                                    self.tr("No purchase for longer than their usual gap, still inside the churn "
                                            "window."))
        self.top_table.set_rows(result.get("top_customers", []), cur,
                                self.tr("Customers with the highest predicted value over the horizon."))
        self.computed.emit(result)

    def export_report(self):
        """The retention report for the controls as they are, reusing the figures on screen."""
        from crm_app.ui.report_dialog import ReportDialog

        params = self.params()
        shown = self.result if self.result is not None and self.result_params == params else None
        dlg = ReportDialog(self.backend.db, "retention", params=params, result=shown, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dlg
        dlg.show()
        return dlg

    def explain_kpi(self, key: str) -> None:
        card = self.cards.get(key)
        if card and card.kpi:
            self.explain.setText(f"<b>{card.kpi.title}</b><br>{card.kpi.formula}")


def _key(params: MetricsParams) -> tuple:
    return tuple(sorted((k, str(v)) for k, v in params.__dict__.items()))


def _warm_up_charts(state=None) -> None:
    """Import matplotlib and register the bundled fonts off the GUI thread (about half a second the first
    time), so drawing the first chart does not pay for it."""
    import matplotlib.backends.backend_agg  # noqa: F401
    from matplotlib.figure import Figure

    from crm_app.reports.fonts import use_in_matplotlib

    use_in_matplotlib()
    fig = Figure(figsize=(2, 1), layout="constrained")
    fig.add_subplot().plot([0, 1], [0, 1])
    matplotlib.backends.backend_agg.FigureCanvasAgg(fig).draw()
