"""Data-access export, erasure (the business's figures unchanged), exports of everything and of lists."""
import csv
import io
import json
import sqlite3
import zipfile

import pytest
from sqlalchemy import func, select, text

from crm_app.cli import main
from crm_app.db import search_index
from crm_app.db.models import AuditLog, Customer, CustomerMerge, Note
from crm_app.domain.errors import NotFound
from crm_app.io.export import export_all, export_rows
from crm_app.services import customers as customer_service
from crm_app.services import privacy

TOTALS = {
    "revenue": "SELECT sum(total_minor), count(*), count(DISTINCT customer_id) FROM orders",
    "by_month": "SELECT substr(order_date, 1, 7) m, sum(total_minor), count(*) FROM orders GROUP BY m ORDER BY m",
    "lines": "SELECT count(*), sum(amount_minor) FROM order_lines",
    "refunds": "SELECT count(*), sum(amount_minor) FROM refunds",
    "tickets": "SELECT status, count(*) FROM tickets GROUP BY status ORDER BY status",
    "scores": "SELECT kind, count(*), sum(score) FROM feedback GROUP BY kind ORDER BY kind",
    "points": "SELECT count(*), coalesce(sum(points), 0) FROM points_ledger",
    "customers": "SELECT count(*) FROM customers",
}


def _totals(db):
    with db.read() as s:
        return {k: s.execute(text(q)).all() for k, q in TOTALS.items()}


def _busiest(db):
    with db.read() as s:
        return s.execute(text("SELECT c.id FROM customers c JOIN orders o ON o.customer_id = c.id "
                              "JOIN tickets t ON t.customer_id = c.id JOIN feedback f ON f.customer_id = c.id "
                              "GROUP BY c.id ORDER BY count(*) DESC LIMIT 2")).scalars().all()


def test_erase_keeps_the_business_figures(demo_db):
    cid, dup = _busiest(demo_db)
    with demo_db.write() as s:
        c = s.get(Customer, cid)
        code, name = c.code, c.full_name
        customer_service.add_note(s, cid, "Prefers calls after 5pm, wife's name is Sara")
        s.add(CustomerMerge(survivor_id=cid, merged_id=dup, merged_code="X", merged_name="Old Name"))
        d = s.get(Customer, dup)
        d.status, d.merged_into_id = "merged", cid
    before = _totals(demo_db)
    with demo_db.write() as s:
        result = privacy.erase_customer(s, cid, reason="customer request")
    assert set(result.customer_ids) == {cid, dup} and result.notes == 1
    assert _totals(demo_db) == before
    with demo_db.read() as s:
        for i in (cid, dup):
            c = s.get(Customer, i)
            assert c.full_name == "Erased customer" and c.status == "erased" and c.birthday is None
            assert c.phones == [] and c.emails == [] and c.tags == [] and not c.consent_email
        assert s.get(Customer, cid).code == code
        assert s.scalar(select(func.count()).select_from(Note).where(Note.customer_id == cid)) == 0
        assert s.scalar(select(CustomerMerge.merged_name).where(CustomerMerge.survivor_id == cid)) == "Erased customer"
        assert all(r.id != cid for r in search_index.search(s, name))
        assert search_index.search(s, code) == []
        for row in s.execute(text("SELECT description FROM tickets WHERE customer_id = :c AND description IS NOT NULL"),
                             {"c": cid}):
            assert row[0] == "[erased]"
        subjects = s.execute(text("SELECT DISTINCT subject FROM tickets WHERE customer_id = :c"), {"c": cid}).all()
        assert subjects == [("[erased]",)]
        assert s.scalar(text("SELECT count(*) FROM feedback WHERE customer_id = :c AND comment IS NOT NULL"),
                        {"c": cid}) == 0
        details = s.scalars(select(AuditLog.details).where(AuditLog.entity == "customer",
                                                           AuditLog.entity_id == cid)).all()
        assert all(name not in (d or "") for d in details)
        entry = s.scalar(select(AuditLog).where(AuditLog.action == "customer.erase"))
        assert entry.entity_id == cid and "customer request" in entry.details
    with demo_db.write() as s, pytest.raises(NotFound):
        privacy.erase_customer(s, cid)


