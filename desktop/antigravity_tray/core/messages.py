"""Translatable messages made in core/, which imports no Qt.

A ``Message`` is an English source text with ``{name}`` fields and, for plurals, a count
(``%n``). The UI translates ``text`` with ``QCoreApplication.translate(context, text, None,
n)`` and then fills the fields (ui/common/text.py); the CLI prints ``english()``.
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
        text = self.text.replace("%n", str(self.n)) if self.n >= 0 else self.text
        return text.format(**{k: str(v) for k, v in self.args.items()})


__all__ = ["QT_TRANSLATE_NOOP", "STATUS_CONTEXT", "Message", "Moment"]
