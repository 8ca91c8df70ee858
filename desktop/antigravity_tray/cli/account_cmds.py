"""``accounts ...`` commands and the start-up summary."""

from __future__ import annotations

import sys
import time
from datetime import datetime

from ..core.agents import find_agents, running_agents_warning
from ..core.jsonio import read_snapshot
from ..core.oauth import check_refresh_token
from ..core.pool import PoolFormatError
from ..core.pool_store import NewAccount
from ..core.quota import OK, check_all, keep
from ..core.reports import config_report, pool_report
from ..core.vault import missing_from_pool
from .context import EXIT_AGENTS_RUNNING, EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED, Context, plural, print_json


def cmd_accounts_list(ctx: Context, args) -> int:
    store = ctx.pool_store()
    pool = store.read()
    ctx.keep_in_vault(pool.plugin_accounts())
    now_ms = time.time() * 1000
    relogin = {email for email, mark in ctx.health.marks().items() if mark.needs_relogin}
    report = pool_report(pool, str(store.path), read_snapshot(store.path).exists, find_agents(), now_ms, relogin)
    if args.json:
        print_json(report)
        return EXIT_OK
    if not report["accounts"]:
        print(f"No accounts in {store.path}. Add one with `antigravity-tray login`.")
        return EXIT_OK
    print(f"{len(report['accounts'])} accounts in {store.path} (version {report['version']})")
    print(f"Now in use: Claude {report['current']['claude'] or '-'} · Gemini {report['current']['gemini'] or '-'}")
    for row in report["accounts"]:
        print(_account_line(row))
    for number in report["ignored_entries"]:
        print(f"  entry {number}: no refresh token; the plugin ignores it")
    return EXIT_OK


def _local(iso_text: str | None) -> str:
    if not iso_text:
        return "-"
    moment = datetime.fromisoformat(iso_text.replace("Z", "+00:00")).astimezone()
    return moment.strftime("%H:%M" if moment.date() == datetime.now().date() else "%Y-%m-%d %H:%M")


def _account_line(row: dict) -> str:
    parts = [f"{row['number']:>3}. {row['email'] or '(no email)'}"]
    parts.append("enabled" if row["enabled"] else "DISABLED")
    if row["current_for"]:
        parts.append("in use for " + " & ".join(row["current_for"]))
    for limit in row["rate_limits"]:
        parts.append(f"rate-limited {limit['key']} until {_local(limit['until'])}")
    if row["cooldown"]:
        parts.append(f"cooling down until {_local(row['cooldown']['until'])} ({row['cooldown']['reason'] or '?'})")
    if row["needs_relogin"]:
        parts.append("NEEDS RE-LOGIN (Google revoked its token): antigravity-tray login")
    if row["verification"]["required"]:
        parts.append("NEEDS VERIFICATION" + (f": {row['verification']['url']}" if row["verification"]["url"] else ""))
    quota = [
        f"{group} {round(info['remaining_fraction'] * 100)}% left"
        for group, info in row["quota"].items()
        if isinstance(info["remaining_fraction"], (int, float))
    ]
    if quota:
        parts.append("quota " + ", ".join(quota))
    if row["shadowed_by_duplicate"]:
        parts.append("duplicate email: the plugin uses the other entry")
    parts.append(f"last used {_local(row['last_used'])}")
    return " · ".join(parts)


def _change_pool(ctx: Context, args, action: str, apply) -> int:
    agents = find_agents()
    if agents and not args.force:
        print(running_agents_warning(agents, action), file=sys.stderr)
        return EXIT_AGENTS_RUNNING
    change = apply(ctx.pool_store())
    if change.action == "unchanged":
        print(f"{change.label} is already {action}d; nothing to change.")
    else:
        print(
            f"{change.label}: {change.action}. The pool has {change.pool_size} account"
            f"{'s' if change.pool_size != 1 else ''}."
        )
        if agents:
            print("Warning: " + running_agents_warning(agents, action).split(". Quit")[0] + ".", file=sys.stderr)
    return EXIT_OK


def cmd_accounts_enable(ctx, args):
    return _change_pool(ctx, args, "enable", lambda store: store.set_enabled(args.account, True))


def cmd_accounts_disable(ctx, args):
    return _change_pool(ctx, args, "disable", lambda store: store.set_enabled(args.account, False))


def cmd_accounts_remove(ctx, args):
    removed = []

    def remove(store):
        change = store.remove(args.account)
        removed.append(change.label)
        return change

    code = _change_pool(ctx, args, "removal", remove)
    if removed and "@" in removed[0]:
        _offer_to_forget(ctx, removed[0], args.forget)
    return code


def _offer_to_forget(ctx: Context, email: str, forget: bool) -> None:
    vault = ctx.vault()
    if vault is None or not any(e.email.casefold() == email.casefold() for e in vault.entries()):
        return
    if not forget and sys.stdin is not None and sys.stdin.isatty():
        forget = input(f"The vault still holds {email}; forget it there too? [y/N] ").strip().lower() in ("y", "yes")
    if forget:
        vault.forget(email)
        print(f"{email} was also removed from the vault.")
    else:
        print(
            f"The vault still holds {email}, so `accounts restore` can bring it back; "
            f"`antigravity-tray accounts forget {email}` drops it."
        )


