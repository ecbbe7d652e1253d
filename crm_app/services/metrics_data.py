"""Load the frames the metrics need from the database, with a few aggregated queries, and cache them.

- purchase days: one row per (customer, order_date) — gross total of the orders in the business
  currency and the number of orders; refunds as (customer, order day, refund day, amount), so the net
  of a purchase day can be taken as of any date;
- explicitly ended customers (closed, subscription ended, merged, erased) with the day it happened;
- feedback answers and ticket times.

On SQLite the big tables are read with `db.sqlite.scan_columns` (SQLite concatenates columns, numpy
parses them); other back ends use portable SQLAlchemy queries. The loaded data does not depend on the
metric parameters and is cached per database (the last `CACHE_SIZE` databases) until `data_version`
changes: any commit by any connection or process, so an order recorded in the GUI or elsewhere is
seen by the next computation.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import func, select

from crm_app import config
from crm_app.analytics.common import Cancel, check_cancel, report
from crm_app.db import sqlite
from crm_app.db.engine import Database
from crm_app.db.models import (
    Customer,
    CustomerMerge,
    CustomerTag,
    Feedback,
    Order,
    Refund,
    Tag,
    Ticket,
)
from crm_app.domain.activity import ENDED_STATUSES
from crm_app.services import metrics_scan as _scan
from crm_app.services.metrics_frames import MetricsData, assemble, tag_frame, tier_series, tier_table

if TYPE_CHECKING:  # imported lazily: `crm-app metrics` reads the database while pandas imports
    import pandas as pd

Progress = Callable[[float, str], None]
CACHE_SIZE = 2   # databases whose frames stay in memory (the frames of 1M customers take ~0.5 GB)
_CACHE: OrderedDict[str, tuple[tuple, MetricsData]] = OrderedDict()
_WATCHERS: dict[str, _Watcher] = {}
_HOOKED: set[int] = set()
_LOCK = threading.RLock()


def _sql_fingerprint():
    """Largest ids and row counts of the tables the metrics read, and the latest customer and ticket
    update (ORM `onupdate` stamps): one statement of scalar subqueries."""
    parts = []
    for model in (Order, Refund, Feedback, Ticket, Customer, CustomerMerge):
        parts += [select(func.max(model.id)).scalar_subquery(), select(func.count(model.id)).scalar_subquery()]
    parts.append(select(func.count()).select_from(CustomerTag).scalar_subquery())
    parts += [select(func.max(Customer.updated_at)).scalar_subquery(),
              select(func.max(Ticket.updated_at)).scalar_subquery()]
    return select(*parts)


def load(db: Database, progress: Progress | None = None, cancel: Cancel | None = None,
         use_cache: bool = True, fast: bool = True) -> MetricsData:
    """The metrics frames of `db`, from the cache while its data has not changed (`data_version`)."""
    key = None
    if use_cache:
        key = (data_version(db), config.CURRENCY.from_env())
        with _LOCK:
            hit = _CACHE.get(_cache_key(db))
        if hit is not None and hit[0] == key:
            _CACHE.move_to_end(_cache_key(db))
            report(progress, 1.0, "data from cache")
            return hit[1]
    data = _load(db, progress, cancel, fast and db.is_sqlite)
    if key is not None and data_version(db) == key[0]:  # nothing committed while loading
        with _LOCK:
            _CACHE[_cache_key(db)] = (key, data)
            _CACHE.move_to_end(_cache_key(db))
            while len(_CACHE) > CACHE_SIZE:
                _CACHE.popitem(last=False)
    return data


def data_version(db: Database) -> tuple:
    """A cheap fingerprint of the data the metrics read; it changes whenever that data may have changed.

    SQLite file: ``PRAGMA data_version`` of a connection kept open for the purpose (SQLite changes it
    whenever any other connection — another process, the GUI's own session, a restore — commits) plus
    the identity, size and modification time of the database file and its WAL. Other back ends: the
    largest ids and row counts of the tables the metrics read and the latest customer/ticket update.
    A change that is not a data change (a checkpoint) only costs a reload.
    """
    if db.path is not None:
        return ("sqlite", _watch(db).version(), sqlite.data_fingerprint(db.path))
    with db.engine.connect() as conn:
        return ("sql", *conn.execute(_sql_fingerprint()).one())


class _Watcher:
    """One connection per database file that only ever asks SQLite for its data version."""

    def __init__(self, path: Path):
        self.path = path
        self.con = sqlite.open_file(path)
        self.lock = threading.Lock()

    def version(self) -> int:
        with self.lock:
            return sqlite.data_version(self.con)

    def close(self) -> None:
        with self.lock:
            self.con.close()


def _watch(db: Database) -> _Watcher:
    path = db.path.resolve() if db.path.exists() else db.path
    with _LOCK:
        w = _WATCHERS.get(str(path))
        if w is None:
            w = _WATCHERS[str(path)] = _Watcher(path)
        if id(db.engine) not in _HOOKED:
            from sqlalchemy import event

            _HOOKED.add(id(db.engine))
            event.listen(db.engine, "engine_disposed", lambda engine, key=str(path): _forget(key, id(engine)))
    return w


def _forget(path: str, engine_id: int) -> None:
    """The engine of a database was disposed (app exit, tests): close its watcher, drop its frames."""
    with _LOCK:
        _HOOKED.discard(engine_id)
        w = _WATCHERS.pop(path, None)
        _CACHE.pop(path, None)
    if w is not None:
        w.close()


def _cache_key(db: Database) -> str:
    if db.path is not None:
        return str(db.path.resolve() if db.path.exists() else db.path)
    return db.url.render_as_string(hide_password=True)


def clear_cache() -> None:
    """Drop every cached frame and close the data-version connections."""
    with _LOCK:
        _CACHE.clear()
        watchers = list(_WATCHERS.values())
        _WATCHERS.clear()
    for w in watchers:
        w.close()


def _load(db: Database, progress, cancel, fast: bool) -> MetricsData:
    t0 = time.perf_counter()
    cur = _scan.currency()
    early = None
    if fast and db.path is not None:
        # the big scans in a thread on connections of their own (two in parallel) while this thread
        # imports what the frames and the metrics need (~0.4 s the first time in a process)
        early = _scan.pop_prefetch(db.path) or _scan.start_scan(db.path, cur, progress, cancel)
        try:
            import pandas  # noqa: F401
            import scipy.special  # noqa: F401
        except BaseException:
            early.take(cur)
            raise
    with db.engine.connect() as conn, conn.begin():  # one snapshot for every query
        try:
            customers_total = int(conn.execute(select(func.count()).select_from(Customer)
                                               .where(Customer.status != "merged")).scalar() or 0)
        finally:    # the early scans only if nothing was committed since they began (else read again here)
            taken = early.take(cur) if early is not None else None
        if fast:
            raw = taken or _scan.scan_sqlite(conn.connection.driver_connection, cur, progress, cancel)
        else:
            raw = _scan_portable(conn, cur, cancel)
            raw.update(zip(("cid", "day", "gross", "orders", "own_orders", "other"),
                           _scan.purchase_days(raw.pop("o_customer"), raw.pop("o_day"), raw.pop("o_amount"))))
        check_cancel(cancel)
        ended_rows = conn.execute(select(Customer.id, Customer.status, Customer.status_changed_at)
                                  .where(Customer.status.in_(sorted(ENDED_STATUSES)))).all()
    data = assemble(raw, cur, customers_total, [(i, st, when.date() if when else None) for i, st, when in ended_rows])
    data.seconds = time.perf_counter() - t0
    report(progress, 1.0, "data loaded")
    return data


def _days(values) -> np.ndarray:
    return np.array([v if v is not None else None for v in values], dtype="datetime64[D]").astype(np.int64)


def _secs(values) -> np.ndarray:
    arr = np.array(values, dtype="datetime64[us]")
    out = arr.astype(np.int64) / 1e6
    out[np.isnat(arr)] = np.nan
    return out


def _scan_portable(conn, cur: str, cancel) -> dict:
    """The same frames with plain SQLAlchemy queries (PostgreSQL and other back ends)."""
    rows = conn.execute(select(Order.customer_id, Order.order_date, Order.currency, Order.total_minor)
                        .order_by(Order.customer_id, Order.order_date)).all()
    check_cancel(cancel)
    amount = np.array([t * 2 + (c != cur) for _, _, c, t in rows], dtype=np.int64)
    refunds = conn.execute(select(Order.customer_id, Order.order_date, Refund.refunded_at, Order.currency,
                                  Refund.amount_minor).join(Order, Order.id == Refund.order_id)).all()
    check_cancel(cancel)
    fb = conn.execute(select(Feedback.kind, Feedback.score, Feedback.created_at)).all()
    tk = conn.execute(select(Ticket.created_at, Ticket.first_response_at, Ticket.resolved_at,
                             Ticket.first_response_due_at, Ticket.resolution_due_at)).all()
    kind_code = {"nps": 0, "csat": 1}
    tickets = {name: _secs([r[i] for r in tk]) for i, name in enumerate(
        ("created_at", "first_response_at", "resolved_at", "first_response_due_at", "resolution_due_at"))}
    return {
        "o_customer": np.array([r[0] for r in rows], dtype=np.int64), "o_day": _days([r[1] for r in rows]),
        "o_amount": amount,
        "r_customer": np.array([r[0] for r in refunds], dtype=np.int64), "r_order_day": _days([r[1] for r in refunds]),
        "r_day": _days([r[2].date() for r in refunds]),
        "r_amount": np.array([a * 2 + (c != cur) for *_, c, a in refunds], dtype=np.int64),
        "feedback": (np.array([kind_code.get(r[0], 2) for r in fb], dtype=np.int64),
                     np.array([r[1] if r[1] is not None else -1 for r in fb], dtype=np.int64),
                     _days([r[2].date() for r in fb])),
        "tickets": tickets,
    }


def tiers(db: Database) -> pd.Series:
    """Current tier per customer (customer_id → tier code; customers without a tier are left out)."""
    with db.read() as s:
        rows = s.execute(select(Customer.id, Customer.tier_code).where(Customer.tier_code.is_not(None))).all()
    return tier_series(rows)


def tags(db: Database) -> pd.DataFrame:
    """(customer_id, segment = tag name), one row per tag of a customer."""
    with db.read() as s:
        rows = s.execute(select(CustomerTag.customer_id, Tag.name).join(Tag, Tag.id == CustomerTag.tag_id)).all()
    return tag_frame(rows)


def codes(db: Database, ids: list[int]) -> dict[int, tuple[str, str]]:
    """customer id → (code, full name) for a few customers."""
    if not ids:
        return {}
    with db.read() as s:
        rows = s.execute(select(Customer.id, Customer.code, Customer.full_name).where(Customer.id.in_(ids))).all()
    return {r[0]: (r[1], r[2]) for r in rows}


def tier_counts(db: Database) -> list[dict]:
    """Customers (not merged away) per current tier, in tier rank order, then those without a tier:
    [{tier (code or None), name, rank, customers}] — one GROUP BY and the tier definitions."""
    from crm_app.db.models import TierDefinition

    with db.read() as s:
        counts = dict(s.execute(select(Customer.tier_code, func.count()).where(Customer.status != "merged")
                                .group_by(Customer.tier_code)).all())
        tiers = s.execute(select(TierDefinition.code, TierDefinition.name, TierDefinition.rank)
                          .order_by(TierDefinition.rank)).all()
    return tier_table(counts, tiers)


class DatabaseSource:
    """What the metrics read, through SQLAlchemy (the app; any back end): see metrics_scan.FileSource."""

    def __init__(self, db: Database):
        self.db = db

    def load(self, progress=None, cancel=None) -> MetricsData:
        return load(self.db, progress, cancel)

    def tiers(self) -> pd.Series:
        return tiers(self.db)

    def tags(self) -> pd.DataFrame:
        return tags(self.db)

    def tier_counts(self) -> list[dict]:
        return tier_counts(self.db)

    def codes(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        return codes(self.db, ids)
