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


def debian_package(soname: str) -> str:
    """The Debian package that ships a library: libxcb-icccm.so.4 → libxcb-icccm4,
    libxkbcommon-x11.so.0 → libxkbcommon-x11-0, libEGL.so.1 → libegl1."""
    base, _, version = soname.partition(".so.")
    version = version.split(".")[0]
    return (base + ("-" if base[-1:].isdigit() else "") + version).lower()


def missing_window_libraries() -> list[str]:
    """Debian package names of system libraries Qt's X11 plugin needs and this Linux lacks (Qt would
    abort with a cryptic message). Empty elsewhere, and when another platform plugin is chosen."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb" \
            or os.environ.get("WAYLAND_DISPLAY"):
        return []
    import subprocess
    from ctypes.util import find_library
    from pathlib import Path

    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    missing = set()
    try:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        out = ""
    for line in out.splitlines():
        if "not found" in line:
            missing.add(debian_package(line.split("=>")[0].strip()))
    if find_library("xcb-cursor") is None:                  # loaded at run time, so ldd does not list it
        missing.add("libxcb-cursor0")
    return sorted(missing)


def make_app(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName("Retain")
    QCoreApplication.setApplicationName("RetainCRM")
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    from crm_app.ui import gc_guard

    gc_guard.install(app)       # cycles collected on the GUI thread only, never in a worker
    return app


def run_app(args) -> int:
    from crm_app.commands import explain, open_db
    from crm_app.services.backend import Backend
    from crm_app.ui.i18n import install_language, pick_language
    from crm_app.ui.main_window import MainWindow
    from crm_app.ui.single_instance import InstanceServer, send

    _mpl_config_dir()
    missing = missing_window_libraries()
    if missing:
        print("crm-app: Qt cannot open a window without these system libraries: " + " ".join(missing) +
              f" (Debian/Ubuntu: sudo apt-get install {' '.join(missing)})", file=sys.stderr)
        return 1
    app = make_app()
    install_language(app, pick_language(QSettings().value("ui/language", "") or None))
    url = config.resolve_database_url(args.db)
    if send(url, {"action": "raise"}, timeout_ms=300):
        print("Retain CRM is already running for this database; brought it to the front.")
        return 0
    try:
        db = open_db(args.db, backup=False)
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
    from crm_app.io.backup import start_auto_backup

    backup = start_auto_backup(db)      # at most once a day, while the window is already usable
    daily = window.start_daily_evaluation()
    code = app.exec()
    if daily is not None:
        daily.cancel()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30000)
    backup.join()
    db.dispose()
    return code
