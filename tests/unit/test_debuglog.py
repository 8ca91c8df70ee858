"""Following and parsing the plugin's debug log (core/debuglog.py).

The lines below have the shapes the plugin's debug.js writes; the interop
test (tests/interop/test_debuglog_interop.py) checks them against the real plugin."""

from __future__ import annotations

import calendar
import os
from pathlib import Path

import pytest

from antigravity_tray.core.debuglog import LONGEST_LINE, LogFollower, parse_line

STAMP = "2026-11-22T10:00:00.000Z"
AT = calendar.timegm((2026, 11, 22, 10, 0, 0)) * 1000


def line(message: str, stamp: str = STAMP) -> str:
    return f"[{stamp}] {message}\n"


def selected(label: str, position: str = "1/2", family: str = "claude") -> str:
    return line(f"[Account] Selected: {label} ({position}) family={family}")


def write(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8", newline="") as stream:
        stream.write(text)


def log_file(folder: Path, name: str = "2026-11-22T10-00-00-000Z") -> Path:
    return folder / f"antigravity-debug-{name}.log"


# -- one line ---------------------------------------------------------------------------------


def test_a_selected_line_names_the_account_and_its_place():
    event = parse_line(
        line(
            "[Account] Selected: bob@example.com (2/5) family=claude "
            'rateLimits={"claude":"42s","gemini-antigravity:gemini-3-pro-preview":"3600s"}'
        )
    )
    assert (event.kind, event.label, event.email, event.index, event.count, event.family) == (
        "selected",
        "bob@example.com",
        "bob@example.com",
        1,
        5,
        "claude",
    )
    assert event.at_ms == AT and event.pid is None and event.file is None


def test_an_account_without_email_is_named_by_its_number():
    event = parse_line(line("[Account] Selected: Account 3 (3/3) family=gemini", "2026-11-22T10:00:01.250Z"))
    assert (event.label, event.email, event.index, event.count, event.family) == ("Account 3", None, 2, 3, "gemini")
    assert event.at_ms == AT + 1250


def test_all_accounts_limited():
    event = parse_line(line("[Account] All accounts rate-limited: All accounts (-/4) family=gemini"))
    assert (event.kind, event.family, event.count, event.label, event.index) == ("all-limited", "gemini", 4, None, None)


def test_a_pid_offset_line_gives_the_process_and_both_indexes():
    event = parse_line(line("[Account] Applying PID offset: pid=4242 offset=2 family=claude index=1->3"))
    assert (event.kind, event.family, event.pid, event.offset, event.from_index, event.to_index) == (
        "pid-offset",
        "claude",
        4242,
        2,
        1,
        3,
    )


def test_rate_limit_lines():
    event = parse_line(line("[RateLimit] 429 on alice@example.com family=claude retryAfterMs=60000"))
    assert (event.kind, event.label, event.email, event.family, event.status, event.retry_after_ms) == (
        "rate-limit",
        "alice@example.com",
        "alice@example.com",
        "claude",
        429,
        60000.0,
    )
    busy = parse_line(line("[RateLimit] 503 on Account 2 family=gemini retryAfterMs=4560667.5"))
    assert (busy.status, busy.label, busy.email, busy.retry_after_ms) == (503, "Account 2", None, 4560667.5)


def test_a_request_line_tells_the_pid():
    event = parse_line(
        line(
            "[Antigravity Debug ANTIGRAVITY-7] pid=5151 POST "
            "https://daily-cloudcode-pa.googleapis.com/v1internal:streamGenerateContent?alt=sse"
        )
    )
    assert (event.kind, event.pid) == ("pid", 5151)


@pytest.mark.parametrize(
    "text",
    [
        line("[Cache] HIT model=claude-sonnet-4-5 read=1200 write=0 total=1300 hitRate=92%"),
        line("[RateLimit] reason: QUOTA_EXHAUSTED"),
        line("[RateLimit] snapshot family=claude a@example.com=ready | b@example.com=wait 42s"),
        line("[SoftQuota] Skipping a@example.com: claude usage 91.0% >= threshold 90%"),
        line("[Antigravity Debug ANTIGRAVITY-7] Response 429 Too Many Requests (312ms)"),
        line("[Antigravity Debug ANTIGRAVITY-7] Response Body (429): {"),
        line("[Toast/WARNING] Session Recovery: Injecting cancelled tool results..."),
        '  "message": "[Account] Selected: fake@example.com (1/1) family=claude"\n',  # inside a body
        "[20, 30, 40]\n",
        "",
    ],
)
def test_other_lines_are_not_events(text):
    assert parse_line(text) is None


# -- following files --------------------------------------------------------------------------


def test_existing_files_are_followed_from_their_end_new_ones_from_their_start(tmp_path):
    old = log_file(tmp_path, "2026-11-22T09-00-00-000Z")
    write(old, selected("old@example.com") * 1000)
    follower = LogFollower(tmp_path)
    assert follower.poll() == [] and follower.bytes_read == 0  # history is not news
    appended = selected("now@example.com", "2/2")
    write(old, appended)
    new = log_file(tmp_path, "2026-11-22T10-00-00-000Z")
    write(
        new,
        line("[Account] Applying PID offset: pid=77 offset=1 family=claude index=0->1")
        + selected("b@example.com", "2/2"),
    )
    events = follower.poll()
    assert sorted((e.file, e.label or e.kind, e.pid) for e in events) == sorted(
        [(new.name, "b@example.com", 77), (new.name, "pid-offset", 77), (old.name, "now@example.com", None)]
    )
    assert follower.bytes_read == len(appended) + new.stat().st_size


def test_nothing_is_read_when_nothing_changed(tmp_path):
    log = log_file(tmp_path)
    write(log, selected("a@example.com"))
    follower = LogFollower(tmp_path)
    write(log, selected("a@example.com", family="gemini"))
    assert len(follower.poll()) == 1
    read = follower.bytes_read
    for _ in range(5):
        assert follower.poll() == []
    assert follower.bytes_read == read == log.stat().st_size - len(selected("a@example.com"))


def test_half_written_lines_wait_and_continuations_are_skipped(tmp_path):
    log = log_file(tmp_path)
    log.touch()
    follower = LogFollower(tmp_path)
    write(log, "[2026-11-22T10:00:00.000Z] [Account] Selected: a@exa")
    assert follower.poll() == []
    write(
        log,
        "mple.com (1/2) family=claude\n"
        "[2026-11-22T10:00:01.000Z] [Antigravity Debug ANTIGRAVITY-1] Response Body (429): {\n"
        '  "error": "[Account] Selected: fake@example.com (1/1) family=claude"\n'
        "[2026-11-22T10:00:00.000Z] [Account] Selected: fake@example.com (1/1) family=claude (quoted, mid-line)"
        "\n}\n",
    )
    [event] = follower.poll()
    assert (event.label, event.index, event.at_ms) == ("a@example.com", 0, AT)


def test_an_over_long_line_is_dropped_without_being_kept(tmp_path):
    log = log_file(tmp_path)
    log.touch()
    follower = LogFollower(tmp_path)
    write(log, line("[Antigravity Debug ANTIGRAVITY-1] Response Body (200): " + "x" * (3 * LONGEST_LINE))[:-1])
    assert follower.poll() == []
    assert all(len(state.partial) <= LONGEST_LINE for state in follower._files.values())
    write(log, "tail of the body\n" + selected("a@example.com"))
    [event] = follower.poll()
    assert event.label == "a@example.com"


def test_a_truncated_file_is_read_again_from_its_start(tmp_path):
    log = log_file(tmp_path)
    write(log, selected("a@example.com") * 3)
    follower = LogFollower(tmp_path)
    log.write_text(selected("b@example.com"))  # shorter than what we had read
    [event] = follower.poll()
    assert event.label == "b@example.com"


def test_a_file_replaced_under_the_same_name_is_read_from_its_start(tmp_path):
    log = log_file(tmp_path)
    write(log, selected("a@example.com"))
    follower = LogFollower(tmp_path)
    other = tmp_path / "elsewhere.tmp"
    write(other, selected("b@example.com") + selected("c@example.com"))  # longer: only the inode tells
    os.replace(other, log)
    assert [e.label for e in follower.poll()] == ["b@example.com", "c@example.com"]


def test_deleted_files_are_forgotten(tmp_path):
    log = log_file(tmp_path)
    log.touch()
    follower = LogFollower(tmp_path)
    write(log, line("[Antigravity Debug ANTIGRAVITY-1] pid=31 POST https://example.test/"))
    assert [e.pid for e in follower.poll()] == [31]
    log.unlink()
    assert follower.poll() == [] and follower.followed() == []


def test_a_file_that_vanishes_while_listed_costs_nothing_else(tmp_path):
    log = log_file(tmp_path)
    write(log, selected("old@example.com") * 50)
    follower = LogFollower(tmp_path)
    try:  # listed by the folder scan, gone by the time it is stat'ed: what plugin pruning looks like
        os.symlink(tmp_path / "gone", log_file(tmp_path, "2026-11-22T11-00-00-000Z"))
    except (OSError, NotImplementedError):
        pytest.skip("no symlinks here")
    assert follower.poll() == [] and follower.followed() == [log]
    write(log, selected("now@example.com"))
    assert [e.label for e in follower.poll()] == ["now@example.com"]  # still followed, not replayed


def test_only_the_newest_files_are_read(tmp_path):
    for i in range(20):
        path = log_file(tmp_path, f"{i:02d}")
        path.write_text("")
        os.utime(path, (1000 + i, 1000 + i))
    follower = LogFollower(tmp_path)
    assert sorted(p.name for p in follower.followed()) == [log_file(tmp_path, f"{i:02d}").name for i in range(12, 20)]
    write(log_file(tmp_path, "03"), selected("a@example.com"))
    os.utime(log_file(tmp_path, "03"), (900, 900))  # written, but older than the newest eight
    assert follower.poll() == [] and follower.bytes_read == 0


def test_a_file_written_again_after_a_quiet_spell_is_not_replayed(tmp_path):
    quiet = log_file(tmp_path, "00")
    write(quiet, selected("history@example.com") * 10)
    os.utime(quiet, (1000, 1000))
    follower = LogFollower(tmp_path)
    for i in range(1, 10):  # nine busier processes push it out of the followed files
        write(log_file(tmp_path, f"{i:02d}"), "")
    follower.poll()
    assert quiet not in follower.followed()
    appended = selected("fresh@example.com")
    write(quiet, appended)  # its mtime is now the newest
    assert [e.label for e in follower.poll()] == ["fresh@example.com"]
    assert follower.bytes_read == len(appended)


def test_a_missing_folder_is_quiet_and_files_in_it_later_are_new(tmp_path):
    folder = tmp_path / "antigravity-logs"
    follower = LogFollower(folder)
    assert follower.poll() == [] and follower.followed() == []
    folder.mkdir()
    write(log_file(folder), selected("a@example.com"))  # appeared after the start: read whole
    assert [e.label for e in follower.poll()] == ["a@example.com"]


def test_a_burst_is_read_in_budgeted_steps(tmp_path):
    log = log_file(tmp_path)
    log.touch()
    follower = LogFollower(tmp_path)
    one = selected("a@example.com", "1/1")
    write(log, one * 100)
    first = follower.poll(budget=len(one) * 30)
    assert len(first) == 30 and follower.behind
    rest = []
    while follower.behind:
        rest += follower.poll(budget=len(one) * 30)
    assert len(first) + len(rest) == 100 and follower.bytes_read == len(one) * 100


# -- which process wrote it -------------------------------------------------------------------


def test_the_pid_of_a_request_line_tags_the_files_events_even_earlier_ones(tmp_path):
    log = log_file(tmp_path)
    log.touch()
    follower = LogFollower(tmp_path)
    request = line("[Antigravity Debug ANTIGRAVITY-1] pid=5151 POST https://example.test/v1internal")
    write(log, selected("a@example.com") + request)  # the plugin logs the pick before the request
    assert [(e.kind, e.pid) for e in follower.poll()] == [("selected", 5151), ("pid", 5151)]
    write(log, request.replace("-1]", "-2]") + selected("b@example.com", "2/2"))
    assert [(e.kind, e.pid) for e in follower.poll()] == [("selected", 5151)]  # the pid is old news now


# -- a 429 and its detail lines ---------------------------------------------------------------


def test_a_rate_limit_carries_the_reason_written_after_it(tmp_path):
    log = log_file(tmp_path)
    log.touch()
    follower = LogFollower(tmp_path)
    write(
        log,
        line("[RateLimit] 429 on a@example.com family=claude retryAfterMs=3600000")
        + line("[RateLimit] message: Resource has been exhausted\n(e.g. check quota).")
        + line("[RateLimit] quotaResetTime: 2026-11-22T11:00:00Z")
        + line("[RateLimit] body retryDelayMs: 3600000")
        + line("[RateLimit] reason: QUOTA_EXHAUSTED")
        + line("[RateLimit] 429 on b@example.com family=claude retryAfterMs=30000")
        + selected("c@example.com", "3/3")
        + line("[RateLimit] reason: NOT_OURS"),
    )  # follows a selection, not a 429
    first, second, third = follower.poll()
    assert (first.label, first.reason, first.retry_after_ms) == ("a@example.com", "QUOTA_EXHAUSTED", 3600000.0)
    assert (second.label, second.reason) == ("b@example.com", None)
    assert third.kind == "selected" and third.reason is None
