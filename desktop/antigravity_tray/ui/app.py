"""Starting the tray app: one instance, the hub, the tray, and the windows on demand."""

from __future__ import annotations

import importlib
import linecache
import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .. import WINDOW_NAMES
from ..core.services import Services
from ..live.hub import AppHub
from ..platform.quit_signals import QuitOnSignals
from ..platform.single_instance import SingleInstance, instance_key
from .common.text import translate

log = logging.getLogger("antigravity_tray")

SETTLE_IN_MS = 300  # after the icon is up


def forget_module_sources() -> None:
    """PySide reads the source of each module imported after it (looking for ``__feature__``
    imports) and linecache keeps every line: about 2 MB of text for this app. Dropped after each
    batch of imports; a traceback reads its lines again."""
    linecache.clearcache()


class WindowManager(QObject):
    """Creates each window the first time it is asked for; later requests raise it."""

    def __init__(self, hub: AppHub, factories: dict[str, Callable[[AppHub], QWidget]] | None = None):
        super().__init__(hub)
        self.hub = hub
        self.factories = factories or default_factories()
        self.windows: dict[str, QWidget] = {}
        hub.showWindowRequested.connect(self.show)

    def show(self, name: str) -> QWidget | None:
        if name not in self.factories:
            return None
        window = self.windows.get(name)
        if window is None or (name == "login" and not window.isVisible()):
            _give_windows_the_app_icon()
            window = self.windows[name] = self.factories[name](self.hub)
            forget_module_sources()
        from PySide6.QtCore import Qt  # its enums take 13 ms to build: not before the icon is up

        window.show()
        window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        window.raise_()
        window.activateWindow()
        log.info("showing the %s window", name)
        return window


def _give_windows_the_app_icon() -> None:
    """Set when the first window opens, not at start: Qt also gives it to the tray icon's
    hidden window, scaling it on two pooled threads (about 3 ms and 1 MB) for nothing."""
    if QApplication.windowIcon().isNull():
        from .common.icons import app_icon

        QApplication.setWindowIcon(app_icon())


def _window(module: str, name: str) -> Callable[[AppHub], QWidget]:
    """A window's class, imported the first time the window is asked for: the tray shows
    before any window's module (and what it needs: OAuth, HTTP, the keyring) is loaded."""

    def make(hub: AppHub) -> QWidget:
        return getattr(importlib.import_module(module, __package__), name)(hub)

    return make


def _login(hub: AppHub) -> QWidget:
    from .login.dialog import LoginDialog

    dialog = LoginDialog(flow_factory=hub.login_flow, save=hub.save_login)
    dialog.accountAdded.connect(lambda _email: hub.login_saved())
    return dialog


def default_factories() -> dict[str, Callable[[AppHub], QWidget]]:
    return {
        "accounts": _window(".accounts.window", "AccountsWindow"),
        "settings": _window(".settings.window", "SettingsWindow"),
        "login": _login,
        "agents": _window(".agents.window", "AgentsWindow"),
        "activity": _window(".activity.window", "ActivityWindow"),
    }


def configure_logging(level: str) -> None:
    """ANTIGRAVITY_TRAY_LOG=info shows what the app does. Only our own logger is turned up:
    requests-oauthlib logs token request bodies at debug, so the root logger stays quiet."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("antigravity-tray: %(message)s"))
    log.addHandler(handler)
    known = isinstance(logging.getLevelName(level.upper()), int)
    log.setLevel(level.upper() if known else "WARNING")
    log.propagate = False


def run(show: str | None = None, background: bool = False, argv: list[str] | None = None) -> int:
    configure_logging(os.environ.get("ANTIGRAVITY_TRAY_LOG", "warning"))
    forget_module_sources()
    # argv[0] names the X11 window class: "antigravity-tray", not "__main__.py" under python -m
    app = QApplication.instance() or QApplication(argv or ["antigravity-tray"])
    app.setApplicationName("Antigravity Tray")
    app.setDesktopFileName("antigravity-tray")
    app.setQuitOnLastWindowClosed(False)  # closing a window hides it; Quit quits
    services = Services()
    from .common.i18n import install_translations

    install_translations(app, services.preferences.get("language"))
    instance = SingleInstance(instance_key(services.app.state_dir))
    if not instance.claim():
        return 0 if instance.send(f"show {show or 'accounts'}") else 1
    from ..live.vault_keeper import ChildVaultKeeper
    from .tray.controller import NO_TRAY_EXPLANATION, TrayController

    vault_keeper = ChildVaultKeeper(services.preferences, held=True)
    hub = AppHub(services, start_now=False, vault_keeper=vault_keeper)
    vault_keeper.setParent(hub)
    windows = WindowManager(hub)
    tray = TrayController(hub, windows.show, app.quit)
    instance.messageReceived.connect(lambda message: windows.show(message.removeprefix("show ").strip()))
    signals = QuitOnSignals(app.quit, app)  # a logout's SIGTERM quits like the menu's Quit
    app.aboutToQuit.connect(lambda: log.info("quitting"))
    app.aboutToQuit.connect(signals.restore)
    app.aboutToQuit.connect(hub.shutdown)
    app.aboutToQuit.connect(vault_keeper.finish)
    app.aboutToQuit.connect(instance.release)
    log.info("started; system tray %s", "available" if tray.available else "not available")

    def settle_in() -> None:
        """What the icon need not wait for: the notification server, the history, the first
        process scan, the vault backup, listening for later starts. Nothing happens to accounts
        in these few hundred milliseconds that the pool file would not still show."""
        from .notifier import Notifier

        hub.start()
        tray.settle()
        notifier = Notifier(hub, windows.show, tray.tray)
        app.aboutToQuit.connect(notifier.close)
        hub.record_history()
        vault_keeper.release()
        instance.listen()
        forget_module_sources()
        log.info("settled in")

    QTimer.singleShot(SETTLE_IN_MS, settle_in)
    if not tray.available:
        window = windows.show("accounts")
        from PySide6.QtWidgets import QMessageBox

        notice = QMessageBox(
            QMessageBox.Icon.Information,
            translate("App", "No system tray"),
            NO_TRAY_EXPLANATION(),
            QMessageBox.StandardButton.Ok,
            window,
        )
        notice.open()  # not exec(): the app keeps serving while it shows
    elif show:
        windows.show(show)
    elif not background:
        windows.show("accounts")
    return app.exec()


__all__ = ["WINDOW_NAMES", "WindowManager", "run"]
