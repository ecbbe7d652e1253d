"""Import wizard: file and kind → column mapping with a preview → validation report → import → summary.

    wizard = ImportWizard(db, parent)
    wizard.mergeRequested.connect(...)   # (new customer id, existing customer id) from the summary
    wizard.exec()

The work (preview, dry run, import) runs in QThreadPool through ui/tasks.run_task and calls the
Qt-free crm_app.io.importer; workers return plain results and never touch a widget.
"""
from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QSplitter, QTableView,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage)

from crm_app.db.engine import Database
from crm_app.io.fields import FIELDS, IGNORE, KINDS, REQUIRED_ANY
from crm_app.io.importer import ImportOptions, ImportResult, Preview, preview, run_import
from crm_app.domain.money import Money
from crm_app.ui.i18n import fmt_date, fmt_datetime, fmt_int, fmt_money
from crm_app.ui.import_labels import describe, field_label, reason
from crm_app.ui.table_models import TRAILING, Column, RowsModel
from crm_app.ui.tasks import run_task

ERROR_BRUSH = QBrush(QColor("#b3261e"))
ERROR_BACK = QBrush(QColor("#fdecea"))
IGNORED_BRUSH = QBrush(QColor("#6b6b6b"))
PREVIEW_ROWS = 20


def iso(text) -> str:
    """Text isolated for bidi (FSI…PDI): its own first strong letter sets its direction, so an English
    message or '24.50 USD' keeps its order inside a right-to-left table or label, and Arabic keeps its own."""
    return f"\u2068{text}\u2069" if text else ""


