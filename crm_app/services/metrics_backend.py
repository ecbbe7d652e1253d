"""What the metrics tab asks of the data, without Qt: compute with the business's settings, tell whether
the data changed since a result was computed, and the rows of the tab's tables ready to show or export.

    backend = MetricsBackend(db)
    result = backend.compute(MetricsParams(as_of=..., period="quarter"), progress, cancel)
    backend.fingerprint() != result["fingerprint"]      # the data changed: recompute
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from crm_app.db.engine import Database
from crm_app.services.metrics import MetricsParams


class MetricsBackend:
    def __init__(self, db: Database):
        self.db = db

    def defaults(self) -> dict:
        """Settings the controls start from: the churn window and the currency of the business."""
        from crm_app import config
        from crm_app.services import settings

        with self.db.read() as s:
            return {"churn_window": settings.get(s, config.CHURN_WINDOW_DAYS),
                    "currency": settings.get(s, config.CURRENCY),
                    "business_name": settings.get(s, config.BUSINESS_NAME)}

    def fingerprint(self):
        """A cheap token that changes whenever anything is committed to the database: SQLite's data
        version seen by a watching connection (any writer: this app, another desktop, an import) plus
        the file's identity; other back ends: max ids and counts (services.metrics_data.data_version)."""
        from crm_app.services import metrics_data

        return metrics_data.data_version(self.db)

    def compute(self, params: MetricsParams, progress=None, cancel=None) -> dict:
        """Every metric for `params` (see services.metrics.compute), stamped with the data fingerprint it
        was computed from. A missing churn window comes from the business's settings."""
        from crm_app.services import metrics

        if params.churn_window is None:
            params = replace(params, churn_window=self.defaults()["churn_window"])
        before = self.fingerprint()
        result = metrics.compute(self.db, params, progress, cancel)
        result.pop("frames", None)      # per-customer frames: ~100 MB at 1M customers, the tab shows lists
        t = result["retention"]
        result["pain_points"] = self.pain_points(date.fromisoformat(t["start"]), date.fromisoformat(t["end"]))
        unchanged = self.fingerprint() == before
        wrote = self.keep_models(result)
        # stamped with the data it was computed from; our own write of the models does not make it stale,
        # a commit by anyone else meanwhile does
        result["fingerprint"] = self.fingerprint() if wrote and unchanged else before
        return result

    def keep_models(self, result: dict) -> bool:
        """Store the fitted BG/NBD and Gamma-Gamma parameters for the profiles' P(alive) and CLV; returns
        whether anything was written."""
        from crm_app.services import predictions

        if "r" not in (result.get("bgnbd") or {}):
            return False
        with self.db.read() as s:
            if not predictions.models_differ(s, result):
                return False
        with self.db.write() as s:
            return predictions.save_models(s, result)

    def pain_points(self, start: date, end: date) -> list[dict]:
        """Ticket categories of [start, end] by volume, with their share of low CSAT answers (the tab's
        pain-point chart; the Support page has the full report)."""
        from crm_app.services import painpoints

        with self.db.read() as s:
            report = painpoints.report(s, start, end)
        return [{"category_id": c.category_id, "name": c.name, "tickets": c.tickets, "low_csat": c.low_share}
                for c in report.ranked("volume") if c.tickets]

    def export(self, path: str, columns: list[str], rows: list[list]) -> int:
        """Write a table of the tab as CSV or .xlsx (by the file's extension); returns the row count."""
        from crm_app.io.export import export_rows

        return export_rows(path, columns, rows, title="Metrics")


def last_complete_month_end(today: date) -> date:
    """The default as-of date of the tab: the last day of the previous month, so the period shown is a
    whole month rather than the first few days of the current one."""
    return date(today.year, today.month, 1).fromordinal(date(today.year, today.month, 1).toordinal() - 1)
