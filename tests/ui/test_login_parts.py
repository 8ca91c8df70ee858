"""The login dialog's helpers: the hub's login wiring, error wording, keyboard and size."""

from __future__ import annotations

import inspect
import json
from urllib.parse import parse_qs, urlsplit

import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from antigravity_tray.core import login_errors
from antigravity_tray.core.app_state import AccountHealth, Preferences
from antigravity_tray.core.login_save import SavedLogin
from antigravity_tray.core.oauth import LoginResult
from antigravity_tray.core.pool_store import PoolChange
from antigravity_tray.core.services import Services
from antigravity_tray.live.hub import AppHub
from antigravity_tray.ui.login.dialog import LoginDialog
from antigravity_tray.ui.login.messages import describe, paste_problem

RESULT = LoginResult("new@example.test", "proj-9", "1//secret-refresh")


@pytest.fixture
def hub(plugin_dir, qapp):
    return AppHub(Services(), agents_source=list)


def _every_error() -> list[login_errors.LoginError]:
    return [
        login_errors.PortBusy(51121),
        login_errors.LoginTimedOut(300),
        login_errors.LoginTimedOut(0.5),
        login_errors.LoginCancelled(),
        login_errors.LoginDenied("access_denied"),
        login_errors.LoginDenied("<b>odd</b>"),
        login_errors.StateMismatch(),
        login_errors.BadPaste("it is empty"),
        login_errors.NetworkFailure("finish the sign-in", "ConnectionError"),
        login_errors.GoogleRefused("finish the sign-in", "HTTP 500"),
        login_errors.NoRefreshToken(),
        login_errors.NoEmail("HTTP 401"),
        login_errors.NotSaved(OSError("disk full")),
        login_errors.LoginError(),
    ]


def test_every_login_error_kind_is_covered_here_and_has_its_own_title(qapp):
    kinds = {
        cls.kind
        for _, cls in inspect.getmembers(login_errors, inspect.isclass)
        if issubclass(cls, login_errors.LoginError)
    }
    errors = _every_error()
    assert {error.kind for error in errors} == kinds
    titles = {error.kind: describe(error).title for error in errors}
    assert len(set(titles.values())) == len(kinds) and all(titles.values())


def test_the_dialog_and_the_cli_say_the_same_sentence(qapp):
    for error in _every_error():
        problem = describe(error)  # no translator installed: the English source
        assert str(error).startswith(problem.text)
        assert problem.details == error.details and (not error.details or error.details in str(error))


@pytest.mark.parametrize(
    "exc, expected",
    [
        (login_errors.LoginDenied("access_denied"), "You declined access"),
        (login_errors.LoginDenied("<b>odd</b>"), "“<b>odd</b>”"),  # shown as plain text
        (login_errors.PortBusy(51121), "Port 51121"),
        (login_errors.LoginTimedOut(300), "within 5 min."),
        (login_errors.LoginTimedOut(0.5), "within 0.5 s."),
        (login_errors.NoRefreshToken(), "myaccount.google.com/permissions"),
    ],
)
def test_problems_are_worded_from_what_the_exception_carries(exc, expected, qapp):
    problem = describe(exc)
    assert expected in problem.text and problem.kind == exc.kind and not problem.details


def test_detailed_failures_keep_the_diagnosis_apart(qapp):
    problem = describe(login_errors.NetworkFailure("finish the sign-in", "ConnectionError"))
    assert problem.kind == "network" and "ConnectionError" in problem.details
    assert "ConnectionError" not in problem.text
    saving = describe(login_errors.NotSaved(OSError("disk full")))
    assert saving.kind == "not-saved" and saving.details == "disk full"
    unexpected = describe(RuntimeError("boom"))
    assert unexpected.kind == "error" and unexpected.details == "boom"


def test_a_paste_from_another_sign_in_is_told_apart_from_a_wrong_paste(qapp):
    assert "different sign-in" in paste_problem(login_errors.StateMismatch())
    assert "not a sign-in address" in paste_problem(login_errors.BadPaste("it holds no code"))


def test_the_hubs_login_flow_follows_the_endpoint_settings(monkeypatch, plugin_dir, qapp):
    monkeypatch.setenv("ANTIGRAVITY_TRAY_GOOGLE_ENDPOINT", "https://127.0.0.1:1234")
    monkeypatch.setenv("ANTIGRAVITY_TRAY_OAUTH_PORT", "50999")
    flow = AppHub(Services(), agents_source=list).login_flow()
    assert flow.authorization_url.startswith("https://127.0.0.1:1234/o/oauth2/v2/auth?")
    assert flow.endpoints.redirect_uri == "http://localhost:50999/oauth-callback"


