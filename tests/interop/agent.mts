// Agent: one stand-in OpenCode process running the plugin's REAL AccountManager.
//
// Usage: OPENCODE_CONFIG_DIR=<dir> npx tsx agent.mts [--strategy=S] [--pid-offset=true|false] [--log-dir=DIR]
//   (or env AGENT_STRATEGY, AGENT_PID_OFFSET, AGENT_LOG_DIR; argv wins over env)
//
// Start-up mirrors the plugin's (plugin.js:995-1025, 1163-1166): loadConfig()
// (antigravity.json in OPENCODE_CONFIG_DIR, plus <cwd>/.opencode/antigravity.json),
// then the options above override account_selection_strategy / pid_offset_enabled /
// debug+log_dir; initializeDebug(config); initHealthTracker / initTokenTracker;
// AccountManager.loadFromDisk(); requestSaveToDisk() if any account is enabled.
// Not done: the network version fetch (initAntigravityVersion), so fingerprints use
// the fallback Antigravity version. process.title is "opencode", so process
// scanners see an OpenCode process (psutil: name() "opencode").
//
// Protocol: one JSON line in on stdin, one JSON line out on stdout per command.
// First line out: {"ready": true, "pid": <process.pid>, "accounts": <total>, "enabled": <n>,
//                  "strategy": S, "pid_offset": bool, "log_file": path|null}
// Commands (model is optional, default per family below):
//   {"op":"request","family":F,"model":M[,"ok":false][,"max_loops":5]}
//     -> {"pid","family","selected": email,"index","header_style","toast": text|null,"toasts":[...],"loops": n}
//     -> {"pid","family","selected": null,"index": -1,"all_limited": true,"wait_ms": n,"toasts","loops"}
//     -> {..., "stuck": true} when every one of max_loops picks had to be dropped (not sent)
//   {"op":"429","family":F,"model":M,"retry_after_ms":N,"reason":"QUOTA_EXHAUSTED"}
//     -> {"limited": email,"index","key": quota key,"backoff_ms","until": epoch ms}
//   {"op":"cooldown","family":F,"model":M,"ms":N,"reason":"network-error"}
//     -> {"cooling": email,"index","until"}
//   {"op":"verify","family":F[,"reason":text,"url":u]} -> {"verification_required": email,"index","current"}
//   {"op":"flush"} -> {"flushed": true,"saves": n}
//   {"op":"state"} -> {"pid","strategy","pid_offset","cursor","current":{"claude":i,"gemini":i},"emails":[...],
//                      "accounts":[{index,email,enabled,lastUsed,rateLimitResetTimes,coolingDownUntil,...}],
//                      "save_pending","saves","log_file"}
//   {"op":"exit"}  -> {"exiting": true}, after flushing; then the process exits 0.
// A bad command answers {"error": "..."}; stdin EOF flushes and exits too.
import { createInterface } from "node:readline";
import { join } from "node:path";
import { AccountManager, calculateBackoffMs, computeSoftQuotaCacheTtlMs } from "opencode-antigravity-auth/dist/src/plugin/accounts.js";
import { getLogFilePath, initializeDebug, isDebugEnabled, logAccountContext, logRateLimitEvent, logRateLimitSnapshot } from "opencode-antigravity-auth/dist/src/plugin/debug.js";
import { loadConfig, initRuntimeConfig } from "opencode-antigravity-auth/dist/src/plugin/config/index.js";
import { getHealthTracker, getTokenTracker, initHealthTracker, initTokenTracker } from "opencode-antigravity-auth/dist/src/plugin/rotation.js";
import { resolveModelWithTier } from "opencode-antigravity-auth/dist/src/plugin/transform/model-resolver.js";

process.title = "opencode";
// stdout is the protocol channel: anything the plugin prints goes to stderr.
console.log = console.info = console.debug = console.warn = (...args: unknown[]) => console.error(...args);

if (!process.env.OPENCODE_CONFIG_DIR) {
  process.stderr.write("agent: OPENCODE_CONFIG_DIR must be set\n"); // never the real ~/.config/opencode
  process.exit(2);
}

type Family = "claude" | "gemini";
type HeaderStyle = "antigravity" | "gemini-cli";
const DEFAULT_MODEL: Record<Family, string> = { claude: "claude-sonnet-4-5", gemini: "gemini-3-pro-preview" };

