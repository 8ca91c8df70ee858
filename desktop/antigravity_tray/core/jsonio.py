"""Strict JSON in, plugin-styled JSON out, and crash-safe file replacement.

Parsing follows JavaScript's ``JSON.parse``, which is what the plugin uses: no comments,
no trailing commas, no NaN or Infinity literals, no byte-order mark. Writing goes to a
temp file in the same folder, is flushed to disk, then renamed over the target, so a
reader (or a crash) sees either the old file or the new one, never half of one.
"""

from __future__ import annotations

import errno
import json
import os
import stat
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

    def text_for_writing(self) -> str:
        """The text a change starts from. Bytes that are not UTF-8 would come back as U+FFFD
        and be written so, changing what no one asked to change: JsonSyntaxError instead, at
        the first of them."""
        data = self.data or b""
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            start = data.rfind(b"\n", 0, exc.start) + 1
            line, column = (
                data.count(b"\n", 0, exc.start) + 1,
                len(data[start : exc.start].decode("utf-8", "replace")) + 1,
            )
            raise JsonSyntaxError(
                self.path,
                f"bytes that are not UTF-8 (0x{data[exc.start]:02x}); a write would turn them into U+FFFD, so "
                f"fix that place in a text editor first",
                line,
                column,
            ) from None


MAX_FILE_BYTES = 32 * 2**20  # a pool of 1,000 accounts is under 1 MB: more is not one of the plugin's files

# Never wait in open() for a writer (a FIFO), never make a terminal ours, never leak to children.
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class UnreadableFile(OSError):
    """A path we refuse to read: not a regular file, too big, or a symlink loop. An OSError,
    so every caller that reports a file it cannot read reports this one too."""

    def __init__(self, path: Path, problem: str, fix: str):
        super().__init__(errno.EINVAL, f"{path} {problem}; it was not read. {fix}")
        self.path = path

    def __str__(self) -> str:
        return str(self.strerror)


# What a failed write means, by errno, and what to do about it.
_WRITE_ADVICE = {
    errno.ENOSPC: ("the disk is full", "Free some space, then try again."),
    errno.EDQUOT: ("your disk quota is used up", "Free some space, then try again."),
    errno.EACCES: ("permission denied", "Check who owns that folder and its permissions (ls -ld)."),
    errno.EPERM: ("permission denied", "Check who owns that folder and its permissions (ls -ld)."),
    errno.EROFS: ("the file system is read-only", "Remount it read-write, or point the app at a writable folder."),
}
_MOUNTED_ALONE = (
    "the file is mounted on its own (a single-file bind mount, as `docker run -v file:file` makes), "
    "so it cannot be replaced",
    "Mount its folder instead of the file.",
)
_WRITE_ADVICE[errno.EXDEV] = _WRITE_ADVICE[errno.EBUSY] = _MOUNTED_ALONE


class WriteFailed(OSError):
    """A write that did not happen, said with the file and the fix. The original file is
    untouched and no temp file is left behind."""

    def __init__(self, path: Path, cause: OSError):
        what, fix = _WRITE_ADVICE.get(cause.errno or 0, (cause.strerror or str(cause), "Try again."))
        super().__init__(cause.errno, f"Could not write {path}: {what}. {fix} The file was not changed.")
        self.path = path

    def __str__(self) -> str:
        return str(self.strerror)


_OWN_IT = "Make it yours again (chown) or let your user read it (chmod)."


def _owner(path: Path) -> str:
    """Who owns ``path`` and its mode, as far as we can tell: "it belongs to root, mode 600"."""
    try:
        info = os.stat(path)
    except OSError:
        return "its folder cannot be entered"
    try:
        import pwd

        owner = pwd.getpwuid(info.st_uid).pw_name
    except (ImportError, KeyError):
        owner = f"user {info.st_uid}"
    return f"it belongs to {owner}, mode {info.st_mode & 0o777:o}"


