"""Why a login did not complete, in plain words. No message ever holds a token or code."""

from __future__ import annotations


class LoginError(Exception):
    """Base class; ``kind`` is a stable name the UI and tests can branch on."""

    kind = "error"


class PortBusy(LoginError):
    kind = "port-busy"

    def __init__(self, port: int):
        self.port = port
        super().__init__(
            f"Port {port} on this computer is already in use, so the sign-in cannot be received. "
            f"Another login is probably running (for example `opencode auth login`); finish or close "
            f"it and try again.")


class LoginTimedOut(LoginError):
    kind = "timed-out"

    def __init__(self, seconds: float):
        self.seconds = seconds
        span = f"{seconds / 60:g} minutes" if seconds >= 60 else f"{seconds:g} seconds"
        super().__init__(f"No answer from the browser within {span}. Nothing was saved; "
                         f"start the login again, or paste the redirect URL by hand.")


class LoginCancelled(LoginError):
    kind = "cancelled"

    def __init__(self):
        super().__init__("Login cancelled. Nothing was saved.")


class LoginDenied(LoginError):
    kind = "denied"

    def __init__(self, reason: str):
        self.reason = reason
        words = "you declined access" if reason == "access_denied" else f"Google answered {reason!r}"
        super().__init__(f"Sign-in not completed: {words}. Nothing was saved.")


class StateMismatch(LoginError):
    kind = "state-mismatch"

    def __init__(self):
        super().__init__("The sign-in that came back does not belong to this login (its state does not "
                         "match), so it was rejected and nothing was saved. Start the login again.")


class BadPaste(LoginError):
    kind = "bad-paste"

    def __init__(self, why: str):
        self.why = why
        super().__init__(f"That is not a sign-in redirect: {why}. Paste the whole address the browser "
                         f"ended on (it starts with http://localhost), or just the code in it.")


class NetworkFailure(LoginError):
    kind = "network"

    def __init__(self, what: str, detail: str):
        self.what, self.detail = what, detail
        super().__init__(f"Could not reach Google to {what}: {detail}. Check the connection and try again.")


class GoogleRefused(LoginError):
    kind = "refused"

    def __init__(self, what: str, detail: str):
        self.what, self.detail = what, detail
        super().__init__(f"Google refused to {what}: {detail}. Start the login again.")


class NoRefreshToken(LoginError):
    kind = "no-refresh-token"

    def __init__(self):
        super().__init__(
            "Google signed you in but sent no refresh token, so the plugin could not keep using this "
            "account. Remove this app's access at https://myaccount.google.com/permissions and log in "
            "again.")


class NoEmail(LoginError):
    kind = "no-email"

    def __init__(self, detail: str):
        self.detail = detail
        super().__init__(f"Signed in, but Google did not say which account this is ({detail}). "
                         f"Nothing was saved, to avoid an account without an email; try again.")
