"""Typed settings, declared once with their defaults, and where the database lives.

No Qt here: the CLI, services and tests read the same settings.
Resolution order for every setting: explicit value > environment variable > default.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import platformdirs

APP_NAME = "RetainCRM"
APP_AUTHOR = "Retain"

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key, type, default and the environment variable that overrides it."""

    key: str
    type: type
    default: T
    env: str | None = None
    doc: str = ""

    def from_env(self) -> T:
        if self.env and (raw := os.environ.get(self.env)) not in (None, ""):
            return self.parse(raw)
        return self.default

    def parse(self, raw: str) -> T:
        if self.type is bool:
            return raw.strip().lower() in {"1", "true", "yes", "on"}  # type: ignore[return-value]
        return self.type(raw)


DATABASE_URL = Setting("database_url", str, "", "CRM_DATABASE_URL", "SQLAlchemy URL or file path")
DEFAULT_REGION = Setting("default_region", str, "US", "CRM_DEFAULT_REGION",
                         "ISO region used to read phone numbers written without a country code")
CURRENCY = Setting("currency", str, "USD", "CRM_CURRENCY", "ISO 4217 code of the business's currency")
CHURN_WINDOW_DAYS = Setting("churn_window_days", int, 365, "CRM_CHURN_WINDOW_DAYS",
                            "days without a purchase after which a customer counts as lost")
BACKUPS_KEEP = Setting("backups_keep", int, 10, "CRM_BACKUPS_KEEP", "how many backup copies to keep")
BUSY_TIMEOUT_MS = Setting("busy_timeout_ms", int, 15000, "CRM_BUSY_TIMEOUT_MS",
                          "how long a write waits for another writer before failing")
BUSINESS_NAME = Setting("business_name", str, "Retain Demo Store", "CRM_BUSINESS_NAME", "shown in reports")
BUSINESS_LOGO = Setting("business_logo", str, "", "CRM_BUSINESS_LOGO",
                        "an image file (PNG, JPEG) for the cover of the reports; empty: none")

ALL_SETTINGS: tuple[Setting, ...] = (
    DATABASE_URL, DEFAULT_REGION, CURRENCY, CHURN_WINDOW_DAYS, BACKUPS_KEEP, BUSY_TIMEOUT_MS, BUSINESS_NAME,
    BUSINESS_LOGO,
)


def data_dir() -> Path:
    """Per-user data folder (created on demand). CRM_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("CRM_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "retain.db"


def backups_dir(db_path: Path) -> Path:
    path = db_path.parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_database_url(cli_value: str | None = None) -> str:
    """`--db PATH_OR_URL`, else CRM_DATABASE_URL, else a file in the per-user data folder."""
    value = cli_value or DATABASE_URL.from_env() or str(default_db_path())
    return to_url(value)


def to_url(value: str) -> str:
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())
