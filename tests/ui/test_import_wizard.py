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
    assert w.summary_page.model.rowCount() == 1
    qtbot.wait(50)
    w.grab().save(str(_shots(tmp_path) / "en-6-summary-duplicates.png"))
    w.summary_page._merge(w.summary_page.model.index(0, 0))
    assert merges and merges[0][1] == old


def test_unreadable_file_says_why(qtbot, db, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("just one column\nvalue\n")
    w = _wizard(qtbot, db, path)
    _next(qtbot, w)
    qtbot.waitUntil(lambda: w.preview is not None, timeout=20000)
    assert "customer_code" in w.mapping_page.missing.text()
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screenshots(qtbot, db, tmp_path, lang):
    """Every step, the error report included; right-to-left with Arabic."""
    from crm_app.ui.i18n import install_language

    app = QApplication.instance()
    folder = _shots(tmp_path)
    install_language(app, lang)
    try:
        with db.write() as s:
            customer_service.create_customer(s, CustomerInput(full_name="Layla Haddad", code="C1"))
        path = write_csv(tmp_path / "sales.csv", HEADER, ROWS, delimiter=";")
        w = _wizard(qtbot, db, path)
        assert (w.layoutDirection() == Qt.LayoutDirection.RightToLeft) == (lang == "ar")

        def shot(name):
            qtbot.wait(50)
            w.grab().save(str(folder / f"{lang}-{name}.png"))

        shot("1-file")
        _next(qtbot, w)
        qtbot.waitUntil(lambda: w.preview is not None, timeout=20000)
        shot("2-columns")
        _next(qtbot, w)
        qtbot.waitUntil(lambda: w.check is not None, timeout=20000)
        shot("3-errors")
        w.check_page.skip.setChecked(True)
        _next(qtbot, w)
        qtbot.waitUntil(lambda: w.run_page.handle is not None)
        shot("4-import")
        qtbot.waitUntil(lambda: w.currentPage() is w.summary_page, timeout=30000)
        shot("5-summary")
        assert all((folder / f"{lang}-{n}.png").stat().st_size > 1000 for n in
                   ("1-file", "2-columns", "3-errors", "4-import", "5-summary"))
    finally:
        install_language(app, "en")
