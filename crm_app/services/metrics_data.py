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

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import func, select

from crm_app import config
from crm_app.analytics.common import Cancel, check_cancel, report
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
from crm_app.domain.money import exponent

if TYPE_CHECKING:  # imported lazily: `crm-app metrics` reads the database while pandas imports
    import pandas as pd

    from crm_app.analytics.purchases import PurchaseDays

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


@dataclass
class MetricsData:
    currency: str
    minor_per_unit: int
    customers_total: int
    # purchase days, sorted by (customer_id, day)
    customer_id: np.ndarray
    day: np.ndarray
    gross_minor: np.ndarray      # orders in `currency`
    orders: np.ndarray           # orders of the purchase day (any currency)
    currency_orders: np.ndarray  # of which in `currency` (the orders behind the money figures)
    other_currency_orders: int   # orders in another currency: purchase days, but no money figures
    # refunds in `currency`
    refund_customer: np.ndarray
    refund_order_day: np.ndarray
    refund_day: np.ndarray
    refund_minor: np.ndarray
    ended: pd.DataFrame        # customer_id, ended_day (NaT: date unknown), status
    feedback: pd.DataFrame     # kind, score, day
    tickets: pd.DataFrame      # created_at, first_response_at, resolved_at, *_due_at (seconds)
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    _memo: tuple | None = field(default=None, repr=False, compare=False)

    def net_minor(self, as_of_day: int | None = None) -> np.ndarray:
        """Net minor units of every purchase day as of `as_of_day`: gross minus the refunds made on or
        before that day (a refund lowers the purchase day of the order it refunds)."""
        net = self.gross_minor.copy()
        if self.refund_minor.size and self.customer_id.size:
            ok = np.ones(self.refund_minor.size, bool) if as_of_day is None else self.refund_day <= as_of_day
            if ok.any():
                base = int(min(self.day.min(), self.refund_order_day[ok].min()))
                span = int(max(self.day.max(), self.refund_order_day[ok].max())) - base + 1
                keys = self.customer_id * span + (self.day - base)
                rkeys = self.refund_customer[ok] * span + (self.refund_order_day[ok] - base)
                pos = np.clip(np.searchsorted(keys, rkeys), 0, keys.size - 1)
                hit = keys[pos] == rkeys
                np.subtract.at(net, pos[hit], self.refund_minor[ok][hit])
        return net

    def purchase_days(self, as_of_day: int | None = None) -> PurchaseDays:
        """The purchase days (all of them, also those after `as_of_day`) with their net as of
        `as_of_day`, as analytics.purchases.PurchaseDays; `orders` counts the orders in the currency.
        The last one built is kept (the GUI recomputes with other parameters on the same data)."""
        from crm_app.analytics.purchases import PurchaseDays

        memo = self._memo
        if memo is not None and memo[0] == as_of_day:
            return memo[1]
        net = self.net_minor(as_of_day)
        p = PurchaseDays.from_arrays(self.customer_id, self.day, net / self.minor_per_unit, self.currency_orders,
                                     net, presorted=True)
        self._memo = (as_of_day, p)
        return p

    def purchases(self, as_of_day: int | None = None) -> pd.DataFrame:
        """Purchase days with their net amount as of `as_of_day` (refunds made later are not yet
        subtracted): customer_id, day, net (currency units), net_minor, orders (in the currency).
        All days are kept; analytics drop the days after the as-of date themselves."""
        import pandas as pd

        net = self.net_minor(as_of_day)
        return pd.DataFrame({"customer_id": self.customer_id, "day": self.day,
                             "net": net / self.minor_per_unit, "net_minor": net, "orders": self.currency_orders})


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
        from crm_app.db import sqlite

        return ("sqlite", _watch(db).version(), sqlite.data_fingerprint(db.path))
    with db.engine.connect() as conn:
        return ("sql", *conn.execute(_sql_fingerprint()).one())


class _Watcher:
    """One connection per database file that only ever asks SQLite for its data version."""

    def __init__(self, path: Path):
        import sqlite3

        self.path = path
        self.con = sqlite3.connect(f"file:{path.as_posix()}?mode=rw", uri=True, check_same_thread=False,
                                   isolation_level=None)
        self.lock = threading.Lock()

    def version(self) -> int:
        with self.lock:
            return int(self.con.execute("PRAGMA data_version").fetchone()[0])

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


