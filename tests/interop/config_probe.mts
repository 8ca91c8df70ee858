// Config probe: runs opencode-antigravity-auth's real config loader and zod
// schema over a batch of (user, project) antigravity.json texts.
//
// Usage: npx tsx config_probe.mts IN.jsonl OUT.jsonl
//
// IN line:  {"id": <any>, "user": <raw file text | null>, "project": <raw file text | null>}
// OUT line: {"id", "effective": <loadConfig() result>, "user": <check>, "project": <check>,
//            "lossy": [<paths where JSON output differs from the JS value>]}
// check:    null                                   (text was null)
//           {"syntax_error": true, "message": ...} (JSON.parse threw SyntaxError)
//           {"valid": bool, "issue_paths": [...], "data": ...}  ("data" only when valid)
//
// Output goes to OUT.jsonl, never stdout: the plugin's logger may print there.
import {
  accessSync,
  constants as fsConstants,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "opencode-antigravity-auth/dist/src/plugin/config/loader.js";
import { AntigravityConfigSchema } from "opencode-antigravity-auth/dist/src/plugin/config/schema.js";

const [inPath, outPath] = process.argv.slice(2);
if (!inPath || !outPath) {
  process.stderr.write("usage: npx tsx config_probe.mts IN.jsonl OUT.jsonl\n");
  process.exit(2);
}

const partialSchema = AntigravityConfigSchema.partial();

type Check =
  | null
  | { syntax_error: true; message: string }
  | { valid: boolean; issue_paths: string[]; data?: unknown };

// Mirrors loader.ts: JSON.parse, then AntigravityConfigSchema.partial().safeParse.
// Paths are joined with "." exactly like the loader's own warning does.
function check(text: string | null): Check {
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    if (e instanceof SyntaxError) return { syntax_error: true, message: e.message };
    throw e;
  }
  const result = partialSchema.safeParse(parsed);
  if (result.success) return { valid: true, issue_paths: [], data: result.data };
  const paths = [...new Set(result.error.issues.map((i) => i.path.map(String).join(".")))].sort();
  return { valid: false, issue_paths: paths };
}

// JSON.stringify silently changes some JS values: ±Infinity/NaN -> null,
// -0 -> 0, undefined -> key dropped (or null in arrays). Record where.
function findLossy(value: unknown, path: string, out: string[]): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push(`${path}:${String(value)}`);
    else if (Object.is(value, -0)) out.push(`${path}:-0`);
  } else if (value === undefined) {
    out.push(`${path}:undefined`);
  } else if (typeof value === "bigint" || typeof value === "function" || typeof value === "symbol") {
    out.push(`${path}:${typeof value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findLossy(v, `${path}.${i}`, out));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) findLossy(v, `${path}.${k}`, out);
  }
}

// Private scratch dir. Prefer tmpfs (/dev/shm): on disk-backed /tmp the ~10,000
// small file writes dominate the run time. Override with CONFIG_PROBE_TMPDIR.
function scratchBase(): string {
  if (process.env.CONFIG_PROBE_TMPDIR) return process.env.CONFIG_PROBE_TMPDIR;
  if (process.platform === "linux") {
    try {
      accessSync("/dev/shm", fsConstants.W_OK);
      return "/dev/shm";
    } catch {
      // fall through
    }
  }
  return tmpdir();
}
const tmp = mkdtempSync(join(scratchBase(), "ag-config-probe-"));
const cfgDir = join(tmp, "cfg");
const projDir = join(tmp, "proj");
const userFile = join(cfgDir, "antigravity.json");
const projFile = join(projDir, ".opencode", "antigravity.json");
mkdirSync(cfgDir, { recursive: true });
mkdirSync(join(projDir, ".opencode"), { recursive: true });

// Write the text verbatim (UTF-8) or delete the file. Returns the text as the
// loader will read it back; this differs from the input only if the input had
// lone surrogates (UTF-8 encoding replaces them with U+FFFD). A file whose
// wanted text equals what is already on disk is left as is.
const onDisk = new Map<string, { text: string | null; readBack: string | null }>();
function place(file: string, text: string | null): string | null {
  const prev = onDisk.get(file);
  if (prev && prev.text === text) return prev.readBack;
  let readBack: string | null = null;
  if (text === null) {
    rmSync(file, { force: true });
  } else {
    writeFileSync(file, text, "utf-8");
    readBack = readFileSync(file, "utf-8");
  }
  onDisk.set(file, { text, readBack });
  return readBack;
}

const outLines: string[] = [];
try {
  const lines = readFileSync(inPath, "utf-8").split("\n");
  for (const raw of lines) {
    if (raw.trim() === "") continue;
    const rec = JSON.parse(raw) as { id: unknown; user?: string | null; project?: string | null };
    const id = rec.id;
    try {
      const user = place(userFile, rec.user ?? null);
      const project = place(projFile, rec.project ?? null);
      process.env.OPENCODE_CONFIG_DIR = cfgDir;
      const effective = loadConfig(projDir);
      const out: Record<string, unknown> = {
        id,
        effective,
        user: check(user),
        project: check(project),
      };
      const lossy: string[] = [];
      findLossy(out.effective, "effective", lossy);
      findLossy(out.user, "user", lossy);
      findLossy(out.project, "project", lossy);
      out.lossy = lossy;
      if (user !== (rec.user ?? null)) out.user_text_altered = true;
      if (project !== (rec.project ?? null)) out.project_text_altered = true;
      outLines.push(JSON.stringify(out));
    } catch (e) {
      outLines.push(JSON.stringify({ id, error: String((e as Error)?.stack ?? e) }));
    }
  }
  writeFileSync(outPath, outLines.length ? outLines.join("\n") + "\n" : "", "utf-8");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
