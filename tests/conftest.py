"""Shared fixtures: every test gets its own SQLite file in tmp_path, migrated to head."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Never touch the real per-user data folder or environment database."""
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv("CRM_DATABASE_URL", raising=False)
    monkeypatch.setenv("CRM_DEFAULT_REGION", "US")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "crm.db"


@pytest.fixture
def db(db_path):
    from crm_app.commands import open_db

    database = open_db(str(db_path))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A small demo database built once per test run; copy it with `demo_db` before writing to it."""
    from crm_app.cli import main

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo", "--customers", "600", "--seed", "7", "--end-date", "2026-06-30",
                 "--quiet"]) == 0
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    import shutil

    from crm_app.db.engine import Database

    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    database = Database.open(str(path))
    yield database
    database.dispose()
