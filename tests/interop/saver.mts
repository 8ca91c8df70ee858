// Saver: a concurrency worker that behaves like a running plugin instance,
// hammering antigravity-accounts.json through the plugin's real saveAccounts()
// (proper-lockfile lock dir + read/merge/tmp-file/rename) and loadAccounts().
//
// Usage: OPENCODE_CONFIG_DIR=<dir> npx tsx saver.mts WORKER_ID DURATION_MS OUT.json
//
// Until DURATION_MS elapses: add one new account to the in-memory list, save
// the whole list as v4 storage (retrying the same save after a short pause if
// it throws, e.g. ELOCKED, so every created account is eventually saved),
// call loadAccounts() every few iterations, and sleep a random 0-30 ms.
// OUT.json: {"saved_tokens": [...], "saves": n, "save_failures": n,
//            "load_nulls": n, "loads": n, "errors": [first few error codes],
//            "started_at": epoch ms, "finished_at": epoch ms}
// Optional env SAVER_START_AT_MS=<epoch ms>: wait until then before starting
// (lets several workers, whose tsx start-up takes ~1 s, begin together); the
// duration counts from the actual start.
// load_nulls > 0 means loadAccounts() saw a missing or unparsable file after
// this worker had already saved successfully at least once.
import { writeFileSync } from "node:fs";
import { loadAccounts, saveAccounts } from "opencode-antigravity-auth/dist/src/plugin/storage.js";

const [workerId, durationArg, outPath] = process.argv.slice(2);
const durationMs = Number(durationArg);
if (!workerId || !outPath || !Number.isFinite(durationMs)) {
  process.stderr.write("usage: OPENCODE_CONFIG_DIR=<dir> npx tsx saver.mts WORKER_ID DURATION_MS OUT.json\n");
  process.exit(2);
}
if (!process.env.OPENCODE_CONFIG_DIR) {
  process.stderr.write("saver: OPENCODE_CONFIG_DIR must be set\n");
  process.exit(2);
}

const LOAD_EVERY = 3; // iterations between loadAccounts() calls
const RETRY_PAUSE_MS = 20; // pause before retrying a failed save (plus jitter)

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

type Account = {
  email: string;
  refreshToken: string;
  projectId: string;
  addedAt: number;
  lastUsed: number;
  enabled: boolean;
};

const accounts: Account[] = [];
const savedTokens: string[] = [];
let saves = 0;
let saveFailures = 0;
let loads = 0;
let loadNulls = 0;
const errors: string[] = [];

const startAt = Number(process.env.SAVER_START_AT_MS ?? 0);
if (Number.isFinite(startAt) && startAt > Date.now()) await sleep(startAt - Date.now());
const startedAt = Date.now();
const deadline = startedAt + durationMs;
let n = 0;
while (Date.now() < deadline) {
  n += 1;
  const now = Date.now();
  const account: Account = {
    email: `node-${workerId}-${n}@example.test`,
    refreshToken: `node-${workerId}-${n}-tok`,
    projectId: `proj-${workerId}`,
    addedAt: now,
    lastUsed: now,
    enabled: true,
  };
  accounts.push(account);
  const storage = {
    version: 4 as const,
    accounts: accounts.map((a) => ({ ...a })),
    activeIndex: 0,
    activeIndexByFamily: { claude: 0, gemini: 0 },
  };
  // Retry the same save until it lands (may run past the deadline; that is
  // intended, every created account must end up saved).
  for (;;) {
    try {
      await saveAccounts(storage as Parameters<typeof saveAccounts>[0]);
      saves += 1;
      break;
    } catch (e) {
      saveFailures += 1;
      if (errors.length < 5) errors.push(String((e as { code?: string })?.code ?? e));
      await sleep(RETRY_PAUSE_MS + Math.random() * RETRY_PAUSE_MS);
    }
  }
  savedTokens.push(account.refreshToken);

  if (n % LOAD_EVERY === 0) {
    loads += 1;
    const loaded = await loadAccounts();
    if (loaded === null) loadNulls += 1;
  }
  await sleep(Math.random() * 30);
}

writeFileSync(
  outPath,
  JSON.stringify({
    saved_tokens: savedTokens,
    saves,
    save_failures: saveFailures,
    load_nulls: loadNulls,
    loads,
    errors,
    started_at: startedAt,
    finished_at: Date.now(),
  }) + "\n",
  "utf-8",
);
