"""The proper-lockfile-compatible lock (the Node side is tested in tests/interop)."""

import os
import threading
import time

import pytest

from antigravity_tray.core.lock import LockUnavailable, PluginFileLock, lock_path_for


@pytest.fixture
def target(tmp_path):
    path = tmp_path / "antigravity-accounts.json"
    path.write_text("{}")
    return path


def test_lock_is_a_directory_beside_the_real_file_and_is_removed_after(target, tmp_path):
    link = tmp_path / "link.json"
    link.symlink_to(target)
    with PluginFileLock(link) as lock:
        assert lock.path == lock_path_for(target) == target.with_name(target.name + ".lock")
        assert lock.path.is_dir()
    assert not lock.path.exists()


def test_a_fresh_lock_held_by_someone_else_is_waited_for_then_reported(target):
    held = lock_path_for(target)
    os.mkdir(held)
    started = time.monotonic()
    with pytest.raises(LockUnavailable) as caught:
        PluginFileLock(target, timeout=0.5).acquire()
    assert 0.45 < time.monotonic() - started < 2
    assert str(held) in str(caught.value) and "OpenCode" in str(caught.value)
    assert held.is_dir()  # never removed: it was not stale and not ours


def test_a_released_lock_is_taken_promptly(target):
    held = lock_path_for(target)
    os.mkdir(held)
    threading.Timer(0.3, os.rmdir, [held]).start()
    started = time.monotonic()
    with PluginFileLock(target, timeout=5):
        waited = time.monotonic() - started
    assert 0.25 < waited < 1.5


def test_a_stale_lock_is_taken_over(target):
    held = lock_path_for(target)
    os.mkdir(held)
    old = time.time() - 11
    os.utime(held, (old, old))
    with PluginFileLock(target, timeout=1) as lock:
        assert os.stat(lock.path).st_mtime > old + 10


def test_mtime_is_refreshed_while_held_so_others_do_not_steal_it(target):
    lock = PluginFileLock(target, stale=2.0)  # refreshes every second
    with lock:
        first = os.stat(lock.path).st_mtime_ns
        time.sleep(2.4)
        assert os.stat(lock.path).st_mtime_ns > first
        assert not lock.compromised


def test_a_lock_taken_over_meanwhile_is_not_removed_on_release(target):
    lock = PluginFileLock(target)
    lock.acquire()
    # Someone decided it was stale, removed it and made their own.
    os.rmdir(lock.path)
    os.mkdir(lock.path)
    later = time.time() + 5
    os.utime(lock.path, (later, later))
    lock.release()
    assert lock.compromised and lock.path.is_dir()
