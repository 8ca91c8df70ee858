"""Changing the pool file: only the change asked, in the version read, never a lost file."""

import json
import os

import pytest

from antigravity_tray.core.jsonio import Backups
from antigravity_tray.core.lock import lock_path_for
from antigravity_tray.core.pool import PoolFormatError
from antigravity_tray.core.pool_store import NewAccount, PoolStore

from support.helpers import make_account, write_pool


@pytest.fixture
def pool_path(tmp_path):
    return tmp_path / "antigravity-accounts.json"


@pytest.fixture
def store(pool_path, tmp_path):
    return PoolStore(pool_path, Backups(tmp_path / "backups"), clock=lambda: 1_770_000_000.0)


def read(path):
    return json.loads(path.read_text())


def test_add_to_a_missing_file_creates_a_v4_pool_with_mode_0600(store, pool_path):
    change = store.add(NewAccount("1//secret-a", email="a@example.test", project_id="p-a"))
    assert (change.action, change.pool_size) == ("added", 1)
    document = read(pool_path)
    assert document["version"] == 4
    assert document["accounts"] == [
        {
            "email": "a@example.test",
            "refreshToken": "1//secret-a",
            "projectId": "p-a",
            "addedAt": 1_770_000_000_000,
            "lastUsed": 1_770_000_000_000,
            "enabled": True,
        }
    ]
    assert os.stat(pool_path).st_mode & 0o777 == 0o600
    assert not lock_path_for(pool_path).exists()


def test_a_v3_file_stays_v3_and_keeps_unknown_keys_at_both_levels(store, pool_path):
    write_pool(
        pool_path,
        [make_account(1, futureField={"x": 1})],
        version=3,
        topLevelExtra="keep me",
        activeIndexByFamily={"claude": 0, "gemini": 0},
    )
    store.add(NewAccount("1//new", email="new@example.test"))
    document = read(pool_path)
    assert document["version"] == 3 and document["topLevelExtra"] == "keep me"
    assert document["accounts"][0]["futureField"] == {"x": 1}
    assert list(document) == ["version", "accounts", "activeIndex", "topLevelExtra", "activeIndexByFamily"]


def test_adding_the_same_refresh_token_or_email_updates_in_place(store, pool_path):
    write_pool(pool_path, [make_account(1), make_account(2)])
    assert (
        store.add(NewAccount("1//test-token-0001", email="user1@example.test", project_id="new-p")).action == "updated"
    )
    change = store.add(NewAccount("1//repaired", email="USER2@example.test"))
    assert (change.action, change.pool_size) == ("updated", 2)
    accounts = read(pool_path)["accounts"]
    assert accounts[0]["projectId"] == "new-p"
    assert accounts[1]["refreshToken"] == "1//repaired" and accounts[1]["email"] == "USER2@example.test"
    assert accounts[1]["addedAt"] == make_account(2)["addedAt"]  # the rest of the entry is kept


def test_disable_and_enable_touch_only_that_flag(store, pool_path):
    original = write_pool(pool_path, [make_account(1), make_account(2)])
    assert store.set_enabled("user2@example.test", False).action == "disabled"
    after = read(pool_path)
    assert after["accounts"][1]["enabled"] is False
    after["accounts"][1]["enabled"] = True
    assert after == original
    assert store.set_enabled("2", False).action == "unchanged"


def test_enable_disable_is_refused_on_files_without_the_flag(store, pool_path):
    write_pool(pool_path, [{"email": "a@x.test", "refreshToken": "t", "addedAt": 1, "lastUsed": 1}], version=2)
    before = pool_path.read_bytes()
    with pytest.raises(PoolFormatError, match="version 2 file"):
        store.set_enabled("a@x.test", False)
    assert pool_path.read_bytes() == before


def test_remove_keeps_each_family_on_the_account_it_used(store, pool_path):
    write_pool(
        pool_path, [make_account(n) for n in range(4)], activeIndex=3, activeIndexByFamily={"claude": 3, "gemini": 1}
    )
    store.remove("user1@example.test")  # the one gemini used
    document = read(pool_path)
    assert [a["email"] for a in document["accounts"]] == [f"user{n}@example.test" for n in (0, 2, 3)]
    assert document["activeIndexByFamily"] == {"claude": 2, "gemini": 1}  # user3 stays; gemini moves to user2
    assert document["activeIndex"] == 2


