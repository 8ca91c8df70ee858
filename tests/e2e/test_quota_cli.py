"""``antigravity-tray accounts quota``: each enabled account's quota now, from a fake Google that
speaks the real protocol (HTTPS with a test CA), grouped as the plugin groups it."""

from __future__ import annotations

import json
import os

import pytest

from antigravity_tray.core.quota import group_of, grouped

from support.helpers import make_account, run_cli, write_pool

RESET_SOON, RESET_LATER = "2030-01-01T05:00:00Z", "2030-01-01T09:00:00Z"


def model(name: str, fraction: float | None, reset: str) -> dict:
    info = {"resetTime": reset} if fraction is None else {"remainingFraction": fraction, "resetTime": reset}
    return {"quotaInfo": info, "displayName": name, "modelName": name}


SEVERAL = {
    "claude-sonnet-4-5": model("claude-sonnet-4-5", 0.6, RESET_LATER),
    "claude-opus-4-5-thinking": model("claude-opus-4-5-thinking", 0.25, RESET_SOON),
    "gemini-3-pro-high": model("gemini-3-pro-high", 0.9, RESET_LATER),
    "gemini-3-pro-low": model("gemini-3-pro-low", None, RESET_SOON),  # Google leaves the fraction out at 0
    "gemini-3-flash": model("gemini-3-flash", 0.7, RESET_LATER),
    "gemini-2.5-flash": model("gemini-2.5-flash", 0.1, RESET_SOON),  # not a Gemini 3 model: not counted
}


@pytest.fixture
def quota_env(plugin_dir, fake_google):
    env = dict(os.environ, **fake_google.env())
    fake_google.models = SEVERAL
    return env


def test_each_group_has_its_lowest_fraction_and_earliest_reset_and_a_revoked_account_needs_relogin(
    quota_env, fake_google, plugin_dir
):
    good = fake_google.mint_refresh_token("good@example.com")
    bad = fake_google.mint_refresh_token("bad@example.com")
    fake_google.revoke(bad)
    write_pool(
        plugin_dir / "antigravity-accounts.json",
        [
            make_account(1, email="good@example.com", refreshToken=good, projectId="proj-good"),
            make_account(2, email="bad@example.com", refreshToken=bad),
            make_account(3, email="off@example.com", refreshToken="1//never-asked", enabled=False),
        ],
    )
    before = (plugin_dir / "antigravity-accounts.json").read_bytes()
    result = run_cli("accounts", "quota", "--json", env=quota_env)
    assert result.returncode == 1, result.stderr  # one account has a problem
    checks = {c["account"]: c for c in json.loads(result.stdout)}
    assert set(checks) == {"good@example.com", "bad@example.com"}  # enabled accounts only
    assert checks["good@example.com"]["status"] == "ok"
    assert checks["good@example.com"]["groups"] == {
        "claude": {"remaining": 0.25, "reset": RESET_SOON, "models": 2},
        "gemini-flash": {"remaining": 0.7, "reset": RESET_LATER, "models": 1},
        "gemini-pro": {"remaining": 0.0, "reset": RESET_SOON, "models": 2},
    }
    assert checks["bad@example.com"]["status"] == "needs-relogin"
    assert {"project": "proj-good"} in fake_google.model_requests
    # The plugin's pool is not touched; the re-login mark is in our own state.
    assert (plugin_dir / "antigravity-accounts.json").read_bytes() == before
    listed = json.loads(run_cli("accounts", "list", "--json", env=quota_env, check=True).stdout)
    assert {a["email"]: a["needs_relogin"] for a in listed["accounts"]}["bad@example.com"] is True
    text = run_cli("accounts", "quota", env=quota_env)
    assert "good@example.com: claude 25% (resets 2030-01-01T05:00:00Z)" in text.stdout
    assert "bad@example.com: needs re-login" in text.stdout and "sign in again as bad@example.com" in text.stdout
    for token in fake_google.issued_refresh_tokens + fake_google.issued_access_tokens:
        assert token not in result.stdout + result.stderr + text.stdout + text.stderr


@pytest.mark.parametrize(
    "mode, status, words",
    [("models_500", "unreachable", "HTTP 500"), ("models_403", "refused", "Cloud Code Private API")],
)
def test_a_failing_quota_endpoint_is_said_plainly(quota_env, fake_google, plugin_dir, mode, status, words):
    token = fake_google.mint_refresh_token("one@example.com")
    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1, email="one@example.com", refreshToken=token)])
    fake_google.mode = mode
    result = run_cli("accounts", "quota", "one@example.com", "--json", env=quota_env)
    [check] = json.loads(result.stdout)
    assert result.returncode == 1 and check["status"] == status and words in check["detail"]


def test_models_are_grouped_as_the_plugin_groups_them():
    assert [group_of(m) for m in ("claude-sonnet-4-5", "gemini-3-flash", "gemini-3-pro-high", "gemini-2.5-pro")] == [
        "claude",
        "gemini-flash",
        "gemini-pro",
        None,
    ]
    assert grouped({}) == {}
    assert grouped({"x": "not a model"}) == {}
