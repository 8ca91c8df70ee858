"""Strict JSON in, plugin-styled JSON out, and crash-safe file replacement.

Parsing follows JavaScript's ``JSON.parse``, which is what the plugin uses: no comments,
no trailing commas, no NaN or Infinity literals, no byte-order mark. Writing goes to a
temp file in the same folder, is flushed to disk, then renamed over the target, so a
reader (or a crash) sees either the old file or the new one, never half of one.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class JsonSyntaxError(ValueError):
    """A file that is not strict JSON, with the place it went wrong."""

    def __init__(self, path: Path | None, message: str, line: int, column: int):
        self.path, self.reason, self.line, self.column = path, message, line, column
        where = f"{path}: " if path else ""
        super().__init__(f"{where}line {line}, column {column}: {message}")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_json_text(text: str, path: Path | None = None) -> Any:
    if text.startswith("\ufeff"):
        raise JsonSyntaxError(path, "byte-order mark at the start (JSON.parse rejects it)", 1, 1)
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise JsonSyntaxError(path, exc.msg, exc.lineno, exc.colno) from None
    except ValueError as exc:  # a NaN/Infinity literal
        raise JsonSyntaxError(path, str(exc), *_position_of_constant(text)) from None
    except RecursionError:
        raise JsonSyntaxError(path, "nested too deeply to read", 1, 1) from None


def _position_of_constant(text: str) -> tuple[int, int]:
    for word in ("-Infinity", "Infinity", "NaN"):
        at = text.find(word)
        if at >= 0:
            line = text.count("\n", 0, at) + 1
            return line, at - (text.rfind("\n", 0, at) + 1) + 1
    return 1, 1


def dump_json(value: Any) -> str:
    """Two-space indent and no trailing newline, as the plugin writes its files."""
    return json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False)


def encode_json(value: Any, trailing_newline: bool = False) -> bytes:
    """The file's bytes. A lone surrogate (which JSON.parse accepts) cannot be UTF-8, so
    then every non-ASCII character is escaped instead, as JSON.stringify escapes it."""
    text = dump_json(value) + ("\n" if trailing_newline else "")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(value, indent=2, ensure_ascii=True, allow_nan=False)
        return (text + ("\n" if trailing_newline else "")).encode("ascii")


@dataclass(frozen=True)
class FileSnapshot:
    """What a file held when we read it: its bytes (None when missing) and stat."""

    path: Path
    data: bytes | None = field(repr=False)  # a pool file's bytes hold refresh tokens
    mode: int | None = None

    @property
    def exists(self) -> bool:
        return self.data is not None

    def text(self) -> str:
        """Decoded as UTF-8; invalid bytes become U+FFFD as Node's readFileSync does."""
        return (self.data or b"").decode("utf-8", errors="replace")


def read_snapshot(path: Path) -> FileSnapshot:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
            mode = os.fstat(handle.fileno()).st_mode & 0o777
    except FileNotFoundError:
        return FileSnapshot(path, None, None)
    return FileSnapshot(path, data, mode)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` through a temp file and a rename.

    ``path`` should already be resolved (see ``resolve_target``) so that a symlink
    managed by a dotfiles tool keeps pointing at the file we replace.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f"{path.name}.{os.urandom(6).hex()}.tmp")  # the plugin's pattern
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)  # the umask may have narrowed or O_CREAT kept wider bits
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(path.parent)
    remove_orphan_temps(path)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def resolve_target(path: Path) -> Path:
    """The real file behind ``path`` (following symlinks), even if it does not exist yet."""
    return Path(os.path.realpath(path))


def remove_orphan_temps(path: Path, older_than: float = 600.0) -> int:
    """Delete ``<name>.<12 hex>.tmp`` files left by a writer that died mid-write."""
    removed = 0
    cutoff = time.time() - older_than
    for candidate in path.parent.glob(f"{path.name}.*.tmp"):
        middle = candidate.name[len(path.name) + 1 : -4]
        if len(middle) != 12 or any(c not in "0123456789abcdef" for c in middle):
            continue
        try:
            if candidate.stat().st_mtime < cutoff:
                candidate.unlink()
                removed += 1
        except FileNotFoundError:
            pass
    return removed


class Backups:
    """Keeps the last few versions of each file we replaced, in our own state folder."""

    def __init__(self, directory: Path, keep: int = 5):
        self.directory, self.keep = directory, keep

    def save(self, snapshot: FileSnapshot) -> Path | None:
        if not snapshot.exists:
            return None
        self.directory.mkdir(parents=True, exist_ok=True)
        os.chmod(self.directory, 0o700)  # backups of the pool hold refresh tokens
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"-{time.time_ns() % 10**9:09d}"
        target = self.directory / f"{snapshot.path.name}.{stamp}.bak"
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(snapshot.data or b"")
        self._prune(snapshot.path.name)
        return target

    def list(self, file_name: str) -> list[Path]:
        if not self.directory.is_dir():
            return []
        return sorted(self.directory.glob(f"{file_name}.*.bak"))

    def _prune(self, file_name: str) -> None:
        for old in self.list(file_name)[: -self.keep]:
            try:
                old.unlink()
            except FileNotFoundError:
                pass
