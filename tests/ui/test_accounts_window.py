"""The Accounts window: the pool as a live table, countdowns that tick only while shown,
and changes that respect running OpenCode processes."""

from __future__ import annotations

import json
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path

import keyring.errors
import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu

from antigravity_tray.core.agents import Agent
from antigravity_tray.core.services import Services
from antigravity_tray.core.vault import Vault
from antigravity_tray.live.hub import AppHub
from antigravity_tray.ui.accounts import format as fmt
from antigravity_tray.ui.accounts.model import ACCOUNT_ROLE, COLUMN, COLUMNS, LINK_ROLE
from antigravity_tray.ui.accounts.prompts import AgentsChoice
from antigravity_tray.ui.accounts.window import AccountsWindow

from support.helpers import make_account, write_pool

NOW = 1_780_000_000.0  # a fixed clock (epoch seconds) for the tests that read countdown text
NOW_MS = NOW * 1000
H = 3_600_000


class FakePrompts:
    """Answers the window's questions and remembers them."""

    def __init__(self, agents: AgentsChoice = AgentsChoice.WHEN_EXITED, confirm: bool | list[bool] = True):
        self.agents_answer = agents
        self.confirm_answers = confirm
        self.asked: list[tuple[str, str]] = []

    def agents_running(self, agents, change):
        self.asked.append(("agents", change))
        return self.agents_answer

    def confirm(self, title, text, accept, *, reject=None, destructive=False):
        self.asked.append(("confirm", text))
        if isinstance(self.confirm_answers, list):
            return self.confirm_answers.pop(0)
        return self.confirm_answers

    def problem(self, title, text):
        self.asked.append(("problem", text))

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.asked]


@pytest.fixture
def pool_file(plugin_dir) -> Path:
    return plugin_dir / "antigravity-accounts.json"


@pytest.fixture
def make_window(qtbot, plugin_dir):
    made: list[tuple[AppHub, AccountsWindow]] = []

    def make(*, agents=list, clock=None, prompts=None, open_url=None, show=True) -> AccountsWindow:
        hub = AppHub(Services(), agents_source=agents, **({"clock": clock} if clock else {}))
        real = prompts == "real"  # the window's own message boxes, answered with answer_dialog()
        window = AccountsWindow(
            hub, prompts=None if real else prompts or FakePrompts(), open_url=open_url or (lambda url: True)
        )
        made.append((hub, window))
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    yield make
    # Delete the Qt objects here, in the GUI thread. Left to Python's cycle collector they
    # could be destroyed later from whatever thread happens to trigger it (a test server's,
    # say), and a file watcher destroyed off its thread crashes the process.
    for hub, window in made:
        window.close()
        hub.shutdown()
        shiboken6.delete(window)
        shiboken6.delete(hub)


def wait_written(qtbot, window: AccountsWindow) -> None:
    """Pool writes run on the hub's worker thread: wait until this one has landed."""
    qtbot.waitUntil(lambda: not window.hub.writing_pool, timeout=5000)


def stored(pool_file: Path) -> dict[str, dict]:
    return {a["email"]: a for a in json.loads(pool_file.read_text())["accounts"]}


def index_of(window: AccountsWindow, email: str, column: str) -> QModelIndex:
    for row in range(window.proxy.rowCount()):
        index = window.proxy.index(row, COLUMN[column])
        if index.data(ACCOUNT_ROLE).email == email:
            return index
    raise LookupError(email)


def active_timers(window: AccountsWindow) -> list[QTimer]:
    return [t for t in window.findChildren(QTimer) if t.isActive()]


def answer_dialog(name: str, button: str, tries: int = 200) -> None:
    """Click ``button`` of the message box ``name`` once it is shown (it runs its own loop)."""

    def attempt(left: int) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == name and widget.isVisible():
                widget.findChild(QAbstractButton, button).click()
                return
        if left:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))