function option(name: string): string | undefined {
  const flag = `--${name}=`;
  const arg = process.argv.slice(2).find((a) => a.startsWith(flag));
  if (arg) return arg.slice(flag.length);
  const value = process.env[`AGENT_${name.toUpperCase().replace(/-/g, "_")}`];
  return value === "" ? undefined : value;
}

const config: any = loadConfig(process.cwd());
const strategy = option("strategy");
if (strategy !== undefined) {
  if (!["sticky", "round-robin", "hybrid"].includes(strategy)) {
    process.stderr.write(`agent: unknown strategy ${strategy}\n`);
    process.exit(2);
  }
  config.account_selection_strategy = strategy;
}
const pidOffset = option("pid-offset");
if (pidOffset !== undefined) config.pid_offset_enabled = ["1", "true", "yes"].includes(pidOffset.toLowerCase());
const logDir = option("log-dir");
if (logDir !== undefined) {
  config.debug = true;
  config.log_dir = logDir;
  // initializeDebug() also writes a .gitignore into $XDG_CONFIG_HOME/opencode (default
  // ~/.config/opencode), never OPENCODE_CONFIG_DIR. Point it at a folder that does not
  // exist so the user's real config folder is never touched (the write fails silently).
  process.env.XDG_CONFIG_HOME = join(logDir, ".no-xdg-config");
}
initRuntimeConfig(config);
initializeDebug(config);
if (config.health_score) {
  initHealthTracker({
    initial: config.health_score.initial,
    successReward: config.health_score.success_reward,
    rateLimitPenalty: config.health_score.rate_limit_penalty,
    failurePenalty: config.health_score.failure_penalty,
    recoveryRatePerHour: config.health_score.recovery_rate_per_hour,
    minUsable: config.health_score.min_usable,
    maxScore: config.health_score.max_score,
  });
}
if (config.token_bucket) {
  initTokenTracker({
    maxTokens: config.token_bucket.max_tokens,
    regenerationRatePerMinute: config.token_bucket.regeneration_rate_per_minute,
    initialTokens: config.token_bucket.initial_tokens,
  });
}

const manager: any = await AccountManager.loadFromDisk();
// Instrumentation only: remember the in-flight debounced save, so "flush" can wait for
// a save whose timer already fired (flushSaveToDisk() alone returns at once then).
let inflight: Promise<void> = Promise.resolve();
let saves = 0;
const executeSave = manager.executeSave.bind(manager);
manager.executeSave = () => {
  inflight = executeSave().then(() => { saves += 1; });
  return inflight;
};
if (manager.getAccountCount() > 0) manager.requestSaveToDisk(); // plugin.js:1164-1166

const softQuotaTtlMs = computeSoftQuotaCacheTtlMs(config.soft_quota_cache_ttl_minutes, config.quota_refresh_interval_minutes);
const lastSent: Partial<Record<Family, { account: any; headerStyle: HeaderStyle; model: string }>> = {};

function family(cmd: any): Family {
  if (cmd.family !== "claude" && cmd.family !== "gemini") throw new Error(`family must be "claude" or "gemini", got ${JSON.stringify(cmd.family)}`);
  return cmd.family;
}

function model(cmd: any, f: Family): string {
  return typeof cmd.model === "string" && cmd.model ? cmd.model : DEFAULT_MODEL[f];
}

// plugin.js getHeaderStyleFromUrl (not exported; plugin.js itself does not load under tsx).
function preferredHeaderStyle(f: Family, m: string): HeaderStyle {
  if (f === "claude") return "antigravity";
  const cliFirst = config.cli_first ?? false;
  return resolveModelWithTier(m, { cli_first: cliFirst }).quotaPreference ?? "antigravity";
}

// The account the family's last request went to (what a 429 etc. applies to).
function current(f: Family): { account: any; headerStyle: HeaderStyle; model: string } {
  const sent = lastSent[f];
  if (sent) return sent;
  const account = manager.getCurrentAccountForFamily(f);
  if (!account) throw new Error(`no current account for ${f}: send a "request" first`);
  return { account, headerStyle: preferredHeaderStyle(f, DEFAULT_MODEL[f]), model: DEFAULT_MODEL[f] };
}

