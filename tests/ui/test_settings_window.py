"""The Settings window with a real Services() on temp folders: the form generated from the
schema, Save writing only what changed, validation, guidance, warnings, preferences."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from antigravity_tray.core.agents import Agent
from antigravity_tray.core.schema import BY_KEY, GROUPS, SETTINGS
from antigravity_tray.core.services import Services
from antigravity_tray.live.hub import AppHub
from antigravity_tray.platform import autostart
from antigravity_tray.ui.settings.advisor import PARALLEL, SINGLE, STAGGERED
from antigravity_tray.ui.settings.window import SettingsWindow

from support.helpers import make_account, write_pool

SHOTS = Path("/tmp/settings_shots")


@pytest.fixture
def agents() -> list[Agent]:
    return []  # the running OpenCode processes the hub sees; tests append stand-ins


@pytest.fixture
def make_window(qtbot, plugin_dir, agents):
    hubs = []

    def make(config=None, accounts: int = 2, autostart_module=None) -> SettingsWindow:
        if config is not None:
            text = config if isinstance(config, str) else json.dumps(config, indent=2)
            (plugin_dir / "antigravity.json").write_text(text)
        if accounts is not None:
            write_pool(plugin_dir / "antigravity-accounts.json", [make_account(n) for n in range(1, accounts + 1)])
        hub = AppHub(Services(), agents_source=lambda: list(agents))
        hubs.append(hub)
        window = SettingsWindow(hub, autostart=autostart_module)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    yield make
    for hub in hubs:
        hub.shutdown()


def save(qtbot, window: SettingsWindow) -> None:
    """Press Save and wait until the hub's writer thread has written the file."""
    with qtbot.waitSignal(window.plugin_page.saved, timeout=5000):
        assert window.plugin_page.save()


def user_file(plugin_dir) -> dict:
    return json.loads((plugin_dir / "antigravity.json").read_text())


def combo_choose(row, text: str) -> None:
    combo = row.editor.combo
    combo.setCurrentIndex(combo.findText(text))


def type_into(qtbot, row, text: str) -> None:
    row.editor.line.selectAll()
    qtbot.keyClicks(row.editor.line, text)


# -- the form ---------------------------------------------------------------------------------


def test_the_form_shows_every_setting_of_the_schema_in_its_group(make_window):
    window = make_window()
    form = window.form
    assert set(form.rows) == set(BY_KEY)
    assert [form.groups.item(i).data(Qt.ItemDataRole.UserRole) for i in range(form.groups.count())] == [
        group for group, _ in GROUPS
    ]
    for setting in SETTINGS:
        row = form.rows[setting.key]
        assert row.setting.group == setting.group
        assert row.help.text() == setting.help
        assert row.key.text() == setting.key
        assert row.note.isVisibleTo(row) == bool(setting.note)
        if setting.note:
            assert setting.note in row.note.text()
        assert row.default.text().startswith("Default:")
        assert not row.marker.isVisibleTo(row)  # no file: every value is the default
    assert "hybrid" in form.rows["account_selection_strategy"].default.text()
    assert not window.plugin_page.save_button.isEnabled()


def test_choosing_round_robin_and_saving_writes_only_that_key(make_window, plugin_dir, agents, qtbot):
    agents.extend([Agent(4101, 1.0, "/tmp"), Agent(4102, 2.0, None)])
    window = make_window()
    page = window.plugin_page
    row = window.form.rows["account_selection_strategy"]
    combo_choose(row, "round-robin")
    assert row.marker.isVisibleTo(row) and page.save_button.isEnabled()
    assert not (plugin_dir / "antigravity.json").exists()  # nothing before Save

    with qtbot.waitSignal(window.saved) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert user_file(plugin_dir) == {"account_selection_strategy": "round-robin"}
    assert [c.key for c in saved.args[0] if c.changed] == ["account_selection_strategy"]
    message = page.status_banner.text.text()
    assert "restart" in message and "2 OpenCode processes are running now (pid 4101, 4102)" in message
    assert not page.save_button.isEnabled() and not window.form.has_changes()


