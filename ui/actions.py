"""One way to make a window-wide keyboard action, for every menu of the counter window.

Why: every action must work from the keyboard while any part of the window has the focus
(scanner in the search box, table row selected), and a role that may not use an action must
neither see it nor trigger it by its shortcut.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def window_action(
    window: QWidget, shortcut: str, slot: Callable[[], object], visible: bool = True
) -> QAction:
    """A shortcut (may be "") active anywhere in ``window``; hidden and disabled if not visible."""
    act = QAction(window)
    if shortcut:
        act.setShortcut(QKeySequence(shortcut))
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    act.triggered.connect(slot)
    act.setVisible(visible)
    act.setEnabled(visible)
    window.addAction(act)
    return act
