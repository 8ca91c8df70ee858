"""Google login with the plugin's OAuth client: PKCE S256, offline access, our own state.

Unlike the plugin, which packs the PKCE verifier into ``state`` and checks nothing, we
send a random ``state`` and reject any callback that does not return it.

A ``LoginFlow`` is used in three steps, so a dialog can show each one:
``flow.authorization_url`` -> ``flow.wait_for_code()`` (or ``flow.code_from_paste(text)``)
-> ``flow.finish(code)``. ``cancel()`` may be called from any thread.
"""

from __future__ import annotations

import json
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests
from oauthlib.oauth2 import OAuth2Error
from requests_oauthlib import OAuth2Session

from .google import CLIENT_ID, CLIENT_METADATA, CLIENT_SECRET, SCOPES, USER_AGENT, GoogleEndpoints
from .login_errors import (
    BadPaste,
    GoogleRefused,
    LoginCancelled,
    LoginDenied,
    NetworkFailure,
    NoEmail,
    NoRefreshToken,
    StateMismatch,
)
from .loopback import LOGIN_TIMEOUT_SECONDS, CallbackReceiver, first_values

HTTP_TIMEOUT = 10.0  # seconds per Google call, as the plugin's loadCodeAssist uses

# Google adds scopes (openid) to the grant; oauthlib would raise on that difference.
os.environ.setdefault("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")


@dataclass(frozen=True)
class LoginResult:
    email: str
    project_id: str | None
    refresh_token: str = field(repr=False)


class LoginFlow:
    def __init__(
        self,
        endpoints: GoogleEndpoints | None = None,
        *,
        project_id: str | None = None,
        timeout: float = LOGIN_TIMEOUT_SECONDS,
    ):
        self.endpoints = endpoints or GoogleEndpoints.from_environment()
        self.project_id = project_id or None
        self.timeout = timeout
        self.state = secrets.token_urlsafe(32)
        self._session = OAuth2Session(
            CLIENT_ID, scope=list(SCOPES), redirect_uri=self.endpoints.redirect_uri, state=self.state, pkce="S256"
        )
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.register_compliance_hook("access_token_response", _raise_for_server_error)
        self.authorization_url, _ = self._session.authorization_url(
            self.endpoints.auth_url, access_type="offline", prompt="consent"
        )
        self._receiver: CallbackReceiver | None = None
        self._cancelled = threading.Event()

    # -- getting the code -----------------------------------------------------------
    def start_receiver(self) -> CallbackReceiver:
        """Listen for the browser's redirect. Raises PortBusy."""
        if self._receiver is None:
            self._receiver = CallbackReceiver(self.endpoints.oauth_port, expected_state=self.state)
            if self._cancelled.is_set():
                self._receiver.cancel()
        return self._receiver

    def wait_for_code(self) -> str:
        """Block until the browser comes back (or timeout, or cancel); return the code."""
        receiver = self.start_receiver()
        try:
            params = receiver.wait(self.timeout)
        finally:
            self.close()
        return self._code_from(params)

    def code_from_paste(self, text: str) -> str:
        """The manual fallback: the redirect URL the browser ended on, or the bare code."""
        text = text.strip()
        if not text:
            raise BadPaste("it is empty")
        looks_like_url = "://" in text or text.startswith(("localhost", "127.0.0.1", "/", "?")) or "code=" in text
        if not looks_like_url:
            if any(c.isspace() for c in text):
                raise BadPaste("a code has no spaces")
            return text
        query = urlsplit(text if "://" in text else "http://" + text.lstrip("/")).query
        params = first_values(query)
        if "code" not in params and "error" not in params:
            raise BadPaste("it holds no code")
        if "state" not in params:
            raise StateMismatch()
        return self._code_from(params)

    def _code_from(self, params: dict[str, str]) -> str:
        if params.get("state") != self.state:
            raise StateMismatch()
        if "error" in params:
            raise LoginDenied(params["error"])
        if not params.get("code"):
            raise BadPaste("it holds no code")
        return params["code"]

    def cancel(self) -> None:
        """Abandon the login: nothing will be saved."""
        self._cancelled.set()
        self.stop_listening()

    def stop_listening(self) -> None:
        """Stop waiting for the browser (the code came another way)."""
        if self._receiver is not None:
            self._receiver.cancel()

    def close(self) -> None:
        if self._receiver is not None:
            self._receiver.close()

    # -- finishing ----------------------------------------------------------------------
    def finish(self, code: str) -> LoginResult:
        """Exchange the code, then find the email and (unless given) the project."""
        self._check_cancelled()
        token = self._call(
            "finish the sign-in",
            lambda: self._session.fetch_token(
                self.endpoints.token_url,
                code=code,
                client_secret=CLIENT_SECRET,
                include_client_id=True,
                timeout=HTTP_TIMEOUT,
            ),
        )
        if not token.get("refresh_token"):
            raise NoRefreshToken()
        self._check_cancelled()
        email = self._email()
        self._check_cancelled()
        project = self.project_id or self._discover_project()
        return LoginResult(email, project, token["refresh_token"])

    def _check_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise LoginCancelled()

    def _call(self, what: str, request: Callable):
        try:
            return request()
        except OAuth2Error as exc:
            raise GoogleRefused(what, exc.description or exc.error) from None
        except requests.HTTPError as exc:
            raise GoogleRefused(what, _http_status(exc)) from None
        except requests.RequestException as exc:
            raise NetworkFailure(what, type(exc).__name__) from None
        except ValueError:  # a body that is not a token answer
            raise GoogleRefused(what, "its answer could not be read") from None

    def _email(self) -> str:
        try:
            response = self._session.get(self.endpoints.userinfo_url, timeout=HTTP_TIMEOUT)
            response.raise_for_status()
            email = response.json().get("email")
        except (requests.RequestException, ValueError) as exc:
            raise NoEmail(_describe(exc)) from None
        if not isinstance(email, str) or not email:
            raise NoEmail("the answer had no email")
        return email

    def _discover_project(self) -> str | None:
        """The project from loadCodeAssist, trying the endpoints in the plugin's order.
        None when no endpoint names one: the plugin then finds one on first use."""
        headers = {
            "Content-Type": "application/json",
            "Client-Metadata": json.dumps(CLIENT_METADATA, separators=(",", ":")),
        }
        for url in self.endpoints.load_code_assist_urls:
            try:
                response = self._session.post(
                    url, json={"metadata": CLIENT_METADATA}, headers=headers, timeout=HTTP_TIMEOUT
                )
                if not response.ok:
                    continue
                project = response.json().get("cloudaicompanionProject")
            except (requests.RequestException, ValueError):
                continue
            if isinstance(project, dict):
                project = project.get("id")
            if isinstance(project, str) and project:
                return project
        return None


