"""The main window: a thin shell with navigation, the always-reachable search box and a status bar."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMainWindow, QMessageBox,
                               QStackedWidget, QToolBar, QWidget)

from crm_app import __version__
from crm_app.domain.customer import CustomerInput
from crm_app.services.backend import Backend
from crm_app.ui.customers_view import CustomersView
from crm_app.ui.i18n import fmt_int
from crm_app.ui.pages import LazyPage, SettingsPage, SupportPage, campaigns_page
from crm_app.ui.tasks import run_task


class _SearchKeys(QObject):
    """Enter opens the best match; Down moves into the results."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.window.customers.open_first_when_ready()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.window.customers.focus_results()
                return True
        return False


class MainWindow(QMainWindow):
    def __init__(self, backend: Backend, db_label: str, parent=None):
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle(self.tr("Retain CRM"))
        self.resize(1280, 800)
        self.search = QLineEdit()
        self.search.setObjectName("globalSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search customers: name, phone, email, code or tag  (Ctrl+K)"))
        self.search.setMinimumWidth(420)
        self.search.installEventFilter(_SearchKeys(self))
        bar = QToolBar(self.tr("Search"))
        bar.setObjectName("searchBar")
        bar.setMovable(False)
        bar.addWidget(self.search)
        self.addToolBar(bar)

        self.customers = CustomersView(backend)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.pages: dict[str, int] = {}
        self.lazy: dict[str, LazyPage] = {}
        self.add_page("customers", self.tr("Customers"), self.customers)
        self.add_page("support", self.tr("Support"), LazyPage(self._support_page))
        self.add_page("loyalty", self.tr("Loyalty"), LazyPage(lambda: campaigns_page(backend, self.open_customer)))
        self.add_page("metrics", self.tr("Metrics"), LazyPage(self._metrics_page))
        self.add_page("settings", self.tr("Settings"), LazyPage(self._settings_page))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.search.textChanged.connect(self._query_changed)
        for seq in ("Ctrl+K", "Ctrl+F"):
            QShortcut(QKeySequence(seq), self, activated=self.focus_search)
        self._build_menus()
        self.db_label = QLabel(db_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.customers.customer_opened.connect(self._remember_customer)
        self.customers.results_shown.connect(
            lambda q, n, ms: self.statusBar().showMessage(self.tr("%Ln results in %1 ms", "", n)
                                                          .replace("%1", fmt_int(round(ms))), 4000))
        self.restore_state()

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        self.pages[key] = self.stack.addWidget(widget)
        if isinstance(widget, LazyPage):
            self.lazy[key] = widget
        self.nav.addItem(title)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.pages[key])

    def page(self, key: str) -> QWidget:
        """The page's widget, built now if it was never shown."""
        return self.lazy[key].ensure() if key in self.lazy else self.stack.widget(self.pages[key])

    def _support_page(self) -> QWidget:
        page = SupportPage(self.backend)
        page.open_customer.connect(self.open_customer)
        return page

    def _metrics_page(self) -> QWidget:
        from crm_app.ui.metrics_view import MetricsView

        page = MetricsView(self.backend.db)
        page.open_customer.connect(self.open_customer)
        return page

    def _settings_page(self) -> QWidget:
        page = SettingsPage(self.backend)
        page.saved.connect(lambda: self.statusBar().showMessage(self.tr("Settings saved"), 3000))
        return page

    def open_customer(self, customer_id: int) -> None:
        """Show a customer's profile (from a ticket, a campaign list, the metrics tables, ...)."""
        self.show_page("customers")
        self.customers.open_customer(customer_id)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New customer…"), self, shortcut=QKeySequence.StandardKey.New,
                      triggered=lambda: self.new_customer())
        file_menu.addAction(new)
        try:
            from crm_app.ui.import_wizard import ImportWizard  # noqa: F401 - present once imports exist
        except ImportError:
            pass
        else:
            file_menu.addAction(QAction(self.tr("&Import…"), self, triggered=self.open_import))
        file_menu.addAction(QAction(self.tr("Export a &report…"), self, triggered=self.open_report))
        file_menu.addAction(QAction(self.tr("Export &all data…"), self, triggered=lambda: self.export_everything()))
        file_menu.addSeparator()
        file_menu.addAction(QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit,
                                    triggered=self.close))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(QAction(self.tr("&About Retain CRM"), self, triggered=self._about))

    # --- search -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.show_page("customers")
        self.search.setFocus()
        self.search.selectAll()

    def _query_changed(self, text: str) -> None:
        self.show_page("customers")
        self.customers.set_query(text)

    # --- actions ------------------------------------------------------------------------------
    def new_customer(self, phone: str = "") -> None:
        from crm_app.ui.customer_form import CustomerDialog

        dlg = CustomerDialog(self.backend, CustomerInput(full_name="", phones=(phone,) if phone else ()),
                             parent=self)
        if dlg.exec() and dlg.saved_id:
            self.customers.open_customer(dlg.saved_id)

    def open_import(self) -> None:
        from crm_app.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.backend.db, parent=self)
        wizard.mergeRequested.connect(lambda new_id, existing_id: self.offer_merge(new_id, existing_id, wizard))
        self.import_wizard = wizard
        wizard.exec()
        self.customers.show_all()

    def offer_merge(self, new_id: int, existing_id: int, parent=None):
        """A likely duplicate from an import: the merge dialog for the existing customer, the new one found."""
        from crm_app.ui.merge_dialog import MergeDialog

        existing = self.backend.profile_header(existing_id)
        new = self.backend.profile_header(new_id)
        dlg = MergeDialog(self.backend, existing, parent=parent or self)
        dlg.search.setText(new.code)
        self.merge_dialog = dlg
        dlg.open()
        return dlg

    def export_everything(self, path: str | None = None):
        """Every table of the database as zipped CSV files or one Excel workbook, with progress and Cancel."""
        from PySide6.QtWidgets import QFileDialog, QProgressDialog

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export all data"), "retain-export.zip",
                                                  self.tr("Zipped CSV files (*.zip);;Excel workbook (*.xlsx)"))
            if not path:
                return None
        dlg = QProgressDialog(self.tr("Exporting all data…"), self.tr("Cancel"), 0, 1000, self)
        dlg.setWindowTitle(self.tr("Export all data"))
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)

        def done(counts: dict):
            dlg.close()
            total = sum(counts.values())
            self.statusBar().showMessage(self.tr("%1 rows of %2 tables saved to %3").replace("%1", fmt_int(total))
                                         .replace("%2", fmt_int(len(counts))).replace("%3", path), 8000)

        def failed(exc, _tb):
            dlg.close()
            QMessageBox.warning(self, self.tr("Export all data"), self.tr("The export failed: %1").replace("%1", str(exc)))

        def cancelled():
            dlg.close()
            self.statusBar().showMessage(self.tr("Export cancelled; no file was written."), 5000)

        task = run_task(lambda state: self.backend.export_all(path, state.progress, lambda: state.cancelled),
                        on_done=done, on_error=failed, on_cancelled=cancelled,
                        on_progress=lambda f, _t: dlg.setValue(int(f * 1000)), owner=self)
        dlg.canceled.connect(task.cancel)
        self.export_dialog = dlg
        dlg.show()
        return task

    def start_daily_evaluation(self):
        """The loyalty program's once-a-day evaluation (expiry, birthdays, tiers), in the background."""
        from crm_app.services import daily

        db = self.backend.db

        def work(state):
            return daily.evaluate_loyalty(db, progress=None, cancel=lambda: state.cancelled)

        def done(result):
            if result is not None:
                self.statusBar().showMessage(
                    self.tr("Loyalty: today's evaluation is done (%1 changes: expiries, birthdays, tiers, badges, "
                            "coupons)").replace("%1", fmt_int(result.changes())), 8000)

        def failed(exc, _tb):
            import logging

            logging.getLogger(__name__).warning("daily loyalty evaluation failed: %s", exc)

        return run_task(work, on_done=done, on_error=failed, owner=self)

    def open_report(self):
        from crm_app.ui.report_dialog import ReportDialog

        code = self.customers.profile.header_data.code if self.customers.profile.header_data else None
        dlg = ReportDialog(self.backend.db, "retention", customer_code=code, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dlg
        dlg.show()
        return dlg

    def screen_pop(self, message: dict) -> None:
        """A call came in (crm-app lookup --show NUMBER): bring the window up with that customer."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        if message.get("action") != "show":
            return
        query = str(message.get("query", "")).strip()
        self.search.blockSignals(True)
        self.search.setText(query)
        self.search.blockSignals(False)
        self.show_page("customers")

        def found(rows):
            if rows:
                self.customers.model.set_results(rows)
                self.customers.open_customer(rows[0].id)
            else:
                self.new_customer(phone=query)
        run_task(lambda state: self.backend.search(query, 20), on_done=found, owner=self)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Retain CRM"),
                          self.tr("Retain CRM %1\nCustomer retention for small businesses.").replace("%1", __version__))

    # --- state --------------------------------------------------------------------------------
    def _remember_customer(self, customer_id: int) -> None:
        QSettings().setValue("main/last_customer", customer_id)

    def restore_state(self) -> None:
        s = QSettings()
        geometry = s.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = s.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.customers.splitter.restoreState(splitter)

    def open_last_customer(self) -> None:
        last = QSettings().value("main/last_customer")
        if last:
            try:
                self.customers.open_customer(int(last))
            except (TypeError, ValueError):
                pass

    def closeEvent(self, event) -> None:
        s = QSettings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/state", self.saveState())
        s.setValue("main/splitter", self.customers.splitter.saveState())
        super().closeEvent(event)


def app_instance() -> QApplication:
    return QApplication.instance()
