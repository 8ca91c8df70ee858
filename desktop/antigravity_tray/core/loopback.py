"""The loopback receiver that catches Google's redirect after consent.

It binds 127.0.0.1 only, answers only the callback path, takes one callback, and gives
up after a timeout or when cancelled. The browser gets a short page saying it can close.

Any local program or web page can reach it, so it stays usable under abuse: each connection
has its own thread and at most REQUEST_SECONDS to send its request (a client that trickles
a byte a second is cut off), a burst of connections queues in the kernel instead of being
refused, and a request line over 64 KB is refused by http.server with 414.
"""

from __future__ import annotations

import errno
import html
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from .google import CALLBACK_PATH
from .login_errors import LoginCancelled, LoginTimedOut, PortBusy

LOGIN_TIMEOUT_SECONDS = 300.0
REQUEST_SECONDS = 10.0  # a browser sends its callback at once; anything slower is cut off

_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;margin:4em auto;max-width:32em;color:#222}}</style></head>
<body><h1>{title}</h1><p>{text}</p></body></html>"""


def page(title: str, text: str) -> bytes:
    return _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()


def first_values(query: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(query, keep_blank_values=True).items()}


class _Server(ThreadingHTTPServer):
    request_queue_size = 1024  # the listen backlog: a burst of connections waits, none is dropped
    daemon_threads = True


class _Handler(BaseHTTPRequestHandler):
    """Reads one request within REQUEST_SECONDS, however slowly the client sends it."""

    timeout = REQUEST_SECONDS  # each read; the timer below bounds the whole request

    def setup(self) -> None:
        super().setup()
        self._deadline = threading.Timer(REQUEST_SECONDS, self._cut_off)
        self._deadline.daemon = True
        self._deadline.start()

    def finish(self) -> None:
        self._deadline.cancel()
        super().finish()

    def _cut_off(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)  # the blocked read returns; the thread ends
        except OSError:
            pass  # already closed

    def log_message(self, format, *args) -> None:  # the query holds the code: never log it
        pass


class CallbackReceiver:
    """One OAuth callback on ``http://127.0.0.1:<port>/oauth-callback``."""

    def __init__(self, port: int, path: str = CALLBACK_PATH, expected_state: str | None = None):
        self.path = path
        self.expected_state = expected_state
        self._done = threading.Event()
        self._lock = threading.Lock()
        self.rejected = 0  # callbacks refused for a wrong state
        self._cancelled = False
        self._params: dict[str, str] | None = None
        receiver = self

        class Handler(_Handler):
            def do_GET(self):
                receiver._handle(self)

        try:
            self._server = _Server(("127.0.0.1", port), Handler)
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES) or getattr(exc, "winerror", None) == 10048:
                raise PortBusy(port) from None
            raise
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, name="oauth-callback", daemon=True
        )
        self._thread.start()

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        url = urlsplit(request.path)
        params = first_values(url.query)
        if url.path != self.path:
            self._reply(request, 404, page("Not found", "This address only receives Google sign-ins."))
            return
        if "code" not in params and "error" not in params:
            self._reply(request, 400, page("Nothing to do", "This address only receives Google sign-ins."))
            return
        if self.expected_state is not None and params.get("state") != self.expected_state:
            # Rejected, and the wait goes on: a stray or forged request (any web page can open
            # a localhost address) must neither be used nor end the real login.
            self.rejected += 1
            self._reply(
                request,
                400,
                page(
                    "Sign-in rejected",
                    "This sign-in does not belong to the login "
                    "Antigravity Tray is waiting for, so it was not used and nothing "
                    "was saved.",
                ),
            )
            return
        with self._lock:
            first = self._params is None
            if first:
                self._params = params
        if not first:
            self._reply(
                request, 409, page("Already done", "This sign-in was already received. You can close this tab.")
            )
            return
        try:
            if "error" in params:
                self._reply(
                    request,
                    200,
                    page(
                        "Sign-in not completed",
                        f"Google reported: {params['error']}. You can close this tab and try again.",
                    ),
                )
            else:
                self._reply(
                    request, 200, page("Signed in", "Antigravity Tray received the sign-in. You can close this tab.")
                )
        finally:
            # Only now does the waiter wake: a command line that exits at once must not cut
            # the browser's page off halfway.
            self._done.set()

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, body: bytes) -> None:
        request.send_response(status)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Content-Length", str(len(body)))
        request.send_header("Cache-Control", "no-store")
        request.end_headers()
        request.wfile.write(body)

    def wait(self, timeout: float = LOGIN_TIMEOUT_SECONDS) -> dict[str, str]:
        """The callback's query parameters. Raises LoginTimedOut or LoginCancelled."""
        finished = self._done.wait(timeout)
        if self._cancelled:
            raise LoginCancelled()
        if not finished:
            raise LoginTimedOut(timeout)
        return dict(self._params or {})

    def cancel(self) -> None:
        self._cancelled = True
        self._done.set()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
