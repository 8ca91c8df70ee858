"""The activity history: every account event the monitor reports, kept in SQLite in the app's
state folder, for ``antigravity-tray history`` and the Activity window.

Only the tray app writes (``History.open``); the command line reads (``History.read``), which
WAL allows while the app writes. Events older than the ``history_days`` preference are pruned
when the app starts. A database that SQLite cannot read is moved aside
(``history.damaged-<time>.sqlite3``) and a new one started: the app never stops for it. The
events hold account labels, reasons and times; never a token.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

from .switches import AccountEvent

log = logging.getLogger("antigravity_tray")

SCHEMA_VERSION = 1
FILE_NAME = "history.sqlite3"
DAY_MS = 86_400_000
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    family TEXT,
    before TEXT,
    after TEXT,
    reason TEXT,
    until_ms INTEGER,
    detail TEXT,
    pid INTEGER,
    accounts TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS events_by_time ON events (at_ms);
"""
_COLUMNS = "at_ms, kind, family, before, after, reason, until_ms, detail, pid, accounts"


class HistoryUnavailable(Exception):
    """No history to read: the tray app has not recorded any yet, or the file is unreadable."""


class History:
    def __init__(self, db: sqlite3.Connection, path: Path):
        self._db = db
        self.path = path

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path) -> History:
        """For the one writer, the tray app: creates the database, or starts a new one in place
        of a damaged one (moved aside, never deleted). Raises ``sqlite3.Error`` for trouble
        that is not damage (a locked or unwritable file): the caller goes on without history."""
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return cls(_writable(path), path)
        except sqlite3.DatabaseError as exc:
            if not _damaged(exc):
                raise
            aside = _set_aside(path)
            log.warning("history: %s was unreadable (%s); moved to %s, starting a new one", path, exc, aside.name)
            return cls(_writable(path), path)

    @classmethod
    def read(cls, path: Path) -> History:
        """For readers (the command line): never creates or changes the file."""
        if not path.exists():
            raise HistoryUnavailable(f"no history yet at {path}: the tray app records it while it runs")
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise HistoryUnavailable(f"{path} cannot be read ({exc})") from exc
        if version != SCHEMA_VERSION:
            db.close()
            raise HistoryUnavailable(f"{path} has schema version {version}; this app reads version {SCHEMA_VERSION}")
        return cls(db, path)

    def close(self) -> None:
        self._db.close()

    # -- writing ------------------------------------------------------------------------------
    def record(self, event: AccountEvent) -> None:
        """Keeps ``event``; a failure is logged, and a damaged file replaced, never raised."""
        row = (
            int(event.at_ms),
            event.kind,
            event.family,
            event.before,
            event.after,
            event.reason,
            None if event.until_ms is None else int(event.until_ms),
            event.detail,
            event.pid,
            json.dumps(list(event.accounts)),
        )
        try:
            try:
                self._insert(row)
            except sqlite3.DatabaseError as exc:
                if not _damaged(exc):
                    raise
                self._db.close()
                self._db = History.open(self.path)._db
                self._insert(row)
        except sqlite3.Error as exc:  # locked, disk full: this event is lost, the app goes on
            log.warning("history: event not recorded (%s)", exc)

    def _insert(self, row: tuple) -> None:
        with self._db:
            self._db.execute(f"INSERT INTO events ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)

    def prune(self, keep_days: float, now_ms: float | None = None) -> int:
        """Drops events older than ``keep_days``; returns how many."""
        now_ms = time.time() * 1000 if now_ms is None else now_ms
        try:
            with self._db:
                return self._db.execute("DELETE FROM events WHERE at_ms < ?", (now_ms - keep_days * DAY_MS,)).rowcount
        except sqlite3.Error as exc:
            log.warning("history: could not prune (%s)", exc)
            return 0

    # -- reading ------------------------------------------------------------------------------
    def events(
        self, since_ms: float = 0, until_ms: float | None = None, family: str | None = None
    ) -> list[AccountEvent]:
        """Events from ``since_ms`` up to ``until_ms``, oldest first; with ``family``, that
        family's events and those that concern every family (re-login, vanished)."""
        return list(self._select(since_ms, until_ms, family))

    def _select(self, since_ms: float, until_ms: float | None, family: str | None) -> Iterator[AccountEvent]:
        query = f"SELECT {_COLUMNS} FROM events WHERE at_ms >= ?"
        params: list[object] = [int(since_ms)]
        if until_ms is not None:
            query += " AND at_ms <= ?"
            params.append(int(until_ms))
        if family is not None:
            query += " AND (family = ? OR family IS NULL)"
            params.append(family)
        with closing(self._db.execute(query + " ORDER BY at_ms, id", params)) as rows:
            for at_ms, kind, fam, before, after, reason, until, detail, pid, accounts in rows:
                yield AccountEvent(
                    kind, float(at_ms), fam, before, after, reason, until, detail, pid, tuple(json.loads(accounts))
                )


def _writable(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=5)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            raise sqlite3.DatabaseError(f"schema version {version}, this app writes {SCHEMA_VERSION}")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # with WAL: no fsync per event, still never corrupt
        db.executescript(_SCHEMA)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("SELECT count(*) FROM events").fetchone()  # reads the table: a damaged file fails here
    except sqlite3.DatabaseError:
        db.close()
        raise
    path.chmod(0o600)
    return db


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    """The file is not a database or is corrupt, as opposed to locked, read-only or full."""
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if code is not None:
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB) or "schema version" in str(exc)
    text = str(exc)
    return any(words in text for words in ("malformed", "not a database", "schema version"))


def _set_aside(path: Path) -> Path:
    aside = path.with_name(f"{path.stem}.damaged-{time.strftime('%Y%m%d-%H%M%S')}{path.suffix}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return aside


__all__ = ["DAY_MS", "FILE_NAME", "SCHEMA_VERSION", "History", "HistoryUnavailable"]
