"""Customers: validated and normalized exactly like the customer form (domain.customer.clean_customer).

A row is the same customer as an existing one (and is not imported again) when its code matches;
a row without a code is the same customer when one of its emails or phones matches; a row with
only a name (and perhaps a birthday) is the same as the existing customer of that name who has no
phone or email either (the second such row of a name, the second such customer, and so on). A row with a
new code whose email or phone belongs to someone else is imported and reported as a likely
duplicate (for merge), as is a new customer with exactly the same name as an existing one.
Existing customers are never overwritten by an import.
"""
from __future__ import annotations

import re

from crm_app.db.models import Customer, CustomerEmail, CustomerPhone, CustomerTag, Tag, utcnow
from crm_app.domain.customer import CustomerInput, clean_customer
from crm_app.domain.errors import ValidationError
from crm_app.domain.normalize import phone_digits_reversed
from crm_app.io import values as V
from crm_app.io.dupes import same_name_candidates
from crm_app.io.importer import Context, MergeCandidate, RowInvalid

_TAG_SPLIT = re.compile(r"[,;|،\n]+")
_CUSTOMERS, _PHONES, _EMAILS = Customer.__table__, CustomerPhone.__table__, CustomerEmail.__table__
CUSTOMER_COLUMNS = ("code", "full_name", "search_name", "birthday", "country", "language", "consent_email",
                    "consent_sms", "consent_phone", "status", "created_at", "updated_at", "version")
# where clean_customer's field names came from in the file
_FIELD_OF = {"phones.0": "phone", "phones.1": "phone2", "emails.0": "email", "emails.1": "email2"}


