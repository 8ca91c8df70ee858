// Debug-log writer: one stand-in OpenCode process writing its debug log with the plugin's
// REAL debug module (and its real AccountManager for the PID-offset line), so the Python
// follower (core/debuglog.py) can be checked against what the plugin really writes.
//
// Usage: OPENCODE_CONFIG_DIR=<dir> [WRITER_PID_OFFSET=false] npx tsx debug_log_writer.mts LOG_DIR
//
// initializeDebug({debug: true, log_dir: LOG_DIR}) creates LOG_DIR/antigravity-debug-<time>.log
// (and prunes that folder to the newest 25 files first, as the plugin does at start-up).
// Then, mirroring the calls in plugin.js (1313-1350, 1681-1697) over four accounts
// (alice, bob disabled, "Account 3" without email, dave):
//   1. claude pick, sticky with pid_offset_enabled (unless WRITER_PID_OFFSET=false): accounts.js
//      writes "Applying PID offset", then "Selected";
//   2. the request's debug lines ("[Antigravity Debug ANTIGRAVITY-1] pid=..."), its 429:
//      logRateLimitEvent (with message/quotaResetTime/retryDelayMs/reason lines) and
//      logResponseBody of a multi-line JSON body;
//   3. a message longer than the Python follower's line cap (256 KiB), on one line;
//   4. claude pick again (moves off the limited account);
//   5. gemini pick of "Account 3", which carries a gemini rate limit (the rateLimits={...} part);
//   6. every enabled account limited for claude: "All accounts rate-limited" and the snapshot.
// It waits until every line is on disk (the write stream is asynchronous), then prints one
// JSON line: {"pid": process.pid, "log_file": path, "truth": [...]}, where truth lists what
// the plugin's own objects said at each step. It keeps the log's write stream open (as a
// running OpenCode does) until stdin closes, then exits 0.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AccountManager } from "opencode-antigravity-auth/dist/src/plugin/accounts.js";
import {
  debugLogToFile, getLogFilePath, initializeDebug, logAccountContext, logAntigravityDebugResponse,
  logRateLimitEvent, logRateLimitSnapshot, logResponseBody, startAntigravityDebugRequest,
} from "opencode-antigravity-auth/dist/src/plugin/debug.js";

// stdout carries the one result line: anything the plugin prints goes to stderr.
console.log = console.info = console.debug = console.warn = (...args: unknown[]) => console.error(...args);

const [logDir] = process.argv.slice(2);
if (!logDir) {
  process.stderr.write("usage: OPENCODE_CONFIG_DIR=<dir> npx tsx debug_log_writer.mts LOG_DIR\n");
  process.exit(2);
}
if (!process.env.OPENCODE_CONFIG_DIR) {
  process.stderr.write("debug_log_writer: OPENCODE_CONFIG_DIR must be set\n"); // never the real ~/.config/opencode
  process.exit(2);
}
// initializeDebug() also writes a .gitignore into $XDG_CONFIG_HOME/opencode: point it at a
// folder that does not exist, so the write fails silently and touches nothing real.
process.env.XDG_CONFIG_HOME = join(logDir, ".no-xdg-config");

initializeDebug({ debug: true, log_dir: logDir });
const logFile = getLogFilePath();
if (!logFile) throw new Error("debug logging did not start");

const now = Date.now();
const manager: any = new AccountManager(undefined, {
  version: 4,
  accounts: [
    { email: "alice@example.test", refreshToken: "1//alice", projectId: "p-alice", addedAt: now, lastUsed: 0 },
    { email: "bob@example.test", refreshToken: "1//bob", projectId: "p-bob", addedAt: now, lastUsed: 0, enabled: false },
    { refreshToken: "1//third", projectId: "p-third", addedAt: now, lastUsed: 0,
      rateLimitResetTimes: { "gemini-antigravity:gemini-3-pro-preview": now + 600_000 } },
    { email: "dave@example.test", refreshToken: "1//dave", projectId: "p-dave", addedAt: now, lastUsed: 0 },
  ],
  activeIndex: 0,
  activeIndexByFamily: { claude: 0, gemini: 2 },
});

const pidOffset = process.env.WRITER_PID_OFFSET !== "false";
const truth: Record<string, unknown>[] = [];
const label = (a: any) => a.email || `Account ${a.index + 1}`;

