"""A local fake Google that speaks the real OAuth + Code Assist protocol over HTTPS.

``FakeGoogle`` serves, on ``https://127.0.0.1:<port>``, the endpoints the app and the
plugin use, at Google's real paths (so ``ANTIGRAVITY_TRAY_GOOGLE_ENDPOINT=<base_url>`` is
the only change an app needs):

=====  ==================================  ================================================
GET    /o/oauth2/v2/auth                   consent: validates, then 302 to the redirect_uri
POST   /token                              authorization_code (PKCE S256) and refresh_token
GET    /oauth2/v1/userinfo?alt=json        the signed-in account, for a Bearer access token
POST   /v1internal:loadCodeAssist          the account's project (``cloudaicompanionProject``)
POST   /v1internal:fetchAvailableModels    per-model quota (``fake.models``)
GET    /avatar/<id>.png                    the ``picture`` of userinfo (so no real host is hit)
=====  ==================================  ================================================

Anything else is 404. The TLS certificate comes from a ``trustme`` test CA, so clients
must trust that CA explicitly (``verify=ca_path``, ``REQUESTS_CA_BUNDLE``, ``SSL_CERT_FILE``):
nothing here can be mistaken for, or reach, the real Google.

Why a threaded ``http.server`` and not pytest-httpserver/werkzeug: the fake is stateful
(codes, tokens, revocations, a queue of logins, modes), needs exact control over the
302 and raw error bodies, must answer other requests while one ``/token`` call sleeps in
``slow`` mode, and must be usable outside pytest (a context manager). The standard library
does all of that in a few lines, with no extra dependency and no werkzeug request parsing
between the test and the wire.

Modes (``fake.mode``) are a *set* of names, because some combine (``{"slow",
"no_refresh_token"}``). Assigning a single string is accepted and becomes a one-element set;
``None`` or ``set()`` clears; unknown names raise ``ValueError``. See ``MODES``.

Nothing secret is ever logged: ``fake.requests`` holds ``(method, path)`` only, without the
query string or the body.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import socket
import ssl
import struct
import tempfile
import threading
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

import pytest
import trustme

SCOPES = (
    "https://www.googleapis.com/auth/cloud-platform",
    "https://www.googleapis.com/auth/userinfo.email",
    "https://www.googleapis.com/auth/userinfo.profile",
    "https://www.googleapis.com/auth/cclog",
    "https://www.googleapis.com/auth/experimentsandconfigs",
)

MODES = {
    "deny": "/o/oauth2/v2/auth redirects with error=access_denied (the user clicked Cancel)",
    "no_refresh_token": "the code exchange answers without a refresh_token",
    "token_500": "/token answers 500 with Google's HTML error page",
    "slow": "/token sleeps fake.slow_seconds before answering",
    "invalid_grant": "every refresh_token grant fails with invalid_grant (revoked)",
    "no_project": "loadCodeAssist answers {}",
    "load_500": "loadCodeAssist answers 500",
    "models_500": "fetchAvailableModels answers 500",
    "models_403": "fetchAvailableModels answers 403 PERMISSION_DENIED (the Cloud Code API is off for the project)",
}

# The repo's leak hook flags these shapes; our tokens must never match them.
REAL_TOKEN_PATTERNS = (re.compile(r"1//0[A-Za-z0-9_-]{20,}"), re.compile(r"ya29\.[A-Za-z0-9_-]{20,}"))

_REDIRECT_URI = re.compile(r"http://(localhost|127\.0\.0\.1):(\d{1,5})/oauth-callback")
_PKCE_CHARS = re.compile(r"[A-Za-z0-9._~-]{43,128}")
_GOOGLE_500_PAGE = (
    b"<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 500 (Server Error)!!1</title>"
    b"<p><b>500.</b> <ins>That\xe2\x80\x99s an error.</ins><p>There was an error. "
    b"Please try again later. <ins>That\xe2\x80\x99s all we know.</ins></html>"
)


def new_refresh_token() -> str:
    # "1//fake-" never matches 1//0...: no real-token look-alike, yet 128 random bits.
    return "1//fake-" + secrets.token_hex(16)


def new_access_token() -> str:
    # "ya29.fake-<hex>" WOULD match ya29\.[A-Za-z0-9_-]{20,} (the hex is in that class), so a dot
    # follows "fake": the pattern then sees only four characters after "ya29.".
    return "ya29.fake." + secrets.token_hex(16)


def new_auth_code() -> str:
    return "4/fake-" + secrets.token_hex(16)  # Google's codes start with "4/" (a slash to handle)


def pkce_challenge(verifier: str) -> str:
    """base64url without padding of sha256(verifier): the S256 code_challenge."""
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()


class FakeAccount(NamedTuple):
    """An account that consents. A tuple, so ``("a@x", "proj")`` and ``email, project = ...`` work.
    ``project`` None means loadCodeAssist names no project for it (as mode ``no_project``)."""

    email: str
    project: str | None

    @property
    def user_id(self) -> str:  # Google ids are 21 digits
        return str(int(hashlib.sha256(self.email.encode()).hexdigest(), 16))[:21]

    @property
    def name(self) -> str:
        return self.email.split("@")[0].replace(".", " ").title()


@dataclass(frozen=True)
class GoogleCA:
    """The session's test CA and its PEM file (what clients must trust)."""

    ca: trustme.CA
    pem_path: Path


