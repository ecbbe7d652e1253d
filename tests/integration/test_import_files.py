"""Real-world files through the CLI, as a new user would import them: `crm-app import KIND FILE --json`.

Each file is made the way the tool that writes it does: a till's Excel export with a title and a total
line, a semicolon CSV in Windows-1256 with Arabic headers and decimal commas, Excel's "Unicode text"
(UTF-16 with BOM, tabs), an Excel CSV in Windows-1251 with its "sep=;" line, UTF-16 LE without BOM,
Arabic-Indic and Persian digits, Solar Hijri dates.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from crm_app.cli import main
from crm_app.db.models import Customer, Order
from crm_app.domain.customer import CustomerInput
from crm_app.services import customers as customer_service


def _csv(rows, delimiter=",", lineterminator="\r\n") -> str:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator).writerows(rows)
    return buf.getvalue()


def _till_xlsx(path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Daily sales report"])
    ws.append(["Store: Downtown", None, None, "Printed 2024-02-01 18:00"])
    ws.append([])
    ws.append(["Receipt No", "Date/Time", "Customer #", "Customer", "Item", "Qty", "Unit Price", "Line Total",
               "Payment"])
    ws.append(["R-1001", datetime(2024, 1, 15, 9, 12), "C1", "Layla Haddad", "Latte", 2, 3.5, 7.0, "Card"])
    ws.append(["R-1001", datetime(2024, 1, 15, 9, 12), "C1", "Layla Haddad", "Muffin", 1, 2.25, 2.25, "Card"])
    ws.append(["R-1002", datetime(2024, 1, 15, 11, 40), 90001, "Walk-in Guest", "Tea", 3, 1.8, 5.4, "Cash"])
    ws.append([])
    ws.append(["TOTAL", None, None, None, None, 6, None, "=SUM(H5:H7)", None])
    wb.save(path)


FILES = {
    "till.xlsx": (_till_xlsx, "purchases",
                  {"imported": 3, "orders": 2, "ignored": 1, "created_customers": 1},
                  {"R-1001": ("C1", datetime(2024, 1, 15, 9, 12), 925, "USD"),
                   "R-1002": ("90001", datetime(2024, 1, 15, 11, 40), 540, "USD")}),
    "arabic.csv": (lambda p: p.write_bytes(_csv([
        ["رقم الفاتورة", "كود العميل", "اسم العميل", "التاريخ", "المبلغ", "العملة"],
        ["F-1", "C1", "ليلى حداد", "05/01/2024", "1.234,50", "SAR"],
        ["F-2", "N-777", "سارة القحطاني", "17/01/2024", "99,90", "SAR"]], ";").encode("cp1256")), "purchases",
        {"imported": 2, "orders": 2, "created_customers": 1, "encoding": "cp1256", "delimiter": ";"},
        {"F-1": ("C1", datetime(2024, 1, 5), 123450, "SAR"), "F-2": ("N-777", datetime(2024, 1, 17), 9990, "SAR")}),
    "russian.csv": (lambda p: p.write_bytes(("sep=;\r\n" + _csv([
        ["№ чека", "Код клиента", "Дата", "Сумма", "Товар"],
        ["Ч-1", "C1", "03.04.2024", "1 250,00", "Кофе"],          # 3 April, although the region is US
        ["Ч-2", "C1", "16.01.2024", "350,5", "Чай"]], ";")).encode("cp1251")), "purchases",
        {"imported": 2, "encoding": "cp1251", "delimiter": ";"},
        {"Ч-1": ("C1", datetime(2024, 4, 3), 125000, "USD"), "Ч-2": ("C1", datetime(2024, 1, 16), 35050, "USD")}),
    "digits.csv": (lambda p: p.write_text(_csv([
        ["order", "customer code", "date", "amount"],
        ["P-1", "C1", "٢٠٢٤-٠١-١٥", "١٬٢٣٤٫٥٠"],
        ["P-2", "C1", "۱۴۰۲/۱۰/۲۵", "۱۲۳٫۴"],                        # Solar Hijri: 15 January 2024
        ["P-3", "C1", "15 Jan 2024", "$1,234.50"]]), encoding="utf-8"), "purchases",
        {"imported": 3}, {"P-1": ("C1", datetime(2024, 1, 15), 123450, "USD"),
                          "P-2": ("C1", datetime(2024, 1, 15), 12340, "USD"),
                          "P-3": ("C1", datetime(2024, 1, 15), 123450, "USD")}),
    "nobom.csv": (lambda p: p.write_bytes("customer_code,date,amount\r\nC1,2024-01-15,10.00\r\n".encode("utf-16-le")),
                  "purchases", {"imported": 1, "encoding": "utf-16-le"}, {}),
}


@pytest.fixture
def shop(db_path):
    from crm_app.commands import open_db

    db = open_db(str(db_path))
    with db.write() as s:
        customer_service.create_customer(s, CustomerInput(full_name="Layla Haddad", code="C1"))
    yield db
    db.dispose()


def _run(db_path, *args, capsys):
    code = main(["--db", str(db_path), "import", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", sorted(FILES))
def test_real_world_files(shop, db_path, tmp_path, capsys, name):
    make, kind, figures, orders = FILES[name]
    path = tmp_path / name
    make(path)
    code, dry = _run(db_path, kind, str(path), "--dry-run", capsys=capsys)
    assert code == 0 and dry["rejected"] == 0 and dry["errors"] == [], dry
    code, out = _run(db_path, kind, str(path), capsys=capsys)
    assert code == 0 and out["committed"], out
    assert {k: out[k] for k in figures} == figures
    assert {k: dry[k] for k in ("imported", "orders", "created_customers")} == \
        {k: out[k] for k in ("imported", "orders", "created_customers")}
    with shop.read() as s:
        got = {o.code: (s.get(Customer, o.customer_id).code, o.ordered_at, o.total_minor, o.currency)
               for o in s.scalars(select(Order))}
    for code_, want in orders.items():
        assert got[code_] == want
    code, again = _run(db_path, kind, str(path), capsys=capsys)             # a second time: nothing new
    assert code == 0 and again["imported"] == 0 and again["skipped"] == out["imported"]


def test_excel_unicode_text_customers(shop, db_path, tmp_path, capsys):
    """Excel's "Unicode text": UTF-16 with BOM, tabs, CRLF; a cell with a line break; phones in any digits."""
    text = _csv([["Customer ID", "Name", "Mobile", "E-mail", "Country", "Date of birth", "Tags"],
                 ["K-1", "Фатима Аль-Хаддад", "+7 (916) 555-12-34", "FATIMA@Mail.RU ", "RU", "03.04.1988",
                  "vip; wholesale"],
                 ["K-2", "Ahmed Khan", "0300 1234567", "ahmed.khan@example.pk", "PK", "1990-12-01", ""],
                 ["K-3", "علی رضایی", "۰۹۱۲ ۳۴۵ ۶۷۸۹", "", "IR", "۱۳۶۹/۰۵/۲۰", "newsletter"],
                 ["K-4", "Line\nBreak", "", "", "US", "", ""]], "\t")
    path = tmp_path / "customers.txt"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    code, out = _run(db_path, "customers", str(path), capsys=capsys)
    assert code == 0 and out["imported"] == 4 and out["encoding"] == "utf-16" and out["delimiter"] == "\t"
    with shop.read() as s:
        by_code = {c.code: c for c in s.scalars(select(Customer))}
        fatima, ahmed, ali = by_code["K-1"], by_code["K-2"], by_code["K-3"]
        assert fatima.birthday == date(1988, 4, 3) and [p.e164 for p in fatima.phones] == ["+79165551234"]
        assert [e.email for e in fatima.emails] == ["FATIMA@mail.ru"]
        assert sorted(t.name for t in fatima.tags) == ["vip", "wholesale"]
        assert [p.e164 for p in ahmed.phones] == ["+923001234567"]
        assert ali.birthday == date(1990, 8, 11) and [p.e164 for p in ali.phones] == ["+989123456789"]
        assert by_code["K-4"].full_name == "Line Break"


