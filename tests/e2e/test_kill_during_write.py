"""Killing our writer at random moments never leaves a partial or missing pool file."""

import json
import os
import random
import signal
import subprocess
import sys
import time

from antigravity_tray.core.lock import lock_path_for
from antigravity_tray.core.pool import Pool

from support.helpers import REPO, make_account, write_pool

KILLS = 200


def test_sigkill_at_random_points_of_writes_never_damages_the_pool(tmp_path):
    pool = tmp_path / "antigravity-accounts.json"
    # A big pool makes each write take long enough to be hit in the middle.
    write_pool(pool, [make_account(n) for n in range(400)], version=3)
    committed = {a["refreshToken"] for a in json.loads(pool.read_text())["accounts"]}
    rng = random.Random(7)
    killed_inside_lock = 0
    for round_ in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, str(REPO / "tests" / "support" / "pool_writer.py"), str(pool), f"k{round_}"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        killed_inside_lock += lock_path_for(pool).exists()
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate()
        completed = [
            line.split()[1].replace("@example.test", "-tok") for line in rest.splitlines() if line.startswith("added ")
        ]

        document = Pool.from_text(pool.read_text())  # must parse: never half a file
        tokens = {a.refresh_token for a in document.accounts}
        assert document.version == 3
        assert committed <= tokens, "an account that was saved before the kill is gone"
        assert set(completed) <= tokens, "a write reported done is not on disk"
        assert os.stat(pool).st_mode & 0o777 == 0o600
        committed = tokens
        # The dead writer's lock would free itself after 10 s; clear it to keep the test short.
        if lock_path_for(pool).exists():
            os.rmdir(lock_path_for(pool))
    print(f"\nkills: {KILLS}, inside the lock: {killed_inside_lock}, accounts now: {len(committed)}")
    assert killed_inside_lock > 0  # the kills really landed during writes