class CustomerImporter:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.now = utcnow()
        self.by_code: dict[str, int] = {}     # codes seen (in the database or earlier in the file) → id
        self.by_email: dict[str, int] = {}
        self.by_phone: dict[str, int] = {}
        self.created: dict[int, tuple[int, str]] = {}   # id → (row, name)
        self.tags: dict[str, int] = {}
        self.name_only: dict[tuple, list[int]] = {}    # (folded name, birthday) → existing ids without phone/email
        self.name_seen: dict[tuple, int] = {}          # rows of the file so far per (folded name, birthday)
        self.names_loaded: set[str] = set()
        self.today = self.now.date()

    # --- parsing -------------------------------------------------------------------------------------
    def parse(self, cells: list):
        ctx = self.ctx
        errors: list[tuple[str, str]] = []

        def text(name, limit=200):
            try:
                return V.text(ctx.cell(cells, name), limit, name.replace("_", " "))
            except ValueError as exc:
                errors.append((name, str(exc)))
                return ""

        def when(name, as_date=True):
            raw = ctx.cell(cells, name)
            if V.is_blank(raw):
                return None
            try:
                dt = V.parse_datetime(raw, ctx.formats.get(name))
                return dt.date() if as_date else dt
            except ValueError as exc:
                errors.append((name, str(exc)))
                return None

        def flag(name):
            raw = ctx.cell(cells, name)
            try:
                return V.parse_bool(raw) if not V.is_blank(raw) else False
            except ValueError as exc:
                errors.append((name, str(exc)))
                return False

        name = text("full_name") or " ".join(
            p for p in (text("first_name"), text("middle_name"), text("last_name")) if p)
        country = V.clean(ctx.cell(cells, "country")).upper() or None
        region = country if country and len(country) == 2 and country.isalpha() else ctx.region
        tags = tuple(t.strip() for t in _TAG_SPLIT.split(text("tags", 2000)) if t.strip())
        data = CustomerInput(full_name=name, phones=(text("phone", 64), text("phone2", 64)),
                             emails=(text("email", 254), text("email2", 254)), code=text("code", 64) or None,
                             birthday=when("birthday"), country=country, language=text("language", 16) or None,
                             tags=tags, consent_email=flag("consent_email"), consent_sms=flag("consent_sms"))
        created_at = when("created_at", as_date=False)
        try:
            clean = clean_customer(data, region, self.today)
        except ValidationError as exc:
            for e in exc.errors:
                f = _FIELD_OF.get(e.field, e.field)
                if f == "full_name" and "full_name" not in ctx.cols:
                    f = next((n for n in ("first_name", "last_name") if n in ctx.cols), f)
                errors.append((f, e.message))
            clean = None
        if created_at is not None and created_at > self.now:
            errors.append(("created_at", "the date is in the future"))
        if any(len(t) > 64 for t in (clean.tags if clean else ())):
            errors.append(("tags", "a tag is longer than 64 characters"))
        if errors:
            raise RowInvalid(errors)
        return clean, created_at

    def display(self, cells: list) -> dict[str, object]:
        clean, created_at = self.parse(cells)
        d = clean.data
        out = {"full_name": d.full_name}
        if d.code:
            out["code"] = d.code
        for i, (_raw, e164) in enumerate(clean.phones[:2]):
            out["phone" if i == 0 else "phone2"] = e164
        for i, (email, _key) in enumerate(clean.emails[:2]):
            out["email" if i == 0 else "email2"] = email
        for k, v in (("country", d.country), ("birthday", d.birthday), ("language", d.language),
                     ("created_at", created_at)):
            if v:
                out[k] = v
        if clean.tags:
            out["tags"] = ", ".join(clean.tags)
        return out

    # --- one batch -------------------------------------------------------------------------------------
    def process(self, batch: list[tuple[int, list]]) -> None:
        ctx, res = self.ctx, self.ctx.result
        parsed = []
        for rownum, cells in batch:
            try:
                parsed.append((rownum, cells, *self.parse(cells)))
            except RowInvalid as bad:
                ctx.reject(rownum, cells, bad.errors)
        self._load_keys(parsed)
        self._load_names(parsed)
        new, candidates = [], []
        for rownum, cells, clean, created_at in parsed:
            d = clean.data
            emails = [k for _e, k in clean.emails]
            phones = [e for _r, e in clean.phones]
            if d.code and d.code in self.by_code:
                res.skipped += 1
                continue
            match = next((self.by_email[k] for k in emails if k in self.by_email), None) or \
                next((self.by_phone[p] for p in phones if p in self.by_phone), None)
            if match is not None and not d.code:
                res.skipped += 1
                continue
            if not (d.code or emails or phones):
                # Only a name (and perhaps a birthday): the k-th such row of a name in the file is the k-th
                # existing customer of that name with no phone or email, so a re-import adds nobody.
                key = (clean.search_name, str(d.birthday) if d.birthday else None)
                k = self.name_seen.get(key, 0)
                self.name_seen[key] = k + 1
                if k < len(self.name_only.get(key, ())):
                    res.skipped += 1
                    continue
            new.append((rownum, clean, created_at, match))
            # claim the keys now, so a later row of the file with the same key is the same customer
            marker = ("new", len(new) - 1)
            if d.code:
                self.by_code[d.code] = marker
            for k in emails:
                self.by_email.setdefault(k, marker)
            for p in phones:
                self.by_phone.setdefault(p, marker)
        if not new:
            return
        rows = []
        for rownum, clean, created_at, _m in new:
            d = clean.data
            rows.append((d.code or f"TMP-{self.now:%H%M%S}-{rownum}", d.full_name, clean.search_name, d.birthday,
                         d.country, d.language, d.consent_email, d.consent_sms, d.consent_phone, "active",
                         created_at or self.now, self.now, 1))
        ids = ctx.writer.insert_ids(_CUSTOMERS, CUSTOMER_COLUMNS, rows)
        remap = {("new", i): cid for i, cid in enumerate(ids)}
        for table in (self.by_code, self.by_email, self.by_phone):
            for k, v in table.items():
                if v.__class__ is tuple:
                    table[k] = remap[v]
        self._children(new, ids)
        for (rownum, clean, _c, match), cid in zip(new, ids):
            self.created[cid] = (rownum, clean.data.full_name)
            match = remap.get(match, match)
            if match is not None and match != cid and match not in self.created:
                candidates.append(MergeCandidate(rownum, cid if cid > 0 else None, match, "same email or phone",
                                                 clean.data.full_name))
        res.imported += len(new)
        res.created_customers += len(new)
        res.merge_candidates.extend(candidates[:1000])
        if ctx.writing:
            from crm_app.db import search_index

            search_index.sync(ctx.session, ids)

    def _load_keys(self, parsed: list) -> None:
        w = self.ctx.writer
        codes = {c for p in parsed if (c := p[2].data.code) and c not in self.by_code}
        for code, cid in w.lookup(Customer.code, codes, Customer.id):
            self.by_code[code] = cid
        emails = {k for p in parsed for _e, k in p[2].emails if k not in self.by_email}
        for key, cid in w.lookup(CustomerEmail.normalized, emails, CustomerEmail.customer_id):
            self.by_email.setdefault(key, cid)
        phones = {e for p in parsed for _r, e in p[2].phones if e not in self.by_phone}
        for e164, cid in w.lookup(CustomerPhone.e164, phones, CustomerPhone.customer_id):
            self.by_phone.setdefault(e164, cid)

    def _load_names(self, parsed: list) -> None:
        """Existing customers known only by name, for the rows that give only a name."""
        names = {p[2].search_name for p in parsed
                 if not (p[2].data.code or p[2].emails or p[2].phones) and p[2].search_name not in self.names_loaded}
        if not names:
            return
        self.names_loaded |= names
        w = self.ctx.writer
        found = [r for r in w.lookup(Customer.search_name, names, Customer.id, Customer.birthday, Customer.status)
                 if r[3] not in ("merged", "erased")]
        ids = [r[1] for r in found]
        reachable = {cid for (cid,) in w.lookup(CustomerPhone.customer_id, ids)} | \
                    {cid for (cid,) in w.lookup(CustomerEmail.customer_id, ids)}
        for name, cid, birthday, _status in sorted(found, key=lambda r: r[1]):
            if cid not in reachable:
                key = (name, str(birthday)[:10] if birthday else None)
                self.name_only.setdefault(key, []).append(cid)

    def _children(self, new: list, ids: list[int]) -> None:
        w = self.ctx.writer
        phones, emails, tags = [], [], []
        generated = []
        for (_row, clean, _c, _m), cid in zip(new, ids):
            for pos, (raw, e164) in enumerate(clean.phones):
                phones.append((cid, raw, e164, phone_digits_reversed(e164), "mobile" if pos == 0 else "other", pos))
            for pos, (email, key) in enumerate(clean.emails):
                emails.append((cid, email, key, pos))
            for t in clean.tags:
                tags.append((cid, t))
            if not clean.data.code:
                generated.append(cid)
        w.insert(_PHONES, ("customer_id", "raw", "e164", "digits_rev", "kind", "position"), phones)
        w.insert(_EMAILS, ("customer_id", "email", "normalized", "position"), emails)
        if tags:
            names = sorted({t for _c, t in tags if t not in self.tags})
            for name, tid in w.lookup(Tag.name, names, Tag.id):
                self.tags[name] = tid
            missing = [n for n in names if n not in self.tags]
            for name, tid in zip(missing, w.insert_ids(Tag.__table__, ("name",), [(n,) for n in missing])):
                self.tags[name] = tid
            w.insert(CustomerTag.__table__, ("customer_id", "tag_id"), [(c, self.tags[t]) for c, t in tags])
        if generated and w.enabled:
            self._generate_codes(generated)

    def _generate_codes(self, ids: list[int]) -> None:
        """C0000123 from the id, like the customer form; never one that is already taken."""
        w = self.ctx.writer
        wanted = {cid: f"C{cid:07d}" for cid in ids}
        taken = {code for (code,) in w.lookup(Customer.code, wanted.values())}
        rows = []
        for cid, code in wanted.items():
            k = 1
            while code in taken:
                code = f"C{cid:07d}-{k}"
                k += 1
            taken.add(code)
            rows.append((cid, code))
        w.update_many(_CUSTOMERS, "id", ["code"], rows)

    def finish(self) -> None:
        ctx = self.ctx
        if self.created:
            seen = {c.row for c in ctx.result.merge_candidates}
            names = {cid: v for cid, v in self.created.items() if v[0] not in seen}
            ctx.result.merge_candidates.extend(same_name_candidates(ctx, names, set(self.created)))
        del ctx.result.merge_candidates[1000:]
