"""``antigravity-tray``: the plugin's settings and account pool from a terminal.

Exit codes: 0 done; 1 problems found (``config check``, ``accounts verify``, ``accounts
quota``, ``doctor``); 2 refused input (unknown key, invalid value, unknown account); 3 refused
because OpenCode is running (use --force); 4 a file we cannot read or lock, or no usable
keyring; 5 the login did not complete.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from typing import Any, TextIO

from .. import PLUGIN_VERSION, WINDOW_NAMES, __version__
from ..core.app_state import PREFERENCE_DEFAULTS
from ..core.safe_text import safe_output
from .context import EXIT_FILE_ERROR, EXIT_OK, EXIT_REFUSED, Context, print_json

# What each error means for the exit status, by where the class lives; a module that was never
# imported cannot have raised, so nothing is imported just to ask.
REFUSED_ERRORS = (
    ("antigravity_tray.core.config_store", "ConfigError"),
    ("antigravity_tray.core.google", "EndpointSettingError"),
)
FILE_ERRORS = (
    ("antigravity_tray.core.pool", "PoolFormatError"),
    ("antigravity_tray.core.lock", "LockError"),
    ("antigravity_tray.core.vault", "VaultUnavailable"),
)


def command(module: str, name: str) -> Callable[[Context, argparse.Namespace], int]:
    """A subcommand's function, imported only when it runs: the tray's start and each command
    load what they use, not every command's libraries."""

    def run(ctx: Context, args: argparse.Namespace) -> int:
        return getattr(importlib.import_module(f"{__name__}.{module}"), name)(ctx, args)

    return run


def _is_one_of(exc: BaseException, where: tuple[tuple[str, str], ...]) -> bool:
    return any(isinstance(exc, getattr(sys.modules[module], name)) for module, name in where if module in sys.modules)


def cmd_paths(ctx: Context, args) -> int:
    info = {
        "plugin_config_dir": str(ctx.plugin.config_dir),
        "config_file": str(ctx.plugin.config_file),
        "accounts_file": str(ctx.plugin.accounts_file),
        "logs_dir": str(ctx.plugin.logs_dir()),
        "app_config_dir": str(ctx.app.config_dir),
        "backups_dir": str(ctx.app.backups_dir),
        "history_file": str(ctx.app.history_file),
    }
    if args.json:
        print_json(info)
    else:
        for key, value in info.items():
            print(f"{key}: {value}")
    return EXIT_OK


# -- parsing ------------------------------------------------------------------------------


def start_tray(show: str | None, background: bool) -> int:
    try:
        from ..ui.app import run
    except ImportError as exc:  # Qt's system libraries are missing on this machine
        print(
            f"error: the tray app cannot start: {exc}.\nOn Debian or Ubuntu: sudo apt-get install "
            f"libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libdbus-1-3 libfontconfig1. "
            f"The command line works without them: antigravity-tray status",
            file=sys.stderr,
        )
        return EXIT_FILE_ERROR
    return run(show, background)


def cmd_prefs_show(ctx: Context, args) -> int:
    values = ctx.preferences.all()
    if args.json:
        print_json(values)
    else:
        for key, value in values.items():
            print(f"{key}: {str(value).lower()}")
    return EXIT_OK


SETTABLE_PREFERENCES = {"notify_interval_seconds": range(3601), "history_days": range(1, 3651)}  # and true/false ones


