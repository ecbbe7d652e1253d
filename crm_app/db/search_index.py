"""Customer lookup: one query string → ranked customers, in any script and any phone format.

Ranking: exact code / whole name / phone / email first, then prefixes (name, any word of the name,
email or tags, code, email, phone ending in the last 7+ digits or phone beginning), then substrings
inside words; ties by most recent purchase. Merged and erased customers are never returned.

Cost is bounded on a million customers: each kind of match reads at most CAP candidates from an
index and ranks them by recent purchase; when a key is more common than that, name prefixes walk
the most recently active customers instead, and substrings rank the CAP newest customers that
match (the query is too unspecific for more to matter). The SQLite trigram index lives in
db/sqlite.py; other back ends fall back to portable LIKE on the folded name (PostgreSQL would use
pg_trgm).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers
from sqlalchemy import Date, Integer, bindparam, column, func, select, text
from sqlalchemy.orm import Session

from crm_app.db.models import Customer, CustomerEmail, CustomerPhone
from crm_app.domain.customer import CustomerSummary
from crm_app.domain.errors import FieldError
from crm_app.domain.normalize import ascii_digits, digits_only, email_key, fold, normalize_code, normalize_phone

EXACT, PREFIX, SUBSTRING = 0, 1, 2
_HIGH = "\U0010ffff"
MIN_PHONE_DIGITS = 7
MAX_QUERY = 200         # characters of a query that are looked at
CAP = 2000              # matches of one kind read from an index and ranked by recent purchase
PHONE_CAP = 500         # the same for phone endings / beginnings (a phone row costs a table lookup)
WINDOW = 5000           # most recently active customers walked for a common name prefix
GONE = ("merged", "erased")
_RECENT = (Customer.last_order_date.desc().nulls_last(), Customer.id.desc())
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_VISIBLE = Customer.status.notin_(GONE)


def sync(session: Session, customer_ids: Sequence[int]) -> None:
    """Bring the index up to date for these customers, inside the caller's transaction."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        from crm_app.db import sqlite

        session.flush()
        sqlite.fts_sync(conn, list(customer_ids))


def rebuild(session: Session) -> None:
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        from crm_app.db import sqlite

        sqlite.fts_rebuild(conn)


@dataclass(frozen=True)
class ParsedQuery:
    raw: str
    folded: str
    code: str
    email: str
    digits: str
    e164: str | None
    phone_like: bool = False     # digits and separators only (no letters): worth a phone lookup


def parse_query(raw: str, region: str) -> ParsedQuery:
    raw = _CONTROL.sub(" ", raw or "")[:MAX_QUERY].strip()
    digits = digits_only(raw)
    phone_like = bool(digits) and not any(ch.isalpha() for ch in raw)
    e164 = None
    if len(digits) >= MIN_PHONE_DIGITS and len(digits) >= len(raw.replace(" ", "")) // 2:
        try:
            e164 = normalize_phone(raw, region)
        except FieldError:
            e164 = None
    return ParsedQuery(raw, fold(raw), normalize_code(raw), email_key(raw), digits, e164, phone_like)


def _suffix_key(digits: str) -> str | None:
    """Reversed last digits for 'ends with' phone lookups: national trunk 0/8 and 00 dropped by
    keeping at most the last 10 digits of the number with leading zeros removed."""
    d = digits.lstrip("0")
    if len(d) < MIN_PHONE_DIGITS:
        return None
    return d[-10:][::-1]


def _phone_prefix(q: ParsedQuery, region: str) -> str | None:
    """The E.164 beginning of a partly typed number: '+7 916', '00 98 912', or national '0912' / '8 916'
    (read with the default region's country code and trunk prefix). None when it is not one."""
    if not q.phone_like or q.e164 or len(q.digits) < 2:
        return None
    raw = ascii_digits(q.raw).lstrip()
    if raw.startswith("+"):
        return "+" + q.digits
    if raw.startswith("00"):
        return "+" + q.digits[2:] if len(q.digits) > 4 else None
    if len(q.digits) < 4:
        return None
    try:
        cc = phonenumbers.country_code_for_region(region.upper())
        trunk = phonenumbers.PhoneMetadata.metadata_for_region(region.upper()).national_prefix or ""
    except Exception:  # noqa: BLE001 - unknown region: no national reading
        return None
    national = q.digits[len(trunk):] if trunk and q.digits.startswith(trunk) else q.digits
    return f"+{cc}{national}" if cc else None