def varied_pool(pool_file: Path, now_ms: float) -> None:
    write_pool(
        pool_file,
        [
            make_account(
                1,
                cachedQuota={
                    "claude": {"remainingFraction": 0.42, "resetTime": fmt_iso(now_ms + 2 * H)},
                    "gemini-pro": {"remainingFraction": 0.9, "resetTime": fmt_iso(now_ms + 3 * H)},
                },
            ),
            make_account(
                2,
                rateLimitResetTimes={
                    "claude": now_ms + 192_000,
                    "gemini-antigravity:antigravity-gemini-3-pro": now_ms + H,
                    "gemini-cli:gemini-3-flash": now_ms - 5_000,
                },
            ),
            make_account(3, coolingDownUntil=now_ms + 45_000, cooldownReason="network-error"),
            make_account(
                4,
                enabled=False,
                verificationRequired=True,
                verificationRequiredReason="VALIDATION_REQUIRED",
                verificationUrl="https://accounts.google.com/signin/continue?x=1",
            ),
            make_account(5, enabled=False, lastUsed=now_ms - 3 * 86_400_000),
        ],
        activeIndexByFamily={"claude": 0, "gemini": 2},
    )


def fmt_iso(ms: float) -> str:
    from antigravity_tray.core.times import iso

    return iso(ms)


# -- rendering ----------------------------------------------------------------------------------
def test_rows_and_columns_render_the_pool(make_window, pool_file):
    varied_pool(pool_file, NOW_MS)
    Services().health.record("user5@example.test", True, "invalid_grant")
    window = make_window(clock=lambda: NOW)
    assert window.proxy.rowCount() == 5 and window.proxy.columnCount() == len(COLUMNS)
    cell = window.cell_text
    assert cell("user1@example.test", "in_use") == "Claude"
    assert cell("user3@example.test", "in_use") == "Gemini"
    assert cell("user2@example.test", "rate_limit") == (
        f"claude · {fmt.clock(NOW_MS + 192_000, NOW_MS)} (in 3m 12s)\n"
        f"gemini · {fmt.clock(NOW_MS + H, NOW_MS)} (in 1h 00m)"
    )  # the expired flash key is not shown
    assert cell("user3@example.test", "cooldown") == f"{fmt.clock(NOW_MS + 45_000, NOW_MS)} (in 45s)\nnetwork error"
    assert cell("user4@example.test", "verification") == "Verify now…"
    assert index_of(window, "user4@example.test", "verification").data(LINK_ROLE).startswith("https://accounts.google")
    assert cell("user5@example.test", "relogin") == "Re-login…"
    assert cell("user1@example.test", "relogin") == ""
    assert cell("user1@example.test", "quota") == (
        f"claude 42% · resets {fmt.clock(NOW_MS + 2 * H, NOW_MS)}\n"
        f"gemini pro 90% · resets {fmt.clock(NOW_MS + 3 * H, NOW_MS)}"
    )
    assert cell("user5@example.test", "last_used") == fmt.day_and_time(NOW_MS - 3 * 86_400_000, NOW_MS)
    enabled = [
        index_of(window, f"user{n}@example.test", "enabled").data(Qt.ItemDataRole.CheckStateRole) for n in (1, 4)
    ]
    assert enabled == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    tip = index_of(window, "user2@example.test", "rate_limit").data(Qt.ItemDataRole.ToolTipRole)
    assert "gemini-antigravity:antigravity-gemini-3-pro: until" in tip
    assert "VALIDATION_REQUIRED" in index_of(window, "user4@example.test", "verification").data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert window.summary.text() == "Claude: user1@example.test · Gemini: user3@example.test"
    counts = window.counts.text()
    assert "5 accounts" in counts and "3 enabled" in counts and "rate-limited: 1 for Claude, 1 for Gemini" in counts
    assert "OpenCode not running" in counts


def test_verification_cell_opens_the_link(make_window, pool_file, qtbot):
    varied_pool(pool_file, NOW_MS)
    opened = []
    window = make_window(clock=lambda: NOW, open_url=lambda url: opened.append(url.toString()) or True)
    index = index_of(window, "user4@example.test", "verification")
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=window.table.visualRect(index).center())
    assert opened == ["https://accounts.google.com/signin/continue?x=1"]
    assert "enable the account again" in window.status_text


