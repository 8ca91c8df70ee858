"""Reading the pool, versions 1 to 4, as the plugin would see it."""

import pytest

from antigravity_tray.core.pool import Pool, PoolFormatError

from support.helpers import make_account

NOW = 1_760_001_000_000


def pool_of(accounts, version=4, **top):
    return Pool.from_document({"version": version, "accounts": accounts, "activeIndex": 0, **top})


def test_v4_fields_are_read_into_the_typed_view():
    entry = make_account(
        1,
        rateLimitResetTimes={"claude": NOW + 60_000, "gemini-cli:x": NOW - 1},
        coolingDownUntil=NOW + 30_000,
        cooldownReason="network-error",
        verificationRequired=True,
        verificationUrl="https://accounts.google.com/v",
        cachedQuota={"claude": {"remainingFraction": 0.42, "resetTime": "2026-02-21T03:00:00Z"}},
    )
    account = pool_of([entry]).accounts[0]
    assert account.email == "user1@example.test" and account.enabled
    assert account.active_rate_limits(NOW) == {"claude": NOW + 60_000}
    assert account.cooling_down(NOW) and account.cooldown_reason == "network-error"
    assert account.verification_required and account.cached_quota["claude"]["remainingFraction"] == 0.42
    assert "test-token" not in repr(account)


def test_v1_rate_limit_fields_are_understood():
    entry = {"email": "a@x.test", "refreshToken": "t", "isRateLimited": True, "rateLimitResetTime": NOW + 5}
    account = pool_of([entry], version=1).accounts[0]
    assert account.active_rate_limits(NOW) == {"claude": NOW + 5, "gemini": NOW + 5}


@pytest.mark.parametrize(
    "text, words",
    [
        ('{"version": 5, "accounts": []}', "version 5"),
        ('{"version": 4}', 'no "accounts" list'),
        ("[]", "JSON object"),
        ('{"version": 4, "accounts": [}', "line 1, column 29"),
    ],
)
def test_files_we_do_not_understand_raise_a_clear_error(text, words):
    with pytest.raises(PoolFormatError, match=words):
        Pool.from_text(text, "pool.json")


def test_entries_without_a_refresh_token_are_set_aside():
    pool = pool_of([{"email": "ghost@x.test"}, make_account(2)])
    assert [a.position for a in pool.accounts] == [1] and pool.ignored_entries == [0]


def test_current_account_per_family_follows_the_plugins_indices():
    pool = pool_of([make_account(n) for n in range(3)], activeIndexByFamily={"claude": 2, "gemini": 7})
    current = pool.current_by_family()
    assert current["claude"].position == 2 and current["gemini"].position == 1  # 7 % 3


def test_missing_family_index_falls_back_to_active_index_clamped():
    pool = pool_of([make_account(n) for n in range(3)], activeIndex=9)
    assert {f: a.position for f, a in pool.current_by_family().items()} == {"claude": 2, "gemini": 2}


def test_duplicate_emails_the_plugin_keeps_the_most_recently_used():
    older = make_account(1, lastUsed=5)
    newer = make_account(1, refreshToken="1//other", lastUsed=9)
    pool = pool_of([older, make_account(2), newer], activeIndexByFamily={"claude": 1, "gemini": 0})
    assert [a.position for a in pool.plugin_accounts()] == [1, 2]
    assert [a.position for a in pool.shadowed()] == [0]
    assert pool.current_by_family()["claude"].position == 2  # index 1 of the plugin's list


def test_find_by_email_case_insensitive_or_number():
    pool = pool_of([make_account(1), make_account(2)])
    assert pool.find("USER2@example.test").position == 1
    assert pool.find("1").position == 0
    with pytest.raises(LookupError, match="accounts list"):
        pool.find("nobody@example.test")
