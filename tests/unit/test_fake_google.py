"""The fake Google (tests/support/fake_google.py) speaks the protocol the app relies on.

Driven with plain ``requests`` (``verify=`` the test CA) and with requests-oauthlib's
``OAuth2Session(pkce="S256")`` through a whole login: a loopback receiver, a "browser"
that follows the 302, the code exchange, userinfo, loadCodeAssist and fetchAvailableModels.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import trustme
from oauthlib.oauth2 import InvalidGrantError
from requests_oauthlib import OAuth2Session

from support.fake_google import MODES, REAL_TOKEN_PATTERNS, SCOPES, FakeGoogle, pkce_challenge

CLIENT_ID = FakeGoogle.CLIENT_ID
CLIENT_SECRET = FakeGoogle.CLIENT_SECRET
METADATA = {"ideType": "ANTIGRAVITY", "platform": "MACOS", "pluginType": "GEMINI"}
VERIFIER = "verifier-" + "x" * 40  # 49 characters, in the PKCE alphabet


# -- a tiny loopback receiver and helpers ------------------------------------------------


class Loopback:
    """http://127.0.0.1:<port>/oauth-callback, catching one redirect (the app has its own)."""

    def __init__(self):
        self.params: dict[str, str] | None = None
        self._got = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                url = urlsplit(self.path)
                if url.path != "/oauth-callback":
                    self.send_error(404)
                    return
                outer.params = {k: v[0] for k, v in parse_qs(url.query).items()}
                outer._got.set()
                body = b"Signed in. You can close this tab."
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.redirect_uri = f"http://127.0.0.1:{self._server.server_address[1]}/oauth-callback"
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def wait(self, timeout: float = 5) -> dict[str, str]:
        if not self._got.wait(timeout):
            raise TimeoutError("no callback")
        return self.params

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()


def ca(fake: FakeGoogle) -> str:
    return str(fake.ca_pem_path)


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query, keep_blank_values=True).items()}


def auth_params(redirect_uri: str, verifier: str = VERIFIER, /, **changes) -> dict:
    params = {
        "client_id": CLIENT_ID,
        "response_type": "code",
        "redirect_uri": redirect_uri,
        "scope": " ".join(SCOPES),
        "code_challenge": pkce_challenge(verifier),
        "code_challenge_method": "S256",
        "access_type": "offline",
        "prompt": "consent",
        "state": "st-1",
    }
    params.update(changes)
    return {k: v for k, v in params.items() if v is not None}


def consent(
    fake: FakeGoogle, redirect_uri: str = "http://127.0.0.1:51121/oauth-callback", verifier: str = VERIFIER, **changes
) -> dict[str, str]:
    """The browser's visit to the consent page; returns the query Google redirects with."""
    response = requests.get(
        fake.auth_url,
        params=auth_params(redirect_uri, verifier, **changes),
        allow_redirects=False,
        verify=ca(fake),
        timeout=5,
    )
    assert response.status_code == 302, response.text
    location = response.headers["Location"]
    assert location.startswith(redirect_uri + "?")
    return query_of(location)


def exchange(
    fake: FakeGoogle,
    code: str,
    redirect_uri: str = "http://127.0.0.1:51121/oauth-callback",
    verifier: str | None = VERIFIER,
    **changes,
) -> requests.Response:
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "code_verifier": verifier,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    data.update(changes)
    return requests.post(
        fake.token_url, data={k: v for k, v in data.items() if v is not None}, verify=ca(fake), timeout=5
    )


def refresh(fake: FakeGoogle, refresh_token: str, timeout: float = 5) -> requests.Response:
    return requests.post(
        fake.token_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
        },
        verify=ca(fake),
        timeout=timeout,
    )


