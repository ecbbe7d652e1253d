"""Screenshots of the main views, in English and Arabic (right-to-left), for review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py --db demo.db --out /tmp/shots
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    ap.add_argument("--lang", nargs="+", default=["en", "ar"])
    ap.add_argument("--query", default=None, help="customer to open (default: a busy customer)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from crm_app.db.engine import Database
    from crm_app.services.backend import Backend
    from crm_app.ui.app import make_app
    from crm_app.ui.i18n import install_language
    from crm_app.ui.main_window import MainWindow

    app = make_app()
    QCoreApplication.setOrganizationName("RetainShots")
    db = Database.open(args.db)
    backend = Backend(db)

    def wait(pred, timeout=10.0):
        end = time.perf_counter() + timeout
        while not pred() and time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.005)
        app.processEvents()

    def type_text(widget, text):
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))

    for lang in args.lang:
        install_language(app, lang)
        w = MainWindow(backend, args.db)
        w.resize(1400, 860)
        w.show()
        view = w.customers
        wait(lambda: view.model.rowCount() > 0)
        w.grab().save(str(args.out / f"{lang}-list.png"))
        query = args.query or ("علی" if lang in ("ar", "fa") else "ali")
        type_text(w.search, query)
        wait(lambda: query in view.status.text())
        w.grab().save(str(args.out / f"{lang}-search.png"))
        loaded = []
        view.profile.loaded.connect(loaded.append)
        view.open_first()
        wait(lambda: bool(loaded))
        wait(lambda: view.profile.orders.rowCount() > 0, 3)
        view.profile.orders_view.selectRow(0)
        wait(lambda: view.profile.lines.rowCount() > 0, 3)
        time.sleep(0.2)
        app.processEvents()
        for i in range(view.profile.tabs.count()):
            view.profile.tabs.setCurrentIndex(i)
            app.processEvents()
            w.grab().save(str(args.out / f"{lang}-profile-tab{i}.png"))
        view.profile.tabs.setCurrentIndex(0)
        shoot_pages(w, app, wait, args.out, lang)
        from crm_app.ui.customer_form import CustomerDialog

        data, version = backend.customer_form(view.profile.customer_id)
        dlg = CustomerDialog(backend, data, customer_id=view.profile.customer_id, version=version)
        dlg.phone1.setText("12-34")
        dlg.email1.setText("bad@")
        dlg.show()
        dlg.save()
        app.processEvents()
        dlg.grab().save(str(args.out / f"{lang}-edit-invalid.png"))
        dlg.close()
        from crm_app.ui.order_form import OrderDialog

        od = OrderDialog(backend, view.profile.customer_id, "USD")
        od.table.cellWidget(0, 0).setText("Espresso beans 1kg")
        od.table.cellWidget(0, 2).setText("12.50")
        od.add_line("Mug", 2, "7.99")
        od.show()
        app.processEvents()
        od.grab().save(str(args.out / f"{lang}-order.png"))
        od.close()
        w.close()
        for widget in (dlg, od, w):
            widget.deleteLater()
        app.processEvents()
        print(f"{lang}: screenshots in {args.out}")
    db.dispose()


def shoot_pages(w, app, wait, out: Path, lang: str) -> None:
    """Every page of the navigation, and each tab of the composite pages."""
    from PySide6.QtWidgets import QTabWidget

    for key in w.pages:
        if key == "customers":
            continue
        w.show_page(key)
        page = w.page(key)
        app.processEvents()
        tabs = page if isinstance(page, QTabWidget) else None
        for i in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(i)
            time.sleep(0.3)
            if hasattr(page, "charts"):   # the metrics page: its figures, then its charts
                drawn = []
                page.charts.drawn.connect(lambda: drawn.append(1))
                wait(lambda: bool(drawn) or (page.result is not None and not page.charts._waiting), 60)
            wait(lambda: False, 1.5)     # let background loads land
            w.grab().save(str(out / f"{lang}-{key}{i if tabs else ''}.png"))
    w.show_page("customers")


if __name__ == "__main__":
    main()
