"""Edit and save, reject bad input, record a purchase, merge, screen pop."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QMessageBox

from crm_app.domain.customer import CustomerInput
from tests.ui.helpers import type_text


def _one(demo_db, sql, args=()):
    con = sqlite3.connect(demo_db.path)
    row = con.execute(sql, args).fetchone()
    con.close()
    return row


def _dialog(qtbot, backend, cid):
    from crm_app.ui.customer_form import CustomerDialog

    data, version = backend.customer_form(cid)
    dlg = CustomerDialog(backend, data, customer_id=cid, version=version)
    qtbot.addWidget(dlg)
    return dlg


def test_edit_and_save_updates_the_database(qtbot, backend, demo_db):
    (cid,) = _one(demo_db, "SELECT id FROM customers WHERE language = 'ru' LIMIT 1")
    dlg = _dialog(qtbot, backend, cid)
    dlg.full_name.setText("Ирина Павловна Смирнова")
    dlg.phone2.setText("8 (916) 555-12-34")
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        dlg.save()
    name, version = _one(demo_db, "SELECT full_name, version FROM customers WHERE id = ?", (cid,))
    assert (name, version) == ("Ирина Павловна Смирнова", 2)
    assert _one(demo_db, "SELECT count(*) FROM customer_phones WHERE customer_id = ? AND e164 = '+79165551234'",
                (cid,)) == (1,)
    # the new middle name is searchable at once
    assert any(r.id == cid for r in backend.search("павловна"))


def test_bad_phone_and_email_are_marked_and_nothing_is_saved(qtbot, backend, demo_db):
    (cid,) = _one(demo_db, "SELECT id FROM customers LIMIT 1")
    before = _one(demo_db, "SELECT full_name, version FROM customers WHERE id = ?", (cid,))
    dlg = _dialog(qtbot, backend, cid)
    dlg.full_name.setText("Changed Name")
    dlg.phone1.setText("12-34")
    dlg.email1.setText("not-an-email@")
    dlg.save()
    assert dlg.result() == 0 and dlg.isVisible() is False or dlg.result() == 0
    assert dlg.phone1.property("invalid") is True and dlg.email1.property("invalid") is True
    assert dlg.full_name.property("invalid") is False
    assert dlg.marks.labels["phones.0"].text()
    assert "Nothing was saved" in dlg.message.text()
    assert _one(demo_db, "SELECT full_name, version FROM customers WHERE id = ?", (cid,)) == before


def test_saving_over_someone_elses_change_is_a_conflict(qtbot, backend, demo_db, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    (cid,) = _one(demo_db, "SELECT id FROM customers LIMIT 1")
    dlg = _dialog(qtbot, backend, cid)
    data, version = backend.customer_form(cid)
    backend.update_customer(cid, replace(data, full_name="Someone Else Saved"), version)
    dlg.full_name.setText("My Edit")
    dlg.save()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "changed by someone else" in warnings[0]
    assert _one(demo_db, "SELECT full_name FROM customers WHERE id = ?", (cid,)) == ("Someone Else Saved",)


def test_new_customer_form_validates_required_name(qtbot, backend):
    from crm_app.ui.customer_form import CustomerDialog

    dlg = CustomerDialog(backend, CustomerInput(full_name="", phones=("+966501112233",)))
    qtbot.addWidget(dlg)
    dlg.save()
    assert dlg.full_name.property("invalid") is True
    dlg.full_name.setText("Layla Haddad")
    dlg.birthday.setDate(dlg.birthday.date().fromString("1990-05-04", "yyyy-MM-dd"))
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        dlg.save()
    assert dlg.saved_id
    assert backend.search("+966 50 111 2233")[0].id == dlg.saved_id
    data, _v = backend.customer_form(dlg.saved_id)
    assert data.birthday == date(1990, 5, 4)


def test_record_purchase_from_the_form(qtbot, backend, demo_db):
    from crm_app.ui.order_form import OrderDialog

    (cid,) = _one(demo_db, "SELECT id FROM customers LIMIT 1")
    (n_before,) = _one(demo_db, "SELECT count(*) FROM orders WHERE customer_id = ?", (cid,))
    dlg = OrderDialog(backend, cid, "USD")
    qtbot.addWidget(dlg)
    dlg.table.cellWidget(0, 0).setText("Espresso beans 1kg")
    dlg.table.cellWidget(0, 1).setValue(2)
    dlg.table.cellWidget(0, 2).setText("١٢٫٥٠")           # Arabic-Indic digits and decimal separator
    dlg.add_line("Mug", 1, "x")
    dlg.save()                                            # bad price: marked, nothing saved
    assert "unit_price" in dlg.table.cellWidget(1, 2).toolTip() or dlg.table.cellWidget(1, 2).toolTip()
    assert _one(demo_db, "SELECT count(*) FROM orders WHERE customer_id = ?", (cid,)) == (n_before,)
    dlg.table.cellWidget(1, 2).setText("7.99")
    assert "32.99" in dlg.total.text()
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        dlg.save()
    assert _one(demo_db, "SELECT total_minor FROM orders WHERE id = ?", (dlg.order_id,)) == (3299,)


def test_order_total_counts_a_prefilled_line_and_grouped_prices(qtbot, backend, demo_db):
    from crm_app.ui.order_form import OrderDialog

    (cid,) = _one(demo_db, "SELECT id FROM customers LIMIT 1")
    dlg = OrderDialog(backend, cid, "USD")
    qtbot.addWidget(dlg)
    dlg.table.cellWidget(0, 0).setText("Espresso machine")
    dlg.table.cellWidget(0, 2).setText("1,234.50")        # thousands separator, not a decimal comma
    dlg.add_line("Mug", 2, "7.99")                          # a line that arrives with its price
    assert "1250.48" in dlg.total.text().replace(",", "")


def test_merge_two_customers_from_the_dialog(qtbot, backend, demo_db):
    from crm_app.ui.merge_dialog import MergeDialog

    a, b = [r[0] for r in sqlite3.connect(demo_db.path).execute(
        "SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) >= 2 LIMIT 2")]
    (orders_b,) = _one(demo_db, "SELECT count(*) FROM orders WHERE customer_id = ?", (b,))
    (orders_a,) = _one(demo_db, "SELECT count(*) FROM orders WHERE customer_id = ?", (a,))
    (code_b,) = _one(demo_db, "SELECT code FROM customers WHERE id = ?", (b,))
    header = backend.profile_header(a)
    dlg = MergeDialog(backend, header)
    qtbot.addWidget(dlg)
    type_text(dlg.search, code_b)
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0, timeout=5000)
    dlg.table.selectRow(0)
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        dlg._merge()
    assert dlg.survivor_id == a
    assert _one(demo_db, "SELECT count(*) FROM orders WHERE customer_id = ?", (a,)) == (orders_a + orders_b,)
    assert _one(demo_db, "SELECT status, merged_into_id FROM customers WHERE id = ?", (b,)) == ("merged", a)
    kinds = [e.kind for e in backend.profile_tabs(a)["timeline"]]
    assert "merge" in kinds


def test_screen_pop_opens_the_caller_or_a_prefilled_form(qtbot, window, demo_db, monkeypatch):
    from crm_app.ui.single_instance import InstanceServer

    url = "sqlite:///" + str(demo_db.path)
    server = InstanceServer(url, window)
    server.message.connect(window.screen_pop)
    assert server.listen()
    cid, e164 = _one(demo_db, "SELECT customer_id, e164 FROM customer_phones WHERE e164 LIKE '+98%' LIMIT 1")
    spaced = "00" + e164[1:3] + " " + e164[3:6] + " " + e164[6:]
    proc = subprocess.Popen([sys.executable, "-m", "crm_app", "--db", str(demo_db.path), "lookup", "--show", spaced],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: window.customers.profile.customer_id == cid, timeout=15000)
    out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    # an unknown number opens the new-customer form with the number filled in
    opened = []
    monkeypatch.setattr(window, "new_customer", lambda phone="": opened.append(phone))
    window.screen_pop({"action": "show", "query": "+1 212 555 0199"})
    qtbot.waitUntil(lambda: opened == ["+1 212 555 0199"], timeout=5000)
    server.server.close()
