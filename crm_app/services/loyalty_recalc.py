"""`recalc(db, as_of)`: rebuild loyalty from history for every customer, set-based and idempotent.

1. the ledger gets what history owes it and does not have yet: an `earn` entry per order (base rate,
   no tier multiplier: the tier at the time is not known for old orders), a `reverse` per refund, the
   first-purchase and feedback bonuses, birthday/anniversary bonuses and offers due around `as_of`;
2. badges from purchase days, feedback and referrals (numpy over all customers, domain/loyalty.py);
3. tiers from the rolling spend window: customers.tier_code and tier_history;
4. expiry, oldest points first (the same formula as domain.loyalty.expired_total, vectorised);
5. issued coupons past their date expire.

Running it twice changes nothing: every write is "insert what is missing" (rule keys, refund links,
NOT EXISTS) or "update what differs". This is also how a demo database gets its loyalty activity.
SQLite only (it uses julianday() and the raw connection for speed).
"""
from __future__ import annotations

import itertools
import json
import time as _time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from crm_app.db import sqlite as sq
from crm_app.db.engine import Database
from crm_app.db.models.base import utcnow
from crm_app.domain import loyalty as L
from crm_app.services import loyalty as svc
from crm_app.services.loyalty_coupons import new_code

JD = 1721424.5            # julianday(d) - JD = date.toordinal()
EPOCH = date(1970, 1, 1).toordinal()    # scan_columns days (since 1970-01-01) + EPOCH = date.toordinal()
SHIFT = 21                # key = customer << SHIFT | day ordinal (ordinals < 2**21)
BATCH = 200_000
CACHE_MIB = 256


class Cancelled(Exception):
    pass


@dataclass
class RecalcResult:
    as_of: date
    rule_version: int = 0
    earned: int = 0
    reversed: int = 0
    bonuses: int = 0
    badges: int = 0
    tier_changes: int = 0
    expired_entries: int = 0
    coupons_issued: int = 0
    coupons_expired: int = 0
    seconds: dict = field(default_factory=dict)

    def changes(self) -> int:
        return (self.earned + self.reversed + self.bonuses + self.badges + self.tier_changes + self.expired_entries
                + self.coupons_issued + self.coupons_expired)


def _dt(d: date) -> str:
    return f"{d.isoformat()} 00:00:00.000000"


def _fetch(cur, sql: str, params=(), cols: int = 3) -> list[np.ndarray]:
    """Run a query returning integer columns into numpy arrays, in batches."""
    cur.execute(sql, params)
    parts = []
    while rows := cur.fetchmany(BATCH):
        parts.append(np.array(rows, dtype=np.int64).reshape(-1, cols))
    a = np.concatenate(parts) if parts else np.empty((0, cols), np.int64)
    return [a[:, i].copy() for i in range(cols)]


def recalc(db: Database, as_of: date | None = None, progress: Callable[[float, str], None] | None = None,
           cancel: Callable[[], bool] | None = None) -> RecalcResult:
    as_of = as_of or date.today()
    res = RecalcResult(as_of)
    t0 = _time.perf_counter()
    steps = 10

    def step(i: int, text: str) -> None:
        nonlocal t0
        now = _time.perf_counter()
        res.seconds[text] = round(now - t0, 2)
        t0 = now
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None:
            progress(i / steps, text)

    if not db.is_sqlite:
        raise RuntimeError("loyalty recalc needs a SQLite database")
    with db.write() as s:
        version, rules = svc.current_rules(s)
        if version == 0:
            version = svc.save_rules(s, rules)
        res.rule_version = version
        badges = svc.badge_rules(s)
        conn = s.connection()
        cur = conn.connection.dbapi_connection.cursor()
        sq.cache_size(cur.connection, CACHE_MIB)     # a bigger page cache for this run
        cur.execute("PRAGMA temp_store = FILE")
        bulk = _bulk_start(cur)
        _ledger_from_history(cur, as_of, version, rules, res)
        step(1, "ledger")
        h, cust_ids, birthdays = _load_history(conn, cur, as_of, rules)
        step(2, "history")
        _date_rules(cur, h, cust_ids, birthdays, as_of, version, rules, res)
        step(3, "birthdays and anniversaries")
        _badges(conn, cur, h, badges, res)
        step(4, "badges")
        _tiers(conn, cur, h, cust_ids, as_of, rules, res)
        step(5, "tiers")
        del h
        _expiry(conn, cur, as_of, version, res)
        step(6, "expiry")
        _bulk_end(cur, bulk)        # the indexes dropped for the bulk load, once the last ledger rows are in
        step(7, "indexes")
        cur.execute("UPDATE coupons SET status = 'expired' WHERE status = 'issued' AND expires_on IS NOT NULL "
                    "AND expires_on < ?", (as_of.isoformat(),))
        res.coupons_expired = cur.rowcount
        step(8, "coupons")
        cur.execute("INSERT INTO audit_log (at, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?)",
                    (utcnow().isoformat(sep=" "), "loyalty.recalc", "loyalty_rule_set", version,
                     json.dumps({"as_of": as_of.isoformat(), "changes": res.changes()})))
        step(9, "saving")
    with db.connect() as c:
        c.connection.driver_connection.execute("PRAGMA cache_size = -2000")
    step(10, "done")
    return res


