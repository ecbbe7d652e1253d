"""The one engine and sessionmaker of the process, and the transaction helpers services use.

    db = Database.open(url)
    with db.write() as s:   # one transaction per user action (BEGIN IMMEDIATE on SQLite)
        ...
    with db.read() as s:
        ...
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from crm_app import config


class Database:
    def __init__(self, engine: Engine):
        self.engine = engine
        self.url = engine.url
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(crm_write=True), expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, echo: bool = False) -> "Database":
        url = config.resolve_database_url(url)
        parsed = make_url(url)
        kwargs: dict = {"echo": echo}
        if parsed.get_backend_name() == "sqlite":
            kwargs["connect_args"] = {"timeout": config.BUSY_TIMEOUT_MS.from_env() / 1000,
                                      "check_same_thread": False}
        engine = create_engine(url, **kwargs)
        if parsed.get_backend_name() == "sqlite":
            from crm_app.db import sqlite
            sqlite.configure(engine, config.BUSY_TIMEOUT_MS.from_env())
        return cls(engine)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        """The database file for SQLite files, else None."""
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: commits on success, rolls back everything on any exception."""
        with self._write.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    def connect(self):
        return self.engine.connect()

    def dispose(self) -> None:
        self.engine.dispose()