def login(fake: FakeGoogle) -> dict:
    """A whole login with plain requests; returns the token answer."""
    response = exchange(fake, consent(fake)["code"])
    assert response.status_code == 200, response.text
    return response.json()


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def oauthlib_login(fake: FakeGoogle) -> tuple[OAuth2Session, dict, str]:
    """The app's way: OAuth2Session with PKCE, a loopback receiver, a browser following the 302."""
    with Loopback() as loopback:
        session = OAuth2Session(CLIENT_ID, scope=list(SCOPES), redirect_uri=loopback.redirect_uri, pkce="S256")
        url, state = session.authorization_url(fake.auth_url, access_type="offline", prompt="consent")
        browser = requests.get(url, allow_redirects=True, verify=ca(fake), timeout=5)
        assert browser.status_code == 200 and browser.text == "Signed in. You can close this tab."
        assert [r.status_code for r in browser.history] == [302]
        params = loopback.wait()
    assert params["state"] == state
    token = session.fetch_token(
        fake.token_url,
        code=params["code"],
        client_secret=CLIENT_SECRET,
        include_client_id=True,
        verify=ca(fake),
        timeout=5,
    )
    return session, token, state


# -- TLS, life cycle, fixtures -------------------------------------------------------


def test_it_serves_https_that_only_the_test_ca_vouches_for(fake_google, monkeypatch):
    assert fake_google.base_url.startswith("https://127.0.0.1:")
    assert requests.get(fake_google.base_url + "/nowhere", verify=ca(fake_google), timeout=5).status_code == 404
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(fake_google.base_url + "/nowhere", timeout=5)  # certifi's roots: untrusted
    assert fake_google.errors == []  # a refused handshake is not a bug in the fake


def test_context_manager_starts_and_stops_and_cleans_its_own_ca_file(google_ca):
    with FakeGoogle(trustme.CA()) as fake:  # a bare trustme CA: the fake writes its PEM itself
        pem = fake.ca_pem_path
        assert pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
        base = fake.base_url
        assert requests.get(base + "/x", verify=str(pem), timeout=5).status_code == 404
    assert not pem.exists()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), timeout=5).close()
    fake = FakeGoogle(google_ca).start()
    try:
        assert fake.ca_pem_path == google_ca.pem_path
    finally:
        fake.stop()
    fake.stop()  # twice is harmless