# Secondary indexes of the ledger that recalc itself does not read: when most of the history is still
# missing they are dropped and rebuilt (a sort) instead of updated row by row (the expiry and
# leaderboard keys arrive in random order, the customer key in random order for refunds and feedback).
_BULK_INDEXES = {"ix_points_ledger_customer": "points_ledger (customer_id, occurred_at)",
                 "ix_points_ledger_expiry": "points_ledger (expires_on)",
                 "ix_points_ledger_kind_occurred": "points_ledger (kind, occurred_at)"}


BULK_MIN_ORDERS = 100_000      # bulk when orders > 2 × ledger entries + this


def _bulk_start(cur) -> bool:
    cur.execute("SELECT (SELECT count(*) FROM orders) > 2 * (SELECT count(*) FROM points_ledger) + ?",
                (BULK_MIN_ORDERS,))
    if not cur.fetchone()[0]:
        return False
    for name in _BULK_INDEXES:
        cur.execute(f"DROP INDEX IF EXISTS {name}")
    return True


def _bulk_end(cur, bulk: bool) -> None:
    if bulk:
        # SQLite sorts an index in runs as big as the page cache: small runs merged sort faster
        # (10.7M ledger rows: 32 s with 256 MiB runs, 16 s with 4 MiB).
        sq.cache_size(cur.connection, 4)
        for name, target in _BULK_INDEXES.items():
            cur.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
        sq.cache_size(cur.connection, CACHE_MIB)


