"""Hypothesis: the importer never crashes on arbitrary files or rows, and never writes a partial import.

For every generated file: the import either raises SourceError (unreadable, a required column
missing) and the database is unchanged, or returns a result; when it did not commit the database is
unchanged; when it committed, exactly what it reports was written (orders, lines, customers), and
the dry run before it predicted exactly that. Importing the same file again adds nothing.
"""
from __future__ import annotations

import csv
import io
import os
from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from crm_app.io.importer import ImportOptions, run_import
from crm_app.io.source import SourceError
from tests.integration.import_helpers import counts, fingerprint

# CRM_FUZZ_EXAMPLES=1000 for a longer hunt
FUZZ = settings(max_examples=int(os.environ.get("CRM_FUZZ_EXAMPLES") or 40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory):
    from crm_app.commands import open_db

    os.environ["CRM_DATA_DIR"] = str(tmp_path_factory.mktemp("fuzzdata"))
    db = open_db(str(tmp_path_factory.mktemp("fuzz") / "fuzz.db"))
    yield db
    db.dispose()


def _figures(r):
    return r.rows, r.imported, r.skipped, r.ignored, r.rejected, r.orders, r.created_customers


def _check(db, path, options):
    """Dry run, then the import; every property of the module docstring. Returns the result (or None)."""
    before, n0 = fingerprint(db), counts(db)
    try:
        dry = run_import(db, path, ImportOptions(**{**options.__dict__, "dry_run": True}))
    except SourceError:
        event(f"{options.kind}: unreadable")
        assert fingerprint(db) == before
        with pytest.raises(SourceError):
            run_import(db, path, options)
        assert fingerprint(db) == before
        return None
    assert fingerprint(db) == before and not dry.committed
    r = run_import(db, path, options)
    assert _figures(r) == _figures(dry)
    assert r.imported + r.skipped + r.ignored + r.rejected >= r.rows or options.kind == "feedback"
    assert len(r.errors) + r.errors_dropped >= r.rejected
    assert all(e.row >= 2 and e.column and e.message for e in r.errors)
    if r.rejected and not options.skip_invalid:
        assert not r.committed
    else:
        assert r.committed
    event(f"{options.kind}: " + ("committed" if r.committed else "rolled back") +
          (", rows written" if r.committed and r.imported else ""))
    if not r.committed:
        assert fingerprint(db) == before
        return r
    n1 = counts(db)
    if options.kind == "purchases":
        assert n1["orders"] - n0["orders"] == r.orders
        assert n1["order_lines"] - n0["order_lines"] == r.imported
        assert n1["customers"] - n0["customers"] == r.created_customers
    elif options.kind == "customers":
        assert n1["customers"] - n0["customers"] == r.imported == r.created_customers
    elif options.kind == "tickets":
        assert n1["tickets"] - n0["tickets"] == r.imported
    elif options.kind == "feedback":                   # a row may hold an NPS and a CSAT answer
        assert r.imported <= n1["feedback"] - n0["feedback"] <= 2 * r.imported
    return r


HEADERS = {"customers": ["code", "full_name", "phone", "email", "country", "birthday"],
           "purchases": ["order_code", "customer_code", "date", "amount", "quantity", "currency"],
           "tickets": ["subject", "customer_code", "status", "created_at"],
           "feedback": ["customer_code", "nps", "csat", "date"]}


@FUZZ
@given(kind=st.sampled_from(sorted(HEADERS)),
       head=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"sep=;\n", b"PK\x03\x04"]),
       body=st.binary(max_size=600), with_header=st.booleans(), skip=st.booleans(),
       suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_arbitrary_bytes(fuzz_db, tmp_path_factory, kind, head, body, with_header, skip, suffix):
    path = tmp_path_factory.mktemp("b") / f"f{suffix}"
    header = (",".join(HEADERS[kind]) + "\n").encode() if with_header else b""
    path.write_bytes(head + header + body)
    _check(fuzz_db, path, ImportOptions(kind, backup=False, skip_invalid=skip))


def _write(path, names, rows, delimiter, encoding) -> bool:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter)
    w.writerow(names)
    w.writerows([[r[n] for n in names] for r in rows])
    try:
        path.write_bytes(buf.getvalue().encode(encoding))
    except UnicodeEncodeError:      # lone surrogates from st.text(), or letters cp1256 cannot hold
        return False
    return True


