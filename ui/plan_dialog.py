"""Negotiate an installment plan at the counter: bills, down payment, installments, live preview.

Why thin and why the preview is instant: the facts (open bills, category policy, active or
broken plans) are read once on the database worker; each keystroke then calls the pure
``desktop.domain.plans.propose`` — the same function ``create_plan`` calls — so the schedule
on screen is exactly what will be recorded, with every broken rule listed inline at once. No
schedule is computed in a slot of ours: confirming runs ``create_plan`` on the worker, which
re-reads and re-checks everything, takes the down payment (receipt) and commits the plan.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.plans import AccountFacts, PlanPolicy, PlanProposal, PlanTerms, propose
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser
from desktop.services.plans import CreatedPlan
from desktop.store.db import Store
from desktop.use_cases.plans import create_plan, negotiation_context
from ui.amount_field import read_amount
from ui.approval import ManagerCredentials, check_approver
from ui.i18n import Formats, error_text, isolate
from ui.operations import ReadOp, WriteOp
from ui.worker import DbWorker


class PlanDialog(QDialog):
    """Emits ``created`` with the ``CreatedPlan`` once committed (the caller then prints the
    receipt of the down payment and the agreement)."""

    created = Signal(object)  # CreatedPlan
    previewed = Signal(object)  # PlanProposal or None (tests)
    refused = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        clerk: AuthenticatedUser,
        account_no: str,
        formats: Formats,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        self._worker, self._clerk, self._account_no, self._formats = (
            worker,
            clerk,
            account_no,
            formats,
        )
        self._facts: AccountFacts | None = None
        self._policy: PlanPolicy | None = None
        self.proposal: PlanProposal | None = None
        self.setWindowTitle(
            self.tr("Installment plan — account {account}").format(account=isolate(account_no))
        )

        self.bills = QListWidget(objectName="bills")
        self.bills.itemChanged.connect(self._refresh)
        self.down = QLineEdit(objectName="down")
        self.down.setPlaceholderText("0")
        self.by_count = QRadioButton(self.tr("Number of installments"), objectName="by_count")
        self.by_amount = QRadioButton(self.tr("Installment amount"), objectName="by_amount")
        self.by_count.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_amount)
        self.count = QSpinBox(objectName="count")
        self.count.setRange(1, 120)
        self.count.setValue(6)
        self.target = QLineEdit(objectName="target")
        self.target.setEnabled(False)
        for signal in (
            self.down.textChanged,
            self.target.textChanged,
            self.count.valueChanged,
            self.by_count.toggled,
        ):
            signal.connect(self._refresh)
        self.by_count.toggled.connect(
            lambda on: (self.count.setEnabled(on), self.target.setEnabled(not on))
        )
        terms = QWidget()
        form = QFormLayout(terms)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Down payment"), self.down)
        for radio, field in ((self.by_count, self.count), (self.by_amount, self.target)):
            row = QHBoxLayout()
            row.addWidget(radio)
            row.addWidget(field, 1)
            form.addRow(row)

        self.summary = QLabel(objectName="summary")
        self.summary.setStyleSheet("font-weight: bold;")
        self.rounding = QLabel(objectName="rounding")
        self.rounding.setWordWrap(True)
        self.schedule = QTableWidget(0, 3, objectName="schedule")
        self.schedule.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Due date"), self.tr("Amount")]
        )
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule.verticalHeader().hide()
        self.schedule.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.violations = QLabel(objectName="violations")
        self.violations.setWordWrap(True)
        self.violations.setStyleSheet("color: #b00020;")
        self.approval = ManagerCredentials()
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText(self.tr("Why the manager approves (kept with the plan)"))
        self.approval.form.addRow(self.tr("Reason"), self.reason)
        self.approval.hide()
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(
            self.tr("Take the down payment and create the plan"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.confirm.setObjectName("confirm")
        self.confirm.setEnabled(False)
        self.close_button = self.buttons.addButton(
            self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Bills in the plan (overdue ones are ticked)")))
        layout.addWidget(self.bills, 1)
        layout.addWidget(terms)
        layout.addWidget(self.summary)
        layout.addWidget(self.rounding)
        layout.addWidget(self.schedule, 2)
        layout.addWidget(self.violations)
        layout.addWidget(self.approval)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.bills.setMinimumHeight(90)
        self.schedule.setMinimumHeight(150)
        self.summary.setWordWrap(True)
        self.setMinimumSize(680, 880)
        clerk = self._clerk
        ReadOp(
            "plan.context",
            lambda store: negotiation_context(store, clerk, account_no),
            owner=self,
        ).success(self._loaded).failure(self._failed).run(self._worker)

    # --- facts, then an instant preview on every change ----------------------------------
    def _loaded(self, context: tuple[AccountFacts, PlanPolicy]) -> None:
        self._facts, self._policy = context
        self.count.setMaximum(self._policy.ceiling_installments)  # no approval goes past it
        today = dt.date.today()
        self.bills.blockSignals(True)
        for bill in self._facts.open_bills:
            item = QListWidgetItem(
                self.tr("{bill} · due {date} · {amount}").format(
                    bill=isolate(bill.bill_no),
                    date=self._formats.date(bill.due_date),
                    amount=self._formats.money(bill.open),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, bill.bill_no)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            overdue = bill.due_date < today or not self._policy.overdue_only
            item.setCheckState(Qt.CheckState.Checked if overdue else Qt.CheckState.Unchecked)
            self.bills.addItem(item)
        self.bills.blockSignals(False)
        self._refresh()
        self.down.setFocus()

    def terms(self) -> PlanTerms:
        """What the clerk typed, as terms (raises DomainError on a bad amount)."""
        assert self._facts is not None
        cur = self._facts.currency
        f = self._formats
        down = (
            read_amount(self.down.text(), cur, f, allow_zero=True)
            if self.down.text().strip()
            else Money(0, cur)
        )
        chosen = tuple(
            str(self.bills.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.bills.count())
            if self.bills.item(i).checkState() == Qt.CheckState.Checked
        )
        if self.by_count.isChecked():
            return PlanTerms(down, self.count.value(), None, chosen)
        return PlanTerms(down, None, read_amount(self.target.text(), cur, f), chosen)

    def _refresh(self, *_: object) -> None:
        if self._facts is None or self._policy is None:
            return
        try:
            terms = self.terms()
            if not terms.bill_nos:
                raise DomainError("plan.no_bills", account_no=self._facts.account_no)
            self.proposal = propose(self._facts, terms, self._policy, dt.date.today())
        except DomainError as exc:
            self.proposal = None
            self._show(None, error_text(self._localised(exc)))
            return
        self._show(self.proposal, "")

    def _show(self, p: PlanProposal | None, problem: str) -> None:
        f = self._formats
        self.schedule.setRowCount(0)
        if p is None:
            self.summary.clear()
            self.rounding.clear()
            self.violations.setText(problem)
            self.approval.hide()
            self.confirm.setEnabled(False)
            self.previewed.emit(None)
            return
        self.summary.setText(
            self.tr(
                "Total {total} · down payment {down} · {n} installments of {financed} in all"
            ).format(
                total=f.money(p.total),
                down=f.money(p.down_payment),
                n=len(p.installments),
                financed=f.money(p.financed),
            )
        )
        rule = p.rounding
        self.rounding.setText(
            error_text(self._localised(DomainError(rule.code, **dict(rule.params)))) if rule else ""
        )
        self.schedule.setRowCount(len(p.installments))
        for r, inst in enumerate(p.installments):
            cells = (str(inst.seq), f.date(inst.due_date), f.money(inst.amount))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.schedule.setItem(r, c, item)
        self.violations.setText(
            "\n".join(
                "• " + error_text(DomainError(v.code, **dict(v.params))) for v in p.violations
            )
        )
        self.approval.setVisible(bool(p.violations) and not p.blocked)
        self.confirm.setEnabled(not p.blocked)
        self.previewed.emit(p)

    def _localised(self, error: DomainError) -> DomainError:
        """``error`` with its amounts ("1234.50") written as the clerk reads them (1 234,50 DA),
        for the sentences this dialog adds (rounding rule, ceiling)."""
        ours = ("plan.rounding.", "plan.installment_over")
        if self._facts is None or not error.code.startswith(ours):
            return error
        cur, params = self._facts.currency, dict(error.params)
        for key in ("financed", "regular", "last", "unit", "amount", "installment", "minimum"):
            if key in params:
                params[key] = self._formats.money(Money.from_decimal(str(params[key]), cur))
        return DomainError(error.code, **params)

    # --- confirm -----------------------------------------------------------------------------
    def _submit(self) -> None:
        if self.proposal is None:
            return
        terms, clerk, account = self.terms(), self._clerk, self._account_no
        needs = bool(self.proposal.violations)
        username, password = self.approval.values()
        reason = self.reason.text()
        if needs and (not username or not password):
            self._refuse(self.tr("The manager must type their user name and password."))
            return

        def approved_create(store: Store) -> CreatedPlan:
            approver = check_approver(store, username, password) if needs else None
            return create_plan(store, clerk, account, terms, approver=approver, reason=reason)

        self.message.setText(self.tr("Recording…"))
        self.buttons.setEnabled(False)
        self.approval.forget_password()
        WriteOp("plan.create", approved_create, owner=self).success(self._done).failure(
            self._failed
        ).run(self._worker)

    def _done(self, made: CreatedPlan) -> None:
        self.buttons.setEnabled(True)
        text = self.tr("Plan {reference} created.").format(reference=isolate(made.reference))
        if made.receipt_no:
            text += " " + self.tr("Down payment receipt {receipt}.").format(
                receipt=isolate(made.receipt_no)
            )
        self.message.setText(text)
        self.message.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1b5e20;")
        self.confirm.hide()
        self.close_button.setText(self.tr("Done"))
        self.created.emit(made)

    def _failed(self, error: BaseException) -> None:
        self._refuse(error_text(error))

    def _refuse(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.refused.emit(text)

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the plan is being written
            super().reject()