def cmd_accounts_verify(ctx: Context, args) -> int:
    """Refresh each token once; a revoked one is marked "needs re-login" in our own state."""
    pool = ctx.pool_store().read()
    # The entries the plugin uses: an older duplicate of an email (a token Google since
    # replaced) would otherwise mark a healthy account as needing a new login.
    accounts = [pool.find(args.account)] if args.account else pool.plugin_accounts()
    endpoints = ctx.endpoints()
    revoked = 0
    for account in accounts:
        check = check_refresh_token(account.refresh_token, endpoints)
        if account.email and check.status in ("ok", "revoked"):
            ctx.health.record(account.email, needs_relogin=check.status == "revoked", detail=check.detail)
        if check.status == "ok":
            print(f"{account.label}: OK")
        elif check.status == "revoked":
            revoked += 1
            print(
                f"{account.label}: NEEDS RE-LOGIN. Google no longer accepts its token ({check.detail}). "
                f"Run `antigravity-tray login` and sign in as {account.label} to repair it in place."
            )
        else:
            print(f"{account.label}: could not check ({check.status}: {check.detail})")
    return EXIT_PROBLEMS if revoked else EXIT_OK


def cmd_accounts_quota(ctx: Context, args) -> int:
    """Each enabled account's quota now, from Google; kept in our own state, never in the pool."""
    pool = ctx.pool_store().read()
    accounts = [pool.find(args.account)] if args.account else [a for a in pool.plugin_accounts() if a.enabled]
    checks = check_all(accounts, ctx.endpoints())
    keep(checks, ctx.quota, ctx.health)
    if args.json:
        print_json([check.as_dict() for check in checks])
    else:
        for check in checks:
            if check.status != OK:
                print(f"{check.account}: {check.sentence()}")
                continue
            groups = [
                f"{name} {round(100 * group.get('remainingFraction', 0))}%"
                + (f" (resets {group['resetTime']})" if group.get("resetTime") else "")
                for name, group in sorted(check.groups.items())
            ]
            print(f"{check.account}: {', '.join(groups) or 'no quota groups in the answer'}")
    return EXIT_OK if all(check.status == OK for check in checks) else EXIT_PROBLEMS


def cmd_accounts_backup(ctx: Context, args) -> int:
    """Copy each account's token into the vault. The tray app runs this as a short-lived child
    process, so the keyring libraries never load into the long-running app."""
    vault = ctx.vault(required=True)
    accounts = [a for a in ctx.pool_store().read().plugin_accounts() if a.email]
    changed = vault.sync_from_pool(accounts)
    print(f"{plural(len(accounts), 'account')} in the vault; {changed} newly kept or updated.")
    return EXIT_OK


def cmd_accounts_restore(ctx: Context, args) -> int:
    """Put back every vaulted account the pool lost (adding is safe while OpenCode runs)."""
    vault = ctx.vault(required=True)
    store = ctx.pool_store()
    missing = missing_from_pool(vault, store.read())
    if missing:  # one locked write, so the backup from before the restore is kept
        store.add_many(
            [
                NewAccount(
                    e.refresh_token, email=e.email, project_id=e.project_id, managed_project_id=e.managed_project_id
                )
                for e in missing
            ]
        )
    for entry in missing:
        print(f"Restored {entry.email}.")
    size = len(store.read().accounts)
    print(f"{plural(len(missing), 'account')} restored from the vault; the pool has {plural(size, 'account')}.")
    return EXIT_OK


def cmd_accounts_forget(ctx: Context, args) -> int:
    vault = ctx.vault(required=True)
    if vault.forget(args.email):
        print(f"{args.email} was removed from the vault. The pool itself was not changed.")
        return EXIT_OK
    print(f"The vault holds no {args.email}.", file=sys.stderr)
    return EXIT_REFUSED


def cmd_status(ctx: Context, args) -> int:
    """What a person sees when starting the app with no command: a one-screen summary."""
    layer = ctx.layers(None)[0]
    settings = {
        "missing": "none yet (the plugin uses its defaults)",
        "in-force": "valid",
        "syntax-error": f"NOT READ by the plugin: {layer.syntax_error}",
        "unreadable": f"NOT READ: {layer.syntax_error}",
        "ignored-invalid": f"NOT READ by the plugin: {len(layer.problems)} invalid value(s), "
        f"see `antigravity-tray config check`",
    }
    print(f"Plugin folder: {ctx.plugin.config_dir}")
    print(f"Settings: {settings[config_report([layer])['files']['user']['state']]}")
    try:
        pool = ctx.pool_store().read()
    except (PoolFormatError, OSError) as exc:
        print(f"Accounts: cannot read the pool: {exc}")
    else:
        ctx.keep_in_vault(pool.plugin_accounts())
        now_ms = time.time() * 1000
        limited = sum(1 for a in pool.accounts if a.active_rate_limits(now_ms) or a.cooling_down(now_ms))
        disabled = sum(1 for a in pool.accounts if not a.enabled)
        current = pool.current_by_family()
        print(f"Accounts: {len(pool.accounts)} ({disabled} disabled, {limited} rate-limited or cooling down)")
        if pool.accounts:
            print(f"In use: Claude {current['claude'].label} · Gemini {current['gemini'].label}")
    running = len(find_agents())
    print(f"OpenCode processes running: {running}")
    print("\nRun `antigravity-tray` for the tray app; `antigravity-tray --help` lists every command.")
    return EXIT_OK
