"""What every system's start-at-login writer shares."""

from __future__ import annotations

import os
from pathlib import Path

BACKGROUND_FLAG = "--background"


def with_background(command: list[str], background: bool) -> list[str]:
    """The command to run at login; ``background`` adds --background (tray only, no window)."""
    if not command:
        raise ValueError("the command to start at login is empty")
    arguments = list(command)
    if background and BACKGROUND_FLAG not in arguments:
        arguments.append(BACKGROUND_FLAG)
    if not background and BACKGROUND_FLAG in arguments:
        arguments.remove(BACKGROUND_FLAG)
    return arguments


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