def _currency() -> str:
    cur = config.CURRENCY.from_env().upper()
    if not re.fullmatch(r"[A-Z]{3}", cur):
        raise ValueError(f"the business currency setting {cur!r} is not an ISO 4217 code")
    return cur


def _load(db: Database, progress, cancel, fast: bool) -> MetricsData:
    t0 = time.perf_counter()
    cur = _currency()
    with db.engine.connect() as conn, conn.begin():  # one snapshot for every query
        customers_total = int(conn.execute(select(func.count()).select_from(Customer)
                                           .where(Customer.status != "merged")).scalar() or 0)
        if fast:
            raw = _scan_sqlite(conn, cur, progress, cancel, _prefetched(db, cur))
        else:
            raw = _scan_portable(conn, cur, cancel)
        check_cancel(cancel)
        ended_rows = conn.execute(select(Customer.id, Customer.status, Customer.status_changed_at)
                                  .where(Customer.status.in_(sorted(ENDED_STATUSES)))).all()
    import pandas as pd

    ended = pd.DataFrame({
        "customer_id": np.array([r[0] for r in ended_rows], dtype=np.int64),
        "ended_day": np.array([r[2].date() if r[2] else None for r in ended_rows], dtype="datetime64[D]"),
        "status": [r[1] for r in ended_rows]})
    cid, day, gross, orders, own_orders, other = _purchase_days(raw.pop("o_customer"), raw.pop("o_day"),
                                                                raw.pop("o_amount"))
    r_own = (raw["r_amount"] & 1) == 0
    data = MetricsData(
        currency=cur, minor_per_unit=10 ** exponent(cur), customers_total=customers_total,
        customer_id=cid, day=day, gross_minor=gross, orders=orders, currency_orders=own_orders,
        other_currency_orders=other,
        refund_customer=raw["r_customer"][r_own], refund_order_day=raw["r_order_day"][r_own],
        refund_day=raw["r_day"][r_own], refund_minor=(raw["r_amount"] >> 1)[r_own],
        ended=ended, feedback=_feedback_frame(*raw["feedback"]), tickets=pd.DataFrame(raw["tickets"]))
    if data.other_currency_orders:
        data.warnings.append(f"{data.other_currency_orders:,} orders are not in {cur}: they count as purchase "
                             f"days but are left out of the money figures (set CRM_CURRENCY to change)")
    data.seconds = time.perf_counter() - t0
    report(progress, 1.0, "data loaded")
    return data


def _purchase_days(cid: np.ndarray, day: np.ndarray, amount: np.ndarray):
    """Orders (customer, day, 2 × total + other-currency flag) → purchase days sorted by (customer, day):
    customer ids, days, gross minor units in the currency, orders, orders in the currency, and the
    number of orders in other currencies. Orders arrive in rowid order, which for most databases is
    time order; one sort by a 64-bit key (customer, day) puts them in place. The input arrays are
    reused as work space (fresh memory costs page faults: ~0.1 s per 100 MB on a small VM)."""
    if cid.size == 0:
        e = np.empty(0, np.int64)
        return e, e, e, e, e, 0
    n = cid.size
    base = int(day.min())
    span = int(day.max()) - base + 1
    key = cid                                # (customer, day) as one int64 in cid's buffer
    key *= span
    day -= base
    key += day
    spare = day                              # free from here on
    if n > 1 and not bool((key[1:] >= key[:-1]).all()):
        key, order = _sort_key(key)
        np.take(amount, order, out=spare)
        amount, spare = spare, amount
        del order
    boundary = np.empty(n, dtype=bool)
    boundary[0] = True
    np.not_equal(key[1:], key[:-1], out=boundary[1:])
    start = np.flatnonzero(boundary)
    np.bitwise_and(amount, 1, out=spare)
    n_other = int(np.count_nonzero(spare))
    amount >>= 1
    if n_other:
        amount[spare.astype(bool)] = 0
    gross = np.add.reduceat(amount, start)
    orders = np.empty(start.size, dtype=np.int64)
    np.subtract(start[1:], start[:-1], out=orders[:-1])
    orders[-1] = n - start[-1]
    own_orders = orders - np.add.reduceat(spare, start) if n_other else orders
    del amount, spare, boundary
    day_of = np.take(key, start)
    cust = np.floor_divide(day_of, span)
    day_of -= cust * span
    day_of += base
    return cust, day_of, gross, orders, own_orders, n_other


