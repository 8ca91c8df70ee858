"""The loopback receiver and the paste fallback, without any network but loopback."""

import socket
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from antigravity_tray.core.google import GoogleEndpoints
from antigravity_tray.core.login_errors import (
    BadPaste,
    LoginCancelled,
    LoginDenied,
    LoginTimedOut,
    PortBusy,
    StateMismatch,
)
from antigravity_tray.core.loopback import CallbackReceiver
from antigravity_tray.core.oauth import LoginFlow

from support.helpers import free_port


@pytest.fixture
def flow():
    login = LoginFlow(GoogleEndpoints(oauth_port=free_port()), timeout=5)
    yield login
    login.close()


def query(url):
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_the_authorization_url_asks_for_offline_consent_with_pkce_and_a_random_state(flow):
    params = query(flow.authorization_url)
    assert params["access_type"] == "offline" and params["prompt"] == "consent"
    assert params["code_challenge_method"] == "S256" and len(params["code_challenge"]) == 43
    assert params["redirect_uri"] == f"http://localhost:{flow.endpoints.oauth_port}/oauth-callback"
    assert params["state"] == flow.state and len(flow.state) >= 40
    assert params["state"] != LoginFlow(flow.endpoints).state  # a new one each time
    assert "cclog" in params["scope"] and "experimentsandconfigs" in params["scope"]


def callback(port, **params):
    return requests.get(f"http://127.0.0.1:{port}/oauth-callback", params=params, timeout=5)


def test_the_browser_callback_returns_the_code_and_a_closing_page(flow):
    port = flow.endpoints.oauth_port
    flow.start_receiver()
    replies = []
    browser = threading.Thread(target=lambda: replies.append(callback(port, code="c-1", state=flow.state)))
    browser.start()
    assert flow.wait_for_code() == "c-1"
    browser.join(5)
    assert replies[0].status_code == 200 and "close this tab" in replies[0].text


def test_a_callback_with_another_state_is_rejected_and_the_real_one_still_lands(flow):
    port = flow.endpoints.oauth_port
    flow.start_receiver()
    forged = callback(port, code="forged", state="x")  # any web page could send this
    assert forged.status_code == 400 and "does not belong" in forged.text
    threading.Thread(target=callback, args=(port,), kwargs={"code": "real", "state": flow.state}).start()
    assert flow.wait_for_code() == "real"


def test_a_denied_consent_is_reported_in_plain_words(flow):
    flow.start_receiver()
    threading.Thread(
        target=callback, args=(flow.endpoints.oauth_port,), kwargs={"error": "access_denied", "state": flow.state}
    ).start()
    with pytest.raises(LoginDenied, match="You declined access"):
        flow.wait_for_code()


def test_receiver_binds_loopback_only_answers_only_its_path_and_takes_one_callback():
    receiver = CallbackReceiver(0)
    try:
        assert receiver._server.server_address[0] == "127.0.0.1"
        base = f"http://127.0.0.1:{receiver.port}"
        assert requests.get(f"{base}/favicon.ico", timeout=5).status_code == 404
        assert requests.get(f"{base}/oauth-callback", timeout=5).status_code == 400
        assert requests.get(f"{base}/oauth-callback?code=a&state=s", timeout=5).status_code == 200
        assert requests.get(f"{base}/oauth-callback?code=b&state=s", timeout=5).status_code == 409
        assert receiver.wait(1) == {"code": "a", "state": "s"}
    finally:
        receiver.close()


def test_a_busy_port_names_the_likely_cause():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        with pytest.raises(PortBusy, match="opencode auth login"):
            CallbackReceiver(holder.getsockname()[1])


def test_cancel_ends_the_wait_and_timeout_gives_up():
    receiver = CallbackReceiver(0)
    threading.Timer(0.2, receiver.cancel).start()
    with pytest.raises(LoginCancelled):
        receiver.wait(5)
    receiver.close()
    receiver = CallbackReceiver(0)
    with pytest.raises(LoginTimedOut):
        receiver.wait(0.2)
    receiver.close()


def test_pasted_redirect_url_or_bare_code(flow):
    url = f"http://localhost:51121/oauth-callback?state={flow.state}&code=4/0Abc-def&scope=x"
    assert flow.code_from_paste(f"  {url}\n") == "4/0Abc-def"
    assert flow.code_from_paste("4/0Abc-def") == "4/0Abc-def"
    with pytest.raises(StateMismatch):
        flow.code_from_paste("http://localhost:51121/oauth-callback?state=other&code=x")
    with pytest.raises(StateMismatch):
        flow.code_from_paste("http://localhost:51121/oauth-callback?code=x")
    with pytest.raises(BadPaste):
        flow.code_from_paste("http://localhost:51121/oauth-callback?state=abc")
    with pytest.raises(BadPaste):
        flow.code_from_paste("two words")
    with pytest.raises(LoginDenied):
        flow.code_from_paste(f"http://localhost:51121/oauth-callback?state={flow.state}&error=access_denied")


def test_endpoints_follow_the_override_and_keep_real_paths():
    endpoints = GoogleEndpoints.from_environment(
        {"ANTIGRAVITY_TRAY_GOOGLE_ENDPOINT": "https://127.0.0.1:9/", "ANTIGRAVITY_TRAY_OAUTH_PORT": "6000"}
    )
    assert endpoints.auth_url == "https://127.0.0.1:9/o/oauth2/v2/auth"
    assert endpoints.token_url == "https://127.0.0.1:9/token"
    assert endpoints.userinfo_url == "https://127.0.0.1:9/oauth2/v1/userinfo?alt=json"
    assert endpoints.load_code_assist_urls == ("https://127.0.0.1:9/v1internal:loadCodeAssist",)
    assert endpoints.fetch_models_url == "https://127.0.0.1:9/v1internal:fetchAvailableModels"
    assert endpoints.redirect_uri == "http://localhost:6000/oauth-callback"
    default = GoogleEndpoints.from_environment({})
    assert default.token_url == "https://oauth2.googleapis.com/token"
    assert [u.split("/v1")[0] for u in default.load_code_assist_urls] == [
        "https://cloudcode-pa.googleapis.com",
        "https://daily-cloudcode-pa.sandbox.googleapis.com",
        "https://autopush-cloudcode-pa.sandbox.googleapis.com",
    ]
