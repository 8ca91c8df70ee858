"""The activity history (core/history.py): kept across restarts, pruned, readable while the app
writes, and never a crash over a damaged file."""

from __future__ import annotations

import sqlite3

import pytest

from antigravity_tray.core.history import DAY_MS, History, HistoryUnavailable
from antigravity_tray.core.switches import (
    ALL_LIMITED,
    COOLING_DOWN,
    LIMITED,
    NEEDS_RELOGIN,
    RATE_LIMITED,
    SWITCH,
    AccountEvent,
)

NOW = 1_800_000_000_000.0
MINUTE = 60_000

EVENTS = [
    AccountEvent(LIMITED, NOW, "claude", "alice@example.com", None, RATE_LIMITED, NOW + 30 * MINUTE),
    AccountEvent(
        SWITCH, NOW + 10, "claude", "alice@example.com", "bob@example.com", RATE_LIMITED, NOW + 30 * MINUTE, pid=4242
    ),
    AccountEvent(LIMITED, NOW + 20, "gemini", "bob@example.com", None, COOLING_DOWN, NOW + MINUTE, "network-error"),
    AccountEvent(ALL_LIMITED, NOW + 30, "gemini", until_ms=NOW + MINUTE),
    AccountEvent(NEEDS_RELOGIN, NOW + 40, accounts=("carol@example.com",)),
]


@pytest.fixture
def path(tmp_path):
    return tmp_path / "state" / "history.sqlite3"


def test_events_come_back_as_they_went_in_after_a_restart(path):
    history = History.open(path)
    for event in EVENTS:
        history.record(event)
    history.close()
    reader = History.read(path)
    assert reader.events() == EVENTS
    assert reader.events(family="gemini") == [EVENTS[2], EVENTS[3], EVENTS[4]]  # re-login concerns every family
    assert reader.events(since_ms=NOW + 15, until_ms=NOW + 35) == EVENTS[2:4]
    reader.close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_command_line_reads_while_the_app_writes(path):
    writer = History.open(path)
    writer.record(EVENTS[0])
    reader = History.read(path)
    writer.record(EVENTS[1])
    assert reader.events() == EVENTS[:2]
    assert reader._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with pytest.raises(sqlite3.OperationalError):  # the reader cannot write
        reader._db.execute("DELETE FROM events")
    reader.close()
    writer.close()


def test_old_events_are_pruned(path):
    history = History.open(path)
    history.record(AccountEvent(SWITCH, NOW - 91 * DAY_MS, "claude", "a", "b", RATE_LIMITED))
    history.record(AccountEvent(SWITCH, NOW - 89 * DAY_MS, "claude", "b", "c", RATE_LIMITED))
    assert history.prune(90, NOW) == 1
    assert [e.before for e in history.events()] == ["b"]
    history.close()


def test_no_history_yet_is_said_plainly(path):
    with pytest.raises(HistoryUnavailable, match="no history yet"):
        History.read(path)


@pytest.mark.parametrize("content", [b"this is not a database" * 200, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_damaged_database_is_moved_aside_and_a_new_one_started(path, content):
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    history = History.open(path)
    history.record(EVENTS[1])
    assert history.events() == [EVENTS[1]]
    history.close()
    [aside] = path.parent.glob("history.damaged-*.sqlite3")
    assert aside.read_bytes() == content  # kept as it was, for whoever wants to look


def test_a_database_of_a_newer_schema_is_kept_aside(path):
    path.parent.mkdir(parents=True)
    newer = sqlite3.connect(path)
    newer.execute("PRAGMA user_version = 99")
    newer.execute("CREATE TABLE future (x)")
    newer.commit()
    newer.close()
    with pytest.raises(HistoryUnavailable, match="schema version 99"):
        History.read(path)
    History.open(path).close()
    assert len(list(path.parent.glob("history.damaged-*.sqlite3"))) == 1


def test_a_failing_write_is_logged_and_the_app_goes_on(path, caplog):
    history = History.open(path)
    history._db.execute("DROP TABLE events")  # a write that fails without the file being damaged
    history.record(EVENTS[0])
    assert "event not recorded" in caplog.text
    history.close()
