from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(scope="package")
def _gc_on_the_gui_thread(qapp):
    """As in the app (gc_guard): cycles — closed widgets among them — are collected on the GUI thread only,
    never in a worker (a worker's collection once deleted a widget of an earlier test and crashed)."""
    from crm_app.ui import gc_guard

    gc_guard.install(qapp)
    yield
    gc_guard.uninstall()


@pytest.fixture(autouse=True)
def _qsettings_in_tmp(tmp_path, qapp, _gc_on_the_gui_thread):
    """Window state and last customer go to a throwaway settings file."""
    QCoreApplication.setOrganizationName("RetainTest")
    QCoreApplication.setApplicationName("RetainCRMTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    # as the app does on quit: no background task of this test runs on into the next one (whose database
    # is another) or into the interpreter's exit
    from crm_app.ui.tasks import cancel_all

    cancel_all()


@pytest.fixture
def backend(demo_db):
    from crm_app.services.backend import Backend

    return Backend(demo_db)


@pytest.fixture
def window(qtbot, backend):
    from crm_app.ui.main_window import MainWindow

    w = MainWindow(backend, "test.db")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.customers.model.rowCount() > 0, timeout=10000)
    return w
