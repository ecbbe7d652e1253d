"""Alembic environment. Works from the `alembic` command (alembic.ini at the repo root) and from
crm_app.db.migrate, which passes an open connection in config.attributes["connection"]."""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from crm_app import config as app_config
from crm_app.db.models import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    x = context.get_x_argument(as_dictionary=True)
    return app_config.resolve_database_url(x.get("db") or config.get_main_option("sqlalchemy.url") or None)


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(_url())
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
