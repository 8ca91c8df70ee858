"""Changing the account pool on disk while OpenCode may be writing it too.

Each operation takes the plugin's own lock, re-reads the file under it, applies only its
own change to the raw JSON, keeps the version it read (a v3 file stays v3, since plugins
up to 1.4 cannot read v4), backs up what it replaces, and writes a 0600 temp file that
it renames over the pool. A file we cannot parse is never overwritten.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .jsonio import Backups, JsonSyntaxError, atomic_write, encode_json, read_snapshot, resolve_target
from .lock import PluginFileLock
from .pool import FAMILIES, Account, Pool, PoolFormatError

POOL_FILE_MODE = 0o600


@dataclass(frozen=True)
class NewAccount:
    refresh_token: str
    email: str | None = None
    project_id: str | None = None
    managed_project_id: str | None = None

    def __repr__(self) -> str:  # keep the token out of logs and tracebacks
        return f"NewAccount(email={self.email!r}, project_id={self.project_id!r})"


@dataclass(frozen=True)
class PoolChange:
    action: str  # "added", "updated", "enabled", "disabled", "removed", "unchanged"
    label: str
    pool_size: int


class PoolStore:
    def __init__(
        self,
        path: Path,
        backups: Backups | None = None,
        *,
        clock: Callable[[], float] = time.time,
        lock_timeout: float = 15.0,
    ):
        self.path = Path(path)
        self.backups = backups
        self.clock = clock
        self.lock_timeout = lock_timeout

    def read(self, previous: Pool | None = None) -> Pool:
        """The pool as it is now; an empty pool when the file does not exist. ``previous``
        (the last read) lets unchanged entries keep their parsed accounts."""
        snapshot = read_snapshot(self.path)
        if not snapshot.exists:
            return Pool.empty()
        return Pool.from_text(snapshot.text(), str(self.path), previous)

    # -- operations -------------------------------------------------------------------
    def add(self, new: NewAccount) -> PoolChange:
        """Add an account; the same refresh token or the same email updates that entry."""
        return self.add_many([new])

    def add_many(self, accounts: list[NewAccount]) -> PoolChange:
        """Several accounts in one locked write (one backup, not one per account)."""

        def change(pool: Pool) -> PoolChange:
            # Re-read the raw document before each one, so two new accounts never collide.
            results = [self._add_one(Pool.from_document(pool.raw, str(self.path)), new) for new in accounts]
            if len(results) == 1:
                return results[0]
            return PoolChange("added", f"{len(results)} accounts", len(pool.raw["accounts"]))

        return self._update(change, create=True)

    def _add_one(self, pool: Pool, new: NewAccount) -> PoolChange:
        now_ms = int(self.clock() * 1000)
        entry = self._matching_entry(pool, new)
        if entry is None:
            entry = {"email": new.email, "refreshToken": new.refresh_token}
            if new.project_id:
                entry["projectId"] = new.project_id
            if new.managed_project_id:
                entry["managedProjectId"] = new.managed_project_id
            entry.update(addedAt=now_ms, lastUsed=now_ms)
            if pool.version >= 3:
                entry["enabled"] = True
            if new.email is None:
                del entry["email"]
            pool.raw["accounts"].append(entry)
            return PoolChange("added", new.email or "new account", len(pool.raw["accounts"]))
        entry["refreshToken"] = new.refresh_token
        if new.email:
            entry["email"] = new.email
        if new.project_id:
            entry["projectId"] = new.project_id
        if new.managed_project_id:
            entry["managedProjectId"] = new.managed_project_id
        # As the plugin's own login does: of two entries with one email, the plugin keeps
        # the most recently used, so the repaired one must be the newest.
        entry["lastUsed"] = now_ms
        return PoolChange("updated", entry.get("email") or "account", len(pool.raw["accounts"]))

    def set_enabled(self, selector: str, enabled: bool) -> PoolChange:
        def change(pool: Pool) -> PoolChange:
            if pool.version < 3:
                raise PoolFormatError(
                    f"{self.path} is a version {pool.version} file, which has no enabled flag; the plugin "
                    f"would drop it when it upgrades the file. Start OpenCode once to upgrade it, then retry."
                )
            account = pool.find(selector)
            entry = pool.raw["accounts"][account.position]
            if account.enabled == enabled:
                return PoolChange("unchanged", account.label, len(pool.accounts))
            entry["enabled"] = enabled
            return PoolChange("enabled" if enabled else "disabled", account.label, len(pool.accounts))

        return self._update(change)

    def remove(self, selector: str) -> PoolChange:
        def change(pool: Pool) -> PoolChange:
            account = pool.find(selector)
            in_use = {"activeIndex": pool.cursor_account(), **pool.current_by_family()}
            del pool.raw["accounts"][account.position]
            after = Pool.from_document(pool.raw, str(self.path))
            _repoint_indices(pool.raw, after, in_use, account.position)
            return PoolChange("removed", account.label, len(after.accounts))

        return self._update(change)

    # -- the safe write ---------------------------------------------------------------
    def _update(self, change: Callable[[Pool], PoolChange], *, create: bool = False) -> PoolChange:
        target = resolve_target(self.path)
        with PluginFileLock(target, timeout=self.lock_timeout) as lock:
            snapshot = read_snapshot(target)
            if snapshot.exists:
                try:
                    text = snapshot.text_for_writing()
                except JsonSyntaxError as exc:
                    raise PoolFormatError(f"{exc}. The pool was not changed.") from None
                pool = Pool.from_text(text, str(self.path))
            elif create:
                pool = Pool.empty()
            else:
                raise PoolFormatError(f"{self.path} does not exist: the pool is empty.")
            result = change(pool)
            if result.action == "unchanged":
                return result
            data = encode_json(pool.raw)
            if self.backups:
                self.backups.save(snapshot)
            lock.ensure_held()
            atomic_write(target, data, POOL_FILE_MODE)
        return result

    @staticmethod
    def _matching_entry(pool: Pool, new: NewAccount) -> dict | None:
        for account in pool.accounts:
            if account.refresh_token == new.refresh_token:
                return pool.raw["accounts"][account.position]
        if new.email:
            for account in pool.plugin_accounts():  # the entry the plugin actually uses
                if account.email and account.email.casefold() == new.email.casefold():
                    return pool.raw["accounts"][account.position]
        return None


def _repoint_indices(raw: dict, after: Pool, in_use: dict[str, Account | None], removed: int) -> None:
    """Keep each family on the account it used; a family that used the removed account
    moves to the one that took its place."""
    listed = after.plugin_accounts()

    def new_index(was: Account | None, old_index: int) -> int:
        if not listed:
            return 0
        if was is not None and was.position != removed:
            shifted = was.position - (1 if was.position > removed else 0)
            for index, account in enumerate(listed):
                if account.position == shifted:
                    return index
        return min(old_index, len(listed) - 1)

    def is_index(value) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    if is_index(raw.get("activeIndex")):
        raw["activeIndex"] = new_index(in_use["activeIndex"], raw["activeIndex"])
    by_family = raw.get("activeIndexByFamily")
    if isinstance(by_family, dict):
        for family in FAMILIES:
            if is_index(by_family.get(family)):
                by_family[family] = new_index(in_use[family], by_family[family])


__all__ = ["Account", "NewAccount", "Pool", "PoolChange", "PoolFormatError", "PoolStore"]