def test_removing_the_last_account_leaves_an_empty_pool(store, pool_path):
    write_pool(pool_path, [make_account(1)], activeIndexByFamily={"claude": 0, "gemini": 0})
    assert store.remove("user1@example.test").pool_size == 0
    assert read(pool_path)["accounts"] == [] and read(pool_path)["activeIndexByFamily"] == {"claude": 0, "gemini": 0}


@pytest.mark.parametrize("content", ['{"version": 4, "accounts": [', '{"version": 9, "accounts": []}', ""])
def test_a_file_we_cannot_parse_is_never_overwritten(store, pool_path, content):
    pool_path.write_text(content)
    with pytest.raises(PoolFormatError):
        store.add(NewAccount("1//x", email="x@example.test"))
    assert pool_path.read_text() == content
    assert not lock_path_for(pool_path).exists()


def test_backups_hold_the_replaced_versions_privately(store, pool_path, tmp_path):
    write_pool(pool_path, [make_account(1)])
    first = pool_path.read_bytes()
    store.set_enabled("1", False)
    backups = store.backups.list(pool_path.name)
    assert [b.read_bytes() for b in backups] == [first]
    assert os.stat(backups[0]).st_mode & 0o777 == 0o600
    assert os.stat(tmp_path / "backups").st_mode & 0o777 == 0o700


def test_the_token_does_not_leak_through_repr():
    assert "secret" not in repr(NewAccount("1//secret", email="a@x.test"))


def test_temp_files_left_by_a_crashed_writer_are_cleaned_up_later(store, pool_path):
    write_pool(pool_path, [make_account(1)])
    orphan = pool_path.with_name(pool_path.name + ".0123456789ab.tmp")
    fresh = pool_path.with_name(pool_path.name + ".ba9876543210.tmp")  # maybe another writer's, mid-write
    for temp in (orphan, fresh):
        temp.write_text("{")
    os.utime(orphan, (1, 1))
    store.set_enabled("1", False)
    assert not orphan.exists() and fresh.exists()


def test_reprs_of_what_we_read_never_show_a_token(store, pool_path):
    from antigravity_tray.core.jsonio import read_snapshot

    write_pool(pool_path, [make_account(1)])
    assert "test-token" not in repr(store.read()) and "test-token" not in repr(read_snapshot(pool_path))


def test_relogin_makes_the_repaired_entry_the_newest(store, pool_path):
    write_pool(pool_path, [make_account(1, lastUsed=5)])
    store.add(NewAccount("1//fresh", email="user1@example.test"))
    assert read(pool_path)["accounts"][0]["lastUsed"] == 1_770_000_000_000


def test_add_many_is_one_write_with_one_backup(store, pool_path):
    write_pool(pool_path, [make_account(1)])
    change = store.add_many(
        [NewAccount(f"1//n{n}", email=f"n{n}@example.test") for n in range(7)]
        + [NewAccount("1//n0-again", email="N0@example.test")]
    )
    assert change.pool_size == 8 and len(store.backups.list(pool_path.name)) == 1
    assert read(pool_path)["accounts"][1]["refreshToken"] == "1//n0-again"


def test_a_lock_lost_before_the_rename_writes_nothing(store, pool_path, monkeypatch):
    from antigravity_tray.core import lock as lock_module

    write_pool(pool_path, [make_account(1)])
    before = pool_path.read_bytes()
    real_ensure = lock_module.PluginFileLock.ensure_held

    def taken_over(self):
        self.compromised = True  # as if we had stalled past the stale time
        real_ensure(self)

    monkeypatch.setattr(lock_module.PluginFileLock, "ensure_held", taken_over)
    with pytest.raises(lock_module.LockLost):
        store.set_enabled("1", False)
    assert pool_path.read_bytes() == before
