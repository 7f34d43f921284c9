"""Small helpers shared by the back-office window tests (till, void, dashboard...)."""

from __future__ import annotations

from desktop.money import Money
from desktop.services.payments import PaymentRequest, PaymentResult, take_payment
from tests.factories import user_named
from tests.ui.conftest import type_text
from ui.approval import ManagerCredentials


def pay_cash(store, account_no: str, minor: int, username: str = "amina") -> PaymentResult:
    """A cash payment taken straight through the use case (the setup of a test, not its subject)."""
    with store.unit_of_work() as uow:
        request = PaymentRequest(account_no, Money(minor, "DZD"), "cash")
        return take_payment(uow, request, user_named(store, username))


def type_manager(box: ManagerCredentials, username: str, password: str) -> None:
    box.username.clear()
    type_text(box.username, username)
    type_text(box.password, password)
