"""The Settings window: the plugin's settings (a form generated from the schema table)
and the app's own preferences, on two tabs.

    window = SettingsWindow(hub)      # follows hub.configChanged / poolChanged / agentsChanged
    window.saved.connect(...)         # list[Change] after each successful Save
    window.show()                     # closing hides it; the app keeps running in the tray

Edits that were not saved survive closing the window (it only hides); the form shows the
file again as soon as it holds no changes.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...live.hub import AppHub
from ..common.text import translate
from .app_page import AppPage
from .plugin_page import PluginPage

DEFAULT_SIZE = QSize(1040, 700)  # fits 1366x768 with room for panels and title bar
MINIMUM_SIZE = QSize(820, 520)


class SettingsWindow(QWidget):
    saved = Signal(list)  # core.config_store.Change items of a successful Save

    def __init__(self, hub: AppHub, parent: QWidget | None = None, *, autostart: ModuleType | Any = None):
        super().__init__(parent)
        self.hub = hub
        self.setObjectName("settingsWindow")
        self.setWindowTitle(translate("SettingsWindow", "Settings — Antigravity Tray"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.plugin_page = PluginPage(hub)
        self.app_page = AppPage(hub, autostart=autostart)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plugin_page, translate("SettingsWindow", "&OpenCode plugin"))
        self.tabs.addTab(self.app_page, translate("SettingsWindow", "&This app"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.plugin_page.saved.connect(self.saved)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.close)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)

    # -- convenience for the tray and tests -------------------------------------------------
    @property
    def form(self):
        return self.plugin_page.form

    def show_page(self, name: str) -> None:
        """ "plugin" or "app"."""
        self.tabs.setCurrentWidget(self.app_page if name == "app" else self.plugin_page)

    # -- Qt overrides -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.hub.rescan_agents()  # who runs now, for the project-file warnings
            if not self.plugin_page.form.has_changes():
                self.plugin_page.reload()
            self.app_page.load()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing hides the window; the app keeps running in the tray. The event is accepted:
        Qt 6's quit() asks every window to close and gives up if one refuses."""
        event.accept()
        self.hide()
