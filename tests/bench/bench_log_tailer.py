"""The debug-log follower on a large log: bytes read, events, memory and poll time.

Builds a debug log of SIZE_MB (default 500) with the line shapes the plugin's debug.js writes:
selections, request traces with 12 KB body previews, 429s with their detail lines,
pretty-printed multi-line response bodies, cache and quota lines, and now and then one
line of 300 KB (longer than the follower keeps). Then:

1. follows it from its end (as for a log already there at start) while batches of lines
   are appended, polling after each: bytes read must equal bytes appended;
2. follows a file of that size that appears after the follower started, so it is read
   whole from its start, in budgeted polls: memory must stay flat even then.

Each phase runs twice: untimed under tracemalloc (its peak), and timed without it (poll
times, RSS). Prints numbers; asserts nothing.
Run: .venv/bin/python tests/bench/bench_log_tailer.py [SIZE_MB]
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import psutil

from antigravity_tray.core.debuglog import LogFollower

PID = 4242
BATCHES = 20
BLOCKS_PER_BATCH = 50
LONG_LINE_EVERY = 50  # blocks: one 300 KB line, as a huge error or body would make
MEMORY_TARGET_MB = 10


def stamp(n: int) -> str:
    return f"2026-11-22T{10 + n // 3_600_000 % 10:02d}:{n // 60_000 % 60:02d}:{n // 1000 % 60:02d}.{n % 1000:03d}Z"


def block(n: int) -> str:
    """One request's lines; two of them are events (the selection and the 429)."""
    t, user, rid = stamp(n * 7), f"user{n % 7}@example.com", f"ANTIGRAVITY-{n + 1}"
    body = json.dumps(
        {
            "error": {
                "code": 429,
                "message": "Resource has been exhausted (e.g. check quota).",
                "status": "RESOURCE_EXHAUSTED",
                "details": [
                    {
                        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                        "reason": "QUOTA_EXHAUSTED",
                        "metadata": {"model": "claude-sonnet-4-5", "n": list(range(120))},
                    }
                ],
            }
        },
        indent=2,
    )
    limits = f'rateLimits={{"gemini-antigravity:gemini-3-pro-preview":"{1200 - n % 600}s"}}'
    url = "https://daily-cloudcode-pa.googleapis.com/v1internal:streamGenerateContent?alt=sse"
    headers = '{"authorization":"[redacted]","content-type":"application/json","user-agent":"antigravity/1.18.3"}'
    preview = '{"model":"claude-sonnet-4-5","request":{"contents":[{"text":"' + "y" * 12000 + '"}]}}'
    lines = [
        f"[Account] Selected: {user} ({n % 7 + 1}/7) family=claude {limits}",
        "[ModelFamily] url=https://generativelanguage.googleapis.com/v1beta/models/claude-sonnet-4-5 "
        "model=claude-sonnet-4-5 family=claude",
        f"[Antigravity Debug {rid}] pid={PID} POST {url}",
        f"[Antigravity Debug {rid}] Project: bright-lamp-4f2x1",
        f"[Antigravity Debug {rid}] Streaming: yes",
        f"[Antigravity Debug {rid}] Headers: {headers}",
        f"[Antigravity Debug {rid}] Body Preview: {preview}",
        f"[Antigravity Debug {rid}] Response 429 Too Many Requests (312ms)",
        f'[Antigravity Debug {rid}] Response Headers: {{"content-type":"application/json; charset=UTF-8"}}',
        f"[RateLimit] 429 on {user} family=claude retryAfterMs=60000",
        "[RateLimit] message: Resource has been exhausted (e.g. check quota).",
        "[RateLimit] quotaResetTime: 2026-11-22T11:00:00Z",
        "[RateLimit] reason: QUOTA_EXHAUSTED",
        f"[Antigravity Debug {rid}] Response Body (429): {body}",
        "[Cache] HIT model=claude-sonnet-4-5 read=12000 write=0 total=13000 hitRate=92%",
        f"[Quota] {user} remaining=42.0% status=OK family=claude",
    ]
    if n % LONG_LINE_EVERY == LONG_LINE_EVERY - 1:
        lines.append(f"[Antigravity Debug {rid}] Error: " + "E" * 300 * 1024)
    return "".join(f"[{t}] {line}\n" for line in lines)


def write_log(path: Path, size_mb: int) -> None:
    chunk = "".join(block(n) for n in range(400)).encode()  # repeated: fast to write
    with open(path, "wb") as stream:
        while stream.tell() < size_mb * 1024 * 1024:
            stream.write(chunk)


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 1024 / 1024


