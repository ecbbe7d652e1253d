"""Build a realistic, reproducible demo business into an empty database.

Purchases follow the process BG/NBD assumes (Poisson purchasing at a customer's own rate λ,
dropping out after any purchase with probability p, heterogeneous λ and p) with a seasonal
thinning, Gamma-Gamma order values, same-day repeat orders, zero-value orders and refunds.
Everything is generated per chunk of customers with numpy and loaded with bulk inserts.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from sqlalchemy import func, select

from crm_app.db.engine import Database
from crm_app.db.models import Customer, Product, SlaPolicy, TicketCategory, User
from crm_app.demo.names import EMAIL_DOMAINS, LOCALES, name_pools, phone_numbers
from crm_app.domain.normalize import fold
from crm_app.services import reference

Progress = Callable[[float, str], None]

SEASON = np.array([0.80, 0.72, 0.85, 0.88, 0.95, 0.86, 0.80, 0.86, 0.95, 1.00, 1.15, 1.40]) / 1.40
CHANNELS = np.array(["phone", "email", "chat", "social", "in_person", "web"])
CHANNEL_W = np.array([0.30, 0.25, 0.20, 0.07, 0.08, 0.10])
PRIORITIES = np.array(["low", "normal", "high", "urgent"])
PRIORITY_W = np.array([0.20, 0.55, 0.20, 0.05])
TAGS = ["newsletter", "wholesale", "instagram", "referral", "vip-event", "corporate"]
PRODUCTS = {"Coffee": ["Espresso beans 1kg", "Filter coffee 500g", "Decaf 250g", "Cold brew pack"],
            "Tea": ["Green tea", "Black tea", "Herbal infusion", "Saffron tea"],
            "Pastry": ["Croissant box", "Baklava tray", "Cheesecake", "Date cookies"],
            "Equipment": ["Grinder", "Moka pot", "Pour-over kit", "Kettle"],
            "Gifts": ["Gift card", "Gift hamper", "Mug set", "Tasting box"]}
SUBJECTS = {"Delivery delay": "Order has not arrived", "Damaged item": "Item arrived damaged",
            "Wrong item": "Received the wrong item", "Billing": "Charged twice",
            "Refund request": "Asking for a refund", "Product question": "Question about a product",
            "Account and login": "Cannot log in", "Loyalty points": "Points missing after purchase",
            "Store experience": "Feedback about the store visit", "Website and app": "Checkout page error"}
CATEGORY_W = np.array([0.18, 0.08, 0.06, 0.10, 0.09, 0.20, 0.07, 0.09, 0.06, 0.07])


@dataclass
class DemoSpec:
    customers: int = 2000
    seed: int = 1
    end: date = field(default_factory=date.today)
    years: float = 6.0
    tickets_per_customer: float = 0.35
    currency: str = "USD"
    chunk: int = 50_000


@dataclass
class DemoStats:
    customers: int = 0
    orders: int = 0
    order_lines: int = 0
    refunds: int = 0
    tickets: int = 0
    feedback: int = 0
    seconds: float = 0.0


def _dates(days: np.ndarray) -> list[str]:
    """'YYYY-MM-DD' strings as SQLAlchemy stores Date on SQLite."""
    return np.datetime_as_string(days.astype("datetime64[D]")).tolist()


def _datetimes(seconds: np.ndarray) -> list[str]:
    """'YYYY-MM-DD HH:MM:SS.000000' strings as SQLAlchemy stores DateTime on SQLite."""
    s = np.datetime_as_string(seconds.astype("datetime64[s]")).astype("S19")
    b = s.view(np.uint8).reshape(-1, 19).copy()
    b[:, 10] = ord(" ")
    return np.char.add(b.view("S19").ravel(), b".000000").astype("U26").tolist()


def _group_cumsum(values: np.ndarray, counts: np.ndarray) -> np.ndarray:
    cs = np.cumsum(values)
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    before = np.concatenate(([0.0], cs))[starts]
    return cs - before


def build(db: Database, spec: DemoSpec, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None) -> DemoStats:
    t0 = time.perf_counter()
    progress = progress or (lambda f, m: None)
    stats = DemoStats()
    rng = np.random.default_rng(spec.seed)
    pools = name_pools(spec.seed)
    epoch = np.datetime64(spec.end, "D") - np.timedelta64(int(spec.years * 365), "D")
    epoch_s = epoch.astype("datetime64[s]").astype(np.int64)
    span_days = int(spec.years * 365)

    with db.write() as s:
        if s.scalar(select(func.count()).select_from(Customer)):
            raise RuntimeError("the database already has customers; demo data goes into a new database")
        reference.ensure(s)
        for u, n, r in [("sara", "Sara Ahmadi", "sales"), ("omar", "Omar Haddad", "sales"),
                        ("irina", "Irina Volkova", "sales"), ("ali", "Ali Rezaei", "support"),
                        ("lena", "Lena Smirnova", "support"), ("noor", "Noor Khalil", "support"),
                        ("john", "John Carter", "support"), ("maryam", "Maryam Karimi", "support")]:
            s.add(User(username=u, display_name=n, role=r))
        from crm_app.db.models import Category
        for cat, items in PRODUCTS.items():
            c = Category(name=cat)
            s.add(c)
            s.flush()
            for j, item in enumerate(items):
                s.add(Product(sku=f"{cat[:3].upper()}-{j + 1:03d}", name=item, category_id=c.id,
                              price_minor=int(rng.integers(3, 60)) * 100, currency=spec.currency))
        s.flush()
        products = np.array(s.scalars(select(Product.id).order_by(Product.id)).all())
        product_names = {pid: name for pid, name in s.execute(select(Product.id, Product.name))}
        support = np.array(s.scalars(select(User.id).where(User.role == "support").order_by(User.id)).all())
        categories = s.execute(select(TicketCategory.id, TicketCategory.name).order_by(TicketCategory.id)).all()
        sla = {p: (f, r) for p, f, r in s.execute(select(SlaPolicy.priority, SlaPolicy.first_response_minutes,
                                                         SlaPolicy.resolution_minutes))}

    ids = {"order": 1, "line": 1, "refund": 1, "ticket": 1, "comment": 1, "feedback": 1, "phone": 1, "email": 1}
    tag_ids: dict[str, int] = {}
    n_total = spec.customers
    for start in range(0, n_total, spec.chunk):
        if cancelled and cancelled():
            raise KeyboardInterrupt("demo build cancelled")
        m = min(spec.chunk, n_total - start)
        cid0 = start + 1
        with db.write() as s:
            conn = s.connection()
            from crm_app.db import sqlite as sq
            if db.is_sqlite:
                sq.tune_for_bulk_load(conn)
            _chunk(conn, rng, spec, pools, cid0, m, epoch, epoch_s, span_days, products, product_names, support,
                   categories, sla, ids, tag_ids, stats)
        progress((start + m) / n_total * 0.9, f"{start + m:,} of {n_total:,} customers")
    progress(0.92, "building the search index")
    with db.write() as s:
        from crm_app.db import search_index
        search_index.rebuild(s)
    with db.engine.connect() as conn:
        if db.is_sqlite:
            from crm_app.db import sqlite as sq
            sq.analyze(conn)
            conn.commit()
    stats.customers = n_total
    stats.seconds = time.perf_counter() - t0
    progress(1.0, "done")
    return stats


def _chunk(conn, rng, spec, pools, cid0, m, epoch, epoch_s, span_days, products, product_names, support,
           categories, sla, ids, tag_ids, stats) -> None:
    from crm_app.db.sqlite import bulk_insert

    cids = np.arange(cid0, cid0 + m)
    keys = list(LOCALES)
    loc = rng.choice(len(keys), m, p=[LOCALES[k][3] for k in keys])
    female = rng.random(m) < 0.5
    first_r, last_r = rng.random(m), rng.random(m)
    names, countries, langs = [], [], []
    for i in range(m):
        key = keys[loc[i]]
        pool = pools[key]
        firsts = pool.female if female[i] else pool.male
        lasts = pool.last_female if female[i] else pool.last_male
        names.append(f"{firsts[int(first_r[i] * len(firsts))]} {lasts[int(last_r[i] * len(lasts))]}")
        countries.append(LOCALES[key][1])
        langs.append(LOCALES[key][2])
    # acquisition: a growing business (more customers recently)
    acq = np.floor(span_days * np.sqrt(rng.random(m))).astype(np.int64)
    buyer = rng.random(m) < 0.96
    lam = rng.gamma(0.9, 1 / (0.9 * 21), m)             # purchases per day, mean one per 21 days
    p_drop = rng.beta(0.8, 9.0, m)
    nu = rng.gamma(4.0, 1 / 22.5, m)                    # Gamma-Gamma: mean order value p·γ/(q−1) = 45
    # repeat purchases before dropout, capped at what could fit before the end date
    k = rng.geometric(p_drop) - 1
    cap = np.ceil((span_days - acq) * lam * 3 + 5).astype(np.int64)
    k = np.where(buyer, np.minimum(k, cap), 0)
    gaps = rng.exponential(1.0, int(k.sum())) / np.repeat(lam, k)
    t = np.repeat(acq.astype(float), k) + _group_cumsum(gaps, k)
    owner = np.repeat(np.arange(m), k)
    keep = t < span_days
    t, owner = t[keep], owner[keep]
    month = ((epoch + t.astype(np.int64)).astype("datetime64[M]").astype(np.int64) % 12)
    keep = rng.random(t.size) < SEASON[month]
    t, owner = t[keep], owner[keep]
    # first purchase on the acquisition day for buyers; a few same-day second orders
    first_owner = np.flatnonzero(buyer)
    t = np.concatenate([acq[first_owner].astype(float) + rng.uniform(0.38, 0.88, first_owner.size), t])
    owner = np.concatenate([first_owner, owner])
    dup = rng.random(t.size) < 0.03
    t = np.concatenate([t, np.minimum(np.floor(t[dup]) + 0.95, t[dup] + 0.05)])
    owner = np.concatenate([owner, owner[dup]])
    order = np.lexsort((t, owner))
    t, owner = t[order], owner[order]
    day = np.floor(t).astype(np.int64)
    secs = epoch_s + (day * 86400 + np.clip((t - day) * 86400, 9 * 3600, 21 * 3600)).astype(np.int64)
    amount = np.round(rng.gamma(6.0, 1.0, t.size) / nu[owner] * 100).astype(np.int64)
    amount[rng.random(t.size) < 0.004] = 0
    n_orders = t.size
    oid = np.arange(ids["order"], ids["order"] + n_orders)
    ids["order"] += n_orders
    order_days = epoch + day
    last_day = np.full(m, -1, dtype=np.int64)
    np.maximum.at(last_day, owner, day)

    # customers
    created = epoch_s + acq * 86400 + 8 * 3600
    bday_mask = rng.random(m) < 0.6
    bdays = np.datetime64(spec.end, "D") - rng.integers(18 * 365, 75 * 365, m).astype("timedelta64[D]")
    closed = rng.random(m) < 0.01
    cust_rows = zip(cids.tolist(), [f"C{c:07d}" for c in cids.tolist()], names, [fold(n) for n in names],
                    [b if ok else None for b, ok in zip(_dates(bdays), bday_mask.tolist())],
                    countries, langs, (rng.random(m) < 0.55).astype(int).tolist(),
                    (rng.random(m) < 0.35).astype(int).tolist(), (rng.random(m) < 0.2).astype(int).tolist(),
                    np.where(closed, "closed", "active").tolist(),
                    [d if x >= 0 else None for d, x in zip(_dates(epoch + np.maximum(last_day, 0)), last_day)],
                    _datetimes(created), _datetimes(created), [1] * m)
    bulk_insert(conn, "customers", ["id", "code", "full_name", "search_name", "birthday", "country", "language",
                                    "consent_email", "consent_sms", "consent_phone", "status", "last_order_date",
                                    "created_at", "updated_at", "version"], cust_rows)
    # phones: everyone one, 20 % a second
    phone_rows = []
    second = rng.random(m) < 0.2
    for key_i, key in enumerate(keys):
        idx = np.flatnonzero(loc == key_i)
        idx2 = idx[second[idx]]
        both = np.concatenate([idx, idx2])
        raw, e164 = phone_numbers(LOCALES[key][1], rng, both.size)
        pos = [0] * idx.size + [1] * idx2.size
        for c, r, e, p in zip(cids[both].tolist(), raw, e164, pos):
            phone_rows.append((c, r, e, e[1:][::-1], "mobile" if p == 0 else "home", p))
    phone_rows.sort(key=lambda r: (r[0], r[5]))
    n_ph = len(phone_rows)
    bulk_insert(conn, "customer_phones", ["id", "customer_id", "raw", "e164", "digits_rev", "kind", "position"],
                ((ids["phone"] + i, *r) for i, r in enumerate(phone_rows)))
    ids["phone"] += n_ph
    # emails: 70 %
    has_mail = np.flatnonzero(rng.random(m) < 0.7)
    dom = rng.integers(0, len(EMAIL_DOMAINS), has_mail.size)
    mails = []
    for j, i in enumerate(has_mail.tolist()):
        c = int(cids[i])
        local = names[i].split()[0].lower() if loc[i] == 0 else "client"
        mails.append((ids["email"] + j, c, f"{local}.{c}@{EMAIL_DOMAINS[dom[j]]}", f"{local}.{c}@{EMAIL_DOMAINS[dom[j]]}",
                      0))
    ids["email"] += len(mails)
    bulk_insert(conn, "customer_emails", ["id", "customer_id", "email", "normalized", "position"], mails)
    # tags: 15 %
    if not tag_ids:
        for tag in TAGS:
            conn.exec_driver_sql("INSERT INTO tags (name) VALUES (?)", (tag,))
        tag_ids.update(dict(conn.exec_driver_sql("SELECT name, id FROM tags").fetchall()))
    tagged = np.flatnonzero(rng.random(m) < 0.15)
    tag_pick = rng.integers(0, len(TAGS), tagged.size)
    bulk_insert(conn, "customer_tags", ["customer_id", "tag_id"],
                zip(cids[tagged].tolist(), [tag_ids[TAGS[j]] for j in tag_pick]))

    # orders, lines, refunds (lines first: rounding unit prices fixes the order totals)
    n_lines = 1 + np.minimum(rng.poisson(0.5, n_orders), 3)
    line_order = np.repeat(np.arange(n_orders), n_lines)
    w = rng.random(line_order.size) + 0.25
    wsum = np.bincount(line_order, weights=w, minlength=n_orders)
    share = np.floor(amount[line_order] * w / wsum[line_order]).astype(np.int64)
    last_idx = np.cumsum(n_lines) - 1
    share[last_idx] += amount - np.bincount(line_order, weights=share, minlength=n_orders).astype(np.int64)
    prod = products[rng.integers(0, products.size, line_order.size)]
    qty = np.where(rng.random(line_order.size) < 0.8, 1, 2)
    unit = share // qty
    share = unit * qty
    # keep totals equal to the sum of lines after rounding to whole units
    amount = np.bincount(line_order, weights=share, minlength=n_orders).astype(np.int64)
    cur = spec.currency
    dt = _datetimes(secs)
    bulk_insert(conn, "orders", ["id", "code", "customer_id", "ordered_at", "order_date", "currency", "total_minor",
                                 "channel", "created_at"],
                zip(oid.tolist(), [f"D{o:09d}" for o in oid.tolist()], cids[owner].tolist(), dt,
                    _dates(order_days), [cur] * n_orders, amount.tolist(),
                    np.where(rng.random(n_orders) < 0.7, "store", "web").tolist(), dt))
    bulk_insert(conn, "order_lines", ["id", "order_id", "product_id", "description", "quantity",
                                      "unit_price_minor", "amount_minor"],
                zip(range(ids["line"], ids["line"] + line_order.size), oid[line_order].tolist(), prod.tolist(),
                    [product_names[p] for p in prod.tolist()], qty.tolist(), unit.tolist(), share.tolist()))
    ids["line"] += line_order.size
    ref = np.flatnonzero((rng.random(n_orders) < 0.025) & (amount > 0))
    ref_secs = secs[ref] + rng.integers(1, 30, ref.size) * 86400
    ok = ref_secs < epoch_s + span_days * 86400
    ref, ref_secs = ref[ok], ref_secs[ok]
    ref_amt = np.maximum(1, np.round(amount[ref] * rng.uniform(0.2, 1.0, ref.size))).astype(np.int64)
    bulk_insert(conn, "refunds", ["id", "order_id", "amount_minor", "refunded_at", "reason"],
                zip(range(ids["refund"], ids["refund"] + ref.size), oid[ref].tolist(), ref_amt.tolist(),
                    _datetimes(ref_secs), ["Returned item"] * ref.size))
    ids["refund"] += ref.size

    # tickets from buyers during their active time
    nt = rng.poisson(spec.tickets_per_customer / 0.96, m) * buyer
    towner = np.repeat(np.arange(m), nt)
    lo = acq[towner].astype(float)
    hi = np.minimum(np.maximum(last_day[towner], acq[towner]) + 60, span_days - 0.01)
    tt = lo + rng.random(towner.size) * np.maximum(hi - lo, 0.01)
    t_secs = epoch_s + (tt * 86400).astype(np.int64)
    n_t = towner.size
    tid = np.arange(ids["ticket"], ids["ticket"] + n_t)
    ids["ticket"] += n_t
    cat = rng.choice(len(categories), n_t, p=CATEGORY_W / CATEGORY_W.sum())
    pri = rng.choice(PRIORITIES.size, n_t, p=PRIORITY_W)
    chan = rng.choice(CHANNELS.size, n_t, p=CHANNEL_W)
    end_s = epoch_s + span_days * 86400
    first_resp = t_secs + (rng.lognormal(np.log(90), 1.0, n_t) * 60).astype(np.int64)
    resolved = first_resp + (rng.lognormal(np.log(20 * 60), 1.1, n_t) * 60).astype(np.int64)
    closed_at = resolved + 2 * 86400
    status = np.where(closed_at < end_s, "closed", np.where(resolved < end_s, "resolved",
                      np.where(first_resp < end_s, "open", "new")))
    pending = (status == "open") & (rng.random(n_t) < 0.4)
    status = np.where(pending, "pending", status)
    fr_due = t_secs + np.array([sla[PRIORITIES[p]][0] for p in pri]) * 60
    res_due = t_secs + np.array([sla[PRIORITIES[p]][1] for p in pri]) * 60

    def opt(mask, values):
        return [v if k else None for v, k in zip(values, mask.tolist())]

    cat_names = [categories[c][1] for c in cat.tolist()]
    bulk_insert(conn, "tickets", ["id", "subject", "description", "customer_id", "channel", "category_id",
                                  "priority", "status", "assignee_id", "created_at", "updated_at",
                                  "first_response_at", "resolved_at", "closed_at", "first_response_due_at",
                                  "resolution_due_at", "version"],
                zip(tid.tolist(), [SUBJECTS.get(c, c) for c in cat_names], cat_names, cids[towner].tolist(),
                    CHANNELS[chan].tolist(), [categories[c][0] for c in cat.tolist()], PRIORITIES[pri].tolist(),
                    status.tolist(), support[rng.integers(0, support.size, n_t)].tolist(), _datetimes(t_secs),
                    _datetimes(np.minimum(closed_at, end_s - 1)),
                    opt(first_resp < end_s, _datetimes(first_resp)), opt(resolved < end_s, _datetimes(resolved)),
                    opt(closed_at < end_s, _datetimes(closed_at)), _datetimes(fr_due), _datetimes(res_due),
                    [1] * n_t))
    with_reply = np.flatnonzero((first_resp < end_s) & (rng.random(n_t) < 0.3))
    bulk_insert(conn, "ticket_comments", ["id", "ticket_id", "author_id", "internal", "body", "created_at"],
                zip(range(ids["comment"], ids["comment"] + with_reply.size), tid[with_reply].tolist(),
                    support[rng.integers(0, support.size, with_reply.size)].tolist(), [0] * with_reply.size,
                    ["Thank you for contacting us, we are looking into it."] * with_reply.size,
                    _datetimes(first_resp[with_reply])))
    ids["comment"] += with_reply.size
    # feedback: CSAT on 40 % of resolved tickets (slower answers score lower), NPS from 25 % of buyers
    done = np.flatnonzero((resolved < end_s) & (rng.random(n_t) < 0.4))
    slow = (resolved[done] - t_secs[done]) / 86400.0
    csat = np.clip(np.round(5.2 - 0.5 * np.log1p(slow) - rng.exponential(0.6, done.size)), 1, 5).astype(int)
    nps_who = np.flatnonzero(buyer & (rng.random(m) < 0.25))
    nps_when = epoch_s + ((acq[nps_who] + rng.random(nps_who.size)
                           * np.maximum(np.maximum(last_day[nps_who], acq[nps_who]) - acq[nps_who], 1))
                          * 86400).astype(np.int64) + 86400
    nps_when = np.minimum(nps_when, end_s - 3600)
    loyal = np.log(lam[nps_who] * 55) - 4 * p_drop[nps_who]
    nps = np.clip(np.round(7.6 + 1.2 * loyal + rng.normal(0, 1.8, nps_who.size)), 0, 10).astype(int)
    n_fb = done.size + nps_who.size
    bulk_insert(conn, "feedback", ["id", "customer_id", "ticket_id", "kind", "score", "comment", "source",
                                   "created_at"],
                zip(range(ids["feedback"], ids["feedback"] + n_fb),
                    cids[towner[done]].tolist() + cids[nps_who].tolist(),
                    tid[done].tolist() + [None] * nps_who.size,
                    ["csat"] * done.size + ["nps"] * nps_who.size, csat.tolist() + nps.tolist(),
                    [None] * n_fb, ["ticket"] * done.size + ["survey"] * nps_who.size,
                    _datetimes(resolved[done] + 3600) + _datetimes(nps_when)))
    ids["feedback"] += n_fb
    stats.orders += n_orders
    stats.order_lines += int(line_order.size)
    stats.refunds += int(ref.size)
    stats.tickets += n_t
    stats.feedback += n_fb
