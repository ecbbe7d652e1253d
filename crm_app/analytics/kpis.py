"""Key figures of a period against the previous period and the same period a year earlier.

Windows: the current period is the calendar month/quarter/year containing the as-of date, counted up
to it. When the as-of date is the period's last day, the comparisons are the whole previous period and
the whole same period a year earlier; while the period is still running they are the same number of
days into those periods ("June 1–15 against May 1–15 and June 1–15 of last year"), so a half month is
never compared with a whole one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from crm_app.analytics.common import fmt
from crm_app.analytics.retention import period_end, period_label, period_start, shift

# name → (unit, higher is better). Units: "pct" (0–100; changes in points), "score" (NPS, −100 … 100;
# changes in points), "money", "number".
KPIS: dict[str, tuple[str, bool]] = {
    "crr": ("pct", True),
    "churn_rate": ("pct", False),
    "repeat_purchase_rate": ("pct", True),
    "purchase_frequency": ("number", True),
    "aov": ("money", True),
    "revenue": ("money", True),
    "clv_historical": ("money", True),
    "clv_predicted": ("money", True),
    "nps": ("score", True),
    "csat": ("pct", True),
    "sla_attainment": ("pct", True),
}
LABELS = {
    "crr": "CRR", "churn_rate": "Churn rate", "repeat_purchase_rate": "Repeat purchase rate",
    "purchase_frequency": "Purchase frequency", "aov": "AOV", "revenue": "Revenue",
    "clv_historical": "Historical CLV", "clv_predicted": "Predicted CLV (mean per customer)", "nps": "NPS",
    "csat": "CSAT", "sla_attainment": "SLA attainment",
}


@dataclass(frozen=True)
class Window:
    label: str
    start: date
    end: date          # the last day counted (the comparison's as-of date)
    complete: bool     # the whole calendar period

    def to_dict(self) -> dict:
        return {"label": self.label, "start": self.start.isoformat(), "end": self.end.isoformat(),
                "complete": self.complete}


def windows(as_of: date, period: str) -> tuple[Window, Window, Window]:
    """(current, previous, year_ago) windows for the period containing `as_of` (see the module doc)."""
    start = period_start(as_of, period)
    last = period_end(start, period)
    complete = as_of == last
    offset = (as_of - start).days

    def like(s: date) -> Window:
        e = period_end(s, period)
        end = e if complete else min(s + timedelta(days=offset), e)
        return Window(period_label(s, period), s, end, end == e)

    per_year = {"month": 12, "quarter": 4, "year": 1}[period]
    return (Window(period_label(start, period), start, as_of, complete), like(shift(start, period, -1)),
            like(shift(start, period, -per_year)))


def _text(name: str, value, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "pct":
        return f"{value:.2f} %"
    return fmt(float(value), 4 if unit == "number" else 2)


def _change(value, previous, unit: str) -> tuple[float | None, float | None]:
    """(absolute change — points for percentages —, relative change in %)."""
    if value is None or previous is None:
        return None, None
    diff = float(value) - float(previous)
    rel = None if float(previous) == 0 else round(100.0 * diff / abs(float(previous)), 2)
    return round(diff, 2 if unit != "number" else 4), rel


def compare(current: dict, previous: dict, year_ago: dict, win: tuple[Window, Window, Window]) -> dict:
    """One entry per KPI: value, previous, change, change_pct, year_ago, change_year, change_year_pct,
    unit, higher_is_better and an explain sentence. `current`, `previous`, `year_ago` map KPI names
    to values (None when undefined)."""
    out = {}
    cur_w, prev_w, year_w = win
    for name, (unit, better) in KPIS.items():
        v, p, y = current.get(name), previous.get(name), year_ago.get(name)
        d_prev, r_prev = _change(v, p, unit)
        d_year, r_year = _change(v, y, unit)

        def part(d, r, other, w):
            if d is None:
                return f"{_text(name, other, unit)} in {w.label}{'' if w.complete else ' to ' + w.end.isoformat()}"
            points = unit in ("pct", "score")
            how = f"{d:+.2f} points" if points else (f"{d:+,.4f}" if unit == "number" else f"{d:+,.2f}")
            rel = "" if r is None or points else f", {r:+.2f} %"
            return (f"{_text(name, other, unit)} in {w.label}{'' if w.complete else ' to ' + w.end.isoformat()} "
                    f"({how}{rel})")

        text = (f"{LABELS[name]} {_text(name, v, unit)} in {cur_w.label}"
                f"{'' if cur_w.complete else ' to ' + cur_w.end.isoformat()} against "
                f"{part(d_prev, r_prev, p, prev_w)} and {part(d_year, r_year, y, year_w)}")
        out[name] = {"value": v, "previous": p, "change": d_prev, "change_pct": r_prev, "year_ago": y,
                     "change_year": d_year, "change_year_pct": r_year, "unit": unit, "higher_is_better": better,
                     "explain": text}
    return out
