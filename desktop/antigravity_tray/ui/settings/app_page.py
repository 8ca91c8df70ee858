"""The "This app" page: the tray app's own preferences, stored apart from the plugin's
files (hub.set_preference). Each change applies at once; there is nothing to save.
"""

from __future__ import annotations

import time
from types import ModuleType
from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...live.hub import AppHub
from ...platform import autostart as default_autostart
from ..common.i18n import LANGUAGES
from ..common.text import translate
from ..common.widgets import Banner, heading, label


class AppPage(QWidget):
    def __init__(self, hub: AppHub, parent: QWidget | None = None, *, autostart: ModuleType | Any = None):
        super().__init__(parent)
        self.hub = hub
        self.autostart = autostart or default_autostart
        self.notifications = QCheckBox(translate("AppPage", "Notify me when a local agent switches accounts"))
        self.paused = label(small=True, muted=True)
        self.resume_button = QPushButton(translate("AppPage", "Resume now"))
        self.kinds = {
            key: QCheckBox(text)
            for key, text in (
                (
                    "notify_switches",
                    translate("AppPage", "An agent leaves an account (rate limit, cooldown, verification)"),
                ),
                ("notify_all_limited", translate("AppPage", "Every account is limited for Claude or Gemini")),
                ("notify_relogin", translate("AppPage", "An account needs signing in again")),
                ("notify_vanished", translate("AppPage", "Accounts disappear from the plugin's file")),
                (
                    "notify_rotation",
                    translate("AppPage", "Moves by design: round-robin, hybrid, PID offset (summarised)"),
                ),
            )
        }
        self.history_days = QSpinBox()
        self.history_days.setRange(1, 3650)
        self.history_days.setSuffix(translate("AppPage", " days"))
        self.history_days.setAccessibleName(translate("AppPage", "Days the activity history is kept"))
        self.interval = QSpinBox()
        self.interval.setRange(0, 3600)
        self.interval.setSuffix(translate("AppPage", " s"))
        self.interval.setAccessibleName(translate("AppPage", "Seconds between summaries of moves by design"))
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(translate("AppPage", "System default") if name is None else name, code)
        self.start_at_login = QCheckBox(translate("AppPage", "Start Antigravity Tray when I log in"))
        self.start_hidden = QCheckBox(translate("AppPage", "Start in the tray, with no window open"))
        self.vault = QCheckBox(translate("AppPage", "Keep a backup of each account in the system keyring"))
        self.problem = Banner("error")
        self._lay_out()
        self._check_autostart()
        self.load()
        self.notifications.toggled.connect(lambda on: self._set("notifications_enabled", on))
        self.resume_button.clicked.connect(lambda: self._set("notifications_paused_until", 0))
        self.language.currentIndexChanged.connect(lambda: self._set("language", self.language.currentData()))
        self.start_at_login.toggled.connect(self._start_at_login_toggled)
        self.start_hidden.toggled.connect(self._start_hidden_toggled)
        self.vault.toggled.connect(lambda on: self._set("vault_enabled", on))
        for key, box in self.kinds.items():
            box.toggled.connect(lambda on, k=key: self._set(k, on))
        self.interval.valueChanged.connect(lambda value: self._set("notify_interval_seconds", value))
        self.history_days.valueChanged.connect(lambda value: self._set("history_days", value))
        hub.preferencesChanged.connect(self.load)

    def _lay_out(self) -> None:
        self.language.setMinimumWidth(220)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        paused_row = QHBoxLayout()
        paused_row.addWidget(self.paused)
        paused_row.addWidget(self.resume_button)
        paused_row.addStretch(1)

        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(heading(translate("AppPage", "This app"), 1.3))
        column.addWidget(
            label(
                translate(
                    "AppPage",
                    "Preferences of Antigravity Tray itself. They are kept in the app's own "
                    "folder, never in the plugin's files, and apply at once.",
                ),
                muted=True,
            )
        )
        column.addWidget(self.problem)
        self._section(
            column,
            translate("AppPage", "Notifications"),
            self.notifications,
            translate(
                "AppPage",
                "A desktop notification with the reason (rate limit, cooldown, verification, rotation), never a "
                "flood. The toasts inside OpenCode are the plugin's own: see “Notifications in OpenCode” on the "
                "other page.",
            ),
        )
        column.addLayout(paused_row)
        for box in self.kinds.values():
            box.setContentsMargins(24, 0, 0, 0)
            column.addWidget(box)
        interval_row = QHBoxLayout()
        interval_row.setContentsMargins(48, 0, 0, 0)
        interval_row.addWidget(QLabel(translate("AppPage", "One summary of them at most every")))
        interval_row.addWidget(self.interval)
        interval_row.addStretch(1)
        column.addLayout(interval_row)
        timing = label(
            translate(
                "AppPage",
                "A switch with a reason shows within a second and replaces its family's toast, so the toast "
                "always names the account in use; quick bursts come as one update every few seconds.",
            ),
            muted=True,
        )
        timing.setContentsMargins(24, 0, 0, 0)
        column.addWidget(timing)
        self.language_label = self._section(
            column,
            translate("AppPage", "&Language"),
            language_row,
            translate("AppPage", "Used from the next start of the app."),
        )
        self.language_label.setBuddy(self.language)
        self._section(column, translate("AppPage", "Start"), self.start_at_login, None)
        column.addWidget(self.start_hidden)
        column.addWidget(
            self._hint(
                translate(
                    "AppPage", "Closing a window keeps Antigravity Tray running in the tray; Quit is in the tray menu."
                )
            )
        )
        self._section(
            column,
            translate("AppPage", "Vault"),
            self.vault,
            translate(
                "AppPage",
                "The plugin sometimes loses accounts from its file; the vault keeps each account's refresh token "
                "in the system keyring so the Accounts window can restore them.",
            ),
        )
        history_row = QHBoxLayout()
        history_row.addWidget(QLabel(translate("AppPage", "Keep the activity history for")))
        history_row.addWidget(self.history_days)
        history_row.addStretch(1)
        self._section(
            column,
            translate("AppPage", "Activity history"),
            history_row,
            translate(
                "AppPage",
                "The switches and limits this app saw, for the Activity window and `antigravity-tray history`; "
                "kept on this computer only, with no tokens.",
            ),
        )
        column.addStretch(1)
        column.addWidget(
            label(
                translate("AppPage", "Preferences file: {0}").format(self.hub.services.preferences.path),
                small=True,
                muted=True,
                selectable=True,
            )
        )
        body = QWidget()
        body.setMaximumWidth(760)
        body.setLayout(column)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.addWidget(body, 1)
        layout.addStretch(0)

    def _section(self, column: QVBoxLayout, title: str, control, hint: str | None) -> QLabel:
        column.addSpacing(14)
        title_label = label(title, bold=True)
        column.addWidget(title_label)
        if isinstance(control, QWidget):
            column.addWidget(control)
        else:
            column.addLayout(control)
        if hint:
            column.addWidget(self._hint(hint))
        return title_label

    def _hint(self, text: str) -> QLabel:
        hint = label(text, small=True, muted=True)
        hint.setIndent(24)
        return hint

    # -- state ----------------------------------------------------------------------------
    def _check_autostart(self) -> None:
        self.autostart_supported = self.autostart.supported()
        if not self.autostart_supported:
            reason = translate(
                "AppPage",
                "Start at login is not available on this system yet. Add Antigravity Tray to "
                "your login items yourself, with the option --background.",
            )
            for box in (self.start_at_login, self.start_hidden):
                box.setEnabled(False)
                box.setToolTip(reason)

    def load(self) -> None:
        prefs = self.hub.services.preferences.all()
        widgets = (
            self.notifications,
            self.language,
            self.start_at_login,
            self.start_hidden,
            self.vault,
            self.interval,
            self.history_days,
            *self.kinds.values(),
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.notifications.setChecked(prefs["notifications_enabled"])
        index = self.language.findData(prefs["language"])
        self.language.setCurrentIndex(index if index >= 0 else 0)
        at_login = prefs["start_at_login"]
        if self.autostart_supported:
            try:
                at_login = self.autostart.is_enabled()  # the desktop's entry is the truth
            except OSError:
                pass
        self.start_at_login.setChecked(at_login)
        self.start_hidden.setChecked(prefs["start_hidden"])
        self.vault.setChecked(prefs["vault_enabled"])
        for key, box in self.kinds.items():
            box.setChecked(prefs[key])
            box.setEnabled(prefs["notifications_enabled"])
        self.interval.setValue(int(prefs["notify_interval_seconds"]))
        self.history_days.setValue(int(prefs["history_days"]))
        self.interval.setEnabled(prefs["notifications_enabled"] and prefs["notify_rotation"])
        for widget in widgets:
            widget.blockSignals(False)
        self._show_pause(prefs["notifications_paused_until"])

    def _show_pause(self, until_ms: float) -> None:
        paused = bool(until_ms) and until_ms > time.time() * 1000 and self.notifications.isChecked()
        if paused:
            when = QLocale().toString(QDateTime.fromMSecsSinceEpoch(int(until_ms)), QLocale.FormatType.ShortFormat)
            self.paused.setText(translate("AppPage", "Paused until {0}.").format(when))
        self.paused.setVisible(paused)
        self.resume_button.setVisible(paused)

    def _set(self, key: str, value: Any) -> None:
        try:
            self.hub.set_preference(key, value)
        except OSError as exc:
            self.problem.show_message(translate("AppPage", "Could not save the preference"), str(exc))
            self.load()
            return
        self.problem.clear()

    def _apply_autostart(self, enabled: bool, hidden: bool) -> bool:
        if not self.autostart_supported:
            return True
        try:
            if enabled:
                self.autostart.enable(self.autostart.launch_command(), background=hidden)
            else:
                self.autostart.disable()
        except (OSError, NotImplementedError) as exc:
            self.problem.show_message(translate("AppPage", "Could not change start at login"), str(exc))
            self.load()
            return False
        return True

    def _start_at_login_toggled(self, on: bool) -> None:
        if self._apply_autostart(on, self.start_hidden.isChecked()):
            self._set("start_at_login", on)

    def _start_hidden_toggled(self, hidden: bool) -> None:
        if self.start_at_login.isChecked() and not self._apply_autostart(True, hidden):
            return
        self._set("start_hidden", hidden)