def test_rejected_rows_round_trip_through_the_cli(shop, db_path, tmp_path, capsys):
    """Exit 1 and nothing written; the rejected CSV, fixed by hand, imports; --no-create-customers refuses codes."""
    path = tmp_path / "p.csv"
    path.write_text(_csv([["order_code", "customer_code", "date", "amount"],
                          ["A1", "C1", "2024-01-15", "10"], ["A2", "C1", "2024-02-30", "5"],
                          ["A3", "NEW", "2024-01-16", "1,5"]]), encoding="utf-8")
    rejected = tmp_path / "rejected.csv"
    code, out = _run(db_path, "purchases", str(path), "--no-create-customers", "--rejected-csv", str(rejected),
                     capsys=capsys)
    assert code == 1 and not out["committed"] and out["rejected"] == 2
    assert [(e["row"], e["column"]) for e in out["errors"]] == [(3, "date"), (4, "customer_code")]
    with shop.read() as s:
        assert s.scalars(select(Order)).all() == []
    with open(rejected, encoding="utf-8-sig", newline="") as f:
        saved = list(csv.reader(f))
    assert saved[0] == ["order_code", "customer_code", "date", "amount", "import_row", "import_errors"]
    saved[1][2] = "2024-02-29"
    rejected.write_text(_csv(saved), encoding="utf-8-sig")
    code, out = _run(db_path, "purchases", str(path), "--skip-invalid", capsys=capsys)   # the valid ones
    assert code == 1 and out["committed"] and out["imported"] == 2 and out["created_customers"] == 1
    code, out = _run(db_path, "purchases", str(rejected), capsys=capsys)                 # the fixed ones
    assert code == 0 and out["imported"] == 1 and out["skipped"] == 1
