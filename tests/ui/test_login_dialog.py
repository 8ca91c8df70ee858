"""The login dialog, end to end: the real LoginFlow against the fake Google server over
HTTPS, the test acting as the browser, and a real PoolStore in tmp_path."""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from antigravity_tray.core.app_state import AccountHealth
from antigravity_tray.core.google import GoogleEndpoints
from antigravity_tray.core.login_save import save_login
from antigravity_tray.core.oauth import LoginFlow
from antigravity_tray.core.pool_store import PoolStore
from antigravity_tray.core.services import Services
from antigravity_tray.live.hub import AppHub
from antigravity_tray.ui.app import default_factories
from antigravity_tray.ui.login.dialog import LoginDialog

from support.helpers import free_port

WAIT_MS = 10_000


@pytest.fixture
def pool_file(tmp_path) -> Path:
    folder = tmp_path / "opencode"
    folder.mkdir()
    return folder / "antigravity-accounts.json"


@pytest.fixture
def save(pool_file, tmp_path):
    store = PoolStore(pool_file)
    health = AccountHealth(tmp_path / "app" / "account-health.json")
    return lambda result: save_login(result, store, health, None)


class Browser:
    """Acts as the user's browser: follows the sign-in address to wherever it leads."""

    def __init__(self, verify):
        self.verify = verify
        self.threads: list[threading.Thread] = []
        self.final_urls: list[str] = []

    def visit(self, url: str) -> None:
        def go():
            try:
                self.final_urls.append(requests.get(url, allow_redirects=True, verify=self.verify, timeout=10).url)
            except requests.RequestException as exc:
                self.final_urls.append(f"failed: {type(exc).__name__}")

        thread = threading.Thread(target=go, daemon=True)
        thread.start()
        self.threads.append(thread)

    def join(self) -> None:
        for thread in self.threads:
            thread.join(10)


