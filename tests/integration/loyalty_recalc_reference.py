"""The loyalty recalc as it was before its speed-up (commit 8c09bd2), kept word for word as the oracle of
tests/integration/test_loyalty.py::test_recalc_writes_what_the_reference_writes: the fast recalc must
write the same rows (and ids) as this one. Only BULK_MIN_ORDERS was added (the fixed 100000 of
_bulk_start) so that a small test database can take either path. Do not optimise this file.

Original docstring:
`recalc(db, as_of)`: rebuild loyalty from history for every customer, set-based and idempotent.

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

import json
import time as _time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from crm_app.db.engine import Database
from crm_app.db.models.base import utcnow
from crm_app.domain import loyalty as L
from crm_app.services import loyalty as svc
from crm_app.services.loyalty_coupons import new_code

JD = 1721424.5            # julianday(d) - JD = date.toordinal()
SHIFT = 21                # key = customer << SHIFT | day ordinal (ordinals < 2**21)
BATCH = 200_000


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
    steps = 9

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
        cur = s.connection().connection.dbapi_connection.cursor()
        cur.execute("PRAGMA cache_size = -262144")      # 256 MiB page cache for this run
        cur.execute("PRAGMA temp_store = FILE")
        bulk = _bulk_start(cur)
        _ledger_from_history(cur, as_of, version, rules, res)
        _bulk_end(cur, bulk)
        step(1, "ledger")
        h, cust_ids, birthdays = _load_history(cur, as_of, rules)
        step(2, "history")
        _date_rules(cur, h, cust_ids, birthdays, as_of, version, rules, res)
        step(3, "birthdays and anniversaries")
        _badges(cur, h, badges, res)
        step(4, "badges")
        _tiers(cur, h, cust_ids, as_of, rules, res)
        step(5, "tiers")
        del h
        _expiry(cur, as_of, version, res)
        step(6, "expiry")
        cur.execute("UPDATE coupons SET status = 'expired' WHERE status = 'issued' AND expires_on IS NOT NULL "
                    "AND expires_on < ?", (as_of.isoformat(),))
        res.coupons_expired = cur.rowcount
        step(7, "coupons")
        cur.execute("INSERT INTO audit_log (at, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?)",
                    (utcnow().isoformat(sep=" "), "loyalty.recalc", "loyalty_rule_set", version,
                     json.dumps({"as_of": as_of.isoformat(), "changes": res.changes()})))
        step(8, "saving")
    with db.connect() as c:
        c.connection.driver_connection.execute("PRAGMA cache_size = -2000")
    step(9, "done")
    return res


# Indexes whose keys arrive in random order while the ledger is filled from history; when most of
# the history is still missing they are dropped and rebuilt (a sort) instead of updated row by row.
_BULK_INDEXES = {"ix_points_ledger_expiry": "points_ledger (expires_on)",
                 "ix_points_ledger_kind_occurred": "points_ledger (kind, occurred_at)"}


BULK_MIN_ORDERS = 100000


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
        for name, target in _BULK_INDEXES.items():
            cur.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


# --- 1. ledger --------------------------------------------------------------------------------------
def _ledger_from_history(cur, as_of: date, version: int, r: L.LoyaltyRules, res: RecalcResult) -> None:
    end = _dt(as_of + timedelta(days=1))
    exp = f"date(o.order_date, '+{int(r.expiry_months)} months')" if r.expiry_months > 0 else "NULL"
    # Missing ids first (a temp table), then the insert: an INSERT whose SELECT reads the same table
    # would be buffered whole by SQLite. With no earn entries at all (a fresh demo) skip the anti-join.
    cur.execute("CREATE TEMP TABLE IF NOT EXISTS loyalty_ids_tmp (id INTEGER PRIMARY KEY)")
    cur.execute("DELETE FROM loyalty_ids_tmp")
    cur.execute("SELECT EXISTS (SELECT 1 FROM points_ledger WHERE kind = 'earn')")
    anti = "AND NOT EXISTS (SELECT 1 FROM points_ledger p WHERE p.order_id = o.id AND p.kind = 'earn')" \
        if cur.fetchone()[0] else ""
    cur.execute(f"INSERT INTO loyalty_ids_tmp SELECT o.id FROM orders o NOT INDEXED WHERE o.order_date <= ?"
                f" AND (o.total_minor * ?) / ? > 0 {anti}", (as_of.isoformat(), r.points_per_unit, r.unit_minor))
    cur.execute(
        f"INSERT INTO points_ledger (customer_id, kind, points, occurred_at, expires_on, order_id, rule_version, reason)"
        f" SELECT o.customer_id, 'earn', (o.total_minor * ?) / ?, o.ordered_at, {exp}, o.id, ?, o.code"
        f" FROM loyalty_ids_tmp t JOIN orders o ON o.id = t.id",
        (r.points_per_unit, r.unit_minor, version))
    res.earned = cur.rowcount
    # A refund takes back its share of the order's points, unless those points had already expired.
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
def _load_history(cur, as_of: date, r: L.LoyaltyRules):
    end = _dt(as_of + timedelta(days=1))
    cust, day, amount = _fetch(
        cur, f"SELECT customer_id, CAST(julianday(order_date) - {JD} AS INTEGER), sum(total_minor) FROM orders"
             " WHERE order_date <= ? GROUP BY customer_id, order_date ORDER BY customer_id, order_date",
        (as_of.isoformat(),))
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
    xc, xd = _fetch(cur, f"SELECT customer_id, CAST(julianday(occurred_at) - {JD} AS INTEGER) FROM points_ledger"
                         " WHERE rule_key LIKE 'referral:%' AND occurred_at < ? ORDER BY customer_id, occurred_at",
                    (end,), 2)
    ids, bdays = _fetch(cur, f"SELECT id, coalesce(CAST(julianday(birthday) - {JD} AS INTEGER), 0) FROM customers"
                             " ORDER BY id", (), 2)
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
    rows = [(new_code(), int(c), origin, rule.discount_kind,
             rule.amount_minor if rule.discount_kind == "amount" else None,
             rule.percent if rule.discount_kind == "percent" else None, currency, issued, expires, k)
            for c, k in zip(cust, keys)]
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
                    [(int(c), pts, at, expires, version, reason, k) for c, k in zip(cust, keys)])
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
                                   [f"birthday:{c}:{as_of.year}" for c in bc[due]])
    offer = (this - 7 <= a) & (a <= this + grace)
    exp = (as_of + timedelta(days=r.birthday_offer.valid_days)).isoformat()
    res.coupons_issued += _insert_coupons(cur, bc[offer], "birthday", r.birthday_offer, currency,
                                          [f"birthday:{c}:{as_of.year}" for c in bc[offer]], at, exp)
    fc, first = L._nth(h.cust, h.day, 1)
    if fc.size == 0:
        return
    years = as_of.year - L._d64(first).astype("datetime64[Y]").astype(np.int64) - 1970
    for back in (1, 0):
        y = years - back
        ann = L.add_months_ord(first, 12 * np.maximum(y, 0))
        ok = (y >= 1) & (ann <= a) & (a <= ann + grace)
        res.bonuses += _insert_bonuses(cur, fc[ok], r.bonus_anniversary, at, bexp_s, version, "anniversary",
                                       [f"anniversary:{c}:{yy}" for c, yy in zip(fc[ok], y[ok])])
    six = L.add_months_ord(first, 6)
    ok = (six <= a) & (a <= six + grace)
    exp = (as_of + timedelta(days=r.six_months_offer.valid_days)).isoformat()
    res.coupons_issued += _insert_coupons(cur, fc[ok], "anniversary", r.six_months_offer, currency,
                                          [f"six_months:{c}" for c in fc[ok]], at, exp)


# --- 4. badges --------------------------------------------------------------------------------------
def _badges(cur, h: L.History, badges: list[L.BadgeRule], res: RecalcResult) -> None:
    for code, cust, day in L.evaluate_badges(h, badges):
        if cust.size == 0:
            continue
        have = _fetch(cur, "SELECT customer_id FROM badge_awards WHERE badge_code = ?", (code,), 1)[0]
        new = ~np.isin(cust, have)
        rows = [(int(c), code, date.fromordinal(int(d)).isoformat()) for c, d in zip(cust[new], day[new])]
        cur.executemany("INSERT OR IGNORE INTO badge_awards (customer_id, badge_code, awarded_on) VALUES (?,?,?)",
                        rows)
        res.badges += len(rows)


# --- 5. tiers ---------------------------------------------------------------------------------------
def _tiers(cur, h: L.History, ids, as_of: date, r: L.LoyaltyRules, res: RecalcResult) -> None:
    tiers = sorted(r.tiers, key=lambda t: t.rank)
    codes = np.array([t.code for t in tiers], dtype=object)
    want = codes[L.choose_tiers(h.window_spend, r.tiers)]
    cur.execute("SELECT id, coalesce(tier_code, '') FROM customers ORDER BY id")
    have_ids, have = [], []
    while rows := cur.fetchmany(BATCH):
        for i, c in rows:
            have_ids.append(i)
            have.append(c)
    have_arr = np.array(have, dtype=object)
    changed = np.nonzero(have_arr != want)[0]
    if changed.size == 0:
        return
    cur.execute("CREATE TEMP TABLE IF NOT EXISTS loyalty_tier_tmp (id INTEGER PRIMARY KEY, code TEXT, spend INTEGER)")
    cur.execute("DELETE FROM loyalty_tier_tmp")
    cur.executemany("INSERT INTO loyalty_tier_tmp VALUES (?, ?, ?)",
                    [(int(ids[i]), want[i], int(h.window_spend[i])) for i in changed])
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
def _expiry(cur, as_of: date, version: int, res: RecalcResult) -> None:
    """X = max over expiry days d <= as_of of C(d) - D(before d); write X - already expired (> 0)."""
    a = as_of.isoformat()
    cc, ce, cp = _fetch(cur, f"SELECT customer_id, CAST(julianday(expires_on) - {JD} AS INTEGER), sum(points)"
                             " FROM points_ledger WHERE points > 0 AND kind <> 'expire' AND expires_on IS NOT NULL"
                             " AND expires_on <= ? GROUP BY customer_id, expires_on", (a,))
    if cc.size == 0:
        return
    order = np.lexsort((ce, cc))
    cc, ce, cp = cc[order], ce[order], cp[order]
    dc, dd, dp = _fetch(cur, f"SELECT customer_id, CAST(julianday(occurred_at) - {JD} AS INTEGER), -sum(points)"
                             " FROM points_ledger WHERE points < 0 AND kind <> 'expire'"
                             " GROUP BY customer_id, date(occurred_at)", ())
    ec, ep = _fetch(cur, "SELECT customer_id, -sum(points) FROM points_ledger WHERE kind = 'expire'"
                         " GROUP BY customer_id", (), 2)
    uniq, start, _n = L.runs(cc)
    csum = np.cumsum(cp)
    before = np.concatenate([[0], csum])[start]
    c_run = csum - np.repeat(before, np.diff(np.append(start, cc.size)))
    if dc.size:
        dkey = (dc << SHIFT) | dd
        o = np.argsort(dkey)
        dkey, dp = dkey[o], dp[o]
        dcum = np.concatenate([[0], np.cumsum(dp)])
        d_before = dcum[np.searchsorted(dkey, (cc << SHIFT) | ce, "left")] - dcum[np.searchsorted(dkey, cc << SHIFT)]
    else:
        d_before = np.zeros(cc.size, np.int64)
    x = np.maximum.reduceat(c_run - d_before, start)
    last = ce[np.append(start[1:], cc.size) - 1]
    done = np.zeros(uniq.size, np.int64)
    if ec.size:
        pos = np.searchsorted(uniq, ec)
        ok = (pos < uniq.size) & (uniq[np.minimum(pos, uniq.size - 1)] == ec)
        done[pos[ok]] = ep[ok]
    due = x - done
    sel = np.nonzero(due > 0)[0]
    if sel.size == 0:
        return
    cur.execute("CREATE TEMP TABLE IF NOT EXISTS loyalty_exp_tmp (id INTEGER PRIMARY KEY, due INTEGER, last TEXT)")
    cur.execute("DELETE FROM loyalty_exp_tmp")
    cur.executemany("INSERT INTO loyalty_exp_tmp VALUES (?, ?, ?)",
                    [(int(uniq[i]), int(due[i]), date.fromordinal(int(last[i])).isoformat()) for i in sel])
    # never below zero: cap at the balance
    cur.execute("INSERT INTO points_ledger (customer_id, kind, points, occurred_at, rule_version, reason)"
                " SELECT t.id, 'expire', -min(t.due, b.bal), t.last || ' 00:00:00.000000', ?,"
                " 'points earned before ' || t.last || ' expired'"
                " FROM loyalty_exp_tmp t JOIN (SELECT p.customer_id AS id, sum(p.points) AS bal FROM points_ledger p"
                " WHERE p.customer_id IN (SELECT id FROM loyalty_exp_tmp) GROUP BY p.customer_id) b ON b.id = t.id"
                " WHERE min(t.due, b.bal) > 0", (version,))
    res.expired_entries = cur.rowcount
    cur.execute("DELETE FROM loyalty_exp_tmp")
