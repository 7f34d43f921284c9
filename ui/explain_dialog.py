""" "Explain this bill" (Ctrl+E on a selected bill): estimated or actual, lines, regularisations.

Why: a customer whose bill was estimated, or who received a regularisation, asks the clerk
where each figure comes from. The read model is ``desktop.services.billing.explain_bill``
(run on the database worker); for a regularisation it is the explanation stored with the
adjustment when it was made (months, kWh, amounts, estimated against actual), never a new
computation with today's tariffs.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.money import Money
from desktop.services.auth import AuthenticatedUser
from desktop.services.billing import BillExplanation, RegularisationView
from desktop.use_cases.accounts import explain_bill
from ui.account_view import make_table
from ui.i18n import Formats, error_text, isolate, term
from ui.operations import ReadOp
from ui.tariff_models import MonthsModel, QuoteLinesModel, adjustment_text
from ui.tariff_text import quantity_text
from ui.worker import DbWorker

UNIT_OF_SERVICE = {"electricity": "kWh", "gas": "th", "water": "m3", "sanitation": "m3"}


class ExplainDialog(QDialog):
    """Loads the explanation of ``bill_no`` on the worker and shows it; ``loaded`` when done."""

    loaded = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        bill_no: str,
        service: str,
        formats: Formats,
        parent: QWidget | None = None,
        *,
        user: AuthenticatedUser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("explain_dialog")
        self.bill_no, self.formats = bill_no, formats
        self.unit = UNIT_OF_SERVICE.get(service, "kWh")
        self.explanation: BillExplanation | None = None
        self.summary = QLabel(objectName="explain_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 13pt;")
        self.kind = QLabel(objectName="explain_kind")
        self.kind.setWordWrap(True)
        self.kind.setStyleSheet("font-weight: bold; padding: 4px;")
        self.lines_model = QuoteLinesModel(formats, self)
        self.lines = make_table(self.lines_model, "explain_lines")
        self.lines.setMinimumHeight(220)
        self.lines_box = QGroupBox()
        QVBoxLayout(self.lines_box).addWidget(self.lines)
        self.regs = QWidget(objectName="explain_regularisations")
        self.regs_layout = QVBoxLayout(self.regs)
        self.regs_layout.setContentsMargins(0, 0, 0, 0)
        self.regs_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.regs)
        self.error = QLabel(objectName="explain_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.kind, self.error, self.lines_box):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(960, 640)
        self.retranslate()
        ReadOp(
            "explain.bill", lambda store: explain_bill(store, user, bill_no), owner=self
        ).success(self._show).failure(self._failed).run(worker)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Explain bill {bill}").format(bill=isolate(self.bill_no)))
        self.lines_box.setTitle(self.tr("How the bill was priced"))
        if self.explanation is not None:
            self._show(self.explanation)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def _show(self, x: BillExplanation) -> None:
        self.explanation = x
        f = self.formats
        self.summary.setText(
            self.tr("Bill {bill} · meter {meter} · {start} – {end} · {quantity} · {amount}").format(
                bill=isolate(x.bill_no),
                meter=isolate(x.meter_no),
                start=f.date(x.period_start),
                end=f.date(x.period_end),
                quantity=quantity_text(x.consumption, self.unit, f.locale),
                amount=f.money(Money(x.amount_minor, x.currency)),
            )
        )
        if x.estimated and not x.regularisations:
            text = self.tr(
                "Estimated bill: no meter reading for this period. The consumption is "
                "estimated from the same period of the previous years; it will be "
                "regularised, month by month, when the meter is read."
            )
            color = "#9a5b00"
        elif x.estimated:
            text = self.tr("Estimated bill, since regularised with an actual reading (below).")
            color = "#9a5b00"
        else:
            text = self.tr("Bill based on an actual meter reading.")
            color = "#1b5e20"
        self.kind.setText(text)
        self.kind.setStyleSheet(f"font-weight: bold; padding: 4px; color: {color};")
        lines = x.quote_lines
        self.lines_model.set_quote(lines, self.unit, x.currency)
        self.lines_box.setVisible(bool(lines))
        while self.regs_layout.count():
            item = self.regs_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for n, reg in enumerate(x.regularisations):
            self.regs_layout.addWidget(self._regularisation_box(reg, n))
        self.regs_layout.addStretch(1)
        self.regs_scroll.setVisible(bool(x.regularisations))
        self.loaded.emit(x)

    def _regularisation_box(self, reg: RegularisationView, n: int) -> QGroupBox:
        f, d = self.formats, reg.detail
        cur = d.currency
        title = self.tr("Regularisation of {start} – {end} ({status})").format(
            start=f.date(reg.period_start), end=f.date(reg.period_end), status=_status(reg.status)
        )
        if reg.superseded:
            title += " · " + self.tr("replaced by a corrected reading")
        box = QGroupBox(title, objectName=f"regularisation_{n}")
        layout = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "{quantity} measured since the last actual reading, split over the months by their "
                "number of days; each month is priced at its own tariff tiers."
            ).format(quantity=quantity_text(d.actual_kwh, self.unit, f.locale))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        model = MonthsModel(f, box)
        model.set_periods(d.periods, self.unit, cur)
        table = make_table(model, f"regularisation_months_{n}")
        table.setMinimumHeight(60 + 30 * len(d.periods))
        layout.addWidget(table)
        totals = QLabel(objectName=f"regularisation_totals_{n}")
        totals.setWordWrap(True)
        totals.setText(
            self.tr("Actual {actual} · estimated {estimated} · already billed {billed}").format(
                actual=f.money(Money(d.actual_minor, cur)),
                estimated=f.money(Money(d.estimated_minor, cur)),
                billed=f.money(Money(d.billed_minor, cur)),
            )
        )
        layout.addWidget(totals)
        adjustment = QLabel(
            adjustment_text(d.adjustment_minor, cur, f), objectName=f"regularisation_adjustment_{n}"
        )
        adjustment.setStyleSheet("font-size: 13pt; font-weight: bold;")
        layout.addWidget(adjustment)
        if d.carried_kwh:
            carried = QLabel(
                self.tr("{quantity} after the last estimated bill go to the next bill.").format(
                    quantity=quantity_text(d.carried_kwh, self.unit, f.locale)
                )
            )
            layout.addWidget(carried)
        return box


_STATUS = {
    "pending": QT_TRANSLATE_NOOP("Regularisation", "debit waiting for the next bill"),
    "credited": QT_TRANSLATE_NOOP("Regularisation", "credited to the account"),
    "none": QT_TRANSLATE_NOOP("Regularisation", "nothing to adjust"),
}


def _status(status: str) -> str:
    word = _STATUS.get(status)
    return QCoreApplication.translate("Regularisation", word) if word else term(status)
