"""Purchases: a row per order, or a row per order line grouped by `order_code`.

Per batch: parse and validate every row in Python (dates and amounts cached/fast-pathed, money as
integer minor units), resolve customer codes with chunked IN queries (creating unknown customers
unless told not to), drop rows whose order is already in the database (re-import), then write
orders and lines with bulk inserts. At the end: order totals for orders whose lines spanned
batches, customers.last_order_date in bulk, the search index for created customers.

A row without an order number gets a stable one, "IMP-" + a hash of its content (and its occurrence
among identical rows), so importing the same file twice does not duplicate purchases either.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from hashlib import blake2b

from sqlalchemy import bindparam, func, or_, select

from crm_app.db.models import Customer, Order, OrderLine, Product, utcnow
from crm_app.domain.money import exponent
from crm_app.domain.normalize import fold, normalize_code
from crm_app.io import values as V
from crm_app.io.dupes import same_name_candidates
from crm_app.io.importer import BadOrders, Context, Redo, RowInvalid

DEFAULT_DESCRIPTION = "Imported purchase"
CACHE_LIMIT = 200_000
PRELOAD_CUSTOMERS = 300_000
_FAST_AMOUNT = re.compile(r"^(\d{1,15})(?:\.(\d{1,3}))?$")
_MISS = object()
_TOTAL = re.compile(r"^(?:grand |sub ?)?totals?\b|^sum\b|^итог|^всего|^الإجمالي|^الاجمالي|^المجموع|^إجمالي|^اجمالي|"
                    r"^جمع|^مجموع")


class _Err:
    """A cached conversion failure."""
    __slots__ = ("message",)

    def __init__(self, message: str):
        self.message = message

_ORDERS, _LINES, _CUSTOMERS = Order.__table__, OrderLine.__table__, Customer.__table__
ORDER_COLUMNS = ("code", "customer_id", "ordered_at", "order_date", "currency", "total_minor", "channel",
                 "created_at")
LINE_COLUMNS = ("order_id", "product_id", "description", "quantity", "unit_price_minor", "amount_minor")
CUSTOMER_COLUMNS = ("code", "full_name", "search_name", "status", "consent_email", "consent_sms", "consent_phone",
                    "created_at", "updated_at", "version")


def check_customer_code(raw) -> str:
    code = normalize_code(V.text(raw))
    if not code:
        raise ValueError("enter the customer code")
    if len(code) > 32 or any(c.isspace() for c in code):
        raise ValueError("a customer code is 1–32 characters without spaces")
    return code


class PurchaseImporter:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        c = ctx.cols
        self.i = {name: c.get(name) for name in ("customer_code", "date", "amount", "order_code", "quantity",
                                                 "unit_price", "product", "currency", "customer_name", "channel")}
        self.idx = list(self.i.values())
        self.width = max([k for k in self.idx if k is not None] + [0]) + 1
        self._caches: dict[str, dict] = {k: {} for k in ("code", "date", "currency", "quantity", "product", "name",
                                                          "channel")}
        self._exp: dict[str, int] = {}
        self._default_product = (DEFAULT_DESCRIPTION, None)
        self.date_order = ctx.formats.get("date")
        self.dec_amount, self.dec_unit = ctx.formats.get("amount"), ctx.formats.get("unit_price")
        self.customers: dict[str, int] = {}      # code → id (existing or created by this import)
        self.unknown: set[str] = set()           # codes without a customer (when not creating)
        self.created: dict[int, list] = {}       # id → [first row, created_at as inserted, earliest purchase]
        self.names: dict[int, tuple[int, str]] = {}   # created id → (row, name given in the file)
        self.orders: dict[str, tuple[int, int, str, int]] = {}   # code → (id, customer id, currency, first row)
        self.existing: dict[str, int] = {}       # order code → customer id, of orders already in the database
        self.occurrence: dict[bytes, int] = {}
        self.generated: set[str] = set()         # order codes made up in this batch for rows without one
        self.deltas: dict[int, int] = {}         # order id → minor units added by lines in later batches
        self.last: dict[int, object] = {}        # customer id → latest purchase day in this file
        self.rejected_codes: dict[str, int] = {}   # order code → first rejected row of it
        self.reasons: dict[int, list] = {}         # rejected row (with an order code) → its reasons
        self.conflict = False
        self.now = utcnow()
        self.latest = (datetime.now() + timedelta(days=1)).date()   # a day of slack for time zones
        self.products: dict[str, int] | None = None
        self.preload: bool | None = None

    # --- parsing (no database) ---------------------------------------------------------------------
    # The hot path of a million-row import: values that repeat (codes, dates, quantities, products,
    # names) are converted once and cached; plain amounts ("12.50") go straight to minor units.
    def _convert(self, cache: dict, raw, fn):
        try:
            return cache[raw]
        except TypeError:              # an unhashable cell cannot be cached
            pass
        except KeyError:
            pass
        try:
            value = fn(raw)
        except ValueError as exc:
            value = _Err(str(exc))
        try:
            if len(cache) > CACHE_LIMIT:
                cache.clear()
            cache[raw] = value
        except TypeError:
            pass
        return value

    def _date(self, raw):
        if V.is_blank(raw):
            raise ValueError("enter the date")
        dt = V.parse_datetime(raw, self.date_order)
        if dt.date() > self.latest:
            raise ValueError(f"'{V.text(raw)}' is in the future")
        return dt

    def _currency(self, raw):
        if V.is_blank(raw):
            return self.ctx.currency
        cur = V.clean(raw).upper()
        if len(cur) != 3 or not cur.isalpha() or not cur.isascii():
            raise ValueError(f"'{raw}' is not a three-letter currency code")
        return cur

    def _quantity(self, raw):
        return 1 if V.is_blank(raw) else V.parse_int(raw, minimum=1, maximum=1_000_000, what="quantity")

    def _product(self, raw):
        desc = V.text(raw, 200, "product") or DEFAULT_DESCRIPTION
        return desc, self._product_id(desc)

    def _channel(self, raw):
        channel = V.text(raw).lower() or None
        if channel is not None and len(channel) > 16:
            raise ValueError("the channel is longer than 16 characters")
        return channel

    def _amount(self, raw, decimal, exp: int) -> int:
        if raw.__class__ is str:
            minor = fast_minor(raw, decimal, exp)
            if minor is not None:
                return minor
        return _minor(V.parse_amount(raw, decimal), exp)

    def parse(self, cells: list):
        """(code, order code, datetime, minor, quantity, unit minor, description, currency, name, channel,
        product id); raises RowInvalid with every problem of the row."""
        ic, idt, ia, io, iq, iu, ip, icur, iname, ich = self.idx
        if len(cells) < self.width:
            cells = [*cells, *([None] * (self.width - len(cells)))]
        errors = []
        c = self._caches
        raw = cells[ic] if ic is not None else None
        code = c["code"].get(raw, _MISS) if raw.__class__ is str else _MISS
        if code is _MISS:
            code = self._convert(c["code"], raw, check_customer_code)
        if code.__class__ is _Err:
            errors.append(("customer_code", code.message))
        raw = cells[idt] if idt is not None else None
        dt = c["date"].get(raw, _MISS) if raw.__class__ is str else _MISS
        if dt is _MISS:
            dt = self._convert(c["date"], raw, self._date)
        if dt.__class__ is _Err:
            errors.append(("date", dt.message))
        currency = self.ctx.currency if icur is None else self._convert(c["currency"], cells[icur], self._currency)
        if currency.__class__ is _Err:
            errors.append(("currency", currency.message))
            currency = self.ctx.currency
        qty = 1 if iq is None else self._convert(c["quantity"], cells[iq], self._quantity)
        if qty.__class__ is _Err:
            errors.append(("quantity", qty.message))
            qty = 1
        exp = self._exp.get(currency)
        if exp is None:
            exp = self._exp[currency] = exponent(currency)
        minor = unit = None
        if ia is not None:
            raw = cells[ia]
            if raw is not None and raw != "" and not (raw.__class__ is str and raw.isspace()):
                try:
                    minor = self._amount(raw, self.dec_amount, exp)
                except ValueError as exc:
                    errors.append(("amount", str(exc)))
        if iu is not None:
            raw = cells[iu]
            if not V.is_blank(raw):
                try:
                    unit = self._amount(raw, self.dec_unit, exp)
                except ValueError as exc:
                    errors.append(("unit_price", str(exc)))
        if minor is None and unit is not None:
            minor = unit * qty
        if minor is None:
            if not any(f in ("amount", "unit_price") for f, _ in errors):
                errors.append(("amount" if ia is not None else "unit_price", "enter the amount"))
        elif minor < 0:
            errors.append(("amount", "a negative amount is a refund, not a purchase; leave it out"))
        elif minor >= 1 << 62:
            errors.append(("amount", "the amount is too large"))
        elif unit is None:
            unit = (minor + qty // 2) // qty
        product = self._default_product if ip is None else self._convert(c["product"], cells[ip], self._product)
        if product.__class__ is _Err:
            errors.append(("product", product.message))
            product = self._default_product
        name = "" if iname is None else self._convert(c["name"], cells[iname], lambda r: V.text(r, 200, "name"))
        if name.__class__ is _Err:
            errors.append(("customer_name", name.message))
            name = ""
        ocode = None
        if io is not None:
            raw = cells[io]
            ocode = (raw.strip() if raw.__class__ is str else V.text(raw)) or None
            if ocode is not None and len(ocode) > 64:
                errors.append(("order_code", "the order number is longer than 64 characters"))
        channel = None if ich is None else self._convert(c["channel"], cells[ich], self._channel)
        if channel.__class__ is _Err:
            errors.append(("channel", channel.message))
        if errors:
            raise RowInvalid(errors)
        return code, ocode, dt, minor, qty, unit, product[0], currency, name, channel, product[1]

    def display(self, cells: list) -> dict[str, object]:
        """The row's values as they will be stored (typed: datetime, date, Money, int, str), for a preview."""
        from crm_app.domain.money import Money

        code, ocode, dt, minor, qty, unit, desc, cur, name, channel, _pid = self.parse(cells)
        out = {"customer_code": code, "date": dt if dt.time() != datetime.min.time() else dt.date(),
               "amount": Money.from_minor(minor, cur), "quantity": qty, "unit_price": Money.from_minor(unit, cur),
               "product": desc, "currency": cur}
        if ocode:
            out["order_code"] = ocode
        if name:
            out["customer_name"] = name
        if channel:
            out["channel"] = channel
        return out

    # --- one batch ---------------------------------------------------------------------------------
    def process(self, batch: list[tuple[int, list]]) -> None:
        ctx, res = self.ctx, self.ctx.result
        good = []
        bad_orders = ctx.bad_orders
        for rownum, cells in batch:
            try:
                p = self.parse(cells)
            except RowInvalid as bad:
                if self.is_total_row(cells):
                    res.ignored += 1
                    continue
                self._reject(rownum, cells, bad.errors, self._order_code_of(cells))
                continue
            if p[1] is not None and p[1] in bad_orders.codes:
                first = bad_orders.codes[p[1]]
                errors = bad_orders.reasons.get(rownum) or [
                    ("order_code", f"another line of order {p[1]} (row {first}) was rejected; fix that line and "
                                   f"import the whole order again")]
                self._reject(rownum, cells, errors, p[1])
                continue
            good.append((rownum, cells, p))
        good = self._resolve_customers(good)
        good = self._order_codes(good)
        self._write(good)

    def is_total_row(self, cells: list) -> bool:
        """A till's or spreadsheet's total line ("TOTAL", "Итого", "الإجمالي" with sums and no customer or
        date): not a purchase, left out instead of rejected."""
        for k in (self.i["customer_code"], self.i["date"]):
            if k is not None and k < len(cells) and not V.is_blank(cells[k]):
                return False
        return any(isinstance(c, str) and _TOTAL.match(fold(c)) for c in cells)

    def _order_code_of(self, cells) -> str | None:
        k = self.i["order_code"]
        return (V.text(cells[k]) or None) if k is not None and k < len(cells) else None

    def _reject(self, rownum, cells, errors, ocode) -> None:
        if ocode is not None:
            self.rejected_codes.setdefault(ocode, rownum)
            if self.ctx.options.skip_invalid:
                self.reasons[rownum] = errors     # said again if a Redo rejects the whole order
            if ocode in self.orders:
                self.conflict = True
        self.ctx.reject(rownum, cells, errors)

    def _resolve_customers(self, good: list) -> list:
        ctx = self.ctx
        if self.preload is None:
            # A file that names many customers: read every code once instead of looking them up.
            total = ctx.session.scalar(select(func.count()).select_from(_CUSTOMERS)) or 0
            self.preload = total <= PRELOAD_CUSTOMERS and len(good) >= 5000
            if self.preload:
                for code, cid, merged_into in ctx.session.execute(
                        select(Customer.code, Customer.id, Customer.merged_into_id)):
                    self.customers[code] = merged_into or cid
        # (a comprehension, not `set - dict.keys()`: that copies the whole dict into a set every batch)
        known, unknown = self.customers, self.unknown
        wanted = {c for _, _, p in good if (c := p[0]) not in known and c not in unknown}
        if wanted and self.preload:
            missing = wanted
            if ctx.options.create_customers:
                self._create_customers(missing, good)
            else:
                self.unknown |= missing
        elif wanted:
            for code, cid, merged_into in ctx.writer.lookup(Customer.code, wanted, Customer.id,
                                                             Customer.merged_into_id):
                self.customers[code] = merged_into or cid
            missing = {c for c in wanted if c not in known}
            if missing and ctx.options.create_customers:
                self._create_customers(missing, good)
            else:
                self.unknown |= missing
        out = []
        for item in good:
            rownum, cells, p = item
            if p[0] in self.customers:
                out.append(item)
            else:
                self._reject(rownum, cells, [("customer_code", f"no customer has the code {p[0]}")], p[1])
        return out

    def _create_customers(self, codes: set[str], good: list) -> None:
        first: dict[str, list] = {}
        for rownum, _cells, p in good:
            code = p[0]
            if code in codes:
                f = first.get(code)
                if f is None:
                    first[code] = [rownum, p[8], p[2]]
                else:
                    if not f[1] and p[8]:
                        f[1] = p[8]
                    if p[2] < f[2]:
                        f[2] = p[2]
        order = sorted(first, key=lambda c: first[c][0])
        now = self.now
        rows = []
        for code in order:
            _row, name, since = first[code]
            display = name or code
            rows.append((code, display, fold(display), "active", False, False, False, since, now, 1))
        ids = self.ctx.writer.insert_ids(_CUSTOMERS, CUSTOMER_COLUMNS, rows)
        for code, cid in zip(order, ids):
            row, name, since = first[code]
            self.customers[code] = cid
            self.created[cid] = [row, since, since]
            if name:
                self.names[cid] = (row, name)

    def _order_codes(self, good: list) -> list:
        """Give code-less rows their stable code; drop rows of orders already in the database."""
        occ = self.occurrence
        out = []
        generated = self.generated
        generated.clear()
        for rownum, cells, p in good:
            if p[1] is None:
                key = blake2b(f"{p[0]}|{p[2].isoformat()}|{p[3]}|{p[7]}|{p[6]}|{p[4]}".encode(),
                              digest_size=10).digest()
                k = occ.get(key, 0)
                occ[key] = k + 1
                p = (p[0], f"IMP-{key.hex()}" + (f"-{k}" if k else ""), *p[2:])
                generated.add(p[1])
            out.append((rownum, cells, p))
        orders, existing = self.orders, self.existing
        fresh = {c for _, _, p in out if (c := p[1]) not in orders and c not in existing}
        if fresh:
            self.existing.update(self.ctx.writer.lookup(Order.code, fresh, Order.customer_id))
        return out

    def _write(self, good: list) -> None:
        ctx, res = self.ctx, self.ctx.result
        orders, deltas, last, created = self.orders, self.deltas, self.last, self.created
        existing, customers, rejected_codes = self.existing, self.customers, self.rejected_codes
        new: dict[str, list] = {}     # order code → [customer id, datetime, currency, total, channel, row, lines]
        imported = 0
        for rownum, cells, p in good:
            code, ocode, dt, minor, qty, unit, desc, cur, _name, channel, pid = p
            cid = customers[code]
            if ocode in existing:
                if existing[ocode] == cid:          # imported before (or recorded by hand): left as it is
                    res.skipped += 1
                else:                               # another shop's or till's numbering: never dropped silently
                    self._reject(rownum, cells, [("order_code", f"order number {ocode} is already in the database "
                                                                f"for another customer")], ocode)
                continue
            o = new.get(ocode)
            known = orders.get(ocode) if o is None else None
            if o is not None or known is not None:
                o_cid, o_cur, o_row = (o[0], o[2], o[5]) if o is not None else (known[1], known[2], known[3])
                # a line that contradicts its order: with --skip-invalid the whole order is rejected (Redo),
                # whether its other lines came in this batch or an earlier one
                if o_cid != cid:
                    self._reject(rownum, cells, [("customer_code", f"order {ocode} is for another customer "
                                                                   f"(row {o_row})")], ocode)
                    self.conflict = True
                    continue
                if o_cur != cur:
                    self._reject(rownum, cells, [("currency", f"order {ocode} is in {o_cur} (row {o_row})")], ocode)
                    self.conflict = True
                    continue
            if ocode in rejected_codes:
                self.conflict = True
            line = (pid, desc, qty, unit, minor)
            if o is not None:
                o[3] += minor
                o[6].append(line)
            elif known is not None:
                deltas[known[0]] = deltas.get(known[0], 0) + minor
                new.setdefault(("+", known[0]), []).append(line)
            else:
                new[ocode] = [cid, dt, cur, minor, channel, rownum, [line]]
            imported += 1
            day = dt.date()
            prev = last.get(cid)
            if prev is None or day > prev:
                last[cid] = day
            if created:
                c = created.get(cid)
                if c is not None and dt < c[2]:
                    c[2] = dt
        res.imported += imported
        fresh = [(k, v) for k, v in new.items() if k.__class__ is str]
        now = self.now
        ids = ctx.writer.insert_ids(_ORDERS, ORDER_COLUMNS, [
            (k, v[0], v[1], v[1].date(), v[2], v[3], v[4], now) for k, v in fresh])
        lines = []
        generated = self.generated
        for (k, v), oid in zip(fresh, ids):
            # a generated code (a row without an order number) never comes back in a later batch: not kept
            if k not in generated:
                orders[k] = (oid, v[0], v[2], v[5])
            lines.extend((oid, *line) for line in v[6])
        for k, v in new.items():
            if k.__class__ is tuple:
                lines.extend((k[1], *line) for line in v)
        res.orders += len(fresh)
        ctx.writer.insert(_LINES, LINE_COLUMNS, lines)

    def _product_id(self, desc: str) -> int | None:
        if self.products is None:
            self.products = {}
            for pid, sku, name in self.ctx.session.execute(select(Product.id, Product.sku, Product.name)):
                self.products.setdefault(fold(name), pid)
                self.products.setdefault(fold(sku), pid)
        if not self.products:
            return None
        return self.products.get(fold(desc))

    # --- end of file -------------------------------------------------------------------------------
    def finish(self) -> None:
        ctx, res = self.ctx, self.ctx.result
        if ctx.options.skip_invalid and self.conflict:
            raise Redo(BadOrders(dict(self.rejected_codes), self.reasons))
        res.created_customers = len(self.created)
        w = ctx.writer
        if w.enabled:
            conn = w.conn
            if self.deltas:
                stmt = (_ORDERS.update().where(_ORDERS.c.id == bindparam("_id"))
                        .values(total_minor=_ORDERS.c.total_minor + bindparam("_d")))
                conn.execute(stmt, [{"_id": k, "_d": v} for k, v in self.deltas.items()])
            # Not a user edit of the customer: the optimistic-lock version stays as it is.
            w.update_many(_CUSTOMERS, "id", ["last_order_date"], list(self.last.items()),
                          where=lambda t: or_(t.c.last_order_date.is_(None),
                                              t.c.last_order_date < bindparam("_last_order_date")))
            w.update_many(_CUSTOMERS, "id", ["created_at"],
                          [(cid, c[2]) for cid, c in self.created.items() if c[2] < c[1]])
            if self.created:
                from crm_app.db import search_index

                ids = list(self.created)
                for k in range(0, len(ids), 2000):
                    search_index.sync(ctx.session, ids[k:k + 2000])
        if self.names:
            res.merge_candidates.extend(same_name_candidates(ctx, {cid: v for cid, v in self.names.items()},
                                                             set(self.created)))