def shown(value) -> str:
    """A preview value as the rest of the app shows it: dates, amounts and counts in the user's locale."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return fmt_datetime(value) if value.time() != time() else fmt_date(value)
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, Money):
        return iso(fmt_money(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return fmt_int(value)
    return iso(str(value))


def _label(text: str = "", *, wrap: bool = True, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class ImportWizard(QWizard):
    """Expose: ImportWizard(db, parent). Emits mergeRequested(new_id, existing_id) and imported(result)."""

    mergeRequested = Signal(int, int)
    imported = Signal(object)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.preview: Preview | None = None
        self.check: ImportResult | None = None      # the dry run
        self.result: ImportResult | None = None     # the import
        self.mapping: dict[str, str] = {}           # "column number" → field ('-' = not imported)
        self._tmp = Path(tempfile.mkdtemp(prefix="retain-import-"))
        self.alive = True
        self.setWindowTitle(self.tr("Import data"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(820, 560)
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.source_page, self.mapping_page, self.check_page, self.run_page, self.summary_page):
            self.addPage(page)

    # --- what the pages share ------------------------------------------------------------------
    def options(self, *, dry_run: bool) -> ImportOptions:
        s = self.source_page
        return ImportOptions(kind=s.kind(), mapping=dict(self.mapping), encoding=s.encoding.currentData(),
                             delimiter=s.delimiter.currentData(), date_order=s.date_order.currentData(),
                             create_customers=s.create_customers.isChecked(), dry_run=dry_run,
                             skip_invalid=self.check_page.skip.isChecked(),
                             rejected_csv=self._tmp / ("checked.csv" if dry_run else "rejected.csv"))

    def path(self) -> str:
        return self.source_page.path.text().strip()

    def rejected_file(self) -> Path | None:
        result = self.result or self.check
        return Path(result.rejected_csv) if result and result.rejected_csv else None

    def save_rejected(self, dest: str | Path) -> Path:
        src = self.rejected_file()
        if src is None:
            raise FileNotFoundError("no rejected rows")
        shutil.copyfile(src, dest)
        return Path(dest)

    def done(self, code: int) -> None:
        if self.run_page.handle is not None and not self.run_page.handle.finished:
            self.run_page.handle.cancel()      # the import rolls back; nothing is written
        for page in (self.mapping_page, self.check_page):
            if page.handle is not None:
                page.handle.cancel()
        self.alive = False
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().done(code)


# --- 1. file and kind -------------------------------------------------------------------------------
class SourcePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A CSV file (any delimiter and encoding) or an Excel workbook (.xlsx)."))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("File to import"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("importKind")
        names = {"customers": self.tr("Customers"), "purchases": self.tr("Purchases"),
                 "tickets": self.tr("Support tickets"), "feedback": self.tr("Feedback (NPS, CSAT)")}
        for kind in KINDS:
            self.kind_box.addItem(names[kind], kind)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.encoding = QComboBox()
        for label, value in ((self.tr("Detect automatically"), None), ("UTF-8", "utf-8"), ("UTF-16", "utf-16"),
                             (self.tr("Windows-1256 (Arabic)"), "cp1256"),
                             (self.tr("Windows-1251 (Cyrillic)"), "cp1251")):
            self.encoding.addItem(label, value)
        self.delimiter = QComboBox()
        for label, value in ((self.tr("Detect automatically"), None), (self.tr("Comma"), ","),
                             (self.tr("Semicolon"), ";"), (self.tr("Tab"), "\t"), (self.tr("Vertical bar"), "|")):
            self.delimiter.addItem(label, value)
        self.date_order = QComboBox()
        for label, value in ((self.tr("Detect from the file"), None), (self.tr("Day/month/year"), "DMY"),
                             (self.tr("Month/day/year"), "MDY")):
            self.date_order.addItem(label, value)
        self.create_customers = QCheckBox(self.tr("Create customers for unknown customer codes"))
        self.create_customers.setChecked(True)
        self.columns_hint = _label(name="columnsHint")
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("What it holds:"), self.kind_box)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Delimiter:"), self.delimiter)
        form.addRow(self.tr("Dates like 03/04/2024:"), self.date_order)
        form.addRow("", self.create_customers)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addSpacing(8)
        lay.addWidget(self.columns_hint)
        lay.addStretch(1)
        self._kind_changed()

    def kind(self) -> str:
        return self.kind_box.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(KINDS.index(kind))

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.create_customers.setVisible(kind == "purchases")
        groups = REQUIRED_ANY[kind]
        required = {name for group in groups for name in group}
        label = {f.name: field_label(f.label) for f in FIELDS[kind]}
        names = [self.tr("%1 or %2").replace("%1", label[g[0]]).replace("%2", label[g[1]]) if len(g) == 2
                 else " / ".join(label[n] for n in g) for g in groups]
        optional = [label[f.name] for f in FIELDS[kind] if f.name not in required]
        self.columns_hint.setText(
            self.tr("Needed columns: %1. Optional: %2. Headers are recognized in English, Arabic, Persian and "
                    "Russian, and you can match any column by hand on the next page.")
            .replace("%1", self.tr(", ").join(iso(n) for n in names))
            .replace("%2", self.tr(", ").join(iso(n) for n in optional)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a file"), self.path.text(),
                                              self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        return bool(text) and Path(text).is_file()

    def validatePage(self) -> bool:
        self.w.mapping = {}      # a new file or kind: recognize the columns again
        return True


# --- 2. columns and preview ---------------------------------------------------------------------------
class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.handle = None
        self._generation = 0
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Check what each column holds. The preview shows the first rows as they will "
                                 "be imported."))
        self.info = _label(name="fileInfo")
        self.missing = _label(name="missingColumns")
        self.missing.setStyleSheet("color: #b3261e; font-weight: bold")
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("columnMap")
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Imported as"),
                                                self.tr("First value")])
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows = QTableWidget(0, 0)
        self.rows.setObjectName("previewRows")
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rows.setWordWrap(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.columns)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(_label(self.tr("Preview (first rows, as they will be imported):")))
        inner.addWidget(self.rows)
        split.addWidget(box)
        split.setSizes([200, 260])
        lay = QVBoxLayout(self)
        lay.addWidget(self.info)
        lay.addWidget(self.missing)
        lay.addWidget(split, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)

    def initializePage(self) -> None:
        self.w.preview = None
        self.columns.setRowCount(0)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        gen = self._generation
        self.info.setText(self.tr("Reading the file…"))
        self.missing.clear()
        self.w.preview = None
        self.completeChanged.emit()
        db, path, options = self.w.db, self.w.path(), self.w.options(dry_run=True)
        if self.handle is not None:
            self.handle.cancel()
        self.handle = run_task(lambda state: preview(db, path, options, PREVIEW_ROWS),
                               on_done=lambda p: self._show(gen, p), on_error=lambda e, tb: self._failed(gen, e), owner=self)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if not self.w.alive or gen != self._generation:
            return
        self.info.setText(self.tr("This file cannot be imported: %1").replace("%1", iso(str(exc))))
        self.info.setStyleSheet("color: #b3261e")

    def _show(self, gen: int, p: Preview) -> None:
        if not self.w.alive or gen != self._generation:
            return
        self.info.setStyleSheet("")
        self.w.preview = p
        fmt = {"DMY": self.tr("day/month/year"), "MDY": self.tr("month/day/year")}
        order = next((p.formats[k] for k in ("date", "created_at", "birthday") if p.formats.get(k)), None)
        delimiter = {"\t": self.tr("tab")}.get(p.delimiter or "", f"“{p.delimiter}”")
        facts = [p.encoding and self.tr("encoding %1").replace("%1", p.encoding.replace("-sig", "").upper()),
                 p.delimiter and self.tr("delimiter %1").replace("%1", delimiter),
                 p.sheet and self.tr("sheet %1").replace("%1", p.sheet),
                 order and self.tr("dates %1").replace("%1", fmt[order]),
                 p.formats.get("amount") and self.tr("decimal mark “%1”").replace("%1", p.formats["amount"])]
        self.info.setText(self.tr("%1 columns").replace("%1", fmt_int(len(p.headers))) + " · " +
                          " · ".join(f for f in facts if f))
        if p.missing:
            self.missing.setText(self.tr("No column is imported as: %1").replace("%1", "; ".join(iso(m) for m in
                                                                                                 p.missing)))
        if self.columns.rowCount() != len(p.headers):
            self._fill_columns(p)
        self._fill_rows(p)
        self.completeChanged.emit()

    def _fill_columns(self, p: Preview) -> None:
        kind = self.w.source_page.kind()
        by_index = {i: f for f, i in p.columns.items()}
        first = p.rows[0].cells if p.rows else []
        self.columns.setRowCount(len(p.headers))
        for i, header in enumerate(p.headers):
            self.columns.setItem(i, 0, QTableWidgetItem(iso(header) or self.tr("(no header)")))
            combo = QComboBox()
            combo.setObjectName(f"mapColumn{i + 1}")
            combo.addItem(self.tr("— not imported —"), IGNORE)
            for f in FIELDS[kind]:
                combo.addItem(field_label(f.label), f.name)
            combo.setCurrentIndex(max(0, combo.findData(by_index.get(i, IGNORE))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(i, 1, combo)
            value = first[i] if i < len(first) and first[i] is not None else ""
            self.columns.setItem(i, 2, QTableWidgetItem(iso(str(value))))

    def set_field(self, column: int, field: str) -> None:
        """Map a file column (0-based) to a field ('-' to leave it out), as the user does with the combo."""
        combo = self.columns.cellWidget(column, 1)
        combo.setCurrentIndex(combo.findData(field))

    def _mapping_changed(self) -> None:
        mapping = {}
        for i in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(i, 1)
            mapping[str(i + 1)] = combo.currentData()
        self.w.mapping = mapping
        self._debounce.start()

    def _fill_rows(self, p: Preview) -> None:
        kind = self.w.source_page.kind()
        fields = [f for f in FIELDS[kind] if f.name in p.columns or any(f.name in r.values for r in p.rows)]
        headers = [self.tr("Row"), self.tr("Problems")] + [field_label(f.label) for f in fields]
        self.rows.clear()
        self.rows.setColumnCount(len(headers))
        self.rows.setHorizontalHeaderLabels(headers)
        self.rows.setRowCount(len(p.rows))
        self.rows.verticalHeader().hide()
        for r, row in enumerate(p.rows):
            num = QTableWidgetItem(fmt_int(row.row))
            num.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing)
            self.rows.setItem(r, 0, num)
            text = "; ".join(iso(f"{iso(col)}: {reason(msg)}") for col, msg in row.errors)
            if row.ignored:
                text = self.tr("A total line: left out")
            problems = QTableWidgetItem(text[:80] + "…" if len(text) > 80 else text)
            problems.setToolTip(text)
            self.rows.setItem(r, 1, problems)
            for c, f in enumerate(fields, start=2):
                if row.errors or row.ignored:      # as written in the file, to see what is wrong
                    i = p.columns.get(f.name)
                    value = row.cells[i] if i is not None and i < len(row.cells) else None
                    item = QTableWidgetItem(iso("" if value is None else str(value)))
                else:
                    value = row.values.get(f.name)
                    item = QTableWidgetItem(shown(value))
                    if isinstance(value, (int, Money)) and not isinstance(value, bool):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing)
                self.rows.setItem(r, c, item)
            if row.errors or row.ignored:
                for c in range(len(headers)):
                    item = self.rows.item(r, c)
                    item.setForeground(ERROR_BRUSH if row.errors else IGNORED_BRUSH)
                    if row.errors:
                        item.setBackground(ERROR_BACK)
        # the problems column no wider than a third of the table: the values stay in view (full text in the tooltip)
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.rows.resizeColumnToContents(1)
        header.resizeSection(1, max(self.rows.horizontalHeader().sectionSizeFromContents(1).width(),
                                    min(header.sectionSize(1), max(160, self.rows.viewport().width() // 3))))

    def isComplete(self) -> bool:
        return self.w.preview is not None and not self.w.preview.missing and not self._debounce.isActive()


# --- 3. validation report -------------------------------------------------------------------------------
class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.handle = None
        self.setTitle(self.tr("Check every row"))
        self.setSubTitle(self.tr("Nothing has been imported yet. Rows with problems are listed below."))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.summary = _label(name="checkSummary")
        self.model = RowsModel([Column(self.tr("Row"), lambda e: fmt_int(e.row), TRAILING),
                                Column(self.tr("Column"), lambda e: iso(e.column)),
                                Column(self.tr("Reason"), lambda e: iso(reason(e.message)),
                                       tooltip=lambda e: iso(reason(e.message)))],
                               self)
        self.errors = QTableView()
        self.errors.setObjectName("errorTable")
        self.errors.setModel(self.model)
        self.errors.verticalHeader().hide()
        self.errors.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.save = QPushButton(self.tr("&Save rejected rows…"))
        self.save.setObjectName("saveRejected")
        self.save.clicked.connect(self._save)
        self.skip = QCheckBox(self.tr("Import the valid rows and leave out the rejected ones"))
        self.skip.setObjectName("skipInvalid")
        self.skip.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip, 1)
        buttons.addWidget(self.save)
        self.filler = QWidget()
        self.filler.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.progress)
        lay.addWidget(self.summary)
        lay.addWidget(self.errors, 1)
        lay.addWidget(self.filler, 1)
        lay.addLayout(buttons)

    def initializePage(self) -> None:
        self.w.check = None
        self.model.set_rows([])
        self.setSubTitle(self.tr("Nothing has been imported yet. Rows with problems are listed below."))
        for widget in (self.errors, self.skip, self.save):
            widget.show()
        self.filler.hide()
        self.skip.setChecked(False)
        self.skip.setEnabled(False)
        self.save.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Checking every row…"))
        db, path, options = self.w.db, self.w.path(), self.w.options(dry_run=True)
        self.handle = run_task(lambda state: run_import(db, path, options, state.progress),
                               on_done=self._done, on_error=self._failed,
                               on_progress=lambda f, _m: self.w.alive and self.progress.setValue(int(f * 1000)), owner=self)
        self.completeChanged.emit()

    def _done(self, result: ImportResult) -> None:
        if not self.w.alive:
            return
        self.w.check = result
        self.progress.hide()
        self.model.set_rows(result.errors)
        self.summary.setText(describe(result))
        clean = result.rejected == 0
        self.setSubTitle(self.tr("Every row can be imported. Nothing has been imported yet.") if clean
                         else self.tr("Nothing has been imported yet. Rows with problems are listed below."))
        for widget in (self.errors, self.skip, self.save):
            widget.setVisible(not clean)
        self.filler.setVisible(clean)
        self.skip.setEnabled(result.rejected > 0)
        self.save.setEnabled(bool(result.rejected_csv))
        self.completeChanged.emit()

    def _failed(self, exc, _tb) -> None:
        if self.w.alive:
            self.progress.hide()
            self.summary.setText(self.tr("The file cannot be imported: %1").replace("%1", iso(str(exc))))

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"),
                                              str(Path(self.w.path()).with_suffix("")) + "-rejected.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.w.save_rejected(path)

    def isComplete(self) -> bool:
        c = self.w.check
        return c is not None and (c.rejected == 0 or self.skip.isChecked()) and c.imported > 0

    def validatePage(self) -> bool:
        return self.isComplete()


# --- 4. import -------------------------------------------------------------------------------------------
class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.handle = None
        self.finished_ok = False
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("A backup of the database is taken first. Cancelling leaves the database as it "
                                 "was."))
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 1000)
        self.status = _label(name="importStatus")
        self.cancel = QPushButton(self.tr("Cancel import"))
        self.cancel.setObjectName("cancelImport")
        self.cancel.clicked.connect(self.cancel_import)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addLayout(row)
        lay.addStretch(1)

    def initializePage(self) -> None:
        self.finished_ok = False
        self.w.result = None
        self.progress.setValue(0)
        self.cancel.setEnabled(True)
        self.status.setText(self.tr("Importing…"))
        db, path, options = self.w.db, self.w.path(), self.w.options(dry_run=False)
        self.handle = run_task(lambda state: run_import(db, path, options, state.progress,
                                                        cancelled=lambda: state.cancelled),
                               on_done=self._done, on_error=self._failed, on_cancelled=self._cancelled,
                               on_progress=self._progress, owner=self)
        self.completeChanged.emit()

    def _progress(self, fraction: float, _message: str) -> None:
        if self.w.alive:
            self.progress.setValue(int(fraction * 1000))
            self.status.setText(self.tr("Importing… (a backup is taken first)") if fraction < 0.03
                                else self.tr("Importing…"))

    def cancel_import(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.cancel.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _done(self, result: ImportResult) -> None:
        if not self.w.alive:
            return
        self.w.result = result
        self.cancel.setEnabled(False)
        if result.committed:
            self.finished_ok = True
            self.progress.setValue(1000)
            self.w.imported.emit(result)
            self.completeChanged.emit()
            self.w.next()
        else:
            self.status.setText(self.tr("Nothing was imported: rows were rejected. Go back to see them."))
            self.completeChanged.emit()

    def _cancelled(self) -> None:
        if self.w.alive:
            self.cancel.setEnabled(False)
            self.status.setText(self.tr("Import cancelled. The database is unchanged."))
            self.completeChanged.emit()

    def _failed(self, exc, _tb) -> None:
        if self.w.alive:
            self.cancel.setEnabled(False)
            self.status.setText(self.tr("The import failed and nothing was changed: %1").replace("%1", iso(str(exc))))
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished_ok


# --- 5. summary ----------------------------------------------------------------------------------------
class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Done"))
        self.setSubTitle(self.tr("The data is in the database."))
        self.summary = _label(name="importSummary")
        self.backup = _label(name="backupInfo")
        self.merge_title = _label(self.tr("Possible duplicates of existing customers: choose one and Merge, or "
                                          "double-click it."))
        self.model = RowsModel([Column(self.tr("Row"), lambda m: fmt_int(m.row), TRAILING),
                                Column(self.tr("New customer"),
                                       lambda m: iso(f"{m.new_name} ({m.new_code})" if m.new_code
                                                     else m.new_name or f"#{m.new_id}")),
                                Column(self.tr("Existing customer"),
                                       lambda m: iso(f"{m.existing_name} ({m.existing_code})" if m.existing_code
                                                     else f"#{m.existing_id}")),
                                Column(self.tr("Why"), lambda m: {"same name": self.tr("same name"),
                                                                  "same email or phone": self.tr(
                                                                      "same email or phone")}.get(m.reason,
                                                                                                 m.reason))], self)
        self.merges = QTableView()
        self.merges.setObjectName("mergeCandidates")
        self.merges.setModel(self.model)
        self.merges.verticalHeader().hide()
        self.merges.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.merges.horizontalHeader().setStretchLastSection(True)
        self.merges.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.merges.doubleClicked.connect(self._merge)
        self.merge = QPushButton(self.tr("&Merge…"))
        self.merge.setObjectName("mergeSelected")
        self.merge.setToolTip(self.tr("Merge the new customer into the existing one"))
        self.merge.setEnabled(False)
        self.merge.clicked.connect(lambda: self._merge(self.merges.currentIndex()))
        self.merges.selectionModel().selectionChanged.connect(self._selection_changed)
        self.save = QPushButton(self.tr("&Save rejected rows…"))
        self.save.clicked.connect(self.w.check_page._save)
        self.left_out_title = _label(self.tr("Rows left out (not imported):"))
        # the same columns as the check page's report (and their translations)
        self.left_out_model = RowsModel([Column(QCoreApplication.translate("CheckPage", "Row"),
                                                lambda e: fmt_int(e.row), TRAILING),
                                         Column(QCoreApplication.translate("CheckPage", "Column"),
                                                lambda e: iso(e.column)),
                                         Column(QCoreApplication.translate("CheckPage", "Reason"),
                                                lambda e: iso(reason(e.message)),
                                                tooltip=lambda e: iso(reason(e.message)))], self)
        self.left_out = QTableView()
        self.left_out.setObjectName("leftOutRows")
        self.left_out.setModel(self.left_out_model)
        self.left_out.verticalHeader().hide()
        self.left_out.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.left_out.horizontalHeader().setStretchLastSection(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.backup)
        lay.addSpacing(8)
        lay.addWidget(self.left_out_title)
        lay.addWidget(self.left_out, 1)
        lay.addWidget(self.merge_title)
        lay.addWidget(self.merges, 1)
        self.filler = QWidget()
        lay.addWidget(self.filler, 1)
        row = QHBoxLayout()
        row.addWidget(self.merge)
        row.addStretch(1)
        row.addWidget(self.save)
        lay.addLayout(row)

    def initializePage(self) -> None:
        r = self.w.result
        if r is None:
            return
        self.summary.setText(describe(r, done=True) + " " +
                             self.tr("Took %1 s.").replace("%1", fmt_int(max(1, round(r.seconds)))))
        self.backup.setText(self.tr("Backup taken before the import: %1").replace("%1", iso(r.backup)) if r.backup
                            else "")
        rows = [m for m in r.merge_candidates if m.new_id is not None]
        self.model.set_rows(rows)
        self.merge_title.setVisible(bool(rows))
        self.merges.setVisible(bool(rows))
        self.merge.setVisible(bool(rows))
        self.left_out_model.set_rows(r.errors)
        self.left_out_title.setVisible(bool(r.errors))
        self.left_out.setVisible(bool(r.errors))
        self.filler.setVisible(not rows and not r.errors)
        self.save.setVisible(bool(r.rejected_csv))

    def _selection_changed(self, *_args) -> None:
        self.merge.setEnabled(self.merges.selectionModel().hasSelection())

    def _merge(self, index) -> None:
        if not index.isValid():
            return
        m = self.model.row_at(index.row())
        if m is not None:
            self.w.mergeRequested.emit(m.new_id, m.existing_id)
