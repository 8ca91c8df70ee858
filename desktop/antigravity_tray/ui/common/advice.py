"""The note on parallel agents (shared/seeds), with the numbers at hand: how many agents a
pool of accounts can carry. Shown in the settings guidance, the advisor and the agents window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...core.messages import plural
from ...core.pool import Pool

translate = QCoreApplication.translate  # each call names its context literally, for pyside6-lupdate

SWEET_SPOT = (3, 5)  # parallel agents that run best at once
SPARE_ACCOUNTS = 2  # accounts to keep beyond one per agent


@dataclass(frozen=True)
class AccountCounts:
    total: int | None  # the list the plugin loads (PID offset divides by it); None: unreadable
    enabled: int | None


def account_counts(pool: Pool | None) -> AccountCounts:
    if pool is None:
        return AccountCounts(None, None)
    listed = pool.plugin_accounts()
    return AccountCounts(len(listed), sum(1 for a in listed if a.enabled))


def counts_advice(counts: AccountCounts, agents: int | None = None) -> str:
    """The seeds' rule of thumb with the numbers at hand."""
    low, high = SWEET_SPOT
    rule = translate(
        "AgentsAdvice",
        "Parallel agents: {0}–{1} at once is the sweet spot; more make rate limits and retries slow "
        "the whole run down (run large batches in waves). Keep at least as many accounts as agents, "
        "plus {2}.",
    ).format(low, high, SPARE_ACCOUNTS)
    if counts.enabled is None:
        return rule + " " + translate("AgentsAdvice", "The account file could not be read, so the count is unknown.")
    have = counts.enabled
    if agents is not None:
        need = agents + SPARE_ACCOUNTS
        if have >= need:
            fit = translate(
                "AgentsAdvice", "For {0} agents you need {1} accounts; you have {2} enabled: enough."
            ).format(agents, need, have)
        else:
            fit = translate(
                "AgentsAdvice", "For {0} agents you need {1} accounts; you have {2} enabled: add {3} more."
            ).format(agents, need, have, need - have)
        if agents > high:
            fit += " " + translate(
                "AgentsAdvice", "More than {0} agents at once usually finishes later, not sooner."
            ).format(high)
        return rule + " " + fit
    carries = have - SPARE_ACCOUNTS
    if carries >= high:
        fit = translate("AgentsAdvice", "You have {0} enabled accounts: enough for {1} agents at once.").format(
            have, high
        )
    elif carries == 1:
        fit = translate(
            "AgentsAdvice",
            "You have {0} enabled accounts: enough for one agent at a time; {1} more would let {2} run at once.",
        ).format(have, high - 1, high)
    elif carries > 1:
        fit = translate(
            "AgentsAdvice", "You have {0} enabled accounts: enough for {1} agents at once; {2} more would let {3} run."
        ).format(have, carries, high - carries, high)
    else:
        fit = plural(
            translate(
                "AgentsAdvice", "You have %n enabled account(s): add {0} more before running agents in parallel."
            ),
            have,
        ).format(1 + SPARE_ACCOUNTS - have)
    return rule + " " + fit
