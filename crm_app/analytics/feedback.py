"""NPS and CSAT over survey answers (shared/METRICS.md)."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

import numpy as np
import pandas as pd

from crm_app.analytics.common import day_array, fmt, fmt_pct, pct, require, to_day

FEEDBACK_COLUMNS = ("kind", "score", "day")


@dataclass
class Nps:
    value: float | None   # % promoters − % detractors, −100 … 100
    promoters: int
    passives: int
    detractors: int
    responses: int
    explain: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Csat:
    value: float | None   # % of answers 4–5
    satisfied: int
    responses: int
    explain: str

    def to_dict(self) -> dict:
        return asdict(self)


def _answers(feedback: pd.DataFrame, kind: str, start: date | None, end: date | None, lo: int, hi: int,
             where: str) -> np.ndarray:
    require(feedback, FEEDBACK_COLUMNS, where)
    mask = feedback["kind"].to_numpy() == kind
    days = day_array(feedback["day"])
    if start is not None:
        mask &= days >= to_day(start)
    if end is not None:
        mask &= days <= to_day(end)
    score = feedback["score"].to_numpy(dtype=np.int64)[mask]
    return score[(score >= lo) & (score <= hi)]


def nps(feedback: pd.DataFrame, start: date | None = None, end: date | None = None) -> Nps:
    """NPS = % promoters (9–10) − % detractors (0–6) over the answers 0–10 of kind "nps" given in
    `start` … `end` (inclusive; None = unbounded). feedback: columns kind, score, day."""
    s = _answers(feedback, "nps", start, end, 0, 10, "nps")
    pro, det = int((s >= 9).sum()), int((s <= 6).sum())
    n = int(s.size)
    p_pro, p_det = pct(pro, n), pct(det, n)
    value = None if not n else round(100.0 * (pro - det) / n, 2)
    text = (f"NPS = % promoters − % detractors = {fmt_pct(p_pro)} − {fmt_pct(p_det)} = {fmt(value)} "
            f"({fmt(pro)} promoters 9–10, {fmt(n - pro - det)} passives 7–8, {fmt(det)} detractors 0–6 "
            f"of {fmt(n)} answers)" if n else "NPS: no survey answers in the period")
    return Nps(value, pro, n - pro - det, det, n, text)


def csat(feedback: pd.DataFrame, start: date | None = None, end: date | None = None) -> Csat:
    """CSAT = answers 4–5 / answers 1–5 × 100 over the answers of kind "csat" given in `start` … `end`.
    feedback: columns kind, score, day."""
    s = _answers(feedback, "csat", start, end, 1, 5, "csat")
    good, n = int((s >= 4).sum()), int(s.size)
    value = pct(good, n)
    text = (f"CSAT = answers 4–5 / answers × 100 = {fmt(good)} / {fmt(n)} × 100 = {fmt_pct(value)}" if n
            else "CSAT: no answers in the period")
    return Csat(value, good, n, text)
