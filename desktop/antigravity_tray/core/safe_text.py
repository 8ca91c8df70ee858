"""Text that came from a file, shown without letting it act on a terminal or a label.

An email such as ``a\\x1b]0;pwned\\x07@x.test`` would retitle a terminal, ``\\x1b[2J`` clear it,
``\\r`` overwrite the line, and U+202E (right-to-left override) turn ``moc.liame`` into
``email.com`` on screen. Such characters are shown escaped (``\\x1b``, ``\\u202e``); the files and
JSON output keep them exactly.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL and C1, and the invisible marks that reorder text.
_ACTING = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_IN_OUTPUT = re.compile(f"[{_ACTING}]")
_IN_A_FIELD = re.compile(f"[{_ACTING}\t\n]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_output(text: str) -> str:
    """A whole line or page of terminal output: tabs and newlines stay."""
    return _IN_OUTPUT.sub(_escape, text)


def safe_field(text: str) -> str:
    """One value (an email, a project id, a path) in a window or a line: a newline is
    escaped too, so a value cannot pass for a line of its own."""
    return _IN_A_FIELD.sub(_escape, text)
