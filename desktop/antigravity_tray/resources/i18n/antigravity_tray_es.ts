<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a Google account and add it to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected account out of rotation, or put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again as the selected account to repair it in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page where Google asks to verify the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected account from the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back every account the keyring vault holds that the pool lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as {0} in the browser: the account is repaired in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened Google&apos;s verification page for {0}. Once verified, enable the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is disabled: the plugin skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} from the account pool? OpenCode stops using it; signing in again adds it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the removal is applied, also forget {0} in the keyring vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring vault still holds {0}. Forget it there too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the vault keeps it, Restore from vault can bring the account back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was removed from the pool and forgotten in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is still in the vault: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring needs the system keyring, and none can be used here.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore: every account the vault holds is in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}. {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not {0}:

{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for OpenCode to exit to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsFormat</name>
    <message>
        <source>d MMM</source>
        <comment>a date this year (Qt date pattern)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in another year (Qt date pattern)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd</source>
        <comment>weekday (Qt pattern)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>day, then clock time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}d {1}h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}h {1:02d}m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}m {1:02d}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <comment>clock time, then countdown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?%</source>
        <comment>unknown remaining quota</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemini pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemini flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n cooling down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention needed: %n</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled accounts take part in rotation; the plugin skips disabled ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account each model family uses now, as the last OpenCode to save wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google rate-limited the account for this family until the time shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin rests the account after errors, until the time shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google asks to verify the account in a browser before it is used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Google still accepts the account&apos;s sign-in (checked by this app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining quota per group as the plugin last fetched it, and when it resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored by the plugin: another entry has the same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {0} (no email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed project: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {0} of the pool file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: the plugin may use this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: the plugin skips this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCode sends {0} requests to this account now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google wants this account verified before it is used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin disabled the account; enable it again once verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google no longer accepts this account&apos;s sign-in ({0}, checked {1}). Click to sign in again as {2}: it is repaired in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsWindow</name>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a Google account: it goes into the plugin&apos;s account pool, and OpenCode can use it at its next request. With two or more, the plugin moves on when one is rate-limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show until the file is repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair the file by hand, or copy an earlier version over it. The window updates by itself as soon as the file can be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plugin folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account pool cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate-limited: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCode not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for OpenCode to exit&lt;/b&gt; (pid {0}), then this app will {1}. &lt;a href=&quot;cancel&quot;&gt;Cancel&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The accounts file cannot be read, so nothing in it is shown.&lt;/b&gt; This app never overwrites a file it cannot read; it is left exactly as it is.&lt;br&gt;{0}&lt;br&gt;While it stays unreadable, a running OpenCode keeps only one account when it next saves. Repair the file, or put back an earlier version: this app keeps the versions it replaced in &lt;a href=&quot;backups&quot;&gt;{1}&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to see its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, in use for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; ignored by the plugin, another entry has the same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (managed: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · entry {1} of the pool file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} until {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {0}, after {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google no longer accepts it · &lt;a href=&quot;relogin&quot;&gt;sign in again&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} left, resets {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetched {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last {0} · added {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts — Antigravity Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting change was cancelled; the pool was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsAdvice</name>
    <message>
        <source>Parallel agents: {0}–{1} at once is the sweet spot; more make rate limits and retries slow the whole run down (run large batches in waves). Keep at least as many accounts as agents, plus {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account file could not be read, so the count is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {0} agents you need {1} accounts; you have {2} enabled: enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {0} agents you need {1} accounts; you have {2} enabled: add {3} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {0} agents at once usually finishes later, not sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for {1} agents at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for one agent at a time; {1} more would let {2} run at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for {1} agents at once; {2} more would let {3} run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {0} enabled account(s): add {1} more before running agents in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsWindow</name>
    <message>
        <source>Agents — Antigravity Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID offset predicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude now (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini now (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account each process uses now comes from the plugin&apos;s debug log. Turn on Debug in Settings (it applies when OpenCode restarts) to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from its log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offset +%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID offset is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round-robin ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hybrid uses it only as a fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one account: nothing to spread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No system tray</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppHub</name>
    <message>
        <source>OpenCode has exited, so this was applied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not apply {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Notify me when a local agent switches accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent leaves an account (rate limit, cooldown, verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account is limited for Claude or Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs signing in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts disappear from the plugin&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves by design: round-robin, hybrid, PID offset (summarised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between toasts for one model family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Antigravity Tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray, with no window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a backup of each account in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences of Antigravity Tray itself. They are kept in the app&apos;s own folder, never in the plugin&apos;s files, and apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification with the reason (rate limit, cooldown, verification, rotation), never a flood. The toasts inside OpenCode are the plugin&apos;s own: see “Notifications in OpenCode” on the other page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one toast per model family every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from the next start of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a window keeps Antigravity Tray running in the tray; Quit is in the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin sometimes loses accounts from its file; the vault keeps each account&apos;s refresh token in the system keyring so the Accounts window can restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login is not available on this system yet. Add Antigravity Tray to your login items yourself, with the option --background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change start at login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoOrNumberEditor</name>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>● not default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting differs from the plugin&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default: remove {0} from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset {0} to default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishingPage</name>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google answered. This window is now finishing the sign-in: it asks Google for the account&apos;s email and project, then adds the account to the plugin&apos;s pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Which strategy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy advisor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer one question and the form gets the recommended strategy and PID offset (nothing is saved until you Save).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Add a Google account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened here. Copy the address and open it in a browser yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginMessages</name>
    <message>
        <source>The sign-in did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in port is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} on this computer is already in use, so the sign-in cannot be received. Another login is probably running (for example `opencode auth login`); finish or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the browser within {minutes} min. Nothing was saved. Try again, or paste the address the browser ended on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the browser within {seconds} s. Nothing was saved. Try again, or paste the address the browser ended on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined access, so the sign-in did not complete. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not complete the sign-in (it answered “{reason}”). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in does not belong here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in (its state does not match), so it was not used. Paste the address from the tab this window opened, or wait for the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in that came back does not belong to this login (its state does not match), so it was rejected and nothing was saved. Start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a sign-in address. Paste the whole address the browser ended on (it starts with http://localhost), or just the code in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be finished because Google did not answer. Check the connection and try again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google refused the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google refused to finish the sign-in. Start the login again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sent no refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google signed you in but sent no refresh token, so the plugin could not keep using this account. Remove this app&apos;s access at https://myaccount.google.com/permissions and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not say which account this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in, but Google did not name the account. Nothing was saved, to avoid an account without an email; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in worked, but the account could not be added to the plugin&apos;s account file. The file was left as it was. Try again once the problem under Details is solved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginPage</name>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first bad value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes in the form and show the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save writes only your changes on top of the new file; Revert shows the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these settings may not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON; fix it in a text editor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields marked in red first: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the changed settings ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes discarded; the form shows the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advisor&apos;s choice is in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. Nothing is written until you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OpenCode is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would not last while OpenCode runs: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (pid {1}). Each running OpenCode keeps the account pool in memory and writes it back after its next request, so it would quietly undo this change.

Apply when OpenCode exits: this app waits until every OpenCode has exited, then applies it (the change shows in this window until then, and you can cancel it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply when OpenCode exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply now anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts in the pool now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet — the plugin finds one on first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated (new sign-in for an existing account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this account was not copied to the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Account rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications in OpenCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score (hybrid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token bucket (hybrid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the JSON Schema, for editors; the plugin ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the plugin&apos;s toasts about rate limits and account switches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show toasts only in the main session (root_only) or in subagent sessions too (all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a debug log file for each OpenCode run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the plugin&apos;s log lines to OpenCode&apos;s log panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for debug logs (default: antigravity-logs beside the config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Claude&apos;s thinking blocks across turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair a session after a tool or thinking-block error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a recovery, send the resume text automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when no config file exists at all, false once any config file omits it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text sent to continue after a recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache thinking signatures (used with keep_thinking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long signatures stay in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long signatures stay on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the cache is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries when the model returns an empty answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between those retries, in ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair mismatched tool-call ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no runtime use found in plugin 1.6.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard Claude against calling tools that do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add prompt-cache markers to Claude requests automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh access tokens in the background before they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh a token this many seconds before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the background refresh checks tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait when every account is rate-limited (0 waits forever).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored by plugin 1.6.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Gemini, use the Gemini CLI quota before the Antigravity quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the plugin picks an account: stay on one, rotate every request, or score them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start each OpenCode process on a different account (process id modulo account count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acts only with sticky, and with hybrid when hybrid finds no candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account on the first rate limit instead of retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache_first waits briefly on the same account to keep the prompt cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance and performance_first behave the same in plugin 1.6.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait on the same account in cache_first mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget an account&apos;s failures after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait assumed when a rate limit gives no retry time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap on backoff between retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed but not used by plugin 1.6.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random delay added before each request, in ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip an account once this share of its quota is used (100 turns it off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often cached quota is refreshed (0 turns it off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long cached quota is trusted; &quot;auto&quot; is twice the refresh interval, at least 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a new account starts with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points gained per successful request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points lost per rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points lost per failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points recovered per hour of rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score an account may have to be picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: plugin 1.6.0 uses a fixed 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest possible score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests an account can burst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens regained per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens an account starts with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the plugin update itself from npm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Schema address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toast scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug TUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory TTL seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk TTL seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write interval seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty response max attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty response retry delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool ID recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude tool hardening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude prompt auto caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive token refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive refresh buffer seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive refresh check interval seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max rate limit wait seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLI first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account selection strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID offset enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on first rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max cache first wait seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure TTL seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default retry after seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max backoff seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request jitter max (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft quota threshold percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota refresh interval minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft quota cache TTL minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery rate per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regeneration rate per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsAdvisor</name>
    <message>
        <source>One OpenCode at a time; the prompt cache matters most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single process has nobody to share accounts with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several agents in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oh-my-opencode subagents, several OpenCode windows, or CI jobs running side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid, with agents that start at different times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You like the plugin&apos;s scoring, and your processes do not all start at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: sticky, PID offset off. Staying on one account keeps Anthropic&apos;s prompt cache warm; the plugin still moves to another account when this one hits a rate limit. PID offset would only scatter restarts over accounts and lose the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: round-robin, PID offset off. Every request goes to the next account, so parallel processes spread over the pool on their own; PID offset adds nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: hybrid; PID offset is optional. Hybrid ranks accounts by health and free request budget, and staggered starts give it time to spread the load. PID offset only acts when hybrid finds no account that qualifies and falls back to sticky.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Setting groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s {0} is not an object, which the plugin rejects; Save writes the values shown here in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds {0}, which the plugin rejects: it needs {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} field(s) to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsGroups</name>
    <message>
        <source>How the plugin picks Google accounts and when it moves to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toasts the plugin shows inside OpenCode. Desktop notifications from this app are on the “This app” page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the plugin watches each account&apos;s quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores hybrid uses to rank accounts. Used only with the hybrid strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each account&apos;s request budget in hybrid. Used only with the hybrid strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plugin does when a session breaks or the model answers with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs for troubleshooting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely needed. The defaults suit most people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsGuidance</name>
    <message>
        <source>With round-robin, PID offset does nothing: that strategy already moves to the next account on every request, so parallel processes spread by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With hybrid, PID offset only acts in hybrid&apos;s fallback, when no account qualifies for its scoring; most of the time it has no effect. It acts fully with sticky.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With sticky, PID offset starts each OpenCode process on a different account (its process id modulo the number of accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one account or none, PID offset can do nothing: every process lands on the same account. Add accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a single account, PID offset can do nothing: every process lands on that account. Add accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price: processes that start on different accounts do not share Anthropic&apos;s prompt cache, which is kept per account. That is why the plugin leaves it off unless you turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sticky keeps using one account until it is rate-limited: best for a single OpenCode, and kindest to the prompt cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round-robin takes the next account for every request: best when several agents run in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hybrid (the plugin&apos;s default) ranks accounts by health and free request budget, and stays on the current one unless another is clearly better.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWarnings</name>
    <message>
        <source>OpenCode ignores your settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not valid JSON ({0}). Until it is fixed, the plugin uses its defaults for every setting. Fix that place in a text editor; this form will not write over a file it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not hold a JSON object, so the plugin uses its defaults for every setting. Fix it in a text editor; this form will not write over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value the plugin rejects makes it ignore the whole file, so OpenCode runs on the defaults. Rejected: {0}. Fix the marked fields below (or reset them to default), then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}, OpenCode pid {2}) has a .opencode/antigravity.json the plugin rejects; there it is skipped and your settings apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}, OpenCode pid {2}) has its own .opencode/antigravity.json, which overrides yours there: {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {0} more project folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file resets every key it leaves out to the plugin&apos;s default, not to your value. Add the keys you need to that file, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}={1} is set, but plugin 1.6.0 no longer reads it; use {2} ({3}) in this form instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}={1} is set, but plugin 1.6.0 does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved 1 change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCode reads this file when it starts, so running OpenCode processes pick the change up when they restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OpenCode process is running now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 OpenCode process is running now (pid {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} OpenCode processes are running now (pid {1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWidgets</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or off (true or false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;auto&quot; or a number from {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings — Antigravity Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OpenCode plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>The accounts file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin ignores antigravity.json (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet: add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} needs verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} needs a new sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude and Gemini: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude: {claude} · Gemini: {gemini}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family}: every account limited until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family}: {limited} of %n accounts limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: %n · no rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled accounts: %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} is rate-limited until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} is cooling down until {until} ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} needs verification in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} left the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation: the strategy moves between accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID offset: a new OpenCode process started on its own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin moved on from {before}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family}: now using {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} is rate-limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (OpenCode process {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n switches in a row; the last: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family}: every account is limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first one is free again at {until}. OpenCode waits or fails until then; adding an account helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: %n account(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google no longer accepts the sign-in of {accounts}. Open Accounts and choose Re-login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n account(s) left the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{accounts} no longer in antigravity-accounts.json. Open Accounts to restore them from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyAdvisor</name>
    <message>
        <source>Strategy advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you run OpenCode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also turn on PID offset (only acts in hybrid&apos;s fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press Save in the settings window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents at once:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StringEditor</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimedCells</name>
    <message>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: until {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
{1}</source>
        <comment>cooldown: until when, then why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting after {0} until {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · resets {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} left, resets {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched by the plugin {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Your desktop shows no system tray, so Antigravity Tray opened its accounts window instead. It keeps running while this window is open.

On GNOME, install and enable the &quot;AppIndicator and KStatusNotifierItem Support&quot; extension to get the tray icon, then start Antigravity Tray again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plugin folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Antigravity Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on one account until it is rate-limited; keeps the prompt cache warm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next account on every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score accounts by health and quota (the plugin&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start each OpenCode process on a different account. It acts only with sticky, and with hybrid when hybrid finds no candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications are off in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preference was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plugin folder yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not exist yet. It appears when OpenCode first runs the plugin, or when you add an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and more in Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Sign in with Google in your browser. Open the address below, choose the account, and allow access; this window notices by itself when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser runs on another computer, or this window did not notice the sign-in, &amp;paste the address the browser ended on, or the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:…/oauth-callback?state=…&amp;code=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browser on another computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <source>Enter a number from {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
