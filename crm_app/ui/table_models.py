"""A generic read-only table model over plain rows, optionally paged in lazily off the GUI thread.

    model = RowsModel([Column(tr("Name"), lambda r: r.name), ...])
    model.set_rows(rows)                       # a finished list
    model.set_pager(lambda after, state: ...)  # [(row, key)] pages; keyset paging by the last key
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from crm_app.ui.tasks import FIRST, run_task

LEFT_ALWAYS = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
TRAILING = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing)


@dataclass
class Column:
    title: str
    text: Callable[[Any], str]
    align: int | None = None            # e.g. TRAILING for numbers, LEFT_ALWAYS for phone numbers
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    loading = Signal(bool)
    failed = Signal(str)
    page_loaded = Signal(int)      # rows added by a page of the current pager (0: the end was reached)

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._rows: list[Any] = []
        self._fetch: Callable | None = None
        self._after: Any = None
        self._more = False
        self._pending = None
        self._generation = 0

    # --- contents -----------------------------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        self._generation += 1
        self._cancel_pending()
        self.beginResetModel()
        self._rows, self._fetch, self._after, self._more = list(rows), None, None, False
        self.endResetModel()

    def set_pager(self, fetch: Callable) -> None:
        self._generation += 1
        self._cancel_pending()
        self.beginResetModel()
        self._rows, self._fetch, self._after, self._more = [], fetch, None, True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[Any]:
        return self._rows

    def _cancel_pending(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    # --- lazy paging --------------------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more and self._pending is None

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        generation = self._generation
        self.loading.emit(True)

        def done(page):
            self._pending = None
            self.loading.emit(False)
            if generation != self._generation:
                return  # reset meanwhile: drop the stale page
            if not page:
                self._more = False
                self.page_loaded.emit(0)
                return
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(item for item, _key in page)
            self.endInsertRows()
            self._after = page[-1][1]
            self.page_loaded.emit(len(page))

        def error(exc, _tb):
            self._pending = None
            self._more = False
            self.loading.emit(False)
            self.failed.emit(str(exc))

        self._pending = run_task(self._fetch, self._after, on_done=done, on_error=error,
                                 on_cancelled=lambda: self.loading.emit(False), owner=self, priority=FIRST)

    # --- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return col.align
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
