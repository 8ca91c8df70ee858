"""A separate process that changes the pool the way our CLI does, for concurrency and
crash tests. Prints "ready", then one line per change that completed (never a token)."""

import argparse
import random
import sys
import time
from pathlib import Path

from antigravity_tray.core.pool_store import NewAccount, PoolStore


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("prefix")
    parser.add_argument("--count", type=int, default=10**9)
    parser.add_argument("--seconds", type=float, default=3600)
    parser.add_argument("--toggle", action="store_true", help="also disable/enable our own accounts")
    parser.add_argument("--pause-ms", type=float, default=0, help="random pause of up to this between changes")
    args = parser.parse_args()
    store = PoolStore(args.path, lock_timeout=60)
    deadline = time.monotonic() + args.seconds
    print("ready", flush=True)
    for n in range(args.count):
        if time.monotonic() > deadline:
            break
        email = f"{args.prefix}-{n}@example.test"
        store.add(NewAccount(f"{args.prefix}-{n}-tok", email=email, project_id=f"proj-{args.prefix}"))
        print(f"added {email}", flush=True)
        if args.toggle and n and random.random() < 0.3:
            victim = f"{args.prefix}-{random.randrange(n)}@example.test"
            store.set_enabled(victim, random.random() < 0.5)
            print(f"toggled {victim}", flush=True)
        time.sleep(random.uniform(0, args.pause_ms) / 1000)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
