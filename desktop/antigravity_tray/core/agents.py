"""Running OpenCode processes ("agents"), found with psutil.

Each OpenCode process holds its own copy of the pool in memory and writes it back about
a second after every request, so it undoes removals and enable/disable changes made on
disk while it runs. Callers warn before such changes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from .pool import Pool

if TYPE_CHECKING:  # psutil loads with the first scan, after the tray shows
    import psutil

OPENCODE_NAMES = {"opencode", "opencode.exe"}


@dataclass(frozen=True)
class Agent:
    pid: int
    started_at: float  # epoch seconds
    cwd: str | None  # its project folder, where readable

    def as_dict(self) -> dict:
        return {"pid": self.pid, "started_at": self.started_at, "cwd": self.cwd}


def _is_opencode(name: str | None, cmdline: list[str]) -> bool:
    if name and name.lower() in OPENCODE_NAMES:
        return True
    # Launched through a script runner (node/bun .../bin/opencode).
    return any(PurePath(arg).name.lower() in OPENCODE_NAMES for arg in cmdline[:2])


ProcessSource = Callable[[], Iterable["psutil.Process"]]


def _all_processes() -> Iterable[psutil.Process]:
    import psutil

    return psutil.process_iter(["pid", "name", "cmdline", "create_time", "ppid"])


def find_agents(processes: ProcessSource = _all_processes) -> list[Agent]:
    """OpenCode processes, one per run: a helper child of another match is not counted."""
    import psutil

    found: dict[int, tuple[int, Agent]] = {}
    me = os.getpid()
    for process in processes():
        try:
            info = (
                process.info
                if hasattr(process, "info")
                else process.as_dict(["pid", "name", "cmdline", "create_time", "ppid"])
            )
            if info["pid"] == me or not _is_opencode(info.get("name"), info.get("cmdline") or []):
                continue
            try:
                cwd = process.cwd()
            except (psutil.AccessDenied, psutil.ZombieProcess):
                cwd = None
            found[info["pid"]] = (info.get("ppid") or 0, Agent(info["pid"], info.get("create_time") or 0.0, cwd))
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return sorted((agent for parent, agent in found.values() if parent not in found), key=lambda a: a.pid)


def running_agents_warning(agents: list[Agent], action: str) -> str:
    """Plain words on why a change to the pool will not hold while agents run."""
    count = len(agents)
    pids = ", ".join(str(a.pid) for a in agents[:8]) + (", …" if count > 8 else "")
    return (
        f"{count} OpenCode process{'es are' if count != 1 else ' is'} running (pid {pids}). "
        f"Each keeps the account pool in memory and writes it back after its next request, "
        f"so it would undo this {action}. Quit OpenCode first, or pass --force to write it now anyway."
    )


# Why PID offset does not place a process (the UI words these).
OFFSET_OFF, OFFSET_IGNORED_ROUND_ROBIN, OFFSET_HYBRID_FALLBACK_ONLY, OFFSET_ONE_ACCOUNT = (
    "off",
    "round-robin",
    "hybrid",
    "one-account",
)


@dataclass(frozen=True)
class OffsetPrediction:
    offset: int | None  # pid % accounts, as the plugin computes it
    label: str | None  # where that lands, counted from the account the file names now
    caveat: str | None  # one of the OFFSET_* reasons it may not act, or None


def pid_offset_prediction(pid: int, pool: Pool | None, strategy: str, enabled: bool) -> OffsetPrediction:
    """Where the plugin's PID offset puts a process: ``(base + pid % n) % n`` over all n
    accounts it loaded, disabled ones included (the plugin's AccountManager). The base is the family's
    index when the process started; the file's index now is our best stand-in for it."""
    listed = pool.plugin_accounts() if pool is not None else []
    if pool is None or len(listed) <= 1:
        return OffsetPrediction(None, listed[0].label if listed else None, OFFSET_ONE_ACCOUNT)
    offset = pid % len(listed)
    base = pool.current_by_family()["claude"]
    start = listed.index(base) if base in listed else 0
    caveat = (
        OFFSET_OFF
        if not enabled
        else OFFSET_IGNORED_ROUND_ROBIN
        if strategy == "round-robin"
        else OFFSET_HYBRID_FALLBACK_ONLY
        if strategy == "hybrid"
        else None
    )
    return OffsetPrediction(offset, listed[(start + offset) % len(listed)].label, caveat)
