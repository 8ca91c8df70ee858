"""Every window, the tray menu and a toast in Korean, French and Spanish: with the translation
loaded, what a person sees is translated text, never an English source left behind."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableView, QTabWidget, QWidget

from antigravity_tray.core.login_errors import PortBusy
from antigravity_tray.core.services import Services
from antigravity_tray.core.switches import (
    ALL_LIMITED,
    COOLING_DOWN,
    NEEDS_RELOGIN,
    RATE_LIMITED,
    SWITCH,
    VANISHED,
    AccountEvent,
)
from antigravity_tray.core.toasts import describe
from antigravity_tray.live.hub import AppHub
from antigravity_tray.platform.dbus_notify import DBusNotifier
from antigravity_tray.ui.accounts.cells import STATUS_DOT
from antigravity_tray.ui.accounts.window import AccountsWindow
from antigravity_tray.ui.activity.window import ActivityWindow
from antigravity_tray.ui.agents.window import AgentsWindow
from antigravity_tray.ui.common.i18n import TRANSLATED, chosen_language, translations_dir
from antigravity_tray.ui.common.text import render
from antigravity_tray.ui.login.dialog import LoginDialog
from antigravity_tray.ui.notifier import Notifier
from antigravity_tray.ui.settings.window import SettingsWindow
from antigravity_tray.ui.tray.controller import TrayController

from support.helpers import make_account, write_pool

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def english_sources(language: str) -> dict[str, str]:
    """English source → its translation, for the strings a translation changes."""
    root = ET.parse(translations_dir() / f"antigravity_tray_{language}.ts").getroot()
    pairs = ((m.findtext("source"), m.findtext("translation")) for m in root.iter("message"))
    return {source: text for source, text in pairs if source and text and source != text}


def shown_texts(widget: QWidget) -> list[str]:
    """The texts a person reads in ``widget``: title, labels, buttons, tabs, menus, table headers."""
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            texts += [
                str(model.headerData(c, child.horizontalHeader().orientation())) for c in range(model.columnCount())
            ]
    texts += [action.text() for action in widget.findChildren(QAction)]
    return [t.replace("&", "") for t in texts if t and t.strip()]


@pytest.fixture(params=TRANSLATED)
def language(request, qapp):
    translator = QTranslator()
    assert translator.load(f"antigravity_tray_{request.param}", str(translations_dir()))
    qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


@pytest.fixture
def hub(plugin_dir):
    write_pool(
        plugin_dir / "antigravity-accounts.json",
        [make_account(n) for n in range(3)],
        activeIndexByFamily={"claude": 0, "gemini": 1},
    )
    hub = AppHub(Services(), agents_source=list)
    yield hub
    hub.shutdown()


def windows(hub: AppHub, qtbot) -> dict[str, QWidget]:
    def refuse():
        raise PortBusy(51121)

    made = {
        "accounts": AccountsWindow(hub),
        "settings": SettingsWindow(hub),
        "agents": AgentsWindow(hub),
        "activity": ActivityWindow(hub),
        "login": LoginDialog(flow_factory=refuse, save=hub.save_login),
    }
    for window in made.values():
        qtbot.addWidget(window)
        window.show()
    tray = TrayController(hub, lambda _name: None, lambda: None)
    made["tray menu"] = tray.menu
    return made


def test_every_window_and_the_tray_menu_speak_the_language(language, hub, qtbot):
    english = english_sources(language)
    translations = set(english.values())
    for name, window in windows(hub, qtbot).items():
        texts = shown_texts(window)
        left = sorted({t for t in texts if t in english})
        assert not left, f"{language} {name}: English left: {left}"
        translated = [t for t in texts if t in translations]
        assert len(translated) >= 3, f"{language} {name}: too little translated text in {texts}"
        if name != "tray menu":
            assert window.windowTitle() not in english, window.windowTitle()
        if language == "ko":
            assert any(HANGUL.search(t) for t in texts), name
        if name != "tray menu":  # it fits the smallest laptop screen, and no button is cut off
            assert window.width() <= 1366 and window.height() <= 740, (name, window.size())
            cut = [
                b.text()
                for b in window.findChildren(QAbstractButton)
                if b.isVisible() and b.text() and b.width() < b.minimumSizeHint().width()
            ]
            assert not cut, f"{language} {name}: buttons too narrow for their text: {cut}"


@pytest.mark.parametrize("shown_in", ("en", *TRANSLATED))
def test_the_accounts_table_fits_a_laptop_screen_with_nothing_cut(shown_in, plugin_dir, qapp, qtbot):
    """French and Spanish run ~30% longer: on a 1366-pixel screen every column still shows its
    text whole (limits, cooldowns, quota, dates), with no sideways scrolling."""
    translator = QTranslator()
    if shown_in != "en":
        assert translator.load(f"antigravity_tray_{shown_in}", str(translations_dir()))
        qapp.installTranslator(translator)
    now = int(time.time() * 1000)
    noon = datetime.now().replace(hour=12, minute=5, second=0, microsecond=0).timestamp() * 1000
    reset = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime((now + 3 * 3_600_000) / 1000))
    quota = {g: {"remainingFraction": 0.64, "resetTime": reset} for g in ("claude", "gemini-pro", "gemini-flash")}
    accounts = [
        make_account(0, email="alice.chen@example.com", rateLimitResetTimes={"claude": now + 3_599_000}),
        make_account(
            1, email="bob.martin@example.com", coolingDownUntil=now + 3_599_000, cooldownReason="network-error"
        ),
        make_account(2, email="carol.diaz@example.com", verificationRequired=True, verificationUrl="https://x.test"),
        make_account(3, email="dan.kim@example.com", lastUsed=noon - 86_400_000, enabled=False),
    ]
    for account in accounts:
        account["cachedQuota"] = quota
    write_pool(plugin_dir / "antigravity-accounts.json", accounts, activeIndexByFamily={"claude": 1, "gemini": 0})
    hub = AppHub(Services(), agents_source=list)
    window = AccountsWindow(hub)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.table.model().rowCount() == 4)
        table = window.table
        assert window.frameGeometry().width() <= 1366, window.frameGeometry()
        qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=2000)
        model, cut = table.model(), []
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                text = model.data(index) or ""
                font = model.data(index, Qt.ItemDataRole.FontRole) or table.font()
                icon = STATUS_DOT + 6 if model.data(index, Qt.ItemDataRole.DecorationRole) else 0
                widest = max((QFontMetrics(font).horizontalAdvance(line) for line in str(text).splitlines()), default=0)
                if widest + icon + 6 > table.columnWidth(column):
                    cut.append((text, widest + icon + 6, table.columnWidth(column)))
        assert not cut, f"{shown_in}: cut off: {cut}"
    finally:
        qapp.removeTranslator(translator)
        hub.shutdown()


def test_every_toast_is_whole_in_the_language(language):
    """Toast bodies are composed (the reason, the OpenCode process, "3 switches in a row"); each
    part is translated, so no English phrase is left inside a translated toast."""
    now = 1_780_000_000_000
    cooling = AccountEvent(
        SWITCH, now, "claude", "a@x.io", "b@x.io", COOLING_DOWN, now + 60_000, "network-error", pid=4242
    )
    events = [
        cooling,
        AccountEvent(SWITCH, now, "gemini", "a@x.io", "b@x.io", RATE_LIMITED, pid=4242),
        AccountEvent(ALL_LIMITED, now, "claude", until_ms=now + 60_000),
        AccountEvent(NEEDS_RELOGIN, now, accounts=("a@x.io",)),
        AccountEvent(VANISHED, now, accounts=("a@x.io", "b@x.io")),
    ]
    # names, the file name, and "pool", which the French translation keeps as its word
    names = {"Claude", "Gemini", "OpenCode", "Google", "antigravity", "accounts", "json", "pool"}
    for event in events:
        for switches in (1, 3):
            for message in describe(event, switches):
                shown = render(message, now)
                english = set(re.findall(r"[A-Za-z]{4,}", message.english())) - names
                left = english & set(re.findall(r"[A-Za-z]{4,}", shown))
                assert not left, f"{language}: {sorted(left)} left in {shown!r}"


def test_a_korean_toast_reaches_the_notification_server(plugin_dir, notifyd, qapp, qtbot):
    translator = QTranslator()
    assert translator.load("antigravity_tray_ko", str(translations_dir()))
    qapp.installTranslator(translator)
    services = Services()
    services.preferences.set("notify_interval_seconds", 0)
    hub = AppHub(services, agents_source=list)
    notifier = Notifier(hub, lambda _name: None, desktop=lambda: DBusNotifier.connect(icon="app"))
    try:
        now = hub.now_ms()
        notifier.offer(
            AccountEvent(SWITCH, now, "claude", "alice@example.com", "bob@example.com", RATE_LIMITED, now + 600_000)
        )
        [call] = notifyd.wait_for(lambda calls: len(calls) == 1)
        assert HANGUL.search(call["summary"]) and "bob@example.com" in call["summary"], call["summary"]
        assert HANGUL.search(call["body"]), call["body"]
    finally:
        qapp.removeTranslator(translator)
        notifier.close()
        hub.shutdown()


@pytest.mark.parametrize(
    "ui_languages, expected",
    [
        (["ko-KR", "en-US"], "ko"),
        (["fr-CA"], "fr"),
        (["es"], "es"),
        (["de-DE", "es-ES"], "es"),
        (["de-DE"], "en"),
    ],
)
def test_the_system_language_picks_the_translation(ui_languages, expected):
    class System(QLocale):
        def uiLanguages(self, *_args):
            return ui_languages

    assert chosen_language("system", System()) == expected
    assert chosen_language("en", System()) == "en" and chosen_language("fr", System()) == "fr"