class _Ranked(dict):
    """customer id → best sort key seen: (rank, most recent purchase first, newest record first)."""

    def add(self, rows, rank: int) -> None:
        for cid, last in rows:
            key = (rank, -(last.toordinal() if last else 0), -cid)
            if key < self.get(cid, (rank + 1,)):
                self[cid] = key

    def better_than(self, rank: int) -> int:
        return sum(1 for k in self.values() if k[0] < rank)

    def best(self, limit: int) -> list[int]:
        return sorted(self, key=self.__getitem__)[:limit]


def _top(candidates):
    """Visible customers among the ids `candidates` selects, most recent purchase first, :limit of them."""
    return (select(Customer.id, Customer.last_order_date).where(Customer.id.in_(candidates), _VISIBLE)
            .order_by(*_RECENT).limit(bindparam("limit")))


def _range(col):
    return (col >= bindparam("lo"), col < bindparam("hi"))


# Statements are built once (bind parameters only): a lookup runs up to ~10 of them per keystroke.
_CODE_EQ = select(Customer.id, Customer.last_order_date).where(Customer.code == bindparam("q"), _VISIBLE)
_NAME_EQ = select(Customer.id, Customer.last_order_date).where(Customer.search_name == bindparam("q"), _VISIBLE) \
    .order_by(*_RECENT).limit(bindparam("limit"))
_EMAIL_EQ = _top(select(CustomerEmail.customer_id).where(CustomerEmail.normalized == bindparam("q"))
                 .limit(bindparam("cap")))
_PHONE_EQ = _top(select(CustomerPhone.customer_id).where(CustomerPhone.e164 == bindparam("q")).limit(bindparam("cap")))
_PHONE_END = _top(select(CustomerPhone.customer_id).where(*_range(CustomerPhone.digits_rev)).limit(bindparam("cap")))
_PHONE_START = _top(select(CustomerPhone.customer_id).where(*_range(CustomerPhone.e164)).limit(bindparam("cap")))
_NAME_RANGE = select(Customer.id).where(*_range(Customer.search_name)).limit(bindparam("cap"))
_NAME_COUNT = select(func.count()).select_from(_NAME_RANGE.subquery())
_NAME_TOP = _top(_NAME_RANGE)
_WINDOW = select(Customer.id, Customer.search_name, Customer.status, Customer.last_order_date).order_by(*_RECENT) \
    .limit(WINDOW).subquery()
_NAME_WINDOW = select(_WINDOW.c.id, _WINDOW.c.last_order_date).where(_WINDOW.c.search_name >= bindparam("lo"),
                                          _WINDOW.c.search_name < bindparam("hi"),
                                          _WINDOW.c.status.notin_(GONE)).limit(bindparam("limit"))
_CODE_START = select(Customer.id, Customer.last_order_date).where(*_range(Customer.code), _VISIBLE) \
    .order_by(Customer.code).limit(bindparam("limit"))
_EMAIL_START = _top(select(CustomerEmail.customer_id).where(*_range(CustomerEmail.normalized)).limit(bindparam("cap")))
_NAME_LIKE = select(Customer.id, Customer.last_order_date) \
    .where(Customer.search_name.like(bindparam("pattern"), escape="\\"), _VISIBLE) \
    .order_by(*_RECENT).limit(bindparam("limit"))
_fts_top = None
_fts_words_stmt = None
_EMAILISH = re.compile(r"[@._+\-0-9]")     # an email-like query: look up email beginnings too


