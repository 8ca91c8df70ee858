"""``config show|set|unset|check``."""

from __future__ import annotations

from ..core.agents import find_agents
from ..core.config_store import ConfigError, find_setting, parse_value_text
from ..core.doctor import OtherPluginRelease, guard_settings_write
from ..core.reports import config_report
from .context import EXIT_OK, EXIT_PROBLEMS, Context, print_json, shown


def cmd_config_show(ctx: Context, args) -> int:
    report = config_report(ctx.layers(args.project))
    if args.json:
        print_json(report)
        return EXIT_OK
    _print_files(report)
    width = max(len(row["key"]) for row in report["settings"])
    for row in report["settings"]:
        where = row["source"]
        if row["masked_by_project"]:
            where += f", masks user value {shown(row['user_value'])}"
        print(f"  {row['key']:<{width}}  {shown(row['value']):<14} {where}")
    return EXIT_OK


def _print_files(report: dict) -> None:
    for name, info in report["files"].items():
        print(f"{name} file: {info['path']} ({info['state'].replace('-', ' ')})")
        if info["state"] == "unreadable":
            print(f"  {info['syntax_error']}")
        elif info["syntax_error"]:
            print(f"  {info['syntax_error']}; the plugin ignores this file.")
        if info["problems"]:
            print("  The plugin ignores this whole file because of:")
            for problem in info["problems"]:
                print(f"    - {problem['key'] or '(document)'}: {problem['message']}")


def _guard(ctx: Context, force: bool) -> None:
    try:
        guard_settings_write(ctx.plugin, force)
    except OtherPluginRelease as exc:
        raise ConfigError(f"{exc} Use --force to write them anyway; `antigravity-tray doctor` says more.") from None


def cmd_config_set(ctx: Context, args) -> int:
    _guard(ctx, args.force)
    pairs = args.pairs
    if len(pairs) % 2:
        raise ConfigError(f"{pairs[-1]} has no value. Usage: config set KEY VALUE [KEY VALUE ...]")
    values = {
        key: parse_value_text(find_setting(key), text) for key, text in zip(pairs[::2], pairs[1::2], strict=False)
    }
    changes = ctx.config_store().set(values)
    _report_changes(ctx, changes)
    return EXIT_OK


def cmd_config_unset(ctx: Context, args) -> int:
    _guard(ctx, args.force)
    _report_changes(ctx, ctx.config_store().unset(args.keys))
    return EXIT_OK


def _report_changes(ctx: Context, changes) -> None:
    for change in changes:
        if change.changed:
            print(f"{change.key}: {shown(change.old)} -> {shown(change.new)}")
        else:
            print(f"{change.key} is already {shown(change.new)}; nothing to change.")
    if any(c.changed for c in changes):
        running = len(find_agents())
        if running:
            after = (
                f"{running} running OpenCode process{'es keep' if running != 1 else ' keeps'} "
                f"the old value until restarted."
            )
        else:
            after = "No OpenCode process is running now."
        print(f"Saved {ctx.plugin.config_file}. OpenCode reads it when it starts; {after}")


def cmd_config_check(ctx: Context, args) -> int:
    report = config_report(ctx.layers(args.project), ctx.env)
    masked = [row for row in report["settings"] if row["masked_by_project"]]
    problems = any(
        info["state"] in ("syntax-error", "unreadable", "ignored-invalid") for info in report["files"].values()
    )
    ignored_env = [f for f in report["environment"] if not f["read_by_plugin"]]
    if args.json:
        print_json(
            {
                "ok": not (problems or masked or ignored_env),
                "files": report["files"],
                "masked": [
                    {"key": r["key"], "user_value": r["user_value"], "effective_value": r["value"]} for r in masked
                ],
                "environment": report["environment"],
            }
        )
        return EXIT_PROBLEMS if problems or masked or ignored_env else EXIT_OK
    _print_files(report)
    if not problems:
        print(
            "The user file is valid."
            if report["files"]["user"]["state"] == "in-force"
            else "No user file: the plugin uses its defaults."
        )
    if masked:
        print(
            f"The project file masks {len(masked)} of your settings "
            f"(a project file resets every key it omits to the default):"
        )
        for row in masked:
            print(f"  - {row['key']}: yours {shown(row['user_value'])}, in force {shown(row['value'])}")
    for finding in report["environment"]:
        status = "read" if finding["read_by_plugin"] else "IGNORED"
        print(f"{finding['name']}={finding['value']}: {status}: {finding['meaning']}")
    return EXIT_PROBLEMS if problems or masked or ignored_env else EXIT_OK


# -- accounts ---------------------------------------------------------------------------
