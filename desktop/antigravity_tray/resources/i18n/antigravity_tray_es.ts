<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Quota checked for %n account(s).</source>
        <translation>Cuota comprobada para %n cuenta(s).</translation>
    </message>
    <message>
        <source>{0} needs re-login: sign in again as that account.</source>
        <translation>{0} necesita volver a iniciar sesión: inicia sesión de nuevo con esa cuenta.</translation>
    </message>
    <message>
        <source>{0}: Google could not be reached ({1}).</source>
        <translation>{0}: no se pudo contactar con Google ({1}).</translation>
    </message>
    <message>
        <source>{0}: Google refused the request ({1}).</source>
        <translation>{0}: Google rechazó la solicitud ({1}).</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Agregar cuenta…</translation>
    </message>
    <message>
        <source>Sign in with a Google account and add it to the pool</source>
        <translation>Iniciar sesión con una cuenta de Google y agregarla al grupo</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Take the selected account out of rotation, or put it back</source>
        <translation>Sacar la cuenta seleccionada de la rotación, o volver a incluirla</translation>
    </message>
    <message>
        <source>Re-login…</source>
        <translation>Reconectar…</translation>
    </message>
    <message>
        <source>Sign in again as the selected account to repair it in place</source>
        <translation>Volver a iniciar sesión con la cuenta seleccionada para repararla en su lugar</translation>
    </message>
    <message>
        <source>Open verification page</source>
        <translation>Abrir página de verificación</translation>
    </message>
    <message>
        <source>Open the page where Google asks to verify the selected account</source>
        <translation>Abrir la página donde Google pide verificar la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove the selected account from the pool</source>
        <translation>Eliminar la cuenta seleccionada del grupo</translation>
    </message>
    <message>
        <source>Restore from vault</source>
        <translation>Restaurar desde la bóveda</translation>
    </message>
    <message>
        <source>Put back every account the keyring vault holds that the pool lost</source>
        <translation>Devolver al grupo todas las cuentas perdidas que guarda la bóveda del llavero</translation>
    </message>
    <message>
        <source>Check quotas</source>
        <translation>Comprobar cuotas</translation>
    </message>
    <message>
        <source>Ask Google now how much quota each enabled account has left</source>
        <translation>Preguntar ahora a Google cuánta cuota le queda a cada cuenta habilitada</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>Checking quotas…</source>
        <translation>Comprobando cuotas…</translation>
    </message>
    <message>
        <source>Asking Google for each enabled account&apos;s quota…</source>
        <translation>Consultando a Google la cuota de cada cuenta habilitada…</translation>
    </message>
    <message>
        <source>Sign in as {0} in the browser: the account is repaired in place.</source>
        <translation>Inicia sesión como {0} en el navegador: la cuenta se repara en su lugar.</translation>
    </message>
    <message>
        <source>Opened Google&apos;s verification page for {0}. Once verified, enable the account again.</source>
        <translation>Se abrió la página de verificación de Google para {0}. Una vez verificada, vuelve a habilitar la cuenta.</translation>
    </message>
    <message>
        <source>enable {0}</source>
        <translation>habilitar {0}</translation>
    </message>
    <message>
        <source>disable {0}</source>
        <translation>deshabilitar {0}</translation>
    </message>
    <message>
        <source>{0} is enabled again.</source>
        <translation>{0} vuelve a estar habilitada.</translation>
    </message>
    <message>
        <source>{0} is disabled: the plugin skips it.</source>
        <translation>{0} está deshabilitada: el plugin la omite.</translation>
    </message>
    <message>
        <source>remove {0}</source>
        <translation>eliminar {0}</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Remove {0} from the account pool? OpenCode stops using it; signing in again adds it back.</source>
        <translation>¿Eliminar {0} del grupo de cuentas? OpenCode deja de usarla; al volver a iniciar sesión se agrega de nuevo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Removed {0}. {1}</source>
        <translation>{0} eliminada. {1}</translation>
    </message>
    <message>
        <source>Asking the system keyring…</source>
        <translation>Consultando el llavero del sistema…</translation>
    </message>
    <message>
        <source>the system keyring did not answer ({0})</source>
        <translation>el llavero del sistema no respondió ({0})</translation>
    </message>
    <message>
        <source>When the removal is applied, also forget {0} in the keyring vault?</source>
        <translation>Cuando se aplique la eliminación, ¿olvidar también {0} en la bóveda del llavero?</translation>
    </message>
    <message>
        <source>The keyring vault still holds {0}. Forget it there too?</source>
        <translation>La bóveda del llavero aún guarda {0}. ¿Olvidarla también allí?</translation>
    </message>
    <message>
        <source>Forget in the vault</source>
        <translation>Olvidar en la bóveda</translation>
    </message>
    <message>
        <source>If the vault keeps it, Restore from vault can bring the account back later.</source>
        <translation>Si la bóveda la conserva, «Restaurar desde la bóveda» podrá recuperar la cuenta más adelante.</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>Olvidarla</translation>
    </message>
    <message>
        <source>Keep it in the vault</source>
        <translation>Conservarla en la bóveda</translation>
    </message>
    <message>
        <source>{0} was removed from the pool and forgotten in the vault.</source>
        <translation>{0} se eliminó del grupo y se olvidó en la bóveda.</translation>
    </message>
    <message>
        <source>{0} is still in the vault: {1}</source>
        <translation>{0} sigue en la bóveda: {1}</translation>
    </message>
    <message>
        <source>The vault is not available</source>
        <translation>La bóveda no está disponible</translation>
    </message>
    <message>
        <source>Restoring needs the system keyring, and none can be used here.

{0}</source>
        <translation>Restaurar requiere el llavero del sistema, y aquí no se puede usar ninguno.

{0}</translation>
    </message>
    <message>
        <source>Nothing to restore: every account the vault holds is in the pool.</source>
        <translation>Nada que restaurar: todas las cuentas de la bóveda están en el grupo.</translation>
    </message>
    <message>
        <source>{0}: {1}. {2}</source>
        <translation>{0}: {1}. {2}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se cambió nada.</translation>
    </message>
    <message>
        <source>The pool was not changed</source>
        <translation>El grupo no se modificó</translation>
    </message>
    <message>
        <source>Could not {0}:

{1}</source>
        <translation>No se pudo {0}:

{1}</translation>
    </message>
    <message>
        <source>Waiting for OpenCode to exit to {0}.</source>
        <translation>Esperando a que OpenCode se cierre para {0}.</translation>
    </message>
