"""``antigravity-tray watch --json`` prints a real agent's switch as one JSON line."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading

import pytest

from interop.plugin_driver import require_plugin

from support.helpers import make_account, write_pool

pytestmark = pytest.mark.interop


def lines_of(stream) -> queue.Queue:
    found: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [found.put(line) for line in iter(stream.readline, "")], daemon=True).start()
    return found


def test_watch_json_prints_the_switch_and_stops_on_sigterm(plugin_dir, node_agents):
    require_plugin()
    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(n) for n in range(3)])
    (plugin_dir / "antigravity.json").write_text('{"account_selection_strategy": "sticky"}')
    watch = subprocess.Popen(
        [sys.executable, "-m", "antigravity_tray", "watch", "--json"],
        env=dict(os.environ),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = lines_of(watch.stdout), lines_of(watch.stderr)
        assert "watching" in err.get(timeout=20)
        [agent] = node_agents(1, strategy="sticky")
        agent.send("request", family="claude", model="claude-sonnet-4-5")
        agent.send("flush")
        agent.send("429", family="claude", model="claude-sonnet-4-5", retry_after_ms=300_000, reason="QUOTA_EXHAUSTED")
        after = agent.send("request", family="claude", model="claude-sonnet-4-5")["selected"]
        agent.send("flush")
        event = json.loads(out.get(timeout=10))
        if event["kind"] == "limited":  # the limit itself comes first, for the history
            assert (event["before"], event["reason"]) == ("user0@example.test", "rate-limited")
            event = json.loads(out.get(timeout=10))
        assert set(event) == {"kind", "at", "family", "before", "after", "reason", "until", "detail", "pid", "accounts"}
        assert (event["kind"], event["family"], event["before"], event["after"], event["reason"]) == (
            "switch",
            "claude",
            "user0@example.test",
            after,
            "rate-limited",
        )
        assert event["until"] > event["at"]  # ISO 8601 UTC strings compare in time order
        assert "1//" not in json.dumps(event)  # never a token
        watch.send_signal(signal.SIGTERM)
        assert watch.wait(10) == 0
    finally:
        if watch.poll() is None:
            watch.kill()
            watch.wait(5)
