"""The regularisation simulator: what an actual reading after estimated bills will change.

Why at the counter: in the Lydec story customers billed on estimates during the lockdown
came asking why their regularisation was what it was. The clerk types the tariff, the span
since the last actual reading, the measured kWh and the estimated amounts already billed,
and shows the split month by month (by days, each month at its own tiers), actual against
estimated, and the adjustment. The arithmetic is ``desktop.domain.regularisation.simulate``,
the same as ``guichet billing simulate-regularization``; this tab only gathers and shows.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.regularisation import Period, Regularisation, billing_periods, simulate
from desktop.domain.tariffs import quote, tariff_on
from desktop.money import Money, parse_amount
from ui.account_view import make_table
from ui.i18n import DATE_EDIT_FORMAT, Formats, error_text
from ui.quote_tab import MAX_QUANTITY, fill_tariffs, pydate, qdate
from ui.tariff_models import MonthsModel, adjustment_text
from ui.tariff_text import unit_name

LYDEC = "lydec-2017-residential-electricity"
STORY = (LYDEC, dt.date(2020, 3, 1), dt.date(2020, 5, 31), 400, "136,06")
"""The worked example of docs/tariffs.md: 400 kWh over March–May 2020, three estimates."""


class RegularisationTab(QWidget):
    """Inputs (tariff, start, end, actual kWh, one estimated amount per period) and result.

    ``computed`` carries each new ``Regularisation`` (``None`` while the input is wrong).
    """

    computed = Signal(object)

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self.result: Regularisation | None = None
        self.periods: tuple[Period, ...] = ()
        self.tariff = QComboBox(objectName="reg_tariff")
        self.start = QDateEdit(qdate(STORY[1]), objectName="reg_start")
        self.end = QDateEdit(qdate(STORY[2]), objectName="reg_end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_EDIT_FORMAT)
        self.actual = QSpinBox(objectName="reg_actual")
        self.actual.setRange(0, MAX_QUANTITY)
        self.actual.setGroupSeparatorShown(True)
        self.actual.setValue(STORY[3])
        self.labels = {k: QLabel() for k in ("tariff", "start", "end", "actual")}
        form = QFormLayout()
        for key, field in (
            ("tariff", self.tariff),
            ("start", self.start),
            ("end", self.end),
            ("actual", self.actual),
        ):
            self.labels[key].setBuddy(field)
            form.addRow(self.labels[key], field)
        self.estimates = QTableWidget(0, 3, objectName="reg_estimates")
        self.estimates.setMaximumHeight(150)
        self.estimates.verticalHeader().setVisible(False)
        self.estimates.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.estimates.horizontalHeader().setStretchLastSection(True)
        self.estimates_box = QGroupBox()
        QVBoxLayout(self.estimates_box).addWidget(self.estimates)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.estimates_box, 1)

        self.error = QLabel(objectName="reg_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.model = MonthsModel(formats, self)
        self.months = make_table(self.model, "reg_months")
        self.months.setMinimumHeight(150)
        for column in (2, 6):  # estimated kWh unknown here; "already billed" = the estimate
            self.months.setColumnHidden(column, True)
        self.totals_box = QGroupBox()
        grid = QGridLayout(self.totals_box)
        self.total_titles: dict[str, QLabel] = {}
        self.totals: dict[str, QLabel] = {}
        for row, key in enumerate(("actual", "estimated", "one_period")):
            title, value = QLabel(), QLabel(objectName=f"reg_{key}")
            grid.addWidget(title, row, 0)
            grid.addWidget(value, row, 1)
            self.total_titles[key], self.totals[key] = title, value
        self.adjustment = QLabel(objectName="reg_adjustment")
        self.adjustment.setStyleSheet("font-size: 15pt; font-weight: bold;")
        grid.addWidget(self.adjustment, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.months, 1)
        layout.addWidget(self.totals_box)

        fill_tariffs(self.tariff, LYDEC)
        self.tariff.currentIndexChanged.connect(self._periods_changed)
        self.start.dateChanged.connect(self._periods_changed)
        self.end.dateChanged.connect(self._periods_changed)
        self.actual.valueChanged.connect(self.recompute)
        self.estimates.itemChanged.connect(self.recompute)
        self._periods_changed()
        for row in range(self.estimates.rowCount()):
            self.set_estimate(row, STORY[4])
        self.retranslate()

    def retranslate(self) -> None:
        self.labels["tariff"].setText(self.tr("&Tariff"))
        self.labels["start"].setText(self.tr("&From (day after the last actual reading)"))
        self.labels["end"].setText(self.tr("&To (day of the new reading)"))
        self.labels["actual"].setText(self.tr("&Measured consumption"))
        self.estimates_box.setTitle(self.tr("Estimated energy already billed, per period"))
        self.estimates.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Days"), self.tr("Estimated amount")]
        )
        self.totals_box.setTitle(self.tr("Actual against estimated"))
        self.total_titles["actual"].setText(self.tr("At actual consumption"))
        self.total_titles["estimated"].setText(self.tr("Estimated (already billed)"))
        self.total_titles["one_period"].setText(self.tr("Billed as one period it would cost"))
        fill_tariffs(self.tariff)
        self.recompute()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- inputs ---------------------------------------------------------------------------
    def set_estimate(self, row: int, text: str) -> None:
        item = self.estimates.item(row, 2)
        if item is not None:
            item.setText(text)

    def estimate_texts(self) -> list[str]:
        return [
            (self.estimates.item(r, 2) or QTableWidgetItem()).text()
            for r in range(self.estimates.rowCount())
        ]

    def _periods_changed(self) -> None:
        """Re-cut the span into billing periods, keeping the amounts typed for each."""
        code = self.tariff.currentData()
        start, end = pydate(self.start.date()), pydate(self.end.date())
        kept = dict(zip((p.start for p in self.periods), self.estimate_texts(), strict=False))
        try:
            self.periods = (
                billing_periods(start, end, tariff_on(code, start).period) if code else ()
            )
        except DomainError as exc:
            self.periods = ()
            self._fail(error_text(exc))
        self.estimates.blockSignals(True)
        self.estimates.setRowCount(len(self.periods))
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for row, p in enumerate(self.periods):
            label = QTableWidgetItem(f"{self.formats.date(p.start)} – {self.formats.date(p.end)}")
            days = QTableWidgetItem(str(p.days))
            for item in (label, days):
                item.setFlags(fixed)
            days.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            amount = QTableWidgetItem(kept.get(p.start, "0"))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.estimates.setItem(row, 0, label)
            self.estimates.setItem(row, 1, days)
            self.estimates.setItem(row, 2, amount)
        self.estimates.blockSignals(False)
        self.recompute()

    # --- result ---------------------------------------------------------------------------
    def recompute(self) -> None:
        code = self.tariff.currentData()
        if not code or not self.periods:
            return
        start, end = pydate(self.start.date()), pydate(self.end.date())
        try:
            tariff = tariff_on(code, start)
            estimated = [
                parse_amount(
                    t or "0", tariff.currency, allow_zero=True, locale=self.formats.locale
                ).minor
                for t in self.estimate_texts()
            ]
            result = simulate(code, start, end, self.actual.value(), estimated, tariff_on)
        except DomainError as exc:
            self._fail(error_text(exc))
            return
        self.actual.setSuffix("\u00a0" + unit_name(tariff.unit))
        self.result = result
        self.error.hide()
        f, cur = self.formats, result.currency
        self.model.set_periods(result.periods, tariff.unit, cur)
        self.totals["actual"].setText(f.money(Money(result.actual_minor, cur)))
        self.totals["estimated"].setText(f.money(Money(result.estimated_minor, cur)))
        one = quote(tariff, result.actual_kwh).energy_minor
        self.totals["one_period"].setText(f.money(Money(one, cur)))
        self.adjustment.setText(adjustment_text(result.adjustment_minor, cur, f))
        self.adjustment.setStyleSheet(
            "font-size: 15pt; font-weight: bold; color: %s;"
            % ("#b00020" if result.adjustment_minor > 0 else "#1b5e20")
        )
        self.computed.emit(result)

    def _fail(self, problem: str) -> None:
        self.result = None
        self.error.setText(problem)
        self.error.show()
        self.model.set_rows(())
        for value in self.totals.values():
            value.clear()
        self.adjustment.clear()
        self.computed.emit(None)
