"""One entry point for the three reports, shared by `crm-app report` and the GUI's report dialog.

    build("retention", db, "out.pdf", params=MetricsParams(...), options=ReportOptions(lang="ar"))
    build("customer", db, "out.pdf", code="C0000042", as_of=date(2026, 6, 30))
    build("support", db, "out.pdf", as_of=..., period="quarter")
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from crm_app.reports.common import ReportOptions, ReportResult

KINDS = ("retention", "customer", "support")


def build(kind: str, db, out: str | Path, *, params=None, options: ReportOptions = ReportOptions(),
          code: str | None = None, as_of: date | None = None, period: str | None = None,
          result: dict | None = None, progress=None, cancel=None) -> ReportResult:
    """Write report `kind` to `out`. `params` (services.metrics.MetricsParams) drive the retention report;
    `as_of`/`period` default to theirs. `result`: metrics the caller already computed for `params` (the
    metrics tab), reused by the retention and customer reports instead of computing them again."""
    if kind not in KINDS:
        raise ValueError(f"the report kind must be one of {', '.join(KINDS)}")
    if kind == "customer" and not code:
        raise ValueError("the customer report needs a customer code")
    if params is not None:
        as_of = as_of or params.as_of
        period = period or params.period
    if kind == "retention":
        from crm_app.reports.retention import build_retention_report
        from crm_app.services.metrics import MetricsParams

        params = params or MetricsParams(as_of=as_of, period=period or "month")
        if params.segment is None:
            params = replace(params, segment="activity")
            result = None if result is not None and result.get("segments") is None else result
        return build_retention_report(db, out, params.resolved(), options, result=result, progress=progress,
                                      cancel=cancel)
    if kind == "customer":
        from crm_app.reports.customer import build_customer_report

        return build_customer_report(db, out, code, options, as_of=as_of, result=result, progress=progress,
                                     cancel=cancel)
    from crm_app.reports.support import build_support_report

    return build_support_report(db, out, as_of, period or "month", options, progress=progress, cancel=cancel)
