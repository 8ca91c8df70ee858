"""A failed login as the dialog shows it: core/login_errors.py words it, this translates it."""

from __future__ import annotations

from dataclasses import dataclass

from ...core.login_errors import LoginError, StateMismatch, as_login_error
from ..common.text import render


@dataclass(frozen=True)
class Problem:
    kind: str  # the core kind: "not-saved" when the pool could not be written, "error" when unexpected
    title: str
    text: str
    details: str = ""  # what only helps a diagnosis (an HTTP status, a file path), in English


def describe(exc: BaseException) -> Problem:
    error = as_login_error(exc)
    return Problem(error.kind, render(error.title), render(error.text), error.details)


def paste_problem(exc: LoginError) -> str:
    """One line under the paste field, for a paste that cannot be used (the login goes on)."""
    return render(exc.pasted if isinstance(exc, StateMismatch) else exc.text)
