"""Languages of the window: Qt Linguist translators, layout direction and Babel formatting.

Why one module: switching language must change three things together (the translated
strings, the right-to-left layout, and how amounts and dates are written), and the domain
error codes must turn into translated sentences. Source strings are English; the ``.ts``
files next to this module are kept with ``pyside6-lupdate`` and compiled to ``.qm`` with
``pyside6-lrelease`` (run ``python -m ui.i18n.update``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from importlib.resources import files

from babel.dates import format_date, format_datetime
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import (
    FIELD_MESSAGES,
    MESSAGES,
    PROBLEMS,
    DomainError,
    Problem,
    window_templates,
)
from desktop.maintenance import describe_database_error
from desktop.money import FSI, PDI, Money, format_money
from desktop.text import display_safe
from desktop.vocabulary import CONTEXT as VOCABULARY
from desktop.vocabulary import WORDS

LANGUAGES: dict[str, str] = {"ar": "العربية", "fr": "Français", "en": "English"}
"""Language code → its own name (shown untranslated so anyone can find theirs)."""

_COUNTRY = {"DZD": "DZ", "MAD": "MA"}


def babel_locale(lang: str, currency: str) -> str:
    """Babel locale for a UI language in the country of the currency: ar_DZ, fr_MA, en..."""
    if lang == "en":
        return "en"
    return f"{lang}_{_COUNTRY.get(currency, 'DZ')}"


def isolate(text: str) -> str:
    """Wrap free text (an address, a name) so its own first letter decides its direction.

    Without it, "81 Rue Khemisti" in a right-to-left cell is shown as "Rue Khemisti 81".
    """
    return f"{FSI}{text}{PDI}" if text else text


def system_language() -> str:
    """The OS language if we have it, else French (the common language of both countries)."""
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "fr"


class Translators:
    """The translators currently installed on the application (ours and Qt's own dialogs)."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self._keep = b""  # QTranslator.load(bytes) reads from this buffer, keep it alive
        self.language = "en"

    def install(self, lang: str) -> None:
        """Replace the installed translators by ``lang``'s and set the layout direction."""
        for tr in self._installed:
            self._app.removeTranslator(tr)
        self._installed.clear()
        if lang != "en":
            ours = QTranslator(self._app)
            data = (files("ui.i18n") / f"guichet_{lang}.qm").read_bytes()
            if ours.load(data):  # loaded from package data, works from a wheel or zip
                self._installed.append(ours)
            qt = QTranslator(self._app)
            if qt.load(
                f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                self._installed.append(qt)
            self._keep = data
        for tr in self._installed:
            self._app.installTranslator(tr)
        self.language = lang
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )


@dataclass(frozen=True, slots=True)
class Formats:
    """How amounts and dates are written for one Babel locale (e.g. ``ar_DZ``).

    Dates are isolated like amounts, so "12/03/2024" never gets reordered inside Arabic text.
    """

    locale: str

    def money(self, money: Money) -> str:
        return format_money(money, self.locale)

    def date(self, day: dt.date) -> str:
        return f"{FSI}{format_date(day, 'short', locale=self.locale)}{PDI}"

    def datetime(self, moment: dt.datetime) -> str:
        """``moment`` is naive UTC (as stored); shown in the machine's local time."""
        local = moment.replace(tzinfo=dt.UTC).astimezone()
        return f"{FSI}{format_datetime(local, 'short', locale=self.locale)}{PDI}"


# The English of every message the window shows is defined once, in desktop
# (desktop.domain.errors.window_templates: the domain codes, their few screen wordings and the
# form field codes). ``python -m ui.i18n.update`` hands them to lupdate under the "Errors"
# context; here they are only looked up. A code missing from this table (tests remove one)
# falls back to the English message.
ERROR_TEMPLATES: dict[str, str] = {
    code: text for code, text in window_templates().items() if code in MESSAGES
}
FIELD_TEMPLATES: dict[str, str] = dict(FIELD_MESSAGES)


def field_error_text(code: str, params: dict) -> str:
    """A translated sentence for one form field problem (a field code or a domain code)."""
    template = FIELD_TEMPLATES.get(code)
    if template is None:
        return error_text(DomainError(code, **params))
    text = QCoreApplication.translate("Errors", template)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def _database_name() -> str:
    """The database file named in messages (the application sets it at start-up)."""
    app = QCoreApplication.instance()
    name = app.property("guichet_db") if app is not None else None
    return str(name) if name else "guichet.db"


DATE_EDIT_FORMAT = "dd/MM/yyyy"
"""Date fields read the same in Arabic and French; Qt's Arabic default is "yyyy MM d",
with no separators once laid out right to left."""


def error_text(error: BaseException) -> str:
    """A translated, actionable sentence for ``error`` (domain errors by code).

    In a right-to-left layout each value is isolated: a path, an address or a reference
    given by the core ("/home/agent/guichet.db", "(Permission denied)") would otherwise be
    reordered by the Arabic around it ("home/agent/guichet.db/").
    """
    if isinstance(error, (sqlite3.Error, DBAPIError)):
        # locked, disk full, read-only, damaged: the same one-line ways out as the CLI
        error = describe_database_error(error, _database_name())
    if isinstance(error, DomainError):
        template = ERROR_TEMPLATES.get(error.code)
        if template is None:
            return display_safe(error.message())
        text = QCoreApplication.translate("Errors", template)
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # a value may echo what someone typed or central sent: shown clean, like any data
        values = {k: display_safe(_param_text(v)) for k, v in error.params.items()}
        try:
            return text.format(**({k: isolate(v) for k, v in values.items()} if rtl else values))
        except (KeyError, IndexError):
            return display_safe(error.message(text))
    return QCoreApplication.translate(
        "Errors", "Unexpected error: {detail}. Try again; if it persists, call support."
    ).format(detail=type(error).__name__)


def _param_text(value: object) -> str:
    """A parameter of an error in the clerk's language when it is a code word the core uses
    (a role, an action, "manager or admin"), or what is wrong when the core says it in its
    own words (a ``Problem``: worded from its code); anything else (numbers, references,
    an operating system's message) as it is."""
    if isinstance(value, Problem):
        template = QCoreApplication.translate("Errors", PROBLEMS[value.code])
        values = {k: _param_text(v) for k, v in value.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError):
            return str(value)
    text = str(value)
    if text in TERMS:
        return term(text)
    parts = text.split(" or ")
    if len(parts) > 1 and all(p in TERMS for p in parts):
        return QCoreApplication.translate("Terms", OR).join(term(p) for p in parts)
    return text


# Values stored in the database, shown in the clerk's language: the raw value the core
# stores or sends ("cash", "manager") → its code in desktop.vocabulary ("tender.cash"),
# where its English is defined once; the translation is the .ts entry of that code.
TERMS: dict[str, str] = {}
for _code in WORDS:
    TERMS.setdefault(_code.split(".", 1)[1], _code)
OR = QT_TRANSLATE_NOOP("Terms", " or ")


def word(code: str) -> str:
    """The stored word ``code`` (``tender.cash``) of desktop.vocabulary in the current language."""
    english = WORDS.get(code)
    if english is None:
        return code.split(".", 1)[-1]
    return QCoreApplication.translate(VOCABULARY, english, code)


def term(value: str) -> str:
    """A stored code word (role, service, tender...) in the current language."""
    code = TERMS.get(value)
    return word(code) if code else value
