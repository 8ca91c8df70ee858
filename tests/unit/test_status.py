"""The tray's summary of the pool: level, counts, current accounts and short lines."""

import pytest

from antigravity_tray.core.config import Layer
from antigravity_tray.core.messages import Moment
from antigravity_tray.core.pool import Pool
from antigravity_tray.core.status import (
    ATTENTION,
    FAMILY_EXHAUSTED,
    OK,
    SOME_LIMITED,
    summarize,
)

from support.helpers import make_account

NOW = 1_760_001_000_000
LATER = NOW + 3_600_000
VALID = Layer("user", "/x/antigravity.json", document={"account_selection_strategy": "sticky"})


def pool_of(*accounts, **top):
    return Pool.from_document({"version": 4, "accounts": list(accounts), "activeIndex": 0, **top})


def status(pool, *, error=None, layer=VALID, relogin=(), now=NOW):
    return summarize(pool, error, layer, relogin, now)


def english(s):
    return [line.english() for line in s.lines]


def test_a_healthy_pool_is_ok_and_names_the_current_accounts():
    s = status(
        pool_of(make_account(1), make_account(2), make_account(3), activeIndexByFamily={"claude": 0, "gemini": 2})
    )
    assert s.level == OK and (s.accounts, s.enabled) == (3, 3)
    assert s.families["claude"].current == "user1@example.test"
    assert s.families["gemini"].current == "user3@example.test"
    assert english(s) == ["Claude: user1@example.test · Gemini: user3@example.test", "Accounts: 3 · no rate limits"]
    assert s.problems == () and s.next_change_ms is None


def test_one_account_for_both_families_is_named_once():
    s = status(pool_of(make_account(1)))
    assert english(s)[0] == "Claude and Gemini: user1@example.test"


def test_some_limited_counts_per_family_and_knows_when_it_changes():
    s = status(
        pool_of(
            make_account(1, rateLimitResetTimes={"claude": LATER}),
            make_account(2, rateLimitResetTimes={"claude": NOW - 1}),  # expired
            make_account(3),
        )
    )
    assert s.level == SOME_LIMITED
    assert (s.families["claude"].limited, s.families["gemini"].limited) == (1, 0)
    assert "Claude: 1 of 3 accounts limited" in english(s)
    assert s.next_change_ms == LATER and s.limited_accounts == 1


def test_every_enabled_account_limited_for_claude_exhausts_the_family():
    s = status(
        pool_of(
            make_account(1, rateLimitResetTimes={"claude": LATER}),
            make_account(2, rateLimitResetTimes={"claude": LATER + 60_000}),
            make_account(3, enabled=False),
        )
    )  # disabled accounts do not count
    assert s.level == FAMILY_EXHAUSTED
    claude = s.families["claude"]
    assert claude.exhausted and claude.limited == 2 and claude.next_free_ms == LATER
    assert f"Claude: every account limited until {Moment(LATER)}" in english(s)
    assert "Disabled accounts: 1" in english(s)


@pytest.mark.parametrize(
    "keys, limited",
    [
        ({"gemini-antigravity:antigravity-gemini-3-pro": LATER}, False),  # gemini-cli still free
        ({"gemini-cli:gemini-3-flash-preview": LATER}, False),
        ({"gemini-antigravity:m": LATER, "gemini-cli:m": LATER}, True),  # both pools: limited
        ({"gemini-antigravity": LATER, "gemini-cli": LATER}, True),  # base keys too
        ({"gemini-antigravity:m": LATER, "gemini-cli:m": NOW - 5}, False),  # one of them expired
        ({"gemini": LATER}, True),  # a legacy (v2) key
        ({"claude": LATER}, False),
    ],
)
def test_gemini_is_limited_only_when_both_pools_are(keys, limited):
    account = pool_of(make_account(1, rateLimitResetTimes=keys)).accounts[0]
    assert (account.limited_until("gemini", NOW) is not None) is limited


def test_gemini_is_free_again_when_the_first_of_its_two_pools_resets():
    account = pool_of(
        make_account(
            1,
            rateLimitResetTimes={
                "gemini-antigravity:a": LATER,
                "gemini-antigravity:b": LATER + 10,
                "gemini-cli:a": LATER + 500,
            },
        )
    ).accounts[0]
    assert account.limited_until("gemini", NOW) == LATER + 10


def test_every_account_limited_for_gemini_is_exhausted_too():
    both = {"gemini-antigravity:m": LATER, "gemini-cli:m": LATER}
    s = status(
        pool_of(make_account(1, rateLimitResetTimes=both), make_account(2, rateLimitResetTimes={"gemini": LATER}))
    )
    assert s.level == FAMILY_EXHAUSTED and s.families["gemini"].exhausted and not s.families["claude"].limited
    assert s.limited_accounts == 2


def test_a_cooldown_limits_both_families_until_it_ends():
    s = status(pool_of(make_account(1, coolingDownUntil=LATER, cooldownReason="network-error"), make_account(2)))
    assert s.level == SOME_LIMITED
    assert s.families["claude"].limited == s.families["gemini"].limited == 1
    assert s.next_change_ms == LATER and s.limited_accounts == 1


def test_limits_that_have_passed_are_ok_again():
    pool = pool_of(make_account(1, rateLimitResetTimes={"claude": LATER}))
    assert status(pool).level == FAMILY_EXHAUSTED
    assert status(pool, now=LATER + 1).level == OK


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"pool": None, "error": "line 1, column 3: bad"}, "The accounts file cannot be read: line 1, column 3: bad"),
        ({"layer": Layer("user", "/x", document={"account_selection_strategy": "random"})}, "ignores antigravity.json"),
        ({"layer": Layer("user", "/x", syntax_error="line 2")}, "ignores antigravity.json"),
        ({"pool": pool_of()}, "No accounts yet"),
        ({"pool": pool_of(make_account(1, enabled=False))}, "Every account is disabled"),
        ({"pool": pool_of(make_account(1, verificationRequired=True))}, "user1@example.test needs verification"),
        ({"relogin": ["USER1@example.test"]}, "user1@example.test needs a new sign-in"),
    ],
)
def test_attention_outranks_limits_and_says_why(kwargs, words):
    kwargs.setdefault("pool", pool_of(make_account(1, rateLimitResetTimes={"claude": LATER})))
    pool = kwargs.pop("pool")
    s = status(pool, **kwargs)
    assert s.level == ATTENTION
    assert any(words in p.english() for p in s.problems)
    assert any(words in line for line in english(s))


def test_a_missing_config_file_is_not_a_problem():
    assert status(pool_of(make_account(1)), layer=Layer("user", "/x", missing=True)).level == OK
    assert status(pool_of(make_account(1)), layer=None).level == OK


def test_disabled_accounts_with_problems_do_not_ask_for_attention():
    s = status(
        pool_of(make_account(1), make_account(2, enabled=False, verificationRequired=True)),
        relogin=["user2@example.test"],
    )
    assert s.level == OK


def test_duplicate_emails_count_once_like_the_plugin():
    s = status(pool_of(make_account(1), make_account(1, refreshToken="1//other")))
    assert s.accounts == 1


def test_messages_keep_their_fields_for_translation():
    s = status(pool_of(make_account(1, rateLimitResetTimes={"claude": LATER}), make_account(2)))
    line = next(m for m in s.lines if "accounts limited" in m.text)
    assert line.text == "{family}: {limited} of %n accounts limited"
    assert line.args == {"family": "Claude", "limited": 1} and line.n == 2