def test_data_access_export(demo_db, tmp_path):
    (cid, _dup) = _busiest(demo_db)
    with demo_db.read() as s:
        c = s.get(Customer, cid)
        code, name, n_orders = c.code, c.full_name, len(s.execute(
            text("SELECT id FROM orders WHERE customer_id = :c"), {"c": cid}).all())
    with demo_db.write() as s:
        path = privacy.export_customer_data(s, cid, tmp_path / "access.zip")
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        doc = json.loads(zf.read("data.json"))
        orders_csv = list(csv.DictReader(io.StringIO(zf.read("orders.csv").decode("utf-8-sig"))))
    assert {"data.json", "customer.csv", "orders.csv", "order_lines.csv", "tickets.csv", "feedback.csv",
            "phones.csv", "emails.csv", "notes.csv", "audit_log.csv"} <= names
    assert doc["customer_code"] == code and doc["data"]["customer"][0]["full_name"] == name
    assert len(doc["data"]["orders"]) == n_orders == len(orders_csv) and n_orders > 0
    assert doc["data"]["tickets"] and doc["data"]["feedback"]
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)
                        .where(AuditLog.action == "customer.data_export", AuditLog.entity_id == cid)) == 1


def test_export_everything_as_csv_files(demo_db, tmp_path):
    with demo_db.read() as s:
        n_orders = s.scalar(text("SELECT count(*) FROM orders"))
        revenue = s.scalar(text("SELECT sum(total_minor) FROM orders"))
    seen = []
    counts = export_all(demo_db, tmp_path / "all.zip", progress=lambda f, m: seen.append(f))
    assert counts["orders"] == n_orders and seen[-1] == 1.0
    with zipfile.ZipFile(tmp_path / "all.zip") as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read("orders.csv").decode("utf-8-sig"))))
        manifest = json.loads(zf.read("manifest.json"))
        assert {f"{t}.csv" for t in counts} <= set(zf.namelist())
    assert len(rows) == n_orders and sum(int(r["total_minor"]) for r in rows) == revenue
    assert manifest["tables"]["orders"] == n_orders and manifest["schema_revision"]
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "export.all")) == 1


def test_export_any_list(tmp_path):
    from openpyxl import load_workbook

    cols = ["name", "amount", "since"]
    rows = [("=HYPERLINK(\"x\")", 12, None), ("ليلى", 3, "2024-01-01"), ("Ёлка\x07", True, None)]
    assert export_rows(tmp_path / "l.csv", cols, iter(rows)) == 3
    with open(tmp_path / "l.csv", encoding="utf-8-sig", newline="") as f:
        # formula-like text is defused with an apostrophe (Excel hides it, our importer drops it)
        assert list(csv.reader(f))[1:3] == [['\'=HYPERLINK("x")', "12", ""], ["ليلى", "3", "2024-01-01"]]
    export_rows(tmp_path / "l.xlsx", cols, iter(rows), title="Customers")
    ws = load_workbook(tmp_path / "l.xlsx")["Customers"]
    assert ws["A2"].value == '=HYPERLINK("x")' and ws["A2"].data_type == "s"     # text, never a formula
    assert ws["A4"].value == "Ёлка" and ws["B3"].value == 3


def test_cli_export_and_erase(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "demo", "--customers", "30", "--quiet"]) == 0
    from openpyxl import load_workbook

    assert main(["--db", str(db_path), "export", "all", str(tmp_path / "a.zip")]) == 0
    assert main(["--db", str(db_path), "export", "all", str(tmp_path / "a.xlsx")]) == 0
    wb = load_workbook(tmp_path / "a.xlsx", read_only=True)
    n_orders = sqlite3.connect(db_path).execute("SELECT count(*) FROM orders").fetchone()[0]
    assert {"customers", "orders", "tickets", "audit_log"} <= set(wb.sheetnames)
    assert sum(1 for _ in wb["orders"].iter_rows()) == n_orders + 1
    wb.close()
    assert main(["--db", str(db_path), "export", "table", "orders", str(tmp_path / "o.csv")]) == 0
    assert main(["--db", str(db_path), "export", "table", "nope", str(tmp_path / "o.csv")]) == 1
    assert main(["--db", str(db_path), "export", "customer", "C0000001", str(tmp_path / "c.zip")]) == 0
    assert zipfile.is_zipfile(tmp_path / "c.zip")
    capsys.readouterr()
    assert main(["--db", str(db_path), "erase", "C0000001"]) == 1
    assert "would erase" in capsys.readouterr().out
    assert main(["--db", str(db_path), "erase", "C0000001", "--yes"]) == 0
    assert main(["--db", str(db_path), "erase", "C0000001", "--yes"]) == 1
    assert main(["--db", str(db_path), "erase", "NOBODY", "--yes"]) == 1