</context>
<context>
    <name>AccountsFormat</name>
    <message>
        <source>d MMM</source>
        <comment>a date this year (Qt date pattern)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in another year (Qt date pattern)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>ddd</source>
        <comment>weekday (Qt pattern)</comment>
        <translation>ddd</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>day, then clock time</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0}d {1}h</source>
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <source>{0}h {1:02d}m</source>
        <translation>{0} h {1:02d} min</translation>
    </message>
    <message>
        <source>{0}m {1:02d}s</source>
        <translation>{0} min {1:02d} s</translation>
    </message>
    <message>
        <source>{0}s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>en {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <comment>clock time, then countdown</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>inicio de sesión fallido</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>project error</source>
        <translation>error de proyecto</translation>
    </message>
    <message>
        <source>verification required</source>
        <translation>verificación requerida</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>?%</source>
        <comment>unknown remaining quota</comment>
        <translation>? %</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>claude</source>
        <translation>claude</translation>
    </message>
    <message>
        <source>gemini pro</source>
        <translation>gemini pro</translation>
    </message>
    <message>
        <source>gemini flash</source>
        <translation>gemini flash</translation>
    </message>
    <message>
        <source>%n account(s)</source>
        <translation>%n cuenta(s)</translation>
    </message>
    <message>
        <source>%n enabled</source>
        <translation>%n habilitada(s)</translation>
    </message>
    <message>
        <source>%n cooling down</source>
        <translation>%n en reposo</translation>
    </message>
    <message>
        <source>attention needed: %n</source>
        <translation>requieren atención: %n</translation>
    </message>
    <message>
        <source>%n OpenCode running</source>
        <translation>%n OpenCode en ejecución</translation>
    </message>
    <message>
        <source>The pool has %n account(s).</source>
        <translation>El grupo tiene %n cuenta(s).</translation>
    </message>
    <message>
        <source>restore %n account(s) from the vault</source>
        <translation>restaurar %n cuenta(s) desde la bóveda</translation>
    </message>
    <message>
        <source>Restored %n account(s) from the vault</source>
        <translation>%n cuenta(s) restaurada(s) desde la bóveda</translation>
    </message>
    <message>
        <source>%n OpenCode process(es) running</source>
        <translation>%n proceso(s) de OpenCode en ejecución</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>In use for</source>
        <translation>En uso para</translation>
    </message>
    <message>
        <source>Rate-limited until</source>
        <translation>Limitada hasta</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Reposo</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Cached quota</source>
        <translation>Cuota en caché</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregada</translation>
    </message>
    <message>
        <source>Enabled accounts take part in rotation; the plugin skips disabled ones.</source>
        <translation>Las cuentas habilitadas participan en la rotación; el plugin omite las deshabilitadas.</translation>
    </message>
    <message>
        <source>The account each model family uses now, as the last OpenCode to save wrote it.</source>
        <translation>La cuenta que usa ahora cada familia de modelos, tal como la escribió el último OpenCode en guardar.</translation>
    </message>
    <message>
        <source>Google rate-limited the account for this family until the time shown.</source>
        <translation>Google aplicó un límite de velocidad a la cuenta para esta familia hasta la hora indicada.</translation>
    </message>
    <message>
        <source>The plugin rests the account after errors, until the time shown.</source>
        <translation>El plugin deja la cuenta en reposo tras errores, hasta la hora indicada.</translation>
    </message>
    <message>
        <source>Google asks to verify the account in a browser before it is used again.</source>
        <translation>Google pide verificar la cuenta en un navegador antes de volver a usarla.</translation>
    </message>
    <message>
        <source>Whether Google still accepts the account&apos;s sign-in (checked by this app).</source>
        <translation>Si Google aún acepta el inicio de sesión de la cuenta (lo comprueba esta aplicación).</translation>
    </message>
    <message>
        <source>Remaining quota per group as the plugin last fetched it, and when it resets.</source>
        <translation>Cuota restante por grupo de modelos según la obtuvo el plugin por última vez, y cuándo se restablece.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Limited for now</source>
        <translation>Limitada por ahora</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Requiere tu atención</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitada</translation>
    </message>
    <message>
        <source>Ignored by the plugin: another entry has the same email</source>
        <translation>Omitida por el plugin: otra entrada tiene el mismo correo</translation>
    </message>
    <message>
        <source>{0} (duplicate)</source>
        <translation>{0} (duplicada)</translation>
    </message>
    <message>
        <source>Account {0} (no email)</source>
        <translation>Cuenta {0} (sin correo)</translation>
    </message>
    <message>
        <source>Project: {0}</source>
        <translation>Proyecto: {0}</translation>
    </message>
    <message>
        <source>Managed project: {0}</source>
        <translation>Proyecto gestionado: {0}</translation>
    </message>
    <message>
        <source>Entry {0} of the pool file</source>
        <translation>Entrada {0} del archivo del grupo</translation>
    </message>
    <message>
        <source>Enabled: the plugin may use this account.</source>
        <translation>Habilitada: el plugin puede usar esta cuenta.</translation>
    </message>
    <message>
        <source>Disabled: the plugin skips this account.</source>
        <translation>Deshabilitada: el plugin omite esta cuenta.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <source>OpenCode sends {0} requests to this account now.</source>
        <translation>OpenCode envía ahora las solicitudes de {0} a esta cuenta.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Verify now…</source>
        <translation>Verificar…</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Requerida</translation>
    </message>
    <message>
        <source>Google wants this account verified before it is used again.</source>
        <translation>Google quiere que esta cuenta se verifique antes de volver a usarla.</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Motivo: {0}</translation>
    </message>
    <message>
        <source>Click to open: {0}</source>
        <translation>Haz clic para abrir: {0}</translation>
    </message>
    <message>
        <source>The plugin disabled the account; enable it again once verified.</source>
        <translation>El plugin deshabilitó la cuenta; vuelve a habilitarla una vez verificada.</translation>
    </message>
    <message>
        <source>Re-login…</source>
        <translation>Reconectar…</translation>
    </message>
    <message>
        <source>Google no longer accepts this account&apos;s sign-in ({0}, checked {1}). Click to sign in again as {2}: it is repaired in place.</source>
        <translation>Google ya no acepta el inicio de sesión de esta cuenta ({0}, comprobado {1}). Haz clic para volver a iniciar sesión como {2}: se repara en su lugar.</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>sin detalles</translation>
    </message>
</context>
<context>
    <name>AccountsWindow</name>
    <message>
        <source>No accounts yet</source>
        <translation>Aún no hay cuentas</translation>
    </message>
    <message>
        <source>Sign in with a Google account: it goes into the plugin&apos;s account pool, and OpenCode can use it at its next request. With two or more, the plugin moves on when one is rate-limited.</source>
        <translation>Inicia sesión con una cuenta de Google: pasa al grupo de cuentas del plugin, y OpenCode puede usarla en su próxima solicitud. Con dos o más, el plugin pasa a otra cuando una tiene límite de velocidad.</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Agregar cuenta…</translation>
    </message>
    <message>
        <source>Restore from vault</source>
        <translation>Restaurar desde la bóveda</translation>
    </message>
    <message>
        <source>Nothing to show until the file is repaired</source>
        <translation>Nada que mostrar hasta que se repare el archivo</translation>
    </message>
    <message>
        <source>Repair the file by hand, or copy an earlier version over it. The window updates by itself as soon as the file can be read again.</source>
        <translation>Repara el archivo a mano, o reemplázalo por una versión anterior. La ventana se actualiza sola en cuanto el archivo vuelva a poder leerse.</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Abrir carpeta de respaldos</translation>
    </message>
    <message>
        <source>Open plugin folder</source>
        <translation>Abrir carpeta del plugin</translation>
    </message>
    <message>
        <source>The account pool cannot be read</source>
        <translation>No se puede leer el grupo de cuentas</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>ninguna cuenta</translation>
    </message>
    <message>
        <source>rate-limited: {0}</source>
        <translation>con límite de velocidad: {0}</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} para {1}</translation>
    </message>
    <message>
        <source>OpenCode not running</source>
        <translation>OpenCode no se está ejecutando</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for OpenCode to exit&lt;/b&gt; (pid {0}), then this app will {1}. &lt;a href=&quot;cancel&quot;&gt;Cancel&lt;/a&gt;</source>
        <translation>&lt;b&gt;Esperando a que OpenCode se cierre&lt;/b&gt; (pid {0}); luego esta aplicación va a {1}. &lt;a href=&quot;cancel&quot;&gt;Cancelar&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The accounts file cannot be read, so nothing in it is shown.&lt;/b&gt; This app never overwrites a file it cannot read; it is left exactly as it is.&lt;br&gt;{0}&lt;br&gt;While it stays unreadable, a running OpenCode keeps only one account when it next saves. Repair the file, or put back an earlier version: this app keeps the versions it replaced in &lt;a href=&quot;backups&quot;&gt;{1}&lt;/a&gt;.</source>
        <translation>&lt;b&gt;No se puede leer el archivo de cuentas, así que no se muestra nada de su contenido.&lt;/b&gt; Esta aplicación nunca sobrescribe un archivo que no puede leer; se deja exactamente como está.&lt;br&gt;{0}&lt;br&gt;Mientras siga ilegible, un OpenCode en ejecución conservará solo una cuenta la próxima vez que guarde. Repara el archivo o restaura una versión anterior: esta aplicación guarda las versiones que reemplazó en &lt;a href=&quot;backups&quot;&gt;{1}&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Select an account to see its details here.</source>
        <translation>Selecciona una cuenta para ver aquí sus detalles.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <source>{0}, in use for {1}</source>
        <translation>{0}, en uso para {1}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{0}; ignored by the plugin, another entry has the same email</source>
        <translation>{0}; omitida por el plugin, otra entrada tiene el mismo correo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{0} (managed: {1})</source>
        <translation>{0} (gestionado: {1})</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>{0} · entry {1} of the pool file</source>
        <translation>{0} · entrada {1} del archivo del grupo</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Límites de velocidad</translation>
    </message>
    <message>
        <source>{0} until {1}</source>
        <translation>{0} hasta {1}</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Reposo</translation>
    </message>
    <message>
        <source>until {0}, after {1}</source>
        <translation>hasta {0}, tras {1}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requerida</translation>
    </message>
    <message>
        <source>open the verification page</source>
        <translation>abrir la página de verificación</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Google no longer accepts it · &lt;a href=&quot;relogin&quot;&gt;sign in again&lt;/a&gt;</source>
        <translation>Google ya no la acepta · &lt;a href=&quot;relogin&quot;&gt;volver a iniciar sesión&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} {1} left, resets {2}</source>
        <translation>{0}: {1} restante, se restablece {2}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>fetched {0}</source>
        <translation>obtenida {0}</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>last {0} · added {1}</source>
        <translation>último uso: {0} · agregada: {1}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Accounts — Antigravity Tray</source>
        <translation>Cuentas — Antigravity Tray</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>OpenCode is writing the pool file; retrying to {0}…</source>
        <translation>OpenCode está escribiendo el archivo del grupo; reintentando para {0}…</translation>
    </message>
    <message>
        <source>Pool file: {0}</source>
        <translation>Archivo del grupo: {0}</translation>
    </message>
    <message>
        <source>The waiting change was cancelled; the pool was not changed.</source>
        <translation>Se canceló el cambio en espera; el grupo no se modificó.</translation>
    </message>
    <message>
        <source>OpenCode is not set up to use the plugin</source>
        <translation>OpenCode no está configurado para usar el plugin</translation>
    </message>
    <message>
        <source>`antigravity-tray doctor` checks everything again.</source>
        <translation>`antigravity-tray doctor` vuelve a comprobarlo todo.</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — Antigravity Tray</source>
        <translation>Actividad — Antigravity Tray</translation>
    </message>
    <message>
        <source>Nothing recorded in this period. The tray app records every switch and limit while it runs.</source>
        <translation>No hay nada registrado en este periodo. La app de la bandeja registra cada cambio y cada límite mientras se ejecuta.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Times limited</source>
        <translation>Veces limitada</translation>
    </message>
    <message>
        <source>Time limited</source>
        <translation>Tiempo limitada</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Each family&apos;s lane shows the account in use, a line marks each switch (point at it for the reason), red behind a lane: every account limited. Below, each account&apos;s limits: orange a rate limit, grey a cooldown, red a verification.</source>
        <translation>La franja de cada familia muestra la cuenta en uso, una línea marca cada cambio (señálala para ver el motivo), rojo detrás de una franja: todas las cuentas limitadas. Debajo, los límites de cada cuenta: naranja un límite de velocidad, gris un reposo, rojo una verificación.</translation>
    </message>
    <message>
        <source>{0} had every account limited %n time(s) in this period, {1} in total.</source>
        <translation>{0} tuvo todas sus cuentas limitadas en %n periodo(s) de este intervalo, {1} en total.</translation>
    </message>
    <message>
        <source>No family had every account limited in this period.</source>
        <translation>Ninguna familia tuvo todas sus cuentas limitadas en este periodo.</translation>
    </message>
    <message>
        <source>With {0} OpenCode running, the note on parallel agents advises at least {1} accounts; you have {2} enabled.</source>
        <translation>Con {0} OpenCode en ejecución, la nota sobre agentes en paralelo aconseja al menos {1} cuentas; tienes {2} habilitadas.</translation>
    </message>
