"""Cycles are collected on the GUI thread only (ui/garbage.py): the cause of a CI segfault."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication

from ui.garbage import GuiThreadGarbageCollector


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cycle collector frees it


def test_no_collection_on_another_thread_and_cycles_freed_on_the_gui_thread(
    qapp: QApplication,
) -> None:
    collector = GuiThreadGarbageCollector(qapp, interval_ms=10_000)
    try:
        assert not gc.isenabled()
        node = _Node()
        gone = weakref.ref(node)
        del node

        def churn() -> None:  # a worker keeping far more new containers than any threshold
            kept = [[] for _ in range(100_000)]
            assert kept

        worker = threading.Thread(target=churn)
        worker.start()
        worker.join()
        assert gone() is not None  # the worker's allocations collected nothing
        for _ in range(gc.get_threshold()[0] + 1):
            _Node()
        collector.check()  # what the GUI thread's timer runs
        assert gone() is None
    finally:
        collector.stop()
