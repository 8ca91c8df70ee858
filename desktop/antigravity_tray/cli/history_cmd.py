"""``antigravity-tray history [--since 24h|7d|DATE] [--family F] [--summary] [--json]``: the
account events the tray app recorded (core/history.py), or per-account figures from them."""

from __future__ import annotations

import re
import sys
import time
from datetime import datetime

from ..core.config_store import ConfigError
from ..core.history import History, HistoryUnavailable
from ..core.timeline import build
from .context import EXIT_OK, Context, print_json
from .watch_cmd import event_line

UNITS_MS = {"m": 60_000, "h": 3_600_000, "d": 86_400_000}


def since_ms(text: str, now_ms: float) -> float:
    """``30m``, ``24h``, ``7d`` before now, or a local date or date and time (ISO 8601)."""
    relative = re.fullmatch(r"(\d+)\s*([mhd])", text.strip())
    if relative:
        return now_ms - int(relative.group(1)) * UNITS_MS[relative.group(2)]
    try:
        return datetime.fromisoformat(text.strip()).timestamp() * 1000
    except ValueError:
        raise ConfigError(f"--since takes 30m, 24h, 7d or a date such as 2026-11-30, not {text!r}") from None


def cmd_history(ctx: Context, args) -> int:
    now = time.time() * 1000
    since = since_ms(args.since, now)
    try:
        history = History.read(ctx.app.history_file)
    except HistoryUnavailable as exc:
        print(f"{exc}", file=sys.stderr)
        events = []
    else:
        try:
            events = history.events(since, family=args.family)
        finally:
            history.close()
    if args.summary:
        summary = build(events, since, now).summary()
        if args.family:
            summary["all_limited"] = {args.family: summary["all_limited"][args.family]}
        if args.json:
            print_json(summary)
        else:
            print_summary(summary)
    elif args.json:
        print_json([event.as_dict() for event in events])
    else:
        for event in events:
            print(event_line(event, with_date=True))
    return EXIT_OK


def print_summary(summary: dict) -> None:
    print(f"From {summary['since']} to {summary['until']}")
    if not summary["accounts"]:
        print("No account events in this time.")
    for row in summary["accounts"]:
        print(
            f"  {row['account']}: limited {row['times_limited']} time(s), {row['limited_minutes']} min; "
            f"in use {row['in_use_minutes']} min ({row['share_of_use']:.0%} of use)"
        )
    for family, limited in summary["all_limited"].items():
        if limited["times"]:
            print(f"  {family}: every account limited {limited['times']} time(s), {limited['minutes']} min in total")


__all__ = ["cmd_history", "since_ms"]