def cmd_prefs_set(ctx: Context, args) -> int:
    from ..core.config_store import ConfigError

    allowed = SETTABLE_PREFERENCES.get(args.key)
    if allowed is None:
        if args.value not in ("true", "false"):
            raise ConfigError(f"{args.key} takes true or false, not {args.value!r}")
        value: bool | int = args.value == "true"
    else:
        if not args.value.isdigit() or int(args.value) not in allowed:
            raise ConfigError(
                f"{args.key} takes a whole number from {allowed.start} to {allowed.stop - 1}, not {args.value!r}"
            )
        value = int(args.value)
    ctx.preferences.set(args.key, value)
    print(f"{args.key}: {args.value}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="antigravity-tray",
        description=f"Settings and accounts of the OpenCode plugin opencode-antigravity-auth {PLUGIN_VERSION}.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--show",
        choices=WINDOW_NAMES,
        metavar="WINDOW",
        help="start the tray app (or reach the running one) and show this window: " + ", ".join(WINDOW_NAMES),
    )
    parser.add_argument(
        "--background", action="store_true", help="start the tray app with no window open (for start at login)"
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", description="With no command, the tray app starts."
    )
    status = commands.add_parser("status", help="a one-screen summary of settings, accounts and OpenCode")
    status.set_defaults(run=command("account_cmds", "cmd_status"))

    config = commands.add_parser("config", help="read, change and check antigravity.json")
    config_commands = config.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    show = config_commands.add_parser("show", help="effective value of every setting and where it comes from")
    show.add_argument("--json", action="store_true")
    show.add_argument("--project", metavar="DIR", help="also apply DIR/.opencode/antigravity.json")
    show.set_defaults(run=command("config_cmds", "cmd_config_show"))
    set_ = config_commands.add_parser("set", help="set KEY to VALUE (several pairs are saved together)")
    set_.add_argument("pairs", nargs="+", metavar="KEY VALUE")
    set_.set_defaults(run=command("config_cmds", "cmd_config_set"))
    unset = config_commands.add_parser("unset", help="remove keys so the plugin's defaults apply")
    unset.add_argument("keys", nargs="+", metavar="KEY")
    for writer in (set_, unset):
        writer.add_argument(
            "--force", action="store_true", help="write even when OpenCode has another plugin release installed"
        )
    unset.set_defaults(run=command("config_cmds", "cmd_config_unset"))
    check = config_commands.add_parser("check", help="validation, masking by a project file, environment")
    check.add_argument("--project", metavar="DIR", help="an OpenCode project folder")
    check.add_argument("--json", action="store_true")
    check.set_defaults(run=command("config_cmds", "cmd_config_check"))

    accounts = commands.add_parser("accounts", help="list and change the account pool")
    account_commands = accounts.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    listing = account_commands.add_parser("list", help="accounts, what each family uses, limits and quota")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=command("account_cmds", "cmd_accounts_list"))
    for name, run, words in (
        ("enable", command("account_cmds", "cmd_accounts_enable"), "put an account back in rotation"),
        ("disable", command("account_cmds", "cmd_accounts_disable"), "keep an account out of rotation"),
        ("remove", command("account_cmds", "cmd_accounts_remove"), "delete an account from the pool"),
    ):
        sub = account_commands.add_parser(name, help=words)
        sub.add_argument("account", metavar="EMAIL", help="the account's email, or its number in `accounts list`")
        sub.add_argument("--force", action="store_true", help="write even while OpenCode runs")
        sub.set_defaults(run=run)
        if name == "remove":
            sub.add_argument("--forget", action="store_true", help="also drop it from the keyring vault")
    verify = account_commands.add_parser("verify", help="check with Google that each account's token still works")
    verify.add_argument("account", metavar="EMAIL", nargs="?", help="only this account")
    verify.set_defaults(run=command("account_cmds", "cmd_accounts_verify"))
    quota = account_commands.add_parser("quota", help="ask Google for each enabled account's quota now")
    quota.add_argument("account", metavar="EMAIL", nargs="?", help="only this account")
    quota.add_argument("--json", action="store_true")
    quota.set_defaults(run=command("account_cmds", "cmd_accounts_quota"))
    backup = account_commands.add_parser(
        "backup", help="keep every account of the pool in the keyring vault now (the tray app does it by itself)"
    )
    backup.set_defaults(run=command("account_cmds", "cmd_accounts_backup"))
    restore = account_commands.add_parser("restore", help="put back accounts the pool lost, from the vault")
    restore.set_defaults(run=command("account_cmds", "cmd_accounts_restore"))
    forget = account_commands.add_parser("forget", help="drop an account from the keyring vault")
    forget.add_argument("email", metavar="EMAIL")
    forget.set_defaults(run=command("account_cmds", "cmd_accounts_forget"))

    login = commands.add_parser("login", help="sign a Google account in and add it to the pool")
    login.add_argument("--no-browser", action="store_true", help="print the address only; do not open a browser")
    login.add_argument("--project", metavar="ID", help="use this Google Cloud project instead of looking it up")
    login.set_defaults(run=command("login_cmd", "cmd_login"))

    prefs = commands.add_parser("prefs", help="this app's own preferences (not the plugin's)")
    prefs_commands = prefs.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    prefs_show = prefs_commands.add_parser("show", help="every preference and its value")
    prefs_show.add_argument("--json", action="store_true")
    prefs_show.set_defaults(run=cmd_prefs_show)
    prefs_set = prefs_commands.add_parser("set", help="change a preference (true/false, or seconds)")
    prefs_set.add_argument(
        "key",
        choices=sorted([k for k, v in PREFERENCE_DEFAULTS.items() if isinstance(v, bool)] + list(SETTABLE_PREFERENCES)),
    )
    prefs_set.add_argument(
        "value", help="true or false; notify_interval_seconds: seconds (0-3600); history_days: days (1-3650)"
    )
    prefs_set.set_defaults(run=cmd_prefs_set)

    watch = commands.add_parser("watch", help="print account events (switches, limits) as they happen")
    watch.add_argument("--json", action="store_true", help="one JSON object per line (README: watch)")
    watch.set_defaults(run=command("watch_cmd", "cmd_watch"))

    history = commands.add_parser("history", help="account events the tray app recorded, or figures per account")
    history.add_argument(
        "--since", default="24h", metavar="WHEN", help="24h, 7d, 30m, or a date (2026-11-30); default 24h"
    )
    history.add_argument("--family", choices=("claude", "gemini"), help="only this model family")
    history.add_argument(
        "--summary", action="store_true", help="per account: times limited, time limited, share of use"
    )
    history.add_argument("--json", action="store_true")
    history.set_defaults(run=command("history_cmd", "cmd_history"))

    doctor_parser = commands.add_parser("doctor", help="is the plugin set up? each problem with its fix")
    doctor_parser.add_argument("--project", metavar="DIR", help="OpenCode's project folder (default: this one)")
    doctor_parser.add_argument("--json", action="store_true")
    doctor_parser.set_defaults(run=command("doctor_cmd", "cmd_doctor"))

    paths = commands.add_parser("paths", help="where the plugin's files and ours are")
    paths.add_argument("--json", action="store_true")
    paths.set_defaults(run=cmd_paths)
    return parser


