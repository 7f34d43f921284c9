"""Python's cycle collector runs on the GUI thread only, while the window lives.

Why: the collector runs in whichever thread happens to allocate when a threshold trips. When
that is the database worker's thread (a query building ORM rows) and the garbage holds a Qt
object (a closed dialog in a reference cycle with its slots), Qt destroys the widget off the
GUI thread and the process dies with a segmentation fault, not a traceback (seen in CI inside
``negotiation_context`` on the worker while a plan dialog test waited). So automatic
collection is switched off and a timer on the GUI thread does the same threshold checks
itself: cycles are still freed, a few hundred milliseconds later, always on the right thread.
Anki's window does the same for the same reason.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadGarbageCollector(QObject):
    """Disables automatic garbage collection and collects on the GUI thread instead."""

    def __init__(self, parent: QObject, interval_ms: int = 300) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as Python would."""
        gen0, gen1, gen2 = gc.get_count()
        if gen0 > self._threshold[0]:
            gc.collect(0)
            if gen1 > self._threshold[1]:
                gc.collect(1)
                if gen2 > self._threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """Collect what is due now, here, and give automatic collection back."""
        self._timer.stop()
        self.check()
        if self._was_enabled:
            gc.enable()