class Modes(set):
    """A set of mode names that refuses unknown names (typos would silently test nothing)."""

    def __init__(self, modes: Iterable[str] = ()):
        super().__init__()
        self.update(modes)

    @staticmethod
    def _check(mode: str) -> str:
        if mode not in MODES:
            raise ValueError(f"unknown FakeGoogle mode {mode!r}; known: {', '.join(sorted(MODES))}")
        return mode

    def add(self, mode: str) -> None:
        super().add(self._check(mode))

    def update(self, *iterables: Iterable[str]) -> None:
        for iterable in iterables:
            for mode in [iterable] if isinstance(iterable, str) else iterable:
                self.add(mode)

    def __ior__(self, other):
        self.update(other)
        return self


class _Reply(Exception):
    """Raised inside a handler to answer at once."""

    def __init__(
        self, status: int, body: bytes | dict | str, content_type: str | None = None, headers: dict | None = None
    ):
        super().__init__(status)
        self.status, self.body, self.content_type, self.headers = status, body, content_type, headers or {}


def _oauth_error(status: int, error: str, description: str | None = None) -> _Reply:
    body = {"error": error}
    if description:
        body["error_description"] = description
    return _Reply(status, body)


def _api_error(status: int, message: str, reason: str) -> _Reply:
    """Google API (not OAuth) error shape."""
    return _Reply(status, {"error": {"code": status, "message": message, "status": reason}})


def _unauthenticated() -> _Reply:
    reply = _api_error(
        401,
        "Request had invalid authentication credentials. Expected OAuth 2 access token, "
        "login cookie or other valid authentication credential.",
        "UNAUTHENTICATED",
    )
    reply.headers["WWW-Authenticate"] = 'Bearer realm="https://accounts.google.com/", error="invalid_token"'
    return reply


def _png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\x4a\x8a\xf4"))
        + chunk(b"IEND", b"")
    )