def tray_request(argv: list[str]) -> tuple[str | None, bool] | None:
    """(window to show, --background) when ``argv`` only starts the tray app, else None. The
    start at login skips building every command's parser (a few milliseconds of its start)."""
    show, background, rest = None, False, list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--background":
            background = True
        elif word == "--show" and rest and rest[0] in WINDOW_NAMES:
            show = rest.pop(0)
        elif word.startswith("--show=") and word.removeprefix("--show=") in WINDOW_NAMES:
            show = word.removeprefix("--show=")
        else:
            return None
    return show, background


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    tray = tray_request(argv)
    if tray is not None:
        return start_tray(*tray)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return start_tray(args.show, args.background)
    streams = sys.stdout, sys.stderr
    if not getattr(args, "json", False):  # JSON output stays byte-exact; it escapes controls itself
        sys.stdout = SafeTerminal(sys.stdout)
    sys.stderr = SafeTerminal(sys.stderr)
    try:
        return _run(args)
    finally:
        sys.stdout, sys.stderr = streams


class SafeTerminal:
    """A text stream that escapes what file contents could do to a terminal (core.safe_text)."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(safe_output(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _run(args: argparse.Namespace) -> int:
    try:
        return args.run(Context(), args)
    except Exception as exc:
        if isinstance(exc, LookupError) or _is_one_of(exc, REFUSED_ERRORS):
            code = EXIT_REFUSED
        elif isinstance(exc, OSError) or _is_one_of(exc, FILE_ERRORS):
            code = EXIT_FILE_ERROR
        else:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return code


if __name__ == "__main__":
    raise SystemExit(main())
