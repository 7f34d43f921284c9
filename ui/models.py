"""Table models over plain, frozen records (search hits, bills, payments, service points).

Why: views must never touch the ORM (no lazy load from ``data()``, no session on the GUI
thread). Each model holds a tuple of immutable records handed over by the worker and
dispatches on role; formatting goes through ``Formats`` so amounts and dates follow the
clerk's locale. Column titles are translated when asked for, so a language switch only needs
a ``headerDataChanged``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.accounts import BillView, PaymentView, ServicePointView
from desktop.store.search import SearchHit
from desktop.text import display_safe_record
from ui.i18n import Formats, isolate, term

T = TypeVar("T")
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""``data(index, RECORD_ROLE)`` returns the row's record itself."""

_LEADING = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
_TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_ESTIMATED = QColor("#9a5b00")
_OVERDUE = QColor("#b00020")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: a translatable title and how to show a record in it."""

    title: str
    text: Callable[[T, Formats], str]
    align: Qt.AlignmentFlag = _LEADING


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Read-only table of records; subclasses declare ``columns``."""

    columns: tuple[Column[Any], ...] = ()

    def __init__(self, formats: Formats, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[T, ...] = ()
        self.formats = formats

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows``; their text (names, addresses, notes from central or typed by anyone)
        is cleaned of control characters and bidi overrides first, so no cell can be
        reordered or forged. Guichet's own formatting (isolated amounts) is added after."""
        self.beginResetModel()
        self._rows = tuple(display_safe_record(r) for r in rows)
        self.endResetModel()

    def rows(self) -> tuple[T, ...]:
        return self._rows

    def record(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record, self.formats)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == RECORD_ROLE:
            return record
        return self.style(record, index.column(), role)

    def style(self, record: T, column: int, role: int) -> Any:
        """Per-row colours or fonts; none by default."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate("Columns", self.columns[section].title)
        return super().headerData(section, orientation, role)


def _matched(hit: SearchHit, _f: Formats) -> str:
    """How the hit was found, honestly: an identifier with its value, or which kind of name
    match (exact, other spelling, start, one letter off) or an address."""
    how = hit.match or hit.kind
    if hit.kind == "name" or not hit.matched:
        return term(how)
    return f"{term(how)} {hit.matched}"


def _account(hit: SearchHit, _f: Formats) -> str:
    if hit.home_agency is None:
        return hit.account_no
    agency = QCoreApplication.translate("Columns", "agency {code}").format(code=hit.home_agency)
    return f"{hit.account_no} · {agency}"


class SearchResultsModel(RecordTableModel[SearchHit]):
    """Accounts found by the search box, best first; an account imported by a remote look-up
    says which agency it belongs to (its amounts are as of the look-up), in orange."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Account"), _account),
        Column(QT_TRANSLATE_NOOP("Columns", "Name (Arabic)"), lambda h, f: h.name_ar),
        Column(QT_TRANSLATE_NOOP("Columns", "Name (Latin)"), lambda h, f: isolate(h.name_latin)),
        Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda h, f: isolate(h.city)),
        Column(QT_TRANSLATE_NOOP("Columns", "Address"), lambda h, f: isolate(h.address)),
        Column(QT_TRANSLATE_NOOP("Columns", "Found by"), _matched),
    )

    def style(self, record: SearchHit, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.status != "active":
            return QBrush(QColor("gray"))
        if role == Qt.ItemDataRole.ForegroundRole and record.home_agency is not None:
            return QBrush(QColor("#e65100"))
        return None


def _period(bill: BillView, f: Formats) -> str:
    return f"{f.date(bill.period_start)} – {f.date(bill.period_end)}"


class OpenBillsModel(RecordTableModel[BillView]):
    """Bills still due, oldest first; estimated bills and overdue days stand out."""

    def __init__(self, formats: Formats, today: dt.date | None = None, parent: Any = None) -> None:
        super().__init__(formats, parent)
        self.today = today or dt.date.today()
        self.columns = (
            Column(QT_TRANSLATE_NOOP("Columns", "Bill"), lambda b, f: b.bill_no),
            Column(QT_TRANSLATE_NOOP("Columns", "Service"), lambda b, f: term(b.service)),
            Column(QT_TRANSLATE_NOOP("Columns", "Period"), _period),
            Column(QT_TRANSLATE_NOOP("Columns", "Due date"), lambda b, f: f.date(b.due_date)),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Days overdue"),
                lambda b, f: str(b.days_overdue(self.today)),
                _TRAILING,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Amount"), lambda b, f: f.money(b.amount), _TRAILING
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Open"), lambda b, f: f.money(b.open), _TRAILING),
            Column(QT_TRANSLATE_NOOP("Columns", "Reading"), _reading, _CENTER),
        )

    def style(self, record: BillView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 7 and record.estimated:
                return QBrush(_ESTIMATED)
            if column == 4 and record.days_overdue(self.today) > 0:
                return QBrush(_OVERDUE)
        if role == Qt.ItemDataRole.FontRole and column == 6:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_of(self, bill_no: str) -> int:
        """Row of the bill with reference ``bill_no``, or -1."""
        return next((i for i, b in enumerate(self._rows) if b.bill_no == bill_no), -1)


def _reading(bill: BillView, _f: Formats) -> str:
    if bill.estimated:
        return QCoreApplication.translate("Columns", "estimated")
    return QCoreApplication.translate("Columns", "actual")


class PaymentsModel(RecordTableModel[PaymentView]):
    """Payment history, newest first, with the channel it came through."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda p, f: f.datetime(p.created_at)),
        Column(QT_TRANSLATE_NOOP("Columns", "Receipt"), lambda p, f: isolate(p.receipt_no or "—")),
        Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda p, f: f.money(p.amount), _TRAILING),
        Column(QT_TRANSLATE_NOOP("Columns", "Tender"), lambda p, f: term(p.tender)),
        Column(QT_TRANSLATE_NOOP("Columns", "Channel"), lambda p, f: term(p.channel)),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda p, f: _payment_status(p)),
        Column(QT_TRANSLATE_NOOP("Columns", "Bills"), lambda p, f: isolate(", ".join(p.bills))),
    )

    def style(self, record: PaymentView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.held_by_central:
            return QBrush(QColor("#9a5b00"))
        if role == Qt.ItemDataRole.ForegroundRole and record.status != "valid":
            return QBrush(QColor("gray"))
        return None


def _payment_status(p: PaymentView) -> str:
    """'valid', or 'valid · held by central' while central's refusal is unresolved."""
    return f"{term(p.status)} · {term('held_by_central')}" if p.held_by_central else term(p.status)


class ServicePointsModel(RecordTableModel[ServicePointView]):
    """Supplies of the account with their meters."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Service"), lambda s, f: term(s.service)),
        Column(QT_TRANSLATE_NOOP("Columns", "Meter"), lambda s, f: s.meter_no),
        Column(QT_TRANSLATE_NOOP("Columns", "Tariff"), lambda s, f: s.tariff_code),
        Column(QT_TRANSLATE_NOOP("Columns", "Billing"), lambda s, f: term(s.billing_period)),
    )
