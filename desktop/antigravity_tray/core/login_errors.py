"""Why a login did not complete: one wording, in translatable messages.

Each failure has a stable ``kind`` (the UI and tests branch on it), a short ``title`` and a
``text`` for people, both ``Message``s the dialog translates and the CLI prints in English
(``str(exc)``). ``details`` holds what only helps a diagnosis (an HTTP status, Google's error
code, an exception name) in English, kept out of the sentence. No message ever holds a
token or code.
"""

from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "LoginMessages"


def _message(text: str, **args: object) -> Message:
    return Message(text, args, context=CONTEXT)


class LoginError(Exception):
    kind = "error"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "The sign-in did not complete"))

    def __init__(self, text: Message | None = None, details: str = ""):
        self.text = text or _message(QT_TRANSLATE_NOOP("LoginMessages", "Something went wrong. Nothing was saved."))
        self.details = details
        super().__init__(self.text.english() + (f" ({details})" if details else ""))


class PortBusy(LoginError):
    kind = "port-busy"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "The sign-in port is busy"))

    def __init__(self, port: int):
        self.port = port
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages",
                    "Port {port} on this computer is already in use, so the sign-in cannot be received. Another login "
                    "is probably running (for example `opencode auth login`); finish or close it and try again.",
                ),
                port=port,
            )
        )


class LoginTimedOut(LoginError):
    kind = "timed-out"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "The sign-in timed out"))

    def __init__(self, seconds: float):
        self.seconds = seconds
        if seconds >= 60:
            text = _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages",
                    "No answer from the browser within {minutes} min. Nothing was saved. "
                    "Try again, or paste the address the browser ended on.",
                ),
                minutes=f"{seconds / 60:g}",
            )
        else:
            text = _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages",
                    "No answer from the browser within {seconds} s. Nothing was saved. "
                    "Try again, or paste the address the browser ended on.",
                ),
                seconds=f"{seconds:g}",
            )
        super().__init__(text)


class LoginCancelled(LoginError):
    kind = "cancelled"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "Sign-in cancelled"))

    def __init__(self) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP("LoginMessages", "The sign-in was cancelled. Nothing was saved.")))


class LoginDenied(LoginError):
    kind = "denied"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "Access was not granted"))

    def __init__(self, reason: str):
        self.reason = reason
        if reason == "access_denied":
            text = _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages", "You declined access, so the sign-in did not complete. Nothing was saved."
                )
            )
        else:
            text = _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages", "Google did not complete the sign-in (it answered “{reason}”). Nothing was saved."
                ),
                reason=reason,
            )
        super().__init__(text)


class StateMismatch(LoginError):
    kind = "state-mismatch"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "This sign-in does not belong here"))
    # Said under the paste field, where the login goes on and the browser may still answer.
    pasted = _message(
        QT_TRANSLATE_NOOP(
            "LoginMessages",
            "That address belongs to a different sign-in (its state does not match), so it was not used. "
            "Paste the address from the tab this window opened, or wait for the browser.",
        )
    )

    def __init__(self) -> None:
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages",
                    "The sign-in that came back does not belong to this login (its state does not match), so it was "
                    "rejected and nothing was saved. Start the login again.",
                )
            )
        )


class BadPaste(LoginError):
    kind = "bad-paste"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "That is not a sign-in address"))

    def __init__(self, why: str):
        self.why = why
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages",
                    "That is not a sign-in address. Paste the whole address the browser ended on (it starts with "
                    "http://localhost), or just the code in it.",
                )
            ),
            details=why,
        )


class NetworkFailure(LoginError):
    kind = "network"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "Google could not be reached"))

    def __init__(self, what: str, detail: str):
        self.what, self.detail = what, detail
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages",
                    "The sign-in could not be finished because Google did not answer. Check the connection and try "
                    "again. Nothing was saved.",
                )
            ),
            details=f"could not {what}: {detail}",
        )


class GoogleRefused(LoginError):
    kind = "refused"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "Google refused the sign-in"))

    def __init__(self, what: str, detail: str):
        self.what, self.detail = what, detail
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages", "Google refused to finish the sign-in. Start the login again. Nothing was saved."
                )
            ),
            details=f"refused to {what}: {detail}",
        )


class NoRefreshToken(LoginError):
    kind = "no-refresh-token"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "Google sent no refresh token"))

    def __init__(self) -> None:
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages",
                    "Google signed you in but sent no refresh token, so the plugin could not keep using this account. "
                    "Remove this app's access at https://myaccount.google.com/permissions and log in again.",
                )
            )
        )


class NoEmail(LoginError):
    kind = "no-email"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "Google did not say which account this is"))

    def __init__(self, detail: str):
        self.detail = detail
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages",
                    "You are signed in, but Google did not name the account. Nothing was saved, to avoid an account "
                    "without an email; try again.",
                )
            ),
            details=detail,
        )


class NotSaved(LoginError):
    """The sign-in worked but saving failed (a locked or unreadable pool file, a disk error)."""

    kind = "not-saved"
    title = _message(QT_TRANSLATE_NOOP("LoginMessages", "The account could not be saved"))

    def __init__(self, cause: Exception):
        self.cause = cause
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "LoginMessages",
                    "The sign-in worked, but the account could not be added to the plugin's account file. The file "
                    "was left as it was. Try again once the problem under Details is solved.",
                )
            ),
            details=str(cause) or type(cause).__name__,
        )


def as_login_error(exc: BaseException) -> LoginError:
    """Any failure of a login as a ``LoginError``: an unexpected one keeps its text as details."""
    if isinstance(exc, LoginError):
        return exc
    return LoginError(details=str(exc) or type(exc).__name__)
