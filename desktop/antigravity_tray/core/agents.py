"""Running OpenCode processes ("agents"): read from /proc on Linux, found with psutil elsewhere.

Each OpenCode process holds its own copy of the pool in memory and writes it back about
a second after every request, so it undoes removals and enable/disable changes made on
disk while it runs. Callers warn before such changes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
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
INFO_FIELDS = ["pid", "name", "cmdline", "create_time", "ppid"]


class ProcEntry:
    """One /proc/<pid>, read as psutil reads it on Linux (``info`` and ``cwd()`` alike), so the
    tray app scans without loading psutil: 2 MB it would otherwise carry all day."""

    def __init__(self, pid: int, boot_time: float, ticks_per_second: int):
        self.pid = pid
        with open(f"/proc/{pid}/stat", "rb") as stat:
            text = stat.read().decode(errors="replace")
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()  # from field 3, the state, on
        with open(f"/proc/{pid}/cmdline", "rb") as raw:
            data = raw.read().decode(errors="surrogateescape")
        if data.endswith("\0"):
            cmdline = data[:-1].split("\0")
        else:  # a process that rewrote its arguments into one string
            cmdline = data.split(" ") if data else []
        if len(name) >= 15 and cmdline and os.path.basename(cmdline[0]).startswith(name):
            name = os.path.basename(cmdline[0])  # the kernel cuts names at 15 bytes
        self.info = {
            "pid": pid,
            "name": name,
            "cmdline": cmdline,
            "create_time": boot_time + int(fields[19]) / ticks_per_second,
            "ppid": int(fields[1]),
        }

    def cwd(self) -> str:
        return os.readlink(f"/proc/{self.pid}/cwd")


def _boot_time() -> float:
    with open("/proc/stat", "rb") as stat:
        for line in stat:
            if line.startswith(b"btime "):
                return float(line.split()[1])
    raise OSError("no btime in /proc/stat")


def linux_processes() -> Iterator[ProcEntry]:
    boot_time, ticks = _boot_time(), os.sysconf("SC_CLK_TCK")
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                yield ProcEntry(int(name), boot_time, ticks)
            except (OSError, ValueError, IndexError):
                continue  # gone meanwhile, or not ours to read


def _all_processes() -> Iterable[psutil.Process] | Iterator[ProcEntry]:
    if sys.platform.startswith("linux") and os.path.isfile("/proc/stat"):
        return linux_processes()
    import psutil

    return psutil.process_iter(INFO_FIELDS)


def _process_errors() -> tuple[type[BaseException], ...]:
    """What a process that ended or is not ours raises: OSError from /proc, psutil's own."""
    psutil = sys.modules.get("psutil")
    return (OSError,) if psutil is None else (OSError, psutil.Error)


def find_agents(processes: ProcessSource = _all_processes) -> list[Agent]:
    """OpenCode processes, one per run: a helper child of another match is not counted."""
    found: dict[int, tuple[int, Agent]] = {}
    me = os.getpid()
    listed = processes()
    errors = _process_errors()  # after the listing: it is what loads psutil, where it is used
    for process in listed:
        try:
            info = process.info if hasattr(process, "info") else process.as_dict(INFO_FIELDS)
            if info["pid"] == me or not _is_opencode(info.get("name"), info.get("cmdline") or []):
                continue
            try:
                cwd: str | None = process.cwd()
            except errors:
                cwd = None
            found[info["pid"]] = (info.get("ppid") or 0, Agent(info["pid"], info.get("create_time") or 0.0, cwd))
        except errors:
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
