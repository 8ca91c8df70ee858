"""A made-up but plausible history: several agents on a pool of accounts, limits, switches and
the odd stretch with every account limited. For the Activity window's tests, its benchmark and
its screenshot."""

from __future__ import annotations

import random

from antigravity_tray.core.switches import (
    ALL_LIMITED,
    COOLING_DOWN,
    LIMITED,
    PID_OFFSET,
    RATE_LIMITED,
    SWITCH,
    AccountEvent,
)

ACCOUNTS = [
    "alice.chen@example.com",
    "bob.martin@example.com",
    "carol.diaz@example.com",
    "dan.kim@example.com",
    "erin.lopez@example.com",
]


def busy_day(count: int, since_ms: float, until_ms: float, seed: int = 7) -> list[AccountEvent]:
    """About ``count`` events between the two moments, oldest first."""
    rng = random.Random(seed)
    events: list[AccountEvent] = []
    current = {"claude": ACCOUNTS[0], "gemini": ACCOUNTS[1]}
    step = (until_ms - since_ms) / max(1, count / 1.72)  # about 1.72 events per step
    at = since_ms
    while len(events) < count and at < until_ms:
        family = rng.choice(("claude", "claude", "gemini"))
        before = current[family]
        after = rng.choice([a for a in ACCOUNTS if a != before])
        if rng.random() < 0.7:
            reason = rng.choice((RATE_LIMITED, RATE_LIMITED, COOLING_DOWN))
            until = at + rng.uniform(5, 60) * 60_000
            events.append(AccountEvent(LIMITED, at, family, before, None, reason, until))
            events.append(
                AccountEvent(SWITCH, at + 5, family, before, after, reason, until, pid=rng.randint(1000, 9999))
            )
        else:
            events.append(AccountEvent(SWITCH, at, family, before, after, PID_OFFSET, pid=rng.randint(1000, 9999)))
        if rng.random() < 0.01:
            events.append(AccountEvent(ALL_LIMITED, at + 10, family, until_ms=at + rng.uniform(3, 30) * 60_000))
        current[family] = after
        at += rng.uniform(0.2, 1.8) * step
    return events