def test_google_env_points_a_subprocess_at_the_fake(google_env, fake_google, google_ca):
    assert google_env == {
        "ANTIGRAVITY_TRAY_GOOGLE_ENDPOINT": fake_google.base_url,
        "REQUESTS_CA_BUNDLE": str(google_ca.pem_path),
        "SSL_CERT_FILE": str(google_ca.pem_path),
    }
    script = """if True:
        import os, urllib.request, urllib.error, requests
        base = os.environ["ANTIGRAVITY_TRAY_GOOGLE_ENDPOINT"]
        print(requests.get(base + "/oauth2/v1/userinfo?alt=json", timeout=5).status_code)
        try:
            urllib.request.urlopen(base + "/oauth2/v1/userinfo?alt=json", timeout=5)
        except urllib.error.HTTPError as exc:
            print(exc.code)
    """
    result = subprocess.run(
        [sys.executable, "-c", script], env={**os.environ, **google_env}, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["401", "401"]  # TLS worked for requests and for the ssl module


def test_use_fake_google_trusts_the_ca_in_this_process(use_fake_google):
    assert os.environ["ANTIGRAVITY_TRAY_GOOGLE_ENDPOINT"] == use_fake_google.base_url
    assert requests.get(use_fake_google.userinfo_url, timeout=5).status_code == 401


# -- the whole login ---------------------------------------------------------------


def test_full_login_with_requests_oauthlib(fake_google, monkeypatch):
    monkeypatch.setenv("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")  # Google adds openid; see the next test
    fake_google.next_logins.append(("alice@example.com", "proj-alice"))

    session, token, _ = oauthlib_login(fake_google)

    assert token["token_type"] == "Bearer" and token["expires_in"] == 3599
    assert token["access_token"].startswith("ya29.fake.")
    refresh_token = token["refresh_token"]
    assert refresh_token.startswith("1//fake-")
    assert fake_google.issued_refresh_tokens == [refresh_token]
    assert fake_google.accounts[refresh_token] == ("alice@example.com", "proj-alice")
    assert set(token["scope"]) == set(SCOPES) | {"openid"}
    assert fake_google.last_auth_params["access_type"] == "offline"

    info = session.get(fake_google.userinfo_url, verify=ca(fake_google), timeout=5)
    assert info.status_code == 200
    assert info.json()["email"] == "alice@example.com" and info.json()["verified_email"] is True
    assert set(info.json()) >= {"id", "email", "verified_email", "name", "picture"}

    load = session.post(
        fake_google.load_code_assist_url, json={"metadata": METADATA}, verify=ca(fake_google), timeout=5
    )
    assert load.json() == {
        "cloudaicompanionProject": "proj-alice",
        "currentTier": {"id": "free-tier"},
        "allowedTiers": [{"id": "free-tier", "isDefault": True}],
    }

    models = session.post(
        fake_google.fetch_models_url, json={"project": "proj-alice"}, verify=ca(fake_google), timeout=5
    ).json()["models"]
    assert set(models) == {"claude-sonnet-4-5", "gemini-3-pro-high", "gemini-3-flash"}

    # Refresh: Google sends no new refresh_token; requests-oauthlib keeps the old one.
    old_access = session.token["access_token"]
    refreshed = session.refresh_token(
        fake_google.token_url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, verify=ca(fake_google), timeout=5
    )
    assert refreshed["refresh_token"] == refresh_token and refreshed["access_token"] != old_access
    assert fake_google.issued_refresh_tokens == [refresh_token]

    assert fake_google.requests == [
        ("GET", "/o/oauth2/v2/auth"),
        ("POST", "/token"),
        ("GET", "/oauth2/v1/userinfo"),
        ("POST", "/v1internal:loadCodeAssist"),
        ("POST", "/v1internal:fetchAvailableModels"),
        ("POST", "/token"),
    ]
    for issued in fake_google.issued_refresh_tokens + fake_google.issued_access_tokens:
        assert issued not in repr(fake_google.requests)


def test_oauthlib_calls_the_added_openid_scope_a_change_unless_relaxed(fake_google, monkeypatch):
    monkeypatch.delenv("OAUTHLIB_RELAX_TOKEN_SCOPE", raising=False)
    with pytest.raises(Warning, match="Scope has changed") as caught:
        oauthlib_login(fake_google)
    assert caught.value.token["refresh_token"] in fake_google.issued_refresh_tokens  # the token is still there


# -- /o/oauth2/v2/auth -------------------------------------------------------------


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("client_id", None),
        ("client_id", "someone-else.apps.googleusercontent.com"),
        ("response_type", "token"),
        ("scope", " ".join(s for s in SCOPES if not s.endswith("cclog"))),
        ("scope", None),
        ("code_challenge_method", "plain"),
        ("code_challenge_method", None),
        ("code_challenge", None),
        ("code_challenge", "a" * 42),
        ("code_challenge", "a" * 129),
        ("code_challenge", "a" * 42 + "!"),
        ("access_type", "online"),
        ("access_type", None),
        ("prompt", "select_account"),
        ("prompt", None),
        ("redirect_uri", None),
        ("redirect_uri", "http://example.com:1234/oauth-callback"),
        ("redirect_uri", "https://127.0.0.1:1234/oauth-callback"),
        ("redirect_uri", "http://127.0.0.1:1234/callback"),
        ("redirect_uri", "http://localhost/oauth-callback"),
        ("redirect_uri", "http://localhost:0/oauth-callback"),
    ],
)
def test_consent_refuses_a_bad_request_naming_the_parameter(fake_google, parameter, value):
    params = auth_params("http://127.0.0.1:51121/oauth-callback", **{parameter: value})
    response = requests.get(
        fake_google.auth_url, params=params, allow_redirects=False, verify=ca(fake_google), timeout=5
    )
    assert response.status_code == 400
    assert parameter in response.text and "Location" not in response.headers
    if parameter == "scope" and value:
        assert "cclog" in response.text


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1"])
def test_consent_redirects_with_the_state_as_given_a_code_and_the_scopes(fake_google, host):
    redirect_uri = f"http://{host}:40123/oauth-callback"
    state = "eyJ2ZXJpZmllciI6ICJ4In0= odd/+&chars"
    query = consent(fake_google, redirect_uri, state=state)
    assert query["state"] == state
    assert query["code"].startswith("4/fake-")
    assert query["scope"].split() == list(SCOPES)
    assert consent(fake_google, redirect_uri, state=None).keys() >= {"code", "scope"}
    assert "state" not in consent(fake_google, redirect_uri, state=None)
    assert len(consent(fake_google, redirect_uri, verifier="v" * 128)["code"]) > 10


