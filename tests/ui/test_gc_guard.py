"""Cycles are collected on the GUI thread only (gc_guard): a worker's collection could delete a widget."""
from __future__ import annotations

import gc
import threading


def test_cycles_are_collected_on_the_gui_thread_only(qtbot):
    from crm_app.ui.tasks import run_task

    assert not gc.isenabled()                       # installed for the UI tests, as make_app does for the app
    threads = []

    def seen(phase, _info):
        if phase == "start":
            threads.append(threading.current_thread() is threading.main_thread())

    def churn(state=None):                          # a worker making far more cyclic garbage than a threshold
        for _ in range(50_000):
            a = []
            a.append(a)
        return True

    gc.callbacks.append(seen)
    try:
        with qtbot.waitSignal(run_task(churn)._emitter.done, timeout=20000):
            pass
        qtbot.wait(300)                             # the guard's timer collects on this thread
    finally:
        gc.callbacks.remove(seen)
    assert threads and all(threads), threads
