"""What every analytics module shares: column checks, day numbers, progress/cancel, formatting.

Days are int64 numbers of days since 1970-01-01 ("day numbers"); frames may hold them as ints or
as datetime64 values. Percentages are 0–100.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # pandas is imported lazily: the CLI loads data while pandas is still importing
    import pandas as pd

EPOCH = date(1970, 1, 1)
Progress = Callable[[float, str], None]
Cancel = Callable[[], bool] | Any  # a callable returning True, or an object with is_set() (threading.Event)


class Cancelled(Exception):
    """The caller asked a heavy computation to stop."""


def require(frame: pd.DataFrame, columns: Iterable[str], where: str) -> None:
    """Raise a clear ValueError when `frame` lacks any of `columns`."""
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        raise ValueError(f"{where}: expected a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{where}: missing column(s) {', '.join(missing)} "
                         f"(needs {', '.join(columns)}; has {', '.join(map(str, frame.columns)) or 'none'})")


def check_cancel(cancel: Cancel | None) -> None:
    if cancel is None:
        return
    flag = cancel.is_set() if hasattr(cancel, "is_set") else cancel()
    if flag:
        raise Cancelled("cancelled")


def report(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(max(0.0, min(1.0, fraction)), message)


def to_day(value: date | int | np.integer | np.datetime64 | str) -> int:
    """One day number from a date, an ISO string, a datetime64 or a day number."""
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, np.datetime64):
        return int(value.astype("datetime64[D]").astype(np.int64))
    if hasattr(value, "date") and callable(value.date):  # datetime, pandas Timestamp
        value = value.date()
    return (value - EPOCH).days


def to_date(day: int) -> date:
    return EPOCH + timedelta(days=int(day))


def day_array(values) -> np.ndarray:
    """Day numbers (int64) from a column of ints, datetime64 or dates."""
    arr = values.to_numpy() if hasattr(values, "to_numpy") else np.asarray(values)
    if np.issubdtype(arr.dtype, np.datetime64):
        return arr.astype("datetime64[D]").astype(np.int64)
    if arr.dtype == object:
        return np.array([to_day(v) for v in arr], dtype=np.int64)
    return arr.astype(np.int64, copy=False)


def factorize(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct values, index of each value among them) — like np.unique(return_inverse=True) but
    hash-based (O(n), ~10× faster on a million values); the distinct values are not sorted."""
    import pandas as pd

    codes, uniques = pd.factorize(np.asarray(values), sort=False)
    return np.asarray(uniques), codes.astype(np.intp, copy=False)


def pct(num: float, den: float) -> float | None:
    """num / den × 100 rounded to 2 decimals; None when den is 0."""
    return None if not den else round(100.0 * num / den, 2)


def ratio(num: float, den: float, digits: int = 4) -> float | None:
    return None if not den else round(num / den, digits)


def fmt(x: float | None, digits: int = 2) -> str:
    """A number for explain strings: ints with thousands separators, floats with `digits` decimals."""
    if x is None:
        return "n/a"
    if isinstance(x, (int, np.integer)):
        return f"{int(x):,}"
    if float(x).is_integer() and abs(x) < 1e15 and digits == 0:
        return f"{int(x):,}"
    return f"{float(x):,.{digits}f}"


def fmt_pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f} %"
