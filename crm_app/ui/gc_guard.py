"""Python's cyclic garbage collector on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate: in a QThreadPool worker it may
finalize the Python wrapper of a widget (a closed dialog kept in a reference cycle by a connected lambda)
and so delete a QWidget off the GUI thread, which crashes the process ("Fatal Python error: Segmentation
fault … Garbage-collecting" in a worker). `install()` turns automatic collection off and runs the same
generational collection from a timer on the GUI thread, by the same thresholds (the pattern pyqtgraph
uses). Workers still free everything that is not in a cycle at once (reference counting).
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_guard: _MainThreadGC | None = None


class _MainThreadGC(QObject):
    def __init__(self, parent: QObject, interval_ms: int):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        t0, t1, t2 = self.threshold
        c0, c1, c2 = gc.get_count()
        if c0 > t0:
            gc.collect(2 if c2 > t2 else 1 if c1 > t1 else 0)


def install(app: QObject, interval_ms: int = 100) -> None:
    """Collect cycles only on the GUI thread from now on (idempotent)."""
    global _guard
    if _guard is None:
        _guard = _MainThreadGC(app, interval_ms)
        gc.disable()


def uninstall() -> None:
    """Back to automatic collection (tests: after the UI tests)."""
    global _guard
    if _guard is not None:
        _guard.timer.stop()
        _guard.deleteLater()
        _guard = None
        gc.enable()
        gc.collect()
