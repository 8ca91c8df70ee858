"""The "Add a Google account" dialog: one login attempt at a time, never blocking the GUI.

    dialog = LoginDialog(flow_factory=hub.login_flow, save=hub.save_login)
    dialog.accountAdded.connect(...)          # the email of each account saved
    dialog.show()                             # the first show starts an attempt

Pages: waiting (the address, Copy, Open in browser, the paste fallback), finishing,
result, error. Cancel, Escape and closing the window abandon the attempt: the worker
ends and nothing is written. The address holds no secret; the code and the tokens are
never shown, and a pasted address is cleared once used.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from ...core.login_errors import BadPaste, LoginError, StateMismatch
from ...core.login_save import SavedLogin
from ...core.oauth import LoginFlow, LoginResult
from ..common.text import translate
from .messages import Problem, describe, paste_problem
from .pages import ErrorPage, FinishingPage, ResultPage, WaitingPage, fit_height
from .worker import LoginWorker

OpenUrl = Callable[[QUrl], bool]
FlowFactory = Callable[[], LoginFlow]
SaveLogin = Callable[[LoginResult], SavedLogin]  # called in the worker's thread

PAGES = ("waiting", "finishing", "result", "error")


class LoginDialog(QDialog):
    accountAdded = Signal(str)  # the email of an account just added to (or updated in) the pool

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        flow_factory: FlowFactory,
        save: SaveLogin,
        open_url: OpenUrl | None = None,
    ):
        super().__init__(parent)
        self._flow_factory = flow_factory
        self._save = save
        self._open_url = open_url or QDesktopServices.openUrl
        self._flow: LoginFlow | None = None
        self._worker: LoginWorker | None = None
        self._started = False  # an attempt was begun since the dialog was last closed
        self._shrink_next = False  # the next fit may also make the window smaller
        self.problem: Problem | None = None  # what the error page shows, for the hub and tests
        self.setWindowTitle(translate("LoginDialog", "Add a Google account"))
        self.setMinimumWidth(560)

        self.waiting, self.finishing = WaitingPage(), FinishingPage()
        self.result, self.error = ResultPage(), ErrorPage()
        self._stack = QStackedWidget()
        for page in (self.waiting, self.finishing, self.result, self.error):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self._stack)
        self._connect_buttons()

    def _connect_buttons(self) -> None:
        self.waiting.copy_button.clicked.connect(self._copy_url)
        self.waiting.open_button.clicked.connect(self._open_in_browser)
        self.waiting.continue_button.clicked.connect(self._use_paste)
        self.waiting.paste_toggle.toggled.connect(self._paste_toggled)
        self.error.details_toggle.toggled.connect(self._allow_shrink)
        self.waiting.cancel_button.clicked.connect(self.reject)
        self.finishing.cancel_button.clicked.connect(self.reject)
        self.result.add_another_button.clicked.connect(self.start)
        self.result.close_button.clicked.connect(self.accept)
        self.error.try_again_button.clicked.connect(self.start)
        self.error.close_button.clicked.connect(self.reject)

    # -- public ------------------------------------------------------------------------
    @property
    def page(self) -> str:
        """The page shown: "waiting", "finishing", "result" or "error"."""
        return PAGES[self._stack.currentIndex()]

    @property
    def authorization_url(self) -> str:
        return self._flow.authorization_url if self._flow else ""

    @property
    def busy(self) -> bool:
        """True while a worker thread still runs (waiting, finishing or saving)."""
        return self._worker is not None and self._worker.is_running()

    def join_worker(self, timeout: float | None = None) -> bool:
        """Wait for the current worker thread to end; True when none runs."""
        return self._worker is None or self._worker.join(timeout)

    @Slot()
    def start(self) -> None:
        """Begin a fresh attempt (a new flow, a new address), abandoning any current one."""
        self._abandon()
        self._started = True
        self.problem = None
        try:
            self._flow = self._flow_factory()
            self._flow.start_receiver()
        except Exception as exc:
            self._show_problem(exc)
            return
        if self._worker is not None:
            self.destroyed.disconnect(self._worker.cancel)
        worker = self._worker = LoginWorker(self._flow, self._save)
        worker.finishing.connect(self._on_finishing)
        worker.succeeded.connect(self._on_succeeded)
        worker.failed.connect(self._on_failed)
        self.destroyed.connect(worker.cancel)  # a dialog deleted mid-login saves nothing
        worker.start()
        self.waiting.reset(self._flow.authorization_url)
        self._show("waiting", self.waiting.open_button)

    # -- Qt overrides --------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started and not event.spontaneous():
            self.start()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():  # a label grew, a section opened
            fit_height(self, self._stack.currentWidget(), shrink=self._shrink_next)
            self._shrink_next = False
        return handled

    def done(self, result: int) -> None:
        """Every way out (Close, Cancel, Escape, the window's X) ends the attempt."""
        self._abandon()
        self._started = False
        super().done(result)

    # -- the waiting page ------------------------------------------------------------------
    def _copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.authorization_url)
        self.waiting.show_notice(translate("LoginDialog", "Address copied. Paste it into a browser to sign in."))

    def _open_in_browser(self) -> None:
        if not self._open_url(QUrl(self.authorization_url)):
            self.waiting.show_notice(
                translate(
                    "LoginDialog",
                    "No browser could be opened here. Copy the address and open it in a browser yourself.",
                )
            )

    def _allow_shrink(self) -> None:
        self._shrink_next = True

    def _paste_toggled(self, shown: bool) -> None:
        self._shrink_next = True
        if shown:
            self.waiting.paste_field.setFocus()
        self._set_default(self.waiting.continue_button if shown else self.waiting.open_button)

    def _use_paste(self) -> None:
        text = self.waiting.paste_field.text()
        if self._flow is None or self._worker is None or not text.strip():
            return
        try:
            code = self._flow.code_from_paste(text)
        except (BadPaste, StateMismatch) as exc:  # the login goes on; the browser may still answer
            self.waiting.show_paste_problem(paste_problem(exc))
            self.waiting.paste_field.selectAll()
            return
        except LoginError as exc:  # Google's answer in the address was a refusal
            self._abandon()
            self._show_problem(exc)
            return
        self.waiting.paste_field.clear()
        self.waiting.show_paste_problem("")
        self._worker.use_code(code)
        self._show("finishing")

    # -- what the worker reports (queued into the GUI thread) ------------------------------------
    @Slot(object)
    def _on_finishing(self, worker: LoginWorker) -> None:
        if worker is self._worker and not worker.cancelled:
            self._show("finishing")

    @Slot(object, object, object)
    def _on_succeeded(self, worker: LoginWorker, result: LoginResult, saved: SavedLogin) -> None:
        self.accountAdded.emit(result.email)  # it is in the pool, even if the dialog was closed meanwhile
        if worker is self._worker and not worker.cancelled:
            self._flow = None
            self.result.show_result(result, saved)
            self._show("result", self.result.close_button)

    @Slot(object, object)
    def _on_failed(self, worker: LoginWorker, exc: BaseException) -> None:
        if worker is self._worker and not worker.cancelled:
            self._show_problem(exc)

    # -- helpers ----------------------------------------------------------------------------
    def _abandon(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        if self._flow is not None:
            self._flow.cancel()
            self._flow.close()  # free the port now, so "Try again" cannot find it busy
        self._flow = None

    def _show_problem(self, exc: BaseException) -> None:
        self.problem = describe(exc)
        self.error.show_problem(self.problem)
        self._show("error", self.error.try_again_button)

    def _show(self, page: str, default: QPushButton | None = None) -> None:
        shown = self._stack.widget(PAGES.index(page))
        for index in range(self._stack.count()):  # hidden pages must not make the window taller
            other = self._stack.widget(index)
            vertical = QSizePolicy.Policy.Preferred if other is shown else QSizePolicy.Policy.Ignored
            other.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self._stack.setCurrentWidget(shown)
        self._shrink_next = True
        self._set_default(default)
        if default is not None:
            default.setFocus()
        elif page == "finishing":
            self.finishing.cancel_button.setFocus()

    def _set_default(self, button: QPushButton | None) -> None:
        for candidate in self.findChildren(QPushButton):
            candidate.setDefault(candidate is button)
