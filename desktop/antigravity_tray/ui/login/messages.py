"""Why a login did not complete, as translatable text for the dialog.

core/login_errors.py words every failure in plain English and gives it a stable ``kind``.
The dialog must be translatable, so it words each kind again here through Qt's translator,
using what the exception carries (the port, Google's reason). Where the English message
holds a detail the exception does not keep apart (an HTTP status, a file path), that
message is offered as a secondary "details" text. Nothing here ever holds a token or code.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...core.login_errors import LoginError

translate = QCoreApplication.translate  # each call names its context literally, for pyside6-lupdate


@dataclass(frozen=True)
class Problem:
    kind: str  # the core kind; "not-saved" when the pool could not be written; "error" otherwise
    title: str
    text: str
    details: str = ""  # the core's own (English) message, when it says more than ``text``


def describe(exc: BaseException, timeout: float = 0) -> Problem:
    """The title and text for a failed login; ``timeout`` is the flow's, in seconds."""
    kind = getattr(exc, "kind", None) or "error"
    title, text, with_details = _WORDING.get(kind, _unexpected)(exc, timeout)
    return Problem(kind, title, text, str(exc) if with_details else "")


def paste_problem(exc: LoginError) -> str:
    """One line under the paste field, for a paste that cannot be used (the login goes on)."""
    if exc.kind == "state-mismatch":
        return translate(
            "LoginMessages",
            "That address belongs to a different sign-in (its state does not match), so it was not used. "
            "Paste the address from the tab this window opened, or wait for the browser.")
    return translate(
        "LoginMessages",
        "That is not a sign-in address. Paste the whole address the browser ended on (it starts with "
        "http://localhost), or just the code in it.")


def _port_busy(exc, timeout):
    text = translate(
        "LoginMessages",
        "Port %1 on this computer is already in use, so the sign-in cannot be received. Another login is "
        "probably running (for example `opencode auth login`); finish or close it and try again.")
    return (translate("LoginMessages", "The sign-in port is busy"),
            text.replace("%1", str(getattr(exc, "port", "?"))), False)


def _timed_out(exc, timeout):
    if timeout >= 60:
        waited = translate("LoginMessages", "No answer from the browser within %1 min.")
        waited = waited.replace("%1", f"{timeout / 60:g}")
    else:
        waited = translate("LoginMessages", "No answer from the browser within %1 s.")
        waited = waited.replace("%1", f"{timeout:g}")
    advice = translate("LoginMessages",
                       "Nothing was saved. Try again, or paste the address the browser ended on.")
    return translate("LoginMessages", "The sign-in timed out"), f"{waited} {advice}", False


def _cancelled(exc, timeout):
    return (translate("LoginMessages", "Sign-in cancelled"),
            translate("LoginMessages", "The sign-in was cancelled. Nothing was saved."), False)


def _denied(exc, timeout):
    reason = getattr(exc, "reason", "")
    if reason == "access_denied":
        text = translate("LoginMessages",
                         "You declined access, so the sign-in did not complete. Nothing was saved.")
    else:
        text = translate("LoginMessages",
                         "Google did not complete the sign-in (it answered “%1”). Nothing was saved.")
        text = text.replace("%1", reason)
    return translate("LoginMessages", "Access was not granted"), text, False


def _state_mismatch(exc, timeout):
    return (translate("LoginMessages", "This sign-in does not belong here"),
            translate("LoginMessages",
                      "The sign-in that came back does not belong to this login (its state does not "
                      "match), so it was rejected and nothing was saved. Start the login again."), False)


def _bad_paste(exc, timeout):
    return translate("LoginMessages", "That is not a sign-in address"), paste_problem(exc), False


def _network(exc, timeout):
    return (translate("LoginMessages", "Google could not be reached"),
            translate("LoginMessages",
                      "The sign-in could not be finished because Google did not answer. Check the "
                      "connection and try again. Nothing was saved."), True)


def _refused(exc, timeout):
    return (translate("LoginMessages", "Google refused the sign-in"),
            translate("LoginMessages",
                      "Google refused to finish the sign-in. Start the login again. Nothing was saved."), True)


def _no_refresh_token(exc, timeout):
    return (translate("LoginMessages", "Google sent no refresh token"),
            translate("LoginMessages",
                      "Google signed you in but sent no refresh token, so the plugin could not keep using "
                      "this account. Remove this app's access at https://myaccount.google.com/permissions "
                      "and log in again."), False)


def _no_email(exc, timeout):
    return (translate("LoginMessages", "Google did not say which account this is"),
            translate("LoginMessages",
                      "You are signed in, but Google did not name the account. Nothing was saved, to avoid "
                      "an account without an email; try again."), True)


def _not_saved(exc, timeout):
    return (translate("LoginMessages", "The account could not be saved"),
            translate("LoginMessages",
                      "The sign-in worked, but the account could not be added to the plugin's account file. "
                      "The file was left as it was. Try again once the problem under Details is solved."), True)


def _unexpected(exc, timeout):
    return (translate("LoginMessages", "The sign-in did not complete"),
            translate("LoginMessages", "Something went wrong. Nothing was saved."), True)


_WORDING = {
    "port-busy": _port_busy,
    "timed-out": _timed_out,
    "cancelled": _cancelled,
    "denied": _denied,
    "state-mismatch": _state_mismatch,
    "bad-paste": _bad_paste,
    "network": _network,
    "refused": _refused,
    "no-refresh-token": _no_refresh_token,
    "no-email": _no_email,
    "not-saved": _not_saved,
}

KNOWN_KINDS = frozenset(_WORDING)
