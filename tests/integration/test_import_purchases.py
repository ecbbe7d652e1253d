"""Importing purchases: grouping, all-or-nothing, --skip-invalid, idempotent re-import, new customers."""
import csv
import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from crm_app.db import search_index
from crm_app.db.models import AuditLog, Customer, Order
from crm_app.domain.customer import CustomerInput
from crm_app.io.importer import ImportCancelled, ImportOptions, preview, run_import
from crm_app.io.source import SourceError
from crm_app.services import customers as customer_service
from tests.integration.import_helpers import counts, fingerprint, write_csv

HEADER = ["order_code", "customer_code", "date", "product", "quantity", "amount", "customer_name"]


def _customer(db, code, name="Layla Haddad", **kw):
    with db.write() as s:
        return customer_service.create_customer(s, CustomerInput(full_name=name, code=code, **kw)).id


def _orders(db):
    with db.read() as s:
        return {o.code: (o.customer_id, o.total_minor, o.order_date, o.ordered_at, [
            (ln.description, ln.quantity, ln.unit_price_minor, ln.amount_minor) for ln in o.lines])
            for o in s.scalars(select(Order).order_by(Order.id))}


def test_lines_grouped_by_order_code_even_across_batches(db, tmp_path):
    c1 = _customer(db, "C1")
    path = write_csv(tmp_path / "p.csv", HEADER, [
        ["A1", "c1", "2024-01-15", "Coffee", "2", "10.00", ""],
        ["A2", "C1", "2024-02-01", "Tea", "1", "3.50", ""],
        ["A1", "C1", "2024-01-15", "Cake", "1", "4.25", ""],      # same order, another batch
        ["A3", "C9", "2024-03-01", "", "", "1,250.00", "Иван Петров"],
    ])
    r = run_import(db, path, ImportOptions("purchases", batch_size=2))
    assert (r.rows, r.imported, r.orders, r.rejected, r.created_customers) == (4, 4, 3, 0, 1)
    assert r.committed and r.backup
    orders = _orders(db)
    assert orders["A1"][0] == c1 and orders["A1"][1] == 1425
    assert orders["A1"][4] == [("Coffee", 2, 500, 1000), ("Cake", 1, 425, 425)]
    assert orders["A3"][1] == 125000 and orders["A3"][4] == [("Imported purchase", 1, 125000, 125000)]
    with db.read() as s:
        c9 = s.scalar(select(Customer).where(Customer.code == "C9"))
        assert c9.full_name == "Иван Петров" and c9.created_at == datetime(2024, 3, 1)
        assert c9.last_order_date == date(2024, 3, 1)
        assert s.get(Customer, c1).last_order_date == date(2024, 2, 1)
        assert s.get(Customer, c1).version == 1      # bookkeeping, not an edit
        assert [x.code for x in search_index.search(s, "иван")] == ["C9"]
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "import.purchases")) == 1


def test_reimport_does_not_duplicate(db, tmp_path):
    _customer(db, "C1")
    rows = [["A1", "C1", "2024-01-15", "Coffee", "1", "10", ""],
            ["", "C1", "2024-01-16", "Tea", "1", "3.5", ""],
            ["", "C1", "2024-01-16", "Tea", "1", "3.5", ""],       # the same purchase twice, no order number
            ["", "C2", "2024-01-17", "Cake", "1", "2", "New one"]]
    path = write_csv(tmp_path / "p.csv", HEADER, rows)
    first = run_import(db, path, ImportOptions("purchases"))
    assert (first.imported, first.orders, first.created_customers) == (4, 4, 1)
    before = fingerprint(db)
    again = run_import(db, path, ImportOptions("purchases"))
    assert (again.imported, again.skipped, again.rejected, again.created_customers) == (0, 4, 0, 0)
    assert fingerprint(db)[:3] == before[:3]
    # a longer export of the same shop: only the new rows go in
    path2 = write_csv(tmp_path / "p2.csv", HEADER, rows + [["", "C1", "2024-01-16", "Tea", "1", "3.5", ""],
                                                          ["A9", "C1", "2024-02-01", "Tea", "1", "1", ""]])
    third = run_import(db, path2, ImportOptions("purchases"))
    assert (third.imported, third.skipped) == (2, 4)


