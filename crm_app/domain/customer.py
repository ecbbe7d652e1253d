"""Customer and order input as plain data, and their validation (normalizes or raises ValidationError)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

import phonenumbers

from crm_app.domain.errors import FieldError, ValidationError
from crm_app.domain.money import Money
from crm_app.domain.normalize import fold, normalize_code, normalize_email, normalize_phone, normalize_tag


@dataclass(frozen=True)
class CustomerInput:
    full_name: str
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    code: str | None = None
    birthday: date | None = None
    country: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    consent_email: bool = False
    consent_sms: bool = False
    consent_phone: bool = False


@dataclass(frozen=True)
class CleanCustomer:
    """A validated CustomerInput: every key normalized, ready to store."""

    data: CustomerInput
    search_name: str
    phones: tuple[tuple[str, str], ...]        # (raw, e164)
    emails: tuple[tuple[str, str], ...]        # (email, key)
    tags: tuple[str, ...]


def clean_customer(data: CustomerInput, default_region: str, today: date | None = None) -> CleanCustomer:
    """Validate every field; collect all errors so the form can mark each bad field at once."""
    errors: list[FieldError] = []
    name = " ".join((data.full_name or "").split())
    if not name:
        errors.append(FieldError("full_name", "enter the customer's name"))
    elif len(name) > 200:
        errors.append(FieldError("full_name", "the name is longer than 200 characters"))
    country = (data.country or "").strip().upper() or None
    if country and (len(country) != 2 or not country.isalpha()):
        errors.append(FieldError("country", "use the two-letter country code (SA, IR, RU, US, ...)"))
    # A phone in national form is read with the customer's own country (an Iranian customer's
    # '0912 ...'), falling back to the business's default region.
    region = country if country in phonenumbers.SUPPORTED_REGIONS else default_region
    phones: list[tuple[str, str]] = []
    for i, raw in enumerate(p for p in data.phones):
        if not (raw or "").strip():
            continue
        try:
            e164 = normalize_phone(raw, region)
        except FieldError as exc:
            errors.append(FieldError(f"phones.{i}", exc.message))
            continue
        if e164 not in {p[1] for p in phones}:
            phones.append((raw.strip(), e164))
    emails: list[tuple[str, str]] = []
    for i, raw in enumerate(data.emails):
        if not (raw or "").strip():
            continue
        try:
            email = normalize_email(raw)
        except FieldError as exc:
            errors.append(FieldError(f"emails.{i}", exc.message))
            continue
        if email.casefold() not in {e[1] for e in emails}:
            emails.append((email, email.casefold()))
    code = normalize_code(data.code) if data.code else None
    if code is not None and (not code or len(code) > 32 or any(c.isspace() for c in code)):
        errors.append(FieldError("code", "a customer code is 1–32 characters without spaces"))
    today = today or date.today()
    if data.birthday and (data.birthday > today or data.birthday.year < 1900):
        errors.append(FieldError("birthday", "the birthday must be a past date after 1900"))
    if errors:
        raise ValidationError(errors)
    tags = tuple(sorted({normalize_tag(t) for t in data.tags if normalize_tag(t)}))
    clean = replace(data, full_name=name, code=code, country=country,
                    language=(data.language or "").strip() or None)
    return CleanCustomer(clean, fold(name), tuple(phones), tuple(emails), tags)


@dataclass(frozen=True)
class LineInput:
    description: str
    unit_price: Decimal
    quantity: int = 1
    product_id: int | None = None


@dataclass(frozen=True)
class OrderInput:
    customer_id: int
    ordered_at: datetime
    currency: str
    lines: tuple[LineInput, ...]
    code: str | None = None
    channel: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class CleanLine:
    description: str
    quantity: int
    unit_price_minor: int
    amount_minor: int
    product_id: int | None


def clean_order(data: OrderInput) -> tuple[list[CleanLine], int]:
    """Validate an order; return its lines in minor units and the total."""
    errors: list[FieldError] = []
    if not data.lines:
        errors.append(FieldError("lines", "an order needs at least one line"))
    if len(data.currency or "") != 3:
        errors.append(FieldError("currency", "use a three-letter currency code"))
    lines: list[CleanLine] = []
    for i, line in enumerate(data.lines):
        if not (line.description or "").strip():
            errors.append(FieldError(f"lines.{i}.description", "describe what was bought"))
        if not isinstance(line.quantity, int) or line.quantity <= 0:
            errors.append(FieldError(f"lines.{i}.quantity", "the quantity must be a whole number above 0"))
            continue
        try:
            price = Money.parse(line.unit_price, data.currency or "USD", f"lines.{i}.unit_price")
        except FieldError as exc:
            errors.append(exc)
            continue
        if price.amount < 0:
            errors.append(FieldError(f"lines.{i}.unit_price", "the price cannot be negative"))
            continue
        unit = price.to_minor()
        lines.append(CleanLine(line.description.strip(), line.quantity, unit, unit * line.quantity,
                               line.product_id))
    if errors:
        raise ValidationError(errors)
    return lines, sum(l.amount_minor for l in lines)


@dataclass
class CustomerSummary:
    """What a list row or a lookup result shows: plain data, safe to pass between threads."""

    id: int
    code: str
    name: str
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    tier: str | None = None
    last_order_date: date | None = None