# --- 1. ledger --------------------------------------------------------------------------------------
def _ledger_from_history(cur, as_of: date, version: int, r: L.LoyaltyRules, res: RecalcResult) -> None:
    end = _dt(as_of + timedelta(days=1))
    exp = f"date(o.order_date, '+{int(r.expiry_months)} months')" if r.expiry_months > 0 else "NULL"
    cur.execute("SELECT EXISTS (SELECT 1 FROM points_ledger WHERE kind = 'earn')")
    if cur.fetchone()[0]:
        # Missing ids first (a temp table), then the insert: an INSERT whose SELECT reads the same table
        # would be buffered whole by SQLite.
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS loyalty_ids_tmp (id INTEGER PRIMARY KEY)")
        cur.execute("DELETE FROM loyalty_ids_tmp")
        cur.execute("INSERT INTO loyalty_ids_tmp SELECT o.id FROM orders o NOT INDEXED WHERE o.order_date <= ?"
                    " AND (o.total_minor * ?) / ? > 0"
                    " AND NOT EXISTS (SELECT 1 FROM points_ledger p WHERE p.order_id = o.id AND p.kind = 'earn')",
                    (as_of.isoformat(), r.points_per_unit, r.unit_minor))
        source = "loyalty_ids_tmp t JOIN orders o ON o.id = t.id"
        where, params = "", ()
    else:
        # No earn entry at all (a fresh demo): every order is missing, straight from the orders table.
        source = "orders o NOT INDEXED"
        where, params = " WHERE o.order_date <= ? AND (o.total_minor * ?) / ? > 0", (
            as_of.isoformat(), r.points_per_unit, r.unit_minor)
    cur.execute(
        f"INSERT INTO points_ledger (customer_id, kind, points, occurred_at, expires_on, order_id, rule_version, reason)"
        f" SELECT o.customer_id, 'earn', (o.total_minor * ?) / ?, o.ordered_at, {exp}, o.id, ?, o.code"
        f" FROM {source}{where}", (r.points_per_unit, r.unit_minor, version, *params))
    res.earned = cur.rowcount
    # A refund takes back its share of the order's points, unless those points had already expired.
    # (The order the rows go in, and so their ids, is the plan's: the query is left as it was.)
    cur.execute(
        "INSERT INTO points_ledger (customer_id, kind, points, occurred_at, order_id, refund_id, rule_version, reason)"
        " SELECT o.customer_id, 'reverse', -((e.points * rf.amount_minor) / o.total_minor), rf.refunded_at, o.id,"
        " rf.id, ?, 'refund of order ' || coalesce(o.code, o.id)"
        " FROM refunds rf JOIN orders o ON o.id = rf.order_id"
        " JOIN points_ledger e ON e.order_id = o.id AND e.kind = 'earn'"
        " WHERE rf.refunded_at < ? AND o.total_minor > 0 AND (e.points * rf.amount_minor) / o.total_minor > 0"
        " AND (e.expires_on IS NULL OR date(rf.refunded_at) < e.expires_on)"
        " AND NOT EXISTS (SELECT 1 FROM points_ledger p WHERE p.refund_id = rf.id)", (version, end))
    res.reversed = cur.rowcount
    bexp = f"date(x.d, '+{int(r.expiry_months)} months')" if r.expiry_months > 0 else "NULL"
    n = 0
    if r.bonus_first_purchase > 0:
        cur.execute(
            f"INSERT OR IGNORE INTO points_ledger (customer_id, kind, points, occurred_at, expires_on, rule_version,"
            f" reason, rule_key) SELECT x.c, 'bonus', ?, x.d || ' 00:00:00.000000', {bexp}, ?, 'first purchase',"
            f" 'first_purchase:' || x.c FROM (SELECT customer_id AS c, min(order_date) AS d FROM orders"
            f" WHERE order_date <= ? GROUP BY customer_id) x",
            (r.bonus_first_purchase, version, as_of.isoformat()))
        n += cur.rowcount
    if r.bonus_feedback > 0:
        cur.execute(
            f"INSERT OR IGNORE INTO points_ledger (customer_id, kind, points, occurred_at, expires_on, rule_version,"
            f" reason, rule_key) SELECT x.c, 'bonus', ?, x.at, {bexp}, ?, 'feedback given', 'feedback:' || x.id"
            f" FROM (SELECT id, customer_id AS c, created_at AS at, date(created_at) AS d FROM feedback"
            f" WHERE customer_id IS NOT NULL AND created_at < ?) x", (r.bonus_feedback, version, end))
        n += cur.rowcount
    res.bonuses += n


# --- 2. history -------------------------------------------------------------------------------------
def _group_days(cust: np.ndarray, day: np.ndarray, amount: np.ndarray):
    """One row per (customer, day), sorted, amounts added up (rows may come in any order)."""
    key = (cust << SHIFT) | day
    if key.size > 1 and not (key[1:] >= key[:-1]).all():
        order = np.argsort(key, kind="stable")
        key, amount = key[order], amount[order]
    start = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]])) if key.size else np.empty(0, np.int64)
    key = key[start]
    return key >> SHIFT, key & ((1 << SHIFT) - 1), np.add.reduceat(amount, start) if start.size else amount[:0]


