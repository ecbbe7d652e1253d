"""Support measures: first response and resolution times, SLA attainment."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from crm_app.analytics.common import fmt, fmt_pct, pct, require, to_day

TICKET_COLUMNS = ("created_at", "first_response_at", "resolved_at", "first_response_due_at", "resolution_due_at")


def _seconds(col: pd.Series) -> np.ndarray:
    """Seconds since 1970 as float (NaN for missing) from datetime64 or numeric seconds."""
    arr = col.to_numpy()
    if np.issubdtype(arr.dtype, np.datetime64):
        out = arr.astype("datetime64[s]").astype(np.int64).astype(np.float64)
        out[np.isnat(arr)] = np.nan
        return out
    if arr.dtype == object:
        return _seconds(pd.to_datetime(col, errors="coerce"))
    return arr.astype(np.float64)


@dataclass
class SlaAttainment:
    value: float | None
    met: int
    breached: int
    explain: str


@dataclass
class TicketMeasures:
    tickets: int
    responded: int
    resolved: int
    first_response_hours_median: float | None
    first_response_hours_mean: float | None
    resolution_hours_median: float | None
    resolution_hours_mean: float | None
    first_response_sla: SlaAttainment
    resolution_sla: SlaAttainment
    explain: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def _sla(done: np.ndarray, due: np.ndarray, now: float, what: str) -> SlaAttainment:
    has_due = ~np.isnan(due)
    finished = ~np.isnan(done)
    met = int((has_due & finished & (done <= due)).sum())
    breached = int((has_due & ((finished & (done > due)) | (~finished & (due < now)))).sum())
    value = pct(met, met + breached)
    text = (f"{what} SLA attainment = met / (met + breached) × 100 = {fmt(met)} / ({fmt(met)} + {fmt(breached)}) "
            f"× 100 = {fmt_pct(value)}" if met + breached else f"{what} SLA attainment: no ticket due yet")
    return SlaAttainment(value, met, breached, text)


def _hours(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, float | None, float | None]:
    h = (b - a) / 3600.0
    h = h[~np.isnan(h)]
    if h.size == 0:
        return h, None, None
    return h, round(float(np.median(h)), 2), round(float(h.mean()), 2)


def ticket_measures(tickets: pd.DataFrame, start: date | None = None, end: date | None = None,
                    as_of: date | None = None) -> TicketMeasures:
    """Measures of the tickets created in `start` … `end` (inclusive days; None = unbounded).

    tickets: columns created_at, first_response_at, resolved_at, first_response_due_at,
        resolution_due_at — datetime64 or seconds since 1970 (NaN/NaT when not yet).
    Times: hours from creation to the first response / resolution (answered tickets only).
    SLA: met = done by its due time; breached = done late, or not done and due before the end of
    `as_of` (default `end`); tickets not yet due and not done are left out.
    """
    require(tickets, TICKET_COLUMNS, "ticket_measures")
    created = _seconds(tickets["created_at"])
    mask = ~np.isnan(created)
    if start is not None:
        mask &= created >= to_day(start) * 86400.0
    if end is not None:
        mask &= created < (to_day(end) + 1) * 86400.0
    cut = as_of or end
    now = np.inf if cut is None else (to_day(cut) + 1) * 86400.0
    c = created[mask]

    def col(name: str) -> np.ndarray:
        v = _seconds(tickets[name])[mask]
        return np.where(v < now, v, np.nan)  # not yet happened on the as-of day

    fr, res = col("first_response_at"), col("resolved_at")
    fr_due = _seconds(tickets["first_response_due_at"])[mask]
    res_due = _seconds(tickets["resolution_due_at"])[mask]
    h_fr, fr_med, fr_mean = _hours(c, fr)
    h_res, res_med, res_mean = _hours(c, res)
    out = TicketMeasures(int(c.size), int(h_fr.size), int(h_res.size), fr_med, fr_mean, res_med, res_mean,
                         _sla(fr, fr_due, now, "First response"), _sla(res, res_due, now, "Resolution"))
    out.explain = {
        "first_response": (f"first response time = median of (first response − created) over {fmt(out.responded)} "
                           f"answered tickets = {fmt(fr_med)} h (mean {fmt(fr_mean)} h)"),
        "resolution": (f"resolution time = median of (resolved − created) over {fmt(out.resolved)} resolved "
                       f"tickets = {fmt(res_med)} h (mean {fmt(res_mean)} h)"),
        "first_response_sla": out.first_response_sla.explain,
        "resolution_sla": out.resolution_sla.explain,
    }
    return out
