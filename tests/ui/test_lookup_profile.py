"""The agent's path: type into the search box, see results, open the profile."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from tests.ui.helpers import press, type_text


def search_for(qtbot, window, text: str) -> list:
    """Type `text` into the global search box and wait for its results to be shown."""
    shown = []
    window.customers.results_shown.connect(lambda q, n, ms: shown.append(q))
    window.search.setFocus()
    type_text(window.search, text)
    qtbot.waitUntil(lambda: window.search.text().strip() in shown, timeout=5000)
    return window.customers.model.rows


def _customer(demo_db, where: str, args=()):
    con = sqlite3.connect(demo_db.path)
    row = con.execute(f"SELECT c.id, c.full_name, c.code, p.e164 FROM customers c JOIN customer_phones p "
                      f"ON p.customer_id = c.id AND p.position = 0 WHERE {where} LIMIT 1", args).fetchone()
    con.close()
    return row


def test_type_latin_name_and_open_profile_with_enter(qtbot, window, demo_db):
    cid, name, code, _ = _customer(demo_db, "c.language = 'en' AND c.last_order_date IS NOT NULL")
    surname = name.split()[-1]
    view = window.customers
    rows = search_for(qtbot, window, surname.lower()[:5])
    assert any(r.id == cid for r in rows)
    assert all(surname.lower()[:5] in r.name.lower() for r in view.model.rows)
    with qtbot.waitSignal(view.profile.loaded, timeout=5000):
        press(window.search, Qt.Key.Key_Return)
    shown = view.profile.header_data
    assert shown.id == view.model.rows[0].id
    assert view.profile.header.name.text() == shown.name
    assert view.profile.orders.rowCount() > 0 or shown.orders_count == 0


def test_arabic_and_persian_typing_finds_customers(qtbot, window, demo_db):
    cid, name, _code, _ = _customer(demo_db, "c.language = 'fa'")
    first = name.split()[0]
    # typed with Arabic letters (ي, ك) although the name was saved with Persian ones: folding matches
    typed = first.replace("ی", "ي").replace("ک", "ك")
    rows = search_for(qtbot, window, typed)
    assert rows, "no results for a Persian first name typed with Arabic letters"
    assert any(r.id == cid for r in rows) or len(rows) == 50
    assert all(first.replace("ی", "").replace("ک", "")[:2] in r.name.replace("ی", "").replace("ک", "").replace(
        "ي", "").replace("ك", "") for r in window.customers.model.rows[:5])


def test_phone_in_arabic_indic_digits_finds_the_caller(qtbot, window, demo_db):
    cid, _name, _code, e164 = _customer(demo_db, "c.country = 'SA'")
    national = "0" + e164[4:]                                   # 05XXXXXXXX
    arabic = national.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    rows = search_for(qtbot, window, arabic)
    assert rows[0].id == cid


def test_last_seven_digits_find_the_caller(qtbot, window, demo_db):
    cid, _name, _code, e164 = _customer(demo_db, "c.country = 'RU'")
    rows = search_for(qtbot, window, e164[-7:])
    assert any(r.id == cid for r in rows)


def test_hostile_search_text_just_searches(qtbot, window):
    for text in ['"', "*", "NEAR(", "a) OR (b", "%", "\\", "'; DROP TABLE customers; --"]:
        window.search.clear()
        search_for(qtbot, window, text)
        assert "failed" not in window.customers.status.text().lower()
    assert window.backend.customer_count() == 600


def test_clearing_the_search_shows_the_lazy_list(qtbot, window):
    model = window.customers.model
    assert search_for(qtbot, window, "zzzzqqq") == []
    window.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=5000)
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=5000)
    assert len(set(r.id for r in model.rows)) == 400  # pages do not overlap


def test_ctrl_k_and_ctrl_f_focus_search(qtbot, window):
    from PySide6.QtGui import QShortcut

    shortcuts = {sc.key().toString(): sc for sc in window.findChildren(QShortcut)}
    assert {"Ctrl+K", "Ctrl+F"} <= set(shortcuts)
    for seq in ("Ctrl+K", "Ctrl+F"):
        window.customers.table.setFocus()
        window.search.setText("abc")
        shortcuts[seq].activated.emit()
        qtbot.waitUntil(lambda: window.search.hasFocus(), timeout=2000)
        assert window.search.selectedText() == "abc"