def test_saving_keeps_every_other_key_of_the_file(make_window, plugin_dir, qtbot):
    original = {
        "$schema": "https://example.test/s.json",
        "debug": True,
        "health_score": {"initial": 80},
        "something_unknown": [1, 2],
    }
    window = make_window(original)
    combo_choose(window.form.rows["account_selection_strategy"], "round-robin")
    save(qtbot, window)
    assert user_file(plugin_dir) == {**original, "account_selection_strategy": "round-robin"}


def test_an_out_of_range_number_is_refused_inline_and_save_stays_disabled(make_window, plugin_dir, qtbot):
    window = make_window({"max_rate_limit_wait_seconds": 300})
    before = (plugin_dir / "antigravity.json").read_bytes()
    page, row = window.plugin_page, window.form.rows["max_rate_limit_wait_seconds"]
    for text in ("99999", "-1", "abc", ""):
        type_into(qtbot, row, text)
        assert row.error.isVisibleTo(row) and "from 0 to 3600" in row.error.text()
        assert not page.save_button.isEnabled()
        assert "max_rate_limit_wait_seconds" in page.save_button.toolTip()
        assert page.save() is False
        assert (plugin_dir / "antigravity.json").read_bytes() == before
    assert "⚠" in window.form.groups.item(0).text()

    type_into(qtbot, row, "600")
    assert not row.error.isVisibleTo(row) and page.save_button.isEnabled()
    row.editor.line.setFocus()
    with qtbot.waitSignal(page.saved, timeout=5000):
        qtbot.keyClick(row.editor.line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert user_file(plugin_dir) == {"max_rate_limit_wait_seconds": 600}


def test_auto_or_number_takes_auto_or_a_number_in_range(make_window, plugin_dir, qtbot):
    window = make_window({"soft_quota_cache_ttl_minutes": 30})
    row = window.form.rows["soft_quota_cache_ttl_minutes"]
    assert row.editor.mode.currentData() == "number" and row.editor.line.text() == "30"
    type_into(qtbot, row, "500")
    assert "from 1 to 120" in row.error.text() and not window.plugin_page.save_button.isEnabled()
    row.editor.mode.setCurrentIndex(0)  # auto
    assert row.is_valid() and not row.editor.line.isEnabled()
    save(qtbot, window)
    assert user_file(plugin_dir) == {"soft_quota_cache_ttl_minutes": "auto"}


def test_reset_to_default_removes_the_key_and_revert_discards(make_window, plugin_dir, qtbot):
    window = make_window({"quiet_mode": True, "debug": True, "health_score": {"initial": 80}})
    rows = window.form.rows
    assert rows["quiet_mode"].marker.isVisibleTo(rows["quiet_mode"])
    qtbot.mouseClick(rows["quiet_mode"].reset_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows["health_score.initial"].reset_button, Qt.MouseButton.LeftButton)
    assert not rows["quiet_mode"].editor.box.isChecked()
    assert window.form.changes() == ({}, ["quiet_mode", "health_score.initial"])

    qtbot.mouseClick(window.plugin_page.revert_button, Qt.MouseButton.LeftButton)
    assert rows["quiet_mode"].editor.box.isChecked() and not window.form.has_changes()

    rows["quiet_mode"].reset()
    rows["health_score.initial"].reset()
    save(qtbot, window)
    assert user_file(plugin_dir) == {"debug": True}


def test_choosing_the_default_for_an_absent_key_writes_nothing(make_window):
    window = make_window({"debug": True})
    row = window.form.rows["account_selection_strategy"]
    combo_choose(row, "sticky")
    combo_choose(row, "hybrid")  # the default again
    assert not window.form.has_changes() and not window.plugin_page.save_button.isEnabled()


# -- guidance ---------------------------------------------------------------------------------


def pid_guidance(window) -> str:
    row = window.form.rows["pid_offset_enabled"]
    return row.guidance.text.text() if row.guidance.isVisibleTo(row) else ""


def test_pid_offset_guidance_follows_the_strategy(make_window):
    window = make_window(accounts=3)
    strategy = window.form.rows["account_selection_strategy"]
    assert "only acts in hybrid's fallback" in pid_guidance(window)  # hybrid is the default
    combo_choose(strategy, "round-robin")
    assert "With round-robin, PID offset does nothing" in pid_guidance(window)
    combo_choose(strategy, "sticky")
    text = pid_guidance(window)
    assert "does nothing" not in text and "different account" in text
    assert "prompt cache" in text  # the price, whatever the strategy
    assert "round-robin" not in window.plugin_page.guidance.strategy.text()


def test_pid_offset_guidance_says_one_account_can_do_nothing(make_window, plugin_dir, qtbot):
    window = make_window({"account_selection_strategy": "sticky", "pid_offset_enabled": True}, accounts=1)
    row = window.form.rows["pid_offset_enabled"]
    assert "single account, PID offset can do nothing" in pid_guidance(window)
    assert row.guidance.level == "warning"
    assert "You have 1 enabled account" in window.plugin_page.guidance.accounts.text()

    with qtbot.waitSignal(window.hub.poolChanged, timeout=2000):
        write_pool(plugin_dir / "antigravity-accounts.json", [make_account(n) for n in range(1, 8)])
    assert "can do nothing" not in pid_guidance(window)
    assert "You have 7 enabled accounts: enough for 5 agents" in window.plugin_page.guidance.accounts.text()


def test_the_advisor_puts_the_recommendation_in_the_form_without_saving(make_window, plugin_dir, agents, qtbot):
    agents.extend(Agent(5000 + n, 0.0, None) for n in range(3))
    window = make_window({"account_selection_strategy": "sticky", "pid_offset_enabled": True}, accounts=3)
    page = window.plugin_page
    before = (plugin_dir / "antigravity.json").read_bytes()

    qtbot.mouseClick(page.guidance.advisor_button, Qt.MouseButton.LeftButton)
    advisor = page.advisor
    assert advisor.isVisible() and advisor.scenario == SINGLE  # what sticky means
    advisor.choose(PARALLEL)
    assert advisor.agents.value() == 3  # the agents running now
    assert "round-robin" in advisor.result_box.text.text()
    counts = advisor.counts_box.text.text()
    assert "3–5" in counts and "For 3 agents you need 5 accounts; you have 3 enabled: add 2 more." in counts
    qtbot.mouseClick(advisor.apply_button, Qt.MouseButton.LeftButton)

    assert page.current_value("account_selection_strategy") == "round-robin"
    assert page.current_value("pid_offset_enabled") is False
    assert "Nothing is written until you press Save" in page.status_banner.text.text()
    assert (plugin_dir / "antigravity.json").read_bytes() == before
    save(qtbot, window)
    assert user_file(plugin_dir) == {"account_selection_strategy": "round-robin", "pid_offset_enabled": False}


@pytest.mark.parametrize(
    "scenario, strategy, pid_box, pid",
    [
        (SINGLE, "sticky", None, False),
        (STAGGERED, "hybrid", True, True),
        (STAGGERED, "hybrid", False, False),
    ],
)
def test_each_scenario_of_the_advisor(make_window, scenario, strategy, pid_box, pid):
    window = make_window({"account_selection_strategy": "round-robin", "pid_offset_enabled": True})
    advisor = window.plugin_page.open_advisor()
    advisor.choose(scenario)
    if pid_box is not None:
        assert advisor.pid_choice.isEnabled()
        advisor.pid_choice.setChecked(pid_box)
    advisor.accept()
    page = window.plugin_page
    assert page.form.value("account_selection_strategy") == strategy
    assert page.form.value("pid_offset_enabled") is pid


# -- the file and what masks it ---------------------------------------------------------------


def test_an_invalid_file_is_reported_with_its_keys_and_can_be_mended_in_the_form(make_window, plugin_dir, qtbot):
    window = make_window({"quiet_mode": "true", "max_rate_limit_wait_seconds": 99999, "debug": True})
    page, rows = window.plugin_page, window.form.rows
    assert page.file_banner.isVisibleTo(window)
    banner = page.file_banner.text.text()
    assert "quiet_mode" in banner and "max_rate_limit_wait_seconds" in banner and "whole file" in banner
    assert set(window.form.invalid_keys()) == {"quiet_mode", "max_rate_limit_wait_seconds"}
    assert "99999" in rows["max_rate_limit_wait_seconds"].error.text()
    assert '"true"' in rows["quiet_mode"].error.text()
    assert not page.save_button.isEnabled()

    qtbot.mouseClick(page.first_problem_button, Qt.MouseButton.LeftButton)
    assert window.form.stack.currentWidget() is window.form.pages["rotation"]
    assert rows["max_rate_limit_wait_seconds"].editor.line.hasFocus()
    rows["quiet_mode"].editor.box.click()  # from "partly" to on
    assert rows["quiet_mode"].is_valid() and rows["quiet_mode"].current() is True
    assert not page.save_button.isEnabled()  # one bad value left
    rows["max_rate_limit_wait_seconds"].reset()
    assert page.save_button.isEnabled()
    save(qtbot, window)
    assert user_file(plugin_dir) == {"quiet_mode": True, "debug": True}
    assert not page.file_banner.isVisibleTo(window)


def test_a_bad_file_is_mended_in_one_save_that_both_sets_and_removes_keys(make_window, plugin_dir, qtbot):
    window = make_window({"quiet_mode": "true", "log_dir": 5, "health_score": "high"})
    rows = window.form.rows
    assert "health_score" in window.plugin_page.file_banner.text.text()
    assert rows["health_score.initial"].guidance.isVisibleTo(rows["health_score.initial"])
    rows["quiet_mode"].reset()  # remove it
    type_into(qtbot, rows["log_dir"], "/tmp/logs")  # set it
    save(qtbot, window)
    assert user_file(plugin_dir) == {
        "log_dir": "/tmp/logs",
        "health_score": {
            "initial": 70,
            "success_reward": 1,
            "rate_limit_penalty": -10,
            "failure_penalty": -20,
            "recovery_rate_per_hour": 2,
            "min_usable": 50,
            "max_score": 100,
        },
    }
    assert not window.plugin_page.file_banner.isVisibleTo(window)


def test_a_file_broken_behind_the_form_blocks_save_and_a_refusal_is_explained(make_window, plugin_dir, qtbot):
    window = make_window({"debug": True})
    page = window.plugin_page
    combo_choose(window.form.rows["toast_scope"], "all")
    with qtbot.waitSignal(window.hub.configChanged, timeout=2000):
        (plugin_dir / "antigravity.json").write_text('{"debug": tru')
    assert "line 1" in page.file_banner.text.text() and not page.save_button.isEnabled()
    assert window.form.rows["toast_scope"].current() == "all"  # the edit stays

    with qtbot.waitSignal(window.hub.configChanged, timeout=2000):
        (plugin_dir / "antigravity.json").write_text('{"debug": true}')
    assert page.save_button.isEnabled()

    (plugin_dir / "antigravity.json.lock").write_text("")  # no lock folder can be made: the write is refused
    assert page.save()
    qtbot.waitUntil(lambda: page.status_banner.title.text() == "Not saved", timeout=5000)
    assert "plain file" in page.status_banner.text.text()
    assert window.form.rows["toast_scope"].current() == "all" and page.save_button.isEnabled()
    assert user_file(plugin_dir) == {"debug": True}


def test_a_file_that_is_not_json_is_reported_with_line_and_column(make_window, plugin_dir):
    window = make_window('{\n  "debug": true,\n}\n')
    page = window.plugin_page
    assert "line 3, column 1" in page.file_banner.text.text()
    combo_choose(window.form.rows["account_selection_strategy"], "round-robin")
    assert not page.save_button.isEnabled() and "text editor" in page.save_button.toolTip()
    assert (plugin_dir / "antigravity.json").read_text() == '{\n  "debug": true,\n}\n'


def test_a_running_agent_whose_project_file_masks_the_user_settings_is_named(make_window, agents, tmp_path):
    project = tmp_path / "webshop"
    (project / ".opencode").mkdir(parents=True)
    (project / ".opencode" / "antigravity.json").write_text('{"debug": true}')
    plain = tmp_path / "plain"
    plain.mkdir()
    agents.extend([Agent(4242, 0.0, str(project)), Agent(4243, 0.0, str(plain))])
    window = make_window({"account_selection_strategy": "round-robin", "pid_offset_enabled": True})
    banner = window.plugin_page.warnings_banner
    assert banner.isVisibleTo(window)
    text = banner.text.text()
    assert "webshop" in text and str(project) in text and "4242" in text and "4243" not in text
    assert "Account selection strategy" in text and "PID offset enabled" in text
    assert "Debug" not in text.split("overrides yours there:")[1].split(".")[0]  # not set by the user


def test_environment_variables_the_plugin_ignores_are_listed(make_window, monkeypatch):
    monkeypatch.setenv("OPENCODE_ANTIGRAVITY_PID_OFFSET_ENABLED", "1")
    monkeypatch.setenv("OPENCODE_ANTIGRAVITY_DEBUG", "1")  # still read: not a warning
    window = make_window()
    text = window.plugin_page.warnings_banner.text.text()
    assert "OPENCODE_ANTIGRAVITY_PID_OFFSET_ENABLED=1" in text and "no longer reads it" in text
    assert "pid_offset_enabled" in text
    assert "OPENCODE_ANTIGRAVITY_DEBUG=" not in text


def test_an_outside_change_reloads_a_clean_form_and_spares_an_edited_one(make_window, plugin_dir, qtbot):
    window = make_window({"debug": False})
    hub = window.hub
    with qtbot.waitSignal(hub.configChanged, timeout=2000):
        (plugin_dir / "antigravity.json").write_text('{"debug": true}')
    assert window.form.rows["debug"].editor.box.isChecked()

    combo_choose(window.form.rows["toast_scope"], "all")
    with qtbot.waitSignal(hub.configChanged, timeout=2000):
        (plugin_dir / "antigravity.json").write_text('{"debug": true, "quiet_mode": true}')
    assert "changed on disk" in window.plugin_page.status_banner.title.text()
    save(qtbot, window)  # writes its change on top of the new file
    assert user_file(plugin_dir) == {"debug": True, "quiet_mode": True, "toast_scope": "all"}


# -- this app ---------------------------------------------------------------------------------


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


def test_each_preference_round_trips(make_window, xdg, qtbot):
    window = make_window()
    page = window.app_page
    prefs = window.hub.services.preferences
    page.notifications.setChecked(False)
    page.language.setCurrentIndex(page.language.findData("ko"))
    page.start_hidden.setChecked(False)
    page.vault.setChecked(False)
    page.kinds["notify_rotation"].setChecked(True)
    page.kinds["notify_vanished"].setChecked(False)
    page.interval.setValue(120)
    page.history_days.setValue(30)
    assert prefs.all() | {"start_at_login": False} == {
        "history_days": 30,
        "vault_enabled": False,
        "notifications_enabled": False,
        "notifications_paused_until": 0,
        "language": "ko",
        "start_at_login": False,
        "start_hidden": False,
        "notify_interval_seconds": 120,
        "notify_switches": True,
        "notify_rotation": True,
        "notify_all_limited": True,
        "notify_relogin": True,
        "notify_vanished": False,
    }
    assert not page.kinds["notify_switches"].isEnabled(), "kinds follow the master switch"
    assert [page.language.itemText(i) for i in range(page.language.count())] == [
        "System default",
        "English",
        "한국어",
        "Français",
        "Español",
    ]

    again = SettingsWindow(window.hub)
    qtbot.addWidget(again)
    assert not again.app_page.notifications.isChecked() and not again.app_page.vault.isChecked()
    assert again.app_page.language.currentData() == "ko" and not again.app_page.start_hidden.isChecked()
    page.notifications.setChecked(True)
    page.language.setCurrentIndex(0)
    assert prefs.get("notifications_enabled") is True and prefs.get("language") == "system"
    assert (window.hub.services.plugin.config_dir / "antigravity.json").exists() is False  # apart from the plugin


def test_a_paused_notification_can_be_resumed(make_window, qtbot):
    window = make_window()
    hub = window.hub
    hub.set_preference("notifications_paused_until", int(hub.now_ms()) + 3_600_000)
    page = window.app_page
    assert page.resume_button.isVisibleTo(page) and "Paused until" in page.paused.text()
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    assert hub.services.preferences.get("notifications_paused_until") == 0
    assert not page.resume_button.isVisibleTo(page)


@pytest.mark.skipif(not autostart.supported(), reason="XDG autostart")
def test_start_at_login_writes_and_removes_the_autostart_entry(make_window, xdg):
    window = make_window()
    page = window.app_page
    entry = xdg / "autostart" / "antigravity-tray.desktop"
    page.start_at_login.setChecked(True)
    assert entry.exists() and "--background" in entry.read_text()
    assert window.hub.services.preferences.get("start_at_login") is True
    page.start_hidden.setChecked(False)  # start with a window: no --background
    assert "--background" not in entry.read_text()
    page.start_at_login.setChecked(False)
    assert not entry.exists() and window.hub.services.preferences.get("start_at_login") is False


def test_start_at_login_is_disabled_with_the_reason_where_unsupported(make_window):
    def refuse(*_args, **_kwargs):
        raise NotImplementedError("not here")

    fake = SimpleNamespace(
        supported=lambda: False,
        unsupported_reason=lambda: "Start at login is not available on Windows yet.",
        enable=refuse,
        disable=refuse,
        is_enabled=refuse,
        launch_command=lambda: ["x"],
    )
    window = make_window(autostart_module=fake)
    box = window.app_page.start_at_login
    assert not box.isEnabled() and "not available on this system" in box.toolTip()
    assert not window.app_page.start_hidden.isEnabled()


# -- the window -------------------------------------------------------------------------------


def test_closing_hides_the_window_and_keeps_unsaved_edits(make_window, qtbot):
    window = make_window()
    combo_choose(window.form.rows["toast_scope"], "all")
    window.form.groups.setFocus()
    qtbot.keyClick(window.form.groups, Qt.Key.Key_Escape)  # Escape closes, like the window's X
    assert not window.isVisible()
    window.show()
    assert window.form.rows["toast_scope"].current() == "all"
    assert window.close(), "a refused close makes Qt 6's quit() give up: Quit would do nothing"
    assert not window.isVisible() and window.hub.services is not None


def test_it_fits_a_small_screen_and_the_keyboard_reaches_the_fields(make_window, qtbot):
    window = make_window()
    assert window.width() <= 1366 - 40 and window.height() <= 768 - 60
    assert window.minimumSizeHint().width() <= 1000 and window.minimumSizeHint().height() <= 700
    window.form.groups.setFocus()
    assert window.form.groups.nextInFocusChain() is not None
    qtbot.keyClick(window.form.groups, Qt.Key.Key_Down)
    assert window.form.stack.currentWidget() is window.form.pages["notifications"]
    window.form.show_row("pid_offset_enabled")
    assert window.form.rows["pid_offset_enabled"].editor.box.hasFocus()

    qtbot.keyClick(window.form.groups, Qt.Key.Key_Up)  # back to rotation; Tab walks it in reading order
    window.form.groups.setFocus()
    rows, visited = window.form.rows, []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [
        window.plugin_page.guidance.advisor_button,
        rows["account_selection_strategy"].editor.combo,
        rows["pid_offset_enabled"].editor.box,
        rows["switch_on_first_rate_limit"].editor.box,
    ]
    for button in window.findChildren(QPushButton):
        assert button.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_screenshots_of_both_pages(make_window, plugin_dir, agents, tmp_path, monkeypatch, qtbot):
    monkeypatch.setenv("OPENCODE_ANTIGRAVITY_PID_OFFSET_ENABLED", "1")
    project = tmp_path / "webshop"
    (project / ".opencode").mkdir(parents=True)
    (project / ".opencode" / "antigravity.json").write_text('{"debug": true}')
    agents.extend([Agent(4242, 0.0, str(project)), Agent(4310, 0.0, str(tmp_path))])
    window = make_window(
        {"account_selection_strategy": "round-robin", "pid_offset_enabled": True, "quota_refresh_interval_minutes": 30},
        accounts=3,
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    assert window.grab().save(str(SHOTS / "settings-plugin.png"))  # the rotation page from its top
    window.form.show_row("account_selection_strategy")
    qtbot.wait(50)
    assert window.grab().save(str(SHOTS / "settings-plugin-pid-offset.png"))  # strategy, PID offset, advice
    advisor = window.plugin_page.open_advisor()
    advisor.choose(PARALLEL)
    qtbot.wait(50)
    assert advisor.grab().save(str(SHOTS / "settings-advisor.png"))
    advisor.reject()
    window.show_page("app")
    qtbot.wait(50)
    assert window.grab().save(str(SHOTS / "settings-app.png"))

    bad = make_window({"quiet_mode": "true", "max_rate_limit_wait_seconds": 99999})
    bad.form.show_row("max_rate_limit_wait_seconds")
    qtbot.wait(50)
    assert bad.grab().save(str(SHOTS / "settings-invalid-file.png"))
