"""The import wizard: every step, the error report, saving rejected rows, cancel; screenshots in LTR and RTL.

Screenshots go to $CRM_SHOTS_DIR (e.g. /tmp/shots/import) when it is set, else to the test's tmp folder.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from crm_app.domain.customer import CustomerInput
from crm_app.services import customers as customer_service
from crm_app.ui.import_wizard import ImportWizard
from tests.integration.import_helpers import counts, fingerprint, write_csv

ROWS = [
    ["A1001", "C1", "15/01/2024", "Espresso beans 1kg", "1", "24,50", "Layla Haddad"],
    ["A1001", "C1", "15/01/2024", "Croissant box", "2", "9,00", "Layla Haddad"],
    ["A1002", "C2", "16/01/2024", "Green tea", "1", "7,25", "Иван Петров"],
    ["A1003", "C3", "31/02/2024", "Gift card", "1", "50,00", "علی رضایی"],          # no such date
    ["A1004", "C4", "18/01/2024", "Tasting box", "1", "-12,00", "Ольга Смирнова"],  # a refund
    ["A1005", "C5", "19/01/2024", "Moka pot", "", "31,90", "محمد العلي"],
    ["A1006", "", "20/01/2024", "Baklava tray", "1", "15,00", ""],                    # no customer
]
HEADER = ["Order No", "Client ID", "Order Date", "Item", "Qty", "Total", "Customer name"]


def _shots(tmp_path) -> Path:
    folder = Path(os.environ.get("CRM_SHOTS_DIR") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _wizard(qtbot, db, path, kind="purchases"):
    w = ImportWizard(db)
    qtbot.addWidget(w)
    w.resize(980, 640)
    w.show()
    w.source_page.path.setText(str(path))
    w.source_page.set_kind(kind)
    return w


def _next(qtbot, w):
    button = w.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=20000)
    w.next()


def _run_to_check(qtbot, w):
    _next(qtbot, w)                                   # → mapping
    qtbot.waitUntil(lambda: w.preview is not None, timeout=20000)
    _next(qtbot, w)                                   # → check
    qtbot.waitUntil(lambda: w.check is not None, timeout=20000)


def test_every_step_with_errors_then_skip_invalid(qtbot, db, tmp_path):
    with db.write() as s:
        customer_service.create_customer(s, CustomerInput(full_name="Layla Haddad", code="C1"))
    path = write_csv(tmp_path / "sales.csv", HEADER, ROWS, delimiter=";")
    w = _wizard(qtbot, db, path)
    before = fingerprint(db)
    _next(qtbot, w)
    qtbot.waitUntil(lambda: w.preview is not None, timeout=20000)
    page = w.mapping_page
    assert w.preview.delimiter == ";" and w.preview.missing == []
    assert page.columns.rowCount() == len(HEADER)
    assert page.columns.cellWidget(1, 1).currentData() == "customer_code"
    assert page.rows.rowCount() == len(ROWS)
    problems = [page.rows.item(r, 1).toolTip() for r in range(page.rows.rowCount())]
    assert problems[0] == "" and "not a valid date" in problems[3] and "refund" in problems[4]
    # leaving out the customer column makes the page incomplete until it is mapped again
    page.set_field(1, "-")
    qtbot.waitUntil(lambda: w.preview is not None and w.preview.missing == ["customer_code"], timeout=20000)
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    page.set_field(1, "customer_code")
    qtbot.waitUntil(lambda: w.preview is not None and not w.preview.missing, timeout=20000)
    _next(qtbot, w)
    qtbot.waitUntil(lambda: w.check is not None, timeout=20000)
    check = w.check_page
    assert (w.check.rejected, w.check.imported) == (3, 4)
    assert check.model.rowCount() == 3
    assert [check.model.row_at(i).row for i in range(3)] == [5, 6, 8]
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()     # all or nothing: fix them first
    saved = w.save_rejected(tmp_path / "rejected.csv")
    with open(saved, encoding="utf-8-sig") as f:
        assert [r["import_row"] for r in csv.DictReader(f, delimiter=",")] == ["5", "6", "8"]
    assert fingerprint(db) == before
    check.skip.setChecked(True)
    _next(qtbot, w)                                   # → import, then the summary by itself
    qtbot.waitUntil(lambda: w.currentPage() is w.summary_page, timeout=30000)
    assert w.result.committed and w.result.imported == 4 and w.result.rejected == 3
    assert counts(db)["orders"] == 3
    assert "Imported: 4." in w.summary_page.summary.text()
    assert w.result.backup and "pre-import" in w.summary_page.backup.text()
    left_out = w.summary_page.left_out_model                               # what was left out, and why
    assert [left_out.row_at(i).row for i in range(left_out.rowCount())] == [5, 6, 8]
    assert w.summary_page.left_out.isVisibleTo(w)


def test_cancel_leaves_the_database_unchanged(qtbot, db, tmp_path):
    path = write_csv(tmp_path / "big.csv", ["order_code", "customer_code", "date", "amount"],
                     [[f"B{i}", f"C{i % 997}", "2024-01-15", "1.00"] for i in range(120_000)])
    w = _wizard(qtbot, db, path)
    _run_to_check(qtbot, w)
    assert w.check.imported == 120_000
    before = fingerprint(db)
    _next(qtbot, w)
    w.run_page.cancel.click()
    qtbot.waitUntil(lambda: w.run_page.handle.finished, timeout=60000)
    assert w.currentPage() is w.run_page and not w.run_page.finished_ok
    assert fingerprint(db) == before
    assert "unchanged" in w.run_page.status.text() or w.result is not None


def test_customers_and_merge_candidates(qtbot, db, tmp_path):
    with db.write() as s:
        old = customer_service.create_customer(s, CustomerInput(full_name="Omar Khalil", code="OLD")).id
    path = write_csv(tmp_path / "c.csv", ["Name", "Mobile", "Country"],
                     [["Omar Khalil", "+966 50 123 4567", "SA"], ["Noor", "+7 916 123 45 67", "RU"]])
    w = _wizard(qtbot, db, path, "customers")
    merges = []
    w.mergeRequested.connect(lambda a, b: merges.append((a, b)))
    _run_to_check(qtbot, w)
    _next(qtbot, w)
    qtbot.waitUntil(lambda: w.currentPage() is w.summary_page, timeout=30000)
    page = w.summary_page
    assert page.model.rowCount() == 1 and not page.merge.isEnabled()
    new_id = page.model.row_at(0).new_id
    page._merge(page.model.index(0, 0))                                  # a double-click
    assert merges == [(new_id, old)]
    rect = page.merges.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.merges.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.merge.isEnabled()
    page.merge.click()                                                   # or choose it and press Merge
    assert merges == [(new_id, old), (new_id, old)]


def test_unreadable_file_says_why(qtbot, db, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("just one column\nvalue\n")
    w = _wizard(qtbot, db, path)
    _next(qtbot, w)
    qtbot.waitUntil(lambda: w.preview is not None, timeout=20000)
    assert "customer_code" in w.mapping_page.missing.text()
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()


def _big_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("order_code,customer_code,date,product,quantity,amount\n")
        for i in range(rows):
            f.write(f"B{i},C{i % 997},2024-{i % 12 + 1:02d}-{i % 28 + 1:02d},Green tea,1,{i % 90 + 1}.50\n")
    return path


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screenshots(qtbot, db, tmp_path, lang):
    """Every step: file, columns and preview, error report, a clean dry run, progress, summary, merge candidates;
    right-to-left with Arabic. Saved to $CRM_SHOTS_DIR to look at."""
    from crm_app.ui.i18n import install_language

    app = QApplication.instance()
    folder = _shots(tmp_path)
    install_language(app, lang)
    shots = []

    def shot(w, name):
        qtbot.wait(60)
        path = folder / f"{lang}-{name}.png"
        w.grab().save(str(path))
        shots.append(path)

    try:
        with db.write() as s:
            customer_service.create_customer(s, CustomerInput(full_name="Layla Haddad", code="C1"))
            customer_service.create_customer(s, CustomerInput(full_name="Omar Khalil", code="OLD"))
        # a file with problems: columns, preview, the error report, then the valid rows only
        path = write_csv(tmp_path / "sales.csv", HEADER, ROWS, delimiter=";")
        w = _wizard(qtbot, db, path)
        assert (w.layoutDirection() == Qt.LayoutDirection.RightToLeft) == (lang == "ar")
        shot(w, "1-file")
        _next(qtbot, w)
        qtbot.waitUntil(lambda: w.preview is not None, timeout=20000)
        shot(w, "2-columns-preview")
        _next(qtbot, w)
        qtbot.waitUntil(lambda: w.check is not None, timeout=20000)
        assert w.check.rejected == 3
        shot(w, "3-error-report")
        w.check_page.skip.setChecked(True)
        _next(qtbot, w)
        qtbot.waitUntil(lambda: w.currentPage() is w.summary_page, timeout=30000)
        shot(w, "6-summary")
        w.close()
        # a big clean file: the dry run's result, then the import's progress bar midway
        big = _big_csv(tmp_path / "big.csv", 200_000)
        w = _wizard(qtbot, db, big)
        _next(qtbot, w)
        qtbot.waitUntil(lambda: w.preview is not None, timeout=20000)
        _next(qtbot, w)
        qtbot.waitUntil(lambda: 100 < w.check_page.progress.value() < 900 or w.check is not None, timeout=60000)
        shot(w, "4a-checking")
        qtbot.waitUntil(lambda: w.check is not None, timeout=120000)
        assert w.check.rejected == 0 and w.check.imported == 200_000
        shot(w, "4b-dry-run-ok")
        _next(qtbot, w)
        qtbot.waitUntil(lambda: w.run_page.progress.value() > 100 or w.result is not None, timeout=60000)
        assert w.result is None, "the import ended before its progress could be seen"
        shot(w, "5-progress")
        qtbot.waitUntil(lambda: w.currentPage() is w.summary_page, timeout=120000)
        w.close()
        # customers that look like existing ones: the merge offer
        people = write_csv(tmp_path / "people.csv", ["Name", "Mobile", "Country"],
                           [["Omar Khalil", "+966 50 123 4567", "SA"], ["Noor Haddad", "+7 916 123 45 67", "RU"]])
        w = _wizard(qtbot, db, people, "customers")
        _run_to_check(qtbot, w)
        _next(qtbot, w)
        qtbot.waitUntil(lambda: w.currentPage() is w.summary_page, timeout=30000)
        assert w.summary_page.model.rowCount() == 1, [w.result.merge_candidates, w.result.errors]
        sp = w.summary_page
        rect = sp.merges.visualRect(sp.model.index(0, 1))
        qtbot.mouseClick(sp.merges.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert sp.merge.isEnabled(), (rect, sp.merges.isEnabled(), sp.merges.selectionMode())
        shot(w, "7-merge-candidates")
        assert all(p.stat().st_size > 1000 for p in shots) and len(shots) == 8
    finally:
        install_language(app, "en")


def test_every_reason_the_importer_gives_can_be_translated(db, tmp_path):
    """The importer writes English reasons; the wizard shows each through a translatable template."""
    from crm_app.io.importer import ImportOptions, run_import
    from crm_app.ui.i18n import install_language
    from crm_app.ui.import_labels import known_reason, reason

    with db.write() as s:
        customer_service.create_customer(s, CustomerInput(full_name="Layla Haddad", code="C1"))
        customer_service.create_customer(s, CustomerInput(full_name="Omar", code="C2"))
    files = {
        "purchases": (["order_code", "customer_code", "date", "amount", "quantity", "currency", "product"], [
            ["A1", "C1", "31/02/2024", "1", "1", "", ""], ["A2", "C1", "03/04/2024", "1", "", "", ""],
            ["A3", "", "", "", "0", "us", "x" * 201], ["A4", "has space", "2999-01-01", "-3", "1.5", "", ""],
            ["A5", "C1", "2024-01-15", "1,2,3", "", "", ""], ["A6", "C1", "1850-01-01", "1e9", "", "", ""],
            ["A7", "C1", "2024-01-15", "abc", "", "", ""], ["A8", "C1", "x", "1", "", "", ""],
            ["A9", "C1", "2024-01-15", "1", "", "USD", ""], ["A9", "C2", "2024-01-15", "1", "", "USD", ""],
            ["A10", "C1", "2024-01-15", "1", "", "USD", ""], ["A10", "C1", "2024-01-15", "1", "", "EUR", ""],
            ["A11", "NOBODY", "2024-01-15", "1", "", "", ""], ["A12", "C1", "2024-01-15", "1", "2000000", "", ""],
            ["A13", "C1", "۱۴۰۳/۰۷/۳۱", "1", "", "", ""]]),
        "customers": (["code", "full_name", "phone", "email", "country", "birthday", "tags", "created_at"], [
            ["K1", "", "12", "x@", "Saudi", "2999-01-01", "t" * 70, "2999-01-01"],
            ["K 2", "Noor", "abc", "", "", "31/02/1990", "", ""]]),
        "tickets": (["subject", "customer_code", "channel", "priority", "status", "created_at", "resolved_at",
                     "order_code"], [["", "C404", "fax", "sometimes", "lost", "2024-01-10", "2024-01-01", "Z1"]]),
        "feedback": (["customer_code", "nps", "csat", "score", "kind", "date"], [
            ["C1", "11", "9", "", "", "2024-01-10"], ["C1", "", "", "3", "", ""], ["C1", "", "", "3", "stars", ""],
            ["C1", "", "", "", "", ""]]),
    }
    messages = set()
    for kind, (header, rows) in files.items():
        path = write_csv(tmp_path / f"{kind}.csv", header, rows)
        r = run_import(db, path, ImportOptions(kind, dry_run=True, create_customers=False))
        messages |= {e.message for e in r.errors}
    r = run_import(db, files_path := write_csv(tmp_path / "x.csv", ["customer_code", "date", "amount"],
                                               [["C1", "2024-01-15", "1"]]), ImportOptions("purchases",
                                                                                          skip_invalid=True))
    assert files_path and r.committed
    assert len(messages) >= 30
    assert [m for m in messages if not known_reason(m)] == []
    app = QApplication.instance()
    install_language(app, "ar")
    try:
        assert reason("'31/02/2024' is not a valid date") == "«31/02/2024» ليس تاريخًا صالحًا"
        untranslated = [m for m in messages if reason(m) == m]
        assert untranslated == []
    finally:
        install_language(app, "en")
    assert reason("'31/02/2024' is not a valid date") == "'31/02/2024' is not a valid date"
    assert reason("something new") == "something new"
