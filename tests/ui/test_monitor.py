"""The activity monitor on the live hub: what it reports as account events, and what not."""

import json

from antigravity_tray.core.oauth import LoginResult
from antigravity_tray.core.services import Services
from antigravity_tray.core.switches import LIMITED, RATE_LIMITED, SWITCH
from antigravity_tray.live.hub import AppHub

from support.helpers import make_account, write_pool


def start(qtbot, plugin_dir):
    accounts = [make_account(n, email=f"{name}@example.test") for n, name in enumerate(["alice", "bob"])]
    write_pool(plugin_dir / "antigravity-accounts.json", accounts, activeIndexByFamily={"claude": 0, "gemini": 0})
    (plugin_dir / "antigravity.json").write_text(json.dumps({"account_selection_strategy": "sticky"}))
    hub = AppHub(Services(), agents_source=list)
    events = []
    hub.monitor.accountEvent.connect(events.append)
    return hub, events


def test_logging_in_again_the_account_in_use_is_no_switch(qtbot, plugin_dir):
    hub, events = start(qtbot, plugin_dir)
    with qtbot.waitSignal(hub.poolChanged, timeout=2000):  # another process (the CLI) logs alice in again
        Services().save_login(LoginResult("alice@example.test", "proj-a", "1//a-brand-new-token"))
    assert [a.email for a in hub.pool.accounts] == ["alice@example.test", "bob@example.test"]
    with qtbot.waitSignal(hub.poolChanged, timeout=2000):  # and in the tray: our own write
        hub.save_login(LoginResult("alice@example.test", "proj-a", "1//yet-another-token"))
        hub.login_saved()
    qtbot.wait(300)
    assert events == []


def test_a_rate_limit_and_a_move_written_by_another_process_is_one_switch(qtbot, plugin_dir):
    hub, events = start(qtbot, plugin_dir)
    document = json.loads((plugin_dir / "antigravity-accounts.json").read_text())
    document["accounts"][0]["rateLimitResetTimes"] = {"claude": hub.now_ms() + 3_600_000}
    document["activeIndexByFamily"]["claude"] = 1
    with qtbot.waitSignal(hub.monitor.accountEvent, timeout=2000):
        write_pool(
            plugin_dir / "antigravity-accounts.json",
            document["accounts"],
            activeIndexByFamily=document["activeIndexByFamily"],
        )
    [limit, event] = events  # the limit (for the history), then the one switch it caused
    assert (limit.kind, limit.before, limit.reason) == (LIMITED, "alice@example.test", RATE_LIMITED)
    assert (event.kind, event.family, event.before, event.after, event.reason) == (
        SWITCH,
        "claude",
        "alice@example.test",
        "bob@example.test",
        RATE_LIMITED,
    )
