"""The debug-log follower on a large log: bytes read and memory.

Builds a debug log of SIZE_MB (default 500) with the plugin's line formats, including long
multi-line response bodies, then (1) follows it from its end while lines are appended in
batches, and (2) follows a file of that size that appears after the follower started, so
it is read from its start. Prints bytes read against bytes appended, events, the process's
RSS growth and tracemalloc's peak; asserts nothing.
Run: .venv/bin/python tests/bench/bench_log_tailer.py [SIZE_MB]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import psutil

from antigravity_tray.core.debuglog import LogFollower

BODY = "x" * 2000


def block(n: int) -> str:
    stamp = "2026-11-22T10:00:00.000Z"
    return (f"[{stamp}] [Account] Selected: user{n % 7}@example.com ({n % 7 + 1}/7) family=claude\n"
            f"[{stamp}] [Antigravity Debug ANTIGRAVITY-{n}] pid=4242 POST https://example.test/v1internal\n"
            f"[{stamp}] [Antigravity Debug ANTIGRAVITY-{n}] Response Body (200): {{\n  \"text\": \"{BODY}\"\n}}\n"
            f"[{stamp}] [RateLimit] 429 on user{n % 7}@example.com family=claude retryAfterMs=60000\n")


def write_log(path: Path, size_mb: int) -> None:
    chunk = "".join(block(n) for n in range(400)).encode()
    with open(path, "wb") as stream:
        while stream.tell() < size_mb * 1024 * 1024:
            stream.write(chunk)


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 1024 / 1024


def main(size_mb: int) -> None:
    free_mb = shutil.disk_usage(tempfile.gettempdir()).free / 1024 / 1024
    if free_mb < size_mb * 2.5:
        size_mb = int(free_mb / 3)
        print(f"only {free_mb:.0f} MB free: using {size_mb} MB logs")
    work = Path(tempfile.mkdtemp(prefix="log-bench-"))
    try:
        log = work / "antigravity-debug-2026-11-22T10-00-00-000Z.log"
        started = time.perf_counter()
        write_log(log, size_mb)
        print(f"log: {log.stat().st_size / 1024 / 1024:.0f} MB written in {time.perf_counter() - started:.1f} s")

        tracemalloc.start()
        before = rss_mb()
        follower = LogFollower(work)  # starts at the end of the existing file
        appended, events, polls = 0, 0, []
        for batch in range(50):
            text = "".join(block(batch * 100 + n) for n in range(100)).encode()
            with open(log, "ab") as stream:
                stream.write(text)
            appended += len(text)
            tick = time.perf_counter()
            events += len(follower.poll())
            polls.append(time.perf_counter() - tick)
        idle = time.perf_counter()
        follower.poll()
        idle = time.perf_counter() - idle
        peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
        tracemalloc.stop()
        print(f"follow from the end: appended {appended} bytes, read {follower.bytes_read} bytes "
              f"({'equal' if appended == follower.bytes_read else 'DIFFERENT'}), {events} events; "
              f"RSS +{rss_mb() - before:.1f} MB, tracemalloc peak {peak:.1f} MB; "
              f"poll of a 100-block batch {1000 * sum(polls) / len(polls):.1f} ms, idle poll {idle * 1e6:.0f} µs")

        fresh_dir = work / "fresh"
        fresh_dir.mkdir()
        follower = LogFollower(fresh_dir)
        log.rename(fresh_dir / log.name)  # a file the follower has never seen: read from its start
        tracemalloc.start()
        before = rss_mb()
        tick, events, polls = time.perf_counter(), 0, 0
        while True:  # as the app does: poll again while the follower is behind
            events += len(follower.poll())
            polls += 1
            if not follower.behind:
                break
        took = time.perf_counter() - tick
        peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
        tracemalloc.stop()
        print(f"read a new {follower.bytes_read / 1024 / 1024:.0f} MB file from its start: {events} events in "
              f"{polls} polls, {took:.1f} s; RSS +{rss_mb() - before:.1f} MB, tracemalloc peak {peak:.1f} MB")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