def test_logins_come_from_the_queue_then_from_generated_users(fake_google):
    fake_google.next_logins.append(("alice@example.com", "proj-alice"))
    fake_google.next_logins.append(("bob@example.com", None))  # an account without a project
    tokens = [login(fake_google) for _ in range(4)]
    accounts = [fake_google.accounts[t["refresh_token"]] for t in tokens]
    assert accounts == [
        ("alice@example.com", "proj-alice"),
        ("bob@example.com", None),
        ("user1@example.test", "proj-user1"),
        ("user2@example.test", "proj-user2"),
    ]
    assert fake_google.next_logins == []
    bob = requests.post(
        fake_google.load_code_assist_url,
        json={"metadata": METADATA},
        headers=bearer(tokens[1]["access_token"]),
        verify=ca(fake_google),
        timeout=5,
    )
    assert bob.status_code == 200 and bob.json() == {}


def test_deny_mode_redirects_with_access_denied_and_the_state(fake_google):
    fake_google.mode = "deny"
    with Loopback() as loopback:
        params = auth_params(loopback.redirect_uri, state="keep-me")
        requests.get(fake_google.auth_url, params=params, verify=ca(fake_google), timeout=5)
        assert loopback.wait() == {"error": "access_denied", "state": "keep-me"}


# -- /token: authorization_code ------------------------------------------------------


def test_a_wrong_or_missing_code_verifier_fails_pkce(fake_google):
    wrong = exchange(fake_google, consent(fake_google)["code"], verifier="another-verifier-" + "y" * 40)
    assert wrong.status_code == 400
    assert wrong.json() == {"error": "invalid_grant", "error_description": "PKCE verification failed"}
    missing = exchange(fake_google, consent(fake_google)["code"], verifier=None)
    assert missing.status_code == 400 and missing.json()["error"] == "invalid_grant"


def test_a_tampered_oauthlib_verifier_raises_invalid_grant(fake_google, monkeypatch):
    monkeypatch.setenv("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")
    with Loopback() as loopback:
        session = OAuth2Session(CLIENT_ID, scope=list(SCOPES), redirect_uri=loopback.redirect_uri, pkce="S256")
        url, _ = session.authorization_url(fake_google.auth_url, access_type="offline", prompt="consent")
        requests.get(url, verify=ca(fake_google), timeout=5)
        code = loopback.wait()["code"]
    session._code_verifier = "tampered-" + "z" * 40  # no public way to set it
    with pytest.raises(InvalidGrantError, match="PKCE verification failed"):
        session.fetch_token(
            fake_google.token_url,
            code=code,
            client_secret=CLIENT_SECRET,
            include_client_id=True,
            verify=ca(fake_google),
            timeout=5,
        )


@pytest.mark.parametrize(
    "changes",
    [
        {"client_secret": "GOCSPX-wrong"},
        {"client_secret": None},
        {"client_id": "other.apps.googleusercontent.com"},
        {"client_id": None},
    ],
)
def test_wrong_client_credentials_are_invalid_client(fake_google, changes):
    response = exchange(fake_google, consent(fake_google)["code"], **changes)
    assert response.status_code == 401 and response.json()["error"] == "invalid_client"