def test_the_hubs_save_lands_the_account_in_the_plugins_pool(plugin_dir, tmp_path, hub):
    Preferences(tmp_path / "app" / "config" / "settings.json").set("vault_enabled", False)
    saved = hub.save_login(RESULT)
    assert saved.change.action == "added" and saved.change.pool_size == 1 and saved.vault_problem is None
    pool = json.loads((plugin_dir / "antigravity-accounts.json").read_text())
    assert [a["email"] for a in pool["accounts"]] == ["new@example.test"]
    assert not AccountHealth(tmp_path / "app" / "state" / "account-health.json").needs_relogin("new@example.test")


def test_the_hubs_save_keeps_a_copy_in_the_vault(plugin_dir, memory_keyring, hub):
    saved = hub.save_login(RESULT)
    assert saved.vault_problem is None
    assert any("1//secret-refresh" in value for value in memory_keyring.store.values())


def test_the_hubs_save_says_why_the_vault_was_skipped(plugin_dir, memory_keyring, hub):
    memory_keyring.fail_with = keyring.errors.KeyringLocked("the keyring is locked")
    saved = hub.save_login(RESULT)
    assert saved.change.action == "added" and "the keyring is locked" in saved.vault_problem


class IdleFlow:
    """Enough of a LoginFlow for layout checks: it never finishes."""

    authorization_url = "https://accounts.example.test/o/oauth2/v2/auth?state=s&code_challenge=c"
    timeout = 300

    def start_receiver(self):
        pass

    def wait_for_code(self):
        self._stop = __import__("threading").Event()
        self._stop.wait(30)
        raise login_errors.LoginCancelled()

    def stop_listening(self):
        getattr(self, "_stop", None) and self._stop.set()

    cancel = stop_listening

    def close(self):
        pass


@pytest.fixture
def idle_dialog(qtbot):
    dialog = LoginDialog(
        flow_factory=IdleFlow, save=lambda r: SavedLogin(PoolChange("added", r.email, 1)), open_url=lambda url: False
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.reject()
    assert dialog.join_worker(5)


def test_tab_order_runs_through_the_waiting_page_in_reading_order(idle_dialog, qtbot):
    page = idle_dialog.waiting
    page.paste_toggle.click()
    qtbot.keyClicks(page.paste_field, "x")  # so Continue is enabled, and focusable
    expected = [
        page.url_field,
        page.copy_button,
        page.open_button,
        page.paste_toggle,
        page.paste_field,
        page.continue_button,
        page.cancel_button,
    ]
    idle_dialog.activateWindow()
    page.url_field.setFocus()
    visited = []
    for _ in expected:
        visited.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert visited == expected


def test_escape_cancels_and_open_reports_a_missing_browser(idle_dialog, qtbot):
    assert idle_dialog.waiting.open_button.isDefault()
    idle_dialog.waiting.open_button.click()
    assert "No browser could be opened" in idle_dialog.waiting.notice.text()
    idle_dialog.waiting.copy_button.click()
    assert QApplication.clipboard().text() == IdleFlow.authorization_url
    qtbot.keyClick(idle_dialog, Qt.Key.Key_Escape)
    assert not idle_dialog.isVisible()
    qtbot.waitUntil(lambda: not idle_dialog.busy)


def test_the_dialog_fits_a_small_laptop_screen(idle_dialog):
    idle_dialog.waiting.paste_toggle.click()
    hint = idle_dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert idle_dialog.width() <= 1366 and idle_dialog.height() <= 700


def test_cancel_while_finishing_saves_nothing_even_when_google_answers_late(qtbot):
    import socket
    import threading

    from antigravity_tray.core.google import GoogleEndpoints
    from antigravity_tray.core.oauth import LoginFlow

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    google_answers = threading.Event()

    class SlowFlow(LoginFlow):
        def finish(self, code):  # the network calls, held until the test lets them answer
            google_answers.wait(10)
            return RESULT

    saved = []
    dialog = LoginDialog(
        flow_factory=lambda: SlowFlow(GoogleEndpoints(oauth_port=port), timeout=20),
        save=lambda result: saved.append(result),
        open_url=lambda url: True,
    )
    qtbot.addWidget(dialog)
    added = []
    dialog.accountAdded.connect(added.append)
    dialog.show()
    dialog.waiting.paste_toggle.click()
    state = parse_qs(urlsplit(dialog.authorization_url).query)["state"][0]
    qtbot.keyClicks(dialog.waiting.paste_field, f"http://localhost:{port}/oauth-callback?state={state}&code=4/x")
    qtbot.keyClick(dialog.waiting.paste_field, Qt.Key.Key_Return)  # Continue is the default button now
    assert dialog.page == "finishing" and dialog.waiting.paste_field.text() == ""
    dialog.finishing.cancel_button.click()
    google_answers.set()
    qtbot.waitUntil(lambda: not dialog.busy)
    qtbot.wait(50)  # let any queued report arrive
    assert saved == [] and added == [] and not dialog.isVisible()
