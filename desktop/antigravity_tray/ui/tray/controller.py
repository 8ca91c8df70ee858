"""The tray icon and its menu, rebuilt from the hub's state whenever it changes.

Menu, top to bottom, the order peer tray apps use (actions first, Quit last): status rows (disabled), Accounts…,
Add account…, Strategy ▸, PID offset, Pause notifications ▸, Settings…, Open plugin folder,
and Quit last. A left click opens the accounts window (not on macOS, where a click shows
the menu). No timer runs while idle; one single-shot timer fires when the earliest rate
limit or cooldown ends, because the icon changes then without any file changing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from ...core.lock import LockWaitCancelled
from ...core.status import Status, summarize
from ...live.hub import AppHub
from ..common import icons
from ..common.setup import setup_short
from ..common.text import show_time, translate
from .text import pause_until, status_rows, tooltip

log = logging.getLogger("antigravity_tray")

STRATEGIES = ("sticky", "round-robin", "hybrid")
TIMER_LIMIT_MS = 24 * 3_600_000  # re-check at least daily: QTimer's interval is an int


def NO_TRAY_EXPLANATION() -> str:
    """Why the app opened a window instead of a tray icon (translated)."""
    return QCoreApplication.translate(
        "TrayController",
        "Your desktop shows no system tray, so Antigravity Tray opened its accounts window "
        "instead. It keeps running while this window is open.\n\n"
        'On GNOME, install and enable the "AppIndicator and KStatusNotifierItem Support" '
        "extension to get the tray icon, then start Antigravity Tray again.",
    )


class TrayController(QObject):
    """Owns the QSystemTrayIcon and its QMenu. ``actions`` names every menu action for tests."""

    def __init__(
        self,
        hub: AppHub,
        show_window: Callable[[str], None],
        quit: Callable[[], None],
        *,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        dark_panel: Callable[[], bool | None] = lambda: None,
        parent: QObject | None = None,
    ):
        super().__init__(parent if parent is not None else hub)
        self.hub = hub
        self._show_window, self._quit, self._open_url, self._dark_panel = show_window, quit, open_url, dark_panel
        self.status: Status | None = None
        self.actions: dict[str, QAction] = {}
        self._submenus: list[QMenu] = []
        self._stale = False
        self._shown_icon: tuple | None = None
        self._shown_tooltip: str | None = None
        self._shown_menu: tuple | None = None
        self._expiry_target: float | None = None
        self._message_box: QWidget | None = None
        self._ask_scheme = False  # the first icon goes by the palette: see icons.panel_is_dark

        self.menu = QMenu()
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self.refresh)
        self.menu.aboutToHide.connect(self._rebuild_if_stale)
        self.tray = QSystemTrayIcon(self)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._on_activated)
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.refresh)

        for signal in (hub.poolChanged, hub.configChanged, hub.preferencesChanged):
            signal.connect(self.refresh)
        hub.writeWaiting.connect(lambda _path, _description: self.refresh())
        hub.writeFinished.connect(lambda _path: self.refresh())
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.refresh()
        self.tray.show()  # on X11 it docks as soon as a tray appears, even later

    @property
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    # -- state -----------------------------------------------------------------------------
    def _needs_relogin(self) -> list[str]:
        return [email for email, mark in self.hub.services.health.marks().items() if mark.needs_relogin]

    def refresh(self) -> None:
        """Recompute the status; touch the icon, tooltip and menu only where they changed
        (the plugin rewrites the pool about once a second, mostly to bump lastUsed)."""
        now = self.hub.now_ms()
        self.status = summarize(self.hub.pool, self.hub.pool_error, self.hub.user_layer, self._needs_relogin(), now)
        dark = self._dark_panel()
        icon_key = (self.status.level, icons.panel_is_dark(self._ask_scheme) if dark is None else dark)
        if icon_key != self._shown_icon:
            self.tray.setIcon(icons.tray_icon(*icon_key))
            self._shown_icon = icon_key
        tip = tooltip(self.status, now)
        problems = self.hub.setup_problems()
        if problems:
            tip += "\n" + setup_short(problems[0])
        if tip != self._shown_tooltip:
            self.tray.setToolTip(tip)
            self._shown_tooltip = tip
        self._schedule_expiry(now)
        if self._menu_state(now) == self._shown_menu:
            return
        if self.menu.isVisible() and self.sender() is not self.menu:
            self._stale = True  # never pull actions from under an open menu
        else:
            self._rebuild()

    def _menu_state(self, now: float) -> tuple:
        prefs = self.hub.services.preferences
        paused = prefs.get("notifications_paused_until")
        effective = self.hub.effective
        return (
            tuple(status_rows(self.status, now)) if self.status else (),
            effective.get("account_selection_strategy"),
            effective.get("pid_offset_enabled"),
            prefs.get("notifications_enabled"),
            show_time(paused, now) if paused > now else None,
            self.hub.waiting_write,
        )

    def settle(self) -> None:
        """Once the icon is up: the desktop's colour scheme may call for the other tone."""
        self._ask_scheme = True
        self.refresh()

    def _on_color_scheme_changed(self) -> None:
        self._shown_icon = None
        self.refresh()

    def _schedule_expiry(self, now: float) -> None:
        target = self.status.next_change_ms if self.status else None
        if target == self._expiry_target and (target is None or self._expiry.isActive()):
            return
        self._expiry_target = target
        self._expiry.stop()
        if target is not None:
            self._expiry.start(int(min(max(target - now, 0) + 500, TIMER_LIMIT_MS)))

    def _rebuild_if_stale(self) -> None:
        if self._stale:
            QTimer.singleShot(0, self._rebuild)  # after the menu has closed

    # -- the menu --------------------------------------------------------------------------
    def _rebuild(self) -> None:
        self._stale = False
        self._shown_menu = self._menu_state(self.hub.now_ms())
        self.menu.clear()
        for submenu in self._submenus:
            submenu.deleteLater()
        self._submenus, self.actions = [], {}
        assert self.status is not None
        for row in status_rows(self.status, self.hub.now_ms()):
            self.menu.addAction(row).setEnabled(False)
        waiting = self.hub.waiting_write
        if waiting is not None:
            self.menu.addAction(
                translate("TrayController", "OpenCode is writing the file; retrying to {0}…").format(waiting)
            ).setEnabled(False)
            self._add(
                "cancel_write", self.menu, translate("TrayController", "Cancel that change"), self.hub.cancel_writes
            )
        self.menu.addSeparator()
        self._add(
            "accounts", self.menu, translate("TrayController", "Accounts…"), lambda: self._show_window("accounts")
        )
        self._add("agents", self.menu, translate("TrayController", "Agents…"), lambda: self._show_window("agents"))
        self._add(
            "activity", self.menu, translate("TrayController", "Activity…"), lambda: self._show_window("activity")
        )
        self._add("add", self.menu, translate("TrayController", "Add account…"), lambda: self._show_window("login"))
        self._add("quota", self.menu, translate("TrayController", "Check quotas"), self.check_quotas)
        self._add_strategy_menu()
        self._add_pid_offset()
        self._add_pause_menu()
        self._add(
            "settings", self.menu, translate("TrayController", "Settings…"), lambda: self._show_window("settings")
        )
        self._add("folder", self.menu, translate("TrayController", "Open plugin folder"), self.open_plugin_folder)
        self.menu.addSeparator()
        quit_text = (
            translate("TrayController", "Quit Antigravity Tray")
            if sys.platform == "darwin"
            else translate("TrayController", "Quit")
        )
        self._add("quit", self.menu, quit_text, self._quit)

    def _add(
        self,
        key: str,
        menu: QMenu,
        text: str,
        slot: Callable[[], None] | None = None,
        *,
        checkable: bool = False,
        checked: bool = False,
        tip: str = "",
    ) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(key)
        action.setCheckable(checkable)
        action.setChecked(checked)
        if tip:
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(lambda *_: slot())
        self.actions[key] = action
        return action

    def _submenu(self, title: str) -> QMenu:
        submenu = self.menu.addMenu(title)
        submenu.setToolTipsVisible(True)
        self._submenus.append(submenu)
        return submenu

    def _add_strategy_menu(self) -> None:
        current = self.hub.effective.get("account_selection_strategy")
        labels = {
            "sticky": (
                translate("TrayController", "Sticky"),
                translate(
                    "TrayController", "Stay on one account until it is rate-limited; keeps the prompt cache warm."
                ),
            ),
            "round-robin": (
                translate("TrayController", "Round-robin"),
                translate("TrayController", "Move to the next account on every request."),
            ),
            "hybrid": (
                translate("TrayController", "Hybrid"),
                translate("TrayController", "Score accounts by health and quota (the plugin's default)."),
            ),
        }
        title = (
            translate("TrayController", "Strategy: {0}").format(labels[current][0])
            if current in labels
            else translate("TrayController", "Strategy")
        )
        submenu = self._submenu(title)
        self.actions["strategy"] = submenu.menuAction()
        group = QActionGroup(submenu)
        group.setExclusive(True)
        for strategy in STRATEGIES:
            text, tip = labels[strategy]
            action = self._add(
                f"strategy:{strategy}",
                submenu,
                text,
                lambda s=strategy: self.set_strategy(s),
                checkable=True,
                checked=strategy == current,
                tip=tip,
            )
            group.addAction(action)

    def _add_pid_offset(self) -> None:
        enabled = self.hub.effective.get("pid_offset_enabled") is True
        self._add(
            "pid_offset",
            self.menu,
            translate("TrayController", "PID offset"),
            self._toggle_pid_offset,
            checkable=True,
            checked=enabled,
            tip=translate(
                "TrayController",
                "Start each OpenCode process on a different account. It acts only with "
                "sticky, and with hybrid when hybrid finds no candidate.",
            ),
        )

    def _add_pause_menu(self) -> None:
        submenu = self._submenu(translate("TrayController", "Pause notifications"))
        self.actions["pause"] = submenu.menuAction()
        prefs = self.hub.services.preferences
        until = prefs.get("notifications_paused_until")
        now = self.hub.now_ms()
        if not prefs.get("notifications_enabled"):
            submenu.addAction(translate("TrayController", "Notifications are off in Settings")).setEnabled(False)
        elif until > now:
            submenu.addAction(translate("TrayController", "Paused until {0}").format(show_time(until, now))).setEnabled(
                False
            )
        self._add("pause:hour", submenu, translate("TrayController", "For 1 hour"), lambda: self.pause("hour"))
        self._add(
            "pause:tomorrow", submenu, translate("TrayController", "Until tomorrow"), lambda: self.pause("tomorrow")
        )
        self._add("pause:resume", submenu, translate("TrayController", "Resume"), lambda: self.pause(None)).setEnabled(
            until > now
        )

    # -- actions ---------------------------------------------------------------------------
    def set_strategy(self, strategy: str) -> None:
        self._set_settings(
            {"account_selection_strategy": strategy},
            translate("TrayController", "set the strategy to {0}").format(strategy),
        )

    def _toggle_pid_offset(self) -> None:
        on = self.actions["pid_offset"].isChecked()
        self._set_settings(
            {"pid_offset_enabled": on},
            translate("TrayController", "turn the PID offset on")
            if on
            else translate("TrayController", "turn the PID offset off"),
        )

    def _set_settings(self, values: dict, description: str) -> None:
        """Written on the hub's writer thread: the menu never waits for OpenCode's lock."""

        def done(_changes: object, error: Exception | None) -> None:
            if error is not None and not isinstance(error, LockWaitCancelled):
                self.show_error(translate("TrayController", "The setting was not saved"), str(error))
            self._shown_menu = None  # the check marks as the file has them
            self.refresh()

        self.hub.change_settings_in_background(description, lambda store: store.set(values), done)

    def pause(self, choice: str | None) -> None:
        """Pause notifications for "hour" or until "tomorrow"; None resumes them."""
        until = pause_until(choice, self.hub.now_ms()) if choice else 0
        try:
            self.hub.set_preference("notifications_paused_until", until)
        except OSError as exc:
            self.show_error(translate("TrayController", "The preference was not saved"), str(exc))

    def check_quotas(self) -> None:
        """Ask Google now, and show the accounts window, where the answers land."""
        self.hub.check_quotas()
        self._show_window("accounts")

    def open_plugin_folder(self) -> None:
        folder = self.hub.services.plugin.config_dir
        if not folder.is_dir():
            self.show_error(
                translate("TrayController", "No plugin folder yet"),
                translate(
                    "TrayController",
                    "{0} does not exist yet. It appears when OpenCode first runs the plugin, "
                    "or when you add an account.",
                ).format(folder),
            )
            return
        if not self._open_url(QUrl.fromLocalFile(str(folder))):
            self.show_error(translate("TrayController", "Could not open the folder"), str(folder))

    def show_error(self, title: str, text: str) -> None:
        log.warning("%s: %s", title, text)
        if self.tray.isVisible() and self.available and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 10_000)
            return
        from PySide6.QtWidgets import QMessageBox  # only without a tray: not on the start's path

        self._message_box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
        self._message_box.open()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if sys.platform == "darwin":
            return  # a click shows the menu there; the window is one item away
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self._show_window("accounts")