def test_all_or_nothing(db, tmp_path):
    _customer(db, "C1")
    before = fingerprint(db)
    path = write_csv(tmp_path / "p.csv", HEADER, [
        ["A1", "C1", "2024-01-15", "Coffee", "1", "10", ""],
        ["A2", "C1", "2024-13-45", "Tea", "0", "abc", ""],
        ["A3", "C1", "2024-01-16", "Tea", "1", "-3", ""],
        ["A4", "C2", "2024-01-16", "Tea", "1", "3", ""],
    ])
    rejected = tmp_path / "out" / "rejected.csv"
    r = run_import(db, path, ImportOptions("purchases", rejected_csv=rejected, batch_size=1))
    assert not r.committed and r.rejected == 2 and r.imported == 2
    assert fingerprint(db) == before
    by_row = {(e.row, e.column) for e in r.errors}
    assert by_row == {(3, "date"), (3, "quantity"), (3, "amount"), (4, "amount")}
    with open(rejected, encoding="utf-8-sig", newline="") as f:
        saved = list(csv.reader(f))
    assert saved[0] == [*HEADER, "import_row", "import_errors"]
    assert [row[-2] for row in saved[1:]] == ["3", "4"]
    assert "refund" in saved[2][-1]
    # fix the rows and import the rejected file: it maps straight back
    fixed = tmp_path / "fixed.csv"
    write_csv(fixed, saved[0], [["A2", "C1", "2024-01-13", "Tea", "1", "3", "", "3", "x"],
                                ["A3", "C1", "2024-01-16", "Tea", "1", "3", "", "4", "x"]])
    assert run_import(db, fixed, ImportOptions("purchases")).imported == 2


def test_skip_invalid_rejects_whole_orders(db, tmp_path):
    _customer(db, "C1")
    path = write_csv(tmp_path / "p.csv", HEADER, [
        ["A1", "C1", "2024-01-15", "Coffee", "1", "10", ""],
        ["A2", "C1", "2024-01-15", "Tea", "1", "2", ""],
        ["A1", "C1", "2024-01-15", "Cake", "1", "oops", ""],     # bad line of A1, after a good one
        ["A2", "C1", "2024-01-15", "Cake", "1", "1", ""],
        ["A1", "C1", "2024-01-15", "Jam", "1", "3", ""],
    ])
    rejected = tmp_path / "rejected.csv"
    r = run_import(db, path, ImportOptions("purchases", skip_invalid=True, rejected_csv=rejected, batch_size=2))
    assert r.committed and (r.imported, r.rejected, r.orders) == (2, 3, 1)
    assert {e.row for e in r.errors} == {2, 4, 6}
    assert set(_orders(db)) == {"A2"} and _orders(db)["A2"][1] == 300
    with open(rejected, encoding="utf-8-sig") as f:
        assert [row["order_code"] for row in csv.DictReader(f)] == ["A1", "A1", "A1"]


def test_unknown_customers_can_be_refused(db, tmp_path):
    _customer(db, "C1")
    path = write_csv(tmp_path / "p.csv", HEADER, [["A1", "C1", "2024-01-15", "x", "1", "1", ""],
                                                  ["A2", "NOPE", "2024-01-15", "x", "1", "1", ""]])
    r = run_import(db, path, ImportOptions("purchases", create_customers=False))
    assert r.rejected == 1 and r.errors[0].column == "customer_code" and "NOPE" in r.errors[0].message
    assert counts(db)["orders"] == 0
    r = run_import(db, path, ImportOptions("purchases", create_customers=False, skip_invalid=True))
    assert (r.imported, r.rejected, r.created_customers) == (1, 1, 0)


def test_conflicting_lines_of_one_order(db, tmp_path):
    _customer(db, "C1")
    _customer(db, "C2", "Omar")
    path = write_csv(tmp_path / "p.csv", ["order_code", "customer_code", "date", "amount", "currency"], [
        ["A1", "C1", "2024-01-15", "1", "USD"], ["A1", "C2", "2024-01-15", "1", "USD"],
        ["A1", "C1", "2024-01-15", "1", "EUR"]])
    r = run_import(db, path, ImportOptions("purchases"))
    assert [(e.row, e.column) for e in r.errors] == [(3, "customer_code"), (4, "currency")]