// plugin.js:1277-1350: pick, then log the pick (or that every account is limited).
function pick(family: "claude" | "gemini", model: string, withOffset: boolean): any {
  const accountCount = manager.getAccountCount();
  const account = manager.getCurrentOrNextForFamily(family, model, "sticky", "antigravity", withOffset);
  if (!account) {
    logAccountContext("All accounts rate-limited", { index: -1, family, totalAccounts: accountCount });
    logRateLimitSnapshot(family, manager.getAccountsSnapshot());
    truth.push({ kind: "all-limited", family, count: accountCount });
    return null;
  }
  logAccountContext("Selected", { index: account.index, email: account.email, family, totalAccounts: accountCount,
    rateLimitState: account.rateLimitResetTimes });
  truth.push({ kind: "selected", family, label: label(account), index: account.index, count: accountCount });
  return account;
}

// 1. The first claude pick of this process, with the PID offset.
const first = pick("claude", "claude-sonnet-4-5", pidOffset);

// 2. Its request, a 429, and the 429's body (plugin.js:1681-1697).
const url = "https://daily-cloudcode-pa.sandbox.googleapis.com/v1internal:streamGenerateContent?alt=sse";
const request = startAntigravityDebugRequest({
  originalUrl: "https://generativelanguage.googleapis.com/v1beta/models/claude-sonnet-4-5:streamGenerateContent",
  resolvedUrl: url, method: "POST", headers: { authorization: "Bearer secret", "content-type": "application/json" },
  body: JSON.stringify({ model: "claude-sonnet-4-5", request: { contents: [{ role: "user", parts: [{ text: "hi" }] }] } }),
  streaming: true, projectId: "p-alice",
});
const errorBody = JSON.stringify({
  error: {
    code: 429,
    // A body quoting a log line must not count as one: it sits on a continuation line.
    message: "Resource has been exhausted (e.g. check quota). [Account] Selected: mallory@example.test (1/3) family=claude",
    status: "RESOURCE_EXHAUSTED",
    details: [
      { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "QUOTA_EXHAUSTED",
        metadata: { quotaResetDelay: "1h0m0s", quotaResetTimeStamp: "2026-11-22T11:00:00Z" } },
      { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "3600s" },
    ],
  },
}, null, 2);
const response = new Response(errorBody, { status: 429, statusText: "Too Many Requests" });
logAntigravityDebugResponse(request, response, { note: "rate limited" });
const retryAfterMs = 3_600_000;
const backoffMs = manager.markRateLimitedWithReason(first, "claude", "antigravity", "claude-sonnet-4-5",
  "QUOTA_EXHAUSTED", retryAfterMs);
logRateLimitEvent(first.index, first.email, "claude", 429, backoffMs, {
  message: "Resource has been exhausted (e.g. check quota).", quotaResetTime: "2026-11-22T11:00:00Z",
  retryDelayMs: retryAfterMs, reason: "QUOTA_EXHAUSTED",
});
truth.push({ kind: "rate-limit", family: "claude", label: label(first), status: 429, retry_after_ms: backoffMs,
  reason: "QUOTA_EXHAUSTED" });
await logResponseBody(request, response, 429);

// 3. One line longer than the follower keeps (formatErrorForLog does not truncate).
debugLogToFile(`[Antigravity Debug ${request.id}] Error: ${"E".repeat(300 * 1024)}`);

// 4. The next claude pick moves off the limited account.
pick("claude", "claude-sonnet-4-5", pidOffset);

// 5. gemini, sticky on "Account 3", which is limited for another gemini model.
pick("gemini", "gemini-3-flash", false);

// 6. Every enabled account limited for claude.
for (const account of manager.getEnabledAccounts()) manager.markRateLimited(account, 120_000, "claude");
pick("claude", "claude-sonnet-4-5", pidOffset);

// The stream writes asynchronously: wait until the last line is on disk.
const marker = "[Writer] done";
debugLogToFile(marker);
const written = () => { try { return readFileSync(logFile, "utf8"); } catch { return ""; } }; // opened lazily
const deadline = Date.now() + 20_000;
while (!written().endsWith(`${marker}\n`)) {
  if (Date.now() > deadline) throw new Error(`the log never got its last line: ${logFile}`);
  await new Promise((resolve) => setTimeout(resolve, 20));
}
process.stdout.write(JSON.stringify({ pid: process.pid, log_file: logFile, truth }) + "\n");

// Hold the write stream open, as a running OpenCode does, until told to go.
process.stdin.resume();
await new Promise((resolve) => process.stdin.on("end", resolve));
process.exit(0);