def _row(valid: dict, odd: dict):
    """A row of valid values with none, one or a few of its cells replaced by odd values or any text:
    so imports both write rows and meet every kind of bad cell."""
    base = st.fixed_dictionaries({k: st.one_of(*v) if isinstance(v, tuple) else st.sampled_from(v)
                                  for k, v in valid.items()})
    bad = st.one_of(*[st.tuples(st.just(k), st.one_of(st.sampled_from(v[0]), v[1])) for k, v in odd.items()])
    return st.builds(lambda row, changes: {**row, **dict(changes)}, base,
                     st.one_of(st.just([]), st.lists(bad, min_size=1, max_size=3)))


PURCHASE_VALUES = {
    "order_code": (st.sampled_from(["A1", "", "", "Ч-1"]), st.integers(1, 10 ** 9).map(lambda i: f"O{i}"),
                   st.integers(1, 10 ** 9).map(lambda i: f"O{i}")),
    "customer_code": (st.sampled_from(["C1", "C2", "c1", "ك٣"]), st.integers(1, 10 ** 6).map(lambda i: f"N{i}")),
    # one column, one format: ISO in any digits, Solar Hijri, day/month (day > 12) with / or .
    "date": ["2024-01-15", "15/01/2024", "٢٠٢٤-٠١-١٥", "۱۴۰۳/۰۱/۰۱", "15.01.2024", "2024-02-01 10:30"],
    "amount": ["12.50", "1,234.50", "1.234,50", "١٬٢٣٤٫٥٠", "0", "7", "$3.99"],
    "quantity": ["1", "2", ""],
    "currency": ["", "USD", "EUR", "KWD"],
}
PURCHASE_ODD = {
    "order_code": ([" A1 ", "x" * 65], st.text(max_size=70)),
    "customer_code": (["", "has space", "x" * 33], st.text(max_size=40)),
    "date": (["31/02/2024", "2099-01-01", "", "x", "03/04/2024", "01/15/2024"], st.text(max_size=20)),
    "amount": (["-3", "(4)", "1e9", "", "1,2,3"], st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str), st.text(max_size=12))),
    "quantity": (["0", "1.5", "-1"], st.text(max_size=5)),
    "currency": (["us", "₽"], st.text(max_size=4)),
}


@FUZZ
@given(rows=st.lists(_row(PURCHASE_VALUES, PURCHASE_ODD), max_size=12),
       delimiter=st.sampled_from([",", ";", "\t"]), encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]),
       skip=st.booleans(), batch=st.integers(1, 5), create=st.booleans())
def test_arbitrary_purchase_rows(fuzz_db, tmp_path_factory, rows, delimiter, encoding, skip, batch, create):
    path = tmp_path_factory.mktemp("r") / "p.csv"
    if not _write(path, list(PURCHASE_VALUES), rows, delimiter, encoding):
        return
    options = ImportOptions("purchases", skip_invalid=skip, batch_size=batch, backup=False,
                            create_customers=create)
    codes_before = _order_codes(fuzz_db)
    r = _check(fuzz_db, path, options)
    if r is not None and r.committed and r.delimiter == delimiter:
        # an order is all its lines or none: no line of a new order was rejected
        written = _order_codes(fuzz_db) - codes_before
        by_row = {i: row["order_code"].strip() for i, row in enumerate(rows, start=2)}
        assert not {by_row.get(e.row) for e in r.errors} & written
    if r is not None and r.committed:
        before = fingerprint(fuzz_db)
        again = run_import(fuzz_db, path, options)       # a re-import adds nothing
        assert again.imported == 0 and again.created_customers == 0 and fingerprint(fuzz_db)[:3] == before[:3]


def _order_codes(db) -> set[str]:
    from sqlalchemy import select

    from crm_app.db.models import Order

    with db.read() as s:
        return set(s.scalars(select(Order.code)))


CUSTOMER_VALUES = {
    "code": (st.sampled_from(["K1", "K2", "k1", "", ""]), st.integers(1, 10 ** 6).map(lambda i: f"K{i}")),
    "full_name": ["Layla Haddad", "ليلى حداد", "Иван Петров", "علی رضایی"],
    "phone": ["+966501234567", "0501234567", "۰۹۱۲۱۲۳۴۵۶۷", ""],
    "email": (st.sampled_from(["a@example.com", "A@Example.COM", "", "b@example.org"]),
              st.integers(1, 10 ** 6).map(lambda i: f"u{i}@example.net")),
    "country": ["", "SA", "RU", "IR"],
    "birthday": ["1990-03-15", "15/03/1990", "١٥/٠٣/١٩٩٠", ""],
}
CUSTOMER_ODD = {
    "code": (["has space", "x" * 70], st.text(max_size=40)),
    "full_name": (["  ", ""], st.text(max_size=30)),
    "phone": (["12", "+1 000"], st.text(max_size=20)),
    "email": (["x@", "@"], st.text(max_size=20)),
    "country": (["Saudi", "ZZ"], st.text(max_size=3)),
    "birthday": (["2999-01-01", "31/02/1990"], st.text(max_size=12)),
}