</context>
<context>
    <name>AgentsAdvice</name>
    <message>
        <source>Parallel agents: {0}–{1} at once is the sweet spot; more make rate limits and retries slow the whole run down (run large batches in waves). Keep at least as many accounts as agents, plus {2}.</source>
        <translation>Agentes en paralelo: de {0} a {1} a la vez es lo ideal; con más, los límites de velocidad y los reintentos ralentizan toda la ejecución (lanza los lotes grandes por tandas). Ten al menos tantas cuentas como agentes, más {2}.</translation>
    </message>
    <message>
        <source>The account file could not be read, so the count is unknown.</source>
        <translation>No se pudo leer el archivo de cuentas, así que se desconoce el número.</translation>
    </message>
    <message>
        <source>For {0} agents you need {1} accounts; you have {2} enabled: enough.</source>
        <translation>Para {0} agentes necesitas {1} cuentas; tienes {2} habilitadas: suficientes.</translation>
    </message>
    <message>
        <source>For {0} agents you need {1} accounts; you have {2} enabled: add {3} more.</source>
        <translation>Para {0} agentes necesitas {1} cuentas; tienes {2} habilitadas: agrega {3} más.</translation>
    </message>
    <message>
        <source>More than {0} agents at once usually finishes later, not sooner.</source>
        <translation>Más de {0} agentes a la vez suele terminar más tarde, no antes.</translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for {1} agents at once.</source>
        <translation>Tienes {0} cuentas habilitadas: suficientes para {1} agentes a la vez.</translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for one agent at a time; {1} more would let {2} run at once.</source>
        <translation>Tienes {0} cuentas habilitadas: suficientes para un agente a la vez; con {1} más podrían ejecutarse {2} a la vez.</translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for {1} agents at once; {2} more would let {3} run.</source>
        <translation>Tienes {0} cuentas habilitadas: suficientes para {1} agentes a la vez; con {2} más podrían ejecutarse {3}.</translation>
    </message>
    <message>
        <source>You have %n enabled account(s): add {0} more before running agents in parallel.</source>
        <translation>Tienes %n cuenta(s) habilitada(s): agrega {0} más antes de ejecutar agentes en paralelo.</translation>
    </message>
</context>
<context>
    <name>AgentsWindow</name>
    <message>
        <source>Agents — Antigravity Tray</source>
        <translation>Agentes — Antigravity Tray</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Carpeta del proyecto</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>PID offset predicts</source>
        <translation>Según desplazamiento PID</translation>
    </message>
    <message>
        <source>Claude now (log)</source>
        <translation>Claude ahora (log)</translation>
    </message>
    <message>
        <source>Gemini now (log)</source>
        <translation>Gemini ahora (log)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>%n OpenCode process(es) running · strategy {0}</source>
        <translation>%n proceso(s) de OpenCode en ejecución · estrategia {0}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>The account each process uses now comes from the plugin&apos;s debug log. Turn on Debug in Settings (it applies when OpenCode restarts) to see it here.</source>
        <translation>La cuenta que usa ahora cada proceso sale del log de depuración del plugin. Activa Depuración en Configuración (se aplica al reiniciar OpenCode) para verla aquí.</translation>
    </message>
    <message>
        <source>%1 (from its log)</source>
        <translation>%1 (según su log)</translation>
    </message>
    <message>
        <source>%1 (offset +%2)</source>
        <translation>%1 (desplazamiento +%2)</translation>
    </message>
    <message>
        <source>PID offset is off</source>
        <translation>Desplazamiento PID deshabilitado</translation>
    </message>
    <message>
        <source>round-robin ignores it</source>
        <translation>round-robin lo ignora</translation>
    </message>
    <message>
        <source>hybrid uses it only as a fallback</source>
        <translation>hybrid solo lo usa como fallback</translation>
    </message>
    <message>
        <source>one account: nothing to spread</source>
        <translation>una sola cuenta: nada que repartir</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No system tray</source>
        <translation>No hay bandeja del sistema</translation>
    </message>
</context>
<context>
    <name>AppHub</name>
    <message>
        <source>OpenCode has exited, so this was applied: {0}</source>
        <translation>OpenCode se cerró, así que se aplicó: {0}</translation>
    </message>
    <message>
        <source>Could not apply {0}: {1}</source>
        <translation>No se pudo aplicar «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Notify me when a local agent switches accounts</source>
        <translation>Notificarme cuando un agente local cambie de cuenta</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Reanudar ahora</translation>
    </message>
    <message>
        <source>An agent leaves an account (rate limit, cooldown, verification)</source>
        <translation>Un agente deja una cuenta (límite de velocidad, reposo, verificación)</translation>
    </message>
    <message>
        <source>Every account is limited for Claude or Gemini</source>
        <translation>Todas las cuentas están limitadas para Claude o Gemini</translation>
    </message>
    <message>
        <source>An account needs signing in again</source>
        <translation>Una cuenta necesita volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Accounts disappear from the plugin&apos;s file</source>
        <translation>Desaparecen cuentas del archivo del plugin</translation>
    </message>
    <message>
        <source>Moves by design: round-robin, hybrid, PID offset (summarised)</source>
        <translation>Cambios previstos: round-robin, hybrid, desplazamiento PID (resumidos)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days the activity history is kept</source>
        <translation>Días que se guarda el historial</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Start Antigravity Tray when I log in</source>
        <translation>Iniciar Antigravity Tray al iniciar sesión</translation>
    </message>
    <message>
        <source>Start in the tray, with no window open</source>
        <translation>Iniciar en la bandeja, sin abrir ventanas</translation>
    </message>
    <message>
        <source>Keep a backup of each account in the system keyring</source>
        <translation>Guardar una copia de cada cuenta en el llavero del sistema</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Esta aplicación</translation>
    </message>
    <message>
        <source>Preferences of Antigravity Tray itself. They are kept in the app&apos;s own folder, never in the plugin&apos;s files, and apply at once.</source>
        <translation>Preferencias de Antigravity Tray. Se guardan en la carpeta propia de la aplicación, nunca en los archivos del plugin, y se aplican al instante.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>A desktop notification with the reason (rate limit, cooldown, verification, rotation), never a flood. The toasts inside OpenCode are the plugin&apos;s own: see “Notifications in OpenCode” on the other page.</source>
        <translation>Una notificación de escritorio con el motivo (límite de velocidad, reposo, verificación, rotación), sin avalanchas. Las notificaciones dentro de OpenCode son del propio plugin: consulta «Notificaciones en OpenCode» en la otra página.</translation>
    </message>
    <message>
        <source>Seconds between summaries of moves by design</source>
        <translation>Segundos entre resúmenes de cambios previstos</translation>
    </message>
    <message>
        <source>One summary of them at most every</source>
        <translation>Como mucho un resumen cada</translation>
    </message>
    <message>
        <source>A switch with a reason shows within a second and replaces its family&apos;s toast, so the toast always names the account in use; quick bursts come as one update every few seconds.</source>
        <translation>Un cambio con motivo aparece en menos de un segundo y reemplaza la notificación de su familia, así que siempre nombra la cuenta en uso; las ráfagas llegan como una actualización cada pocos segundos.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Used from the next start of the app.</source>
        <translation>Se usa a partir del próximo inicio de la aplicación.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Closing a window keeps Antigravity Tray running in the tray; Quit is in the tray menu.</source>
        <translation>Cerrar una ventana deja Antigravity Tray en ejecución en la bandeja; «Salir» está en el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>The plugin sometimes loses accounts from its file; the vault keeps each account&apos;s refresh token in the system keyring so the Accounts window can restore them.</source>
        <translation>El plugin a veces pierde cuentas de su archivo; la bóveda guarda el token de actualización de cada cuenta en el llavero del sistema para que la ventana Cuentas pueda restaurarlas.</translation>
    </message>
    <message>
        <source>Keep the activity history for</source>
        <translation>Guardar el historial de actividad durante</translation>
    </message>
    <message>
        <source>Activity history</source>
        <translation>Historial de actividad</translation>
    </message>
    <message>
        <source>The switches and limits this app saw, for the Activity window and `antigravity-tray history`; kept on this computer only, with no tokens.</source>
        <translation>Los cambios y límites que vio esta app, para la ventana Actividad y `antigravity-tray history`; se guardan solo en este equipo, sin tokens.</translation>
    </message>
    <message>
        <source>Preferences file: {0}</source>
        <translation>Archivo de preferencias: {0}</translation>
    </message>
    <message>
        <source>Start at login is not available on this system yet. Add Antigravity Tray to your login items yourself, with the option --background.</source>
        <translation>El inicio al iniciar sesión aún no está disponible en este sistema. Agrega tú mismo Antigravity Tray a tus aplicaciones de inicio, con la opción --background.</translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation>En pausa hasta {0}.</translation>
    </message>
    <message>
        <source>Could not save the preference</source>
        <translation>No se pudo guardar la preferencia</translation>
    </message>
    <message>
        <source>Could not change start at login</source>
        <translation>No se pudo cambiar el inicio al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>AutoOrNumberEditor</name>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>minutes:</source>
        <translation>minutos:</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation>Elige activado o desactivado.</translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose one of: {0}.</source>
        <translation>Elige una de: {0}.</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>● not default</source>
        <translation>● no predeterminado</translation>
    </message>
    <message>
        <source>This setting differs from the plugin&apos;s default.</source>
        <translation>Esta opción difiere del valor predeterminado del plugin.</translation>
    </message>
    <message>
        <source>Default: {0}</source>
        <translation>Predeterminado: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Reset to default: remove {0} from the file</source>
        <translation>Restablecer el valor predeterminado: quitar {0} del archivo</translation>
    </message>
    <message>
        <source>Reset {0} to default</source>
        <translation>Restablecer {0} al valor predeterminado</translation>
    </message>
</context>
<context>
    <name>FinishingPage</name>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Google answered. This window is now finishing the sign-in: it asks Google for the account&apos;s email and project, then adds the account to the plugin&apos;s pool.</source>
        <translation>Google respondió. Esta ventana está terminando el inicio de sesión: pide a Google el correo y el proyecto de la cuenta, y luego agrega la cuenta al grupo del plugin.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Which strategy?</source>
        <translation>¿Qué estrategia?</translation>
    </message>
    <message>
        <source>Strategy advisor…</source>
        <translation>Asesor de estrategia…</translation>
    </message>
    <message>
        <source>Answer one question and the form gets the recommended strategy and PID offset (nothing is saved until you Save).</source>
        <translation>Responde una pregunta y el formulario recibe la estrategia y el desplazamiento PID recomendados (no se guarda nada hasta que pulses Guardar).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Add a Google account</source>
        <translation>Agregar una cuenta de Google</translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser to sign in.</source>
        <translation>Dirección copiada. Pégala en un navegador para iniciar sesión.</translation>
    </message>
    <message>
        <source>No browser could be opened here. Copy the address and open it in a browser yourself.</source>
        <translation>No se pudo abrir ningún navegador aquí. Copia la dirección y ábrela tú mismo en un navegador.</translation>
    </message>
