"""The command line against hostile files: pools and settings that are not regular files,
are too big, loop, or hold text that would act on a terminal; and writes that fail. Every
case gets a clear message naming the file, in bounded time and memory, and nothing is lost."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest

from support.helpers import make_account, skip_or_fail, write_pool

TIME_LIMIT_S = 3.0  # "within 1 s" on this machine (README); room for a slow CI runner
RSS_LIMIT_MB = 100


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    peak_mb: float


def run_measured(*args: str, env: dict | None = None) -> Run:
    """The CLI in a fresh process, with its wall time and its peak RSS (sampled every 5 ms)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "antigravity_tray", *args],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env or dict(os.environ),
        )
        watched, peak = psutil.Process(process.pid), 0
        while process.poll() is None:
            try:
                peak = max(peak, watched.memory_info().rss)
            except psutil.Error:
                pass
            if time.monotonic() - started > 20:
                process.kill()
                process.wait()
                pytest.fail(f"{' '.join(args)} still ran after 20 s")
            time.sleep(0.005)
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return Run(process.returncode, out.read(), err.read(), seconds, peak / 2**20)


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_dev_zero_link(path: Path) -> None:
    path.symlink_to("/dev/zero")


def make_folder(path: Path) -> None:
    path.mkdir()


def make_loop(path: Path) -> None:
    other = path.with_name("other-link")
    other.symlink_to(path.name)
    path.symlink_to(other.name)


def make_huge(path: Path) -> None:
    with open(path, "wb") as handle:
        handle.truncate(40 * 2**20)  # sparse: 40 MB by its size, no disk used


def make_real_100_mb(path: Path) -> None:
    """A valid pool that is 100 MB on disk: a thousand accounts' worth of notes, say."""
    with open(path, "w") as handle:
        handle.write('{"version": 4, "activeIndex": 0, "accounts": [], "notes": "')
        chunk = "x" * 2**20
        for _ in range(100):
            handle.write(chunk)
        handle.write('"}')


SOCKETS: list[socket.socket] = []


def make_socket(path: Path) -> None:
    listener = socket.socket(socket.AF_UNIX)
    here = os.getcwd()
    os.chdir(path.parent)  # a relative name: socket paths are limited to 107 bytes
    try:
        listener.bind(path.name)
    finally:
        os.chdir(here)
    SOCKETS.append(listener)


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "fifo": (make_fifo, "is a named pipe (FIFO), not a regular file"),
    "/dev/zero": (make_dev_zero_link, "is a character device (through a link to /dev/zero)"),
    "folder": (make_folder, "is a folder, not a regular file"),
    "socket": (make_socket, "is a socket, not a regular file"),
    "symlink loop": (make_loop, "is a symlink loop"),
    "40 MB": (make_huge, "is 40 MB, more than the 32 MB this app reads"),
    "100 MB": (make_real_100_mb, "is 100 MB, more than the 32 MB this app reads"),
}


@pytest.fixture(autouse=True)
def _close_sockets():
    yield
    while SOCKETS:
        SOCKETS.pop().close()


@pytest.mark.parametrize("kind", HOSTILE)
@pytest.mark.parametrize(
    "command", [("accounts", "list"), ("accounts", "disable", "1", "--force"), ("status",), ("doctor",)]
)
def test_a_hostile_pool_is_refused_at_once_with_its_name_and_kind(plugin_dir, kind, command):
    pool = plugin_dir / "antigravity-accounts.json"
    make, says = HOSTILE[kind]
    make(pool)
    result = run_measured(*command)
    told = result.out + result.err
    assert str(pool) in told and says in told, told
    assert result.code == {"status": 0, "doctor": 1}.get(command[0], 4)  # doctor: a problem found
    assert result.seconds < TIME_LIMIT_S and result.peak_mb < RSS_LIMIT_MB, (result.seconds, result.peak_mb)


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "40 MB", "100 MB"])
def test_hostile_settings_are_reported_and_never_replaced(plugin_dir, kind):
    settings = plugin_dir / "antigravity.json"
    make, says = HOSTILE[kind]
    make(settings)
    size = settings.stat().st_size if settings.is_file() else None
    shown = run_measured("config", "show")
    assert shown.code == 0 and "(unreadable)" in shown.out and says in shown.out
    refused = run_measured("config", "set", "quiet_mode", "true")
    assert refused.code == 4 and says in refused.err
    assert (settings.stat().st_size if settings.is_file() else None) == size  # still what it was
    assert refused.seconds < TIME_LIMIT_S and refused.peak_mb < RSS_LIMIT_MB