def test_columns_sort_by_meaning_not_by_text(make_window, pool_file):
    varied_pool(pool_file, NOW_MS)
    window = make_window(clock=lambda: NOW)
    window.table.sortByColumn(COLUMN["rate_limit"], Qt.SortOrder.AscendingOrder)
    assert window.proxy.index(0, 0).data(ACCOUNT_ROLE).email == "user2@example.test"
    window.table.sortByColumn(COLUMN["enabled"], Qt.SortOrder.AscendingOrder)
    assert {window.proxy.index(r, 0).data(ACCOUNT_ROLE).email for r in (0, 1)} == {
        "user4@example.test",
        "user5@example.test",
    }


# -- live, and quiet while idle -------------------------------------------------------------------
def test_an_outside_write_updates_the_table_within_a_second_and_nothing_ticks_while_idle(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1)])
    window = make_window()
    assert window.proxy.rowCount() == 1
    assert not window.countdown_active and active_timers(window) == [] and window.hub.watcher.idle
    write_pool(pool_file, [make_account(1), make_account(2, enabled=False)])
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 2, timeout=1000)
    assert window.cell_text("user2@example.test", "email") == "user2@example.test"
    qtbot.waitUntil(lambda: window.hub.watcher.idle, timeout=1000)
    assert not window.countdown_active and active_timers(window) == []

    window.hide()  # hidden: still follows the file, still no timer
    write_pool(pool_file, [make_account(3)])
    qtbot.waitUntil(
        lambda: (
            window.proxy.rowCount() == 1 and window.proxy.index(0, 0).data(ACCOUNT_ROLE).email == "user3@example.test"
        ),
        timeout=1000,
    )
    qtbot.waitUntil(lambda: window.hub.watcher.idle, timeout=1000)
    assert active_timers(window) == []


def test_the_countdown_ticks_only_while_shown_and_a_limit_is_active(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1, rateLimitResetTimes={"claude": time.time() * 1000 + 2500})])
    window = make_window(show=False)
    assert not window.countdown_active  # hidden
    window.show()
    qtbot.waitExposed(window)
    assert window.countdown_active
    first = window.cell_text("user1@example.test", "rate_limit")
    qtbot.waitUntil(lambda: window.cell_text("user1@example.test", "rate_limit") != first, timeout=1500)
    window.hide()
    assert not window.countdown_active
    window.show()
    assert window.countdown_active
    # Once the limit has passed the timer stops by itself and the cell empties.
    qtbot.waitUntil(lambda: not window.countdown_active, timeout=4000)
    assert window.cell_text("user1@example.test", "rate_limit") == ""
    assert active_timers(window) == []


def test_closing_hides_the_window_and_stops_the_countdown(make_window, pool_file):
    write_pool(pool_file, [make_account(1, coolingDownUntil=time.time() * 1000 + 60_000)])
    window = make_window()
    assert window.countdown_active
    window.close()
    assert not window.isVisible() and not window.countdown_active


# -- enable / disable ------------------------------------------------------------------------------
def test_disable_with_no_agent_writes_enabled_false(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1), make_account(2)])
    prompts = FakePrompts()
    window = make_window(prompts=prompts)
    assert window.select_email("user2@example.test")
    assert window.actions_.toggle.text() == "Disable"
    window.actions_.toggle.trigger()
    wait_written(qtbot, window)
    assert stored(pool_file)["user2@example.test"]["enabled"] is False
    assert prompts.asked == []  # nothing to ask: no OpenCode runs
    assert "disabled" in window.status_text
    assert window.selected_account().email == "user2@example.test"  # the selection survives the reload
    assert window.actions_.toggle.text() == "Enable"


def test_the_checkbox_asks_for_the_same_change(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1, enabled=False)])
    window = make_window()
    index = index_of(window, "user1@example.test", "enabled")
    assert window.proxy.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    window.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: stored(pool_file)["user1@example.test"]["enabled"] is True, timeout=1000)
    qtbot.waitUntil(
        lambda: window.cell_text("user1@example.test", "email") and window.model.account(0).enabled, timeout=1000
    )


