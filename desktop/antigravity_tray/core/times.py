"""Moments as the JSON outputs write them: ISO 8601 in UTC, to the second."""

from __future__ import annotations

from datetime import datetime, timezone


def iso(ms: float | None) -> str | None:
    """``2026-11-22T14:05:00Z`` for epoch milliseconds; None for None or a moment out of range."""
    if ms is None:
        return None
    try:
        moment = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
