"""Translatable messages made in core/, which imports no Qt.

A ``Message`` is an English source text with ``{name}`` fields and, for plurals, a count
(``%n``); a field may hold another ``Message``, translated on its own, so that sentences are
composed from whole translated parts rather than glued before lookup. The UI translates
``text`` with ``QCoreApplication.translate(context, text)``, puts the count in (``plural``),
then fills the fields (ui/common/text.py); the CLI prints ``english()``.
``QT_TRANSLATE_NOOP`` only marks a literal for pyside6-lupdate: it returns it unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

STATUS_CONTEXT = "Status"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Moment:
    """A point in time inside a message; the UI shows it in the person's locale."""

    ms: float

    def __str__(self) -> str:
        return datetime.fromtimestamp(self.ms / 1000).strftime("%H:%M")


@dataclass(frozen=True)
class Message:
    text: str  # English source text, as marked for translation
    args: Mapping[str, Any] = field(default_factory=dict)
    n: int = -1  # the count for a plural form (%n), or -1
    context: str = STATUS_CONTEXT  # the translation context ``text`` was marked under

    def english(self) -> str:
        text = plural(self.text, self.n) if self.n >= 0 else self.text
        return text.format(**{k: v.english() if isinstance(v, Message) else str(v) for k, v in self.args.items()})


def plural(text: str, n: int) -> str:
    """``text`` (``"%n account(s)"``, translated or not) with ``n`` in place of ``%n`` and its
    "(s)" or "(es)" made singular or plural. Qt's own ``%n`` handling is not used: a
    translation without plural forms (all that lupdate makes from Python) is ignored by
    ``translate(..., n)`` for French and Spanish counts above one, and English came back."""
    text = text.replace("%n", str(n))
    if "(s)" in text or "(es)" in text:
        many = n != 1
        text = text.replace("(es)", "es" if many else "").replace("(s)", "s" if many else "")
    return text


__all__ = ["QT_TRANSLATE_NOOP", "STATUS_CONTEXT", "Message", "Moment", "plural"]