@FUZZ
@given(rows=st.lists(_row(CUSTOMER_VALUES, CUSTOMER_ODD), max_size=10),
       delimiter=st.sampled_from([",", ";"]), encoding=st.sampled_from(["utf-8", "utf-16", "cp1256"]),
       skip=st.booleans(), batch=st.integers(1, 4))
def test_arbitrary_customer_rows(fuzz_db, tmp_path_factory, rows, delimiter, encoding, skip, batch):
    path = tmp_path_factory.mktemp("c") / "c.csv"
    if not _write(path, list(CUSTOMER_VALUES), rows, delimiter, encoding):
        return
    options = ImportOptions("customers", skip_invalid=skip, batch_size=batch, backup=False)
    r = _check(fuzz_db, path, options)
    if r is not None and r.committed:
        before = fingerprint(fuzz_db)
        again = run_import(fuzz_db, path, options)
        assert again.imported == 0 and fingerprint(fuzz_db)[:5] == before[:5]


SUPPORT_VALUES = {
    "tickets": ({
        "subject": (st.sampled_from(["Late delivery", "تأخر الطلب", "Не работает"]),
                    st.integers(1, 10 ** 6).map(lambda i: f"Issue {i}")),
        "customer_code": ["C1", "", "c1"],
        "status": ["", "open", "solved", "closed", "in progress"],
        "priority": ["", "high", "P1", "low"],
        "channel": ["", "phone", "e-mail", "WhatsApp"],
        "created_at": ["2024-01-10 09:00", "10/01/2024", "", "٢٠٢٤-٠١-١٠"],
        "resolved_at": ["", "2024-01-11"],
    }, {
        "subject": (["", "x" * 201], st.text(max_size=40)),
        "customer_code": (["C404", "has space"], st.text(max_size=10)),
        "status": (["lost"], st.text(max_size=8)),
        "priority": (["sometimes"], st.text(max_size=8)),
        "channel": (["fax"], st.text(max_size=8)),
        "created_at": (["2999-01-01", "31/02/2024"], st.text(max_size=12)),
        "resolved_at": (["2020-01-01", "x"], st.text(max_size=12)),
    }),
    "feedback": ({
        "customer_code": ["C1", "", "c1"],
        "nps": ["", "0", "9", "10", "٧"],
        "csat": ["", "1", "4", "5"],
        "comment": ["", "great", "ممتاز", "плохо"],
        "date": (st.sampled_from(["2024-01-10", "", "10/01/2024"]),
                 st.dates(min_value=date(2000, 1, 1), max_value=date(2025, 1, 1)).map(str)),
    }, {
        "customer_code": (["C404"], st.text(max_size=10)),
        "nps": (["11", "-1", "x"], st.text(max_size=4)),
        "csat": (["0", "6", "4.5"], st.text(max_size=4)),
        "comment": (["x" * 20001], st.text(max_size=30)),
        "date": (["2999-01-01"], st.text(max_size=12)),
    }),
}


@pytest.fixture(scope="module")
def support_customer(fuzz_db):
    from crm_app.domain.customer import CustomerInput
    from crm_app.services import customers as customer_service

    from crm_app.domain.errors import ValidationError

    try:
        with fuzz_db.write() as s:
            customer_service.create_customer(s, CustomerInput(full_name="Layla Haddad", code="C1"))
    except ValidationError:        # the purchase rows test may have created C1 already
        pass


@FUZZ
@given(kind=st.sampled_from(["tickets", "feedback"]), data=st.data(), delimiter=st.sampled_from([",", ";"]),
       encoding=st.sampled_from(["utf-8", "utf-16"]), skip=st.booleans(), batch=st.integers(1, 4))
def test_arbitrary_ticket_and_feedback_rows(fuzz_db, support_customer, tmp_path_factory, kind, data, delimiter,
                                            encoding, skip, batch):
    valid, odd = SUPPORT_VALUES[kind]
    rows = data.draw(st.lists(_row(valid, odd), max_size=8))
    path = tmp_path_factory.mktemp("s") / f"{kind}.csv"
    if not _write(path, list(valid), rows, delimiter, encoding):
        return
    options = ImportOptions(kind, skip_invalid=skip, batch_size=batch, backup=False)
    r = _check(fuzz_db, path, options)
    if r is not None and r.committed:
        before = fingerprint(fuzz_db)
        again = run_import(fuzz_db, path, options)
        assert again.imported == 0 and fingerprint(fuzz_db) == before[:-1] + fingerprint(fuzz_db)[-1:]
