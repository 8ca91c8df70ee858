"""The tray menu (offscreen): its order, its status rows, and what its actions write."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QSystemTrayIcon

from antigravity_tray.core.services import Services
from antigravity_tray.live.hub import AppHub
from antigravity_tray.ui.common.icons import tray_icon
from antigravity_tray.ui.tray.controller import NO_TRAY_EXPLANATION, TrayController

from support.helpers import make_account, write_pool

NOW_S = 1_760_001_000  # the hub's clock, in seconds
NOW = NOW_S * 1000
LATER = NOW + 3_600_000


class Calls:
    def __init__(self):
        self.windows, self.quits, self.urls, self.errors = [], 0, [], []


@pytest.fixture
def hub(qtbot, plugin_dir):
    hub = AppHub(Services(), agents_source=list, clock=lambda: NOW_S)
    yield hub
    hub.shutdown()


@pytest.fixture
def calls():
    return Calls()


@pytest.fixture
def tray(hub, calls):
    def quit_():
        calls.quits += 1

    def open_url(url: QUrl) -> bool:
        calls.urls.append(url)
        return True

    controller = TrayController(hub, calls.windows.append, quit_, open_url=open_url, dark_panel=lambda: True)
    controller.show_error = lambda title, text: calls.errors.append((title, text))
    yield controller
    controller.tray.hide()


def pool_file(plugin_dir: Path) -> Path:
    return plugin_dir / "antigravity-accounts.json"


def config(plugin_dir: Path) -> dict:
    return json.loads((plugin_dir / "antigravity.json").read_text())


def labels(menu) -> list[str]:
    return ["---" if a.isSeparator() else a.text() for a in menu.actions()]


def rows(tray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if not a.isSeparator() and not a.isEnabled()]


def write_and_wait(qtbot, hub, plugin_dir, accounts, **top):
    with qtbot.waitSignal(hub.poolChanged, timeout=2000):
        write_pool(pool_file(plugin_dir), accounts, **top)


def test_menu_order_and_labels(tray, hub, qtbot, plugin_dir):
    write_and_wait(
        qtbot, hub, plugin_dir, [make_account(1), make_account(2)], activeIndexByFamily={"claude": 0, "gemini": 1}
    )
    assert labels(tray.menu) == [
        "Claude: user1@example.test · Gemini: user2@example.test",
        "Accounts: 2 · no rate limits",
        "---",
        "Accounts…",
        "Agents…",
        "Activity…",
        "Add account…",
        "Check quotas",
        "Strategy: Hybrid",
        "PID offset",
        "Pause notifications",
        "Settings…",
        "Open plugin folder",
        "---",
        "Quit",
    ]
    assert labels(tray.actions["strategy"].menu()) == ["Sticky", "Round-robin", "Hybrid"]
    assert labels(tray.actions["pause"].menu()) == ["For 1 hour", "Until tomorrow", "Resume"]
    assert not tray.actions["pause:resume"].isEnabled()
    assert tray.actions["strategy:hybrid"].isChecked()  # the plugin's default, with no file
    assert not tray.actions["pid_offset"].isChecked()


def test_status_rows_and_tooltip_follow_the_pool(tray, hub, qtbot, plugin_dir):
    assert tray.status.level == "attention" and "No accounts yet: add one" in rows(tray)
    write_and_wait(
        qtbot,
        hub,
        plugin_dir,
        [
            make_account(1, rateLimitResetTimes={"claude": LATER}),
            make_account(2, rateLimitResetTimes={"gemini-antigravity:m": LATER, "gemini-cli:m": LATER}),
            make_account(3),
            make_account(4),
            make_account(5, email="alice.martin@research-division.example.test"),
        ],
    )
    assert tray.status.level == "some-limited"
    assert rows(tray)[1:] == ["Claude: 1 of 5 accounts limited", "Gemini: 1 of 5 accounts limited"]
    tip = tray.tray.toolTip().splitlines()
    assert tip[0] == "Antigravity Tray" and tip[2] == "Claude: 1 of 5 accounts limited"
    write_and_wait(
        qtbot,
        hub,
        plugin_dir,
        [make_account(1), make_account(5, email="alice.martin@research-division.example.test")],
        activeIndexByFamily={"claude": 1, "gemini": 0},
    )
    assert rows(tray)[0] == "Claude: alice.martin@… · Gemini: user1@example.test"


def test_an_outside_write_that_limits_every_account_changes_the_icon(tray, hub, qtbot, plugin_dir):
    write_and_wait(qtbot, hub, plugin_dir, [make_account(1), make_account(2)])
    assert tray.status.level == "ok"
    assert tray.tray.icon().cacheKey() == tray_icon("ok", True).cacheKey()
    assert not tray._expiry.isActive()  # nothing ticks while nothing can change
    write_and_wait(
        qtbot,
        hub,
        plugin_dir,
        [
            make_account(1, rateLimitResetTimes={"claude": LATER}),
            make_account(2, rateLimitResetTimes={"claude": LATER + 60_000}),
        ],
    )
    assert tray.status.level == "family-exhausted"
    assert tray.tray.icon().cacheKey() == tray_icon("family-exhausted", True).cacheKey()
    assert any(row.startswith("Claude: every account limited until ") for row in rows(tray))
    assert tray._expiry.isActive()  # one single-shot, for when the first limit ends


def choose(qtbot, hub, action) -> None:
    """Trigger a menu action that writes the settings, and wait until the write has landed."""
    with qtbot.waitSignal(hub.writeFinished, timeout=5000):
        action.trigger()


def test_choosing_round_robin_writes_the_user_file(tray, hub, qtbot, plugin_dir):
    choose(qtbot, hub, tray.actions["strategy:round-robin"])
    assert config(plugin_dir) == {"account_selection_strategy": "round-robin"}
    assert hub.effective["account_selection_strategy"] == "round-robin"
    assert tray.actions["strategy:round-robin"].isChecked() and not tray.actions["strategy:hybrid"].isChecked()


@pytest.mark.interop
def test_the_plugin_reads_round_robin_from_what_the_menu_wrote(tray, hub, qtbot, plugin_dir, tmp_path):
    from interop.plugin_driver import probe_configs, require_plugin

    require_plugin()
    choose(qtbot, hub, tray.actions["strategy:round-robin"])
    text = (plugin_dir / "antigravity.json").read_text()
    [verdict] = probe_configs([{"id": 1, "user": text, "project": None}], tmp_path)
    assert verdict["user"]["valid"] is True
    assert verdict["effective"]["account_selection_strategy"] == "round-robin"


def test_pid_offset_toggles_in_the_file(tray, hub, qtbot, plugin_dir):
    choose(qtbot, hub, tray.actions["pid_offset"])
    assert config(plugin_dir)["pid_offset_enabled"] is True
    assert tray.actions["pid_offset"].isChecked()
    choose(qtbot, hub, tray.actions["pid_offset"])
    assert config(plugin_dir)["pid_offset_enabled"] is False
    assert not tray.actions["pid_offset"].isChecked()


def test_a_refused_write_is_explained_and_the_file_kept(tray, hub, qtbot, plugin_dir, calls):
    broken = '{"account_selection_strategy": "sticky",'
    with qtbot.waitSignal(hub.configChanged, timeout=2000):
        (plugin_dir / "antigravity.json").write_text(broken)
    assert tray.status.level == "attention" and "The plugin ignores antigravity.json (invalid)" in rows(tray)
    choose(qtbot, hub, tray.actions["strategy:sticky"])
    assert calls.errors and calls.errors[0][0] == "The setting was not saved"
    assert (plugin_dir / "antigravity.json").read_text() == broken
    assert tray.actions["strategy:hybrid"].isChecked()  # back to what is in force


def test_pause_writes_the_preference_and_resume_clears_it(tray, hub):
    prefs = hub.services.preferences
    tray.actions["pause:hour"].trigger()
    assert prefs.get("notifications_paused_until") == NOW + 3_600_000
    pause_menu = tray.actions["pause"].menu()
    assert labels(pause_menu)[0].startswith("Paused until ") and tray.actions["pause:resume"].isEnabled()
    tray.actions["pause:tomorrow"].trigger()
    assert NOW + 3_600_000 < prefs.get("notifications_paused_until") <= NOW + 2 * 86_400_000
    tray.actions["pause:resume"].trigger()
    assert prefs.get("notifications_paused_until") == 0
    assert not tray.actions["pause:resume"].isEnabled()


def test_window_actions_quit_and_left_click(tray, calls):
    for key in ("accounts", "add", "settings"):
        tray.actions[key].trigger()
    tray.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    tray.tray.activated.emit(QSystemTrayIcon.ActivationReason.Context)  # right click: the menu only
    assert calls.windows == ["accounts", "login", "settings", "accounts"]
    tray.actions["quit"].trigger()
    assert calls.quits == 1


def test_open_plugin_folder(tray, plugin_dir, calls):
    tray.actions["folder"].trigger()
    assert calls.urls == [QUrl.fromLocalFile(str(plugin_dir))]


def test_a_missing_plugin_folder_is_explained(tray, plugin_dir, calls):
    plugin_dir.rmdir()
    tray.actions["folder"].trigger()
    assert calls.urls == [] and calls.errors[0][0] == "No plugin folder yet"


def test_the_menu_is_not_rebuilt_under_an_open_menu(tray, hub, qtbot, plugin_dir):
    tray.menu.popup(tray.menu.pos())
    qtbot.waitUntil(tray.menu.isVisible, timeout=1000)
    before = tray.actions["accounts"]
    write_and_wait(qtbot, hub, plugin_dir, [make_account(1)])
    assert tray.actions["accounts"] is before and tray.status.accounts == 1
    tray.menu.hide()
    qtbot.waitUntil(lambda: tray.actions["accounts"] is not before, timeout=1000)
    assert "Claude and Gemini: user1@example.test" in rows(tray)


def test_no_tray_explanation_points_gnome_to_appindicator(qapp):
    text = NO_TRAY_EXPLANATION()
    assert "GNOME" in text and "AppIndicator" in text


def test_available_reports_the_system_tray(tray):
    assert tray.available == QSystemTrayIcon.isSystemTrayAvailable()


def test_a_pool_write_that_changes_nothing_visible_leaves_the_menu_alone(tray, hub, qtbot, plugin_dir):
    """The plugin rewrites the pool about once a second (lastUsed); the menu must not churn."""
    write_and_wait(qtbot, hub, plugin_dir, [make_account(1), make_account(2)])
    before = tray.actions["accounts"]
    write_and_wait(qtbot, hub, plugin_dir, [make_account(1, lastUsed=NOW), make_account(2)])
    assert tray.actions["accounts"] is before
    write_and_wait(qtbot, hub, plugin_dir, [make_account(1), make_account(2), make_account(3)])
    assert tray.actions["accounts"] is not before


def test_the_first_icon_goes_by_the_palette_and_the_colour_scheme_is_asked_once_it_is_up(hub, calls, monkeypatch):
    """Asking Qt for the colour scheme costs 13 ms of the start; the tone may change once settled."""
    from antigravity_tray.ui.common import icons

    asked = []
    monkeypatch.setattr(icons, "panel_is_dark", lambda ask_scheme=True: asked.append(ask_scheme) or ask_scheme)
    controller = TrayController(hub, calls.windows.append, lambda: None)
    try:
        assert asked and not any(asked) and controller._shown_icon[1] is False
        controller.settle()
        assert asked[-1] is True and controller._shown_icon[1] is True  # the scheme said dark: light icon
    finally:
        controller.tray.hide()