def _raise_for_server_error(response: requests.Response) -> requests.Response:
    # oauthlib reads any body as a token answer; a 5xx page is not one.
    if response.status_code >= 500:
        response.raise_for_status()
    return response


def _http_status(exc: requests.HTTPError) -> str:
    return f"HTTP {exc.response.status_code}" if exc.response is not None else "HTTP error"


def _describe(exc: Exception) -> str:
    return _http_status(exc) if isinstance(exc, requests.HTTPError) else type(exc).__name__


@dataclass(frozen=True)
class TokenCheck:
    status: str  # "ok", "revoked" (needs re-login), "refused" or "unreachable"
    detail: str = ""


def check_refresh_token(refresh_token: str, endpoints: GoogleEndpoints | None = None) -> TokenCheck:
    """Ask Google for a new access token; ``invalid_grant`` means the account must log in again."""
    return access_token(refresh_token, endpoints)[0]


def access_token(refresh_token: str, endpoints: GoogleEndpoints | None = None) -> tuple[TokenCheck, str | None]:
    """A fresh access token for the account, with how the refresh went (the token when "ok")."""
    endpoints = endpoints or GoogleEndpoints.from_environment()
    session = OAuth2Session(CLIENT_ID)
    session.headers["User-Agent"] = USER_AGENT
    session.register_compliance_hook("refresh_token_response", _raise_for_server_error)
    try:
        token = session.refresh_token(
            endpoints.token_url,
            refresh_token=refresh_token,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            timeout=HTTP_TIMEOUT,
        )
    except OAuth2Error as exc:
        if exc.error == "invalid_grant":
            return TokenCheck("revoked", exc.description or "Google revoked the token"), None
        return TokenCheck("refused", exc.description or exc.error), None
    except requests.HTTPError as exc:
        return TokenCheck("unreachable", _http_status(exc)), None
    except requests.RequestException as exc:
        return TokenCheck("unreachable", type(exc).__name__), None
    except ValueError:
        return TokenCheck("refused", "its answer could not be read"), None
    return TokenCheck("ok"), str(token.get("access_token") or "")