// plugin.js:1277-1365 and 1507-1561: one request up to sending it (and its success when ok).
// Like the plugin, a pick whose header style is rate-limited (gemini) is dropped and the
// selection runs again; the plugin loops without limit, the agent stops after max_loops
// (default 5) and answers with "stuck": true.
function request(cmd: any) {
  const f = family(cmd);
  const m = model(cmd, f);
  const maxLoops = Number(cmd.max_loops ?? 5);
  const preferred = preferredHeaderStyle(f, m);
  const allowQuotaFallback = f === "gemini";
  const select = (style: HeaderStyle) => manager.getCurrentOrNextForFamily(f, m, config.account_selection_strategy, style,
    config.pid_offset_enabled, config.soft_quota_threshold_percent, softQuotaTtlMs);
  const toasts: string[] = [];
  let account: any = null;
  let headerStyle: HeaderStyle = preferred;
  let loops = 0;
  for (; loops < maxLoops; loops++) {
    const accountCount = manager.getAccountCount();
    if (accountCount === 0) throw new Error("No Antigravity accounts available. Run `opencode auth login`.");
    account = select(preferred);
    if (!account && allowQuotaFallback) account = select(preferred === "antigravity" ? "gemini-cli" : "antigravity");
    if (!account) {
      const waitMs = manager.getMinWaitTimeForFamily(f, m, preferred, !allowQuotaFallback) || 60_000;
      if (isDebugEnabled()) {
        logAccountContext("All accounts rate-limited", { index: -1, family: f, totalAccounts: accountCount });
        logRateLimitSnapshot(f, manager.getAccountsSnapshot());
      }
      return { pid: process.pid, family: f, selected: null, index: -1, all_limited: true, wait_ms: waitMs,
        toasts, loops: loops + 1 };
    }
    if (isDebugEnabled()) {
      logAccountContext("Selected", { index: account.index, email: account.email, family: f, totalAccounts: accountCount,
        rateLimitState: account.rateLimitResetTimes });
    }
    if (accountCount > 1 && manager.shouldShowAccountToast(account.index)) {
      const label = account.email || `Account ${account.index + 1}`;
      const position = manager.getEnabledAccounts().findIndex((a: any) => a.index === account.index) + 1;
      toasts.push(`Using ${label} (${position}/${accountCount})`);
      manager.markToastShown(account.index);
    }
    manager.requestSaveToDisk();
    headerStyle = preferred; // plugin.js:1507
    let switchAccount = false;
    if (manager.isRateLimitedForHeaderStyle(account, f, headerStyle, m)) {
      if (allowQuotaFallback && headerStyle === "antigravity" && manager.hasOtherAccountWithAntigravityAvailable(account.index, f, m)) {
        switchAccount = true;
      } else if (allowQuotaFallback) {
        const alternate = manager.getAvailableHeaderStyle(account, f, m);
        if (alternate && alternate !== headerStyle) {
          toasts.push(headerStyle === "antigravity"
            ? "Antigravity quota exhausted on all accounts. Using Gemini CLI quota."
            : "Gemini CLI quota exhausted, using Antigravity quota");
          headerStyle = alternate;
        } else switchAccount = true;
      } else switchAccount = true;
    }
    if (!switchAccount) break;
    if (accountCount <= 1) throw new Error("the only account is rate-limited for this request's quota (plugin returns the last failure)");
  }
  const answer: Record<string, unknown> = { pid: process.pid, family: f, selected: account.email ?? null, index: account.index,
    header_style: headerStyle, toast: [...toasts].reverse().find((t) => t.startsWith("Using ")) ?? null, toasts, loops: Math.min(loops + 1, maxLoops) };
  if (loops >= maxLoops) return { ...answer, stuck: true }; // never sent
  if (config.account_selection_strategy === "hybrid") getTokenTracker().consume(account.index); // plugin.js:1625
  lastSent[f] = { account, headerStyle, model: m };
  if (cmd.ok !== false) { // plugin.js:1831-1834, response.ok
    account.consecutiveFailures = 0;
    getHealthTracker().recordSuccess(account.index);
    manager.markAccountUsed(account.index);
  }
  return answer;
}

