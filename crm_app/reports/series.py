"""Figures per period that the metrics result does not carry: tickets and SLA attainment per past period
(the result has the current period's tickets only). The support report also takes NPS and CSAT per
period from here, since it runs without a metrics computation (no CLV fit, so it stays quick).

Computed from the cached metrics frames (services/metrics_data.load) with the metrics engine's own
functions, so the current period agrees with the engine's `tickets`, `nps` and `csat`. Qt-free.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# periods shown in the "by period" charts
SHOWN = {"month": 12, "quarter": 8, "year": 11}


@dataclass(frozen=True)
class Period:
    start: date
    end: date                   # the period's last day, or the as-of date while it runs
    complete: bool


@dataclass(frozen=True)
class PeriodFigures:
    period: Period
    tickets: int
    first_response_sla: float | None
    resolution_sla: float | None
    nps: float | None
    csat: float | None


def periods(as_of: date, kind: str, count: int | None = None) -> list[Period]:
    """The `count` (default SHOWN[kind]) calendar periods up to the one containing `as_of`, oldest first."""
    from crm_app.analytics.retention import period_end, period_start, shift

    if kind not in SHOWN:
        raise ValueError(f"period must be one of {', '.join(SHOWN)}")
    start = period_start(as_of, kind)
    out = []
    for k in range((count or SHOWN[kind]) - 1, -1, -1):
        s = shift(start, kind, -k)
        e = period_end(s, kind)
        out.append(Period(s, min(e, as_of), e <= as_of))
    return out


def support_by_period(data, shown: list[Period], as_of: date) -> list[PeriodFigures]:
    """Tickets created, SLA attainment (first response, resolution), NPS and CSAT of each period, as of
    `as_of`. `data`: services.metrics_data.load(db)."""
    from crm_app.analytics.feedback import csat, nps
    from crm_app.analytics.tickets import ticket_measures

    out = []
    for p in shown:
        tm = ticket_measures(data.tickets, p.start, p.end, as_of)
        out.append(PeriodFigures(p, tm.tickets, tm.first_response_sla.value, tm.resolution_sla.value,
                                 nps(data.feedback, p.start, p.end).value, csat(data.feedback, p.start, p.end).value))
    return out