def _load_history(conn, cur, as_of: date, r: L.LoyaltyRules):
    end = _dt(as_of + timedelta(days=1))
    # orders in rowid order (a sequential read: SQLite concatenates the columns, numpy parses them)
    o = sq.scan_columns(conn, "orders", {"cust": ("t.customer_id", "int"), "day": ("t.order_date", "date"),
                                         "amount": ("t.total_minor", "int")},
                        where="t.order_date <= ?", params=(as_of.isoformat(),))
    cust, day, amount = _group_days(o["cust"], o.pop("day") + EPOCH, o["amount"])
    del o
    rc, rd, ra = _fetch(
        cur, f"SELECT o.customer_id, CAST(julianday(o.order_date) - {JD} AS INTEGER), sum(rf.amount_minor)"
             " FROM refunds rf JOIN orders o ON o.id = rf.order_id WHERE o.order_date <= ? AND rf.refunded_at < ?"
             " GROUP BY o.customer_id, o.order_date", (as_of.isoformat(), end))
    if rc.size:
        key = (cust << SHIFT) | day
        idx = np.searchsorted(key, (rc << SHIFT) | rd)
        ok = (idx < key.size) & (key[np.minimum(idx, key.size - 1)] == ((rc << SHIFT) | rd))
        np.subtract.at(amount, idx[ok], ra[ok])
    fc, fd = _fetch(cur, f"SELECT customer_id, CAST(julianday(created_at) - {JD} AS INTEGER) FROM feedback"
                         " WHERE customer_id IS NOT NULL AND created_at < ? ORDER BY customer_id, created_at",
                    (end,), 2)
    # (through the rule-key index, sorted here: ORDER BY would walk the whole customer index)
    xc, xd = _fetch(cur, f"SELECT customer_id, CAST(julianday(occurred_at) - {JD} AS INTEGER) FROM points_ledger"
                         " WHERE rule_key IS NOT NULL AND rule_key LIKE 'referral:%' AND occurred_at < ?", (end,), 2)
    order = np.lexsort((xd, xc))
    xc, xd = xc[order], xd[order]
    c = sq.scan_columns(conn, "customers", {"id": ("t.id", "int"), "birthday": ("t.birthday", "day")})
    ids, bdays = c["id"], c["birthday"]
    bdays = np.where(bdays == np.iinfo(np.int64).min, 0, bdays + EPOCH)
    start = L.add_months(as_of, -r.tier_window_months).toordinal()
    spend = np.zeros(ids.size, np.int64)
    w = day > start
    np.add.at(spend, np.searchsorted(ids, cust[w]), amount[w])
    h = L.History(as_of.toordinal(), cust, day, amount, fc, fd, xc, xd, ids, spend)
    return h, ids, bdays


# --- 3. date rules ----------------------------------------------------------------------------------
def _insert_coupons(cur, cust: np.ndarray, origin: str, rule: L.CouponRule, currency: str, keys: list[str],
                    issued: str, expires: str) -> int:
    if not rule.enabled or cust.size == 0:
        return 0
    rows = [(new_code(), c, origin, rule.discount_kind,
             rule.amount_minor if rule.discount_kind == "amount" else None,
             rule.percent if rule.discount_kind == "percent" else None, currency, issued, expires, k)
            for c, k in zip(cust.tolist(), keys)]
    before = cur.connection.total_changes
    cur.executemany("INSERT OR IGNORE INTO coupons (code, customer_id, origin, discount_kind, amount_minor, percent,"
                    " currency, status, issued_at, expires_on, rule_key) VALUES (?,?,?,?,?,?,?,'issued',?,?,?)", rows)
    return cur.connection.total_changes - before


def _insert_bonuses(cur, cust: np.ndarray, pts: int, at: str, expires: str | None, version: int, reason: str,
                    keys: list[str]) -> int:
    if pts <= 0 or cust.size == 0:
        return 0
    before = cur.connection.total_changes
    cur.executemany("INSERT OR IGNORE INTO points_ledger (customer_id, kind, points, occurred_at, expires_on,"
                    " rule_version, reason, rule_key) VALUES (?, 'bonus', ?, ?, ?, ?, ?, ?)",
                    [(c, pts, at, expires, version, reason, k) for c, k in zip(cust.tolist(), keys)])
    return cur.connection.total_changes - before


