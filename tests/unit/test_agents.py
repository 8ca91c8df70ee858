"""Finding running OpenCode processes, with real processes."""

import os
import sys
from typing import ClassVar

import pytest

from antigravity_tray.core.agents import find_agents, running_agents_warning

from support.agents import start_fake_opencode, stop


def test_a_running_opencode_is_found_with_its_project_folder(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    before = {a.pid for a in find_agents()}
    process = start_fake_opencode(tmp_path / "bin", project)
    try:
        found = [a for a in find_agents() if a.pid not in before]
        assert [a.pid for a in found] == [process.pid]
        assert found[0].cwd == str(project) and found[0].started_at > 0
    finally:
        stop(process)
    assert process.pid not in {a.pid for a in find_agents()}


def test_helper_children_of_an_opencode_are_not_counted_twice():
    class FakeProcess:
        def __init__(self, pid, ppid, name):
            self.info = {"pid": pid, "ppid": ppid, "name": name, "cmdline": [name], "create_time": 1.0}

        def cwd(self):
            return "/work"

    processes = [
        FakeProcess(10, 1, "opencode"),
        FakeProcess(11, 10, "opencode"),
        FakeProcess(12, 1, "node"),
        FakeProcess(os.getpid(), 1, "opencode"),
    ]
    assert [a.pid for a in find_agents(lambda: processes)] == [10]


def test_node_launched_opencode_is_recognised_by_its_script():
    class FakeProcess:
        info: ClassVar[dict] = {
            "pid": 20,
            "ppid": 1,
            "name": "node",
            "cmdline": ["node", "/usr/lib/node_modules/opencode-ai/bin/opencode"],
            "create_time": 1.0,
        }

        def cwd(self):
            return None

    assert [a.pid for a in find_agents(lambda: [FakeProcess()])] == [20]


def test_the_warning_says_what_will_happen_and_how_to_proceed():
    class A:
        pid = 42

    text = running_agents_warning([A()], "removal")
    assert "1 OpenCode process is running (pid 42)" in text
    assert "undo this removal" in text and "--force" in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_the_proc_scan_reads_what_psutil_reads(tmp_path):
    """The tray app scans /proc itself (psutil stays unloaded); the answers must be psutil's."""
    import psutil

    from antigravity_tray.core.agents import linux_processes

    project = tmp_path / "project"
    project.mkdir()
    process = start_fake_opencode(tmp_path / "bin", project)
    try:
        ours = {p.pid: p for p in linux_processes()}
        for pid in (os.getpid(), process.pid):
            theirs = psutil.Process(pid).as_dict(["pid", "name", "cmdline", "create_time", "ppid", "cwd"])
            entry = ours[pid]
            assert {k: entry.info[k] for k in ("pid", "name", "cmdline", "ppid")} == {
                k: theirs[k] for k in ("pid", "name", "cmdline", "ppid")
            }
            assert abs(entry.info["create_time"] - theirs["create_time"]) < 0.02
            assert entry.cwd() == theirs["cwd"]
        assert len(ours) >= len(psutil.pids()) - 5  # every process (a few may start or end meanwhile)
    finally:
        stop(process)
