"""Tariff simulator window (F6, any role): a quote tab and a regularisation tab.

Why a non-modal window: a clerk explaining a price to a customer often keeps it open beside
the account. It reads no database (tariffs are package data), so it can be opened at any
time, till open or not, even with the screen full of a payment in progress.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from ui.i18n import Formats
from ui.quote_tab import QuoteTab
from ui.regularisation_tab import RegularisationTab


class SimulatorDialog(QDialog):
    """The two simulators in tabs; ``quote`` and ``regularisation`` are the tabs."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("simulator_dialog")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.quote = QuoteTab(formats, self)
        self.regularisation = RegularisationTab(formats, self)
        self.tabs = QTabWidget(objectName="simulator_tabs")
        self.tabs.addTab(self.quote, "")
        self.tabs.addTab(self.regularisation, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(960, 740)
        self.retranslate()
        self.quote.quantity.setFocus()
        self.quote.quantity.selectAll()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tariff simulator"))
        self.tabs.setTabText(0, self.tr("&Price of a consumption"))
        self.tabs.setTabText(1, self.tr("&Regularisation of estimates"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
