"""One helper for background work (DESIGN habit 3).

    handle = run_task(fn, *args, on_done=..., on_error=..., on_progress=..., owner=self)
    handle.cancel()

With `owner` (a widget or model), the task is cancelled when the owner is destroyed and no callback
runs on an owner that is gone (a late result would otherwise touch a deleted C++ object).
`priority`: queued tasks with a higher one start first (what the user looks at first before the rest,
e.g. a profile's header before its charts); BACKGROUND for work nobody waits on.

`fn(*args, state=TaskState)` runs in QThreadPool; it may call state.progress(fraction, text) and
should check state.cancelled. Callbacks run on the GUI thread (queued signals). Workers return
plain data, never ORM objects, and never touch widgets.
"""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid


class TaskCancelled(Exception):
    """Raised inside a task that noticed it was cancelled."""


class TaskState:
    """Shared between the GUI thread and the worker: progress out, cancel in."""

    def __init__(self, emitter: "_Emitter"):
        self._cancel = threading.Event()
        self._emitter = emitter

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def progress(self, fraction: float, text: str = "") -> None:
        self.check()
        try:
            self._emitter.progress.emit(float(fraction), text)
        except RuntimeError:    # the application is shutting down
            self.cancel()
            raise TaskCancelled() from None


class _Emitter(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(float, str)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable, args: tuple, kwargs: dict, emitter: _Emitter, state: TaskState):
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.args, self.kwargs, self.emitter, self.state = fn, args, kwargs, emitter, state

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(*self.args, state=self.state, **self.kwargs)
        except TaskCancelled:
            self._emit(self.emitter.cancelled)
        except Exception as exc:  # noqa: BLE001 - delivered to the GUI thread
            if self.state.cancelled:
                self._emit(self.emitter.cancelled)
            else:
                self._emit(self.emitter.failed, exc, traceback.format_exc())
        else:
            if self.state.cancelled:
                self._emit(self.emitter.cancelled)
            else:
                self._emit(self.emitter.done, result)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:    # the application is shutting down and took the emitter with it
            pass


class TaskHandle:
    def __init__(self, emitter: _Emitter, state: TaskState):
        self._emitter = emitter  # keeps the QObject alive until the task ends
        self.state = state
        self.finished = False

    def cancel(self) -> None:
        self.state.cancel()


_live: set[TaskHandle] = set()
FIRST, NORMAL, BACKGROUND = 10, 0, -10


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def cancel_all(wait_ms: int = 30000) -> bool:
    """Cancel every running or queued task and wait for the pool to be idle (tests, between themselves;
    the app on quit lets its tasks end instead: a write in progress must not be cut short). True when idle."""
    for handle in list(_live):
        handle.cancel()
    return pool().waitForDone(wait_ms)


def run_task(fn: Callable[..., Any], *args, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException, str], None] | None = None,
             on_progress: Callable[[float, str], None] | None = None,
             on_cancelled: Callable[[], None] | None = None, owner: QObject | None = None,
             priority: int = 0, **kwargs) -> TaskHandle:
    emitter = _Emitter()
    state = TaskState(emitter)
    handle = TaskHandle(emitter, state)
    _live.add(handle)

    def alive() -> bool:
        return owner is None or isValid(owner)

    link = []

    def finish() -> None:
        handle.finished = True
        _live.discard(handle)
        if link and alive():
            owner.destroyed.disconnect(link.pop())

    def done(result):
        finish()
        if on_done and alive():
            on_done(result)

    def failed(exc, tb):
        finish()
        if on_error and alive():
            on_error(exc, tb)
        elif not on_error:
            import logging
            logging.getLogger(__name__).error("background task failed:\n%s", tb)

    def cancelled():
        finish()
        if on_cancelled and alive():
            on_cancelled()

    emitter.done.connect(done)
    emitter.failed.connect(failed)
    emitter.cancelled.connect(cancelled)
    if on_progress:
        emitter.progress.connect(lambda f, t: alive() and on_progress(f, t))
    if owner is not None:
        link.append(owner.destroyed.connect(state.cancel))
    pool().start(_Runnable(fn, args, kwargs, emitter, state), priority)
    return handle