def test_disable_while_opencode_runs_waits_until_it_exits(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1), make_account(2)])
    process = subprocess.Popen(["sleep", "1"])
    agents = lambda: [Agent(process.pid, time.time(), None)] if process.poll() is None else []  # noqa: E731
    window = make_window(agents=agents, prompts="real")
    window.select_email("user2@example.test")
    answer_dialog("agentsRunningDialog", "applyWhenExited")
    window.actions_.toggle.trigger()
    wait_written(qtbot, window)
    try:
        assert stored(pool_file)["user2@example.test"]["enabled"] is True  # not yet
        assert len(window.hub.pending) == 1
        assert window.pending_banner.isVisible()
        assert (
            "Waiting for OpenCode to exit" in window.pending_banner.text.text()
            and "Cancel" in window.pending_banner.text.text()
        )
        assert "disable user2@example.test" in window.pending_banner.text.text()
        qtbot.waitUntil(lambda: stored(pool_file)["user2@example.test"]["enabled"] is False, timeout=6000)
        qtbot.waitUntil(lambda: not window.pending_banner.isVisible(), timeout=1000)
        assert "OpenCode has exited" in window.status_text
        assert not window.model.account(window.model.row_of("1//test-token-0002")).enabled
    finally:
        process.kill()
        process.wait()


def test_the_explanation_says_why_and_offers_three_ways(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1)])
    window = make_window(agents=lambda: [Agent(4321, time.time(), None)], prompts="real")
    seen = {}

    def read_and_cancel(left=200):
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "agentsRunningDialog" and widget.isVisible():
                seen["text"] = widget.text() + "\n" + widget.informativeText()
                seen["buttons"] = [b.text() for b in widget.buttons()]
                widget.reject()
                return
        if left:
            QTimer.singleShot(20, lambda: read_and_cancel(left - 1))

    QTimer.singleShot(0, read_and_cancel)
    window.select_email("user1@example.test")
    window.actions_.toggle.trigger()
    wait_written(qtbot, window)
    assert "keeps the account pool in memory" in seen["text"] and "undo" in seen["text"]
    assert "pid 4321" in seen["text"]
    assert "Apply when OpenCode exits" in seen["buttons"] and "Apply now anyway" in seen["buttons"]
    assert stored(pool_file)["user1@example.test"]["enabled"] is True and window.hub.pending == []


def test_apply_now_anyway_writes_at_once(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1)])
    prompts = FakePrompts(agents=AgentsChoice.NOW)
    window = make_window(agents=lambda: [Agent(4321, time.time(), None)], prompts=prompts)
    window.select_email("user1@example.test")
    window.actions_.toggle.trigger()
    wait_written(qtbot, window)
    assert prompts.kinds() == ["agents"]
    assert stored(pool_file)["user1@example.test"]["enabled"] is False and window.hub.pending == []


def test_a_pending_change_can_be_cancelled_from_the_window(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1)])
    process = subprocess.Popen(["sleep", "30"])
    agents = lambda: [Agent(process.pid, time.time(), None)] if process.poll() is None else []  # noqa: E731
    window = make_window(agents=agents, prompts=FakePrompts(agents=AgentsChoice.WHEN_EXITED))
    try:
        window.select_email("user1@example.test")
        window.actions_.toggle.trigger()
        wait_written(qtbot, window)
        assert window.pending_banner.isVisible()
        window.pending_banner.text.linkActivated.emit("cancel")
        assert window.hub.pending == [] and not window.pending_banner.isVisible()
    finally:
        process.kill()
        process.wait()
    qtbot.wait(300)
    assert stored(pool_file)["user1@example.test"]["enabled"] is True


# -- remove, vault, restore --------------------------------------------------------------------------
def vault_emails() -> set[str]:
    return {e.email for e in Vault().entries()}


def test_remove_confirms_then_offers_to_forget_in_the_vault(make_window, pool_file, memory_keyring, qtbot):
    write_pool(pool_file, [make_account(1), make_account(2)])
    Vault().sync_from_pool(Services().pool_store().read().accounts)
    prompts = FakePrompts(confirm=[True, True])  # remove? yes; forget in the vault too? yes
    window = make_window(prompts=prompts)
    window.select_email("user2@example.test")
    window.actions_.remove.trigger()
    wait_written(qtbot, window)
    assert list(stored(pool_file)) == ["user1@example.test"]
    assert prompts.kinds() == ["confirm", "confirm"] and "vault" in prompts.asked[1][1]
    assert vault_emails() == {"user1@example.test"}
    assert window.proxy.rowCount() == 1


