"""Audit log: who did what to which record, written in the same transaction as the change."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from crm_app.db.models import AuditLog


def record(session: Session, action: str, entity: str, entity_id: int | None,
           details: dict[str, Any] | None = None, user_id: int | None = None) -> None:
    session.add(AuditLog(action=action, entity=entity, entity_id=entity_id, user_id=user_id,
                         details=json.dumps(details, ensure_ascii=False, default=str) if details else None))
