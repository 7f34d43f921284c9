"""The "Search other agencies" offer under the search box when nothing was found here.

Why a widget of its own: the window only tells it what was searched and what came back;
this widget decides whether a remote look-up makes sense (a central server is configured and
the text is an exact account, bill or meter number, never a name), runs it off the GUI
thread and hands back the imported account, which then opens like any local one. The rules
(identifier only, logging, import) live in ``desktop.sync.remote``.

Why a worker of its own (like the receipt printer's): the look-up waits on the WAN, up to
the connect and statement timeouts when it is bad. On the window's database worker, the
clerk's searches and payments would queue behind it; here they go on meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.errors import DomainError
from desktop.services.auth import AuthenticatedUser
from desktop.sync.remote import RemoteAccount, lookup_from_settings, remote_identifier
from desktop.use_cases.sync import central_address
from ui.i18n import isolate
from ui.operations import ReadOp
from ui.worker import DbWorker

SHORTCUT = "F4"


class RemoteLookupOffer(QWidget):
    """Shown when a search found nothing here; ``found`` carries the ``RemoteAccount``,
    ``failed`` the error (offline, not found...), both on the GUI thread."""

    found = Signal(object)
    failed = Signal(object)

    def __init__(self, worker: DbWorker, user: AuthenticatedUser, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("remote_lookup")
        self.worker, self.user = worker, user
        self.network = DbWorker(worker.store, self)  # the WAN never holds the counter's worker
        self.configured = False
        self.running = False
        self.query = ""
        self.label = QLabel(objectName="remote_hint")
        self.label.setWordWrap(True)
        self.button = QPushButton(objectName="remote_button")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.run)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#remote_lookup { background: #e3f2fd; } QLabel { padding: 4px; }")
        self.hide()
        self.retranslate()
        ReadOp(
            "remote.central_url", lambda store: central_address(store, user), owner=self
        ).success(self._url_loaded).failure(
            lambda _e: None  # no address readable: the offer is simply never made
        ).run(worker)

    def retranslate(self) -> None:
        self.label.setText(
            self.tr(
                "Nothing in this agency matches {query}: it may belong to another agency."
            ).format(query=isolate(self.query))
        )
        if self.running:
            self.button.setText(self.tr("Searching other agencies…"))
        else:
            self.button.setText(self.tr("Search other agencies ({key})").format(key=SHORTCUT))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _url_loaded(self, url: str) -> None:
        self.configured = bool(url)

    def offer(self, query: str) -> None:
        """After a search: show the offer for ``query`` ('' = the search found something)."""
        try:
            ident = remote_identifier(query) if query.strip() and self.configured else ""
        except DomainError:
            ident = ""  # a name: never searched in other agencies
        self.query = ident
        if not self.running:
            self.retranslate()
            self.setVisible(bool(ident))

    def run(self) -> bool:
        """Look the offered number up (worker); False when nothing is offered."""
        if not self.isVisible() or self.running or not self.query:
            return False
        query, clerk = self.query, self.user.username

        self._busy(True)
        ReadOp(
            "remote.lookup",
            lambda store: lookup_from_settings(store, query, clerk=clerk),
            owner=self,
        ).success(self._done).failure(self._failed).run(self.network)
        return True

    def _busy(self, running: bool) -> None:
        self.running = running
        self.button.setEnabled(not running)
        self.retranslate()

    def _done(self, account: RemoteAccount) -> None:
        self._busy(False)
        self.hide()
        self.found.emit(account)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.failed.emit(error)
