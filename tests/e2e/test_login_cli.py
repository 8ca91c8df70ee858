"""`antigravity-tray login` end to end: a real process, a fake Google over HTTPS, an HTTP
client as the browser, the real plugin reading the result, a real Secret Service."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
import requests

from antigravity_tray.core.vault import Vault

from support.helpers import free_port, make_account, run_cli, write_pool


@pytest.fixture
def login_env(plugin_dir, fake_google, secret_service, real_keyring):
    """The CLI's environment: our plugin folder, the fake Google, a free loopback port and the
    private Secret Service that ``real_keyring`` also shows to this test process."""
    env = dict(os.environ, **fake_google.env(), **secret_service.env, ANTIGRAVITY_TRAY_OAUTH_PORT=str(free_port()))
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return env


def start_login(env, *extra) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "antigravity_tray", "login", "--no-browser", *extra],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    url = process.stdout.readline().strip()
    assert url.startswith("https://127.0.0.1:"), process.stderr.read()
    return process, url


def browse(url, ca_path):
    """What a browser does: open the consent page and follow its redirect to the loopback."""
    return requests.get(url, allow_redirects=True, verify=ca_path, timeout=30)


def finish(process) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=60)
    return process.returncode, out, err


def assert_no_secret(fake, *outputs):
    for token in fake.issued_refresh_tokens + fake.issued_access_tokens:
        for output in outputs:
            assert token not in output


def test_login_adds_the_account_the_plugin_reads_it_and_the_keyring_keeps_it(
    login_env, fake_google, google_ca, plugin_dir, tmp_path
):
    from interop.plugin_driver import load_accounts, require_plugin

    require_plugin()
    fake_google.next_logins.append(("alice@example.com", "proj-alice-123"))
    process, url = start_login(login_env)
    page = browse(url, google_ca.pem_path)
    code, out, err = finish(process)

    assert code == 0, err
    assert "close this tab" in page.text
    assert "Added: alice@example.com, project proj-alice-123. The pool has 1 account." in out
    [entry] = json.loads((plugin_dir / "antigravity-accounts.json").read_text())["accounts"]
    assert entry["email"] == "alice@example.com" and entry["projectId"] == "proj-alice-123"
    assert entry["refreshToken"] == fake_google.issued_refresh_tokens[-1]
    loaded = load_accounts(plugin_dir, tmp_path)
    assert [(a["email"], a["projectId"], a["refreshToken"]) for a in loaded["accounts"]] == [
        ("alice@example.com", "proj-alice-123", entry["refreshToken"])
    ]
    [kept] = Vault().entries()
    assert (kept.email, kept.refresh_token, kept.project_id) == (
        "alice@example.com",
        entry["refreshToken"],
        "proj-alice-123",
    )
    assert_no_secret(fake_google, out, err, page.text)
    assert ("POST", "/v1internal:loadCodeAssist") in fake_google.requests


def forge_callback(env):
    port = env["ANTIGRAVITY_TRAY_OAUTH_PORT"]
    return requests.get(f"http://127.0.0.1:{port}/oauth-callback", params={"code": "x", "state": "forged"}, timeout=10)


def test_a_callback_with_a_wrong_state_is_rejected_and_nothing_is_written(login_env, plugin_dir):
    process, _url = start_login(login_env)
    reply = forge_callback(login_env)
    assert reply.status_code == 400 and "does not belong" in reply.text
    time.sleep(0.3)
    assert process.poll() is None  # still waiting for the real sign-in
    process.send_signal(signal.SIGINT)
    code, _out, err = finish(process)
    assert code == 5 and "cancelled" in err
    assert not (plugin_dir / "antigravity-accounts.json").exists()
    assert Vault().entries() == []


def test_a_forged_callback_does_not_stop_the_real_login(login_env, fake_google, google_ca, plugin_dir):
    process, url = start_login(login_env)
    assert forge_callback(login_env).status_code == 400
    browse(url, google_ca.pem_path)
    code, _out, err = finish(process)
    assert code == 0, err
    assert [
        a["refreshToken"] for a in json.loads((plugin_dir / "antigravity-accounts.json").read_text())["accounts"]
    ] == [fake_google.issued_refresh_tokens[-1]]


def test_a_busy_port_gives_the_likely_cause(login_env, plugin_dir):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", int(login_env["ANTIGRAVITY_TRAY_OAUTH_PORT"])))
        holder.listen()
        result = run_cli("login", "--no-browser", env=login_env)
    assert result.returncode == 5
    assert "already in use" in result.stderr and "opencode auth login" in result.stderr
    assert not (plugin_dir / "antigravity-accounts.json").exists()


@pytest.mark.parametrize(
    "mode, words",
    [("deny", "You declined access"), ("no_refresh_token", "sent no refresh token"), ("token_500", "Google refused")],
)
def test_failed_logins_explain_and_write_nothing(login_env, fake_google, google_ca, plugin_dir, mode, words):
    fake_google.mode = mode
    process, url = start_login(login_env)
    browse(url, google_ca.pem_path)
    code, out, err = finish(process)
    assert code == 5 and words in err
    assert not (plugin_dir / "antigravity-accounts.json").exists()
    assert_no_secret(fake_google, out, err)


def test_ctrl_c_while_google_answers_slowly_cancels_and_writes_nothing(login_env, fake_google, google_ca, plugin_dir):
    fake_google.mode = "slow"  # the code exchange takes seconds
    process, url = start_login(login_env)
    browse(url, google_ca.pem_path)  # the redirect lands; the app is now exchanging the code
    deadline = time.monotonic() + 10
    while ("POST", "/token") not in fake_google.requests:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    code, _out, err = finish(process)
    assert code == 5 and "cancelled" in err
    assert not (plugin_dir / "antigravity-accounts.json").exists()
    assert Vault().entries() == []


def test_with_the_vault_turned_off_login_keeps_no_copy(login_env, fake_google, google_ca, plugin_dir):
    run_cli("prefs", "set", "vault_enabled", "false", env=login_env, check=True)
    process, url = start_login(login_env)
    browse(url, google_ca.pem_path)
    code, _out, err = finish(process)
    assert code == 0, err
    assert Vault().entries() == []
    assert json.loads((plugin_dir / "antigravity-accounts.json").read_text())["accounts"]


def test_a_given_project_skips_discovery(login_env, fake_google, google_ca, plugin_dir):
    process, url = start_login(login_env, "--project", "my-own-project")
    browse(url, google_ca.pem_path)
    code, _out, err = finish(process)
    assert code == 0, err
    assert (
        json.loads((plugin_dir / "antigravity-accounts.json").read_text())["accounts"][0]["projectId"]
        == "my-own-project"
    )
    assert ("POST", "/v1internal:loadCodeAssist") not in fake_google.requests


def test_logging_in_an_existing_email_repairs_it_in_place(login_env, fake_google, google_ca, plugin_dir):
    pool = plugin_dir / "antigravity-accounts.json"
    write_pool(pool, [make_account(1, email="bob@example.com", enabled=True, customKey="kept"), make_account(2)])
    fake_google.next_logins.append(("bob@example.com", "proj-bob"))
    process, url = start_login(login_env)
    browse(url, google_ca.pem_path)
    code, out, err = finish(process)
    assert code == 0, err
    assert "Updated" in out and "The pool has 2 accounts." in out
    first = json.loads(pool.read_text())["accounts"][0]
    assert first["refreshToken"] == fake_google.issued_refresh_tokens[-1] and first["customKey"] == "kept"


def test_verify_marks_a_revoked_account_and_restore_brings_back_a_deleted_pool(
    login_env, fake_google, plugin_dir, tmp_path
):
    from interop.plugin_driver import load_accounts, require_plugin

    require_plugin()
    good = fake_google.mint_refresh_token("good@example.com")
    bad = fake_google.mint_refresh_token("bad@example.com")
    fake_google.revoke(bad)
    pool = plugin_dir / "antigravity-accounts.json"
    write_pool(
        pool,
        [
            make_account(1, email="good@example.com", refreshToken=good),
            make_account(2, email="bad@example.com", refreshToken=bad),
        ],
    )
    verify = run_cli("accounts", "verify", env=login_env)
    assert verify.returncode == 1
    assert "good@example.com: OK" in verify.stdout
    assert "bad@example.com: NEEDS RE-LOGIN" in verify.stdout and "antigravity-tray login" in verify.stdout
    listed = json.loads(run_cli("accounts", "list", "--json", env=login_env, check=True).stdout)
    assert {a["email"]: a["needs_relogin"] for a in listed["accounts"]} == {
        "good@example.com": False,
        "bad@example.com": True,
    }
    assert_no_secret(fake_google, verify.stdout, verify.stderr)

    pool.unlink()  # as the plugin does when OpenCode's own credential goes missing
    restored = run_cli("accounts", "restore", env=login_env, check=True)
    assert "2 accounts restored" in restored.stdout
    loaded = load_accounts(plugin_dir, tmp_path)
    assert sorted((a["email"], a["refreshToken"]) for a in loaded["accounts"]) == sorted(
        [("good@example.com", good), ("bad@example.com", bad)]
    )

    forgot = run_cli("accounts", "remove", "bad@example.com", "--forget", env=login_env, check=True)
    assert "also removed from the vault" in forgot.stdout
    assert [e.email for e in Vault().entries()] == ["good@example.com"]


def test_without_a_keyring_login_still_works_and_says_so_once(plugin_dir, fake_google, google_ca):
    env = dict(
        os.environ,
        **fake_google.env(),
        ANTIGRAVITY_TRAY_OAUTH_PORT=str(free_port()),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    process, url = start_login(env)
    browse(url, google_ca.pem_path)
    code, _out, err = finish(process)
    assert code == 0 and err.count("No usable system keyring") == 1
    assert json.loads((plugin_dir / "antigravity-accounts.json").read_text())["accounts"]
    result = run_cli("accounts", "restore", env=env)
    assert result.returncode == 4 and "No usable system keyring" in result.stderr
