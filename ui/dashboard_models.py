"""Table models of the manager's dashboard: tills, takings, discrepancies, debt by age.

Why models over records: like the counter's tables, they hold the frozen records built by
``desktop.services.dashboard`` on the worker and only format them; the debt matrix is pivoted
here (category rows × age-bucket columns, with totals) because that is presentation, while
the sums themselves come from one SQL aggregate.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.money import Money
from desktop.services.dashboard import BUCKETS, DebtCell, Discrepancy, Takings, VoidLine
from desktop.services.tills import TillSummary
from ui.i18n import Formats, isolate, term, word
from ui.models import Column, Index, RecordTableModel

_TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
_SHORT = QColor("#b00020")


class OpenSessionsModel(RecordTableModel[TillSummary]):
    """Tills still open today, with what they should hold."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Clerk"), lambda s, f: isolate(s.full_name)),
        Column(QT_TRANSLATE_NOOP("Columns", "Terminal"), lambda s, f: s.terminal),
        Column(QT_TRANSLATE_NOOP("Columns", "Opened"), lambda s, f: f.datetime(s.opened_at)),
        Column(QT_TRANSLATE_NOOP("Columns", "Payments"), lambda s, f: str(s.payments), _TRAILING),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Expected cash"),
            lambda s, f: f.money(s.expected_cash),
            _TRAILING,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Card"), lambda s, f: f.money(s.expected_card), _TRAILING
        ),
    )


class TakingsModel(RecordTableModel[Takings]):
    """Today's valid payments per clerk and tender."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Clerk"), lambda t, f: isolate(t.full_name)),
        Column(QT_TRANSLATE_NOOP("Columns", "Tender"), lambda t, f: term(t.tender)),
        Column(QT_TRANSLATE_NOOP("Columns", "Payments"), lambda t, f: str(t.count), _TRAILING),
        Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda t, f: f.money(t.amount), _TRAILING),
    )


class VoidsModel(RecordTableModel[VoidLine]):
    """The day's voided payments, each with who asked and who approved: the manager reviews
    them before closing the day."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Receipt"), lambda v, f: isolate(v.receipt_no)),
        Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda v, f: f.money(v.amount), _TRAILING),
        Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda v, f: term(v.reason_code)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Clerk → approver"),
            lambda v, f: (
                f"{isolate(v.clerk)} · {isolate(v.approver)}"
            ),  # read in the line's direction
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda v, f: f.datetime(v.voided_at)),
    )


def _signed(money: Money, f: Formats) -> str:
    return f.money(money) if money.minor <= 0 else "+" + f.money(money)


def _diff(tender: str):
    def text(d: Discrepancy, f: Formats) -> str:
        found = next((x for x in d.differences if x.tender == tender), None)
        return _signed(found.difference, f) if found else "—"

    return text


class DiscrepanciesModel(RecordTableModel[Discrepancy]):
    """Closed tills whose count differs; beyond the tolerance in red."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Clerk"), lambda d, f: isolate(d.session.full_name)),
        Column(QT_TRANSLATE_NOOP("Columns", "Terminal"), lambda d, f: d.session.terminal),
        Column(QT_TRANSLATE_NOOP("Columns", "Cash over/short"), _diff("cash"), _TRAILING),
        Column(QT_TRANSLATE_NOOP("Columns", "Card over/short"), _diff("card"), _TRAILING),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Validated"),
            lambda d, f: QCoreApplication.translate("Columns", "yes" if d.validated else "no"),
        ),
    )
    _YES_NO = (QT_TRANSLATE_NOOP("Columns", "yes"), QT_TRANSLATE_NOOP("Columns", "no"))

    def style(self, record: Discrepancy, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.beyond_tolerance:
            return QBrush(_SHORT)
        return None


TOTAL = QT_TRANSLATE_NOOP("Columns", "Total")


class DebtMatrixModel(QAbstractTableModel):
    """Outstanding debt: one row per customer category plus a total row; one column per age
    bucket plus a total column."""

    def __init__(self, formats: Formats, currency: str = "DZD", parent: Any = None) -> None:
        super().__init__(parent)
        self.formats, self.currency = formats, currency
        self._categories: tuple[str, ...] = ()
        self._cells: dict[tuple[str, str], int] = {}

    def set_cells(self, cells: Sequence[DebtCell], currency: str) -> None:
        self.beginResetModel()
        self.currency = currency
        self._cells = {(c.category, c.bucket): c.amount.minor for c in cells}
        self._categories = tuple(sorted({c.category for c in cells}))
        self.endResetModel()

    def amount(self, row: int, column: int) -> Money:
        """The figure shown at (row, column), totals included."""
        cats = self._categories if row == len(self._categories) else (self._categories[row],)
        buckets = BUCKETS if column == len(BUCKETS) else (BUCKETS[column],)
        return Money(sum(self._cells.get((c, b), 0) for c in cats for b in buckets), self.currency)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._categories else len(self._categories) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BUCKETS) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.formats.money(self.amount(index.row(), index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_TRAILING)
        if role == Qt.ItemDataRole.FontRole and (
            index.row() == len(self._categories) or index.column() == len(BUCKETS)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == len(BUCKETS) - 1:
            return QBrush(_SHORT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section < len(BUCKETS):
                return word(f"aging.{BUCKETS[section]}")
            return QCoreApplication.translate("Columns", TOTAL)
        if section < len(self._categories):
            return term(self._categories[section])
        return QCoreApplication.translate("Columns", TOTAL)