def test_remove_can_keep_the_vault_copy_and_restore_brings_it_back(make_window, pool_file, memory_keyring, qtbot):
    write_pool(pool_file, [make_account(1), make_account(2)])
    Vault().sync_from_pool(Services().pool_store().read().accounts)
    window = make_window(prompts=FakePrompts(confirm=[True, False]))
    window.select_email("user2@example.test")
    window.actions_.remove.trigger()
    wait_written(qtbot, window)
    assert list(stored(pool_file)) == ["user1@example.test"] and "user2@example.test" in vault_emails()
    assert window.actions_.restore_from_vault() == 1
    wait_written(qtbot, window)
    assert set(stored(pool_file)) == {"user1@example.test", "user2@example.test"}


def test_cancelling_the_removal_changes_nothing(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1)])
    before = pool_file.read_bytes()
    window = make_window(prompts=FakePrompts(confirm=False))
    window.select_email("user1@example.test")
    window.actions_.remove.trigger()
    wait_written(qtbot, window)
    assert pool_file.read_bytes() == before


def test_remove_while_opencode_runs_can_forget_in_the_vault_when_applied(make_window, pool_file, memory_keyring, qtbot):
    write_pool(pool_file, [make_account(1), make_account(2)])
    Vault().sync_from_pool(Services().pool_store().read().accounts)
    process = subprocess.Popen(["sleep", "1"])
    agents = lambda: [Agent(process.pid, time.time(), None)] if process.poll() is None else []  # noqa: E731
    prompts = FakePrompts(agents=AgentsChoice.WHEN_EXITED, confirm=True)
    window = make_window(agents=agents, prompts=prompts)
    try:
        window.select_email("user1@example.test")
        window.actions_.remove.trigger()
        wait_written(qtbot, window)
        assert prompts.kinds() == ["agents", "confirm"]  # no second "really remove?": the first dialog asked
        assert "user1@example.test" in stored(pool_file) and "user1@example.test" in vault_emails()
        qtbot.waitUntil(lambda: "user1@example.test" not in stored(pool_file), timeout=6000)
        qtbot.waitUntil(lambda: vault_emails() == {"user2@example.test"}, timeout=2000)  # forgotten after the write
    finally:
        process.kill()
        process.wait()


def test_restore_from_vault_after_the_pool_file_is_deleted(make_window, pool_file, memory_keyring, qtbot):
    write_pool(pool_file, [make_account(1), make_account(2), make_account(3)])
    Vault().sync_from_pool(Services().pool_store().read().accounts)
    window = make_window()
    pool_file.unlink()  # what the plugin does when OpenCode's own credential is missing
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.empty_page, timeout=1000)
    assert window.empty_page.isVisible()
    qtbot.mouseClick(window.empty_page.restore_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, window)
    assert set(stored(pool_file)) == {f"user{n}@example.test" for n in (1, 2, 3)}
    assert "Restored 3 accounts from the vault" in window.status_text
    assert window.proxy.rowCount() == 3 and window.stack.currentWidget() is window.table
    window.actions_.restore.trigger()  # nothing left to restore
    assert "Nothing to restore" in window.status_text


def test_restore_explains_when_no_keyring_can_be_used(make_window, pool_file, memory_keyring, qtbot):
    write_pool(pool_file, [make_account(1)])
    memory_keyring.fail_with = keyring.errors.KeyringLocked("the keyring is locked")
    prompts = FakePrompts()
    window = make_window(prompts=prompts)
    window.actions_.restore.trigger()
    wait_written(qtbot, window)
    assert prompts.kinds() == ["problem"]
    assert "No usable system keyring" in prompts.asked[0][1] and "the keyring is locked" in prompts.asked[0][1]


