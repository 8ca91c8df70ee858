"""The agent harness (agent.mts) behaves like the plugin, judged only by the plugin's own output:
its pool file, its debug log, and what its AccountManager picks."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from antigravity_tray.core.agents import find_agents
from interop.plugin_driver import require_plugin

from support.helpers import make_account, write_pool

pytestmark = pytest.mark.interop


@pytest.fixture(autouse=True)
def _plugin():
    require_plugin()


def pool_file(plugin_dir: Path) -> Path:
    return plugin_dir / "antigravity-accounts.json"


def read_pool(plugin_dir: Path) -> dict:
    return json.loads(pool_file(plugin_dir).read_text())


def wait_for_log(path: Path, *needles: str, timeout: float = 5) -> str:
    deadline = time.monotonic() + timeout
    while True:
        text = path.read_text() if path.exists() else ""
        if all(n in text for n in needles) or time.monotonic() > deadline:
            return text
        time.sleep(0.05)


def test_sticky_429_switches_and_the_pool_file_records_it(plugin_dir, node_agents):
    write_pool(pool_file(plugin_dir), [make_account(n) for n in range(3)])
    [agent] = node_agents(1, strategy="sticky")
    assert agent.ready["accounts"] == 3

    first = agent.send("request", family="claude", model="claude-sonnet-4-5")
    assert (first["selected"], first["index"]) == ("user0@example.test", 0)
    assert first["toast"] == "Using user0@example.test (1/3)"
    again = agent.send("request", family="claude")
    assert again["index"] == 0 and again["toast"] is None  # same account within 30 s: no toast

    limited = agent.send(
        "429", family="claude", model="claude-sonnet-4-5", retry_after_ms=120_000, reason="QUOTA_EXHAUSTED"
    )
    assert limited["limited"] == "user0@example.test" and limited["key"] == "claude"
    assert limited["until"] > time.time() * 1000 + 100_000

    switched = agent.send("request", family="claude")
    assert switched["index"] != 0
    assert switched["toast"] == f"Using {switched['selected']} ({switched['index'] + 1}/3)"

    assert agent.send("flush")["flushed"] is True
    pool = read_pool(plugin_dir)
    assert pool["accounts"][0]["rateLimitResetTimes"]["claude"] == limited["until"]
    assert pool["activeIndexByFamily"]["claude"] == switched["index"]
    assert pool["activeIndex"] == switched["index"]

    # Every account limited: the request loop would wait for the soonest reset.
    for _ in range(2):
        agent.send("429", family="claude", retry_after_ms=300_000)
        agent.send("request", family="claude")
    blocked = agent.send("request", family="claude")
    assert blocked["selected"] is None and blocked["all_limited"] is True
    assert 100_000 < blocked["wait_ms"] <= 120_000


def test_pid_offset_starts_each_agent_at_base_plus_pid(plugin_dir, tmp_path, node_agents):
    base = 2
    write_pool(
        pool_file(plugin_dir),
        [make_account(n) for n in range(5)],
        activeIndex=base,
        activeIndexByFamily={"claude": base, "gemini": base},
    )
    logs = [tmp_path / f"logs{i}" for i in range(3)]  # one folder each: file names are ms timestamps
    agents = node_agents(3, strategy="sticky", pid_offset=True, log_dir=logs)

    for agent in agents:
        answer = agent.send("request", family="claude")
        assert answer["pid"] == agent.pid
        assert answer["index"] == (base + agent.pid % 5) % 5, agent.pid
        log = Path(agent.ready["log_file"])
        assert log.parent == logs[agents.index(agent)]
        text = wait_for_log(log, "[Account] Applying PID offset", "[Account] Selected:")
        offset = agent.pid % 5
        assert (
            f"[Account] Applying PID offset: pid={agent.pid} offset={offset} family=claude "
            f"index={base}->{answer['index']}"
        ) in text
        assert f"[Account] Selected: {answer['selected']} ({answer['index'] + 1}/5) family=claude" in text


def test_round_robin_walks_the_enabled_accounts(plugin_dir, node_agents):
    write_pool(
        pool_file(plugin_dir), [make_account(0), make_account(1, enabled=False), make_account(2), make_account(3)]
    )
    [agent] = node_agents(1, strategy="round-robin")
    enabled = ["user0@example.test", "user2@example.test", "user3@example.test"]
    picks = [agent.send("request", family="claude") for _ in range(6)]
    assert [p["selected"] for p in picks] == enabled * 2
    assert [p["toast"] for p in picks[:3]] == [f"Using {e} ({i}/3)" for i, e in enumerate(enabled, 1)]
    agent.send("flush")
    assert read_pool(plugin_dir)["activeIndexByFamily"]["claude"] == 3


def test_find_agents_lists_the_agents(plugin_dir, node_agents):
    write_pool(pool_file(plugin_dir), [make_account(n) for n in range(2)])
    agents = node_agents(2)
    found = {a.pid for a in find_agents()}
    assert {agent.pid for agent in agents} <= found
    assert not {agent.process.pid for agent in agents} & found  # the tsx launchers are not OpenCode
