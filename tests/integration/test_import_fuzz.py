"""Hypothesis: the importer never crashes on arbitrary files or rows, and never writes a partial import."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_app.io.importer import ImportOptions, run_import
from crm_app.io.source import SourceError
from tests.integration.import_helpers import fingerprint

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory):
    import os

    from crm_app.commands import open_db

    os.environ["CRM_DATA_DIR"] = str(tmp_path_factory.mktemp("fuzzdata"))
    db = open_db(str(tmp_path_factory.mktemp("fuzz") / "fuzz.db"))
    yield db
    db.dispose()


def _check(db, path, options):
    before = fingerprint(db)
    try:
        r = run_import(db, path, options)
    except SourceError:
        assert fingerprint(db) == before
        return None
    if r.rejected and not options.skip_invalid:
        assert not r.committed and fingerprint(db) == before
    if not r.rejected:
        assert r.committed
    assert r.imported + r.skipped + r.rejected >= r.rows or options.kind == "feedback"
    return r


HEADERS = {"customers": ["code", "full_name", "phone", "email", "country", "birthday"],
           "purchases": ["order_code", "customer_code", "date", "amount", "quantity", "currency"],
           "tickets": ["subject", "customer_code", "status", "created_at"],
           "feedback": ["customer_code", "nps", "csat", "date"]}


@FUZZ
@given(kind=st.sampled_from(sorted(HEADERS)), head=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe"]),
       body=st.binary(max_size=600), with_header=st.booleans())
def test_arbitrary_bytes(fuzz_db, tmp_path_factory, kind, head, body, with_header):
    path = tmp_path_factory.mktemp("b") / "f.csv"
    header = (",".join(HEADERS[kind]) + "\n").encode() if with_header else b""
    path.write_bytes(head + header + body)
    _check(fuzz_db, path, ImportOptions(kind, backup=False))


VALUES = {
    "order_code": st.one_of(st.sampled_from(["A1", "A2", "A3", ""]), st.text(max_size=70)),
    "customer_code": st.one_of(st.sampled_from(["C1", "C2", "c1", "ك٣", ""]), st.text(max_size=40)),
    "date": st.one_of(st.sampled_from(["2024-01-15", "15/01/2024", "01/15/2024", "٢٠٢٤-٠١-١٥", "۱۴۰۳/۰۱/۰۱",
                                       "31/02/2024", "", "x"]), st.text(max_size=20)),
    "amount": st.one_of(st.sampled_from(["12.50", "1,234.50", "1.234,50", "-3", "0", "(4)", "1e9", ""]),
                        st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str), st.text(max_size=12)),
    "quantity": st.one_of(st.sampled_from(["1", "2", "0", "", "1.5"]), st.text(max_size=5)),
    "currency": st.one_of(st.sampled_from(["", "USD", "EUR", "KWD", "us"]), st.text(max_size=4)),
}


@FUZZ
@given(rows=st.lists(st.fixed_dictionaries(VALUES), max_size=12), delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]), skip=st.booleans(), batch=st.integers(1, 5))
def test_arbitrary_purchase_rows(fuzz_db, tmp_path_factory, rows, delimiter, encoding, skip, batch):
    path = tmp_path_factory.mktemp("r") / "p.csv"
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter)
    names = list(VALUES)
    w.writerow(names)
    w.writerows([[r[n] for n in names] for r in rows])
    try:
        path.write_bytes(buf.getvalue().encode(encoding))
    except UnicodeEncodeError:      # lone surrogates from st.text()
        return
    options = ImportOptions("purchases", skip_invalid=skip, batch_size=batch, backup=False)
    r = _check(fuzz_db, path, options)
    if r is not None and r.committed:
        again = run_import(fuzz_db, path, options)       # a re-import adds nothing
        assert again.imported == 0 and again.created_customers == 0