def _date_rules(cur, h: L.History, ids, bdays, as_of: date, version: int, r: L.LoyaltyRules,
                res: RecalcResult) -> None:
    """Birthday/anniversary bonuses within the grace days and the birthday / six-months offers."""
    cur.execute("SELECT value FROM app_settings WHERE key = 'currency'")
    row = cur.fetchone()
    currency = json.loads(row[0]) if row else "USD"
    a = as_of.toordinal()
    at = f"{as_of.isoformat()} 09:00:00.000000"
    bexp = L.expiry_date(as_of, r)
    bexp_s = bexp.isoformat() if bexp else None
    has = bdays > 0
    bc, bd = ids[has], bdays[has]
    d64 = L._d64(bd)
    month0 = (d64.astype("datetime64[M]") - d64.astype("datetime64[Y]").astype("datetime64[M]")).astype(np.int64)
    dom = (d64 - d64.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64)
    this = L.add_months_ord(np.full(bc.size, date(as_of.year, 1, 1).toordinal()), month0) + dom
    grace = r.date_grace_days
    due = (this <= a) & (a <= this + grace)
    res.bonuses += _insert_bonuses(cur, bc[due], r.bonus_birthday, at, bexp_s, version, "birthday",
                                   [f"birthday:{c}:{as_of.year}" for c in bc[due].tolist()])
    offer = (this - 7 <= a) & (a <= this + grace)
    exp = (as_of + timedelta(days=r.birthday_offer.valid_days)).isoformat()
    res.coupons_issued += _insert_coupons(cur, bc[offer], "birthday", r.birthday_offer, currency,
                                          [f"birthday:{c}:{as_of.year}" for c in bc[offer].tolist()], at, exp)
    fc, first = L._nth(h.cust, h.day, 1)
    if fc.size == 0:
        return
    years = as_of.year - L._d64(first).astype("datetime64[Y]").astype(np.int64) - 1970
    for back in (1, 0):
        y = years - back
        ann = L.add_months_ord(first, 12 * np.maximum(y, 0))
        ok = (y >= 1) & (ann <= a) & (a <= ann + grace)
        res.bonuses += _insert_bonuses(cur, fc[ok], r.bonus_anniversary, at, bexp_s, version, "anniversary",
                                       [f"anniversary:{c}:{yy}" for c, yy in zip(fc[ok].tolist(), y[ok].tolist())])
    six = L.add_months_ord(first, 6)
    ok = (six <= a) & (a <= six + grace)
    exp = (as_of + timedelta(days=r.six_months_offer.valid_days)).isoformat()
    res.coupons_issued += _insert_coupons(cur, fc[ok], "anniversary", r.six_months_offer, currency,
                                          [f"six_months:{c}" for c in fc[ok].tolist()], at, exp)


# --- 4. badges --------------------------------------------------------------------------------------
def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _badges(conn, cur, h: L.History, badges: list[L.BadgeRule], res: RecalcResult) -> None:
    awards = [(code, cust, day) for code, cust, day in L.evaluate_badges(h, badges) if cust.size]
    if not awards:
        return
    # the awards already given, all badges in one read: (customer, index of the badge in `codes`)
    codes = list(dict.fromkeys(code for code, _c, _d in awards))
    which = "CASE t.badge_code " + " ".join(f"WHEN {_sql_text(c)} THEN {i}" for i, c in enumerate(codes)) + " END"
    have = sq.scan_columns(conn, "badge_awards", {"cust": ("t.customer_id", "int"), "badge": (which, "int")},
                           where=f"t.badge_code IN ({', '.join(map(_sql_text, codes))})")
    for code, cust, day in awards:
        new = ~np.isin(cust, have["cust"][have["badge"] == codes.index(code)])
        on = np.datetime_as_string(L._d64(day[new]), unit="D").tolist()
        cur.executemany("INSERT OR IGNORE INTO badge_awards (customer_id, badge_code, awarded_on) VALUES (?,?,?)",
                        zip(cust[new].tolist(), itertools.repeat(code), on))
        res.badges += len(on)


# --- 5. tiers ---------------------------------------------------------------------------------------
def _tiers(conn, cur, h: L.History, ids, as_of: date, r: L.LoyaltyRules, res: RecalcResult) -> None:
    tiers = sorted(r.tiers, key=lambda t: t.rank)
    codes = np.array([t.code for t in tiers], dtype=object)
    want = L.choose_tiers(h.window_spend, r.tiers)
    # the tier each customer has now, as an index into `codes` (-1: none or a code not in the rules)
    # (same transaction, so the same customers in the same order as `ids`)
    which = " ".join(f"WHEN {_sql_text(c)} THEN {i}" for i, c in enumerate(codes))
    have = sq.scan_columns(conn, "customers", {"tier": (f"CASE coalesce(t.tier_code, '') {which} ELSE -1 END", "int")})
    changed = np.nonzero(have["tier"] != want)[0]
    if changed.size == 0:
        return
    cur.execute("CREATE TEMP TABLE IF NOT EXISTS loyalty_tier_tmp (id INTEGER PRIMARY KEY, code TEXT, spend INTEGER)")
    cur.execute("DELETE FROM loyalty_tier_tmp")
    cur.executemany("INSERT INTO loyalty_tier_tmp VALUES (?, ?, ?)",
                    zip(ids[changed].tolist(), codes[want[changed]].tolist(), h.window_spend[changed].tolist()))
    d = as_of.isoformat()
    cur.execute("UPDATE tier_history SET valid_to = ? WHERE valid_to IS NULL"
                " AND customer_id IN (SELECT id FROM loyalty_tier_tmp)", (d,))
    cur.execute("INSERT INTO tier_history (customer_id, tier_code, valid_from, reason) SELECT id, code, ?,"
                f" 'recalc: rolling {r.tier_window_months}-month spend ' || printf('%.2f', spend / 100.0)"
                " FROM loyalty_tier_tmp", (d,))
    cur.execute("UPDATE customers SET tier_code = t.code FROM loyalty_tier_tmp t WHERE customers.id = t.id")
    res.tier_changes = int(changed.size)
    cur.execute("DELETE FROM loyalty_tier_tmp")


