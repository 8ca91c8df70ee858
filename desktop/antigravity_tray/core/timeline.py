"""What the history says over a stretch of time: which account each family used when, each
account's limited stretches, the switches, the stretches when every account of a family was
limited, and per-account figures. Drawn by the Activity window; printed by ``history --summary``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .pool import FAMILIES
from .switches import ALL_LIMITED, LIMITED, SWITCH, AccountEvent
from .times import iso


@dataclass(frozen=True)
class Stretch:
    start_ms: float
    end_ms: float
    account: str = ""  # whose stretch: the account in use, or the one limited
    family: str = ""
    reason: str = ""  # for a limit: rate-limited, cooling-down, needs-verification

    @property
    def ms(self) -> float:
        return max(0.0, self.end_ms - self.start_ms)


@dataclass
class AccountFigures:
    account: str
    limited: Counter[str] = field(default_factory=Counter)  # reason → how many times
    limited_ms: float = 0.0  # time with at least one family limited (overlaps counted once)
    in_use_ms: float = 0.0  # summed over the families

    def as_dict(self, total_use_ms: float) -> dict:
        return {
            "account": self.account,
            "times_limited": sum(self.limited.values()),
            "limited_by_reason": dict(sorted(self.limited.items())),
            "limited_minutes": round(self.limited_ms / 60_000, 1),
            "in_use_minutes": round(self.in_use_ms / 60_000, 1),
            "share_of_use": round(self.in_use_ms / total_use_ms, 3) if total_use_ms else 0.0,
        }


@dataclass
class Timeline:
    since_ms: float
    until_ms: float
    use: dict[str, list[Stretch]]  # family → the accounts in use, one after another
    limits: dict[str, list[Stretch]]  # account → its limited stretches
    switches: list[AccountEvent]
    all_limited: dict[str, list[Stretch]]  # family → stretches with every account limited

    def figures(self) -> list[AccountFigures]:
        """Per account, most limited first."""
        accounts: dict[str, AccountFigures] = {}

        def of(name: str) -> AccountFigures:
            return accounts.setdefault(name, AccountFigures(name))

        for name, stretches in self.limits.items():
            figures = of(name)
            figures.limited.update(s.reason for s in stretches)
            figures.limited_ms = _union_ms(stretches)
        for stretches in self.use.values():
            for stretch in stretches:
                of(stretch.account).in_use_ms += stretch.ms
        return sorted(accounts.values(), key=lambda f: (-f.limited_ms, -sum(f.limited.values()), f.account))

    def summary(self) -> dict:
        total_use = sum(s.ms for stretches in self.use.values() for s in stretches)
        return {
            "since": iso(self.since_ms),
            "until": iso(self.until_ms),
            "accounts": [f.as_dict(total_use) for f in self.figures()],
            "all_limited": {
                family: {
                    "times": len(stretches),
                    "minutes": round(sum(s.ms for s in stretches) / 60_000, 1),
                    "periods": [{"from": iso(s.start_ms), "until": iso(s.end_ms)} for s in stretches],
                }
                for family, stretches in self.all_limited.items()
            },
        }


def build(events: Iterable[AccountEvent], since_ms: float, until_ms: float) -> Timeline:
    """The timeline of ``events`` (oldest first) between ``since_ms`` and ``until_ms``."""
    use: dict[str, list[Stretch]] = {f: [] for f in FAMILIES}
    limits: dict[str, list[Stretch]] = {}
    all_limited: dict[str, list[Stretch]] = {f: [] for f in FAMILIES}
    switches = []
    current: dict[str, tuple[str, float]] = {}  # family → (account in use, since)

    def clip(start: float, end: float | None) -> tuple[float, float]:
        return max(since_ms, start), min(until_ms, end if end is not None else start)

    for event in events:
        family = event.family or ""
        if event.kind == SWITCH and family in use:
            switches.append(event)
            account, since = current.get(family, (event.before or "", since_ms))
            if account:
                use[family].append(Stretch(*clip(since, event.at_ms), account, family))
            current[family] = (event.after or "", event.at_ms)
        elif event.kind == LIMITED and event.before:
            start, end = clip(event.at_ms, event.until_ms)
            limits.setdefault(event.before, []).append(Stretch(start, end, event.before, family, event.reason or ""))
        elif event.kind == ALL_LIMITED and family in all_limited:
            all_limited[family].append(Stretch(*clip(event.at_ms, event.until_ms), family=family))
    for family, (account, since) in current.items():
        if account:
            use[family].append(Stretch(*clip(since, until_ms), account, family))
    return Timeline(since_ms, until_ms, use, limits, switches, all_limited)


def _union_ms(stretches: list[Stretch]) -> float:
    total, reach = 0.0, float("-inf")
    for stretch in sorted(stretches, key=lambda s: s.start_ms):
        start = max(stretch.start_ms, reach)
        if stretch.end_ms > start:
            total += stretch.end_ms - start
        reach = max(reach, stretch.end_ms)
    return total


__all__ = ["AccountFigures", "Stretch", "Timeline", "build"]