class Phase:
    """RSS sampled around each poll, and tracemalloc's peak when traced."""

    def __init__(self, traced: bool):
        self.traced, self.base_rss, self.max_rss, self.peak_mb = traced, rss_mb(), 0.0, 0.0
        if traced:
            tracemalloc.start()

    def sample(self) -> None:
        self.max_rss = max(self.max_rss, rss_mb())

    def stop(self) -> None:
        if self.traced:
            self.peak_mb = tracemalloc.get_traced_memory()[1] / 1024 / 1024
            tracemalloc.stop()

    @property
    def rss_growth(self) -> float:
        return max(0.0, self.max_rss - self.base_rss)


def follow_from_end(log: Path, batch: bytes, traced: bool) -> dict:
    phase = Phase(traced)
    follower = LogFollower(log.parent)  # the log was there first: start at its end
    appended, events, polls = 0, 0, []
    for _ in range(BATCHES):
        with open(log, "ab") as stream:
            stream.write(batch)
        appended += len(batch)
        started = time.perf_counter()
        events += len(follower.poll())
        while follower.behind:
            events += len(follower.poll())
        polls.append(time.perf_counter() - started)
        phase.sample()
    idle = []
    for _ in range(100):
        started = time.perf_counter()
        events += len(follower.poll())
        idle.append(time.perf_counter() - started)
    phase.stop()
    return {
        "appended": appended,
        "read": follower.bytes_read,
        "events": events,
        "rss": phase.rss_growth,
        "peak": phase.peak_mb,
        "poll_ms": 1000 * statistics.median(polls),
        "idle_us": 1e6 * statistics.median(idle),
    }


def read_new_file(log: Path, folder: Path, traced: bool) -> dict:
    folder.mkdir()
    follower = LogFollower(folder)
    moved = log.rename(folder / log.name)  # appears after the start: read from its start
    phase = Phase(traced)
    started, events, polls = time.perf_counter(), 0, 0
    while True:  # as the app does: poll again while the follower is behind
        events += len(follower.poll())
        polls += 1
        phase.sample()
        if not follower.behind:
            break
    took = time.perf_counter() - started
    phase.stop()
    return {
        "path": moved,
        "read": follower.bytes_read,
        "events": events,
        "polls": polls,
        "seconds": took,
        "rss": phase.rss_growth,
        "peak": phase.peak_mb,
    }


def verdict(mb: float) -> str:
    return "ok" if mb < MEMORY_TARGET_MB else f"OVER the {MEMORY_TARGET_MB} MB target"


def main(size_mb: int) -> None:
    free_mb = shutil.disk_usage(tempfile.gettempdir()).free / 1024 / 1024
    if free_mb < size_mb * 1.5:
        size_mb = max(10, int(free_mb / 3))
        print(f"only {free_mb:.0f} MB free in {tempfile.gettempdir()}: using a {size_mb} MB log instead")
    work = Path(tempfile.mkdtemp(prefix="log-bench-"))
    try:
        log = work / "antigravity-debug-2026-11-22T10-00-00-000Z.log"
        started = time.perf_counter()
        write_log(log, size_mb)
        print(f"log: {log.stat().st_size / 1024 / 1024:.0f} MB written in {time.perf_counter() - started:.1f} s")

        batch = "".join(block(n) for n in range(BLOCKS_PER_BATCH)).encode()  # built before measuring
        lines = batch.count(b"\n") * BATCHES
        expected = 2 * BLOCKS_PER_BATCH * BATCHES + 1  # selections and 429s, plus the pid once
        timed = follow_from_end(log, batch, traced=False)  # first: RSS from a fresh start
        traced = follow_from_end(log, batch, traced=True)
        print(
            f"1. follow from the end: appended {BATCHES} batches, {lines} lines, {timed['appended']} bytes; "
            f"read {timed['read']} bytes ({'equal' if timed['read'] == timed['appended'] else 'DIFFERENT'}); "
            f"{timed['events']} events (expected {expected})"
        )
        print(
            f"   RSS growth {timed['rss']:.1f} MB, tracemalloc peak {traced['peak']:.2f} MB "
            f"({verdict(traced['peak'])}); poll after a {len(batch) / 1024:.0f} KB batch: median "
            f"{timed['poll_ms']:.1f} ms; "
            f"poll with nothing new: median {timed['idle_us']:.0f} µs"
        )

        first = read_new_file(log, work / "fresh", traced=False)
        second = read_new_file(first["path"], work / "fresh-traced", traced=True)
        mb = first["read"] / 1024 / 1024
        print(
            f"2. a new {mb:.0f} MB file read from its start: {first['events']} events in {first['polls']} polls, "
            f"{first['seconds']:.1f} s ({mb / first['seconds']:.0f} MB/s); "
            f"RSS growth {first['rss']:.1f} MB, tracemalloc peak {second['peak']:.2f} MB ({verdict(second['peak'])})"
        )
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
