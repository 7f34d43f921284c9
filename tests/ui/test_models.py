"""Table models checked with no widget at all (pytest-qt's qtmodeltester)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.money import Money
from desktop.services.accounts import BillView, PaymentView, ServicePointView
from desktop.store.search import SearchHit
from ui.i18n import Formats
from ui.models import (
    RECORD_ROLE,
    OpenBillsModel,
    PaymentsModel,
    SearchResultsModel,
    ServicePointsModel,
)

FR = Formats("fr_DZ")
TODAY = dt.date(2024, 6, 30)


def _bill(no: str, due: dt.date, open_minor: int, estimated: bool = False) -> BillView:
    return BillView(
        no,
        "electricity",
        "M1",
        due - dt.timedelta(days=100),
        due - dt.timedelta(days=10),
        due - dt.timedelta(days=20),
        due,
        420,
        estimated,
        Money(146_656, "DZD"),
        Money(open_minor, "DZD"),
    )


def test_search_results_model_passes_the_model_tester(qtmodeltester) -> None:
    model = SearchResultsModel(FR)
    model.set_rows(
        [
            SearchHit(
                1,
                "2401001",
                "أحمد بن يوسف",
                "Ahmed Benyoucef",
                "Guelma",
                "12 rue",
                "active",
                "bill",
                "F001",
                0,
            ),
            SearchHit(
                2,
                "2401002",
                "أحمد قاسمي",
                "Ahmed Kacimi",
                "Guelma",
                "3 cité",
                "closed",
                "name",
                "",
                3,
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 5)) == "bill F001"
    assert model.data(model.index(1, 5)) == "name"
    assert model.data(model.index(1, 0), RECORD_ROLE).account_id == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name (Arabic)"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_an_account_of_another_agency_says_so_in_the_results(qtmodeltester) -> None:
    model = SearchResultsModel(FR)
    model.set_rows(
        [
            SearchHit(
                3,
                "2402009",
                "سليم",
                "Salim",
                "Annaba",
                "1 rue",
                "active",
                "account",
                "2402009",
                0,
                home_agency="2402",
            )
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "2402009 · agency 2402"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None


def test_open_bills_model_shows_overdue_days_and_estimates(qtmodeltester) -> None:
    model = OpenBillsModel(FR, TODAY)
    model.set_rows(
        [
            _bill("F1", dt.date(2024, 6, 10), 46_656, estimated=True),
            _bill("F2", dt.date(2024, 7, 10), 146_656),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 4)) == "20"
    assert model.data(model.index(1, 4)) == "0"
    assert model.data(model.index(0, 6)) == "\u2068466,56\xa0DA\u2069"
    assert model.data(model.index(0, 7)) == "estimated"
    assert model.data(model.index(0, 7), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 7), Qt.ItemDataRole.ForegroundRole) is None
    assert int(model.data(model.index(0, 6), Qt.ItemDataRole.TextAlignmentRole)) & int(
        Qt.AlignmentFlag.AlignTrailing
    )
    assert model.row_of("F2") == 1 and model.row_of("nope") == -1


def test_payments_and_service_points_models_pass_the_model_tester(qtmodeltester) -> None:
    payments = PaymentsModel(FR)
    payments.set_rows(
        [
            PaymentView(
                "u1",
                "2401-T01-2024-000001",
                dt.datetime(2024, 6, 1, 9, 30),
                Money(100_000, "DZD"),
                "cash",
                "counter",
                "valid",
                ("F1",),
            ),
            PaymentView(
                "u2",
                None,
                dt.datetime(2024, 5, 1, 9, 30),
                Money(50_000, "DZD"),
                "card",
                "online",
                "valid",
                (),
            ),
        ]
    )
    qtmodeltester.check(payments)
    assert payments.data(payments.index(1, 1)) == "\u2068—\u2069"  # isolated: never mirrored
    points = ServicePointsModel(FR)
    points.set_rows(
        [ServicePointView(1, "gas", "G1", "sonelgaz-2016-residential-gas", "quarterly")]
    )
    qtmodeltester.check(points)
    empty = ServicePointsModel(FR)
    qtmodeltester.check(empty)


def test_search_results_say_how_each_holder_was_found(counter) -> None:
    """#17: an address hit never reads as a name, a variant or a typo says so, per language."""
    hits = [
        SearchHit(1, "1", "محمد", "Mohamed", "Guelma", "1 rue", "active", "name", "", 3, None, m)
        for m in ("name", "name_variant", "name_prefix", "name_typo", "address")
    ]
    seen = {}
    for lang in ("fr", "ar", "en"):
        counter.set_language(lang)
        model = SearchResultsModel(Formats("fr_DZ"))
        model.set_rows(hits)
        column = model.columnCount() - 1
        seen[lang] = [model.index(row, column).data() for row in range(len(hits))]
    assert seen["en"] == [
        "name",
        "name (other spelling)",
        "start of the name",
        "name (one letter differs)",
        "address",
    ]
    assert seen["fr"] == [
        "nom",
        "nom (autre graphie)",
        "début du nom",
        "nom (une lettre diffère)",
        "adresse",
    ]
    assert seen["ar"][1:] == ["الاسم (كتابة أخرى)", "بداية الاسم", "الاسم (يختلف بحرف)", "العنوان"]
