"""The loyalty program's once-a-day evaluation that the desktop app starts."""
from __future__ import annotations

from datetime import date

from crm_app.services import daily


def test_runs_once_a_day_and_then_changes_nothing(demo_db):
    day = date(2026, 7, 1)
    assert daily.evaluation_due(demo_db, day)
    first = daily.evaluate_loyalty(demo_db, day)
    assert first is not None and first.changes() > 0
    assert daily.last_evaluated(demo_db) == day and not daily.evaluation_due(demo_db, day)
    assert daily.evaluate_loyalty(demo_db, day) is None          # not due again today
    nxt = daily.evaluate_loyalty(demo_db, date(2026, 7, 2))      # tomorrow: due, and idempotent on history
    assert nxt is not None and nxt.earned == 0 and nxt.reversed == 0
