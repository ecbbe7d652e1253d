"""The main window's pages beyond Customers: each is built the first time it is shown.

A page that is never opened costs nothing at start (no widgets, no queries). The composite pages
(Support, Settings) group views that belong together under one navigation entry.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_app.services.backend import Backend


class LazyPage(QWidget):
    """A placeholder that builds its real widget on first show."""

    built = Signal(QWidget)

    def __init__(self, factory: Callable[[], QWidget], parent=None):
        super().__init__(parent)
        self._factory = factory
        self.widget: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.widget is None:
            self.widget = self._factory()
            self._layout.addWidget(self.widget)
            self.built.emit(self.widget)
        return self.widget

    def showEvent(self, event) -> None:
        self.ensure()
        super().showEvent(event)


class SupportPage(QTabWidget):
    """The ticket queue and the pain points, side by side as tabs."""

    open_customer = Signal(int)

    def __init__(self, backend: Backend, parent=None):
        super().__init__(parent)
        from crm_app.services.support_backend import SupportBackend
        from crm_app.ui.tickets_view import TicketsView

        self.setObjectName("supportPage")
        self.setDocumentMode(True)
        support = SupportBackend(backend.db)
        self.queue = TicketsView(backend.db, backend=support)
        self.pain = LazyPage(lambda: self._pain_points(backend, support))
        self.addTab(self.queue, self.tr("Ticket queue"))
        self.addTab(self.pain, self.tr("Pain points"))
        self.queue.open_customer.connect(self.open_customer)

    def _pain_points(self, backend: Backend, support) -> QWidget:
        from crm_app.ui.painpoints_view import PainPointsView

        view = PainPointsView(backend.db, backend=support)
        view.open_customer.connect(self.open_customer)
        view.open_ticket.connect(self.open_ticket)
        return view

    def open_ticket(self, ticket_id: int) -> None:
        self.queue.open_ticket(ticket_id)


class SettingsPage(QTabWidget):
    """Business settings and the loyalty program's rules."""

    saved = Signal()

    def __init__(self, backend: Backend, parent=None):
        super().__init__(parent)
        from crm_app.ui.settings_view import SettingsView

        self.setObjectName("settingsPage")
        self.setDocumentMode(True)
        self.general = SettingsView(backend)
        self.general.saved.connect(self.saved)
        self.loyalty = LazyPage(lambda: self._loyalty(backend))
        self.addTab(self.general, self.tr("Business"))
        self.addTab(self.loyalty, self.tr("Loyalty program"))

    def _loyalty(self, backend: Backend) -> QWidget:
        from crm_app.ui.loyalty_settings import LoyaltySettingsPage

        page = LoyaltySettingsPage(backend.db)
        page.saved.connect(lambda _version: self.saved.emit())
        return page


def campaigns_page(backend: Backend, open_customer: Callable[[int], None]) -> QWidget:
    from crm_app.ui.campaigns_view import CampaignsView

    view = CampaignsView(backend.db)
    view.open_customer.connect(open_customer)
    return view