</context>
<context>
    <name>LoginMessages</name>
    <message>
        <source>The sign-in did not complete</source>
        <translation>El inicio de sesión no se completó</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved.</source>
        <translation>Algo salió mal. No se guardó nada.</translation>
    </message>
    <message>
        <source>The sign-in port is busy</source>
        <translation>El puerto de inicio de sesión está ocupado</translation>
    </message>
    <message>
        <source>Port {port} on this computer is already in use, so the sign-in cannot be received. Another login is probably running (for example `opencode auth login`); finish or close it and try again.</source>
        <translation>El puerto {port} de este equipo ya está en uso, así que no se puede recibir el inicio de sesión. Probablemente haya otro inicio de sesión en curso (por ejemplo `opencode auth login`); termínalo o ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in timed out</source>
        <translation>Tiempo de inicio de sesión agotado</translation>
    </message>
    <message>
        <source>No answer from the browser within {minutes} min. Nothing was saved. Try again, or paste the address the browser ended on.</source>
        <translation>Sin respuesta del navegador en {minutes} min. No se guardó nada. Vuelve a intentarlo, o pega la dirección en la que terminó el navegador.</translation>
    </message>
    <message>
        <source>No answer from the browser within {seconds} s. Nothing was saved. Try again, or paste the address the browser ended on.</source>
        <translation>Sin respuesta del navegador en {seconds} s. No se guardó nada. Vuelve a intentarlo, o pega la dirección en la que terminó el navegador.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Inicio de sesión cancelado</translation>
    </message>
    <message>
        <source>The sign-in was cancelled. Nothing was saved.</source>
        <translation>Se canceló el inicio de sesión. No se guardó nada.</translation>
    </message>
    <message>
        <source>Access was not granted</source>
        <translation>No se concedió el acceso</translation>
    </message>
    <message>
        <source>You declined access, so the sign-in did not complete. Nothing was saved.</source>
        <translation>Rechazaste el acceso, así que el inicio de sesión no se completó. No se guardó nada.</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in (it answered “{reason}”). Nothing was saved.</source>
        <translation>Google no completó el inicio de sesión (respondió «{reason}»). No se guardó nada.</translation>
    </message>
    <message>
        <source>This sign-in does not belong here</source>
        <translation>Este inicio de sesión no corresponde aquí</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in (its state does not match), so it was not used. Paste the address from the tab this window opened, or wait for the browser.</source>
        <translation>Esa dirección pertenece a otro inicio de sesión (su state no coincide), así que no se usó. Pega la dirección de la pestaña que abrió esta ventana, o espera al navegador.</translation>
    </message>
    <message>
        <source>The sign-in that came back does not belong to this login (its state does not match), so it was rejected and nothing was saved. Start the login again.</source>
        <translation>El inicio de sesión recibido no pertenece a este proceso (su state no coincide), así que se rechazó y no se guardó nada. Vuelve a empezar el inicio de sesión.</translation>
    </message>
    <message>
        <source>That is not a sign-in address</source>
        <translation>No es una dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>That is not a sign-in address. Paste the whole address the browser ended on (it starts with http://localhost), or just the code in it.</source>
        <translation>No es una dirección de inicio de sesión. Pega la dirección completa en la que terminó el navegador (empieza por http://localhost), o solo el código que contiene.</translation>
    </message>
    <message>
        <source>Google could not be reached</source>
        <translation>No se pudo contactar con Google</translation>
    </message>
    <message>
        <source>The sign-in could not be finished because Google did not answer. Check the connection and try again. Nothing was saved.</source>
        <translation>No se pudo terminar el inicio de sesión porque Google no respondió. Comprueba la conexión y vuelve a intentarlo. No se guardó nada.</translation>
    </message>
    <message>
        <source>Google refused the sign-in</source>
        <translation>Google rechazó el inicio de sesión</translation>
    </message>
    <message>
        <source>Google refused to finish the sign-in. Start the login again. Nothing was saved.</source>
        <translation>Google se negó a terminar el inicio de sesión. Vuelve a empezar el inicio de sesión. No se guardó nada.</translation>
    </message>
    <message>
        <source>Google sent no refresh token</source>
        <translation>Google no envió ningún token de actualización</translation>
    </message>
    <message>
        <source>Google signed you in but sent no refresh token, so the plugin could not keep using this account. Remove this app&apos;s access at https://myaccount.google.com/permissions and log in again.</source>
        <translation>Google inició tu sesión pero no envió ningún token de actualización, así que el plugin no podría seguir usando esta cuenta. Retira el acceso de esta aplicación en https://myaccount.google.com/permissions y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Google did not say which account this is</source>
        <translation>Google no indicó de qué cuenta se trata</translation>
    </message>
    <message>
        <source>You are signed in, but Google did not name the account. Nothing was saved, to avoid an account without an email; try again.</source>
        <translation>Has iniciado sesión, pero Google no dio el nombre de la cuenta. No se guardó nada, para evitar una cuenta sin correo; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The account could not be saved</source>
        <translation>No se pudo guardar la cuenta</translation>
    </message>
    <message>
        <source>The sign-in worked, but the account could not be added to the plugin&apos;s account file. The file was left as it was. Try again once the problem under Details is solved.</source>
        <translation>El inicio de sesión funcionó, pero la cuenta no se pudo agregar al archivo de cuentas del plugin. El archivo se dejó como estaba. Vuelve a intentarlo cuando se resuelva el problema indicado en Detalles.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open accounts</source>
        <translation>Abrir cuentas</translation>
    </message>
</context>
<context>
    <name>PluginPage</name>
    <message>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>Go to the first bad value</source>
        <translation>Ir al primer valor incorrecto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Discard the changes in the form and show the file again</source>
        <translation>Descartar los cambios del formulario y volver a mostrar el archivo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Archivo: {0}</translation>
    </message>
    <message>
        <source>The settings file changed on disk</source>
        <translation>El archivo de configuración cambió en el disco</translation>
    </message>
    <message>
        <source>Save writes only your changes on top of the new file; Revert shows the new file.</source>
        <translation>Guardar escribe solo tus cambios sobre el nuevo archivo; Revertir muestra el nuevo archivo.</translation>
    </message>
    <message>
        <source>Where these settings may not apply</source>
        <translation>Dónde podrían no aplicarse estas opciones</translation>
    </message>
    <message>
        <source>The file is not valid JSON; fix it in a text editor first.</source>
        <translation>El archivo no es JSON válido; corrígelo primero en un editor de texto.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first: {0}</source>
        <translation>Corrige primero los campos marcados en rojo: {0}</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nada que guardar</translation>
    </message>
    <message>
        <source>Write the changed settings ({0})</source>
        <translation>Escribir las opciones modificadas ({0})</translation>
    </message>
    <message>
        <source>save {0}</source>
        <translation>guardar {0}</translation>
    </message>
    <message>
        <source>Waiting for OpenCode</source>
        <translation>Esperando a OpenCode</translation>
    </message>
    <message>
        <source>OpenCode is writing its settings file; retrying to {0}…</source>
        <translation>OpenCode está escribiendo su archivo de ajustes; reintentando para {0}…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Another plugin release</source>
        <translation>Otra versión del plugin</translation>
    </message>
    <message>
        <source>OpenCode has the plugin {0}, and this form is for {1}: {0} may not have these settings, or may read them differently. Save anyway?</source>
        <translation>OpenCode tiene el plugin {0} y este formulario es para {1}: puede que {0} no tenga estas opciones o las lea de otra forma. ¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Changes discarded; the form shows the file again.</source>
        <translation>Cambios descartados; el formulario vuelve a mostrar el archivo.</translation>
    </message>
    <message>
        <source>The advisor&apos;s choice is in the form</source>
        <translation>La elección del asesor está en el formulario</translation>
    </message>
    <message>
        <source>{0}. Nothing is written until you press Save.</source>
        <translation>{0}. No se escribe nada hasta que pulses Guardar.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OpenCode is running</source>
        <translation>OpenCode se está ejecutando</translation>
    </message>
    <message>
        <source>This would not last while OpenCode runs: {0}.</source>
        <translation>Esto no duraría mientras OpenCode se ejecuta: {0}.</translation>
    </message>
    <message>
        <source>{0} (pid {1}). Each running OpenCode keeps the account pool in memory and writes it back after its next request, so it would quietly undo this change.

Apply when OpenCode exits: this app waits until every OpenCode has exited, then applies it (the change shows in this window until then, and you can cancel it).</source>
        <translation>{0} (pid {1}). Cada OpenCode en ejecución mantiene el grupo de cuentas en memoria y lo vuelve a escribir tras su próxima solicitud, así que desharía este cambio sin avisar.

Aplicar al cerrarse OpenCode: esta aplicación espera a que se cierren todos los OpenCode y luego aplica el cambio (hasta entonces, se muestra en esta ventana y puedes cancelarlo).</translation>
    </message>
    <message>
        <source>Apply when OpenCode exits</source>
        <translation>Aplicar al cerrarse OpenCode</translation>
    </message>
    <message>
        <source>Apply now anyway</source>
        <translation>Aplicar ahora igualmente</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <source>Accounts in the pool now:</source>
        <translation>Cuentas en el grupo ahora:</translation>
    </message>
    <message>
        <source>&amp;Add another</source>
        <translation>&amp;Agregar otra</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>none yet — the plugin finds one on first use</source>
        <translation>ninguno aún — el plugin encuentra uno en el primer uso</translation>
    </message>
    <message>
        <source>added</source>
        <translation>agregada</translation>
    </message>
    <message>
        <source>updated (new sign-in for an existing account)</source>
        <translation>actualizada (nuevo inicio de sesión de una cuenta existente)</translation>
    </message>
    <message>
        <source>Note: this account was not copied to the vault.</source>
        <translation>Nota: esta cuenta no se copió en la bóveda.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Account rotation</source>
        <translation>Rotación de cuentas</translation>
    </message>
    <message>
        <source>Notifications in OpenCode</source>
        <translation>Notificaciones en OpenCode</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Health score (hybrid)</source>
        <translation>Puntaje de salud (hybrid)</translation>
    </message>
    <message>
        <source>Token bucket (hybrid)</source>
        <translation>Cubo de tokens (hybrid)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>URL of the JSON Schema, for editors; the plugin ignores it.</source>
        <translation>URL del JSON Schema, para editores; el plugin la ignora.</translation>
    </message>
    <message>
        <source>Hide the plugin&apos;s toasts about rate limits and account switches.</source>
        <translation>Ocultar las notificaciones del plugin sobre límites de velocidad y cambios de cuenta.</translation>
    </message>
    <message>
        <source>Show toasts only in the main session (root_only) or in subagent sessions too (all).</source>
        <translation>Mostrar notificaciones solo en la sesión principal (root_only) o también en las sesiones de sub-agentes (all).</translation>
    </message>
    <message>
        <source>Write a debug log file for each OpenCode run.</source>
        <translation>Escribir un archivo de log de depuración por cada ejecución de OpenCode.</translation>
    </message>
    <message>
        <source>Send the plugin&apos;s log lines to OpenCode&apos;s log panel.</source>
        <translation>Enviar las líneas de log del plugin al panel de logs de OpenCode.</translation>
    </message>
    <message>
        <source>Folder for debug logs (default: antigravity-logs beside the config).</source>
        <translation>Carpeta de logs de depuración (predeterminada: antigravity-logs junto a la configuración).</translation>
    </message>
    <message>
        <source>Keep Claude&apos;s thinking blocks across turns.</source>
        <translation>Conservar los bloques de razonamiento (thinking) de Claude entre turnos.</translation>
    </message>
    <message>
        <source>Repair a session after a tool or thinking-block error.</source>
        <translation>Reparar una sesión tras un error de herramienta o de bloque de razonamiento.</translation>
    </message>
    <message>
        <source>After a recovery, send the resume text automatically.</source>
        <translation>Tras una recuperación, enviar automáticamente el texto de reanudación.</translation>
    </message>
    <message>
        <source>true when no config file exists at all, false once any config file omits it</source>
        <translation>true si no existe ningún archivo de configuración, false en cuanto algún archivo de configuración la omite</translation>
    </message>
    <message>
        <source>Text sent to continue after a recovery.</source>
        <translation>Texto enviado para continuar tras una recuperación.</translation>
    </message>
    <message>
        <source>Cache thinking signatures (used with keep_thinking).</source>
        <translation>Guardar en caché las firmas de razonamiento (se usa con keep_thinking).</translation>
    </message>
    <message>
        <source>How long signatures stay in memory.</source>
        <translation>Cuánto tiempo se conservan las firmas en memoria.</translation>
    </message>
    <message>
        <source>How long signatures stay on disk.</source>
        <translation>Cuánto tiempo se conservan las firmas en disco.</translation>
    </message>
    <message>
        <source>How often the cache is written to disk.</source>
        <translation>Con qué frecuencia se escribe el caché en disco.</translation>
    </message>
    <message>
        <source>Retries when the model returns an empty answer.</source>
        <translation>Reintentos cuando el modelo devuelve una respuesta vacía.</translation>
    </message>
    <message>
        <source>Pause between those retries, in ms.</source>
        <translation>Pausa entre esos reintentos, en ms.</translation>
    </message>
    <message>
        <source>Repair mismatched tool-call ids.</source>
        <translation>Reparar los IDs de llamadas a herramientas que no coinciden.</translation>
    </message>
    <message>
        <source>no runtime use found in plugin 1.6.0</source>
        <translation>no se encontró ningún uso real en el plugin 1.6.0</translation>
    </message>
    <message>
        <source>Guard Claude against calling tools that do not exist.</source>
        <translation>Evitar que Claude llame a herramientas que no existen.</translation>
    </message>
    <message>
        <source>Add prompt-cache markers to Claude requests automatically.</source>
        <translation>Agregar automáticamente marcadores de caché de prompt a las solicitudes de Claude.</translation>
    </message>
    <message>
        <source>Refresh access tokens in the background before they expire.</source>
        <translation>Actualizar los tokens de acceso en segundo plano antes de que caduquen.</translation>
    </message>
    <message>
        <source>Refresh a token this many seconds before it expires.</source>
        <translation>Actualizar un token esta cantidad de segundos antes de que caduque.</translation>
    </message>
    <message>
        <source>How often the background refresh checks tokens.</source>
        <translation>Con qué frecuencia la actualización en segundo plano revisa los tokens.</translation>
    </message>
    <message>
        <source>Longest wait when every account is rate-limited (0 waits forever).</source>
        <translation>Espera máxima cuando todas las cuentas tienen límite de velocidad (0 espera indefinidamente).</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Obsoleto.</translation>
    </message>
    <message>
        <source>ignored by plugin 1.6.0</source>
        <translation>ignorado por el plugin 1.6.0</translation>
    </message>
    <message>
        <source>For Gemini, use the Gemini CLI quota before the Antigravity quota.</source>
        <translation>Para Gemini, usar la cuota de Gemini CLI antes que la cuota de Antigravity.</translation>
    </message>
    <message>
        <source>How the plugin picks an account: stay on one, rotate every request, or score them.</source>
        <translation>Cómo elige cuenta el plugin: quedarse en una, rotar en cada solicitud o puntuarlas.</translation>
    </message>
    <message>
        <source>Start each OpenCode process on a different account (process id modulo account count).</source>
        <translation>Iniciar cada proceso de OpenCode en una cuenta diferente (ID de proceso módulo el número de cuentas).</translation>
    </message>
    <message>
        <source>acts only with sticky, and with hybrid when hybrid finds no candidate</source>
        <translation>solo actúa con sticky, y con hybrid cuando hybrid no encuentra ninguna candidata</translation>
    </message>
    <message>
        <source>Switch account on the first rate limit instead of retrying.</source>
        <translation>Cambiar de cuenta en el primer límite de velocidad en lugar de reintentar.</translation>
    </message>
    <message>
        <source>cache_first waits briefly on the same account to keep the prompt cache.</source>
        <translation>cache_first espera un poco en la misma cuenta para conservar el caché de prompt.</translation>
    </message>
    <message>
        <source>balance and performance_first behave the same in plugin 1.6.0</source>
        <translation>balance y performance_first se comportan igual en el plugin 1.6.0</translation>
    </message>
    <message>
        <source>Longest wait on the same account in cache_first mode.</source>
        <translation>Espera máxima en la misma cuenta en modo cache_first.</translation>
    </message>
    <message>
        <source>Forget an account&apos;s failures after this many seconds.</source>
        <translation>Olvidar los fallos de una cuenta tras esta cantidad de segundos.</translation>
    </message>
    <message>
        <source>Wait assumed when a rate limit gives no retry time.</source>
        <translation>Espera supuesta cuando un límite de velocidad no indica tiempo de reintento.</translation>
    </message>
    <message>
        <source>Cap on backoff between retries.</source>
        <translation>Tope del tiempo de espera (backoff) entre reintentos.</translation>
    </message>
    <message>
        <source>computed but not used by plugin 1.6.0</source>
        <translation>calculado pero no usado por el plugin 1.6.0</translation>
    </message>
    <message>
        <source>Random delay added before each request, in ms.</source>
        <translation>Retardo aleatorio agregado antes de cada solicitud, en ms.</translation>
    </message>
    <message>
        <source>Skip an account once this share of its quota is used (100 turns it off).</source>
        <translation>Omitir una cuenta en cuanto se usa esta parte de su cuota (100 lo desactiva).</translation>
    </message>
    <message>
        <source>How often cached quota is refreshed (0 turns it off).</source>
        <translation>Con qué frecuencia se actualiza la cuota en caché (0 lo desactiva).</translation>
    </message>
    <message>
        <source>How long cached quota is trusted; &quot;auto&quot; is twice the refresh interval, at least 10 minutes.</source>
        <translation>Cuánto tiempo se considera fiable la cuota en caché; &quot;auto&quot; es el doble del intervalo de actualización, como mínimo 10 minutos.</translation>
    </message>
    <message>
        <source>Score a new account starts with.</source>
        <translation>Puntaje inicial de una cuenta nueva.</translation>
    </message>
    <message>
        <source>Points gained per successful request.</source>
        <translation>Puntos ganados por solicitud exitosa.</translation>
    </message>
    <message>
        <source>Points lost per rate limit.</source>
        <translation>Puntos perdidos por límite de velocidad.</translation>
    </message>
    <message>
        <source>Points lost per failure.</source>
        <translation>Puntos perdidos por fallo.</translation>
    </message>
    <message>
        <source>Points recovered per hour of rest.</source>
        <translation>Puntos recuperados por hora de reposo.</translation>
    </message>
    <message>
        <source>Lowest score an account may have to be picked.</source>
        <translation>Puntaje mínimo para que una cuenta pueda elegirse.</translation>
    </message>
    <message>
        <source>not applied: plugin 1.6.0 uses a fixed 50</source>
        <translation>no aplicado: el plugin 1.6.0 usa un valor fijo de 50</translation>
    </message>
    <message>
        <source>Highest possible score.</source>
        <translation>Puntaje máximo posible.</translation>
    </message>
    <message>
        <source>Requests an account can burst.</source>
        <translation>Solicitudes que una cuenta puede enviar en ráfaga.</translation>
    </message>
    <message>
        <source>Tokens regained per minute.</source>
        <translation>Tokens recuperados por minuto.</translation>
    </message>
    <message>
        <source>Tokens an account starts with.</source>
        <translation>Tokens con los que empieza una cuenta.</translation>
    </message>
    <message>
        <source>Let the plugin update itself from npm.</source>
        <translation>Permitir que el plugin se actualice desde npm.</translation>
    </message>
    <message>
        <source>JSON Schema address</source>
        <translation>Dirección del JSON Schema</translation>
    </message>
    <message>
        <source>Quiet mode</source>
        <translation>Modo silencioso</translation>
    </message>
    <message>
        <source>Toast scope</source>
        <translation>Alcance de notificaciones</translation>
    </message>
    <message>
        <source>Debug TUI</source>
        <translation>Depuración en la TUI</translation>
    </message>
    <message>
        <source>Log dir</source>
        <translation>Carpeta de logs</translation>
    </message>
    <message>
        <source>Keep thinking</source>
        <translation>Conservar razonamiento</translation>
    </message>
    <message>
        <source>Session recovery</source>
        <translation>Recuperación de sesión</translation>
    </message>
    <message>
        <source>Auto resume</source>
        <translation>Reanudación automática</translation>
    </message>
    <message>
        <source>Resume text</source>
        <translation>Texto de reanudación</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Memory TTL seconds</source>
        <translation>TTL en memoria (segundos)</translation>
    </message>
    <message>
        <source>Disk TTL seconds</source>
        <translation>TTL en disco (segundos)</translation>
    </message>
    <message>
        <source>Write interval seconds</source>
        <translation>Intervalo de escritura (segundos)</translation>
    </message>
    <message>
        <source>Empty response max attempts</source>
        <translation>Respuesta vacía: intentos máx.</translation>
    </message>
    <message>
        <source>Empty response retry delay (ms)</source>
        <translation>Respuesta vacía: espera entre reintentos (ms)</translation>
    </message>
    <message>
        <source>Tool ID recovery</source>
        <translation>Recuperación de IDs de herramientas</translation>
    </message>
    <message>
        <source>Claude tool hardening</source>
        <translation>Refuerzo de herramientas de Claude</translation>
    </message>
    <message>
        <source>Claude prompt auto caching</source>
        <translation>Caché de prompt automático para Claude</translation>
    </message>
    <message>
        <source>Proactive token refresh</source>
        <translation>Actualización proactiva de tokens</translation>
    </message>
    <message>
        <source>Proactive refresh buffer seconds</source>
        <translation>Margen de actualización proactiva (segundos)</translation>
    </message>
    <message>
        <source>Proactive refresh check interval seconds</source>
        <translation>Intervalo de comprobación de actualización (segundos)</translation>
    </message>
    <message>
        <source>Max rate limit wait seconds</source>
        <translation>Espera máx. por límite de velocidad (segundos)</translation>
    </message>
    <message>
        <source>Quota fallback</source>
        <translation>Cuota de respaldo</translation>
    </message>
    <message>
        <source>CLI first</source>
        <translation>CLI primero</translation>
    </message>
    <message>
        <source>Account selection strategy</source>
        <translation>Estrategia de selección de cuentas</translation>
    </message>
    <message>
        <source>PID offset enabled</source>
        <translation>Desplazamiento PID habilitado</translation>
    </message>
    <message>
        <source>Switch on first rate limit</source>
        <translation>Cambiar en el primer límite de velocidad</translation>
    </message>
    <message>
        <source>Scheduling mode</source>
        <translation>Modo de planificación</translation>
    </message>
    <message>
        <source>Max cache first wait seconds</source>
        <translation>Espera máx. priorizando caché (segundos)</translation>
    </message>
    <message>
        <source>Failure TTL seconds</source>
        <translation>TTL de fallos (segundos)</translation>
    </message>
    <message>
        <source>Default retry after seconds</source>
        <translation>Espera de reintento predeterminada (segundos)</translation>
    </message>
    <message>
        <source>Max backoff seconds</source>
        <translation>Backoff máx. (segundos)</translation>
    </message>
    <message>
        <source>Request jitter max (ms)</source>
        <translation>Retardo aleatorio máx. (ms)</translation>
    </message>
    <message>
        <source>Soft quota threshold percent</source>
        <translation>Umbral de cuota blando (%)</translation>
    </message>
    <message>
        <source>Quota refresh interval minutes</source>
        <translation>Intervalo de actualización de cuota (minutos)</translation>
    </message>
    <message>
        <source>Soft quota cache TTL minutes</source>
        <translation>TTL de caché de cuota blanda (minutos)</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Success reward</source>
        <translation>Recompensa por éxito</translation>
    </message>
    <message>
        <source>Rate limit penalty</source>
        <translation>Penalización por límite de velocidad</translation>
    </message>
    <message>
        <source>Failure penalty</source>
        <translation>Penalización por fallo</translation>
    </message>
    <message>
        <source>Recovery rate per hour</source>
        <translation>Recuperación por hora</translation>
    </message>
    <message>
        <source>Min usable</source>
        <translation>Mínimo utilizable</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>Puntaje máx.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens máx.</translation>
    </message>
    <message>
        <source>Regeneration rate per minute</source>
        <translation>Regeneración por minuto</translation>
    </message>
    <message>
        <source>Initial tokens</source>
        <translation>Tokens iniciales</translation>
    </message>
    <message>
        <source>Auto update</source>
        <translation>Actualización automática</translation>
    </message>
</context>
<context>
    <name>SettingsAdvisor</name>
    <message>
        <source>One OpenCode at a time; the prompt cache matters most</source>
        <translation>Un solo OpenCode a la vez; lo que más importa es el caché de prompt</translation>
    </message>
    <message>
        <source>A single process has nobody to share accounts with.</source>
        <translation>Un proceso único no tiene con quién compartir cuentas.</translation>
    </message>
    <message>
        <source>Several agents in parallel</source>
        <translation>Varios agentes en paralelo</translation>
    </message>
    <message>
        <source>oh-my-opencode subagents, several OpenCode windows, or CI jobs running side by side.</source>
        <translation>Sub-agentes de oh-my-opencode, varias ventanas de OpenCode o tareas de CI ejecutándose a la vez.</translation>
    </message>
    <message>
        <source>Hybrid, with agents that start at different times</source>
        <translation>Hybrid, con agentes que se inician en momentos distintos</translation>
    </message>
    <message>
        <source>You like the plugin&apos;s scoring, and your processes do not all start at once.</source>
        <translation>Te gusta el sistema de puntaje del plugin, y tus procesos no se inician todos a la vez.</translation>
    </message>
    <message>
        <source>Recommended: sticky, PID offset off. Staying on one account keeps Anthropic&apos;s prompt cache warm; the plugin still moves to another account when this one hits a rate limit. PID offset would only scatter restarts over accounts and lose the cache.</source>
        <translation>Recomendado: sticky, desplazamiento PID deshabilitado. Quedarse en una cuenta mantiene activo el caché de prompt de Anthropic; el plugin igualmente pasa a otra cuenta cuando esta alcanza un límite de velocidad. El desplazamiento PID solo repartiría los reinicios entre cuentas y perdería el caché.</translation>
    </message>
    <message>
        <source>Recommended: round-robin, PID offset off. Every request goes to the next account, so parallel processes spread over the pool on their own; PID offset adds nothing there.</source>
        <translation>Recomendado: round-robin, desplazamiento PID deshabilitado. Cada solicitud va a la siguiente cuenta, así que los procesos paralelos se reparten solos por el grupo; el desplazamiento PID no aporta nada ahí.</translation>
    </message>
    <message>
        <source>Recommended: hybrid; PID offset is optional. Hybrid ranks accounts by health and free request budget, and staggered starts give it time to spread the load. PID offset only acts when hybrid finds no account that qualifies and falls back to sticky.</source>
        <translation>Recomendado: hybrid; el desplazamiento PID es opcional. Hybrid clasifica las cuentas por salud y presupuesto de solicitudes libre, y los inicios escalonados le dan tiempo para repartir la carga. El desplazamiento PID solo actúa cuando hybrid no encuentra ninguna cuenta que cumpla los requisitos y recurre a sticky.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Setting groups</source>
        <translation>Grupos de opciones</translation>
    </message>
    <message>
        <source>The file&apos;s {0} is not an object, which the plugin rejects; Save writes the values shown here in its place.</source>
        <translation>En el archivo, {0} no es un objeto, lo que el plugin rechaza; Guardar escribe en su lugar los valores mostrados aquí.</translation>
    </message>
    <message>
        <source>The file holds {0}, which the plugin rejects: it needs {1}.</source>
        <translation>El archivo contiene {0}, que el plugin rechaza: necesita {1}.</translation>
    </message>
    <message>
        <source>%n field(s) to fix</source>
        <translation>%n campo(s) por corregir</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>SettingsGroups</name>
    <message>
        <source>How the plugin picks Google accounts and when it moves to another.</source>
        <translation>Cómo elige el plugin las cuentas de Google y cuándo pasa a otra.</translation>
    </message>
    <message>
        <source>Toasts the plugin shows inside OpenCode. Desktop notifications from this app are on the “This app” page.</source>
        <translation>Notificaciones que el plugin muestra dentro de OpenCode. Las notificaciones de escritorio de esta aplicación están en la página «Esta aplicación».</translation>
    </message>
    <message>
        <source>How the plugin watches each account&apos;s quota.</source>
        <translation>Cómo vigila el plugin la cuota de cada cuenta.</translation>
    </message>
    <message>
        <source>The scores hybrid uses to rank accounts. Used only with the hybrid strategy.</source>
        <translation>Los puntajes que usa hybrid para clasificar las cuentas. Solo se usan con la estrategia hybrid.</translation>
    </message>
    <message>
        <source>Each account&apos;s request budget in hybrid. Used only with the hybrid strategy.</source>
        <translation>El presupuesto de solicitudes de cada cuenta en hybrid. Solo se usa con la estrategia hybrid.</translation>
    </message>
    <message>
        <source>What the plugin does when a session breaks or the model answers with nothing.</source>
        <translation>Qué hace el plugin cuando una sesión se rompe o el modelo no responde nada.</translation>
    </message>
    <message>
        <source>Logs for troubleshooting.</source>
        <translation>Logs para solucionar problemas.</translation>
    </message>
    <message>
        <source>Rarely needed. The defaults suit most people.</source>
        <translation>Rara vez necesario. Los valores predeterminados sirven para la mayoría.</translation>
    </message>
</context>
<context>
    <name>SettingsGuidance</name>
    <message>
        <source>With round-robin, PID offset does nothing: that strategy already moves to the next account on every request, so parallel processes spread by themselves.</source>
        <translation>Con round-robin, el desplazamiento PID no hace nada: esa estrategia ya pasa a la siguiente cuenta en cada solicitud, así que los procesos paralelos se reparten solos.</translation>
    </message>
    <message>
        <source>With hybrid, PID offset only acts in hybrid&apos;s fallback, when no account qualifies for its scoring; most of the time it has no effect. It acts fully with sticky.</source>
        <translation>Con hybrid, el desplazamiento PID solo actúa en el fallback de hybrid, cuando ninguna cuenta cumple los requisitos de su puntaje; la mayor parte del tiempo no tiene efecto. Con sticky actúa plenamente.</translation>
    </message>
    <message>
        <source>With sticky, PID offset starts each OpenCode process on a different account (its process id modulo the number of accounts).</source>
        <translation>Con sticky, el desplazamiento PID inicia cada proceso de OpenCode en una cuenta diferente (su ID de proceso módulo el número de cuentas).</translation>
    </message>
    <message>
        <source>With one account or none, PID offset can do nothing: every process lands on the same account. Add accounts first.</source>
        <translation>Con una sola cuenta o ninguna, el desplazamiento PID no puede hacer nada: todos los procesos caen en la misma cuenta. Agrega cuentas primero.</translation>
    </message>
    <message>
        <source>With a single account, PID offset can do nothing: every process lands on that account. Add accounts first.</source>
        <translation>Con una sola cuenta, el desplazamiento PID no puede hacer nada: todos los procesos caen en esa cuenta. Agrega cuentas primero.</translation>
    </message>
    <message>
        <source>The price: processes that start on different accounts do not share Anthropic&apos;s prompt cache, which is kept per account. That is why the plugin leaves it off unless you turn it on.</source>
        <translation>El precio: los procesos que empiezan en cuentas diferentes no comparten el caché de prompt de Anthropic, que es propio de cada cuenta. Por eso el plugin lo deja deshabilitado salvo que tú lo habilites.</translation>
    </message>
    <message>
        <source>sticky keeps using one account until it is rate-limited: best for a single OpenCode, and kindest to the prompt cache.</source>
        <translation>sticky sigue usando una cuenta hasta que tiene límite de velocidad: lo mejor para un solo OpenCode, y lo más favorable para el caché de prompt.</translation>
    </message>
    <message>
        <source>round-robin takes the next account for every request: best when several agents run in parallel.</source>
        <translation>round-robin toma la siguiente cuenta en cada solicitud: lo mejor cuando varios agentes se ejecutan en paralelo.</translation>
    </message>
    <message>
        <source>hybrid (the plugin&apos;s default) ranks accounts by health and free request budget, and stays on the current one unless another is clearly better.</source>
        <translation>hybrid (el predeterminado del plugin) clasifica las cuentas por salud y presupuesto de solicitudes libre, y se queda en la actual salvo que otra sea claramente mejor.</translation>
    </message>
</context>
<context>
    <name>SettingsWarnings</name>
    <message>
        <source>OpenCode ignores your settings file</source>
        <translation>OpenCode ignora tu archivo de configuración</translation>
    </message>
    <message>
        <source>This app cannot read it: {0} The plugin cannot either, so it uses its defaults for every setting. This form will not write over it.</source>
        <translation>Esta aplicación no puede leerlo: {0} El plugin tampoco, así que usa sus valores predeterminados para todas las opciones. Este formulario no lo sobrescribirá.</translation>
    </message>
    <message>
        <source>It is not valid JSON ({0}). Until it is fixed, the plugin uses its defaults for every setting. Fix that place in a text editor; this form will not write over a file it cannot read.</source>
        <translation>No es JSON válido ({0}). Hasta que se corrija, el plugin usa sus valores predeterminados para todas las opciones. Corrige ese punto en un editor de texto; este formulario no sobrescribirá un archivo que no puede leer.</translation>
    </message>
    <message>
        <source>{0} does not hold a JSON object, so the plugin uses its defaults for every setting. Fix it in a text editor; this form will not write over it.</source>
        <translation>{0} no contiene un objeto JSON, así que el plugin usa sus valores predeterminados para todas las opciones. Corrígelo en un editor de texto; este formulario no lo sobrescribirá.</translation>
    </message>
    <message>
        <source>One value the plugin rejects makes it ignore the whole file, so OpenCode runs on the defaults. Rejected: {0}. Fix the marked fields below (or reset them to default), then Save.</source>
        <translation>Un solo valor que el plugin rechace le hace ignorar todo el archivo, así que OpenCode se ejecuta con los valores predeterminados. Rechazado: {0}. Corrige los campos marcados abajo (o restablece su valor predeterminado) y luego pulsa Guardar.</translation>
    </message>
    <message>
        <source>{0} ({1}, OpenCode pid {2}) has a .opencode/antigravity.json the plugin rejects; there it is skipped and your settings apply.</source>
        <translation>{0} ({1}, pid de OpenCode {2}) tiene un .opencode/antigravity.json que el plugin rechaza; allí se omite y se aplican tus opciones.</translation>
    </message>
    <message>
        <source>{0} ({1}, OpenCode pid {2}) has its own .opencode/antigravity.json, which overrides yours there: {3}.</source>
        <translation>{0} ({1}, pid de OpenCode {2}) tiene su propio .opencode/antigravity.json, que allí reemplaza al tuyo: {3}.</translation>
    </message>
    <message>
        <source>…and {0} more project folders.</source>
        <translation>…y {0} carpetas de proyecto más.</translation>
    </message>
    <message>
        <source>A project file resets every key it leaves out to the plugin&apos;s default, not to your value. Add the keys you need to that file, or delete it.</source>
        <translation>Un archivo de proyecto restablece cada clave que omite al valor predeterminado del plugin, no a tu valor. Agrega a ese archivo las claves que necesites, o elimínalo.</translation>
    </message>
    <message>
        <source>{0}={1} is set, but plugin 1.6.0 no longer reads it; use {2} ({3}) in this form instead.</source>
        <translation>Se ha definido {0}={1}, pero el plugin 1.6.0 ya no lo lee; usa en su lugar {2} ({3}) en este formulario.</translation>
    </message>
    <message>
        <source>{0}={1} is set, but plugin 1.6.0 does not read it.</source>
        <translation>Se ha definido {0}={1}, pero el plugin 1.6.0 no lo lee.</translation>
    </message>
    <message>
        <source>Saved 1 change.</source>
        <translation>Se guardó 1 cambio.</translation>
    </message>
    <message>
        <source>Saved {0} changes.</source>
        <translation>Se guardaron {0} cambios.</translation>
    </message>
    <message>
        <source>OpenCode reads this file when it starts, so running OpenCode processes pick the change up when they restart.</source>
        <translation>OpenCode lee este archivo al iniciarse, así que los procesos de OpenCode en ejecución aplicarán el cambio cuando se reinicien.</translation>
    </message>
    <message>
        <source>No OpenCode process is running now.</source>
        <translation>Ahora no hay ningún proceso de OpenCode en ejecución.</translation>
    </message>
    <message>
        <source>1 OpenCode process is running now (pid {0}).</source>
        <translation>Ahora hay 1 proceso de OpenCode en ejecución (pid {0}).</translation>
    </message>
    <message>
        <source>{0} OpenCode processes are running now (pid {1}).</source>
        <translation>Ahora hay {0} procesos de OpenCode en ejecución (pid {1}).</translation>
    </message>
</context>
<context>
    <name>SettingsWidgets</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>on or off (true or false)</source>
        <translation>activado o desactivado (true o false)</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>uno de {0}</translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation>un número de {0} a {1}</translation>
    </message>
    <message>
        <source>&quot;auto&quot; or a number from {0} to {1}</source>
        <translation>&quot;auto&quot; o un número de {0} a {1}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings — Antigravity Tray</source>
        <translation>Configuración — Antigravity Tray</translation>
    </message>
    <message>
        <source>&amp;OpenCode plugin</source>
        <translation>Plugin de &amp;OpenCode</translation>
    </message>
    <message>
        <source>&amp;This app</source>
        <translation>&amp;Esta aplicación</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>OpenCode does not load the plugin: add “{0}” to the “plugin” list of {1}.</source>
        <translation>OpenCode no carga el plugin: agrega «{0}» a la lista «plugin» de {1}.</translation>
    </message>
    <message>
        <source>OpenCode has not installed the plugin yet: start OpenCode once with the plugin in its config.</source>
        <translation>OpenCode aún no ha instalado el plugin: inicia OpenCode una vez con el plugin en su configuración.</translation>
    </message>
    <message>
        <source>OpenCode has the plugin {0}, and this app&apos;s settings are for {1}, so it changes no setting unless you confirm. Pin “{2}” in OpenCode&apos;s plugin list.</source>
        <translation>OpenCode tiene el plugin {0} y la configuración de esta app es para {1}, así que no cambia ninguna opción sin que lo confirmes. Fija «{2}» en la lista de plugins de OpenCode.</translation>
    </message>
    <message>
        <source>Setup: OpenCode does not load the plugin</source>
        <translation>Configuración: OpenCode no carga el plugin</translation>
    </message>
    <message>
        <source>Setup: the plugin is not installed yet</source>
        <translation>Configuración: el plugin aún no está instalado</translation>
    </message>
    <message>
        <source>Setup: another plugin version is installed</source>
        <translation>Configuración: hay otra versión del plugin instalada</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>The accounts file cannot be read: {reason}</source>
        <translation>No se puede leer el archivo de cuentas: {reason}</translation>
    </message>
    <message>
        <source>The plugin ignores antigravity.json (invalid)</source>
        <translation>El plugin ignora antigravity.json (no válido)</translation>
    </message>
    <message>
        <source>No accounts yet: add one</source>
        <translation>Aún no hay cuentas: agrega una</translation>
    </message>
    <message>
        <source>Every account is disabled</source>
        <translation>Todas las cuentas están deshabilitadas</translation>
    </message>
    <message>
        <source>{email} needs verification</source>
        <translation>{email} necesita verificación</translation>
    </message>
    <message>
        <source>{email} needs a new sign-in</source>
        <translation>{email} necesita volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Claude and Gemini: {email}</source>
        <translation>Claude y Gemini: {email}</translation>
    </message>
    <message>
        <source>Claude: {claude} · Gemini: {gemini}</source>
        <translation>Claude: {claude} · Gemini: {gemini}</translation>
    </message>
    <message>
        <source>{family}: every account limited until {time}</source>
        <translation>{family}: todas las cuentas limitadas hasta {time}</translation>
    </message>
    <message>
        <source>{family}: {limited} of %n accounts limited</source>
        <translation>{family}: {limited} de %n cuenta(s) limitada(s)</translation>
    </message>
    <message>
        <source>Accounts: %n · no rate limits</source>
        <translation>Cuentas: %n · sin límites de velocidad</translation>
    </message>
    <message>
        <source>Disabled accounts: %n</source>
        <translation>Cuentas deshabilitadas: %n</translation>
    </message>
    <message>
        <source>{before} is rate-limited until {until}.</source>
        <translation>{before} tiene límite de velocidad hasta {until}.</translation>
    </message>
    <message>
        <source>{before} is cooling down until {until} ({detail}).</source>
        <translation>{before} está en reposo hasta {until} ({detail}).</translation>
    </message>
    <message>
        <source>{before} needs verification in a browser.</source>
        <translation>{before} necesita verificación en un navegador.</translation>
    </message>
    <message>
        <source>{before} was disabled.</source>
        <translation>{before} se deshabilitó.</translation>
    </message>
    <message>
        <source>{before} left the pool.</source>
        <translation>{before} salió del grupo.</translation>
    </message>
    <message>
        <source>Rotation: the strategy moves between accounts.</source>
        <translation>Rotación: la estrategia alterna entre cuentas.</translation>
    </message>
    <message>
        <source>PID offset: a new OpenCode process started on its own account.</source>
        <translation>Desplazamiento PID: un nuevo proceso de OpenCode se inició en su propia cuenta.</translation>
    </message>
    <message>
        <source>The plugin moved on from {before}.</source>
        <translation>El plugin dejó {before}.</translation>
    </message>
    <message>
        <source>network errors</source>
        <translation>errores de red</translation>
    </message>
    <message>
        <source>sign-in failures</source>
        <translation>fallos de inicio de sesión</translation>
    </message>
    <message>
        <source>project errors</source>
        <translation>errores de proyecto</translation>
    </message>
    <message>
        <source>verification needed</source>
        <translation>verificación requerida</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{family}: now using {after}</source>
        <translation>{family}: ahora usa {after}</translation>
    </message>
    <message>
        <source>{before} is rate-limited.</source>
        <translation>{before} tiene límite de velocidad.</translation>
    </message>
    <message>
        <source>{reason} (OpenCode process {pid})</source>
        <translation>{reason} (proceso de OpenCode {pid})</translation>
    </message>
    <message>
        <source>%n switches in {span}; the last: {last}</source>
        <translation>%n cambio(s) en {span}; el último: {last}</translation>
    </message>
    <message>
        <source>{family}: {before} is limited</source>
        <translation>{family}: {before} está limitada</translation>
    </message>
    <message>
        <source>{family}: every account is limited</source>
        <translation>{family}: todas las cuentas están limitadas</translation>
    </message>
    <message>
        <source>The first one is free again at {until}. OpenCode waits or fails until then; adding an account helps.</source>
        <translation>La primera vuelve a estar libre a las {until}. Hasta entonces, OpenCode espera o falla; agregar una cuenta ayuda.</translation>
    </message>
    <message>
        <source>Sign in again: %n account(s)</source>
        <translation>Volver a iniciar sesión: %n cuenta(s)</translation>
    </message>
    <message>
        <source>Google no longer accepts the sign-in of {accounts}. Open Accounts and choose Re-login.</source>
        <translation>Google ya no acepta el inicio de sesión de {accounts}. Abre Cuentas y elige Reconectar.</translation>
    </message>
    <message>
        <source>%n account(s) left the pool</source>
        <translation>%n cuenta(s) fuera del grupo</translation>
    </message>
    <message>
        <source>{accounts} no longer in antigravity-accounts.json. Open Accounts to restore them from the vault.</source>
        <translation>antigravity-accounts.json ya no contiene {accounts}. Abre Cuentas para restaurarlas desde la bóveda.</translation>
    </message>
</context>
<context>
    <name>StrategyAdvisor</name>
    <message>
        <source>Strategy advisor</source>
        <translation>Asesor de estrategia</translation>
    </message>
    <message>
        <source>How do you run OpenCode?</source>
        <translation>¿Cómo usas OpenCode?</translation>
    </message>
    <message>
        <source>Also turn on PID offset (only acts in hybrid&apos;s fallback)</source>
        <translation>Habilitar también el desplazamiento PID (solo actúa en el fallback de hybrid)</translation>
    </message>
    <message>
        <source>Put in the form</source>
        <translation>Pasar al formulario</translation>
    </message>
    <message>
        <source>Nothing is written until you press Save in the settings window.</source>
        <translation>No se escribe nada hasta que pulses Guardar en la ventana de configuración.</translation>
    </message>
    <message>
        <source>Agents at once:</source>
        <translation>Agentes a la vez:</translation>
    </message>
</context>
<context>
    <name>StringEditor</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>TimedCells</name>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0}: until {1} ({2})</source>
        <translation>{0}: hasta {1} ({2})</translation>
    </message>
    <message>
        <source>{0}
{1}</source>
        <comment>cooldown: until when, then why</comment>
        <translation>{0}
{1}</translation>
    </message>
    <message>
        <source>Resting after {0} until {1}.</source>
        <translation>En reposo tras {0} hasta {1}.</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0} · resets {1}</source>
        <translation>{0} · reinicio {1}</translation>
    </message>
    <message>
        <source>{0}: {1} left, resets {2}</source>
        <translation>{0}: {1} restante, se restablece {2}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Checked by this app {0}.</source>
        <translation>Comprobada por esta app el {0}.</translation>
    </message>
    <message>
        <source>Fetched by the plugin {0}.</source>
        <translation>Obtenida por el plugin: {0}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Your desktop shows no system tray, so Antigravity Tray opened its accounts window instead. It keeps running while this window is open.

