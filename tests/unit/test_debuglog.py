"""Following and parsing the plugin's debug log (core/debuglog.py)."""

from __future__ import annotations

import os
from pathlib import Path

from antigravity_tray.core.debuglog import LONGEST_LINE, LogFollower, parse_line

STAMP = "2026-11-22T10:00:00.000Z"
AT = 1_795_341_600_000.0  # STAMP in epoch ms


def line(message: str, stamp: str = STAMP) -> str:
    return f"[{stamp}] {message}\n"


def test_the_formats_we_read():
    selected = parse_line(line('[Account] Selected: bob@example.com (2/5) family=claude rateLimits={"claude":"42s"}'))
    assert (selected.kind, selected.label, selected.email, selected.index, selected.count, selected.family) == \
        ("selected", "bob@example.com", "bob@example.com", 1, 5, "claude")
    assert selected.rate_limits == {"claude": 42.0} and selected.at_ms == AT
    unnamed = parse_line(line("[Account] Selected: Account 3 (3/3) family=gemini"))
    assert (unnamed.label, unnamed.email, unnamed.index) == ("Account 3", None, 2)
    offset = parse_line(line("[Account] Applying PID offset: pid=4242 offset=2 family=claude index=1->3"))
    assert (offset.kind, offset.pid, offset.offset, offset.from_index, offset.to_index) == ("pid-offset", 4242, 2, 1, 3)
    limit = parse_line(line("[RateLimit] 429 on alice@example.com family=claude retryAfterMs=60000"))
    assert (limit.kind, limit.label, limit.status, limit.retry_after_ms) == ("rate-limit", "alice@example.com", 429,
                                                                              60000.0)
    everyone = parse_line(line("[Account] All accounts rate-limited: All accounts (-/4) family=gemini"))
    assert (everyone.kind, everyone.family, everyone.count) == ("all-limited", "gemini", 4)
    request = parse_line(line("[Antigravity Debug ANTIGRAVITY-7] pid=5151 POST https://example.test/v1"))
    assert (request.kind, request.pid) == ("pid", 5151)
    for other in ("[Cache] HIT model=x read=1 write=0 total=1 hitRate=100%", "[RateLimit] reason: QUOTA_EXHAUSTED"):
        assert parse_line(line(other)) is None
    assert parse_line('    at fetch (node:internal)  "[Account] Selected: x (1/1) family=claude"') is None


def write(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as stream:
        stream.write(text)


def test_existing_files_are_followed_from_their_end_new_ones_from_their_start(tmp_path):
    old = tmp_path / "antigravity-debug-2026-11-22T09-00-00-000Z.log"
    write(old, line("[Account] Selected: old@example.com (1/2) family=claude") * 1000)
    follower = LogFollower(tmp_path)
    assert follower.poll() == [] and follower.bytes_read == 0  # history is not news
    write(old, line("[Account] Selected: now@example.com (2/2) family=claude"))
    new = tmp_path / "antigravity-debug-2026-11-22T10-00-00-000Z.log"
    write(new, line("[Account] Applying PID offset: pid=77 offset=1 family=claude index=0->1")
          + line("[Account] Selected: b@example.com (2/2) family=claude"))
    events = follower.poll()
    assert sorted((e.file, e.label or e.kind, e.pid) for e in events) == sorted([
        (new.name, "b@example.com", 77), (new.name, "pid-offset", 77), (old.name, "now@example.com", None)])
    assert follower.bytes_read == len(line("[Account] Selected: now@example.com (2/2) family=claude")) + new.stat().st_size


def test_nothing_is_read_when_nothing_changed(tmp_path):
    log = tmp_path / "antigravity-debug-a.log"
    write(log, line("[Account] Selected: a@example.com (1/1) family=claude"))
    follower = LogFollower(tmp_path)
    write(log, line("[Account] Selected: a@example.com (1/1) family=gemini"))
    assert len(follower.poll()) == 1
    read = follower.bytes_read
    for _ in range(5):
        assert follower.poll() == []
    assert follower.bytes_read == read


def test_half_written_lines_wait_and_continuations_are_skipped(tmp_path):
    log = tmp_path / "antigravity-debug-a.log"
    log.touch()
    follower = LogFollower(tmp_path)
    write(log, "[2026-11-22T10:00:00.000Z] [Account] Selected: a@exa")
    assert follower.poll() == []
    write(log, "mple.com (1/2) family=claude\n[2026-11-22T10:00:01.000Z] [Antigravity Debug X] Response Body (429): {\n"
               '  "error": "[Account] Selected: fake@example.com (1/1) family=claude"\n}\n')
    [event] = follower.poll()
    assert event.label == "a@example.com"


def test_an_over_long_line_is_dropped_without_being_kept(tmp_path):
    log = tmp_path / "antigravity-debug-a.log"
    log.touch()
    follower = LogFollower(tmp_path)
    write(log, "[2026-11-22T10:00:00.000Z] [Antigravity Debug X] Body: " + "x" * (3 * LONGEST_LINE))
    assert follower.poll() == []
    assert all(len(state.partial) <= LONGEST_LINE for state in follower._files.values())
    write(log, "tail of the body\n" + line("[Account] Selected: a@example.com (1/1) family=claude"))
    [event] = follower.poll()
    assert event.label == "a@example.com"


def test_truncation_restarts_and_pruned_files_are_forgotten(tmp_path):
    log = tmp_path / "antigravity-debug-a.log"
    write(log, line("[Account] Selected: a@example.com (1/1) family=claude") * 3)
    follower = LogFollower(tmp_path)
    log.write_text(line("[Account] Selected: b@example.com (1/1) family=claude"))
    [event] = follower.poll()
    assert event.label == "b@example.com"
    log.unlink()
    assert follower.poll() == [] and follower.followed() == []


def test_only_the_newest_files_are_followed(tmp_path):
    for i in range(20):
        path = tmp_path / f"antigravity-debug-{i:02d}.log"
        path.write_text("")
        os.utime(path, (1000 + i, 1000 + i))
    follower = LogFollower(tmp_path)
    assert sorted(p.name for p in follower.followed()) == [f"antigravity-debug-{i:02d}.log" for i in range(12, 20)]


def test_a_pid_given_later_tags_the_files_events(tmp_path):
    log = tmp_path / "antigravity-debug-a.log"
    log.touch()
    follower = LogFollower(tmp_path)
    follower.set_pid(log.name, 999)
    write(log, line("[Account] Selected: a@example.com (1/1) family=claude"))
    [event] = follower.poll()
    assert event.pid == 999


def test_a_missing_folder_is_quiet(tmp_path):
    follower = LogFollower(tmp_path / "nowhere")
    assert follower.poll() == [] and follower.followed() == []


def test_a_burst_is_read_in_budgeted_steps(tmp_path):
    log = tmp_path / "antigravity-debug-a.log"
    log.touch()
    follower = LogFollower(tmp_path)
    one = line("[Account] Selected: a@example.com (1/1) family=claude")
    write(log, one * 100)
    first = follower.poll(budget=len(one) * 30)
    assert len(first) == 30 and follower.behind
    rest = []
    while follower.behind:
        rest += follower.poll(budget=len(one) * 30)
    assert len(first) + len(rest) == 100 and follower.bytes_read == len(one) * 100