class FakeGoogle:
    CLIENT_ID = "1071006060591-tmhssin2h21lcre235vtolojh4g403ep.apps.googleusercontent.com"
    CLIENT_SECRET = "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"
    SCOPES = SCOPES
    MODES = MODES

    def __init__(self, ca: trustme.CA | GoogleCA, *, host: str = "127.0.0.1", port: int = 0):
        if isinstance(ca, GoogleCA):
            self._ca, self._ca_pem_path = ca.ca, ca.pem_path
        else:
            self._ca, self._ca_pem_path = ca, None
        self._own_pem: Path | None = None
        self._address = (host, port)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.RLock()
        self._connections: set[socket.socket] = set()
        self._mode = Modes()
        self.slow_seconds = 3.0
        # Public state, for tests to read and steer.
        self.next_logins: list[tuple[str, str | None]] = []  # consumed FIFO by /auth
        self.requests: list[tuple[str, str]] = []  # (method, path): never the query or body
        self.issued_refresh_tokens: list[str] = []
        self.issued_access_tokens: list[str] = []
        self.accounts: dict[str, FakeAccount] = {}  # refresh token -> account
        self.revoked: set[str] = set()  # refresh tokens Google no longer honours
        self.errors: list[BaseException] = []  # bugs in the fake itself (the fixture fails on them)
        self.last_auth_params: dict[str, str] | None = None
        self.models: dict = self.default_models()
        self.model_requests: list[dict] = []  # the bodies fetchAvailableModels received
        self._codes: dict[str, dict] = {}
        self._access: dict[str, FakeAccount] = {}
        self._user_counter = 0

    # -- modes -------------------------------------------------------------------------
    @property
    def mode(self) -> Modes:
        """The active modes, a set. ``fake.mode = "deny"`` or ``fake.mode = {"slow", "token_500"}``;
        ``fake.mode.add("slow")`` also works; ``fake.mode = None`` clears."""
        return self._mode

    @mode.setter
    def mode(self, value: str | Iterable[str] | None) -> None:
        self._mode = Modes(() if value is None else [value] if isinstance(value, str) else value)

    # -- life cycle --------------------------------------------------------------------
    def start(self) -> FakeGoogle:
        if self._server is not None:
            return self
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        if self._ca_pem_path is None:
            handle = tempfile.NamedTemporaryFile("wb", prefix="fake-google-ca-", suffix=".pem", delete=False)
            with handle:
                handle.write(self._ca.cert_pem.bytes())
            self._own_pem = self._ca_pem_path = Path(handle.name)
        self._stopping.clear()
        self._server = _Server(self._address, _Handler, fake=self, ssl_context=context)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, name="fake-google", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()  # wakes "slow" sleepers
        server.shutdown()
        server.server_close()
        with self._lock:
            open_connections = list(self._connections)
        for conn in open_connections:  # keep-alive clients: close now, not at their read timeout
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._thread.join(5)
        if self._own_pem is not None:
            self._own_pem.unlink(missing_ok=True)
            self._own_pem = self._ca_pem_path = None

    def __enter__(self) -> FakeGoogle:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeGoogle is not started")
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def ca_pem_path(self) -> Path:
        """The PEM file of the CA that signed the server certificate."""
        if self._ca_pem_path is None:
            raise RuntimeError("FakeGoogle is not started")
        return self._ca_pem_path

    # URLs at Google's real paths under base_url.
    @property
    def auth_url(self) -> str:
        return f"{self.base_url}/o/oauth2/v2/auth"

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/token"

    @property
    def userinfo_url(self) -> str:
        return f"{self.base_url}/oauth2/v1/userinfo?alt=json"

    @property
    def load_code_assist_url(self) -> str:
        return f"{self.base_url}/v1internal:loadCodeAssist"

    @property
    def fetch_models_url(self) -> str:
        return f"{self.base_url}/v1internal:fetchAvailableModels"

    def env(self) -> dict[str, str]:
        """Environment variables that point a subprocess's app (and requests/ssl) at this fake."""
        ca = str(self.ca_pem_path)
        return {"ANTIGRAVITY_TRAY_GOOGLE_ENDPOINT": self.base_url, "REQUESTS_CA_BUNDLE": ca, "SSL_CERT_FILE": ca}

    # -- helpers for tests ---------------------------------------------------------------
    def mint_refresh_token(self, email: str | None = None, project: str | None = "") -> str:
        """A refresh token for an account, as if it had logged in earlier (no flow needed).
        ``project=""`` means ``proj-<local part>``; None means no project."""
        with self._lock:
            account = self._account_for(email, project)
            return self._issue_refresh(account)

    def revoke(self, refresh_token: str) -> None:
        self.revoked.add(refresh_token)

    def expire_access_tokens(self) -> None:
        """Every access token issued so far now gets 401 (as after its hour is up)."""
        with self._lock:
            self._access.clear()

    @staticmethod
    def default_models() -> dict:
        reset = (datetime.now(timezone.utc) + timedelta(hours=5)).replace(microsecond=0)
        iso = reset.isoformat().replace("+00:00", "Z")
        return {
            "claude-sonnet-4-5": {
                "quotaInfo": {"remainingFraction": 0.5, "resetTime": iso},
                "displayName": "Claude Sonnet 4.5",
                "modelName": "claude-sonnet-4-5",
            },
            "gemini-3-pro-high": {
                "quotaInfo": {"remainingFraction": 0.8, "resetTime": iso},
                "displayName": "Gemini 3 Pro (High)",
                "modelName": "gemini-3-pro-high",
            },
            "gemini-3-flash": {
                "quotaInfo": {"remainingFraction": 1.0, "resetTime": iso},
                "displayName": "Gemini 3 Flash",
                "modelName": "gemini-3-flash",
            },
        }

    # -- internals -----------------------------------------------------------------------
    def _account_for(self, email: str | None, project: str | None = "") -> FakeAccount:
        if email is None:
            self._user_counter += 1
            email = f"user{self._user_counter}@example.test"
        if project == "":
            project = "proj-" + email.split("@")[0]
        return FakeAccount(email, project)

    def _next_login(self) -> FakeAccount:
        if self.next_logins:
            entry = self.next_logins.pop(0)
            email, project = (entry, "") if isinstance(entry, str) else entry
            return self._account_for(email, project)
        return self._account_for(None)

    def _issue_refresh(self, account: FakeAccount) -> str:
        token = new_refresh_token()
        self.accounts[token] = account
        self.issued_refresh_tokens.append(token)
        return token

    def _issue_access(self, account: FakeAccount) -> str:
        token = new_access_token()
        self._access[token] = account
        self.issued_access_tokens.append(token)
        return token


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, handler, *, fake: FakeGoogle, ssl_context: ssl.SSLContext):
        self.fake, self.ssl_context = fake, ssl_context
        super().__init__(address, handler)

    def handle_error(self, request, client_address) -> None:
        import sys

        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):  # includes ssl.SSLError, ConnectionError, TimeoutError
            return  # a client that did not trust the CA, or hung up: not the fake's problem
        self.fake.errors.append(exc)
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ESF"  # Google's front end calls itself this
    sys_version = ""
    timeout = 30  # idle keep-alive connections
    wbufsize = -1  # buffered; BaseHTTPRequestHandler flushes after each request
    server: _Server

    # TLS is set up here, in the connection's own thread, so a client that never
    # finishes its handshake cannot block the accept loop.
    def setup(self) -> None:
        self.request.settimeout(10)
        # Without this, a 302's headers and (empty) body in two TLS records meet the client's
        # delayed ACK: Nagle then holds every answer back ~40 ms.
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.request = self.server.ssl_context.wrap_socket(self.request, server_side=True)
        with self.server.fake._lock:
            self.server.fake._connections.add(self.request)
        super().setup()

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.server.fake._lock:
                self.server.fake._connections.discard(self.request)
            self.request.close()

    def log_message(self, *args) -> None:  # request lines carry state and codes: never log
        pass

    @property
    def fake(self) -> FakeGoogle:
        return self.server.fake

    # -- dispatch --------------------------------------------------------------------
    def do_GET(self) -> None:
        self._dispatch("GET", {"/o/oauth2/v2/auth": self._auth, "/oauth2/v1/userinfo": self._userinfo})

    def do_POST(self) -> None:
        self._dispatch(
            "POST",
            {
                "/token": self._token,
                "/v1internal:loadCodeAssist": self._load_code_assist,
                "/v1internal:fetchAvailableModels": self._fetch_models,
            },
        )

    def _dispatch(self, method: str, routes: dict) -> None:
        url = urlsplit(self.path)
        with self.fake._lock:
            self.fake.requests.append((method, url.path))
        body = self._read_body()
        handler = routes.get(url.path)
        if handler is None and method == "GET" and re.fullmatch(r"/avatar/\d+\.png", url.path):
            handler = self._avatar
        try:
            if handler is None:
                raise _Reply(404, f"Not Found: {method} {url.path}", "text/plain; charset=utf-8")
            handler(_first_values(url.query), body)
            raise AssertionError(f"handler for {url.path} did not reply")
        except _Reply as reply:
            self._send(reply)
        except Exception as exc:  # a bug in the fake: answer 500 and let the fixture fail the test
            self.fake.errors.append(exc)
            self._send(_Reply(500, f"FakeGoogle bug: {type(exc).__name__}: {exc}", "text/plain; charset=utf-8"))

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(min(length, 1 << 20)) if length else b""

    def _send(self, reply: _Reply) -> None:
        body, content_type = reply.body, reply.content_type
        if isinstance(body, dict):
            body, content_type = json.dumps(body, indent=2).encode(), content_type or "application/json; charset=utf-8"
        elif isinstance(body, str):
            body = body.encode()
        self.send_response(reply.status)
        if body or reply.status != 302:
            self.send_header("Content-Type", content_type or "text/html; charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
        self.send_header("Pragma", "no-cache")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)  # wbufsize=-1: headers and body leave in one write, at the flush

    def _bearer_account(self) -> FakeAccount:
        header = self.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        with self.fake._lock:
            account = self.fake._access.get(token.strip()) if scheme.lower() == "bearer" else None
        if account is None:
            raise _unauthenticated()
        return account

    def _json_body(self, body: bytes) -> dict:
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            raise _api_error(400, "Invalid JSON payload received.", "INVALID_ARGUMENT") from None
        if not isinstance(data, dict):
            raise _api_error(400, "Invalid JSON payload received. Expected an object.", "INVALID_ARGUMENT")
        return data

    # -- /o/oauth2/v2/auth -------------------------------------------------------------
    def _auth(self, params: dict[str, str], _body: bytes) -> None:
        def bad(parameter: str, why: str) -> _Reply:
            return _Reply(400, f"Error 400: invalid_request\n{parameter}: {why}\n", "text/plain; charset=utf-8")

        fake = self.fake
        if params.get("client_id") != fake.CLIENT_ID:
            raise bad("client_id", "missing" if "client_id" not in params else "The OAuth client was not found.")
        redirect_uri = params.get("redirect_uri", "")
        match = _REDIRECT_URI.fullmatch(redirect_uri)
        if not match or not 0 < int(match.group(2)) < 65536:
            raise bad(
                "redirect_uri",
                "must be http://localhost:<port>/oauth-callback or http://127.0.0.1:<port>/oauth-callback",
            )
        if params.get("response_type") != "code":
            raise bad("response_type", "must be code")
        scopes = params.get("scope", "").split()
        missing = [scope for scope in fake.SCOPES if scope not in scopes]
        if missing:
            raise bad("scope", "missing " + " ".join(missing))
        if params.get("code_challenge_method") != "S256":
            raise bad("code_challenge_method", "must be S256")
        challenge = params.get("code_challenge", "")
        if not _PKCE_CHARS.fullmatch(challenge):
            raise bad("code_challenge", "must be 43-128 characters of [A-Za-z0-9-._~]")
        if params.get("access_type") != "offline":
            raise bad("access_type", "must be offline (or no refresh_token is issued)")
        if params.get("prompt") != "consent":
            raise bad("prompt", "must be consent")

        with fake._lock:
            fake.last_auth_params = dict(params)
            state = [("state", params["state"])] if "state" in params else []
            if "deny" in fake.mode:
                query = [("error", "access_denied"), *state]
            else:
                code = new_auth_code()
                fake._codes[code] = {
                    "account": fake._next_login(),
                    "redirect_uri": redirect_uri,
                    "challenge": challenge,
                    "scope": " ".join(scopes),
                    "used": False,
                }
                query = [*state, ("code", code), ("scope", " ".join(scopes)), ("authuser", "0"), ("prompt", "consent")]
        # Encoded as Google does: %20 between scopes, "/" and ":" left alone (so codes hold "4/").
        location = redirect_uri + "?" + urlencode(query, quote_via=quote, safe="/:")
        raise _Reply(302, b"", headers={"Location": location})

    # -- /token ------------------------------------------------------------------------
    def _token(self, _query: dict[str, str], body: bytes) -> None:
        fake = self.fake
        if "slow" in fake.mode:
            fake._stopping.wait(fake.slow_seconds)
        if "token_500" in fake.mode:
            raise _Reply(500, _GOOGLE_500_PAGE, "text/html; charset=UTF-8")
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type != "application/x-www-form-urlencoded":
            raise _oauth_error(400, "invalid_request", "Bad Request")
        form = _first_values(body.decode("utf-8", "replace"))
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        basic = self._basic_credentials()
        if basic is not None:
            if client_id not in (None, basic[0]) or client_secret not in (None, basic[1]):
                raise _oauth_error(401, "invalid_client", "Unauthorized")
            client_id, client_secret = basic
        if client_id != fake.CLIENT_ID:
            raise _oauth_error(401, "invalid_client", "The OAuth client was not found.")
        if client_secret != fake.CLIENT_SECRET:
            raise _oauth_error(401, "invalid_client", "Unauthorized")

        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            raise _Reply(200, self._exchange_code(form))
        if grant_type == "refresh_token":
            raise _Reply(200, self._refresh(form))
        raise _oauth_error(400, "unsupported_grant_type", f"Invalid grant_type: {grant_type or ''}")

    def _basic_credentials(self) -> tuple[str, str] | None:
        scheme, _, value = self.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            user, _, password = base64.b64decode(value.strip(), validate=True).decode().partition(":")
        except ValueError:
            raise _oauth_error(401, "invalid_client", "Unauthorized") from None
        return unquote(user), unquote(password)  # RFC 6749 2.3.1 form-encodes both

    def _exchange_code(self, form: dict[str, str]) -> dict:
        fake = self.fake
        with fake._lock:
            grant = fake._codes.get(form.get("code", ""))
            if grant is None or grant["used"]:
                raise _oauth_error(400, "invalid_grant", "Malformed auth code.")
            grant["used"] = True  # any attempt spends the code, as a one-time code should
            if form.get("redirect_uri") != grant["redirect_uri"]:
                raise _oauth_error(400, "redirect_uri_mismatch", "Bad Request")
            verifier = form.get("code_verifier")
            if not verifier:
                raise _oauth_error(400, "invalid_grant", "Missing code verifier.")
            if pkce_challenge(verifier) != grant["challenge"]:
                raise _oauth_error(400, "invalid_grant", "PKCE verification failed")
            account = grant["account"]
            answer = {"access_token": fake._issue_access(account), "expires_in": 3599}
            if "no_refresh_token" not in fake.mode:
                answer["refresh_token"] = fake._issue_refresh(account)
            answer.update(scope=_with_openid(grant["scope"]), token_type="Bearer")
            return answer

    def _refresh(self, form: dict[str, str]) -> dict:
        fake = self.fake
        token = form.get("refresh_token", "")
        with fake._lock:
            account = fake.accounts.get(token)
            if account is None or token in fake.revoked or "invalid_grant" in fake.mode:
                raise _oauth_error(400, "invalid_grant", "Token has been expired or revoked.")
            # No new refresh_token: Google keeps the old one valid.
            return {
                "access_token": fake._issue_access(account),
                "expires_in": 3599,
                "scope": _with_openid(" ".join(fake.SCOPES)),
                "token_type": "Bearer",
            }

    # -- APIs --------------------------------------------------------------------------
    def _userinfo(self, _query: dict[str, str], _body: bytes) -> None:
        account = self._bearer_account()
        raise _Reply(
            200,
            {
                "id": account.user_id,
                "email": account.email,
                "verified_email": True,
                "name": account.name,
                "given_name": account.name.split()[0],
                "picture": f"{self.fake.base_url}/avatar/{account.user_id}.png",
            },
        )

    def _avatar(self, _query: dict[str, str], _body: bytes) -> None:
        raise _Reply(200, _png_1x1(), "image/png")

    def _load_code_assist(self, _query: dict[str, str], body: bytes) -> None:
        if "load_500" in self.fake.mode:
            raise _api_error(500, "Internal error encountered.", "INTERNAL")
        account = self._bearer_account()
        metadata = self._json_body(body).get("metadata")
        if not isinstance(metadata, dict) or metadata.get("ideType") != "ANTIGRAVITY":
            raise _api_error(400, "Invalid value at 'metadata.ide_type'", "INVALID_ARGUMENT")
        if "no_project" in self.fake.mode or not account.project:
            raise _Reply(200, {})
        raise _Reply(
            200,
            {
                "cloudaicompanionProject": account.project,
                "currentTier": {"id": "free-tier"},
                "allowedTiers": [{"id": "free-tier", "isDefault": True}],
            },
        )

    def _fetch_models(self, _query: dict[str, str], body: bytes) -> None:
        self._bearer_account()
        self._json_body(body)
        if "models_500" in self.fake.mode:
            raise _api_error(500, "Internal error encountered.", "INTERNAL")
        if "models_403" in self.fake.mode:
            raise _api_error(403, "Cloud Code Private API has not been used in this project.", "PERMISSION_DENIED")
        with self.fake._lock:
            self.fake.model_requests.append(json.loads(body or b"{}"))
        with self.fake._lock:
            models = json.loads(json.dumps(self.fake.models))
        raise _Reply(200, {"models": models})