// plugin.js:1681-1722, a 429 that is not the quick-retry first attempt.
function rateLimit(cmd: any) {
  const f = family(cmd);
  const sent = current(f);
  const { account, headerStyle } = sent;
  const m = typeof cmd.model === "string" && cmd.model ? cmd.model : sent.model;
  const retryMs = Number(cmd.retry_after_ms ?? 60_000);
  const reason = typeof cmd.reason === "string" ? cmd.reason : "QUOTA_EXHAUSTED";
  const logged = Math.max(retryMs, calculateBackoffMs(reason, account.consecutiveFailures ?? 0, retryMs));
  logRateLimitEvent(account.index, account.email, f, 429, logged, {});
  getHealthTracker().recordRateLimit(account.index);
  const backoffMs = manager.markRateLimitedWithReason(account, f, headerStyle, m, reason, retryMs,
    config.failure_ttl_seconds * 1000);
  manager.requestSaveToDisk();
  const key = f === "claude" ? "claude" : `${headerStyle === "gemini-cli" ? "gemini-cli" : "gemini-antigravity"}:${m}`;
  return { limited: account.email ?? null, index: account.index, key, backoff_ms: backoffMs,
    until: account.rateLimitResetTimes[key] ?? null };
}

// plugin.js:1929-1936, 5 failures in a row on all endpoints.
function cooldown(cmd: any) {
  const f = family(cmd);
  const sent = current(f);
  const ms = Number(cmd.ms ?? 30_000);
  const reason = typeof cmd.reason === "string" ? cmd.reason : "network-error";
  manager.markAccountCoolingDown(sent.account, ms, reason);
  manager.markRateLimited(sent.account, ms, f, sent.headerStyle, typeof cmd.model === "string" ? cmd.model : sent.model);
  manager.requestSaveToDisk();
  return { cooling: sent.account.email ?? null, index: sent.account.index, until: sent.account.coolingDownUntil };
}

// plugin.js:1800-1809, 403 VALIDATION_REQUIRED.
function verify(cmd: any) {
  const f = family(cmd);
  const sent = current(f);
  const cooldownMs = 10 * 60 * 1000;
  manager.markAccountVerificationRequired(sent.account.index, cmd.reason ?? "Google requires account verification.", cmd.url);
  manager.markAccountCoolingDown(sent.account, cooldownMs, "validation-required");
  manager.markRateLimited(sent.account, cooldownMs, f, sent.headerStyle, sent.model);
  manager.requestSaveToDisk();
  return { verification_required: sent.account.email ?? null, index: sent.account.index,
    current: { ...manager.currentAccountIndexByFamily } };
}

async function flush() {
  await manager.flushSaveToDisk();
  await inflight;
}

function state() {
  return {
    pid: process.pid,
    strategy: config.account_selection_strategy,
    pid_offset: config.pid_offset_enabled,
    cursor: manager.cursor,
    current: { ...manager.currentAccountIndexByFamily },
    emails: manager.getAccounts().map((a: any) => a.email ?? null),
    accounts: manager.getAccounts().map((a: any) => ({
      index: a.index, email: a.email ?? null, enabled: a.enabled !== false, lastUsed: a.lastUsed,
      rateLimitResetTimes: { ...a.rateLimitResetTimes }, coolingDownUntil: a.coolingDownUntil ?? null,
      cooldownReason: a.cooldownReason ?? null, verificationRequired: a.verificationRequired ?? false,
      lastSwitchReason: a.lastSwitchReason ?? null,
    })),
    save_pending: manager.savePending,
    saves,
    log_file: getLogFilePath() ?? null,
  };
}

const write = (obj: unknown) => process.stdout.write(JSON.stringify(obj) + "\n");

write({ ready: true, pid: process.pid, accounts: manager.getTotalAccountCount(), enabled: manager.getAccountCount(),
  strategy: config.account_selection_strategy, pid_offset: config.pid_offset_enabled, log_file: getLogFilePath() ?? null });

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let exiting = false;
for await (const line of lines) {
  if (!line.trim()) continue;
  let answer: unknown;
  try {
    const cmd = JSON.parse(line);
    switch (cmd.op) {
      case "request": answer = request(cmd); break;
      case "429": answer = rateLimit(cmd); break;
      case "cooldown": answer = cooldown(cmd); break;
      case "verify": answer = verify(cmd); break;
      case "flush": await flush(); answer = { flushed: true, saves }; break;
      case "state": answer = state(); break;
      case "exit": await flush(); answer = { exiting: true }; exiting = true; break;
      default: throw new Error(`unknown op ${JSON.stringify(cmd.op)}`);
    }
  } catch (e) {
    answer = { error: e instanceof Error ? e.message : String(e) };
  }
  write(answer);
  if (exiting) break;
}
// Stdin closed or "exit": let the pending debug-log writes drain, then end.
await flush();
lines.close();
process.stdin.destroy();
process.exitCode = 0;
setTimeout(() => process.exit(0), 2000).unref();
