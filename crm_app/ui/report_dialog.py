"""Export a report as PDF from the GUI: choose the report, language and paper, build it off the GUI
thread with a progress bar and Cancel, then look at it in a print preview (and print it from there)."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QVBoxLayout)

from crm_app.ui.i18n import LANGUAGES
from crm_app.ui.tasks import run_task

LETTER_COUNTRIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                    QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia}


class ReportDialog(QDialog):
    written = Signal(str, int)          # path, pages

    def __init__(self, db, kind: str = "retention", *, params=None, result: dict | None = None,
                 customer_code: str | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        if params is None:              # the same default period as the metrics tab: the last whole month
            from datetime import date

            from crm_app.services.metrics import MetricsParams
            from crm_app.services.metrics_backend import last_complete_month_end

            params = MetricsParams(as_of=last_complete_month_end(date.today()))
        self.params = params
        self.metrics_result = result
        self.task = None
        self.report = None              # the last ReportResult
        self.setWindowTitle(self.tr("Export a PDF report"))
        self.setMinimumWidth(520)

        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for key, label in (("retention", self.tr("Retention report")), ("customer", self.tr("Customer profile")),
                           ("support", self.tr("Support report"))):
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.code = QLineEdit(customer_code or "")
        self.code.setObjectName("reportCustomer")
        self.code.setPlaceholderText(self.tr("customer code, e.g. C0000042"))
        self.lang = QComboBox()
        self.lang.setObjectName("reportLanguage")
        for code, name in LANGUAGES.items():
            self.lang.addItem(name, code)
        ui_lang = QLocale().name().split("_")[0]
        self.lang.setCurrentIndex(max(self.lang.findData(ui_lang), 0))
        self.page = QComboBox()
        self.page.setObjectName("reportPageSize")
        self.page.addItem(self.tr("A4"), "a4")
        self.page.addItem(self.tr("Letter"), "letter")
        self.page.setCurrentIndex(1 if QLocale().territory() in LETTER_COUNTRIES else 0)
        self.path = QLineEdit()
        self.path.setObjectName("reportPath")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Report"), self.kind)
        form.addRow(self.tr("C&ustomer"), self.code)
        form.addRow(self.tr("&Language"), self.lang)
        form.addRow(self.tr("&Paper"), self.page)
        form.addRow(self.tr("&Save as"), where)
        form.labelForField(where).setBuddy(self.path)      # a row of a layout: its label has no buddy of its own

        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 1000)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("&Create PDF"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button = self.buttons.addButton(self.tr("Pre&view and print…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.create_button.clicked.connect(self.create)
        self.preview_button.clicked.connect(self.preview)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.lang.currentIndexChanged.connect(self._suggest_path)
        self._kind_changed()
        self._busy(False)

    # --- form ---------------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        self.code.setEnabled(self.kind.currentData() == "customer")
        self._suggest_path()

    def _suggest_path(self) -> None:
        folder = QSettings().value("reports/folder", "") or str(Path.home())
        name = {"retention": "retention-report", "customer": f"customer-{self.code.text().strip() or 'profile'}",
                "support": "support-report"}[self.kind.currentData()]
        self.path.setText(os.path.join(folder, f"{name}-{self.lang.currentData()}.pdf"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), self.path.text(),
                                              self.tr("PDF document (*.pdf)"))
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.create_button.setEnabled(not busy)
        self.preview_button.setEnabled(not busy and self.report is not None)
        for w in (self.kind, self.code, self.lang, self.page, self.path):
            w.setEnabled(not busy and (w is not self.code or self.kind.currentData() == "customer"))

    # --- building -----------------------------------------------------------------------------------
    def create(self) -> None:
        from crm_app.reports.common import ReportOptions

        kind, path = self.kind.currentData(), self.path.text().strip()
        code = self.code.text().strip()
        if kind == "customer" and not code:
            self.status.setText(self.tr("Enter the customer's code."))
            return
        if not path or not Path(path).parent.is_dir():
            self.status.setText(self.tr("Choose a file in an existing folder."))
            return
        options = ReportOptions(lang=self.lang.currentData(), page_size=self.page.currentData())
        db, params = self.db, self.params
        result = self.metrics_result if kind in ("retention", "customer") else None

        def work(state):
            from crm_app.reports.build import build

            return build(kind, db, path, params=params, options=options, code=code or None, result=result,
                         progress=state.progress, cancel=lambda: state.cancelled)

        def done(report):
            self.task = None
            self.report = report
            self._busy(False)
            QSettings().setValue("reports/folder", str(Path(path).parent))
            self.status.setText(self.tr("Saved %1 (%Ln page(s)).", "", report.pages).replace("%1", str(report.path)))
            self.written.emit(str(report.path), report.pages)

        def failed(exc, _tb):
            self.task = None
            self._busy(False)
            self.status.setText(self.tr("The report could not be made: %1").replace("%1", str(exc)))

        def cancelled():
            self.task = None
            self._busy(False)
            self.status.setText(self.tr("Cancelled; no file was written."))

        def progress(fraction, _text):
            self.progress.setValue(int(fraction * 1000))

        self.report = None
        self._busy(True)
        self.status.setText(self.tr("Building the report…"))
        self.task = run_task(work, on_done=done, on_error=failed, on_cancelled=cancelled, on_progress=progress,
                             owner=self)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        self.cancel()
        super().reject()

    # --- preview ------------------------------------------------------------------------------------
    def printer(self):
        """A printer set up for the report's paper, for the preview and for printing."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.report.path).stem)
        return printer

    def paint(self, printer) -> int:
        """Paint the laid-out report on `printer` (the preview's paintRequested)."""
        from crm_app.reports.pdf import paint_document

        return paint_document(printer, self.report.document)

    def preview(self):
        if self.report is None or self.report.document is None:
            return None
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        self._printer = self.printer()      # the dialog does not own it: keep it alive as long as the dialog
        dlg = QPrintPreviewDialog(self._printer, self)
        dlg.setWindowTitle(self.tr("Preview: %1").replace("%1", Path(self.report.path).name))
        dlg.paintRequested.connect(self.paint)
        dlg.resize(900, 1000)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dlg
        dlg.open()
        return dlg
