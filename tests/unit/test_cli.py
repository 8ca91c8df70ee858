"""The command line as a person uses it: real processes, real files."""

import json
import os

import pytest

from antigravity_tray.cli import build_parser, tray_request

from support.agents import start_fake_opencode, stop
from support.helpers import make_account, run_cli, write_pool


def test_config_set_writes_and_a_bad_value_is_refused_leaving_the_file_identical(plugin_dir):
    assert run_cli("config", "set", "pid_offset_enabled", "true", check=True)
    config = plugin_dir / "antigravity.json"
    assert json.loads(config.read_text()) == {"pid_offset_enabled": True}
    before = config.read_bytes()
    result = run_cli("config", "set", "pid_offset_enabled", "yes")
    assert result.returncode == 2
    assert "pid_offset_enabled" in result.stderr and "true or false" in result.stderr
    assert config.read_bytes() == before


def test_config_set_on_an_unparsable_file_names_line_and_column(plugin_dir):
    config = plugin_dir / "antigravity.json"
    config.write_text('{\n  "debug": true,\n}\n')
    result = run_cli("config", "set", "quiet_mode", "true")
    assert result.returncode == 2 and "line 3, column 1" in result.stderr
    assert config.read_text() == '{\n  "debug": true,\n}\n'


def test_config_show_json_gives_value_and_source_of_every_key(plugin_dir):
    (plugin_dir / "antigravity.json").write_text('{"account_selection_strategy": "sticky"}')
    report = json.loads(run_cli("config", "show", "--json", check=True).stdout)
    rows = {row["key"]: row for row in report["settings"]}
    assert rows["account_selection_strategy"]["value"] == "sticky"
    assert rows["account_selection_strategy"]["source"] == "user"
    assert (rows["pid_offset_enabled"]["value"], rows["pid_offset_enabled"]["source"]) == (False, "default")
    assert report["files"]["user"]["state"] == "in-force"


def test_config_show_explains_an_ignored_file(plugin_dir):
    (plugin_dir / "antigravity.json").write_text('{"quiet_mode": "true", "debug": true}')
    result = run_cli("config", "show", check=True)
    assert "ignores this whole file" in result.stdout and "quiet_mode: must be true or false" in result.stdout
    report = json.loads(run_cli("config", "show", "--json").stdout)
    assert {r["key"]: r["value"] for r in report["settings"]}["debug"] is False  # the plugin's view


def test_config_check_reports_masking_and_ignored_environment(plugin_dir, tmp_path):
    (plugin_dir / "antigravity.json").write_text('{"pid_offset_enabled": true, "quiet_mode": true}')
    project = tmp_path / "proj"
    (project / ".opencode").mkdir(parents=True)
    (project / ".opencode" / "antigravity.json").write_text('{"debug": true}')
    env = dict(os.environ, OPENCODE_ANTIGRAVITY_PID_OFFSET_ENABLED="1", OPENCODE_ANTIGRAVITY_DEBUG="1")
    result = run_cli("config", "check", "--project", str(project), env=env)
    assert result.returncode == 1
    assert "masks 2 of your settings" in result.stdout and "pid_offset_enabled: yours true" in result.stdout
    assert "OPENCODE_ANTIGRAVITY_PID_OFFSET_ENABLED=1: IGNORED" in result.stdout
    report = json.loads(run_cli("config", "check", "--project", str(project), "--json", env=env).stdout)
    assert report["ok"] is False
    assert {m["key"] for m in report["masked"]} == {"pid_offset_enabled", "quiet_mode"}
    read = {e["name"]: e["read_by_plugin"] for e in report["environment"]}
    assert read == {"OPENCODE_ANTIGRAVITY_PID_OFFSET_ENABLED": False, "OPENCODE_ANTIGRAVITY_DEBUG": True}


def test_config_check_is_clean_for_a_valid_file(plugin_dir):
    (plugin_dir / "antigravity.json").write_text('{"debug": false}')
    result = run_cli("config", "check")
    assert result.returncode == 0 and "The user file is valid." in result.stdout


def test_accounts_list_shows_state_and_never_a_token(plugin_dir):
    far = 4_102_444_800_000  # 2100-01-01
    write_pool(
        plugin_dir / "antigravity-accounts.json",
        [
            make_account(1, rateLimitResetTimes={"claude": far}),
            make_account(
                2,
                enabled=False,
                verificationRequired=True,
                verificationUrl="https://accounts.google.com/x",
                coolingDownUntil=far,
                cooldownReason="validation-required",
                cachedQuota={"claude": {"remainingFraction": 0.25, "resetTime": "2100-01-01T00:00:00Z"}},
            ),
        ],
        activeIndexByFamily={"claude": 1, "gemini": 0},
    )
    text = run_cli("accounts", "list", check=True)
    report = json.loads(run_cli("accounts", "list", "--json", check=True).stdout)
    for output in (text.stdout + text.stderr, json.dumps(report)):
        assert "test-token" not in output
    assert "Claude user2@example.test · Gemini user1@example.test" in text.stdout
    assert "NEEDS VERIFICATION" in text.stdout and "claude 25% left" in text.stdout
    first, second = report["accounts"]
    assert report["current"] == {"claude": "user2@example.test", "gemini": "user1@example.test"}
    assert first["rate_limits"] == [{"key": "claude", "until": "2100-01-01T00:00:00Z"}]
    assert first["current_for"] == ["gemini"] and second["current_for"] == ["claude"]
    assert second["enabled"] is False and second["verification"]["required"] is True
    assert second["cooldown"] == {"until": "2100-01-01T00:00:00Z", "reason": "validation-required"}
    assert second["quota"]["claude"] == {"remaining_fraction": 0.25, "reset_time": "2100-01-01T00:00:00Z"}