def test_merged_customer_codes_go_to_the_survivor(db, tmp_path):
    keep = _customer(db, "C1")
    gone = _customer(db, "C2", "Layla H.")
    with db.write() as s:
        s.get(Customer, gone).merged_into_id = keep
        s.get(Customer, gone).status = "merged"
    path = write_csv(tmp_path / "p.csv", ["customer_code", "date", "amount"], [["C2", "2024-01-15", "5"]])
    run_import(db, path, ImportOptions("purchases"))
    assert [v[0] for v in _orders(db).values()] == [keep]


def test_local_formats_and_currencies(db, tmp_path):
    _customer(db, "C1")
    header = ["Код клиента", "Дата", "Сумма", "Валюта", "Количество", "Цена"]
    path = write_csv(tmp_path / "p.csv", header, [
        ["C1", "15.01.2024", "1 234,50", "RUB", "", ""],
        ["C1", "03.02.2024", "", "KWD", "2", "1,250"],        # three decimals for dinars
        ["C1", "05.02.2024", "99", "JPY", "", ""],
    ], encoding="cp1251", delimiter=";")
    r = run_import(db, path, ImportOptions("purchases"))
    assert r.rejected == 0 and r.encoding == "cp1251" and r.delimiter == ";"
    got = sorted((v[2], v[1], v[4][0][1:]) for v in _orders(db).values())
    assert got == [(date(2024, 1, 15), 123450, (1, 123450, 123450)),
                   (date(2024, 2, 3), 2500, (2, 1250, 2500)),
                   (date(2024, 2, 5), 99, (1, 99, 99))]
    with db.read() as s:
        assert set(s.scalars(select(Order.currency))) == {"RUB", "KWD", "JPY"}


def test_xlsx_purchases(db, tmp_path):
    from openpyxl import Workbook

    _customer(db, "C1")
    wb = Workbook()
    ws = wb.active
    ws.append(["Customer code", "Date", "Amount", "Invoice No"])
    ws.append(["C1", datetime(2024, 1, 15, 14, 30), 12.3, 1001])
    ws.append(["C1", "16/01/2024", "7,25", 1002])
    path = tmp_path / "p.xlsx"
    wb.save(path)
    r = run_import(db, path, ImportOptions("purchases"))
    assert r.rejected == 0
    orders = _orders(db)
    assert orders["1001"][1] == 1230 and orders["1001"][3] == datetime(2024, 1, 15, 14, 30)
    assert orders["1002"][1] == 725 and orders["1002"][2] == date(2024, 1, 16)


def test_dry_run_counts_exactly_and_writes_nothing(db, tmp_path):
    _customer(db, "C1")
    path = write_csv(tmp_path / "p.csv", HEADER, [["A1", "C1", "2024-01-15", "x", "1", "1", ""],
                                                  ["A1", "C1", "2024-01-15", "y", "1", "1", ""],
                                                  ["A2", "C5", "2024-01-15", "x", "1", "1", "Ali"]])
    before = fingerprint(db)
    dry = run_import(db, path, ImportOptions("purchases", dry_run=True, batch_size=1))
    assert fingerprint(db) == before and dry.backup is None and not dry.committed
    real = run_import(db, path, ImportOptions("purchases", batch_size=1))
    assert (dry.imported, dry.orders, dry.created_customers, dry.rejected) == \
        (real.imported, real.orders, real.created_customers, real.rejected) == (3, 2, 1, 0)


def test_missing_column_and_unreadable_file(db, tmp_path):
    path = write_csv(tmp_path / "p.csv", ["customer_code", "amount"], [["C1", "1"]])
    with pytest.raises(SourceError, match="date"):
        run_import(db, path, ImportOptions("purchases"))
    with pytest.raises(SourceError):
        run_import(db, tmp_path / "none.csv", ImportOptions("purchases"))


def test_preview_shows_rows_as_they_will_be_imported(db, tmp_path):
    path = write_csv(tmp_path / "p.csv", ["Client ID", "Date", "Total", "Misc"],
                     [["c1", "15/01/2024", "1.234,50", "x"], ["c2", "bad", "1", "y"]], delimiter=";")
    p = preview(db, path, ImportOptions("purchases"))
    assert p.delimiter == ";" and p.missing == [] and p.columns == {"customer_code": 0, "date": 1, "amount": 2}
    assert p.rows[0].text()["customer_code"] == "C1" and p.rows[0].text()["amount"] == "1234.50 USD"
    assert p.rows[0].text()["date"] == "2024-01-15" and p.rows[0].values["date"] == date(2024, 1, 15)
    from crm_app.domain.money import Money

    assert p.rows[0].values["amount"] == Money.from_minor(123450, "USD") and p.rows[0].values["quantity"] == 1
    assert p.rows[1].errors == [("Date", "'bad' is not a date (use YYYY-MM-DD or DD/MM/YYYY)")]
    assert preview(db, path, ImportOptions("purchases", mapping={"Total": "-"})).missing == ["amount or unit_price"]


