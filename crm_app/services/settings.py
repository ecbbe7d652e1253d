"""Settings stored in the database (shared by every desktop on the same database)."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_app import config
from crm_app.db.models import AppSetting


def get(session: Session, setting: config.Setting) -> Any:
    row = session.get(AppSetting, setting.key)
    if row is None:
        return setting.from_env()
    return json.loads(row.value)


def put(session: Session, setting: config.Setting, value: Any) -> None:
    row = session.get(AppSetting, setting.key)
    if row is None:
        session.add(AppSetting(key=setting.key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


def all_values(session: Session) -> dict[str, Any]:
    stored = {r.key: json.loads(r.value) for r in session.scalars(select(AppSetting))}
    return {s.key: stored.get(s.key, s.from_env()) for s in config.ALL_SETTINGS}
