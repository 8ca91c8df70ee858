"""Stand-in OpenCode processes running the plugin's real AccountManager (agent.mts).

    agent = NodeAgent(config_dir, strategy="sticky", pid_offset=True, log_dir=tmp / "logs")
    agent.send("request", family="claude")   # -> {"selected": "user0@...", "index": 0, ...}
    agent.close()

``agent.pid`` is the Node process that runs the plugin (its name is "opencode");
``agent.process`` is the tsx launcher, its parent. The ``node_agents`` fixture starts
several at once (tsx start-up is about 1 s each, in parallel) and always stops them.
"""

from __future__ import annotations

import contextlib
import json
import queue
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from interop.plugin_driver import INTEROP, TSX, node_env


class AgentError(AssertionError):
    pass


class NodeAgent:
    def __init__(
        self,
        config_dir: Path,
        *,
        strategy: str | None = None,
        pid_offset: bool | None = None,
        log_dir: Path | None = None,
        cwd: Path | None = None,
        wait: bool = True,
        start_timeout: float = 60,
    ) -> None:
        extra = {}
        if strategy is not None:
            extra["AGENT_STRATEGY"] = strategy
        if pid_offset is not None:
            extra["AGENT_PID_OFFSET"] = "true" if pid_offset else "false"
        if log_dir is not None:
            extra["AGENT_LOG_DIR"] = str(log_dir)
        self.process = subprocess.Popen(
            [str(TSX), str(INTEROP / "agent.mts")],
            cwd=cwd or INTEROP,
            env=node_env(config_dir, **extra),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._stderr: list[str] = []
        threading.Thread(target=self._pump_stdout, daemon=True).start()
        threading.Thread(target=lambda: self._stderr.extend(self.process.stderr), daemon=True).start()
        self.ready: dict | None = None
        self._node: psutil.Process | None = None
        self._start_timeout = start_timeout
        if wait:
            self.wait_ready()

    def _pump_stdout(self) -> None:
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put(None)

    @property
    def pid(self) -> int:
        return self.wait_ready()["pid"]

    @property
    def stderr(self) -> str:
        return "".join(self._stderr)

    def wait_ready(self) -> dict:
        if self.ready is None:
            self.ready = self._read(self._start_timeout, "start")
            if not self.ready.get("ready"):
                raise self._error(f"unexpected first line {self.ready}")
            with contextlib.suppress(psutil.Error):
                self._node = psutil.Process(self.ready["pid"])
        return self.ready

    def send(self, op: str, timeout: float = 15, **fields) -> dict:
        """Send one command and return its answer; an {"error": ...} answer raises AgentError."""
        self.wait_ready()
        try:
            self.process.stdin.write(json.dumps({"op": op, **fields}) + "\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError) as e:
            raise self._error(f"cannot send {op}: {e}") from None
        answer = self._read(timeout, op)
        if "error" in answer:
            raise self._error(f"{op} failed: {answer['error']}")
        return answer

    def _read(self, timeout: float, what: str) -> dict:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise self._error(f"no answer to {what} within {timeout} s") from None
        if line is None:
            self.process.wait(5)
            raise self._error(f"agent exited ({self.process.returncode}) before answering {what}")
        try:
            return json.loads(line)
        except json.JSONDecodeError:
            raise self._error(f"not JSON in answer to {what}: {line!r}") from None

    def _error(self, message: str) -> AgentError:
        time.sleep(0.1)  # let the stderr pump catch up
        return AgentError(f"agent (launcher pid {self.process.pid}): {message}\n--- stderr ---\n{self.stderr}")

    def close(self, timeout: float = 10) -> None:
        """Flush and exit; kill the agent and its launcher if they do not go."""
        if self.process.poll() is None:
            with contextlib.suppress(Exception):
                self.process.stdin.write(json.dumps({"op": "exit"}) + "\n")
                self.process.stdin.flush()
            with contextlib.suppress(Exception):
                self.process.stdin.close()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self._node is not None:  # the Node child, if the launcher left it behind
            with contextlib.suppress(psutil.Error):
                self._node.kill()  # psutil refuses if the pid was reused since
                self._node.wait(5)

    def __enter__(self) -> NodeAgent:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@contextlib.contextmanager
def running_agents(config_dir: Path, count: int, **options) -> Iterator[list[NodeAgent]]:
    """``count`` agents on one pool, started together; a per-agent ``log_dir`` may be a list."""
    agents: list[NodeAgent] = []
    try:
        for i in range(count):
            opts = {k: (v[i] if isinstance(v, list) else v) for k, v in options.items()}
            agents.append(NodeAgent(config_dir, wait=False, **opts))
        for agent in agents:
            agent.wait_ready()
        yield agents
    finally:
        for agent in agents:
            agent.close()


@pytest.fixture
def node_agents(plugin_dir):
    """A starter ``start(count=1, config_dir=plugin_dir, **options) -> list[NodeAgent]``; stops all at teardown."""
    with contextlib.ExitStack() as stack:

        def start(count: int = 1, config_dir: Path | None = None, **options) -> list[NodeAgent]:
            return stack.enter_context(running_agents(config_dir or plugin_dir, count, **options))

        yield start