On GNOME, install and enable the &quot;AppIndicator and KStatusNotifierItem Support&quot; extension to get the tray icon, then start Antigravity Tray again.</source>
        <translation>Tu escritorio no muestra bandeja del sistema, así que Antigravity Tray abrió su ventana de cuentas. Sigue en ejecución mientras esta ventana esté abierta.

En GNOME, instala y habilita la extensión &quot;AppIndicator and KStatusNotifierItem Support&quot; para tener el icono en la bandeja, y vuelve a iniciar Antigravity Tray.</translation>
    </message>
    <message>
        <source>OpenCode is writing the file; retrying to {0}…</source>
        <translation>OpenCode está escribiendo el archivo; reintentando para {0}…</translation>
    </message>
    <message>
        <source>Cancel that change</source>
        <translation>Cancelar ese cambio</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <source>Agents…</source>
        <translation>Agentes…</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Actividad…</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Agregar cuenta…</translation>
    </message>
    <message>
        <source>Check quotas</source>
        <translation>Comprobar cuotas</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Open plugin folder</source>
        <translation>Abrir carpeta del plugin</translation>
    </message>
    <message>
        <source>Quit Antigravity Tray</source>
        <translation>Salir de Antigravity Tray</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>Sticky</translation>
    </message>
    <message>
        <source>Stay on one account until it is rate-limited; keeps the prompt cache warm.</source>
        <translation>Quedarse en una cuenta hasta que tenga límite de velocidad; mantiene activo el caché de prompt.</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>Round-robin</translation>
    </message>
    <message>
        <source>Move to the next account on every request.</source>
        <translation>Pasar a la siguiente cuenta en cada solicitud.</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Score accounts by health and quota (the plugin&apos;s default).</source>
        <translation>Puntuar las cuentas por salud y cuota (predeterminado del plugin).</translation>
    </message>
    <message>
        <source>Strategy: {0}</source>
        <translation>Estrategia: {0}</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>PID offset</source>
        <translation>Desplazamiento PID</translation>
    </message>
    <message>
        <source>Start each OpenCode process on a different account. It acts only with sticky, and with hybrid when hybrid finds no candidate.</source>
        <translation>Iniciar cada proceso de OpenCode en una cuenta diferente. Solo actúa con sticky, y con hybrid cuando hybrid no encuentra ninguna candidata.</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Pausar notificaciones</translation>
    </message>
    <message>
        <source>Notifications are off in Settings</source>
        <translation>Notificaciones desactivadas en Configuración</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>En pausa hasta {0}</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>set the strategy to {0}</source>
        <translation>poner la estrategia en {0}</translation>
    </message>
    <message>
        <source>turn the PID offset on</source>
        <translation>activar el desplazamiento PID</translation>
    </message>
    <message>
        <source>turn the PID offset off</source>
        <translation>desactivar el desplazamiento PID</translation>
    </message>
    <message>
        <source>The setting was not saved</source>
        <translation>La opción no se guardó</translation>
    </message>
    <message>
        <source>The preference was not saved</source>
        <translation>La preferencia no se guardó</translation>
    </message>
    <message>
        <source>No plugin folder yet</source>
        <translation>Aún no hay carpeta del plugin</translation>
    </message>
    <message>
        <source>{0} does not exist yet. It appears when OpenCode first runs the plugin, or when you add an account.</source>
        <translation>{0} aún no existe. Aparece cuando OpenCode ejecuta el plugin por primera vez, o cuando agregas una cuenta.</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>No se pudo abrir la carpeta</translation>
    </message>
    <message>
        <source>…and more in Accounts</source>
        <translation>…y más en Cuentas</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Sign in with Google in your browser. Open the address below, choose the account, and allow access; this window notices by itself when you are done.</source>
        <translation>Inicia sesión con Google en tu navegador. Abre la dirección de abajo, elige la cuenta y permite el acceso; esta ventana detecta sola cuándo terminas.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation>Esperando a Google…</translation>
    </message>
    <message>
        <source>If the browser runs on another computer, or this window did not notice the sign-in, &amp;paste the address the browser ended on, or the code:</source>
        <translation>Si el navegador se ejecuta en otro equipo, o esta ventana no detectó el inicio de sesión, &amp;pega la dirección en la que terminó el navegador, o el código:</translation>
    </message>
    <message>
        <source>http://localhost:…/oauth-callback?state=…&amp;code=…</source>
        <translation>http://localhost:…/oauth-callback?state=…&amp;code=…</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>&amp;Browser on another computer?</source>
        <translation>¿&amp;Navegador en otro equipo?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <source>Enter a number from {0} to {1}.</source>
        <translation>Introduce un número de {0} a {1}.</translation>
    </message>
</context>
</TS>