def test_client_credentials_may_come_by_http_basic(fake_google):
    code = consent(fake_google)["code"]
    response = requests.post(
        fake_google.token_url,
        auth=(CLIENT_ID, CLIENT_SECRET),
        verify=ca(fake_google),
        data={
            "grant_type": "authorization_code",
            "code": code,
            "code_verifier": VERIFIER,
            "redirect_uri": "http://127.0.0.1:51121/oauth-callback",
        },
        timeout=5,
    )
    assert response.status_code == 200 and "refresh_token" in response.json()
    bad = requests.post(
        fake_google.token_url,
        auth=(CLIENT_ID, "nope"),
        verify=ca(fake_google),
        data={"grant_type": "refresh_token", "refresh_token": fake_google.mint_refresh_token()},
        timeout=5,
    )
    assert bad.status_code == 401 and bad.json() == {"error": "invalid_client", "error_description": "Unauthorized"}


def test_a_code_works_once_and_unknown_codes_never(fake_google):
    code = consent(fake_google)["code"]
    assert exchange(fake_google, code).status_code == 200
    for again in (code, "4/fake-never-issued"):
        response = exchange(fake_google, again)
        assert response.status_code == 400
        assert response.json() == {"error": "invalid_grant", "error_description": "Malformed auth code."}


def test_the_redirect_uri_must_be_the_one_used_for_consent(fake_google):
    code = consent(fake_google, "http://localhost:40000/oauth-callback")["code"]
    response = exchange(fake_google, code, "http://127.0.0.1:40000/oauth-callback")
    assert response.status_code == 400 and response.json()["error"] == "redirect_uri_mismatch"