# --- 6. expiry --------------------------------------------------------------------------------------
def _expiry(conn, cur, as_of: date, version: int, res: RecalcResult) -> None:
    """X = max over expiry days d <= as_of of C(d) - D(before d); write X - already expired (> 0), capped at
    the balance. One sequential read of the ledger; the sums are numpy's."""
    led = sq.scan_columns(conn, "points_ledger", {
        "cust": ("t.customer_id", "int"), "points": ("t.points", "int"), "expire": ("t.kind = 'expire'", "int"),
        "at": ("t.occurred_at", "day"), "expires": ("t.expires_on", "day")})
    cust, pts = led.pop("cust"), led.pop("points")
    is_exp = led.pop("expire").astype(bool)
    expires = led.pop("expires")
    # credits: positive entries with an expiry on or before as_of, summed per (customer, expiry day)
    m = (pts > 0) & ~is_exp & (expires != np.iinfo(np.int64).min) & (expires <= as_of.toordinal() - EPOCH)
    cc, ce, cp = _group_days(cust[m], expires[m] + EPOCH, pts[m])
    del expires
    if cc.size == 0:
        return
    # debits: spending (negative entries other than expiry), summed per (customer, day)
    m = (pts < 0) & ~is_exp
    dc, dd, dp = _group_days(cust[m], led.pop("at")[m] + EPOCH, -pts[m])
    uniq, start, _n = L.runs(cc)
    csum = np.cumsum(cp)
    before = np.concatenate([[0], csum])[start]
    c_run = csum - np.repeat(before, np.diff(np.append(start, cc.size)))
    if dc.size:
        dkey = (dc << SHIFT) | dd
        dcum = np.concatenate([[0], np.cumsum(dp)])
        d_before = dcum[np.searchsorted(dkey, (cc << SHIFT) | ce, "left")] - dcum[np.searchsorted(dkey, cc << SHIFT)]
    else:
        d_before = np.zeros(cc.size, np.int64)
    x = np.maximum.reduceat(c_run - d_before, start)
    last = ce[np.append(start[1:], cc.size) - 1]
    # per customer with credits: points already expired and the balance (the whole ledger)
    pos = np.minimum(np.searchsorted(uniq, cust), uniq.size - 1)
    known = uniq[pos] == cust
    pos, pts, is_exp = pos[known], pts[known], is_exp[known]
    done = np.rint(np.bincount(pos[is_exp], weights=-pts[is_exp], minlength=uniq.size)).astype(np.int64)
    bal = np.rint(np.bincount(pos, weights=pts, minlength=uniq.size)).astype(np.int64)
    due = x - done
    take = np.minimum(due, bal)         # never below zero: capped at the balance
    sel = np.nonzero((due > 0) & (take > 0))[0]
    if sel.size == 0:
        return
    on = np.datetime_as_string(L._d64(last[sel]), unit="D").tolist()
    cur.executemany("INSERT INTO points_ledger (customer_id, kind, points, occurred_at, rule_version, reason)"
                    " VALUES (?, 'expire', ?, ?, ?, ?)",
                    [(c, -t, f"{d} 00:00:00.000000", version, f"points earned before {d} expired")
                     for c, t, d in zip(uniq[sel].tolist(), take[sel].tolist(), on)])
    res.expired_entries = int(sel.size)
