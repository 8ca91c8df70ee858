"""The four pages of the login dialog. They only show things and offer buttons; the
dialog (``dialog.py``) decides what happens. Every label is plain text, so nothing a
redirect carries (Google's error reason) can be read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.login_save import SavedLogin
from ...core.oauth import LoginResult
from ..common.text import translate
from ..common.widgets import heading, label
from .messages import Problem


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # indeterminate
    bar.setTextVisible(False)
    bar.setMaximumHeight(12)
    return bar


def _button_row(*buttons: QPushButton, stretch_first: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    if stretch_first:
        row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class _Disclosure(QToolButton):
    """A "▸ More" toggle that shows or hides one widget; keyboard-usable like a button."""

    def __init__(self, text: str, target: QWidget):
        super().__init__()
        self.setText(text)
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setArrowType(Qt.ArrowType.RightArrow)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._target = target
        target.setVisible(False)
        self.toggled.connect(self._show)

    def _show(self, shown: bool) -> None:
        self.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._target.setVisible(shown)


def fit_height(window: QWidget, page: QWidget, *, shrink: bool = True) -> None:
    """Give the shown page's wrapped labels the height they need at the window's width.
    Qt does not do that for a top-level window by itself, and a QStackedWidget would size
    every page like the tallest one."""
    layout, page_layout = window.layout(), page.layout()
    if layout is None or page_layout is None:
        return
    margins = layout.contentsMargins()
    width = window.width() - margins.left() - margins.right()
    needed = (
        page_layout.totalHeightForWidth(width)
        if page_layout.hasHeightForWidth()
        else page_layout.totalSizeHint().height()
    )
    needed = max(needed + margins.top() + margins.bottom(), window.minimumHeight())
    if needed > window.height() or (shrink and needed < window.height()):
        window.resize(window.width(), needed)


class WaitingPage(QWidget):
    def __init__(self):
        super().__init__()
        self.intro = label(
            translate(
                "WaitingPage",
                "Sign in with Google in your browser. Open the address below, choose the account, and allow "
                "access; this window notices by itself when you are done.",
            )
        )
        self.url_field = QLineEdit()
        self.url_field.setReadOnly(True)
        self.url_field.setAccessibleName(translate("WaitingPage", "Sign-in address"))
        self.copy_button = QPushButton(translate("WaitingPage", "&Copy"))
        self.open_button = QPushButton(translate("WaitingPage", "&Open in browser"))
        self.notice = label()  # "copied", or "no browser could be opened"
        self.busy_label = label(translate("WaitingPage", "Waiting for Google…"))
        self.busy_bar = _busy_bar()
        self.busy_bar.setAccessibleName(self.busy_label.text())

        self.paste_box = QWidget()
        self.paste_label = label(
            translate(
                "WaitingPage",
                "If the browser runs on another computer, or this window did not notice the sign-in, "
                "&paste the address the browser ended on, or the code:",
            )
        )
        self.paste_field = QLineEdit()
        self.paste_field.setPlaceholderText(
            translate("WaitingPage", "http://localhost:…/oauth-callback?state=…&code=…")
        )
        self.paste_field.setClearButtonEnabled(True)
        self.paste_label.setBuddy(self.paste_field)
        self.continue_button = QPushButton(translate("WaitingPage", "Con&tinue"))
        self.continue_button.setEnabled(False)
        self.paste_message = label()
        self.paste_message.setVisible(False)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste_field, 1)
        paste_row.addWidget(self.continue_button)
        paste_layout = QVBoxLayout(self.paste_box)
        paste_layout.setContentsMargins(18, 0, 0, 0)
        paste_layout.addWidget(self.paste_label)
        paste_layout.addLayout(paste_row)
        paste_layout.addWidget(self.paste_message)
        self.paste_toggle = _Disclosure(translate("WaitingPage", "&Browser on another computer?"), self.paste_box)
        self.paste_field.textChanged.connect(lambda text: self.continue_button.setEnabled(bool(text.strip())))

        self.cancel_button = QPushButton(translate("WaitingPage", "Cancel"))

        url_row = QHBoxLayout()
        url_row.addWidget(self.url_field, 1)
        url_row.addWidget(self.copy_button)
        url_row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(url_row)
        layout.addWidget(self.notice)
        layout.addSpacing(6)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addSpacing(6)
        layout.addWidget(self.paste_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.paste_box)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(_button_row(self.cancel_button))
        for first, second in (
            (self.url_field, self.copy_button),
            (self.copy_button, self.open_button),
            (self.open_button, self.paste_toggle),
            (self.paste_toggle, self.paste_field),
            (self.paste_field, self.continue_button),
            (self.continue_button, self.cancel_button),
        ):
            QWidget.setTabOrder(first, second)

    def reset(self, url: str) -> None:
        self.url_field.setText(url)
        self.url_field.setCursorPosition(0)
        self.notice.clear()
        self.notice.setVisible(False)
        self.paste_field.clear()
        self.show_paste_problem("")

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_paste_problem(self, text: str) -> None:
        self.paste_message.setText(text)
        self.paste_message.setVisible(bool(text))


class FinishingPage(QWidget):
    def __init__(self):
        super().__init__()
        self.busy_label = heading(translate("FinishingPage", "Signing in…"), 1.15)
        self.explanation = label(
            translate(
                "FinishingPage",
                "Google answered. This window is now finishing the sign-in: it asks Google for the account's "
                "email and project, then adds the account to the plugin's pool.",
            )
        )
        self.busy_bar = _busy_bar()
        self.busy_bar.setAccessibleName(self.busy_label.text())
        self.cancel_button = QPushButton(translate("FinishingPage", "Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.explanation)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(_button_row(self.cancel_button))


class ResultPage(QWidget):
    def __init__(self):
        super().__init__()
        self.heading = heading("", 1.15)
        self.email = label(selectable=True)
        self.project = label(selectable=True)
        self.change = label()
        self.pool_size = label()
        self.vault_note = label(selectable=True)
        self.vault_note.setVisible(False)
        form = QFormLayout()
        form.addRow(translate("ResultPage", "Account:"), self.email)
        form.addRow(translate("ResultPage", "Project:"), self.project)
        form.addRow(translate("ResultPage", "Change:"), self.change)
        form.addRow(translate("ResultPage", "Accounts in the pool now:"), self.pool_size)
        self.add_another_button = QPushButton(translate("ResultPage", "&Add another"))
        self.close_button = QPushButton(translate("ResultPage", "&Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.vault_note)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(_button_row(self.add_another_button, self.close_button))

    def show_result(self, result: LoginResult, saved: SavedLogin) -> None:
        change = saved.change
        self.heading.setText(translate("ResultPage", "Signed in"))
        self.email.setText(result.email)
        self.project.setText(
            result.project_id or translate("ResultPage", "none yet — the plugin finds one on first use")
        )
        self.change.setText(
            translate("ResultPage", "added")
            if change.action == "added"
            else translate("ResultPage", "updated (new sign-in for an existing account)")
        )
        self.pool_size.setText(str(change.pool_size))
        if saved.vault_problem:
            self.vault_note.setText(
                translate("ResultPage", "Note: this account was not copied to the vault.") + " " + saved.vault_problem
            )
        self.vault_note.setVisible(bool(saved.vault_problem))


class ErrorPage(QWidget):
    def __init__(self):
        super().__init__()
        self.title = heading("", 1.15)
        self.text = label(selectable=True)
        self.details = label(selectable=True)
        self.details.setStyleSheet("color: palette(placeholder-text);")
        self.details_toggle = _Disclosure(translate("ErrorPage", "&Details"), self.details)
        self.try_again_button = QPushButton(translate("ErrorPage", "&Try again"))
        self.close_button = QPushButton(translate("ErrorPage", "&Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(_button_row(self.try_again_button, self.close_button))

    def show_problem(self, problem: Problem) -> None:
        self.title.setText(problem.title)
        self.text.setText(problem.text)
        self.details.setText(problem.details)
        self.details_toggle.setChecked(False)
        self.details_toggle.setVisible(bool(problem.details))
