"""Customer lookup: one query string → ranked customers, in any script and any phone format.

Ranking: exact code / phone / email first, then prefixes (name, code, email, phone suffix),
then substrings; ties by most recent purchase. The SQLite trigram index lives in db/sqlite.py;
other back ends fall back to portable LIKE on the folded name (PostgreSQL would use pg_trgm).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Integer, bindparam, column, select, text
from sqlalchemy.orm import Session

from crm_app.db.models import Customer, CustomerEmail, CustomerPhone
from crm_app.domain.customer import CustomerSummary
from crm_app.domain.errors import FieldError
from crm_app.domain.normalize import digits_only, email_key, fold, normalize_code, normalize_phone

EXACT, PREFIX, SUBSTRING = 0, 1, 2
_HIGH = "\U0010ffff"
MIN_PHONE_DIGITS = 7


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


def parse_query(raw: str, region: str) -> ParsedQuery:
    raw = (raw or "").strip()
    digits = digits_only(raw)
    e164 = None
    if len(digits) >= MIN_PHONE_DIGITS and len(digits) >= len(raw.replace(" ", "")) // 2:
        try:
            e164 = normalize_phone(raw, region)
        except FieldError:
            e164 = None
    return ParsedQuery(raw, fold(raw), normalize_code(raw), email_key(raw), digits, e164)


def _suffix_key(digits: str) -> str | None:
    """Reversed last digits for 'ends with' phone lookups: national trunk 0/8 and 00 dropped by
    keeping at most the last 10 digits of the number with leading zeros removed."""
    d = digits.lstrip("0")
    if len(d) < MIN_PHONE_DIGITS:
        return None
    return d[-10:][::-1]


def search(session: Session, raw_query: str, region: str = "US", limit: int = 50) -> list[CustomerSummary]:
    q = parse_query(raw_query, region)
    if not q.folded and not q.digits:
        return []
    ranked: dict[int, int] = {}

    def add(ids, rank: int) -> None:
        for cid in ids:
            if cid not in ranked or ranked[cid] > rank:
                ranked[cid] = rank

    visible = Customer.status.notin_(("merged", "erased"))
    # exact: code, email, phone
    add(session.scalars(select(Customer.id).where(Customer.code == q.code, visible)), EXACT)
    if "@" in q.email:
        add(session.scalars(select(CustomerEmail.customer_id).where(CustomerEmail.normalized == q.email)
                            .limit(limit)), EXACT)
    if q.e164:
        add(session.scalars(select(CustomerPhone.customer_id).where(CustomerPhone.e164 == q.e164).limit(limit)),
            EXACT)
    # phone suffix (last 7+ digits, any formatting)
    key = _suffix_key(q.digits) if len(q.digits) >= MIN_PHONE_DIGITS else None
    if key:
        add(session.scalars(select(CustomerPhone.customer_id)
                            .where(CustomerPhone.digits_rev >= key, CustomerPhone.digits_rev < key + ":")
                            .limit(limit * 4)), PREFIX)
    # prefixes of name / code / email, ordered by recent activity
    if q.folded:
        recent = (Customer.last_order_date.desc().nulls_last(), Customer.id.desc())
        add(session.scalars(select(Customer.id).where(Customer.search_name >= q.folded,
                                                      Customer.search_name < q.folded + _HIGH, visible)
                            .order_by(*recent).limit(limit)), PREFIX)
        if q.code:
            add(session.scalars(select(Customer.id).where(Customer.code >= q.code, Customer.code < q.code + _HIGH,
                                                          visible).limit(limit)), PREFIX)
        if "@" in q.email or len(q.email) >= 3:
            add(session.scalars(select(CustomerEmail.customer_id).where(
                CustomerEmail.normalized >= q.email, CustomerEmail.normalized < q.email + _HIGH).limit(limit)),
                PREFIX)
        if len(ranked) < limit:
            add(_substring(session, q, limit, visible, recent), SUBSTRING)
    ids = sorted(ranked, key=lambda i: ranked[i])
    return _order(summaries(session, ids), ranked)[:limit]


def _substring(session: Session, q: ParsedQuery, limit: int, visible, recent) -> list[int]:
    conn = session.connection()
    if conn.dialect.name == "sqlite" and len(q.folded) >= 3:
        from crm_app.db import sqlite

        match = text(sqlite.fts_match_clause()).bindparams(bindparam("phrase", sqlite.fts_phrase(q.folded)))
        stmt = (select(Customer.id).where(Customer.id.in_(match.columns(column("rowid", Integer))), visible)
                .order_by(*recent).limit(limit))
        return list(session.scalars(stmt))
    # portable fallback: word prefixes of the folded name (also used for 1–2 characters on SQLite)
    pattern = "% " + _escape_like(q.folded) + "%"
    stmt = (select(Customer.id).where(Customer.search_name.like(pattern, escape="\\"), visible)
            .order_by(*recent).limit(limit))
    if conn.dialect.name != "sqlite":
        stmt = (select(Customer.id).where(Customer.search_name.like("%" + _escape_like(q.folded) + "%",
                                                                    escape="\\"), visible)
                .order_by(*recent).limit(limit))
    return list(session.scalars(stmt))


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _order(rows: list[CustomerSummary], ranked: dict[int, int]) -> list[CustomerSummary]:
    return sorted(rows, key=lambda r: (ranked[r.id], -(r.last_order_date.toordinal() if r.last_order_date else 0),
                                       r.name))


def summaries(session: Session, ids: Sequence[int]) -> list[CustomerSummary]:
    """List rows for these customers (name, phones, emails, tier, last purchase) in two queries."""
    if not ids:
        return []
    rows = session.execute(select(Customer.id, Customer.code, Customer.full_name, Customer.tier_code,
                                  Customer.last_order_date).where(Customer.id.in_(list(ids)))).all()
    out = {r.id: CustomerSummary(r.id, r.code, r.full_name, tier=r.tier_code, last_order_date=r.last_order_date)
           for r in rows}
    for cid, e164 in session.execute(select(CustomerPhone.customer_id, CustomerPhone.e164)
                                     .where(CustomerPhone.customer_id.in_(list(ids)))
                                     .order_by(CustomerPhone.customer_id, CustomerPhone.position)):
        out[cid].phones.append(e164)
    for cid, email in session.execute(select(CustomerEmail.customer_id, CustomerEmail.email)
                                      .where(CustomerEmail.customer_id.in_(list(ids)))
                                      .order_by(CustomerEmail.customer_id, CustomerEmail.position)):
        out[cid].emails.append(email)
    return [out[i] for i in ids if i in out]
