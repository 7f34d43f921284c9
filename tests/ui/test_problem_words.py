"""What is wrong reads in the clerk's language: a ``Problem`` is worded from its code."""

from __future__ import annotations

from desktop.domain.errors import DomainError, Problem
from desktop.money import FSI, PDI
from ui.i18n import Translators, error_text


def test_a_problem_of_the_core_is_translated_inside_the_translated_message(qapp) -> None:
    error = DomainError(
        "credentials.invalid", path="/etc/guichet.cred", problem=Problem("no_password_line")
    )
    folder = DomainError(
        "db.read_only", path="/srv/g.db", problem=Problem("folder_read_only", folder="/srv")
    )
    translators = Translators(qapp)
    try:
        translators.install("fr")
        assert "aucune ligne de mot de passe" in error_text(error)
        assert "le dossier /srv est en lecture seule" in error_text(folder)
        translators.install("ar")
        text = error_text(error)
        assert "لا يوجد سطر لكلمة المرور" in text and "no password line" not in text
        assert f"{FSI}/etc/guichet.cred{PDI}" in text
    finally:
        translators.install("en")
    assert "no password line" in error_text(error)


def test_the_field_a_service_refuses_is_named_in_the_clerks_language(qapp) -> None:
    error = DomainError("input.invalid", field="reason", problem=Problem("void_other"))
    translators = Translators(qapp)
    try:
        translators.install("fr")
        text = error_text(error)
        assert "motif" in text and "reason" not in text and "other" not in text, text
        translators.install("ar")
        assert "السبب" in error_text(error)
    finally:
        translators.install("en")
    assert error.message() == "reason: describe the reason for 'other'"
