"""``antigravity-tray``: the plugin's settings and account pool from a terminal.

Exit codes: 0 done; 1 problems found (``config check``); 2 refused input (unknown key,
invalid value, unknown account); 3 refused because OpenCode is running (use --force);
4 a file we cannot read or lock.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from . import PLUGIN_VERSION, __version__
from .core.accounts import PoolFormatError
from .core.agents import find_agents, running_agents_warning
from .core.config_store import ConfigError, ConfigStore, find_setting, parse_value_text, read_layer
from .core.jsonio import Backups, dump_json, read_snapshot
from .core.lock import LockUnavailable
from .core.paths import AppPaths, PluginPaths
from .core.pool import PoolStore
from .core.reports import config_report, pool_report

EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED, EXIT_AGENTS_RUNNING, EXIT_FILE_ERROR = 0, 1, 2, 3, 4


class Context:
    """What every command needs, built once from the environment."""

    def __init__(self, env: dict[str, str] | None = None):
        self.env = dict(os.environ if env is None else env)
        self.plugin = PluginPaths(self.env, sys.platform)
        self.app = AppPaths.default()
        self.backups = Backups(self.app.backups_dir)

    def config_store(self) -> ConfigStore:
        return ConfigStore(self.plugin.config_file, self.backups)

    def pool_store(self) -> PoolStore:
        return PoolStore(self.plugin.accounts_file, self.backups)

    def layers(self, project: str | None):
        layers = [read_layer("user", self.plugin.config_file)]
        if project:
            layers.append(read_layer("project", self.plugin.project_config_file(project)))
        return layers


def _print_json(value: Any) -> None:
    print(dump_json(value))


def _shown(value: Any) -> str:
    return "(not set)" if value is None else json.dumps(value, ensure_ascii=False)


# -- config -----------------------------------------------------------------------------

def cmd_config_show(ctx: Context, args) -> int:
    report = config_report(ctx.layers(args.project))
    if args.json:
        _print_json(report)
        return EXIT_OK
    _print_files(report)
    width = max(len(row["key"]) for row in report["settings"])
    for row in report["settings"]:
        where = row["source"]
        if row["masked_by_project"]:
            where += f", masks user value {_shown(row['user_value'])}"
        print(f"  {row['key']:<{width}}  {_shown(row['value']):<14} {where}")
    return EXIT_OK


def _print_files(report: dict) -> None:
    for name, info in report["files"].items():
        print(f"{name} file: {info['path']} ({info['state'].replace('-', ' ')})")
        if info["syntax_error"]:
            print(f"  {info['syntax_error']}; the plugin ignores this file.")
        if info["problems"]:
            print("  The plugin ignores this whole file because of:")
            for problem in info["problems"]:
                print(f"    - {problem['key'] or '(document)'}: {problem['message']}")


def cmd_config_set(ctx: Context, args) -> int:
    pairs = args.pairs
    if len(pairs) % 2:
        raise ConfigError(f"{pairs[-1]} has no value. Usage: config set KEY VALUE [KEY VALUE ...]")
    values = {key: parse_value_text(find_setting(key), text) for key, text in zip(pairs[::2], pairs[1::2])}
    changes = ctx.config_store().set(values)
    _report_changes(ctx, changes)
    return EXIT_OK


def cmd_config_unset(ctx: Context, args) -> int:
    _report_changes(ctx, ctx.config_store().unset(args.keys))
    return EXIT_OK


def _report_changes(ctx: Context, changes) -> None:
    for change in changes:
        if change.changed:
            print(f"{change.key}: {_shown(change.old)} -> {_shown(change.new)}")
        else:
            print(f"{change.key} is already {_shown(change.new)}; nothing to change.")
    if any(c.changed for c in changes):
        running = len(find_agents())
        if running:
            after = (f"{running} running OpenCode process{'es keep' if running != 1 else ' keeps'} "
                     f"the old value until restarted.")
        else:
            after = "No OpenCode process is running now."
        print(f"Saved {ctx.plugin.config_file}. OpenCode reads it when it starts; {after}")


def cmd_config_check(ctx: Context, args) -> int:
    report = config_report(ctx.layers(args.project), ctx.env)
    masked = [row for row in report["settings"] if row["masked_by_project"]]
    problems = any(info["state"] in ("syntax-error", "ignored-invalid") for info in report["files"].values())
    ignored_env = [f for f in report["environment"] if not f["read_by_plugin"]]
    if args.json:
        _print_json({"ok": not (problems or masked or ignored_env), "files": report["files"],
                     "masked": [{"key": r["key"], "user_value": r["user_value"], "effective_value": r["value"]}
                                for r in masked],
                     "environment": report["environment"]})
        return EXIT_PROBLEMS if problems or masked or ignored_env else EXIT_OK
    _print_files(report)
    if not problems:
        print("The user file is valid." if report["files"]["user"]["state"] == "in-force"
              else "No user file: the plugin uses its defaults.")
    if masked:
        print(f"The project file masks {len(masked)} of your settings "
              f"(a project file resets every key it omits to the default):")
        for row in masked:
            print(f"  - {row['key']}: yours {_shown(row['user_value'])}, in force {_shown(row['value'])}")
    for finding in report["environment"]:
        status = "read" if finding["read_by_plugin"] else "IGNORED"
        print(f"{finding['name']}={finding['value']}: {status}: {finding['meaning']}")
    return EXIT_PROBLEMS if problems or masked or ignored_env else EXIT_OK


# -- accounts ---------------------------------------------------------------------------

def cmd_accounts_list(ctx: Context, args) -> int:
    store = ctx.pool_store()
    pool = store.read()
    now_ms = time.time() * 1000
    report = pool_report(pool, str(store.path), read_snapshot(store.path).exists, find_agents(), now_ms)
    if args.json:
        _print_json(report)
        return EXIT_OK
    if not report["accounts"]:
        print(f"No accounts in {store.path}. Add one with `opencode auth login`.")
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
    if row["verification"]["required"]:
        parts.append("NEEDS VERIFICATION" + (f": {row['verification']['url']}" if row["verification"]["url"] else ""))
    quota = [f"{group} {round(info['remaining_fraction'] * 100)}% left"
             for group, info in row["quota"].items() if isinstance(info["remaining_fraction"], (int, float))]
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
        print(f"{change.label}: {change.action}. The pool has {change.pool_size} account"
              f"{'s' if change.pool_size != 1 else ''}.")
        if agents:
            print("Warning: " + running_agents_warning(agents, action).split(". Quit")[0] + ".", file=sys.stderr)
    return EXIT_OK


def cmd_accounts_enable(ctx, args):
    return _change_pool(ctx, args, "enable", lambda store: store.set_enabled(args.account, True))


def cmd_accounts_disable(ctx, args):
    return _change_pool(ctx, args, "disable", lambda store: store.set_enabled(args.account, False))


def cmd_accounts_remove(ctx, args):
    return _change_pool(ctx, args, "removal", lambda store: store.remove(args.account))


def cmd_status(ctx: Context, args) -> int:
    """What a person sees when starting the app with no command: a one-screen summary."""
    layer = ctx.layers(None)[0]
    settings = {"missing": "none yet (the plugin uses its defaults)", "in-force": "valid",
                "syntax-error": f"NOT READ by the plugin: {layer.syntax_error}",
                "ignored-invalid": f"NOT READ by the plugin: {len(layer.problems)} invalid value(s), "
                                   f"see `antigravity-tray config check`"}
    print(f"Plugin folder: {ctx.plugin.config_dir}")
    print(f"Settings: {settings[config_report([layer])['files']['user']['state']]}")
    try:
        pool = ctx.pool_store().read()
    except PoolFormatError as exc:
        print(f"Accounts: cannot read the pool: {exc}")
    else:
        now_ms = time.time() * 1000
        limited = sum(1 for a in pool.accounts if a.active_rate_limits(now_ms) or a.cooling_down(now_ms))
        disabled = sum(1 for a in pool.accounts if not a.enabled)
        current = pool.current_by_family()
        print(f"Accounts: {len(pool.accounts)} ({disabled} disabled, {limited} rate-limited or cooling down)")
        if pool.accounts:
            print(f"In use: Claude {current['claude'].label} · Gemini {current['gemini'].label}")
    running = len(find_agents())
    print(f"OpenCode processes running: {running}")
    print("\nThe tray icon arrives in a later release. Commands available now:")
    print("  antigravity-tray accounts list | config show | config check | config set KEY VALUE")
    print("  antigravity-tray --help  for everything")
    return EXIT_OK


def cmd_paths(ctx: Context, args) -> int:
    info = {"plugin_config_dir": str(ctx.plugin.config_dir), "config_file": str(ctx.plugin.config_file),
            "accounts_file": str(ctx.plugin.accounts_file), "logs_dir": str(ctx.plugin.logs_dir()),
            "app_config_dir": str(ctx.app.config_dir), "backups_dir": str(ctx.app.backups_dir)}
    if args.json:
        _print_json(info)
    else:
        for key, value in info.items():
            print(f"{key}: {value}")
    return EXIT_OK


# -- parsing ------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="antigravity-tray",
        description=f"Settings and accounts of the OpenCode plugin opencode-antigravity-auth {PLUGIN_VERSION}.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    config = commands.add_parser("config", help="read, change and check antigravity.json")
    config_commands = config.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    show = config_commands.add_parser("show", help="effective value of every setting and where it comes from")
    show.add_argument("--json", action="store_true")
    show.add_argument("--project", metavar="DIR", help="also apply DIR/.opencode/antigravity.json")
    show.set_defaults(run=cmd_config_show)
    set_ = config_commands.add_parser("set", help="set KEY to VALUE (several pairs are saved together)")
    set_.add_argument("pairs", nargs="+", metavar="KEY VALUE")
    set_.set_defaults(run=cmd_config_set)
    unset = config_commands.add_parser("unset", help="remove keys so the plugin's defaults apply")
    unset.add_argument("keys", nargs="+", metavar="KEY")
    unset.set_defaults(run=cmd_config_unset)
    check = config_commands.add_parser("check", help="validation, masking by a project file, environment")
    check.add_argument("--project", metavar="DIR", help="an OpenCode project folder")
    check.add_argument("--json", action="store_true")
    check.set_defaults(run=cmd_config_check)

    accounts = commands.add_parser("accounts", help="list and change the account pool")
    account_commands = accounts.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    listing = account_commands.add_parser("list", help="accounts, what each family uses, limits and quota")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_accounts_list)
    for name, run, words in (("enable", cmd_accounts_enable, "put an account back in rotation"),
                             ("disable", cmd_accounts_disable, "keep an account out of rotation"),
                             ("remove", cmd_accounts_remove, "delete an account from the pool")):
        sub = account_commands.add_parser(name, help=words)
        sub.add_argument("account", metavar="EMAIL", help="the account's email, or its number in `accounts list`")
        sub.add_argument("--force", action="store_true", help="write even while OpenCode runs")
        sub.set_defaults(run=run)

    paths = commands.add_parser("paths", help="where the plugin's files and ours are")
    paths.add_argument("--json", action="store_true")
    paths.set_defaults(run=cmd_paths)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", cmd_status)
    try:
        return run(Context(), args)
    except (ConfigError, LookupError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except (PoolFormatError, LockUnavailable, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FILE_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
