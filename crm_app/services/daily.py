"""The loyalty program's daily evaluation ("date change"): birthdays, anniversaries, points that expire,
tier windows that move, coupons that run out. `crm-app loyalty recalc` does it by hand or from a
scheduler; the desktop app runs it once a day per database, in the background, at start.

The day it last ran is kept in app_settings (`loyalty_evaluated_on`), so with several desktops on one
database the first to start does it; recalc is idempotent, so two at once change nothing twice."""
from __future__ import annotations

import json
from datetime import date

from crm_app.db.engine import Database
from crm_app.db.models import AppSetting

KEY = "loyalty_evaluated_on"


def last_evaluated(db: Database) -> date | None:
    with db.read() as s:
        row = s.get(AppSetting, KEY)
        return date.fromisoformat(json.loads(row.value)) if row is not None else None


def evaluation_due(db: Database, today: date | None = None) -> bool:
    today = today or date.today()
    last = last_evaluated(db)
    return db.is_sqlite and (last is None or last < today)


def evaluate_loyalty(db: Database, today: date | None = None, progress=None, cancel=None):
    """Run the loyalty recalc as of `today` when it has not run today; returns its RecalcResult, or None
    when it was not due."""
    from crm_app.services.loyalty_recalc import recalc

    today = today or date.today()
    if not evaluation_due(db, today):
        return None
    result = recalc(db, today, progress=progress, cancel=cancel)
    with db.write() as s:
        row = s.get(AppSetting, KEY)
        if row is None:
            s.add(AppSetting(key=KEY, value=json.dumps(today.isoformat())))
        else:
            row.value = json.dumps(today.isoformat())
    return result