def test_progress_and_cancel(db, tmp_path):
    path = write_csv(tmp_path / "p.csv", HEADER, [[f"A{i}", "C1", "2024-01-15", "x", "1", "1", ""]
                                                  for i in range(500)])
    seen = []
    run_import(db, path, ImportOptions("purchases", batch_size=100, dry_run=True), lambda f, m: seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 5
    before = fingerprint(db)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        run_import(db, path, ImportOptions("purchases", batch_size=100), cancelled=cancelled)
    assert fingerprint(db) == before


def test_cli_exit_codes_and_json(db_path, tmp_path, capsys):
    from crm_app.cli import main

    ok = write_csv(tmp_path / "ok.csv", HEADER, [["A1", "C1", "2024-01-15", "x", "1", "1", "Layla"]])
    assert main(["--db", str(db_path), "import", "purchases", str(ok), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["imported"], out["rejected"], out["created_customers"], out["errors"]) == (1, 0, 1, [])
    bad = write_csv(tmp_path / "bad.csv", HEADER, [["A2", "C1", "someday", "x", "1", "1", ""]])
    assert main(["--db", str(db_path), "import", "purchases", str(bad), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["errors"] == [{"row": 2, "column": "date", "message": "'someday' is not a date (use YYYY-MM-DD "
                                                                     "or DD/MM/YYYY)"}]
    assert main(["--db", str(db_path), "import", "purchases", str(tmp_path / "nope.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err
    odd = write_csv(tmp_path / "odd.csv", ["Kunde", "Datum", "Betrag"], [["C1", "2024-02-01", "2"]])
    assert main(["--db", str(db_path), "import", "purchases", str(odd)]) == 2
    assert main(["--db", str(db_path), "import", "purchases", str(odd), "--map", "Kunde=customer_code",
                 "--map", "Datum=date", "--map", "Betrag=amount", "--dry-run"]) == 0
    assert "dry run: would import 1 rows" in capsys.readouterr().out
    assert main(["--db", str(db_path), "import", "purchases", str(bad), "--skip-invalid"]) == 1
    assert main(["--db", str(db_path), "import", "purchases", str(ok)]) == 0
    assert "1 already present" in capsys.readouterr().out


def test_till_export_xlsx_with_title_lines_and_a_total_line(db, tmp_path):
    """An Excel export from a till: a title, a blank line, then the header; money cells formatted; a TOTAL line."""
    from openpyxl import Workbook

    c1 = _customer(db, "C1")
    wb = Workbook()
    ws = wb.active
    ws.append(["Daily sales report"])
    ws.append(["Store: Downtown", None, None, "Printed 2024-02-01 18:00"])
    ws.append([])
    ws.append(["Receipt No", "Date/Time", "Customer #", "Customer", "Item", "Qty", "Unit Price", "Line Total"])
    ws.append(["R-1", datetime(2024, 1, 15, 9, 12), "C1", "Layla Haddad", "Latte", 2, 3.5, 7.0])
    ws.append(["R-1", datetime(2024, 1, 15, 9, 12), "C1", "Layla Haddad", "Muffin", 1, 2.25, 2.25])
    ws.append(["R-2", datetime(2024, 1, 15, 11, 40), 90001, "Walk-in Guest", "Tea", 3, 1.8, 5.4])
    for row in ws.iter_rows(min_row=5, min_col=7, max_col=8):
        for cell in row:
            cell.number_format = '"$"#,##0.00'
    ws.append([])
    ws.append(["TOTAL", None, None, None, None, 6, None, 14.65])
    path = tmp_path / "till.xlsx"
    wb.save(path)
    p = preview(db, path, ImportOptions("purchases"))
    assert p.missing == [] and [r.row for r in p.rows] == [5, 6, 7, 9] and p.rows[-1].ignored
    r = run_import(db, path, ImportOptions("purchases"))
    assert (r.rows, r.imported, r.orders, r.ignored, r.rejected, r.created_customers) == (4, 3, 2, 1, 0, 1)
    orders = _orders(db)
    assert orders["R-1"][0] == c1 and orders["R-1"][1] == 925 and orders["R-1"][3] == datetime(2024, 1, 15, 9, 12)
    assert orders["R-1"][4] == [("Latte", 2, 350, 700), ("Muffin", 1, 225, 225)]
    with db.read() as s:
        walk_in = s.scalar(select(Customer).where(Customer.code == "90001"))
        assert walk_in.full_name == "Walk-in Guest" and orders["R-2"][0] == walk_in.id
    # a row with a customer or a date is never taken for a total line
    path2 = write_csv(tmp_path / "t.csv", ["order_code", "customer_code", "date", "amount"],
                      [["Total", "C1", "", "14.65"]])
    r2 = run_import(db, path2, ImportOptions("purchases"))
    assert (r2.ignored, r2.rejected) == (0, 1) and r2.errors[0].column == "date"


def test_an_order_number_of_another_customer_is_rejected_not_dropped(db, tmp_path):
    """Two tills numbering receipts alike: the second file's 1001 is not 'already there' — it is someone else's."""
    _customer(db, "C1")
    _customer(db, "C2", "Omar")
    first = write_csv(tmp_path / "a.csv", ["order_code", "customer_code", "date", "amount"],
                      [["1001", "C1", "2024-01-15", "5"]])
    assert run_import(db, first, ImportOptions("purchases")).imported == 1
    before = fingerprint(db)
    second = write_csv(tmp_path / "b.csv", ["order_code", "customer_code", "date", "amount"],
                       [["1001", "C2", "2024-03-01", "8"], ["1002", "C2", "2024-03-01", "2"]])
    r = run_import(db, second, ImportOptions("purchases"))
    assert not r.committed and (r.rejected, r.skipped) == (1, 0) and fingerprint(db) == before
    assert (r.errors[0].row, r.errors[0].column) == (2, "order_code")
    assert "another customer" in r.errors[0].message
    # the same customer's order again is a re-import: left as it is
    assert run_import(db, first, ImportOptions("purchases")).skipped == 1


def test_purchases_in_the_future_are_rejected(db, tmp_path):
    from datetime import timedelta

    _customer(db, "C1")
    soon = date.today() + timedelta(days=1)
    later = date.today() + timedelta(days=3)
    path = write_csv(tmp_path / "p.csv", ["order_code", "customer_code", "date", "amount"],
                     [["A1", "C1", soon.isoformat(), "1"], ["A2", "C1", later.isoformat(), "1"],
                      ["A3", "C1", "2104-01-15", "1"]])          # a typo for 2014
    r = run_import(db, path, ImportOptions("purchases"))
    assert [(e.row, e.column) for e in r.errors] == [(3, "date"), (4, "date")]
    assert all("future" in e.message for e in r.errors)


@pytest.mark.parametrize("batch", [1, 10])
def test_skip_invalid_rejects_an_order_whose_lines_disagree_in_any_batch(db, tmp_path, batch):
    """Found by the fuzz test: a line naming another customer rejected its whole order only when it came in a
    later batch than the order's first line."""
    _customer(db, "C1")
    _customer(db, "C2", "Omar")
    path = write_csv(tmp_path / "p.csv", ["order_code", "customer_code", "date", "amount", "currency"], [
        ["A1", "C1", "2024-01-15", "1", "USD"], ["A1", "C2", "2024-01-15", "2", "USD"],
        ["A2", "C1", "2024-01-15", "3", "USD"], ["A2", "C1", "2024-01-15", "4", "EUR"],
        ["A3", "C2", "2024-01-16", "5", "USD"]])
    r = run_import(db, path, ImportOptions("purchases", skip_invalid=True, batch_size=batch))
    assert r.committed and (r.imported, r.rejected, r.orders) == (1, 4, 1)
    assert set(_orders(db)) == {"A3"}
    reasons = {e.row: (e.column, e.message) for e in r.errors}
    assert reasons[3] == ("customer_code", "order A1 is for another customer (row 2)")    # the cause, kept
    assert reasons[2][0] == "order_code" and "(row 3)" in reasons[2][1]                 # and the consequence
    assert reasons[5] == ("currency", "order A2 is in USD (row 4)")
