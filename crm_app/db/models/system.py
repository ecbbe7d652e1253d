"""Users with roles, the audit log and app settings."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_app.db.models.base import Base, IdType, utcnow


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16), default="sales")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditLog(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(48))          # customer.update, customer.merge, ...
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None]
    details: Mapped[str | None] = mapped_column(Text)         # JSON

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id", "at"), Index("ix_audit_log_at", "at"))


class AppSetting(Base):
    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)                  # JSON
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