def test_accounts_list_on_a_corrupt_pool_explains_and_changes_nothing(plugin_dir):
    pool = plugin_dir / "antigravity-accounts.json"
    pool.write_text('{"version": 4, "accounts": [')
    for args in (("accounts", "list"), ("accounts", "disable", "x@example.test", "--force")):
        result = run_cli(*args)
        assert result.returncode == 4 and "line 1, column 29" in result.stderr
    assert pool.read_text() == '{"version": 4, "accounts": ['


def test_disable_and_remove_wait_for_force_while_opencode_runs(plugin_dir, tmp_path):
    pool = plugin_dir / "antigravity-accounts.json"
    write_pool(pool, [make_account(1), make_account(2)])
    before = pool.read_bytes()
    agent = start_fake_opencode(tmp_path / "bin", tmp_path)
    try:
        result = run_cli("accounts", "disable", "user1@example.test")
        assert result.returncode == 3
        assert f"pid {agent.pid}" in result.stderr and "--force" in result.stderr
        assert run_cli("accounts", "remove", "user1@example.test").returncode == 3
        assert pool.read_bytes() == before
        forced = run_cli("accounts", "disable", "user1@example.test", "--force", check=True)
        assert "disabled" in forced.stdout and "undo" in forced.stderr
    finally:
        stop(agent)
    assert json.loads(pool.read_text())["accounts"][0]["enabled"] is False


def test_enable_remove_by_email_or_number_when_no_opencode_runs(plugin_dir):
    pool = plugin_dir / "antigravity-accounts.json"
    write_pool(pool, [make_account(1, enabled=False), make_account(2)])
    assert "enabled" in run_cli("accounts", "enable", "user1@example.test", check=True).stdout
    result = run_cli("accounts", "remove", "2", check=True)
    assert "pool has 1 account." in result.stdout
    assert [a["email"] for a in json.loads(pool.read_text())["accounts"]] == ["user1@example.test"]
    missing = run_cli("accounts", "remove", "nobody@example.test")
    assert missing.returncode == 2 and "No account 'nobody@example.test'" in missing.stderr


def test_status_summarises_settings_and_accounts(plugin_dir):
    (plugin_dir / "antigravity.json").write_text('{"debug": "yes"}')
    write_pool(
        plugin_dir / "antigravity-accounts.json",
        [make_account(1), make_account(2, enabled=False)],
        activeIndexByFamily={"claude": 1, "gemini": 0},
    )
    result = run_cli("status", check=True)
    assert "NOT READ by the plugin: 1 invalid value(s)" in result.stdout
    assert "Accounts: 2 (1 disabled, 0 rate-limited or cooling down)" in result.stdout
    assert "In use: Claude user2@example.test · Gemini user1@example.test" in result.stdout
    assert "antigravity-tray --help" in result.stdout


def test_prefs_set_takes_booleans_and_the_toast_interval(plugin_dir):
    assert run_cli("prefs", "set", "notify_rotation", "true").returncode == 0
    assert run_cli("prefs", "set", "notify_interval_seconds", "15").returncode == 0
    shown = json.loads(run_cli("prefs", "show", "--json", check=True).stdout)
    assert shown["notify_rotation"] is True and shown["notify_interval_seconds"] == 15
    refused = run_cli("prefs", "set", "notify_interval_seconds", "-5")
    assert refused.returncode == 2 and "0 to 3600" in refused.stderr
    assert run_cli("prefs", "set", "notify_rotation", "yes").returncode == 2
    assert json.loads(run_cli("prefs", "show", "--json", check=True).stdout)["notify_interval_seconds"] == 15


@pytest.mark.parametrize(
    "argv", [[], ["--background"], ["--show", "settings"], ["--show=agents", "--background"], ["--show", "login"]]
)
def test_a_tray_start_skips_the_full_parser_and_means_the_same(argv):
    args = build_parser().parse_args(argv)
    assert tray_request(argv) == (args.show, args.background)


@pytest.mark.parametrize(
    "argv", [["status"], ["--show", "nope"], ["--show"], ["--help"], ["--version"], ["--background", "status"]]
)
def test_anything_but_a_tray_start_goes_to_the_full_parser(argv):
    assert tray_request(argv) is None


def test_the_backup_command_keeps_the_pool_in_the_real_keyring(plugin_dir, secret_service, real_keyring):
    from antigravity_tray.core.vault import Vault

    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1), make_account(2)])
    env = {**os.environ, **secret_service.env, "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring"}
    first = run_cli("accounts", "backup", env=env, check=True)
    assert "2 accounts in the vault; 2 newly kept" in first.stdout
    assert "1//" not in first.stdout + first.stderr  # no token in what it says
    again = run_cli("accounts", "backup", env=env, check=True)
    assert "0 newly kept" in again.stdout
    assert {e.email for e in Vault(real_keyring).entries()} == {"user1@example.test", "user2@example.test"}
