"""The account page: holder, contacts, service points, open bills, payments, balance, chart.

Why a widget of its own: it only shows an ``AccountView`` snapshot (built off the GUI thread
by ``desktop.services.accounts``) and reports which bills the clerk selected; it never
queries or computes anything itself.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.money import Money
from desktop.services.accounts import AccountView, BillView, PaymentView
from desktop.text import display_safe_record
from ui.chart import Bar, ConsumptionChart
from ui.i18n import Formats, isolate, term
from ui.models import OpenBillsModel, PaymentsModel, ServicePointsModel


def make_table(model, name: str, *, multi: bool = False) -> QTableView:
    """A read-only, row-selecting table view with sensible column sizing."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)
    return view


class AccountPanel(QWidget):
    """Shows one account; ``selected_bill_nos`` and ``amount_to_pay`` feed the payment dialog.

    The void, statement, explain and reprint buttons only emit ``void_requested``,
    ``statement_requested``, ``explain_requested`` and ``reprint_requested``: the window owns
    the actions (and their shortcuts) and the dialogs.
    """

    void_requested = Signal()
    statement_requested = Signal()
    explain_requested = Signal()
    reprint_requested = Signal()
    certificate_requested = Signal(str, str)  # kind (no_debt, payment), account or receipt no.

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_panel")
        self.formats = formats
        self.account: AccountView | None = None
        self.voidable: frozenset[str] = frozenset()

        self.name_ar = QLabel(objectName="name_ar")
        self.name_ar.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.name_ar.setStyleSheet("font-size: 17pt; font-weight: bold;")
        self.name_latin = QLabel(objectName="name_latin")
        self.name_latin.setTextFormat(Qt.TextFormat.PlainText)
        self.name_latin.setStyleSheet("font-size: 12pt;")
        # Two label/value pairs per row keep the holder block short, leaving room for bills.
        self.details = QGridLayout()
        self.details.setHorizontalSpacing(12)
        self.details.setVerticalSpacing(2)
        self.detail_labels: dict[str, QLabel] = {}
        self.detail_titles: dict[str, QLabel] = {}
        keys = ("account_no", "category", "status", "phones", "email", "address")
        for n, key in enumerate(keys):
            label = QLabel(objectName=key)
            label.setTextFormat(Qt.TextFormat.PlainText)  # "<b>" in an address stays text
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            title = QLabel()
            title.setStyleSheet("color: #555;")
            self.detail_labels[key], self.detail_titles[key] = label, title
            row, col = divmod(n, 2)
            if key == "address":  # long: a whole row of its own, so it never gets clipped
                row, col = row + 1, 0
            self.details.addWidget(title, row, col * 2)
            self.details.addWidget(label, row, col * 2 + 1, 1, 3 if key == "address" else 1)
        self.details.setColumnStretch(1, 1)
        self.details.setColumnStretch(3, 1)
        self.balance = QLabel(objectName="balance")
        self.balance.setStyleSheet("font-size: 20pt; font-weight: bold; color: #b00020;")
        self.credit = QLabel(objectName="credit")
        self.balance_title = QLabel()
        # A regularisation debit decided but not yet billed is due all the same: the total
        # above includes it, and this line says how much of it is waiting for the next bill.
        self.pending = QLabel(objectName="pending")
        self.pending.setWordWrap(True)
        self.pending.setStyleSheet("color: #b00020;")
        self.pending.hide()

        # An account imported by a remote look-up belongs to another agency: say so, and how
        # fresh its open amounts are (this agency's sync never refreshes them).
        self.home_agency = QLabel(objectName="home_agency")
        self.home_agency.setWordWrap(True)
        self.home_agency.setStyleSheet(
            "background: #fff3e0; color: #e65100; font-weight: bold; padding: 4px;"
        )
        self.home_agency.hide()

        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.name_ar)
        hl.addWidget(self.name_latin)
        hl.addLayout(self.details)
        self.money_box = QGroupBox()
        ml = QVBoxLayout(self.money_box)
        ml.addWidget(self.balance_title)
        ml.addWidget(self.balance)
        ml.addWidget(self.pending)
        ml.addWidget(self.credit)
        self.statement_button = QPushButton(objectName="statement_button")
        self.statement_button.setAutoDefault(False)
        self.statement_button.clicked.connect(self.statement_requested)
        ml.addWidget(self.statement_button)
        self.no_debt_button = QPushButton(objectName="no_debt_button")
        self.no_debt_button.setAutoDefault(False)
        self.no_debt_button.clicked.connect(self._no_debt_certificate)
        ml.addWidget(self.no_debt_button)
        for top in (holder, self.money_box):
            top.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.points_model = ServicePointsModel(formats, self)
        self.points = make_table(self.points_model, "service_points")
        self.bills_model = OpenBillsModel(formats, parent=self)
        self.bills = make_table(self.bills_model, "open_bills", multi=True)
        self.payments_model = PaymentsModel(formats, self)
        self.payments = make_table(self.payments_model, "payments")
        self.void_button = QPushButton(objectName="void_button")
        self.void_button.setAutoDefault(False)
        self.void_button.setEnabled(False)
        self.void_button.clicked.connect(self.void_requested)
        self.payments.selectionModel().selectionChanged.connect(self._payment_selected)
        payments_page = QWidget()
        pl = QVBoxLayout(payments_page)
        pl.setContentsMargins(0, 0, 0, 0)
        self.held_band = QLabel(objectName="held_by_central")
        self.held_band.setWordWrap(True)
        self.held_band.setStyleSheet("color: #9a5b00; font-weight: bold;")
        self.held_band.hide()
        pl.addWidget(self.held_band)
        pl.addWidget(self.payments)
        bar = QHBoxLayout()
        self.void_hint = QLabel(objectName="void_hint")
        self.void_hint.setStyleSheet("color: #555;")
        bar.addWidget(self.void_hint, 1)
        self.reprint_button = QPushButton(objectName="reprint_button")
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self.reprint_requested)
        bar.addWidget(self.reprint_button)
        self.payment_certificate_button = QPushButton(objectName="payment_certificate_button")
        self.payment_certificate_button.setAutoDefault(False)
        self.payment_certificate_button.setEnabled(False)
        self.payment_certificate_button.clicked.connect(self._payment_certificate)
        bar.addWidget(self.payment_certificate_button)
        bar.addWidget(self.void_button)
        pl.addLayout(bar)
        self.charts = QWidget(objectName="charts")
        self.charts_layout = QVBoxLayout(self.charts)
        charts_scroll = QScrollArea()
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(self.charts)

        self.tabs = QTabWidget(objectName="account_tabs")
        self.tabs.addTab(payments_page, "")
        self.tabs.addTab(charts_scroll, "")
        self.tabs.addTab(self.points, "")
        self.bills_title = QLabel()
        self.bills_title.setStyleSheet("font-weight: bold;")
        self.explain_button = QPushButton(objectName="explain_button")
        self.explain_button.setAutoDefault(False)
        self.explain_button.setEnabled(False)
        self.explain_button.clicked.connect(self.explain_requested)
        self.bills.selectionModel().selectionChanged.connect(self._bill_selected)
        bills_bar = QHBoxLayout()
        bills_bar.addWidget(self.bills_title, 1)
        bills_bar.addWidget(self.explain_button)

        grid = QGridLayout(self)
        grid.addWidget(self.home_agency, 0, 0, 1, 2)
        grid.addWidget(holder, 1, 0)
        grid.addWidget(self.money_box, 1, 1)
        grid.addLayout(bills_bar, 2, 0, 1, 2)
        grid.addWidget(self.bills, 3, 0, 1, 2)
        grid.addWidget(self.tabs, 4, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 0)
        grid.setRowStretch(3, 3)
        grid.setRowStretch(4, 3)
        self.bills.setMinimumHeight(150)
        self.tabs.setMinimumHeight(230)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "account_no": self.tr("Account"),
            "category": self.tr("Category"),
            "status": self.tr("Status"),
            "address": self.tr("Address"),
            "phones": self.tr("Phones"),
            "email": self.tr("E-mail"),
        }
        for key, label in self.detail_titles.items():
            label.setText(titles[key])
        self.money_box.setTitle(self.tr("Balance"))
        self.balance_title.setText(self.tr("Still due (credit deducted)"))
        self.bills_title.setText(self.tr("Open bills (select to pay only some)"))
        self.tabs.setTabText(0, self.tr("Payments"))
        self.tabs.setTabText(1, self.tr("Consumption"))
        self.tabs.setTabText(2, self.tr("Service points"))
        self.statement_button.setText(self.tr("Statement (PDF)… (Ctrl+P)"))
        self._void_text = self.tr("Void this payment… (Ctrl+Shift+V)")
        self._correct_text = self.tr("Correct this payment… (Ctrl+Shift+V)")
        self.void_button.setText(self._void_text)
        self.reprint_button.setText(self.tr("Print again (duplicate) (Ctrl+Shift+R)"))
        self.no_debt_button.setText(self.tr("No-debt certificate (PDF)…"))
        self.payment_certificate_button.setText(self.tr("Payment certificate (PDF)…"))
        self.explain_button.setText(self.tr("Explain this bill… (Ctrl+E)"))
        self.void_hint.setText(
            self.tr(
                "Payments of today's open till are voided; those of a "
                "closed till are corrected by a reversing payment."
            )
        )
        if self.account is not None:
            self._fill(self.account)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_account(
        self,
        account: AccountView,
        select_bill: str | None = None,
        voidable: frozenset[str] = frozenset(),
    ) -> None:
        """Display ``account``; preselect the bill ``select_bill`` (a scanned reference).

        ``voidable``: receipt numbers the clerk may offer to void (today's open till).
        """
        self.account = account
        self.voidable = voidable
        self._fill(account)
        self.bills.clearSelection()
        row = self.bills_model.row_of(select_bill) if select_bill else -1
        if row >= 0:
            index = self.bills_model.index(row, 0)
            self.bills.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.bills.scrollTo(index)

    def _fill(self, a: AccountView) -> None:
        a = display_safe_record(a)  # names, address, notes: from central or typed by anyone
        f = self.formats
        # Labels align by their text's script; names follow the window's reading side instead.
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        for label in (self.name_ar, self.name_latin):
            label.setAlignment(
                side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
        self.name_ar.setText(a.name_ar)
        self.name_latin.setText(a.name_latin)
        self.home_agency.setVisible(a.home_agency is not None)
        if a.home_agency is not None:
            self.home_agency.setText(
                self.tr(
                    "Agency {agency} · account of another agency, open amounts as of {time}"
                ).format(
                    agency=isolate(a.home_agency),
                    time=f.datetime(a.looked_up_at) if a.looked_up_at else "—",
                )
            )
            self.home_agency.setToolTip(
                self.tr(
                    "Found by a look-up of other agencies. This agency's sync does not "
                    "refresh it: search other agencies again for the latest amounts."
                )
            )
        d = self.detail_labels
        d["account_no"].setText(a.account_no)
        d["category"].setText(term(a.category))
        d["status"].setText(term(a.status))
        d["address"].setText(isolate(", ".join(x for x in (a.address, a.district, a.city) if x)))
        d["phones"].setText(" · ".join(a.phones) or "—")
        d["email"].setText(a.email or "—")
        self.balance.setText(f.money(a.balance))
        self.credit.setText(self.tr("Credit: {amount}").format(amount=f.money(a.credit)))
        self.pending.setVisible(bool(a.pending))
        self.pending.setText(
            self.tr("Including {amount} of regularisation pending for the next bill").format(
                amount=f.money(a.pending_total)
            )
        )
        self.points_model.set_rows(a.service_points)
        self.bills_model.set_rows(a.open_bills)
        self.payments_model.set_rows(a.payments)
        held = sum(p.held_by_central for p in a.payments)
        self.held_band.setVisible(held > 0)
        self.held_band.setText(
            self.tr(
                "Payments held by central: {count}. The bills they paid stay paid at this counter "
                "until a manager resolves them under Sync problems: do not ask the customer again."
            ).format(count=held)
        )
        self._payment_selected()
        self._bill_selected()
        self._fill_charts(a)

    def _fill_charts(self, a: AccountView) -> None:
        while self.charts_layout.count():
            item = self.charts_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        by_meter = defaultdict(list)
        for bill in sorted(a.history, key=lambda b: b.period_start):
            by_meter[bill.meter_no].append(bill)
        legend = (self.tr("actual reading"), self.tr("estimated"))
        for point in a.service_points:
            bills = by_meter.get(point.meter_no, [])
            chart = ConsumptionChart(self.charts)
            chart.setObjectName(f"chart_{point.meter_no}")
            title = self.tr("{service} — meter {meter}").format(
                service=term(point.service), meter=point.meter_no
            )
            bars = [Bar(b.period_end.strftime("%m/%y"), b.consumption, b.estimated) for b in bills]
            chart.set_bars(title, bars, legend)
            self.charts_layout.addWidget(chart)
        self.charts_layout.addStretch(0)

    def selected_payment(self) -> PaymentView | None:
        """The payment selected in the history, if any."""
        rows = self.payments.selectionModel().selectedRows()
        return self.payments_model.record(rows[0].row()) if rows else None

    def selected_voidable_payment(self) -> PaymentView | None:
        """The selected payment when it may be voided now, else None."""
        payment = self.selected_payment()
        if payment is None or payment.receipt_no not in self.voidable or payment.status != "valid":
            return None
        return payment

    def selected_correctable_payment(self) -> PaymentView | None:
        """The selected counter payment when its till is closed (a correction, not a void)."""
        payment = self.selected_payment()
        if (
            payment is None
            or not payment.receipt_no
            or payment.receipt_no in self.voidable
            or payment.status != "valid"
            or payment.channel != "counter"
            or payment.amount.minor <= 0
        ):
            return None
        return payment

    def _payment_selected(self) -> None:
        correctable = self.selected_correctable_payment() is not None
        self.void_button.setEnabled(self.selected_voidable_payment() is not None or correctable)
        self.void_button.setText(self._correct_text if correctable else self._void_text)
        self.reprint_button.setEnabled(self.selected_reprintable_payment() is not None)
        selected = self.selected_reprintable_payment()
        self.payment_certificate_button.setEnabled(
            selected is not None and selected.status == "valid"
        )

    def _no_debt_certificate(self) -> None:
        if self.account is not None:
            self.certificate_requested.emit("no_debt", self.account.account_no)

    def _payment_certificate(self) -> None:
        payment = self.selected_reprintable_payment()
        if payment is not None and payment.receipt_no:
            self.certificate_requested.emit("payment", payment.receipt_no)

    def selected_reprintable_payment(self) -> PaymentView | None:
        """The selected payment when it has a counter receipt to print again, else None."""
        payment = self.selected_payment()
        return payment if payment is not None and payment.receipt_no else None

    def explained_bill(self) -> BillView | None:
        """The bill "Explain this bill" is about: the current (or first selected) open bill."""
        index = self.bills.currentIndex()
        rows = sorted(i.row() for i in self.bills.selectionModel().selectedRows())
        row = index.row() if index.isValid() and index.row() in rows else (rows[0] if rows else -1)
        return self.bills_model.record(row) if 0 <= row < self.bills_model.rowCount() else None

    def _bill_selected(self) -> None:
        self.explain_button.setEnabled(self.explained_bill() is not None)

    def selected_bill_nos(self) -> tuple[str, ...]:
        """References of the selected open bills, oldest first (empty: none selected)."""
        rows = sorted({i.row() for i in self.bills.selectionModel().selectedRows()})
        return tuple(self.bills_model.record(r).bill_no for r in rows)

    def amount_to_pay(self) -> Money | None:
        """Open total of the selected bills, else of all open bills; None without account."""
        if self.account is None:
            return None
        chosen = set(self.selected_bill_nos())
        bills = [b for b in self.account.open_bills if not chosen or b.bill_no in chosen]
        return Money(sum(b.open.minor for b in bills), self.account.currency)