_GROUPED_AMOUNT = re.compile(r"^(\d{1,3}([., \u00a0])\d{3}(?:\2\d{3})*)(?:([.,])(\d{1,6}))?$")
_SEP_AMOUNT = re.compile(r"^(\d{1,15})([.,])(\d{1,6})$")


def fast_minor(raw: str, decimal: str | None, exp: int) -> int | None:
    """Minor units of the amount formats tills write most ('12.50', '12,50', '1.234,50', '1 234,50',
    '1,234.50') without the general parser, exactly as values.parse_amount reads them; None for anything
    else (signs, symbols, other digits, rounding), which then takes the general path."""
    m = _FAST_AMOUNT.match(raw)
    if m is not None:
        whole, frac = m.groups()
        if frac is None:
            return int(whole) * 10 ** exp
        if len(frac) <= exp and (len(frac) != 3 or decimal != ","):
            return int(whole) * 10 ** exp + int(frac) * 10 ** (exp - len(frac))
        return None
    m = _SEP_AMOUNT.match(raw)
    if m is not None:                           # one separator: '12,50' (or the ambiguous '1,250')
        whole, sep, frac = m.groups()
        if len(frac) == 3 and whole != "0" and sep != decimal and not (sep == "." and decimal is None):
            return None                         # grouping, by parse_amount's rule: leave it to the parser
    else:
        m = _GROUPED_AMOUNT.match(raw)
        if m is None:
            return None
        whole, group, sep, frac = m.groups()
        if sep is None:
            if group in ".,":                   # '1.250' alone: decimal or grouping, the parser decides
                return None
            frac = ""
        elif sep == group:
            return None
        elif group in " \u00a0" and len(frac) == 3 and sep != decimal and not (sep == "." and decimal is None):
            return None                         # '1 000,100': the parser reads the comma as grouping too
        whole = whole.replace(group, "")
    if len(frac) > exp:
        return None
    return int(whole) * 10 ** exp + (int(frac) * 10 ** (exp - len(frac)) if frac else 0)


def _minor(amount: Decimal, exp: int) -> int:
    """Minor units with the rounding of domain.money.Money (half-even at the currency's exponent)."""
    return int(amount.scaleb(exp).to_integral_value(ROUND_HALF_EVEN))
