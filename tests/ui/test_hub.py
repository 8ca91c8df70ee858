"""The hub follows the plugin's files live, without polling, and applies changes through core."""

import json

import pytest
import shiboken6

from antigravity_tray.core.doctor import OtherPluginRelease
from antigravity_tray.core.services import Services
from antigravity_tray.live.hub import AppHub

from support.helpers import make_account, set_settings, wait_for_write, write_pool


@pytest.fixture
def hub(qtbot, plugin_dir):
    hub = AppHub(Services(), agents_source=list)
    yield hub
    hub.shutdown()


def test_an_outside_write_to_the_pool_reaches_the_hub_within_a_second(hub, qtbot, plugin_dir):
    assert hub.pool is not None and hub.pool.accounts == []
    assert hub.watcher.idle  # nothing ticks while nothing changes
    with qtbot.waitSignal(hub.poolChanged, timeout=1000):
        write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1), make_account(2)])
    assert [a.email for a in hub.pool.accounts] == ["user1@example.test", "user2@example.test"]
    qtbot.waitUntil(lambda: hub.watcher.idle, timeout=1000)


def test_atomic_renames_keep_being_seen(hub, qtbot, plugin_dir):
    pool = plugin_dir / "antigravity-accounts.json"
    for n in range(1, 4):
        tmp = pool.with_name("x.tmp")
        with qtbot.waitSignal(hub.poolChanged, timeout=1000):
            tmp.write_text(json.dumps({"version": 4, "accounts": [make_account(i) for i in range(n)]}))
            tmp.replace(pool)
        assert len(hub.pool.accounts) == n


def test_our_own_write_is_not_reported_twice(hub, qtbot, plugin_dir):
    seen = []
    hub.configChanged.connect(lambda: seen.append(1))
    set_settings(qtbot, hub, {"account_selection_strategy": "round-robin"})
    assert seen == [1] and hub.effective["account_selection_strategy"] == "round-robin"
    qtbot.wait(300)
    assert seen == [1]


def test_a_corrupt_pool_is_reported_not_raised(hub, qtbot, plugin_dir):
    with qtbot.waitSignal(hub.poolChanged, timeout=1000):
        (plugin_dir / "antigravity-accounts.json").write_text('{"version": 4, "accounts": [')
    assert hub.pool is None and "line 1" in hub.pool_error


def test_accounts_that_appear_in_the_pool_go_to_the_vault(hub, qtbot, plugin_dir, memory_keyring):
    with qtbot.waitSignal(hub.poolChanged, timeout=1000):
        write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1), make_account(2)])
    from antigravity_tray.core.vault import Vault

    qtbot.waitUntil(lambda: len(Vault(memory_keyring).entries()) == 2, timeout=2000)
    assert {e.email for e in Vault(memory_keyring).entries()} == {"user1@example.test", "user2@example.test"}


def test_the_tray_apps_vault_keeper_backs_new_accounts_up_from_a_child_process(
    qtbot, plugin_dir, secret_service, real_keyring, monkeypatch
):
    """The tray app keeps the keyring libraries out of its own memory: a short-lived
    `accounts backup` process writes to the real Secret Service, once per batch of new accounts."""
    from antigravity_tray.core.vault import Vault
    from antigravity_tray.live.vault_keeper import ChildVaultKeeper

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1)])
    services = Services()
    keeper = ChildVaultKeeper(services.preferences, held=True)
    hub = AppHub(services, agents_source=list, vault_keeper=keeper)
    assert keeper.runs == 0  # held: the app's start is not slowed by a child
    keeper.release()
    qtbot.waitUntil(lambda: keeper.process is None and keeper.runs == 1, timeout=30_000)
    assert [e.email for e in Vault(real_keyring).entries()] == ["user1@example.test"]
    with qtbot.waitSignal(hub.poolChanged, timeout=1000):
        write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1), make_account(2)])
    qtbot.waitUntil(lambda: keeper.process is None and keeper.runs == 2, timeout=30_000)
    assert {e.email for e in Vault(real_keyring).entries()} == {"user1@example.test", "user2@example.test"}
    services.preferences.set("vault_enabled", False)
    with qtbot.waitSignal(hub.poolChanged, timeout=1000):
        write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1), make_account(2), make_account(3)])
    qtbot.wait(200)
    assert keeper.runs == 2 and keeper.process is None
    hub.shutdown()
    shiboken6.delete(hub)


def test_pool_changes_say_whether_they_are_our_own_write(hub, qtbot, plugin_dir):
    """Listeners (the activity monitor) take our own writes as a new baseline, not as news."""
    seen = []
    hub.poolChanged.connect(seen.append)
    with qtbot.waitSignal(hub.poolChanged, timeout=1000):
        write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1), make_account(2)])
    wait_for_write(
        qtbot,
        lambda done: hub.change_pool_in_background(
            "disable user1", lambda: hub.services.pool_store().set_enabled("user1@example.test", False), done
        ),
    )
    qtbot.wait(300)  # the watcher sees our rename too, and must stay quiet about it
    assert seen == [False, True] and not hub.pool.accounts[0].enabled


def test_settings_are_not_written_for_another_plugin_release_unless_forced(hub, qtbot, plugin_dir, tmp_path):
    manifest = tmp_path / "cache" / "opencode" / "node_modules" / "opencode-antigravity-auth" / "package.json"
    manifest.parent.mkdir(parents=True)
    manifest.write_text('{"version": "1.7.2"}')
    with pytest.raises(OtherPluginRelease, match=r"1\.7\.2"):
        set_settings(qtbot, hub, {"pid_offset_enabled": True})
    with pytest.raises(OtherPluginRelease):
        wait_for_write(
            qtbot,
            lambda done: hub.change_settings_in_background(
                "x", lambda store: store.unset(["pid_offset_enabled"]), done
            ),
        )
    assert not (plugin_dir / "antigravity.json").exists()
    set_settings(qtbot, hub, {"pid_offset_enabled": True}, force=True)
    assert json.loads((plugin_dir / "antigravity.json").read_text()) == {"pid_offset_enabled": True}
    manifest.write_text('{"version": "1.6.3"}')  # a patch release of the table's own: no question
    set_settings(qtbot, hub, {"pid_offset_enabled": False})


def test_the_first_process_scan_runs_off_the_gui_thread(qtbot, plugin_dir):
    import threading

    from antigravity_tray.core.agents import Agent

    seen = []

    def scan():
        seen.append(threading.current_thread() is threading.main_thread())
        return [Agent(4242, 1.0, "/work")]

    hub = AppHub(Services(), agents_source=scan, start_now=False)
    try:
        assert seen == [] and hub.agents == []
        with qtbot.waitSignal(hub.agentsChanged, timeout=2000):
            hub.start()
        assert seen == [False] and [a.pid for a in hub.agents] == [4242]
    finally:
        hub.shutdown()
        shiboken6.delete(hub)
