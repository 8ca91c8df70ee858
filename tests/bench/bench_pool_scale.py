"""A 1,000-account pool (about 400 KB): parse it and diff it for events, as the app does on
every save of the plugin (which mostly bumps one account's lastUsed). Prints p50/p95 over
--runs saves; asserts nothing. Target: parse + diff ≤ 10 ms median.

    .venv/bin/python tests/bench/bench_pool_scale.py [--accounts 1000] [--runs 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from antigravity_tray.core.activity import Activity  # noqa: E402
from antigravity_tray.core.pool import Pool  # noqa: E402
from antigravity_tray.core.switches import DetectorContext  # noqa: E402

from support.helpers import make_account  # noqa: E402


def big_pool(count: int, fingerprints: bool = False) -> dict:
    accounts = []
    for n in range(count):
        account = make_account(n, email=f"user{n}@example.com")
        account["cachedQuota"] = {
            g: {"remainingFraction": 0.5, "resetTime": "2030-01-01T00:00:00Z", "modelCount": 2}
            for g in ("claude", "gemini-pro", "gemini-flash")
        }
        if fingerprints:  # the plugin's device fingerprints make the file about twice as big
            account["fingerprint"] = {
                "deviceId": f"{n:032x}",
                "sessionToken": f"{n:032x}",
                "userAgent": "antigravity/1.18.3",
            }
        accounts.append(account)
    return {"version": 4, "accounts": accounts, "activeIndex": 0, "activeIndexByFamily": {"claude": 0, "gemini": 1}}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--fingerprints", action="store_true", help="give each account a device fingerprint")
    args = parser.parse_args()
    document = big_pool(args.accounts, args.fingerprints)
    activity = Activity()
    context = DetectorContext(strategy="sticky")
    text = json.dumps(document, indent=2)
    pool = Pool.from_text(text)
    activity.on_pool(pool, time.time() * 1000, context)
    parse, diff = [], []
    for run in range(args.runs):
        document["accounts"][run % args.accounts]["lastUsed"] += 1000  # what most saves change
        text = json.dumps(document, indent=2)
        start = time.perf_counter()
        pool = Pool.from_text(text, previous=pool)  # as the hub reads it: unchanged entries kept
        parsed = time.perf_counter()
        activity.on_pool(pool, time.time() * 1000, context)
        done = time.perf_counter()
        parse.append((parsed - start) * 1000)
        diff.append((done - parsed) * 1000)
    total = [p + d for p, d in zip(parse, diff, strict=True)]

    def p(values: list[float], q: int) -> float:
        return statistics.quantiles(values, n=100)[q - 1]

    print(f"{args.accounts} accounts, {len(text) / 1024:.0f} KB, {args.runs} saves")
    for name, values in (("parse", parse), ("diff", diff), ("parse + diff", total)):
        print(f"{name}: p50 {p(values, 50):.1f} ms, p95 {p(values, 95):.1f} ms")


if __name__ == "__main__":
    main()