# -- empty, unreadable, odds and ends ------------------------------------------------------------------
def test_empty_pool_offers_to_add_an_account(make_window, qtbot):
    window = make_window()
    assert window.stack.currentWidget() is window.empty_page and not window.toolbar.isVisible()
    with qtbot.waitSignal(window.hub.showWindowRequested, timeout=500) as signal:
        qtbot.mouseClick(window.empty_page.add_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["login"]
    save_shot(window, "accounts_window_empty.png")


def test_relogin_opens_the_login_dialog(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1)])
    window = make_window()
    window.select_email("user1@example.test")
    with qtbot.waitSignal(window.hub.showWindowRequested, timeout=500) as signal:
        window.actions_.relogin.trigger()
    assert signal.args == ["login"] and "user1@example.test" in window.status_text


def test_a_corrupt_pool_shows_a_banner_and_is_never_written(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1)])
    window = make_window()
    pool_file.write_text('{"version": 4, "accounts": [')
    qtbot.waitUntil(lambda: window.error_banner.isVisible(), timeout=1000)
    text = window.error_banner.text.text()
    assert "cannot be read" in text and "line 1" in text
    assert str(window.hub.services.app.backups_dir) in text
    assert window.stack.currentWidget() is window.unreadable_page
    assert not any(
        a.isEnabled()
        for a in (window.actions_.toggle, window.actions_.remove, window.actions_.restore, window.actions_.add)
    )
    assert window.summary.text() == "The account pool cannot be read"
    save_shot(window, "accounts_window_unreadable.png")
    write_pool(pool_file, [make_account(1), make_account(2)])  # repaired by hand
    qtbot.waitUntil(lambda: not window.error_banner.isVisible() and window.proxy.rowCount() == 2, timeout=1000)


def test_hub_notices_show_in_the_status_line(make_window):
    window = make_window()
    window.hub.notice.emit("Something happened")
    assert window.status_text == "Something happened"


