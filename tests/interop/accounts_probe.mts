// Accounts probe: runs opencode-antigravity-auth's real loadAccounts().
//
// Usage: OPENCODE_CONFIG_DIR=<dir> npx tsx accounts_probe.mts OUT.json
//
// Reads <dir>/antigravity-accounts.json exactly as the plugin does (including
// v1/v2/v3 -> v4 migration, refreshToken filtering, dedupe by email and
// activeIndex clamping) and writes {"result": <storage or null>} to OUT.json.
// null means the plugin would treat the file as missing/unusable.
//
// Side effects are the plugin's own: loadAccounts() chmods the file to 0600,
// and for version 1-3 files it saves the migrated v4 form back to disk (under
// the plugin's lock, also creating/updating <dir>/.gitignore).
import { writeFileSync } from "node:fs";
import { loadAccounts } from "opencode-antigravity-auth/dist/src/plugin/storage.js";

const [outPath] = process.argv.slice(2);
if (!outPath) {
  process.stderr.write("usage: OPENCODE_CONFIG_DIR=<dir> npx tsx accounts_probe.mts OUT.json\n");
  process.exit(2);
}
if (!process.env.OPENCODE_CONFIG_DIR) {
  // Refuse to fall back to the real ~/.config/opencode.
  process.stderr.write("accounts_probe: OPENCODE_CONFIG_DIR must be set\n");
  process.exit(2);
}

const result = await loadAccounts();
writeFileSync(outPath, JSON.stringify({ result: result ?? null }) + "\n", "utf-8");