def _not_regular(path: Path, kind: str) -> UnreadableFile:
    real = os.path.realpath(path)
    link = f" (through a link to {real})" if real != os.path.abspath(path) else ""
    return UnreadableFile(
        path, f"is {kind}{link}, not a regular file", "Move it away so that a real file can take its place."
    )


def _refuse_unless_regular(path: Path, mode: int) -> None:
    for test, kind in _KINDS:
        if test(mode):
            raise _not_regular(path, kind)


def _refuse_loop(path: Path, error: OSError) -> None:
    if error.errno == errno.ELOOP:
        raise UnreadableFile(path, "is a symlink loop", "Point the link at a real file.") from None


def open_regular(path: Path, limit: int | None = MAX_FILE_BYTES) -> tuple[int, os.stat_result]:
    """A read-only descriptor of ``path`` (symlinks followed) and its stat, once it is known to
    be a regular file of at most ``limit`` bytes. FileNotFoundError when it is missing, or a
    symlink whose target is. Opening never blocks, even on a FIFO with no writer."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError as exc:
        _refuse_loop(path, exc)
        if exc.errno == errno.ENXIO:  # opening a socket
            raise _not_regular(path, "a socket") from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise UnreadableFile(path, f"cannot be opened: permission denied ({_owner(path)})", _OWN_IT) from None
        raise
    try:
        info = os.fstat(fd)
        _refuse_unless_regular(path, info.st_mode)
        if limit is not None and info.st_size > limit:
            raise UnreadableFile(
                path,
                f"is {info.st_size / 2**20:.0f} MB, more than the {limit // 2**20} MB this app reads",
                "It cannot be one of the plugin's files; move it away.",
            )
    except BaseException:
        os.close(fd)
        raise
    return fd, info


def read_snapshot(path: Path, limit: int = MAX_FILE_BYTES) -> FileSnapshot:
    """The file's bytes and mode, or a snapshot of a missing file. Raises UnreadableFile for
    a FIFO, device, folder, socket, symlink loop or a file over ``limit`` bytes."""
    try:
        fd, info = open_regular(path, limit)
    except FileNotFoundError:
        return FileSnapshot(path, None, None)
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)  # a file that grew past the limit after the check
    if len(data) > limit:
        raise UnreadableFile(path, f"grew past {limit // 2**20} MB while being read", "Move it away.")
    return FileSnapshot(path, data, info.st_mode & 0o777)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` through a temp file and a rename.

    ``path`` should already be resolved (see ``resolve_target``) so that a symlink
    managed by a dotfiles tool keeps pointing at the file we replace.
    """
    temp = path.with_name(f"{path.name}.{os.urandom(6).hex()}.tmp")  # the plugin's pattern
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except OSError as exc:
        raise WriteFailed(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)  # the umask may have narrowed or O_CREAT kept wider bits
        os.replace(temp, path)
    except BaseException as exc:
        try:
            os.unlink(temp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise WriteFailed(path, exc) from exc
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
    """The real file behind ``path`` (following symlinks), even if it does not exist yet.
    Raises UnreadableFile, naming ``path``, when that is not a regular file."""
    real = Path(os.path.realpath(path))
    try:
        info = os.stat(real)  # stat opens nothing: safe on a FIFO
    except FileNotFoundError:
        return real
    except OSError as exc:
        _refuse_loop(path, exc)
        raise
    _refuse_unless_regular(path, info.st_mode)
    return real


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
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"-{time.time_ns() % 10**9:09d}"
        target = self.directory / f"{snapshot.path.name}.{stamp}.bak"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            os.chmod(self.directory, 0o700)  # backups of the pool hold refresh tokens
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(snapshot.data or b"")
        except OSError as exc:  # before the real write: nothing else was changed
            try:
                target.unlink()
            except OSError:
                pass
            raise WriteFailed(target, exc) from exc
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