@pytest.fixture
def endpoints(fake_google, google_ca, monkeypatch) -> GoogleEndpoints:
    """Every Google call goes to the fake over HTTPS; the loopback gets a free port."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(google_ca.pem_path))
    base = fake_google.base_url
    return GoogleEndpoints(
        accounts_base=base, oauth2_base=base, apis_base=base, code_assist_bases=(base,), oauth_port=free_port()
    )


@pytest.fixture
def browser(google_ca):
    user = Browser(verify=str(google_ca.pem_path))
    yield user
    user.join()


@pytest.fixture
def opened_urls() -> list:
    return []


@pytest.fixture
def make_dialog(qtbot, endpoints, save, opened_urls):
    made: list[LoginDialog] = []

    def make(timeout: float = 20, save_login=save) -> LoginDialog:
        flows: list[LoginFlow] = []

        def factory() -> LoginFlow:
            flows.append(LoginFlow(endpoints, timeout=timeout))
            return flows[-1]

        dialog = LoginDialog(
            flow_factory=factory, save=save_login, open_url=lambda url: opened_urls.append(url.toString()) or True
        )
        dialog.flows = flows
        qtbot.addWidget(dialog)
        dialog.show()
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:  # no worker may outlive its test
        dialog.reject()
        assert dialog.join_worker(10)


def test_port_busy_shows_the_error_page_naming_the_likely_cause(make_dialog, endpoints, pool_file):
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", endpoints.oauth_port))
        squatter.listen()
        dialog = make_dialog()
        assert dialog.page == "error" and dialog.problem.kind == "port-busy"
        shown = dialog.error.text.text()
        assert str(endpoints.oauth_port) in shown and "opencode auth login" in shown
        assert dialog.error.try_again_button.isVisible() and dialog.error.close_button.isVisible()
    assert not pool_file.exists()


def test_cancel_while_waiting_ends_the_worker_and_writes_nothing(make_dialog, pool_file, qtbot):
    dialog = make_dialog()
    assert dialog.page == "waiting" and dialog.busy
    flow = dialog.flows[-1]
    dialog.waiting.cancel_button.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert not pool_file.exists()
    with socket.socket() as probe:  # the loopback port is free again
        probe.bind(("127.0.0.1", flow.endpoints.oauth_port))


def test_a_pasted_address_with_another_state_is_rejected_inline(make_dialog, pool_file, qtbot):
    dialog = make_dialog()
    port = dialog.flows[-1].endpoints.oauth_port
    dialog.waiting.paste_toggle.click()
    assert dialog.waiting.paste_field.isVisible()
    qtbot.keyClicks(dialog.waiting.paste_field, f"http://localhost:{port}/oauth-callback?state=not-ours&code=4/abc")
    dialog.waiting.continue_button.click()
    assert dialog.page == "waiting" and dialog.busy  # the login goes on: the browser may still answer
    assert "state does not match" in dialog.waiting.paste_message.text()
    assert "4/abc" not in dialog.waiting.paste_message.text()
    assert not pool_file.exists()


def test_a_paste_that_is_no_address_is_rejected_inline(make_dialog, qtbot):
    dialog = make_dialog()
    dialog.waiting.paste_toggle.click()
    qtbot.keyClicks(dialog.waiting.paste_field, "http://localhost/oauth-callback?nothing=here")
    dialog.waiting.continue_button.click()
    assert dialog.page == "waiting" and "not a sign-in address" in dialog.waiting.paste_message.text()


def test_timeout_shows_the_error_page(make_dialog, pool_file, qtbot):
    dialog = make_dialog(timeout=0.5)
    qtbot.waitUntil(lambda: dialog.page == "error", timeout=WAIT_MS)
    assert dialog.problem.kind == "timed-out" and "0.5 s" in dialog.error.text.text()
    assert not dialog.busy or dialog.join_worker(5)
    assert not pool_file.exists()


def test_try_again_starts_a_fresh_flow(make_dialog, qtbot):
    dialog = make_dialog(timeout=0.5)
    qtbot.waitUntil(lambda: dialog.page == "error", timeout=WAIT_MS)
    first_url, first_flow = dialog.authorization_url, dialog.flows[-1]
    dialog.error.try_again_button.click()
    assert dialog.page == "waiting" and dialog.busy
    assert len(dialog.flows) == 2 and dialog.flows[-1] is not first_flow
    assert dialog.authorization_url != first_url and dialog.flows[-1].state != first_flow.state
    assert dialog.waiting.url_field.text() == dialog.authorization_url


# -- with Google (the fake) answering --------------------------------------------------------


def pool_emails(pool_file: Path) -> list[str]:
    return [account["email"] for account in json.loads(pool_file.read_text())["accounts"]]


def shown_texts(dialog) -> str:
    return "\n".join(
        [label.text() for label in dialog.findChildren(QLabel)]
        + [field.text() for field in dialog.findChildren(QLineEdit)]
    )


def test_success_lands_the_account_in_the_pool_and_shows_it(
    make_dialog, fake_google, browser, pool_file, opened_urls, qtbot
):
    fake_google.next_logins.append(("ada@example.test", "proj-ada"))
    dialog = make_dialog()
    added = []
    dialog.accountAdded.connect(added.append)
    dialog.waiting.open_button.click()
    assert opened_urls == [dialog.authorization_url]
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "result", timeout=WAIT_MS)
    assert added == ["ada@example.test"]
    assert dialog.result.email.text() == "ada@example.test" and dialog.result.project.text() == "proj-ada"
    assert dialog.result.change.text() == "added" and dialog.result.pool_size.text() == "1"
    assert not dialog.result.vault_note.isVisible()
    pool = json.loads(pool_file.read_text())
    assert pool["accounts"][0]["email"] == "ada@example.test"
    assert pool["accounts"][0]["refreshToken"] == fake_google.issued_refresh_tokens[-1]
    browser.join()
    code = parse_qs(urlsplit(browser.final_urls[-1]).query)["code"][0]
    texts = shown_texts(dialog)
    assert code not in texts and fake_google.issued_refresh_tokens[-1] not in texts
    assert fake_google.issued_access_tokens[-1] not in texts
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)  # the worker thread ends just after


def test_add_another_signs_in_again_and_reports_an_update(make_dialog, fake_google, browser, pool_file, qtbot):
    fake_google.next_logins += [("ada@example.test", "proj-ada"), ("ada@example.test", "proj-ada")]
    dialog = make_dialog()
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "result", timeout=WAIT_MS)
    dialog.result.add_another_button.click()
    assert dialog.page == "waiting" and len(dialog.flows) == 2
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "result", timeout=WAIT_MS)
    assert dialog.result.change.text().startswith("updated (new sign-in for an existing account)")
    assert dialog.result.pool_size.text() == "1" and pool_emails(pool_file) == ["ada@example.test"]


def test_an_account_without_a_project_says_the_plugin_finds_one(make_dialog, fake_google, browser, qtbot):
    fake_google.next_logins.append(("bo@example.test", None))
    dialog = make_dialog()
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "result", timeout=WAIT_MS)
    assert dialog.result.project.text() == "none yet — the plugin finds one on first use"


def test_denied_consent_shows_the_error_page_and_writes_nothing(make_dialog, fake_google, browser, pool_file, qtbot):
    fake_google.mode = "deny"
    dialog = make_dialog()
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "error", timeout=WAIT_MS)
    assert dialog.problem.kind == "denied" and "You declined access" in dialog.error.text.text()
    assert not dialog.error.details_toggle.isVisible()
    assert not pool_file.exists()


def test_no_refresh_token_shows_the_error_page_and_writes_nothing(make_dialog, fake_google, browser, pool_file, qtbot):
    fake_google.mode = "no_refresh_token"
    dialog = make_dialog()
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "error", timeout=WAIT_MS)
    assert dialog.problem.kind == "no-refresh-token"
    assert "myaccount.google.com/permissions" in dialog.error.text.text()
    assert not pool_file.exists()


def test_a_google_server_error_offers_the_details(make_dialog, fake_google, browser, pool_file, qtbot):
    fake_google.mode = "token_500"
    dialog = make_dialog()
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "error", timeout=WAIT_MS)
    assert dialog.problem.kind == "refused"
    assert dialog.error.details_toggle.isVisible() and not dialog.error.details.isVisible()
    dialog.error.details_toggle.click()
    assert dialog.error.details.isVisible() and "HTTP 500" in dialog.error.details.text()
    assert not pool_file.exists()


def test_paste_fallback_finishes_with_the_address_from_another_machine(
    make_dialog, fake_google, google_ca, pool_file, qtbot
):
    fake_google.next_logins.append(("cy@example.test", "proj-cy"))
    dialog = make_dialog()
    port = dialog.flows[-1].endpoints.oauth_port
    # The browser on the other machine ends on a localhost address that never loads there.
    consent = requests.get(dialog.authorization_url, allow_redirects=False, verify=str(google_ca.pem_path), timeout=10)
    redirect = consent.headers["Location"]
    assert redirect.startswith(f"http://localhost:{port}/oauth-callback?")
    dialog.waiting.paste_toggle.click()
    qtbot.keyClicks(dialog.waiting.paste_field, redirect)
    dialog.waiting.continue_button.click()
    assert dialog.page == "finishing" and dialog.waiting.paste_field.text() == ""
    qtbot.waitUntil(lambda: dialog.page == "result", timeout=WAIT_MS)
    assert dialog.result.email.text() == "cy@example.test" and pool_emails(pool_file) == ["cy@example.test"]
    with socket.socket() as probe:  # the loopback receiver was stopped
        probe.bind(("127.0.0.1", port))


def test_a_pasted_denial_goes_to_the_error_page(make_dialog, fake_google, google_ca, pool_file, qtbot):
    fake_google.mode = "deny"
    dialog = make_dialog()
    consent = requests.get(dialog.authorization_url, allow_redirects=False, verify=str(google_ca.pem_path), timeout=10)
    dialog.waiting.paste_toggle.click()
    qtbot.keyClicks(dialog.waiting.paste_field, consent.headers["Location"])
    dialog.waiting.continue_button.click()
    assert dialog.page == "error" and dialog.problem.kind == "denied"
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert not pool_file.exists()


def test_cancel_while_signing_in_writes_nothing(make_dialog, fake_google, browser, pool_file, qtbot):
    fake_google.mode, fake_google.slow_seconds = "slow", 1.0
    dialog = make_dialog()
    added = []
    dialog.accountAdded.connect(added.append)
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "finishing", timeout=WAIT_MS)
    dialog.finishing.cancel_button.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    qtbot.wait(50)
    assert not pool_file.exists() and added == []


def test_try_again_after_a_denial_signs_in(make_dialog, fake_google, browser, pool_file, qtbot):
    fake_google.mode = "deny"
    dialog = make_dialog()
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "error", timeout=WAIT_MS)
    fake_google.mode = None
    fake_google.next_logins.append("dee@example.test")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Try again is the default button
    assert dialog.page == "waiting" and len(dialog.flows) == 2
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "result", timeout=WAIT_MS)
    assert pool_emails(pool_file) == ["dee@example.test"]


def test_a_pool_file_that_cannot_be_read_is_left_alone(make_dialog, fake_google, browser, pool_file, qtbot):
    pool_file.write_text("{ not json")
    dialog = make_dialog()
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "error", timeout=WAIT_MS)
    assert dialog.problem.kind == "not-saved" and str(pool_file) in dialog.problem.details
    assert pool_file.read_text() == "{ not json"


def test_the_default_wiring_signs_in_from_the_environment(
    plugin_dir, use_fake_google, google_ca, memory_keyring, browser, monkeypatch, qtbot
):
    """The app's own wiring (through the hub): endpoints, pool, health and vault all come from core."""
    monkeypatch.setenv("ANTIGRAVITY_TRAY_OAUTH_PORT", str(free_port()))
    use_fake_google.next_logins.append(("eve@example.test", "proj-eve"))
    hub = AppHub(Services(), agents_source=list)
    dialog = default_factories()["login"](hub)  # as the app makes it
    dialog._open_url = lambda url: True
    qtbot.addWidget(dialog)
    changes = []
    hub.poolChanged.connect(changes.append)
    dialog.show()
    assert dialog.authorization_url.startswith(use_fake_google.base_url)
    browser.visit(dialog.authorization_url)
    qtbot.waitUntil(lambda: dialog.page == "result", timeout=WAIT_MS)
    assert pool_emails(plugin_dir / "antigravity-accounts.json") == ["eve@example.test"]
    assert [a.email for a in hub.pool.accounts] == ["eve@example.test"] and changes[0] is True  # ours, not news
    assert not dialog.result.vault_note.isVisible() and memory_keyring.store
