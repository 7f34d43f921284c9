"""The line under an amount field: the amount as it will be recorded, or why it cannot be.

Why: "2.000" may mean two dinars or two thousand, and the clerk must see which reading Guichet
takes before pressing Enter. Every amount field of the window reads through the same
``desktop.money.parse_amount``, in the clerk's locale, so what this line shows is exactly what
the confirm button records.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.domain.errors import DomainError
from desktop.money import Money, parse_amount
from ui.i18n import Formats, error_text

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020;"


def read_amount(text: str, currency: str, formats: Formats, *, allow_zero: bool = False) -> Money:
    """``parse_amount`` in the clerk's locale (so an ambiguity is explained in their terms)."""
    return parse_amount(text, currency, allow_zero=allow_zero, locale=formats.locale)


class AmountPreview(QLabel):
    """Follows ``field``: "Will be recorded as 2 000,00 DA", or the translated refusal."""

    def __init__(
        self,
        field: QLineEdit,
        currency: str,
        formats: Formats,
        *,
        allow_zero: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._field, self._currency, self._formats = field, currency, formats
        self._allow_zero = allow_zero
        self.setObjectName(f"{field.objectName()}_preview")
        self.setWordWrap(True)
        field.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        text = self._field.text()
        if not text.strip():
            self.clear()
            return
        try:
            money = read_amount(text, self._currency, self._formats, allow_zero=self._allow_zero)
        except DomainError as exc:
            self.setStyleSheet(ERROR_STYLE)
            self.setText(error_text(exc))
            return
        self.setStyleSheet(OK_STYLE)
        self.setText(
            self.tr("Will be recorded as {amount}").format(amount=self._formats.money(money))
        )