def search(session: Session, raw_query: str, region: str = "US", limit: int = 50) -> list[CustomerSummary]:
    """Ranked customers for a query typed by a person: never raises on odd input (quotes, *, NEAR(,
    brackets, %, _, backslashes, SQL) — such characters are searched for literally."""
    q = parse_query(raw_query, region)
    if not q.folded and not q.digits:
        return []
    limit = max(1, min(int(limit), 1000))
    conn = session.connection()
    is_sqlite = conn.dialect.name == "sqlite"
    ranked = _Ranked()

    def run(stmt, rank: int, **params) -> None:
        ranked.add(conn.execute(stmt, {"limit": limit, "cap": CAP, **params}).all(), rank)

    # exact: code, whole name, email, phone
    run(_CODE_EQ, EXACT, q=q.code)
    if q.folded:
        run(_NAME_EQ, EXACT, q=q.folded)
    if "@" in q.email:
        run(_EMAIL_EQ, EXACT, q=q.email)
    if q.e164:
        run(_PHONE_EQ, EXACT, q=q.e164)

    # prefixes: phone ending (last 7+ digits) or beginning, name, code, any word of the name / emails / tags
    key = _suffix_key(q.digits) if q.phone_like and len(q.digits) >= MIN_PHONE_DIGITS else None
    if key:
        run(_PHONE_END, PREFIX, lo=key, hi=key + ":", cap=PHONE_CAP)
    start = _phone_prefix(q, region)
    if start:
        run(_PHONE_START, PREFIX, lo=start, hi=start + ":", cap=PHONE_CAP)
    # a phone number that was found needs no text search (its digits only recur in codes and emails)
    if q.folded and not (key and ranked):
        lo, hi = q.folded, q.folded + _HIGH
        if conn.execute(_NAME_COUNT, {"lo": lo, "hi": hi, "cap": CAP}).scalar() < CAP:
            run(_NAME_TOP, PREFIX, lo=lo, hi=hi)
        else:   # a common prefix: walk the most recently active customers, where it is met quickly
            found = conn.execute(_NAME_WINDOW, {"lo": lo, "hi": hi, "limit": limit}).all()
            ranked.add(found, PREFIX)
            if len(found) < limit:
                run(_NAME_TOP, PREFIX, lo=lo, hi=hi)
        if q.code:
            run(_CODE_START, PREFIX, lo=q.code, hi=q.code + _HIGH)
        if len(q.email) >= 3 and _EMAILISH.search(q.email):
            run(_EMAIL_START, PREFIX, lo=q.email, hi=q.email + _HIGH)
        if is_sqlite:
            from crm_app.db import sqlite

            if len(q.folded) == 2:       # a word of the name, an email or a tag starts with these two letters
                run(_fts(), PREFIX, phrase=sqlite.fts_phrase(" " + q.folded))
            elif len(q.folded) >= 3:     # anywhere; a word of the name starting with it ranks as a prefix
                for cid, last, word in conn.execute(_fts_words(), {
                        "phrase": sqlite.fts_phrase(q.folded), "word": " " + q.folded, "cap": CAP, "limit": limit}):
                    ranked.add(((cid, last),), PREFIX if word else SUBSTRING)
        else:
            if len(q.folded) >= 2:
                run(_NAME_LIKE, PREFIX, pattern="% " + _escape_like(q.folded) + "%")
            if len(q.folded) >= 3 and ranked.better_than(SUBSTRING) < limit:
                run(_NAME_LIKE, SUBSTRING, pattern="%" + _escape_like(q.folded) + "%")
    return summaries(session, ranked.best(limit))


def _fts():
    """Customers whose FTS5 trigram keys contain :phrase (the CAP newest matches), most recent first."""
    global _fts_top
    if _fts_top is None:
        from crm_app.db import sqlite

        _fts_top = _top(text(sqlite.fts_ids_sql()).columns(column("rowid", Integer)))
    return _fts_top


def _fts_words():
    """Customers whose FTS5 keys contain :phrase (the CAP newest matches): those with a word of the name
    starting with :word first, each group most recent purchase first (one statement)."""
    global _fts_words_stmt
    if _fts_words_stmt is None:
        from crm_app.db import sqlite

        _fts_words_stmt = text(sqlite.fts_words_sql()).columns(column("id", Integer), column("last_order_date", Date),
                                                              column("word", Integer))
    return _fts_words_stmt


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def summaries(session: Session, ids: Sequence[int], *, visible_only: bool = False) -> list[CustomerSummary]:
    """List rows for these customers (name, phones, emails, tier, last purchase) in three queries."""
    if not ids:
        return []
    stmt = select(Customer.id, Customer.code, Customer.full_name, Customer.tier_code,
                  Customer.last_order_date).where(Customer.id.in_(list(ids)))
    if visible_only:
        stmt = stmt.where(Customer.status.notin_(GONE))
    rows = session.execute(stmt).all()
    out = {r.id: CustomerSummary(r.id, r.code, r.full_name, tier=r.tier_code, last_order_date=r.last_order_date)
           for r in rows}
    found = list(out)
    for cid, e164 in session.execute(select(CustomerPhone.customer_id, CustomerPhone.e164)
                                     .where(CustomerPhone.customer_id.in_(found))
                                     .order_by(CustomerPhone.customer_id, CustomerPhone.position)):
        out[cid].phones.append(e164)
    for cid, email in session.execute(select(CustomerEmail.customer_id, CustomerEmail.email)
                                      .where(CustomerEmail.customer_id.in_(found))
                                      .order_by(CustomerEmail.customer_id, CustomerEmail.position)):
        out[cid].emails.append(email)
    return [out[i] for i in ids if i in out]