def _with_openid(scope: str) -> str:
    # Google adds openid to what was asked (oauthlib calls that a scope change).
    return scope if "openid" in scope.split() else scope + " openid"


def _first_values(query: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(query, keep_blank_values=True).items()}


# -- pytest fixtures ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def google_ca(tmp_path_factory) -> GoogleCA:
    """A test CA for the session; ``google_ca.pem_path`` is its certificate (PEM)."""
    ca = trustme.CA()
    pem_path = tmp_path_factory.mktemp("google-ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(pem_path))
    return GoogleCA(ca, pem_path)


@pytest.fixture
def fake_google(google_ca):
    """A started FakeGoogle for this test; fails the test if the fake itself crashed."""
    with FakeGoogle(google_ca) as fake:
        yield fake
    if fake.errors:
        pytest.fail(f"FakeGoogle had internal errors: {fake.errors!r}")


@pytest.fixture
def google_env(fake_google) -> dict[str, str]:
    """Only the three variables; for a subprocess use ``env={**os.environ, **google_env}``."""
    return fake_google.env()


@pytest.fixture
def use_fake_google(fake_google, monkeypatch) -> FakeGoogle:
    """``google_env`` applied to this process's os.environ (for in-process app code)."""
    for name, value in fake_google.env().items():
        monkeypatch.setenv(name, value)
    return fake_google
