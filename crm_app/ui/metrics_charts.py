"""The metrics tab's charts: matplotlib Figures (never pyplot) drawn by the functions of reports/charts.py
from the metrics result, in the application palette and UI language, each on a ChartPanel (rendered off
the GUI thread, see ui/charts.py). All texts are looked up on the GUI thread first, so the worker only
turns plain data into pixels."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from crm_app.ui.charts import ChartPanel
from crm_app.ui.i18n import fmt_period


class MetricsCharts(QWidget):
    drawn = Signal()                    # every chart of the last result is on screen

    KEYS = ("retention", "cohorts", "revenue", "clv", "tiers", "palive", "pain", "satisfaction")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.panels = {key: ChartPanel(key) for key in self.KEYS}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self._waiting: set[str] = set()
        for i, key in enumerate(self.KEYS):
            grid.addWidget(self.panels[key], i // 2, i % 2)
            self.panels[key].rendered.connect(self._rendered)

    def show_result(self, result: dict) -> None:
        """Render every chart of `result` in the background."""
        from crm_app.ui.charts import palette_style

        style = palette_style()
        self._waiting = set(self.KEYS)
        for key in self.KEYS:
            plot, empty = self._plot(key, result, style)
            self.panels[key].draw(plot, empty)

    def _rendered(self, key: str) -> None:
        if key in self._waiting:
            self._waiting.discard(key)
            if not self._waiting:
                self.drawn.emit()

    # --- what each chart shows ----------------------------------------------------------------------
    def _plot(self, key: str, r: dict, style) -> tuple[Callable | None, str]:
        """(plot(ax) over plain data and texts already translated, or None and why there is no chart)."""
        from functools import partial

        from crm_app.reports import charts as C
        from crm_app.ui.reference_labels import ref_name

        cur = r.get("currency", "")
        period = (r.get("retention") or {}).get("period", "month")
        if key == "retention":
            t = r.get("retention_trend") or []
            if not t:
                return None, self.tr("No retention history yet.")
            return partial(C.plot_retention_by_period, labels=[fmt_period(x["start"], period) for x in t],
                           crr=[x["crr"] for x in t], churn=[x["churn_rate"] for x in t], style=style,
                           crr_previous=[x.get("crr_last_year") for x in t],
                           churn_previous=[x.get("churn_rate_last_year") for x in t],
                           title=self.tr("Retention and churn by period, with the year before"),
                           crr_label=self.tr("CRR"), churn_label=self.tr("Churn rate"),
                           previous_label=self.tr("%1 a year earlier").replace("%1", "{0}")), ""
        if key == "cohorts":
            block = r.get("cohorts") or {}
            rows = block.get("rows") or []
            if not rows:
                return None, self.tr("No cohorts yet.")
            kind = block.get("period", period)
            return partial(C.plot_cohort_heatmap, cohorts=[_cohort_label(x["cohort"], kind) for x in rows],
                           retention=[x["retention"] for x in rows], style=style,
                           sizes=[x["customers"] for x in rows],
                           title=self.tr("Cohort retention (% of the cohort buying)"),
                           xlabel=self.tr("Periods since the first purchase")), ""
        if key == "revenue":
            months = r.get("revenue_by_month") or []
            if not months:
                return None, self.tr("No revenue yet.")
            shown, earlier = months[-12:], (months[-24:-12] if len(months) >= 24 else None)
            return partial(C.plot_revenue_by_month, labels=[fmt_period(x["start"], "month") for x in shown],
                           revenue=[x["revenue"] for x in shown], currency=cur, style=style,
                           previous=[x["revenue"] for x in earlier] if earlier else None,
                           title=self.tr("Revenue by month"), label=self.tr("Revenue"),
                           previous_label=self.tr("A year earlier")), ""
        if key == "clv":
            dist = r.get("clv_distribution") or {}
            if not dist.get("bins"):
                return None, self.tr("Predicted CLV needs fitted models (see the Predicted CLV card).")
            return partial(C.plot_clv_bins, bins=dist["bins"], currency=cur, style=style, mean=dist.get("mean"),
                           title=self.tr("Predicted CLV per customer"), xlabel=self.tr("Predicted CLV"),
                           ylabel=self.tr("Customers"), mean_label=self.tr("Mean"),
                           open_label=self.tr("%1 customers above %2").replace("%1", "{0}").replace("%2", "{1}")), ""
        if key == "tiers":
            tiers = [t for t in (r.get("tier_distribution") or []) if t.get("tier") or t.get("customers")]
            if not tiers:
                return None, self.tr("No loyalty tiers yet.")
            return partial(C.plot_tier_distribution,
                           names=[ref_name(t["name"]) if t.get("tier") else self.tr("No tier") for t in tiers],
                           counts=[t["customers"] for t in tiers], style=style,
                           title=self.tr("Customers by loyalty tier"), xlabel=self.tr("Customers")), ""
        if key == "palive":
            sc = r.get("p_alive_vs_clv") or {}
            if not sc.get("p_alive"):
                return None, self.tr("P(alive) needs a fitted BG/NBD model.")
            # the sample is random: add the win-back customers it missed, so all of them stand out
            wb = [w for w in r.get("win_back") or [] if w.get("p_alive") is not None and w.get("predicted_clv")
                  is not None]
            win = {w["customer_id"] for w in wb}
            ids = list(sc["customer_id"])
            missing = [w for w in wb if w["customer_id"] not in set(ids)]
            return partial(C.plot_palive_vs_clv, p_alive=list(sc["p_alive"]) + [w["p_alive"] for w in missing],
                           clv=list(sc["clv"]) + [w["predicted_clv"] for w in missing], currency=cur, style=style,
                           highlight=[c in win for c in ids] + [True] * len(missing),
                           title=self.tr("P(alive) and predicted CLV"), xlabel=self.tr("P(alive)"),
                           ylabel=self.tr("Predicted CLV"), label=self.tr("Customers"),
                           highlight_label=self.tr("Win-back candidates"),
                           sample_label=self.tr("%1 of %2 customers shown").replace("%1", "{0}")
                           .replace("%2", "{1}")), ""
        if key == "pain":
            pain = r.get("pain_points") or []
            if not pain:
                return None, self.tr("No tickets in the period.")
            return partial(C.plot_pain_points,
                           categories=[ref_name(p["name"]) if p["name"] else self.tr("Uncategorised") for p in pain],
                           tickets=[p["tickets"] for p in pain], style=style, low_csat=[p["low_csat"] for p in pain],
                           title=self.tr("Pain points: tickets by category"),
                           low_label=self.tr("Low CSAT (1–2), % of answers"), tickets_label=self.tr("Tickets")), ""
        if key == "satisfaction":
            fb = (r.get("feedback_by_period") or [])[-12:]
            if not fb:
                return None, self.tr("No survey answers yet.")
            return partial(C.plot_satisfaction_trend, labels=[fmt_period(x["start"], period) for x in fb],
                           nps=[x["nps"] for x in fb], csat=[x["csat"] for x in fb], style=style,
                           title=self.tr("NPS and CSAT by period"), nps_label=self.tr("NPS"),
                           csat_label=self.tr("CSAT")), ""
        return None, ""


def _cohort_label(label: str, kind: str) -> str:
    """"2025-12" / "2025-Q4" / "2025" → the locale's period text."""
    from datetime import date

    try:
        if kind == "month":
            y, m = label.split("-")
            return fmt_period(date(int(y), int(m), 1), "month")
        if kind == "quarter":
            y, q = label.split("-Q")
            return fmt_period(date(int(y), 3 * int(q) - 2, 1), "quarter")
        return fmt_period(date(int(label), 1, 1), "year")
    except ValueError:
        return label