def _sort_key(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sorted key, the stable order that sorts it) of non-negative int64 keys (`key` is overwritten).
    When key and row number fit in 63 bits together, one in-place sort of key << bits | row (numpy's
    vectorised quicksort; rows break ties, so the order is stable) — about twice as fast as a stable
    argsort of 15 M keys."""
    n = key.size
    bits = max(int(n - 1).bit_length(), 1)
    if int(key.max()).bit_length() + bits > 63:
        order = np.argsort(key, kind="stable")
        return key[order], order
    packed = key                              # in place: the caller's key is consumed
    packed <<= bits
    order = np.arange(n, dtype=np.int64)
    packed |= order
    packed.sort()
    np.bitwise_and(packed, (1 << bits) - 1, out=order)
    packed >>= bits
    return packed, order


def _scan_sqlite(conn, cur: str, progress, cancel, prefetched: dict | None = None) -> dict:
    """All the scans of `_load` on SQLite (`prefetched`: their result, read earlier by _Prefetch)."""
    from crm_app.db import sqlite

    if prefetched is not None:
        return prefetched

    def stop() -> bool:
        check_cancel(cancel)
        return False

    o = _scan_orders(conn, cur, progress, stop)
    rflag = f"t.amount_minor * 2 + (o.currency <> '{cur}')"
    r = sqlite.scan_columns(conn, "refunds", {"customer": ("o.customer_id", "int"),
                                              "order_day": ("o.order_date", "date"),
                                              "day": ("t.refunded_at", "day"), "amount": (rflag, "int")},
                            join="JOIN orders AS o ON o.id = t.order_id", cancelled=stop)
    report(progress, 0.85, "reading feedback")
    kind = "CASE t.kind WHEN 'nps' THEN 0 WHEN 'csat' THEN 1 ELSE 2 END"
    f = sqlite.scan_columns(conn, "feedback", {"kind": (kind, "int"), "score": ("coalesce(t.score, -1)", "int"),
                                               "day": ("t.created_at", "day")}, cancelled=stop)
    report(progress, 0.92, "reading tickets")

    def secs(col: str) -> tuple[str, str]:
        return f"(julianday(t.{col}) - 2440587.5) * 86400.0", "real"

    t = sqlite.scan_columns(conn, "tickets", {c: secs(c) for c in ("created_at", "first_response_at", "resolved_at",
                                                                   "first_response_due_at", "resolution_due_at")},
                            cancelled=stop)
    return {"o_customer": o["customer"], "o_day": o["day"], "o_amount": o["amount"],
            "r_customer": r["customer"], "r_order_day": r["order_day"], "r_day": r["day"], "r_amount": r["amount"],
            "feedback": (f["kind"], f["score"], f["day"]), "tickets": t}


def _scan_orders(conn, cur: str, progress, stop) -> dict:
    """customer, day, 2 × total_minor + (currency ≠ cur) of every order, in rowid order.

    One connection: SQLite's scan does not get faster with a second thread of the same process (its
    allocator takes a global mutex; measured on 2 cores: two threads take as long as one), and a helper
    process scanning half of the ids made it slower on the shared 2-core test machine (9.2 s against
    7.4 s for 17 M orders), so there is none."""
    from crm_app.db import sqlite

    cols = {"customer": ("t.customer_id", "int"), "day": ("t.order_date", "date"),
            "amount": (f"t.total_minor * 2 + (t.currency <> '{cur}')", "int")}
    return sqlite.scan_columns(conn, "orders", cols, step=1_000_000,
                               progress=lambda f: report(progress, 0.8 * f, "reading orders"), cancelled=stop)


class _Prefetch:
    """The scans of `_load` (orders, refunds, feedback, tickets) of a SQLite file, done in a thread
    (SQLite releases the GIL while it scans) while the command imports its libraries and opens the
    database; used only when nothing was committed since."""

    def __init__(self, path: Path, currency: str):
        self.path, self.currency = path, currency
        self.version: int | None = None
        self.result: dict | None = None
        self.con = None
        self.thread = threading.Thread(target=self._run, name="metrics-prefetch", daemon=True)

    def _run(self) -> None:
        import sqlite3
        from types import SimpleNamespace

        try:
            con = sqlite3.connect(f"file:{self.path.as_posix()}?mode=rw", uri=True, isolation_level=None,
                                  check_same_thread=False, timeout=config.BUSY_TIMEOUT_MS.from_env() / 1000)
            self.con = con
            self.version = int(con.execute("PRAGMA data_version").fetchone()[0])
            con.execute("BEGIN")
            self.result = _scan_sqlite(SimpleNamespace(connection=SimpleNamespace(driver_connection=con)),
                                       self.currency, None, None)
            con.execute("COMMIT")
        except Exception:  # noqa: BLE001 - the usual read happens instead
            self.result = None

    def take(self, currency: str) -> dict | None:
        """The orders, if the currency is the same and no connection has committed since they were read
        (call it inside the reader's transaction, after its first read)."""
        self.thread.join()
        try:
            if self.result is None or self.con is None or currency != self.currency:
                return None
            same = int(self.con.execute("PRAGMA data_version").fetchone()[0]) == self.version
            return self.result if same else None
        except Exception:  # noqa: BLE001
            return None
        finally:
            if self.con is not None:
                self.con.close()
            self.result = None


_PREFETCH: dict[str, _Prefetch] = {}


def prefetch_orders(url: str | None) -> bool:
    """Start reading orders, refunds, feedback and tickets of the SQLite file `url` (a path or URL as
    `--db` takes it) in a thread,
    for the next `load` of that database in this process — `crm-app metrics` calls it before opening
    the database, so the scan overlaps imports, migration check and backup. False when not a file."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(config.resolve_database_url(url))
        if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
            return False
        path = Path(parsed.database)
        if not path.exists():
            return False
        pf = _Prefetch(path, _currency())
    except Exception:  # noqa: BLE001 - no prefetch, the usual read happens
        return False
    with _LOCK:
        _PREFETCH[str(path.resolve())] = pf
    pf.thread.start()
    return True


def _prefetched(db: Database, currency: str) -> dict | None:
    if db.path is None or not _PREFETCH:
        return None
    with _LOCK:
        pf = _PREFETCH.pop(str(db.path.resolve()) if db.path.exists() else str(db.path), None)
    return None if pf is None else pf.take(currency)


def _feedback_frame(kind: np.ndarray, score: np.ndarray, day: np.ndarray) -> pd.DataFrame:
    import pandas as pd

    names = np.array(["nps", "csat", "other"], dtype=object)
    return pd.DataFrame({"kind": names[kind], "score": score, "day": day})


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
    import pandas as pd

    with db.read() as s:
        rows = s.execute(select(Customer.id, Customer.tier_code).where(Customer.tier_code.is_not(None))).all()
    return pd.Series([r[1] for r in rows], index=pd.Index([r[0] for r in rows], name="customer_id"), dtype=object)


def tags(db: Database) -> pd.DataFrame:
    """(customer_id, segment = tag name), one row per tag of a customer."""
    import pandas as pd

    with db.read() as s:
        rows = s.execute(select(CustomerTag.customer_id, Tag.name).join(Tag, Tag.id == CustomerTag.tag_id)).all()
    return pd.DataFrame({"customer_id": np.array([r[0] for r in rows], dtype=np.int64),
                         "segment": [r[1] for r in rows]})


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
    out = [{"tier": code, "name": name, "rank": rank, "customers": int(counts.pop(code, 0))}
           for code, name, rank in tiers]
    none = int(counts.pop(None, 0))
    out += [{"tier": code, "name": code, "rank": None, "customers": int(n)} for code, n in sorted(counts.items())]
    out.append({"tier": None, "name": "(no tier)", "rank": None, "customers": none})
    return out
