"""Customer use cases: create, update (optimistic locking), find, notes."""
from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from crm_app import config
from crm_app.db import search_index
from crm_app.db.models import Customer, CustomerEmail, CustomerPhone, Note, Tag
from crm_app.domain.customer import CleanCustomer, CustomerInput, clean_customer
from crm_app.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from crm_app.domain.normalize import normalize_code, phone_digits_reversed
from crm_app.services import audit, settings


def default_region(session: Session) -> str:
    return settings.get(session, config.DEFAULT_REGION)


def create_customer(session: Session, data: CustomerInput, *, user_id: int | None = None,
                    today: date | None = None) -> Customer:
    clean = clean_customer(data, default_region(session), today)
    if clean.data.code and session.scalar(select(Customer.id).where(Customer.code == clean.data.code)):
        raise ValidationError([FieldError("code", f"the code {clean.data.code} is already used")])
    customer = Customer(code=clean.data.code or f"TMP-{uuid.uuid4().hex[:24]}", full_name="", search_name="")
    _apply(session, customer, clean)
    session.add(customer)
    session.flush()
    if not clean.data.code:
        code = f"C{customer.id:07d}"
        # A plain UPDATE: assigning the generated code is part of creation, not a new version.
        session.execute(update(Customer).where(Customer.id == customer.id).values(code=code)
                        .execution_options(synchronize_session=False))
        set_committed_value(customer, "code", code)
    search_index.sync(session, [customer.id])
    audit.record(session, "customer.create", "customer", customer.id, {"code": customer.code}, user_id)
    return customer


def update_customer(session: Session, customer_id: int, data: CustomerInput, expected_version: int, *,
                    user_id: int | None = None, today: date | None = None) -> Customer:
    """Save the form over the record loaded at `expected_version`; ConflictError if it changed since."""
    clean = clean_customer(data, default_region(session), today)
    customer = get(session, customer_id)
    if customer.version != expected_version:
        raise ConflictError(
            f"{customer.full_name} was changed by someone else since you opened it "
            f"(version {expected_version} → {customer.version}). Reload to see their changes.")
    if clean.data.code and clean.data.code != customer.code and session.scalar(
            select(Customer.id).where(Customer.code == clean.data.code)):
        raise ValidationError([FieldError("code", f"the code {clean.data.code} is already used")])
    before = _snapshot(customer)
    _apply(session, customer, clean)
    if clean.data.code:
        customer.code = clean.data.code
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(f"{customer.full_name} was changed by someone else while saving. Reload and retry.") \
            from None
    search_index.sync(session, [customer.id])
    after = _snapshot(customer)
    changed = {k: [before[k], after[k]] for k in after if before.get(k) != after[k]}
    audit.record(session, "customer.update", "customer", customer.id, changed, user_id)
    return customer


def _apply(session: Session, customer: Customer, clean: CleanCustomer) -> None:
    d = clean.data
    customer.full_name = d.full_name
    customer.search_name = clean.search_name
    customer.birthday = d.birthday
    customer.country = d.country
    customer.language = d.language
    customer.consent_email, customer.consent_sms, customer.consent_phone = d.consent_email, d.consent_sms, \
        d.consent_phone
    customer.phones = [CustomerPhone(raw=raw, e164=e164, digits_rev=phone_digits_reversed(e164), position=i)
                       for i, (raw, e164) in enumerate(clean.phones)]
    customer.emails = [CustomerEmail(email=email, normalized=key, position=i)
                       for i, (email, key) in enumerate(clean.emails)]
    customer.tags = [_tag(session, name) for name in clean.tags]


def _tag(session: Session, name: str) -> Tag:
    tag = session.scalar(select(Tag).where(Tag.name == name))
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
    return tag


def _snapshot(c: Customer) -> dict:
    return {"code": c.code, "full_name": c.full_name, "birthday": c.birthday, "country": c.country,
            "language": c.language, "phones": [p.e164 for p in c.phones], "emails": [e.email for e in c.emails],
            "tags": [t.name for t in c.tags], "consent": [c.consent_email, c.consent_sms, c.consent_phone]}


def get(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"no customer with id {customer_id}")
    return customer


def get_by_code(session: Session, code: str) -> Customer:
    customer = session.scalar(select(Customer).where(Customer.code == normalize_code(code)))
    if customer is None:
        raise NotFound(f"no customer with code {code!r}")
    return customer


def to_input(c: Customer) -> CustomerInput:
    """The form's starting values for an existing customer."""
    return CustomerInput(full_name=c.full_name, phones=tuple(p.raw for p in c.phones),
                         emails=tuple(e.email for e in c.emails), code=c.code, birthday=c.birthday,
                         country=c.country, language=c.language, tags=tuple(t.name for t in c.tags),
                         consent_email=c.consent_email, consent_sms=c.consent_sms, consent_phone=c.consent_phone)


def add_note(session: Session, customer_id: int, body: str, *, user_id: int | None = None) -> Note:
    text = (body or "").strip()
    if not text:
        raise ValidationError([FieldError("body", "the note is empty")])
    get(session, customer_id)
    note = Note(customer_id=customer_id, body=text, author_id=user_id)
    session.add(note)
    session.flush()
    audit.record(session, "note.create", "customer", customer_id, {"note_id": note.id}, user_id)
    return note


def list_page(session: Session, after: tuple[str, int] | None = None, limit: int = 200):
    """One page of the customer list in name order (keyset paging: pass the last row's key)."""
    from crm_app.db.search_index import summaries

    stmt = select(Customer.id, Customer.search_name).where(Customer.status.notin_(("merged", "erased")))
    if after is not None:
        name, cid = after
        stmt = stmt.where((Customer.search_name > name) | ((Customer.search_name == name) & (Customer.id > cid)))
    rows = session.execute(stmt.order_by(Customer.search_name, Customer.id).limit(limit)).all()
    items = summaries(session, [r.id for r in rows])
    keys = {r.id: (r.search_name, r.id) for r in rows}
    return [(item, keys[item.id]) for item in items]


def count_visible(session: Session) -> int:
    from sqlalchemy import func

    return session.scalar(select(func.count()).select_from(Customer)
                          .where(Customer.status.notin_(("merged", "erased")))) or 0