def test_the_keyboard_reaches_everything(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1), make_account(2)])
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table, timeout=1000)
    assert window.selected_account().email == "user1@example.test"  # a row is selected on show
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.selected_account().email == "user2@example.test"
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Disable
    wait_written(qtbot, window)
    assert stored(pool_file)["user2@example.test"]["enabled"] is False
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)  # Tab leaves the table for the details, then wraps
    assert QApplication.focusWidget() is not window.table
    window.buttons["restore"].setFocus()
    qtbot.keyClick(window.buttons["restore"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.table
    window.buttons["addAccount"].setFocus()
    qtbot.keyClick(window.buttons["addAccount"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.buttons["toggleEnabled"]


def test_the_context_menu_offers_the_actions_for_the_row_under_the_pointer(make_window, pool_file, qtbot):
    write_pool(pool_file, [make_account(1), make_account(2, enabled=False)])
    window = make_window()
    index = index_of(window, "user2@example.test", "email")
    window._context_menu(window.table.visualRect(index).center())
    menu = window.findChild(QMenu, "accountsContextMenu")
    qtbot.waitUntil(menu.isVisible, timeout=1000)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "Enable" and "Remove…" in texts and "Restore from vault" in texts
    assert window.selected_account().email == "user2@example.test"
    menu.close()


def test_keyboard_shortcuts_and_context_menu(make_window, pool_file):
    write_pool(pool_file, [make_account(1)])
    window = make_window()
    acts = window.actions_
    assert acts.remove.shortcut().matches(acts.remove.shortcut()) and not acts.remove.shortcut().isEmpty()
    shortcuts = {
        a.objectName(): a.shortcut().toString()
        for a in (acts.add, acts.toggle, acts.relogin, acts.remove, acts.restore)
    }
    assert all(shortcuts.values()) and len(set(shortcuts.values())) == len(shortcuts)
    assert set(acts.context_actions()) >= {acts.toggle, acts.remove, acts.relogin, acts.restore, acts.add}
    for button in window.buttons.values():
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_window_fits_a_small_laptop_screen(make_window, pool_file):
    varied_pool(pool_file, NOW_MS)
    window = make_window(clock=lambda: NOW)
    assert window.width() <= 1366 and window.height() <= 740
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 740


# -- screenshot ---------------------------------------------------------------------------------------
SHOTS = Path("/tmp/accounts_shots")


def save_shot(window: AccountsWindow, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    assert window.grab().save(str(path))
    return path


def test_screenshot_with_a_realistic_pool(make_window, pool_file, qtbot):
    now_ms = time.time() * 1000
    write_pool(
        pool_file,
        [
            make_account(
                1,
                email="alice@example.com",
                lastUsed=now_ms - 60_000,
                addedAt=now_ms - 20 * 86_400_000,
                cachedQuota={
                    "claude": {"remainingFraction": 0.42, "resetTime": fmt_iso(now_ms + 3.3 * H)},
                    "gemini-pro": {"remainingFraction": 0.9, "resetTime": fmt_iso(now_ms + 5.2 * H)},
                },
                cachedQuotaUpdatedAt=now_ms - 600_000,
            ),
            make_account(
                2,
                email="bob.builder@example.com",
                lastUsed=now_ms - 300_000,
                addedAt=now_ms - 9 * 86_400_000,
                rateLimitResetTimes={
                    "claude": now_ms + 192_000,
                    "gemini-antigravity:antigravity-gemini-3-pro": now_ms + 1.1 * H,
                },
                cachedQuota={
                    "claude": {"remainingFraction": 0.0, "resetTime": fmt_iso(now_ms + 3.3 * H)},
                    "gemini-flash": {"remainingFraction": 0.64, "resetTime": fmt_iso(now_ms + 20 * H)},
                },
            ),
            make_account(
                3,
                email="carol@example.org",
                lastUsed=now_ms - 2 * 86_400_000,
                coolingDownUntil=now_ms + 45_000,
                cooldownReason="network-error",
            ),
            make_account(
                4,
                email="dave@example.net",
                enabled=False,
                verificationRequired=True,
                verificationUrl="https://accounts.google.com/signin/continue?x=1",
                verificationRequiredReason="VALIDATION_REQUIRED",
                addedAt=now_ms - 30 * 86_400_000,
            ),
            make_account(5, email="erin@example.com", enabled=False, lastUsed=now_ms - 40 * 86_400_000),
        ],
        activeIndexByFamily={"claude": 0, "gemini": 2},
    )
    Services().health.record("erin@example.com", True, "invalid_grant")
    window = make_window(agents=lambda: [Agent(4242, time.time(), "/home/me/project"), Agent(4343, time.time(), None)])
    window.select_email("bob.builder@example.com")
    window.show_status(
        "Opened Google's verification page for dave@example.net. Once verified, enable the account again."
    )
    qtbot.wait(50)
    assert save_shot(window, "accounts_window.png").stat().st_size > 10_000
    assert window.countdown_active
    assert not window.table.horizontalScrollBar().isVisible()  # every column fits at the default size


def test_check_quotas_asks_google_and_shows_the_newer_answer_without_touching_the_pool(
    make_window, pool_file, use_fake_google, qtbot
):
    good = use_fake_google.mint_refresh_token("good@example.com")
    bad = use_fake_google.mint_refresh_token("bad@example.com")
    use_fake_google.revoke(bad)
    stale = {"claude": {"remainingFraction": 0.9, "resetTime": "2030-01-01T00:00:00Z", "modelCount": 1}}
    write_pool(
        pool_file,
        [
            make_account(1, email="good@example.com", refreshToken=good, cachedQuota=stale, cachedQuotaUpdatedAt=1),
            make_account(2, email="bad@example.com", refreshToken=bad),
        ],
    )
    before = pool_file.read_bytes()
    window = make_window()
    assert window.cell_text("good@example.com", "quota").startswith("claude 90%")
    button = window.buttons["checkQuota"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Quota checked for 2 accounts." in window.status_bar.currentMessage(), timeout=10_000)
    assert "bad@example.com needs re-login" in window.status_bar.currentMessage()
    assert window.cell_text("good@example.com", "quota").startswith("claude 50%")  # the fake's answer, newer
    assert window.cell_text("bad@example.com", "relogin") == "Re-login…"
    assert button.isEnabled() and button.text() == "Check quotas"
    assert pool_file.read_bytes() == before  # the plugin's file is never written for this


def test_a_plugin_opencode_does_not_load_is_said_with_the_fix(make_window, pool_file, plugin_dir, tmp_path):
    write_pool(pool_file, [make_account(1)])
    window = make_window()
    banner = window.setup_banner
    assert banner.isVisible() and "OpenCode does not load the plugin" in banner.text.text()
    assert "“opencode-antigravity-auth@1.6.0”" in banner.text.text() and "doctor" in banner.text.text()
    (plugin_dir / "opencode.json").write_text('{"plugin": ["opencode-antigravity-auth"]}')
    installed = tmp_path / "cache" / "opencode" / "node_modules" / "opencode-antigravity-auth"
    installed.mkdir(parents=True)
    (installed / "package.json").write_text('{"version": "1.6.0"}')
    window.hide()  # opening the window again checks again
    window.show()
    assert not banner.isVisible()


def test_a_save_that_changes_no_rows_keeps_the_selection_and_the_scroll(make_window, pool_file, qtbot):
    """With many accounts, each save of the plugin (about one a second) must not reset the
    table: the rows stay, their cells change."""
    write_pool(pool_file, [make_account(n, email=f"user{n}@example.com") for n in range(300)])
    window = make_window()
    window.table.selectRow(150)
    window.table.verticalScrollBar().setValue(window.table.verticalScrollBar().maximum() // 2)
    scrolled = window.table.verticalScrollBar().value()
    resets = []
    window.model.modelReset.connect(lambda: resets.append(True))
    document = json.loads(pool_file.read_text())
    document["accounts"][3]["lastUsed"] += 60_000
    document["accounts"][150]["rateLimitResetTimes"] = {"claude": time.time() * 1000 + 600_000}
    with qtbot.waitSignal(window.hub.poolChanged, timeout=2000):
        pool_file.write_text(json.dumps(document))
    assert resets == []
    assert window.selected_account().email == "user150@example.com"
    assert window.table.verticalScrollBar().value() == scrolled
    assert window.cell_text("user150@example.com", "rate_limit").startswith("claude · ")


def test_a_save_redraws_only_the_rows_it_changed_and_each_row_fits_its_lines(make_window, pool_file, qtbot):
    """Re-measuring every cell on every save stalled the window for 0.7 s with 1,000 accounts."""
    write_pool(pool_file, [make_account(n, email=f"user{n}@example.com") for n in range(300)])
    window = make_window()
    table, source_row = window.table, {n: n for n in range(300)}  # the file's order: no sort yet
    one_line = table.rowHeight(10)
    redrawn: list[int] = []
    window.model.dataChanged.connect(lambda top, bottom, *_: redrawn.extend(range(top.row(), bottom.row() + 1)))
    document = json.loads(pool_file.read_text())
    reset = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 7200))
    document["accounts"][10]["cachedQuota"] = {
        group: {"remainingFraction": 0.5, "resetTime": reset} for group in ("claude", "gemini-pro", "gemini-flash")
    }
    document["accounts"][200]["lastUsed"] += 60_000
    with qtbot.waitSignal(window.hub.poolChanged, timeout=2000):
        pool_file.write_text(json.dumps(document))
    assert sorted(redrawn) == [source_row[10], source_row[200]]
    assert window.cell_text("user10@example.com", "quota").count("\n") == 2
    assert table.rowHeight(10) > one_line and table.rowHeight(11) == one_line
    for row in (10, 11, 200):  # what Qt's own ResizeToContents would have made them
        assert table.rowHeight(row) == table.sizeHintForRow(row)


def test_the_clock_redraws_only_rows_whose_limit_ends_and_every_row_at_midnight(make_window, pool_file):
    now = time.time() * 1000
    accounts = [make_account(n, email=f"user{n}@example.com") for n in range(50)]
    accounts[7]["rateLimitResetTimes"] = {"claude": now + 5_000}
    write_pool(pool_file, accounts)
    window = make_window()
    model, redrawn = window.model, []
    model.dataChanged.connect(lambda top, bottom, *_: redrawn.extend(range(top.row(), bottom.row() + 1)))
    model.set_now(now + 1_000)
    assert redrawn == []  # nothing ended yet
    model.set_now(now + 6_000)
    assert redrawn == [7]
    assert window.cell_text("user7@example.com", "rate_limit") == ""
    redrawn.clear()
    tomorrow = (datetime.fromtimestamp((now + 6_000) / 1000) + timedelta(days=1)).timestamp() * 1000
    model.set_now(tomorrow)
    assert redrawn == list(range(50))  # "today" became "yesterday" everywhere