def test_unsupported_grants_and_non_form_bodies_are_refused(fake_google):
    response = requests.post(
        fake_google.token_url,
        data={"grant_type": "password", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
        verify=ca(fake_google),
        timeout=5,
    )
    assert response.status_code == 400 and response.json()["error"] == "unsupported_grant_type"
    as_json = requests.post(
        fake_google.token_url, json={"grant_type": "refresh_token"}, verify=ca(fake_google), timeout=5
    )
    assert as_json.status_code == 400 and as_json.json()["error"] == "invalid_request"


def test_no_refresh_token_mode_omits_it(fake_google):
    fake_google.mode = "no_refresh_token"
    token = login(fake_google)
    assert "refresh_token" not in token and token["access_token"].startswith("ya29.fake.")
    assert fake_google.issued_refresh_tokens == []


# -- /token: refresh_token -----------------------------------------------------------


def test_refresh_gives_a_new_access_token_and_no_new_refresh_token(fake_google):
    refresh_token = login(fake_google)["refresh_token"]
    response = refresh(fake_google, refresh_token)
    assert response.status_code == 200
    body = response.json()
    assert "refresh_token" not in body and body["expires_in"] == 3599
    assert (
        requests.get(
            fake_google.userinfo_url, headers=bearer(body["access_token"]), verify=ca(fake_google), timeout=5
        ).status_code
        == 200
    )


def test_revoked_unknown_and_invalid_grant_mode_refreshes_fail(fake_google):
    expected = {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
    revoked = fake_google.mint_refresh_token("carol@example.com", "proj-carol")
    fake_google.revoked.add(revoked)
    for token in (revoked, "1//fake-unknown"):
        response = refresh(fake_google, token)
        assert (response.status_code, response.json()) == (400, expected)

    fine = fake_google.mint_refresh_token()
    assert refresh(fake_google, fine).status_code == 200
    fake_google.mode = "invalid_grant"
    response = refresh(fake_google, fine)
    assert (response.status_code, response.json()) == (400, expected)
    assert login(fake_google)["refresh_token"]  # only refreshes fail in that mode


def test_a_revoked_refresh_through_oauthlib_is_invalid_grant(fake_google):
    token = fake_google.mint_refresh_token()
    fake_google.revoke(token)
    with pytest.raises(InvalidGrantError) as caught:
        OAuth2Session(CLIENT_ID).refresh_token(
            fake_google.token_url,
            refresh_token=token,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            verify=ca(fake_google),
            timeout=5,
        )
    assert caught.value.description == "Token has been expired or revoked."


# -- failures: 500s, slow ------------------------------------------------------------


def test_token_500_mode_answers_googles_error_page(fake_google):
    code = consent(fake_google)["code"]
    refresh_token = fake_google.mint_refresh_token()
    fake_google.mode = "token_500"
    for response in (exchange(fake_google, code), refresh(fake_google, refresh_token)):
        assert response.status_code == 500
        assert response.headers["Content-Type"].startswith("text/html") and "Error 500" in response.text
    fake_google.mode = None
    assert exchange(fake_google, code).status_code == 200  # the 500 did not spend the code


def test_load_500_and_no_project_modes(fake_google):
    access = login(fake_google)["access_token"]

    def load():
        return requests.post(
            fake_google.load_code_assist_url,
            json={"metadata": METADATA},
            headers=bearer(access),
            verify=ca(fake_google),
            timeout=5,
        )

    assert load().json()["cloudaicompanionProject"] == "proj-user1"
    fake_google.mode = "no_project"
    assert load().json() == {}
    fake_google.mode = "load_500"
    assert load().status_code == 500 and load().json()["error"]["status"] == "INTERNAL"


def test_slow_mode_delays_only_the_token_endpoint(fake_google):
    access = login(fake_google)["access_token"]
    refresh_token = fake_google.mint_refresh_token()
    fake_google.mode = "slow"
    fake_google.slow_seconds = 0.6
    with pytest.raises(requests.exceptions.ReadTimeout):
        refresh(fake_google, refresh_token, timeout=0.2)

    results = {}
    slow = threading.Thread(target=lambda: results.update(slow=refresh(fake_google, refresh_token)))
    started = time.monotonic()
    slow.start()
    info = requests.get(fake_google.userinfo_url, headers=bearer(access), verify=ca(fake_google), timeout=5)
    userinfo_seconds = time.monotonic() - started
    slow.join(5)
    token_seconds = time.monotonic() - started
    assert info.status_code == 200 and userinfo_seconds < 0.5
    assert results["slow"].status_code == 200 and token_seconds >= 0.6


def test_stop_does_not_wait_for_a_slow_answer(google_ca):
    fake = FakeGoogle(google_ca).start()
    fake.mode = {"slow"}
    fake.slow_seconds = 60
    caller = threading.Thread(target=lambda: _ignore(lambda: refresh(fake, "1//fake-x")), daemon=True)
    caller.start()
    time.sleep(0.2)
    started = time.monotonic()
    fake.stop()
    caller.join(5)
    assert time.monotonic() - started < 2 and not caller.is_alive()


def _ignore(call):
    try:
        call()
    except requests.RequestException:
        pass


# -- APIs ----------------------------------------------------------------------------


def test_apis_want_a_valid_bearer(fake_google):
    access = login(fake_google)["access_token"]
    calls = [
        ("GET", fake_google.userinfo_url, None),
        ("POST", fake_google.load_code_assist_url, {"metadata": METADATA}),
        ("POST", fake_google.fetch_models_url, {}),
    ]
    for method, url, body in calls:
        for headers in ({}, bearer("ya29.fake.nope"), {"Authorization": "Basic " + access}):
            response = requests.request(method, url, json=body, headers=headers, verify=ca(fake_google), timeout=5)
            assert response.status_code == 401, (url, headers)
            assert response.json()["error"]["status"] == "UNAUTHENTICATED"
        assert (
            requests.request(
                method, url, json=body, headers=bearer(access), verify=ca(fake_google), timeout=5
            ).status_code
            == 200
        )
    fake_google.expire_access_tokens()
    assert (
        requests.get(fake_google.userinfo_url, headers=bearer(access), verify=ca(fake_google), timeout=5).status_code
        == 401
    )


@pytest.mark.parametrize(
    "body", [{"metadata": {**METADATA, "ideType": "VSCODE"}}, {"metadata": {}}, {}, {"metadata": "ANTIGRAVITY"}]
)
def test_load_code_assist_wants_antigravity_metadata(fake_google, body):
    access = login(fake_google)["access_token"]
    response = requests.post(
        fake_google.load_code_assist_url, json=body, headers=bearer(access), verify=ca(fake_google), timeout=5
    )
    assert response.status_code == 400 and response.json()["error"]["status"] == "INVALID_ARGUMENT"


def test_fetch_available_models_reports_quota_that_tests_can_change(fake_google):
    access = login(fake_google)["access_token"]

    def models():
        return requests.post(
            fake_google.fetch_models_url,
            json={"project": "p"},
            headers=bearer(access),
            verify=ca(fake_google),
            timeout=5,
        ).json()["models"]

    claude = models()["claude-sonnet-4-5"]
    assert claude["displayName"] == "Claude Sonnet 4.5" and claude["quotaInfo"]["remainingFraction"] == 0.5
    assert datetime.fromisoformat(claude["quotaInfo"]["resetTime"].replace("Z", "+00:00")).tzinfo is not None
    assert {m["quotaInfo"]["remainingFraction"] for m in models().values()} <= {0.5, 0.8, 1.0}
    fake_google.models["gemini-3-flash"]["quotaInfo"]["remainingFraction"] = 0.0
    assert models()["gemini-3-flash"]["quotaInfo"]["remainingFraction"] == 0.0


def test_userinfo_picture_is_served_by_the_fake(fake_google):
    access = login(fake_google)["access_token"]
    info = requests.get(fake_google.userinfo_url, headers=bearer(access), verify=ca(fake_google), timeout=5).json()
    assert info["id"].isdigit() and info["name"] == "User1"
    assert info["picture"].startswith(fake_google.base_url + "/avatar/")
    picture = requests.get(info["picture"], verify=ca(fake_google), timeout=5)
    assert picture.headers["Content-Type"] == "image/png" and picture.content.startswith(b"\x89PNG")


def test_other_paths_and_methods_are_404_and_the_log_holds_no_secrets(fake_google):
    token = login(fake_google)
    for method, path in [
        ("GET", "/token"),
        ("POST", "/o/oauth2/v2/auth"),
        ("GET", "/v1internal:loadCodeAssist"),
        ("POST", "/v1internal:onboardUser"),
        ("GET", "/"),
        ("GET", "/oauth2/v2/userinfo"),
    ]:
        response = requests.request(method, fake_google.base_url + path, verify=ca(fake_google), timeout=5)
        assert response.status_code == 404, path
    assert all(isinstance(entry, tuple) and len(entry) == 2 and "?" not in entry[1] for entry in fake_google.requests)
    log = repr(fake_google.requests)
    assert token["access_token"] not in log and token["refresh_token"] not in log and "code" not in log


# -- modes and tokens ----------------------------------------------------------------


def test_mode_is_a_validated_set(fake_google):
    assert fake_google.mode == set()
    fake_google.mode = "deny"
    assert fake_google.mode == {"deny"}
    fake_google.mode = ["slow", "token_500"]
    fake_google.mode.add("no_project")
    fake_google.mode |= {"load_500"}
    assert fake_google.mode == {"slow", "token_500", "no_project", "load_500"}
    for bad in ("denied", {"deny", "nope"}):
        with pytest.raises(ValueError, match="unknown FakeGoogle mode"):
            fake_google.mode = bad
    with pytest.raises(ValueError):
        fake_google.mode.add("tokens_500")
    fake_google.mode = None
    assert fake_google.mode == set()
    assert set(MODES) == {
        "deny",
        "no_refresh_token",
        "token_500",
        "slow",
        "invalid_grant",
        "no_project",
        "load_500",
        "models_500",
        "models_403",
    }


def test_tokens_are_random_and_never_look_like_real_ones(fake_google):
    real_looking = "ya29." + "A" * 30  # built at run time, so this file holds no such string
    assert any(pattern.search(real_looking) for pattern in REAL_TOKEN_PATTERNS)
    tokens = [login(fake_google) for _ in range(5)]
    issued = fake_google.issued_refresh_tokens + fake_google.issued_access_tokens
    issued += [fake_google.mint_refresh_token() for _ in range(5)]
    assert len(set(issued)) == len(issued) == 15
    assert all(t["refresh_token"] in fake_google.accounts for t in tokens)
    for token in issued:
        assert not any(pattern.search(token) for pattern in REAL_TOKEN_PATTERNS), token
    assert json.dumps(tokens).count("ya29.fake.") == 5