HOSTILE_EMAIL = "evil\x1b]0;pwned\x07\x1b[2J\r\u202emoc.liame@x.test"


def test_text_that_would_act_on_a_terminal_is_shown_escaped_and_json_stays_exact(plugin_dir):
    write_pool(
        plugin_dir / "antigravity-accounts.json",
        [make_account(1, email=HOSTILE_EMAIL, projectId="p\x1b[31mred"), make_account(2)],
    )
    for command in (("accounts", "list"), ("status",), ("config", "show")):
        result = run_measured(*command)
        for raw in ("\x1b", "\x07", "\r", "\u202e"):
            assert raw not in result.out + result.err, (command, raw)
    listed = run_measured("accounts", "list").out
    assert "evil\\x1b]0;pwned\\x07\\x1b[2J\\x0d\\u202emoc.liame@x.test" in listed
    as_json = json.loads(run_measured("accounts", "list", "--json").out)
    assert [a["email"] for a in as_json["accounts"]] == [HOSTILE_EMAIL, "user2@example.test"]


# -- failing writes: a real full disk, a read-only file system, a file mounted on its own ----


def mount(*args: str) -> None:
    if os.geteuid() != 0:
        skip_or_fail("mounting a small file system needs root")
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        skip_or_fail(f"mount {' '.join(args)} failed: {result.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path, monkeypatch):
    """A 256 KB tmpfs holding the plugin folder (our own folder stays on the normal disk)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mount("-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk))
    config = disk / "opencode"
    config.mkdir()
    monkeypatch.setenv("OPENCODE_CONFIG_DIR", str(config))
    monkeypatch.setenv("ANTIGRAVITY_TRAY_HOME", str(tmp_path / "app"))
    yield config
    subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(folder: Path) -> None:
    with open(folder / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
        except OSError:
            pass


def left_behind(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".lock")))


def test_a_full_disk_names_the_file_and_the_fix_and_keeps_the_original(small_disk):
    pool = small_disk / "antigravity-accounts.json"
    write_pool(pool, [make_account(n) for n in range(1, 4)])
    before = pool.read_bytes()
    fill(small_disk)
    result = run_measured("accounts", "disable", "user2@example.test", "--force")
    assert result.code == 4
    assert f"Could not write {pool}: the disk is full. Free some space" in result.err
    assert "[Errno" not in result.err
    assert pool.read_bytes() == before and left_behind(small_disk) == []


def test_a_read_only_file_system_names_the_file_and_the_fix(small_disk):
    pool = small_disk / "antigravity-accounts.json"
    write_pool(pool, [make_account(1), make_account(2)])
    before = pool.read_bytes()
    mount("-o", "remount,ro", str(small_disk.parent))
    result = run_measured("accounts", "disable", "user2@example.test", "--force")
    assert result.code == 4 and f"Could not write {pool}: the file system is read-only" in result.err
    assert pool.read_bytes() == before and left_behind(small_disk) == []


def test_a_pool_mounted_on_its_own_is_explained(plugin_dir, tmp_path):
    outside = tmp_path / "outside.json"
    write_pool(outside, [make_account(1), make_account(2)])
    pool = plugin_dir / "antigravity-accounts.json"
    pool.write_text("{}")
    mount("--bind", str(outside), str(pool))
    try:
        result = run_measured("accounts", "disable", "user2@example.test", "--force")
        assert result.code == 4 and "is mounted on its own" in result.err and "Mount its folder" in result.err
        assert json.loads(outside.read_text())["accounts"][1].get("enabled", True) is True
        assert left_behind(plugin_dir) == []
    finally:
        subprocess.run(["umount", str(pool)], check=False)


# -- locks, bytes and owners -------------------------------------------------------------


def test_a_stale_lock_left_by_a_crashed_writer_is_taken_over(plugin_dir):
    pool = plugin_dir / "antigravity-accounts.json"
    write_pool(pool, [make_account(1), make_account(2)])
    lock = Path(f"{pool}.lock")
    lock.mkdir()
    old = time.time() - 60  # the plugin's locks go stale after 10 s without a refresh
    os.utime(lock, (old, old))
    result = run_measured("accounts", "disable", "user2@example.test", "--force")
    assert result.code == 0, result.err
    assert json.loads(pool.read_text())["accounts"][1]["enabled"] is False
    assert not lock.exists() and result.seconds < TIME_LIMIT_S


def test_a_plain_file_where_the_lock_goes_is_named_at_once_and_left_alone(plugin_dir):
    pool = plugin_dir / "antigravity-accounts.json"
    write_pool(pool, [make_account(1), make_account(2)])
    before = pool.read_bytes()
    lock = Path(f"{pool}.lock")
    lock.write_text("not a lock")
    result = run_measured("accounts", "disable", "user2@example.test", "--force")
    assert result.code == 4 and f"{lock} is a plain file where the plugin keeps its lock folder" in result.err
    assert pool.read_bytes() == before and lock.read_text() == "not a lock"
    assert result.seconds < TIME_LIMIT_S  # not the 15 s lock wait


def test_bytes_that_are_not_utf8_are_shown_but_never_rewritten(plugin_dir):
    pool = plugin_dir / "antigravity-accounts.json"
    write_pool(pool, [make_account(1), make_account(2)])
    broken = pool.read_bytes().replace(b"user1@", b"us\xffer1@", 1)
    pool.write_bytes(broken)
    listed = run_measured("accounts", "list")
    assert listed.code == 0 and "us\ufffder1@example.test" in listed.out
    refused = run_measured("accounts", "disable", "user2@example.test", "--force")
    line = broken[: broken.index(b"\xff")].count(b"\n") + 1
    assert refused.code == 4 and f"line {line}, column" in refused.err and "not UTF-8 (0xff)" in refused.err
    assert pool.read_bytes() == broken
    settings = plugin_dir / "antigravity.json"
    settings.write_bytes(b'{"quiet_mode": false, "x": "\xfe"}')
    refused = run_measured("config", "set", "quiet_mode", "true")
    assert refused.code == 2 and "line 1, column 29: bytes that are not UTF-8 (0xfe)" in refused.err
    assert settings.read_bytes() == b'{"quiet_mode": false, "x": "\xfe"}'


def as_nobody(*args: str, env: dict) -> subprocess.CompletedProcess:
    command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m", "antigravity_tray"]
    return subprocess.run([*command, *args], env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def shared_folder():
    """A plugin folder outside pytest's 0700 tmp (so nobody can enter), root's and mode 755,
    with a home for nobody; yields (config folder, env for as_nobody)."""
    if os.geteuid() != 0:
        skip_or_fail("running as another user needs root")
    base = Path(tempfile.mkdtemp(prefix="agt-owner-"))
    try:
        base.chmod(0o755)
        config, home = base / "opencode", base / "home"
        config.mkdir(mode=0o755)
        home.mkdir(mode=0o777)
        env = {
            "PATH": os.environ["PATH"],
            "HOME": str(home),
            "OPENCODE_CONFIG_DIR": str(config),
            "ANTIGRAVITY_TRAY_HOME": str(home / "app"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }
        probe = as_nobody("--version", env=env)
        if probe.returncode != 0:
            skip_or_fail(f"cannot run the app as nobody here: {probe.stderr.strip()[-200:]}")
        yield config, env
    finally:
        subprocess.run(["rm", "-rf", str(base)], check=False)


def test_a_pool_owned_by_another_user_says_who_owns_it_and_is_never_touched(shared_folder):
    config, env = shared_folder
    pool = config / "antigravity-accounts.json"
    write_pool(pool, [make_account(1), make_account(2)])  # root's, mode 600
    before = pool.read_bytes()
    listed = as_nobody("accounts", "list", env=env)
    assert listed.returncode == 4
    assert f"{pool} cannot be opened: permission denied (it belongs to root, mode 600)" in listed.stderr
    changed = as_nobody("accounts", "disable", "user2@example.test", "--force", env=env)
    assert changed.returncode == 4 and "permission denied" in changed.stderr and "[Errno" not in changed.stderr
    assert pool.read_bytes() == before and sorted(p.name for p in config.iterdir()) == [pool.name]


def test_a_read_only_folder_is_read_but_never_half_written(shared_folder):
    """The pool is the user's own, but its folder is not writable for them (root's, 755):
    reading works, and a change says why it cannot be made, with nothing left behind."""
    config, env = shared_folder
    pool = config / "antigravity-accounts.json"
    write_pool(pool, [make_account(1), make_account(2)])
    os.chown(pool, 65534, 65534)
    before = pool.read_bytes()
    listed = as_nobody("accounts", "list", env=env)
    assert listed.returncode == 0 and "user2@example.test" in listed.stdout
    changed = as_nobody("accounts", "disable", "user2@example.test", "--force", env=env)
    assert changed.returncode == 4 and "[Errno" not in changed.stderr
    assert f"Could not write {pool}: permission denied" in changed.stderr, changed.stderr
    assert pool.read_bytes() == before and sorted(p.name for p in config.iterdir()) == [pool.name]
