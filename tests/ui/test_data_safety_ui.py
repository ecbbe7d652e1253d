"""Data requests and safety from the window: a customer's data export, erasing a customer, exporting the
whole database, and the merge offered for an import's likely duplicate."""
from __future__ import annotations

import sqlite3
import zipfile

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from crm_app.db.models import Customer


def _open(qtbot, window, cid):
    profile = window.customers.profile
    with qtbot.waitSignal(profile.loaded, timeout=10000):
        window.open_customer(cid)
    return profile


def _customer(demo_db):
    with demo_db.read() as s:
        return s.execute(select(Customer.id, Customer.code, Customer.full_name)
                         .where(Customer.last_order_date.is_not(None)).order_by(Customer.id)).first()


def test_export_one_customers_data(qtbot, window, demo_db, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    cid, code, name = _customer(demo_db)
    profile = _open(qtbot, window, cid)
    out = tmp_path / f"{code}.zip"
    with qtbot.waitSignal(profile.privacy_done, timeout=10000):
        profile.export_data(str(out))
    names = zipfile.ZipFile(out).namelist()
    assert "data.json" in names and any(n.startswith("orders") for n in names)
    assert name in zipfile.ZipFile(out).read("data.json").decode("utf-8")
    assert shown and str(out) in shown[0]


def test_erase_needs_a_reason_and_keeps_the_business_totals(qtbot, window, demo_db, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    cid, code, name = _customer(demo_db)
    con = sqlite3.connect(demo_db.path)
    totals = con.execute("SELECT count(*), sum(total_minor) FROM orders").fetchone()
    profile = _open(qtbot, window, cid)
    profile.erase("   ")
    assert warned and con.execute("SELECT full_name FROM customers WHERE id = ?", (cid,)).fetchone() == (name,)
    with qtbot.waitSignal(profile.loaded, timeout=10000):
        profile.erase("customer asked by phone on 1 Dec")
    row = con.execute("SELECT full_name, status FROM customers WHERE id = ?", (cid,)).fetchone()
    assert row[0] != name and row[1] == "erased"
    assert con.execute("SELECT count(*) FROM customer_phones WHERE customer_id = ?", (cid,)).fetchone() == (0,)
    assert con.execute("SELECT count(*), sum(total_minor) FROM orders").fetchone() == totals
    assert con.execute("SELECT count(*) FROM audit_log WHERE entity_id = ? AND action LIKE '%erase%'",
                       (cid,)).fetchone()[0] >= 1
    con.close()
    assert profile.header.name.text() != name


def test_export_all_data_from_the_file_menu(qtbot, window, tmp_path):
    out = tmp_path / "everything.zip"
    task = window.export_everything(str(out))
    qtbot.waitUntil(lambda: task.finished, timeout=60000)
    names = zipfile.ZipFile(out).namelist()
    assert "customers.csv" in names and "orders.csv" in names and "manifest.json" in names
    assert "saved to" in window.statusBar().currentMessage()


def test_an_import_duplicate_opens_the_merge_dialog_on_the_pair(qtbot, window, demo_db):
    with demo_db.read() as s:
        (a, _), (b, code_b) = s.execute(select(Customer.id, Customer.code).order_by(Customer.id).limit(2)).all()
    dlg = window.offer_merge(b, a)
    qtbot.addWidget(dlg)
    assert dlg.current.id == a and dlg.search.text() == code_b
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0, timeout=10000)
    assert dlg.model.row_at(0).id == b
