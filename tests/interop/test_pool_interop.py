"""Pool files we write, read by the plugin's own loadAccounts."""

import copy
import json

import pytest

from antigravity_tray.core.pool_store import NewAccount, PoolStore
from interop.plugin_driver import load_accounts

from support.helpers import make_account, write_pool

FINGERPRINT = {
    "deviceId": "0b0e7b1c-0000-4000-8000-000000000001",
    "sessionToken": "0" * 32,
    "userAgent": "antigravity/1.18.3 darwin/arm64",
    "apiClient": "google-cloud-sdk vscode/1.96.0",
    "clientMetadata": {"ideType": "ANTIGRAVITY", "platform": "MACOS", "pluginType": "GEMINI"},
    "createdAt": 1_760_000_000_000,
}


def rich_account(n: int) -> dict:
    return make_account(
        n,
        managedProjectId=f"managed-{n}",
        lastSwitchReason="rotation",
        rateLimitResetTimes={"claude": 4_102_444_800_000, "gemini-antigravity:antigravity-gemini-3-pro": 1},
        coolingDownUntil=4_102_444_800_000,
        cooldownReason="network-error",
        fingerprint=FINGERPRINT,
        fingerprintHistory=[{"fingerprint": FINGERPRINT, "timestamp": 1_760_000_000_000, "reason": "initial"}],
        verificationRequired=n == 2,
        verificationRequiredAt=1_760_000_000_000,
        verificationRequiredReason="why",
        verificationUrl="https://accounts.google.com/signin/continue",
        cachedQuota={"claude": {"remainingFraction": 0.42, "resetTime": "2026-02-21T03:00:00Z", "modelCount": 3}},
        cachedQuotaUpdatedAt=1_760_000_400_000,
        ourFutureField={"kept": [1, 2]},
    )


@pytest.mark.parametrize("version", [3, 4])
def test_every_account_and_field_we_write_loads_in_the_plugin(plugin_dir, tmp_path, version):
    pool = plugin_dir / "antigravity-accounts.json"
    write_pool(
        pool, [rich_account(n) for n in range(1, 5)], version=version, activeIndexByFamily={"claude": 3, "gemini": 1}
    )
    store = PoolStore(pool)
    store.add(NewAccount("1//added-a", email="added-a@example.test", project_id="proj-a"))
    store.add(NewAccount("1//added-b", email="added-b@example.test"))
    store.add(NewAccount("1//relogin", email="user3@example.test", project_id="proj-new"))  # repaired in place
    store.set_enabled("user1@example.test", False)
    store.remove("user2@example.test")
    ours = json.loads(pool.read_text())
    assert ours["version"] == version  # still readable by plugins that only know this version
    expected = copy.deepcopy(ours["accounts"])
    if version == 3:  # the plugin's own v3 -> v4 migration drops fingerprints; nothing else
        for entry in expected:
            entry.pop("fingerprint", None)
            entry.pop("fingerprintHistory", None)

    loaded = load_accounts(plugin_dir, tmp_path)

    assert loaded is not None
    assert loaded["accounts"] == expected
    assert [a["email"] for a in loaded["accounts"]] == [
        "user1@example.test",
        "user3@example.test",
        "user4@example.test",
        "added-a@example.test",
        "added-b@example.test",
    ]
    assert loaded["accounts"][0]["enabled"] is False and loaded["accounts"][1]["refreshToken"] == "1//relogin"
    assert loaded["activeIndexByFamily"] == {"claude": 2, "gemini": 1}  # user4 stays; gemini moved to user3


def test_a_file_written_by_the_plugin_is_read_by_us_with_every_account(plugin_dir, tmp_path):
    from interop.plugin_driver import node_env, run

    run("saver.mts", "solo", "800", tmp_path / "saver.json", env=node_env(plugin_dir))
    saved = json.loads((tmp_path / "saver.json").read_text())["saved_tokens"]
    pool = PoolStore(plugin_dir / "antigravity-accounts.json").read()
    assert sorted(a.refresh_token for a in pool.accounts) == sorted(saved)
    assert all(a.enabled and a.project_id == "proj-solo" for a in pool.accounts)
