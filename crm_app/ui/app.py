"""QApplication wiring: language and direction, database, single instance, the main window."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_app import config


def _mpl_config_dir() -> None:
    # A persistent matplotlib cache: otherwise a frozen app rebuilds the font cache at every start.
    os.environ.setdefault("MPLCONFIGDIR", str(config.data_dir() / "matplotlib"))


def make_app(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName("Retain")
    QCoreApplication.setApplicationName("RetainCRM")
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    return app


def run_app(args) -> int:
    from crm_app.commands import explain, open_db
    from crm_app.services.backend import Backend
    from crm_app.ui.i18n import install_language, pick_language
    from crm_app.ui.main_window import MainWindow
    from crm_app.ui.single_instance import InstanceServer, send

    _mpl_config_dir()
    app = make_app()
    install_language(app, pick_language(QSettings().value("ui/language", "") or None))
    url = config.resolve_database_url(args.db)
    if send(url, {"action": "raise"}, timeout_ms=300):
        print("Retain CRM is already running for this database; brought it to the front.")
        return 0
    try:
        db = open_db(args.db)
    except Exception as exc:  # noqa: BLE001 - shown to the user, not a traceback
        message = explain(exc)
        if message is None:
            raise
        QMessageBox.critical(None, QCoreApplication.translate("App", "Retain CRM"),
                             QCoreApplication.translate("App", "Cannot open the database:\n%1").replace("%1", message))
        return 1
    backend = Backend(db)
    label = str(db.path) if db.path else db.url.render_as_string(hide_password=True)
    window = MainWindow(backend, label)
    server = InstanceServer(url, window)
    server.message.connect(window.screen_pop)
    server.listen()
    window.show()
    if getattr(args, "customer", None):
        cid = backend.id_for_code(args.customer)
        if cid:
            window.customers.open_customer(cid)
    else:
        window.open_last_customer()
    code = app.exec()
    db.dispose()
    return code
