<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Quota checked for %n account(s).</source>
        <translation>Quota vérifié pour %n compte(s).</translation>
    </message>
    <message>
        <source>{0} needs re-login: sign in again as that account.</source>
        <translation>{0} doit être reconnecté&#xa0;: reconnectez-vous avec ce compte.</translation>
    </message>
    <message>
        <source>{0}: Google could not be reached ({1}).</source>
        <translation>{0}&#xa0;: Google est injoignable ({1}).</translation>
    </message>
    <message>
        <source>{0}: Google refused the request ({1}).</source>
        <translation>{0}&#xa0;: Google a refusé la requête ({1}).</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Sign in with a Google account and add it to the pool</source>
        <translation>Se connecter avec un compte Google et l’ajouter au pool</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Take the selected account out of rotation, or put it back</source>
        <translation>Retirer le compte sélectionné de la rotation, ou l’y remettre</translation>
    </message>
    <message>
        <source>Re-login…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>Sign in again as the selected account to repair it in place</source>
        <translation>Se reconnecter avec le compte sélectionné pour le réparer sur place</translation>
    </message>
    <message>
        <source>Open verification page</source>
        <translation>Ouvrir la page de vérification</translation>
    </message>
    <message>
        <source>Open the page where Google asks to verify the selected account</source>
        <translation>Ouvrir la page où Google demande de vérifier le compte sélectionné</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected account from the pool</source>
        <translation>Supprimer le compte sélectionné du pool</translation>
    </message>
    <message>
        <source>Restore from vault</source>
        <translation>Restaurer depuis le coffre</translation>
    </message>
    <message>
        <source>Put back every account the keyring vault holds that the pool lost</source>
        <translation>Remettre dans le pool tous les comptes perdus que conserve le coffre du trousseau</translation>
    </message>
    <message>
        <source>Check quotas</source>
        <translation>Vérifier les quotas</translation>
    </message>
    <message>
        <source>Ask Google now how much quota each enabled account has left</source>
        <translation>Demander maintenant à Google le quota restant de chaque compte activé</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Checking quotas…</source>
        <translation>Vérification des quotas…</translation>
    </message>
    <message>
        <source>Asking Google for each enabled account&apos;s quota…</source>
        <translation>Demande à Google du quota de chaque compte activé…</translation>
    </message>
    <message>
        <source>Sign in as {0} in the browser: the account is repaired in place.</source>
        <translation>Connectez-vous en tant que {0} dans le navigateur&#xa0;: le compte est réparé sur place.</translation>
    </message>
    <message>
        <source>Opened Google&apos;s verification page for {0}. Once verified, enable the account again.</source>
        <translation>Page de vérification de Google ouverte pour {0}. Une fois la vérification faite, réactivez le compte.</translation>
    </message>
    <message>
        <source>enable {0}</source>
        <translation>activer {0}</translation>
    </message>
    <message>
        <source>disable {0}</source>
        <translation>désactiver {0}</translation>
    </message>
    <message>
        <source>{0} is enabled again.</source>
        <translation>{0} est de nouveau activé.</translation>
    </message>
    <message>
        <source>{0} is disabled: the plugin skips it.</source>
        <translation>{0} est désactivé&#xa0;: le plugin l’ignore.</translation>
    </message>
    <message>
        <source>remove {0}</source>
        <translation>supprimer {0}</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove {0} from the account pool? OpenCode stops using it; signing in again adds it back.</source>
        <translation>Supprimer {0} du pool de comptes&#xa0;? OpenCode cesse de l’utiliser&#xa0;; une nouvelle connexion le rajoute.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed {0}. {1}</source>
        <translation>{0} supprimé. {1}</translation>
    </message>
    <message>
        <source>Asking the system keyring…</source>
        <translation>Interrogation du trousseau système…</translation>
    </message>
    <message>
        <source>the system keyring did not answer ({0})</source>
        <translation>le trousseau système n’a pas répondu ({0})</translation>
    </message>
    <message>
        <source>When the removal is applied, also forget {0} in the keyring vault?</source>
        <translation>Une fois la suppression appliquée, oublier aussi {0} dans le coffre du trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>The keyring vault still holds {0}. Forget it there too?</source>
        <translation>Le coffre du trousseau contient encore {0}. L’y oublier aussi&#xa0;?</translation>
    </message>
    <message>
        <source>Forget in the vault</source>
        <translation>Oublier dans le coffre</translation>
    </message>
    <message>
        <source>If the vault keeps it, Restore from vault can bring the account back later.</source>
        <translation>Si le coffre le conserve, «&#xa0;Restaurer depuis le coffre&#xa0;» pourra rétablir le compte plus tard.</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>L’oublier</translation>
    </message>
    <message>
        <source>Keep it in the vault</source>
        <translation>Le garder dans le coffre</translation>
    </message>
    <message>
        <source>{0} was removed from the pool and forgotten in the vault.</source>
        <translation>{0} a été supprimé du pool et oublié dans le coffre.</translation>
    </message>
    <message>
        <source>{0} is still in the vault: {1}</source>
        <translation>{0} est toujours dans le coffre&#xa0;: {1}</translation>
    </message>
    <message>
        <source>The vault is not available</source>
        <translation>Le coffre n’est pas disponible</translation>
    </message>
    <message>
        <source>Restoring needs the system keyring, and none can be used here.

{0}</source>
        <translation>La restauration nécessite le trousseau système, et aucun n’est utilisable ici.

{0}</translation>
    </message>
    <message>
        <source>Nothing to restore: every account the vault holds is in the pool.</source>
        <translation>Rien à restaurer&#xa0;: tous les comptes du coffre sont dans le pool.</translation>
    </message>
    <message>
        <source>{0}: {1}. {2}</source>
        <translation>{0}&#xa0;: {1}. {2}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The pool was not changed</source>
        <translation>Le pool n’a pas été modifié</translation>
    </message>
    <message>
        <source>Could not {0}:

{1}</source>
        <translation>Impossible de {0}&#xa0;:

{1}</translation>
    </message>
    <message>
        <source>Waiting for OpenCode to exit to {0}.</source>
        <translation>En attente de la fermeture d’OpenCode pour {0}.</translation>
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
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
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
        <translation>{0} j {1} h</translation>
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
        <translation>dans {0}</translation>
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
        <translation>échec de connexion</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>project error</source>
        <translation>erreur de projet</translation>
    </message>
    <message>
        <source>verification required</source>
        <translation>vérification requise</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>?%</source>
        <comment>unknown remaining quota</comment>
        <translation>?&#xa0;%</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}&#xa0;%</translation>
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
        <translation>%n compte(s)</translation>
    </message>
    <message>
        <source>%n enabled</source>
        <translation>%n activé(s)</translation>
    </message>
    <message>
        <source>%n cooling down</source>
        <translation>%n au repos</translation>
    </message>
    <message>
        <source>attention needed: %n</source>
        <translation>attention requise&#xa0;: %n</translation>
    </message>
    <message>
        <source>%n OpenCode running</source>
        <translation>%n OpenCode en cours</translation>
    </message>
    <message>
        <source>The pool has %n account(s).</source>
        <translation>Le pool compte %n compte(s).</translation>
    </message>
    <message>
        <source>restore %n account(s) from the vault</source>
        <translation>restaurer %n compte(s) depuis le coffre</translation>
    </message>
    <message>
        <source>Restored %n account(s) from the vault</source>
        <translation>%n compte(s) restauré(s) depuis le coffre</translation>
    </message>
    <message>
        <source>%n OpenCode process(es) running</source>
        <translation>%n processus OpenCode en cours</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>In use for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <source>Rate-limited until</source>
        <translation>Débit limité jusqu’à</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Cached quota</source>
        <translation>Quota en cache</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernier usage</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Enabled accounts take part in rotation; the plugin skips disabled ones.</source>
        <translation>Les comptes activés participent à la rotation&#xa0;; le plugin ignore les comptes désactivés.</translation>
    </message>
    <message>
        <source>The account each model family uses now, as the last OpenCode to save wrote it.</source>
        <translation>Le compte que chaque famille de modèles utilise actuellement, tel que l’a enregistré le dernier OpenCode.</translation>
    </message>
    <message>
        <source>Google rate-limited the account for this family until the time shown.</source>
        <translation>Google a limité le débit du compte pour cette famille jusqu’à l’heure indiquée.</translation>
    </message>
    <message>
        <source>The plugin rests the account after errors, until the time shown.</source>
        <translation>Le plugin met le compte au repos après des erreurs, jusqu’à l’heure indiquée.</translation>
    </message>
    <message>
        <source>Google asks to verify the account in a browser before it is used again.</source>
        <translation>Google demande de vérifier le compte dans un navigateur avant de le réutiliser.</translation>
    </message>
    <message>
        <source>Whether Google still accepts the account&apos;s sign-in (checked by this app).</source>
        <translation>Indique si Google accepte encore la connexion du compte (vérifié par cette application).</translation>
    </message>
    <message>
        <source>Remaining quota per group as the plugin last fetched it, and when it resets.</source>
        <translation>Quota restant par groupe, tel que le plugin l’a récupéré en dernier, et sa date de réinitialisation.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Limited for now</source>
        <translation>Limité pour l’instant</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Requiert votre attention</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Ignored by the plugin: another entry has the same email</source>
        <translation>Ignoré par le plugin&#xa0;: une autre entrée a la même adresse e-mail</translation>
    </message>
    <message>
        <source>{0} (duplicate)</source>
        <translation>{0} (doublon)</translation>
    </message>
    <message>
        <source>Account {0} (no email)</source>
        <translation>Compte {0} (sans e-mail)</translation>
    </message>
    <message>
        <source>Project: {0}</source>
        <translation>Projet&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Managed project: {0}</source>
        <translation>Projet géré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Entry {0} of the pool file</source>
        <translation>Entrée {0} du fichier du pool</translation>
    </message>
    <message>
        <source>Enabled: the plugin may use this account.</source>
        <translation>Activé&#xa0;: le plugin peut utiliser ce compte.</translation>
    </message>
    <message>
        <source>Disabled: the plugin skips this account.</source>
        <translation>Désactivé&#xa0;: le plugin ignore ce compte.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>OpenCode sends {0} requests to this account now.</source>
        <translation>OpenCode envoie actuellement les requêtes {0} à ce compte.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Verify now…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Requise</translation>
    </message>
    <message>
        <source>Google wants this account verified before it is used again.</source>
        <translation>Google veut que ce compte soit vérifié avant de le réutiliser.</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Raison&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Click to open: {0}</source>
        <translation>Cliquez pour ouvrir&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The plugin disabled the account; enable it again once verified.</source>
        <translation>Le plugin a désactivé le compte&#xa0;; réactivez-le une fois la vérification faite.</translation>
    </message>
    <message>
        <source>Re-login…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>Google no longer accepts this account&apos;s sign-in ({0}, checked {1}). Click to sign in again as {2}: it is repaired in place.</source>
        <translation>Google n’accepte plus la connexion de ce compte ({0}, vérifié le {1}). Cliquez pour vous reconnecter en tant que {2}&#xa0;: il est réparé sur place.</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>aucun détail</translation>
    </message>
</context>
<context>
    <name>AccountsWindow</name>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <source>Sign in with a Google account: it goes into the plugin&apos;s account pool, and OpenCode can use it at its next request. With two or more, the plugin moves on when one is rate-limited.</source>
        <translation>Connectez-vous avec un compte Google&#xa0;: il rejoint le pool de comptes du plugin, et OpenCode peut l’utiliser dès sa prochaine requête. Avec deux comptes ou plus, le plugin passe à un autre quand le débit de l’un est limité.</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Restore from vault</source>
        <translation>Restaurer depuis le coffre</translation>
    </message>
    <message>
        <source>Nothing to show until the file is repaired</source>
        <translation>Rien à afficher tant que le fichier n’est pas réparé</translation>
    </message>
    <message>
        <source>Repair the file by hand, or copy an earlier version over it. The window updates by itself as soon as the file can be read again.</source>
        <translation>Réparez le fichier à la main, ou remplacez-le par une version antérieure. La fenêtre se met à jour d’elle-même dès que le fichier redevient lisible.</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Open plugin folder</source>
        <translation>Ouvrir le dossier du plugin</translation>
    </message>
    <message>
        <source>The account pool cannot be read</source>
        <translation>Le pool de comptes est illisible</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>aucun compte</translation>
    </message>
    <message>
        <source>rate-limited: {0}</source>
        <translation>débit limité&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} pour {1}</translation>
    </message>
    <message>
        <source>OpenCode not running</source>
        <translation>OpenCode n’est pas lancé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for OpenCode to exit&lt;/b&gt; (pid {0}), then this app will {1}. &lt;a href=&quot;cancel&quot;&gt;Cancel&lt;/a&gt;</source>
        <translation>&lt;b&gt;En attente de la fermeture d’OpenCode&lt;/b&gt; (pid {0}), puis cette application va {1}. &lt;a href=&quot;cancel&quot;&gt;Annuler&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The accounts file cannot be read, so nothing in it is shown.&lt;/b&gt; This app never overwrites a file it cannot read; it is left exactly as it is.&lt;br&gt;{0}&lt;br&gt;While it stays unreadable, a running OpenCode keeps only one account when it next saves. Repair the file, or put back an earlier version: this app keeps the versions it replaced in &lt;a href=&quot;backups&quot;&gt;{1}&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Le fichier des comptes est illisible&#xa0;: rien de son contenu n’est affiché.&lt;/b&gt; Cette application n’écrase jamais un fichier qu’elle ne peut pas lire&#xa0;; il reste exactement tel quel.&lt;br&gt;{0}&lt;br&gt;Tant qu’il reste illisible, un OpenCode en cours d’exécution ne garde qu’un seul compte lors de sa prochaine sauvegarde. Réparez le fichier, ou remettez une version antérieure&#xa0;: cette application conserve les versions qu’elle a remplacées dans &lt;a href=&quot;backups&quot;&gt;{1}&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Select an account to see its details here.</source>
        <translation>Sélectionnez un compte pour afficher ses détails ici.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>{0}, in use for {1}</source>
        <translation>{0}, utilisé pour {1}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>{0}; ignored by the plugin, another entry has the same email</source>
        <translation>{0}&#xa0;; ignoré par le plugin, une autre entrée a la même adresse e-mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{0} (managed: {1})</source>
        <translation>{0} (géré&#xa0;: {1})</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>{0} · entry {1} of the pool file</source>
        <translation>{0} · entrée {1} du fichier du pool</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Limitations de débit</translation>
    </message>
    <message>
        <source>{0} until {1}</source>
        <translation>{0} jusqu’au {1}</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>until {0}, after {1}</source>
        <translation>jusqu’au {0}, après {1}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requise</translation>
    </message>
    <message>
        <source>open the verification page</source>
        <translation>ouvrir la page de vérification</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Google no longer accepts it · &lt;a href=&quot;relogin&quot;&gt;sign in again&lt;/a&gt;</source>
        <translation>Google ne l’accepte plus · &lt;a href=&quot;relogin&quot;&gt;se reconnecter&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} {1} left, resets {2}</source>
        <translation>{0} {1} restant, réinitialisation&#xa0;: {2}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>fetched {0}</source>
        <translation>récupéré le {0}</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>last {0} · added {1}</source>
        <translation>dernière&#xa0;: {0} · ajouté&#xa0;: {1}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Accounts — Antigravity Tray</source>
        <translation>Comptes — Antigravity Tray</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>OpenCode is writing the pool file; retrying to {0}…</source>
        <translation>OpenCode écrit le fichier du pool&#xa0;; nouvel essai pour {0}…</translation>
    </message>
    <message>
        <source>Pool file: {0}</source>
        <translation>Fichier du pool&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The waiting change was cancelled; the pool was not changed.</source>
        <translation>La modification en attente a été annulée&#xa0;; le pool n’a pas été modifié.</translation>
    </message>
    <message>
        <source>OpenCode is not set up to use the plugin</source>
        <translation>OpenCode n’est pas configuré pour utiliser le plugin</translation>
    </message>
    <message>
        <source>`antigravity-tray doctor` checks everything again.</source>
        <translation>`antigravity-tray doctor` vérifie tout à nouveau.</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — Antigravity Tray</source>
        <translation>Activité — Antigravity Tray</translation>
    </message>
    <message>
        <source>Nothing recorded in this period. The tray app records every switch and limit while it runs.</source>
        <translation>Rien d’enregistré sur cette période. L’application enregistre chaque changement et chaque limitation tant qu’elle tourne.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Times limited</source>
        <translation>Fois limité</translation>
    </message>
    <message>
        <source>Time limited</source>
        <translation>Durée limitée</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Each family&apos;s lane shows the account in use, a line marks each switch (point at it for the reason), red behind a lane: every account limited. Below, each account&apos;s limits: orange a rate limit, grey a cooldown, red a verification.</source>
        <translation>La ligne de chaque famille montre le compte utilisé, un trait marque chaque changement (pointez-le pour la raison), du rouge derrière une ligne&#xa0;: tous les comptes limités. En dessous, les limitations de chaque compte&#xa0;: orange une limitation de débit, gris un repos, rouge une vérification.</translation>
    </message>
    <message>
        <source>{0} had every account limited %n time(s) in this period, {1} in total.</source>
        <translation>{0} a eu tous ses comptes limités %n fois sur cette période, {1} au total.</translation>
    </message>
    <message>
        <source>No family had every account limited in this period.</source>
        <translation>Aucune famille n’a eu tous ses comptes limités sur cette période.</translation>
    </message>
    <message>
        <source>With {0} OpenCode running, the note on parallel agents advises at least {1} accounts; you have {2} enabled.</source>
        <translation>Avec {0} OpenCode en cours, la note sur les agents parallèles conseille au moins {1} comptes&#xa0;; vous en avez {2} activés.</translation>
    </message>
</context>
<context>
    <name>AgentsAdvice</name>
    <message>
        <source>Parallel agents: {0}–{1} at once is the sweet spot; more make rate limits and retries slow the whole run down (run large batches in waves). Keep at least as many accounts as agents, plus {2}.</source>
        <translation>Agents parallèles&#xa0;: de {0} à {1} simultanés, c’est l’idéal&#xa0;; au-delà, les limitations de débit et les nouvelles tentatives ralentissent toute l’exécution (lancez les gros lots par vagues). Gardez au moins autant de comptes que d’agents, plus {2}.</translation>
    </message>
    <message>
        <source>The account file could not be read, so the count is unknown.</source>
        <translation>Le fichier des comptes est illisible, le nombre est donc inconnu.</translation>
    </message>
    <message>
        <source>For {0} agents you need {1} accounts; you have {2} enabled: enough.</source>
        <translation>Pour {0} agents, il faut {1} comptes&#xa0;; vous en avez {2} activés&#xa0;: c’est suffisant.</translation>
    </message>
    <message>
        <source>For {0} agents you need {1} accounts; you have {2} enabled: add {3} more.</source>
        <translation>Pour {0} agents, il faut {1} comptes&#xa0;; vous en avez {2} activés&#xa0;: ajoutez-en {3}.</translation>
    </message>
    <message>
        <source>More than {0} agents at once usually finishes later, not sooner.</source>
        <translation>Au-delà de {0} agents simultanés, le travail finit généralement plus tard, pas plus tôt.</translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for {1} agents at once.</source>
        <translation>Vous avez {0} comptes activés&#xa0;: assez pour {1} agents simultanés.</translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for one agent at a time; {1} more would let {2} run at once.</source>
        <translation>Vous avez {0} comptes activés&#xa0;: assez pour un agent à la fois&#xa0;; {1} de plus permettraient d’en lancer {2} simultanément.</translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for {1} agents at once; {2} more would let {3} run.</source>
        <translation>Vous avez {0} comptes activés&#xa0;: assez pour {1} agents simultanés&#xa0;; {2} de plus permettraient d’en lancer {3}.</translation>
    </message>
    <message>
        <source>You have %n enabled account(s): add {0} more before running agents in parallel.</source>
        <translation>Vous avez %n compte(s) activé(s)&#xa0;: ajoutez-en {0} avant de lancer des agents en parallèle.</translation>
    </message>
</context>
<context>
    <name>AgentsWindow</name>
    <message>
        <source>Agents — Antigravity Tray</source>
        <translation>Agents — Antigravity Tray</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Dossier du projet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>PID offset predicts</source>
        <translation>Prévision du décalage PID</translation>
    </message>
    <message>
        <source>Claude now (log)</source>
        <translation>Claude actuel (log)</translation>
    </message>
    <message>
        <source>Gemini now (log)</source>
        <translation>Gemini actuel (log)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>%n OpenCode process(es) running · strategy {0}</source>
        <translation>%n processus OpenCode en cours · stratégie {0}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>The account each process uses now comes from the plugin&apos;s debug log. Turn on Debug in Settings (it applies when OpenCode restarts) to see it here.</source>
        <translation>Le compte qu’utilise chaque processus provient du log de débogage du plugin. Activez le débogage dans les Paramètres (effectif au redémarrage d’OpenCode) pour le voir ici.</translation>
    </message>
    <message>
        <source>%1 (from its log)</source>
        <translation>%1 (d’après son log)</translation>
    </message>
    <message>
        <source>%1 (offset +%2)</source>
        <translation>%1 (décalage +%2)</translation>
    </message>
    <message>
        <source>PID offset is off</source>
        <translation>Le décalage PID est désactivé</translation>
    </message>
    <message>
        <source>round-robin ignores it</source>
        <translation>round-robin l’ignore</translation>
    </message>
    <message>
        <source>hybrid uses it only as a fallback</source>
        <translation>hybrid ne l’utilise qu’en fallback</translation>
    </message>
    <message>
        <source>one account: nothing to spread</source>
        <translation>un seul compte&#xa0;: rien à répartir</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No system tray</source>
        <translation>Pas de zone de notification</translation>
    </message>
</context>
<context>
    <name>AppHub</name>
    <message>
        <source>OpenCode has exited, so this was applied: {0}</source>
        <translation>OpenCode s’est fermé, ceci a donc été appliqué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not apply {0}: {1}</source>
        <translation>Impossible d’appliquer «&#xa0;{0}&#xa0;»&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Notify me when a local agent switches accounts</source>
        <translation>M’avertir quand un agent local change de compte</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Reprendre maintenant</translation>
    </message>
    <message>
        <source>An agent leaves an account (rate limit, cooldown, verification)</source>
        <translation>Un agent quitte un compte (limitation de débit, repos, vérification)</translation>
    </message>
    <message>
        <source>Every account is limited for Claude or Gemini</source>
        <translation>Tous les comptes sont limités pour Claude ou Gemini</translation>
    </message>
    <message>
        <source>An account needs signing in again</source>
        <translation>Un compte nécessite une reconnexion</translation>
    </message>
    <message>
        <source>Accounts disappear from the plugin&apos;s file</source>
        <translation>Des comptes disparaissent du fichier du plugin</translation>
    </message>
    <message>
        <source>Moves by design: round-robin, hybrid, PID offset (summarised)</source>
        <translation>Changements normaux&#xa0;: round-robin, hybrid, décalage PID (en résumé)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days the activity history is kept</source>
        <translation>Jours de conservation de l’historique</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Start Antigravity Tray when I log in</source>
        <translation>Lancer Antigravity Tray à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start in the tray, with no window open</source>
        <translation>Démarrer dans la zone de notification, sans fenêtre ouverte</translation>
    </message>
    <message>
        <source>Keep a backup of each account in the system keyring</source>
        <translation>Garder une sauvegarde de chaque compte dans le trousseau système</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Cette application</translation>
    </message>
    <message>
        <source>Preferences of Antigravity Tray itself. They are kept in the app&apos;s own folder, never in the plugin&apos;s files, and apply at once.</source>
        <translation>Préférences propres à Antigravity Tray. Elles sont conservées dans le dossier de l’application, jamais dans les fichiers du plugin, et s’appliquent immédiatement.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>A desktop notification with the reason (rate limit, cooldown, verification, rotation), never a flood. The toasts inside OpenCode are the plugin&apos;s own: see “Notifications in OpenCode” on the other page.</source>
        <translation>Une notification de bureau avec la raison (limitation de débit, repos, vérification, rotation), sans jamais submerger. Les toasts dans OpenCode sont ceux du plugin&#xa0;: voir «&#xa0;Notifications dans OpenCode&#xa0;» sur l’autre page.</translation>
    </message>
    <message>
        <source>Seconds between summaries of moves by design</source>
        <translation>Secondes entre deux résumés des changements voulus</translation>
    </message>
    <message>
        <source>One summary of them at most every</source>
        <translation>Au plus un résumé toutes les</translation>
    </message>
    <message>
        <source>A switch with a reason shows within a second and replaces its family&apos;s toast, so the toast always names the account in use; quick bursts come as one update every few seconds.</source>
        <translation>Un changement avec une raison s’affiche en moins d’une seconde et remplace la notification de sa famille&#xa0;: elle nomme toujours le compte utilisé. Les rafales arrivent en une mise à jour toutes les quelques secondes.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Used from the next start of the app.</source>
        <translation>Pris en compte au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Closing a window keeps Antigravity Tray running in the tray; Quit is in the tray menu.</source>
        <translation>Fermer une fenêtre laisse Antigravity Tray tourner dans la zone de notification&#xa0;; «&#xa0;Quitter&#xa0;» se trouve dans le menu de l’icône.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>The plugin sometimes loses accounts from its file; the vault keeps each account&apos;s refresh token in the system keyring so the Accounts window can restore them.</source>
        <translation>Le plugin perd parfois des comptes de son fichier&#xa0;; le coffre garde le jeton d’actualisation de chaque compte dans le trousseau système pour que la fenêtre Comptes puisse les restaurer.</translation>
    </message>
    <message>
        <source>Keep the activity history for</source>
        <translation>Conserver l’historique d’activité pendant</translation>
    </message>
    <message>
        <source>Activity history</source>
        <translation>Historique d’activité</translation>
    </message>
    <message>
        <source>The switches and limits this app saw, for the Activity window and `antigravity-tray history`; kept on this computer only, with no tokens.</source>
        <translation>Les changements et limitations vus par cette application, pour la fenêtre Activité et `antigravity-tray history`&#xa0;; gardés sur cet ordinateur seulement, sans aucun jeton.</translation>
    </message>
    <message>
        <source>Preferences file: {0}</source>
        <translation>Fichier de préférences&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Start at login is not available on this system yet. Add Antigravity Tray to your login items yourself, with the option --background.</source>
        <translation>Le lancement à l’ouverture de session n’est pas encore disponible sur ce système. Ajoutez vous-même Antigravity Tray à vos applications de démarrage, avec l’option --background.</translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation>En pause jusqu’à {0}.</translation>
    </message>
    <message>
        <source>Could not save the preference</source>
        <translation>Impossible d’enregistrer la préférence</translation>
    </message>
    <message>
        <source>Could not change start at login</source>
        <translation>Impossible de modifier le lancement à l’ouverture de session</translation>
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
        <translation>minutes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation>Choisissez activé ou désactivé.</translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose one of: {0}.</source>
        <translation>Choisissez parmi&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>● not default</source>
        <translation>● non par défaut</translation>
    </message>
    <message>
        <source>This setting differs from the plugin&apos;s default.</source>
        <translation>Ce paramètre diffère de la valeur par défaut du plugin.</translation>
    </message>
    <message>
        <source>Default: {0}</source>
        <translation>Par défaut&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Remarque&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset to default: remove {0} from the file</source>
        <translation>Rétablir la valeur par défaut&#xa0;: retirer {0} du fichier</translation>
    </message>
    <message>
        <source>Reset {0} to default</source>
        <translation>Remettre {0} à sa valeur par défaut</translation>
    </message>
</context>
<context>
    <name>FinishingPage</name>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Google answered. This window is now finishing the sign-in: it asks Google for the account&apos;s email and project, then adds the account to the plugin&apos;s pool.</source>
        <translation>Google a répondu. Cette fenêtre finalise maintenant la connexion&#xa0;: elle demande à Google l’e-mail et le projet du compte, puis ajoute le compte au pool du plugin.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Which strategy?</source>
        <translation>Quelle stratégie&#xa0;?</translation>
    </message>
    <message>
        <source>Strategy advisor…</source>
        <translation>Conseiller de stratégie…</translation>
    </message>
    <message>
        <source>Answer one question and the form gets the recommended strategy and PID offset (nothing is saved until you Save).</source>
        <translation>Répondez à une question et le formulaire reçoit la stratégie et le décalage PID recommandés (rien n’est enregistré avant que vous cliquiez sur Enregistrer).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Add a Google account</source>
        <translation>Ajouter un compte Google</translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser to sign in.</source>
        <translation>Adresse copiée. Collez-la dans un navigateur pour vous connecter.</translation>
    </message>
    <message>
        <source>No browser could be opened here. Copy the address and open it in a browser yourself.</source>
        <translation>Aucun navigateur n’a pu être ouvert ici. Copiez l’adresse et ouvrez-la vous-même dans un navigateur.</translation>
    </message>
</context>
<context>
    <name>LoginMessages</name>
    <message>
        <source>The sign-in did not complete</source>
        <translation>La connexion n’a pas abouti</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved.</source>
        <translation>Une erreur s’est produite. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The sign-in port is busy</source>
        <translation>Le port de connexion est occupé</translation>
    </message>
    <message>
        <source>Port {port} on this computer is already in use, so the sign-in cannot be received. Another login is probably running (for example `opencode auth login`); finish or close it and try again.</source>
        <translation>Le port {port} de cet ordinateur est déjà utilisé, la connexion ne peut donc pas être reçue. Une autre connexion est probablement en cours (par exemple `opencode auth login`)&#xa0;; terminez-la ou fermez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in timed out</source>
        <translation>La connexion a expiré</translation>
    </message>
    <message>
        <source>No answer from the browser within {minutes} min. Nothing was saved. Try again, or paste the address the browser ended on.</source>
        <translation>Aucune réponse du navigateur en {minutes} min. Rien n’a été enregistré. Réessayez, ou collez l’adresse sur laquelle le navigateur s’est arrêté.</translation>
    </message>
    <message>
        <source>No answer from the browser within {seconds} s. Nothing was saved. Try again, or paste the address the browser ended on.</source>
        <translation>Aucune réponse du navigateur en {seconds} s. Rien n’a été enregistré. Réessayez, ou collez l’adresse sur laquelle le navigateur s’est arrêté.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <source>The sign-in was cancelled. Nothing was saved.</source>
        <translation>La connexion a été annulée. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Access was not granted</source>
        <translation>L’accès n’a pas été accordé</translation>
    </message>
    <message>
        <source>You declined access, so the sign-in did not complete. Nothing was saved.</source>
        <translation>Vous avez refusé l’accès, la connexion n’a donc pas abouti. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in (it answered “{reason}”). Nothing was saved.</source>
        <translation>Google n’a pas terminé la connexion (réponse&#xa0;: «&#xa0;{reason}&#xa0;»). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This sign-in does not belong here</source>
        <translation>Cette connexion ne correspond pas</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in (its state does not match), so it was not used. Paste the address from the tab this window opened, or wait for the browser.</source>
        <translation>Cette adresse appartient à une autre connexion (son paramètre state ne correspond pas), elle n’a donc pas été utilisée. Collez l’adresse de l’onglet ouvert par cette fenêtre, ou attendez le navigateur.</translation>
    </message>
    <message>
        <source>The sign-in that came back does not belong to this login (its state does not match), so it was rejected and nothing was saved. Start the login again.</source>
        <translation>La connexion reçue n’appartient pas à cette procédure (son paramètre state ne correspond pas)&#xa0;: elle a été rejetée et rien n’a été enregistré. Relancez la connexion.</translation>
    </message>
    <message>
        <source>That is not a sign-in address</source>
        <translation>Ce n’est pas une adresse de connexion</translation>
    </message>
    <message>
        <source>That is not a sign-in address. Paste the whole address the browser ended on (it starts with http://localhost), or just the code in it.</source>
        <translation>Ce n’est pas une adresse de connexion. Collez l’adresse complète sur laquelle le navigateur s’est arrêté (elle commence par http://localhost), ou seulement le code qu’elle contient.</translation>
    </message>
    <message>
        <source>Google could not be reached</source>
        <translation>Impossible de joindre Google</translation>
    </message>
    <message>
        <source>The sign-in could not be finished because Google did not answer. Check the connection and try again. Nothing was saved.</source>
        <translation>La connexion n’a pas pu être finalisée car Google n’a pas répondu. Vérifiez votre connexion réseau et réessayez. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Google refused the sign-in</source>
        <translation>Google a refusé la connexion</translation>
    </message>
    <message>
        <source>Google refused to finish the sign-in. Start the login again. Nothing was saved.</source>
        <translation>Google a refusé de finaliser la connexion. Relancez la connexion. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Google sent no refresh token</source>
        <translation>Google n’a envoyé aucun jeton d’actualisation</translation>
    </message>
    <message>
        <source>Google signed you in but sent no refresh token, so the plugin could not keep using this account. Remove this app&apos;s access at https://myaccount.google.com/permissions and log in again.</source>
        <translation>Google vous a connecté mais n’a envoyé aucun jeton d’actualisation&#xa0;: le plugin ne pourrait donc pas continuer à utiliser ce compte. Retirez l’accès de cette application sur https://myaccount.google.com/permissions et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Google did not say which account this is</source>
        <translation>Google n’a pas indiqué de quel compte il s’agit</translation>
    </message>
    <message>
        <source>You are signed in, but Google did not name the account. Nothing was saved, to avoid an account without an email; try again.</source>
        <translation>Vous êtes connecté, mais Google n’a pas nommé le compte. Rien n’a été enregistré, pour éviter un compte sans e-mail&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The account could not be saved</source>
        <translation>Le compte n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The sign-in worked, but the account could not be added to the plugin&apos;s account file. The file was left as it was. Try again once the problem under Details is solved.</source>
        <translation>La connexion a réussi, mais le compte n’a pas pu être ajouté au fichier des comptes du plugin. Le fichier est resté tel quel. Réessayez une fois résolu le problème indiqué dans Détails.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open accounts</source>
        <translation>Ouvrir les comptes</translation>
    </message>
</context>
<context>
    <name>PluginPage</name>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Go to the first bad value</source>
        <translation>Aller à la première valeur invalide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Discard the changes in the form and show the file again</source>
        <translation>Abandonner les modifications du formulaire et réafficher le fichier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Fichier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The settings file changed on disk</source>
        <translation>Le fichier de paramètres a changé sur le disque</translation>
    </message>
    <message>
        <source>Save writes only your changes on top of the new file; Revert shows the new file.</source>
        <translation>Enregistrer n’écrit que vos modifications par-dessus le nouveau fichier&#xa0;; Rétablir affiche le nouveau fichier.</translation>
    </message>
    <message>
        <source>Where these settings may not apply</source>
        <translation>Où ces paramètres peuvent ne pas s’appliquer</translation>
    </message>
    <message>
        <source>The file is not valid JSON; fix it in a text editor first.</source>
        <translation>Le fichier n’est pas du JSON valide&#xa0;; corrigez-le d’abord dans un éditeur de texte.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first: {0}</source>
        <translation>Corrigez d’abord les champs marqués en rouge&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <source>Write the changed settings ({0})</source>
        <translation>Écrire les paramètres modifiés ({0})</translation>
    </message>
    <message>
        <source>save {0}</source>
        <translation>enregistrer {0}</translation>
    </message>
    <message>
        <source>Waiting for OpenCode</source>
        <translation>En attente d’OpenCode</translation>
    </message>
    <message>
        <source>OpenCode is writing its settings file; retrying to {0}…</source>
        <translation>OpenCode écrit son fichier de réglages&#xa0;; nouvel essai pour {0}…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Annulé&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Another plugin release</source>
        <translation>Une autre version du plugin</translation>
    </message>
    <message>
        <source>OpenCode has the plugin {0}, and this form is for {1}: {0} may not have these settings, or may read them differently. Save anyway?</source>
        <translation>OpenCode a le plugin {0} et ce formulaire est pour {1}&#xa0;: {0} n’a peut-être pas ces réglages, ou les lit autrement. Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Changes discarded; the form shows the file again.</source>
        <translation>Modifications abandonnées&#xa0;; le formulaire réaffiche le fichier.</translation>
    </message>
    <message>
        <source>The advisor&apos;s choice is in the form</source>
        <translation>Le choix du conseiller est dans le formulaire</translation>
    </message>
    <message>
        <source>{0}. Nothing is written until you press Save.</source>
        <translation>{0}. Rien n’est écrit avant que vous cliquiez sur Enregistrer.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OpenCode is running</source>
        <translation>OpenCode est en cours d’exécution</translation>
    </message>
    <message>
        <source>This would not last while OpenCode runs: {0}.</source>
        <translation>Cela ne tiendrait pas tant qu’OpenCode tourne&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>{0} (pid {1}). Each running OpenCode keeps the account pool in memory and writes it back after its next request, so it would quietly undo this change.

Apply when OpenCode exits: this app waits until every OpenCode has exited, then applies it (the change shows in this window until then, and you can cancel it).</source>
        <translation>{0} (pid {1}). Chaque OpenCode en cours d’exécution garde le pool de comptes en mémoire et le réécrit après sa prochaine requête&#xa0;: il annulerait donc discrètement cette modification.

Appliquer à la fermeture d’OpenCode&#xa0;: cette application attend que tous les OpenCode soient fermés, puis applique la modification (d’ici là, elle reste affichée dans cette fenêtre et vous pouvez l’annuler).</translation>
    </message>
    <message>
        <source>Apply when OpenCode exits</source>
        <translation>Appliquer à la fermeture d’OpenCode</translation>
    </message>
    <message>
        <source>Apply now anyway</source>
        <translation>Appliquer quand même</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Modification&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts in the pool now:</source>
        <translation>Comptes dans le pool&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add another</source>
        <translation>&amp;Ajouter un autre</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>none yet — the plugin finds one on first use</source>
        <translation>aucun pour l’instant — le plugin en trouve un à la première utilisation</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>updated (new sign-in for an existing account)</source>
        <translation>mis à jour (nouvelle connexion d’un compte existant)</translation>
    </message>
    <message>
        <source>Note: this account was not copied to the vault.</source>
        <translation>Remarque&#xa0;: ce compte n’a pas été copié dans le coffre.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Account rotation</source>
        <translation>Rotation des comptes</translation>
    </message>
    <message>
        <source>Notifications in OpenCode</source>
        <translation>Notifications dans OpenCode</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Health score (hybrid)</source>
        <translation>Score de santé (hybrid)</translation>
    </message>
    <message>
        <source>Token bucket (hybrid)</source>
        <translation>Seau à jetons (hybrid)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>URL of the JSON Schema, for editors; the plugin ignores it.</source>
        <translation>URL du JSON Schema, pour les éditeurs&#xa0;; le plugin l’ignore.</translation>
    </message>
    <message>
        <source>Hide the plugin&apos;s toasts about rate limits and account switches.</source>
        <translation>Masquer les toasts du plugin sur les limitations de débit et les changements de compte.</translation>
    </message>
    <message>
        <source>Show toasts only in the main session (root_only) or in subagent sessions too (all).</source>
        <translation>Afficher les toasts uniquement dans la session principale (root_only) ou aussi dans les sessions de sous-agents (all).</translation>
    </message>
    <message>
        <source>Write a debug log file for each OpenCode run.</source>
        <translation>Écrire un fichier de log de débogage pour chaque exécution d’OpenCode.</translation>
    </message>
    <message>
        <source>Send the plugin&apos;s log lines to OpenCode&apos;s log panel.</source>
        <translation>Envoyer les lignes de log du plugin dans le panneau de logs d’OpenCode.</translation>
    </message>
    <message>
        <source>Folder for debug logs (default: antigravity-logs beside the config).</source>
        <translation>Dossier des logs de débogage (par défaut&#xa0;: antigravity-logs à côté de la config).</translation>
    </message>
    <message>
        <source>Keep Claude&apos;s thinking blocks across turns.</source>
        <translation>Conserver les blocs de réflexion (thinking) de Claude d’un tour à l’autre.</translation>
    </message>
    <message>
        <source>Repair a session after a tool or thinking-block error.</source>
        <translation>Réparer une session après une erreur d’outil ou de bloc de réflexion.</translation>
    </message>
    <message>
        <source>After a recovery, send the resume text automatically.</source>
        <translation>Après une récupération, envoyer automatiquement le texte de reprise.</translation>
    </message>
    <message>
        <source>true when no config file exists at all, false once any config file omits it</source>
        <translation>true si aucun fichier de config n’existe, false dès qu’un fichier de config l’omet</translation>
    </message>
    <message>
        <source>Text sent to continue after a recovery.</source>
        <translation>Texte envoyé pour continuer après une récupération.</translation>
    </message>
    <message>
        <source>Cache thinking signatures (used with keep_thinking).</source>
        <translation>Mettre en cache les signatures de réflexion (utilisé avec keep_thinking).</translation>
    </message>
    <message>
        <source>How long signatures stay in memory.</source>
        <translation>Durée de conservation des signatures en mémoire.</translation>
    </message>
    <message>
        <source>How long signatures stay on disk.</source>
        <translation>Durée de conservation des signatures sur disque.</translation>
    </message>
    <message>
        <source>How often the cache is written to disk.</source>
        <translation>Fréquence d’écriture du cache sur disque.</translation>
    </message>
    <message>
        <source>Retries when the model returns an empty answer.</source>
        <translation>Nouvelles tentatives quand le modèle renvoie une réponse vide.</translation>
    </message>
    <message>
        <source>Pause between those retries, in ms.</source>
        <translation>Pause entre ces tentatives, en ms.</translation>
    </message>
    <message>
        <source>Repair mismatched tool-call ids.</source>
        <translation>Réparer les identifiants d’appel d’outil incohérents.</translation>
    </message>
    <message>
        <source>no runtime use found in plugin 1.6.0</source>
        <translation>aucune utilisation effective trouvée dans le plugin 1.6.0</translation>
    </message>
    <message>
        <source>Guard Claude against calling tools that do not exist.</source>
        <translation>Empêcher Claude d’appeler des outils qui n’existent pas.</translation>
    </message>
    <message>
        <source>Add prompt-cache markers to Claude requests automatically.</source>
        <translation>Ajouter automatiquement des marqueurs de cache de prompt aux requêtes Claude.</translation>
    </message>
    <message>
        <source>Refresh access tokens in the background before they expire.</source>
        <translation>Actualiser les jetons d’accès en arrière-plan avant leur expiration.</translation>
    </message>
    <message>
        <source>Refresh a token this many seconds before it expires.</source>
        <translation>Actualiser un jeton ce nombre de secondes avant son expiration.</translation>
    </message>
    <message>
        <source>How often the background refresh checks tokens.</source>
        <translation>Fréquence à laquelle l’actualisation en arrière-plan vérifie les jetons.</translation>
    </message>
    <message>
        <source>Longest wait when every account is rate-limited (0 waits forever).</source>
        <translation>Attente maximale quand le débit de tous les comptes est limité (0 attend indéfiniment).</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Obsolète.</translation>
    </message>
    <message>
        <source>ignored by plugin 1.6.0</source>
        <translation>ignoré par le plugin 1.6.0</translation>
    </message>
    <message>
        <source>For Gemini, use the Gemini CLI quota before the Antigravity quota.</source>
        <translation>Pour Gemini, utiliser le quota Gemini CLI avant le quota Antigravity.</translation>
    </message>
    <message>
        <source>How the plugin picks an account: stay on one, rotate every request, or score them.</source>
        <translation>Comment le plugin choisit un compte&#xa0;: rester sur un seul, changer à chaque requête, ou les classer par score.</translation>
    </message>
    <message>
        <source>Start each OpenCode process on a different account (process id modulo account count).</source>
        <translation>Démarrer chaque processus OpenCode sur un compte différent (PID modulo le nombre de comptes).</translation>
    </message>
    <message>
        <source>acts only with sticky, and with hybrid when hybrid finds no candidate</source>
        <translation>n’agit qu’avec sticky, et avec hybrid quand hybrid ne trouve aucun candidat</translation>
    </message>
    <message>
        <source>Switch account on the first rate limit instead of retrying.</source>
        <translation>Changer de compte dès la première limitation de débit au lieu de réessayer.</translation>
    </message>
    <message>
        <source>cache_first waits briefly on the same account to keep the prompt cache.</source>
        <translation>cache_first attend brièvement sur le même compte pour conserver le cache de prompt.</translation>
    </message>
    <message>
        <source>balance and performance_first behave the same in plugin 1.6.0</source>
        <translation>balance et performance_first se comportent de la même façon dans le plugin 1.6.0</translation>
    </message>
    <message>
        <source>Longest wait on the same account in cache_first mode.</source>
        <translation>Attente maximale sur le même compte en mode cache_first.</translation>
    </message>
    <message>
        <source>Forget an account&apos;s failures after this many seconds.</source>
        <translation>Oublier les échecs d’un compte après ce nombre de secondes.</translation>
    </message>
    <message>
        <source>Wait assumed when a rate limit gives no retry time.</source>
        <translation>Attente supposée quand une limitation de débit n’indique pas de délai avant nouvel essai.</translation>
    </message>
    <message>
        <source>Cap on backoff between retries.</source>
        <translation>Plafond du délai d’attente (backoff) entre deux tentatives.</translation>
    </message>
    <message>
        <source>computed but not used by plugin 1.6.0</source>
        <translation>calculé mais non utilisé par le plugin 1.6.0</translation>
    </message>
    <message>
        <source>Random delay added before each request, in ms.</source>
        <translation>Délai aléatoire ajouté avant chaque requête, en ms.</translation>
    </message>
    <message>
        <source>Skip an account once this share of its quota is used (100 turns it off).</source>
        <translation>Ignorer un compte dès que cette part de son quota est utilisée (100 désactive).</translation>
    </message>
    <message>
        <source>How often cached quota is refreshed (0 turns it off).</source>
        <translation>Fréquence d’actualisation du quota en cache (0 désactive).</translation>
    </message>
    <message>
        <source>How long cached quota is trusted; &quot;auto&quot; is twice the refresh interval, at least 10 minutes.</source>
        <translation>Durée pendant laquelle le quota en cache est jugé fiable&#xa0;; &quot;auto&quot; vaut deux fois l’intervalle d’actualisation, au moins 10 minutes.</translation>
    </message>
    <message>
        <source>Score a new account starts with.</source>
        <translation>Score de départ d’un nouveau compte.</translation>
    </message>
    <message>
        <source>Points gained per successful request.</source>
        <translation>Points gagnés par requête réussie.</translation>
    </message>
    <message>
        <source>Points lost per rate limit.</source>
        <translation>Points perdus par limitation de débit.</translation>
    </message>
    <message>
        <source>Points lost per failure.</source>
        <translation>Points perdus par échec.</translation>
    </message>
    <message>
        <source>Points recovered per hour of rest.</source>
        <translation>Points récupérés par heure de repos.</translation>
    </message>
    <message>
        <source>Lowest score an account may have to be picked.</source>
        <translation>Score minimal pour qu’un compte soit choisi.</translation>
    </message>
    <message>
        <source>not applied: plugin 1.6.0 uses a fixed 50</source>
        <translation>non appliqué&#xa0;: le plugin 1.6.0 utilise une valeur fixe de 50</translation>
    </message>
    <message>
        <source>Highest possible score.</source>
        <translation>Score maximal possible.</translation>
    </message>
    <message>
        <source>Requests an account can burst.</source>
        <translation>Requêtes qu’un compte peut envoyer en rafale.</translation>
    </message>
    <message>
        <source>Tokens regained per minute.</source>
        <translation>Jetons regagnés par minute.</translation>
    </message>
    <message>
        <source>Tokens an account starts with.</source>
        <translation>Jetons dont un compte dispose au départ.</translation>
    </message>
    <message>
        <source>Let the plugin update itself from npm.</source>
        <translation>Laisser le plugin se mettre à jour depuis npm.</translation>
    </message>
    <message>
        <source>JSON Schema address</source>
        <translation>Adresse du schéma JSON</translation>
    </message>
    <message>
        <source>Quiet mode</source>
        <translation>Mode silencieux</translation>
    </message>
    <message>
        <source>Toast scope</source>
        <translation>Portée des notifications</translation>
    </message>
    <message>
        <source>Debug TUI</source>
        <translation>Débogage dans la TUI</translation>
    </message>
    <message>
        <source>Log dir</source>
        <translation>Dossier des logs</translation>
    </message>
    <message>
        <source>Keep thinking</source>
        <translation>Conserver le raisonnement</translation>
    </message>
    <message>
        <source>Session recovery</source>
        <translation>Récupération de session</translation>
    </message>
    <message>
        <source>Auto resume</source>
        <translation>Reprise automatique</translation>
    </message>
    <message>
        <source>Resume text</source>
        <translation>Texte de reprise</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Memory TTL seconds</source>
        <translation>TTL en mémoire (secondes)</translation>
    </message>
    <message>
        <source>Disk TTL seconds</source>
        <translation>TTL sur disque (secondes)</translation>
    </message>
    <message>
        <source>Write interval seconds</source>
        <translation>Intervalle d’écriture (secondes)</translation>
    </message>
    <message>
        <source>Empty response max attempts</source>
        <translation>Réponse vide : tentatives max.</translation>
    </message>
    <message>
        <source>Empty response retry delay (ms)</source>
        <translation>Réponse vide : délai entre tentatives (ms)</translation>
    </message>
    <message>
        <source>Tool ID recovery</source>
        <translation>Récupération des ID d’outils</translation>
    </message>
    <message>
        <source>Claude tool hardening</source>
        <translation>Renforcement des outils Claude</translation>
    </message>
    <message>
        <source>Claude prompt auto caching</source>
        <translation>Cache de prompt automatique pour Claude</translation>
    </message>
    <message>
        <source>Proactive token refresh</source>
        <translation>Actualisation proactive des jetons</translation>
    </message>
    <message>
        <source>Proactive refresh buffer seconds</source>
        <translation>Marge d’actualisation proactive (secondes)</translation>
    </message>
    <message>
        <source>Proactive refresh check interval seconds</source>
        <translation>Intervalle de vérification de l’actualisation (secondes)</translation>
    </message>
    <message>
        <source>Max rate limit wait seconds</source>
        <translation>Attente max. sur limitation de débit (secondes)</translation>
    </message>
    <message>
        <source>Quota fallback</source>
        <translation>Repli de quota</translation>
    </message>
    <message>
        <source>CLI first</source>
        <translation>CLI d’abord</translation>
    </message>
    <message>
        <source>Account selection strategy</source>
        <translation>Stratégie de sélection des comptes</translation>
    </message>
    <message>
        <source>PID offset enabled</source>
        <translation>Décalage PID activé</translation>
    </message>
    <message>
        <source>Switch on first rate limit</source>
        <translation>Changer dès la première limitation de débit</translation>
    </message>
    <message>
        <source>Scheduling mode</source>
        <translation>Mode de planification</translation>
    </message>
    <message>
        <source>Max cache first wait seconds</source>
        <translation>Attente max. en priorité cache (secondes)</translation>
    </message>
    <message>
        <source>Failure TTL seconds</source>
        <translation>TTL d’échec (secondes)</translation>
    </message>
    <message>
        <source>Default retry after seconds</source>
        <translation>Délai de nouvel essai par défaut (secondes)</translation>
    </message>
    <message>
        <source>Max backoff seconds</source>
        <translation>Temporisation max. (secondes)</translation>
    </message>
    <message>
        <source>Request jitter max (ms)</source>
        <translation>Variation aléatoire max. des requêtes (ms)</translation>
    </message>
    <message>
        <source>Soft quota threshold percent</source>
        <translation>Seuil de quota souple (%)</translation>
    </message>
    <message>
        <source>Quota refresh interval minutes</source>
        <translation>Intervalle d’actualisation du quota (minutes)</translation>
    </message>
    <message>
        <source>Soft quota cache TTL minutes</source>
        <translation>TTL du cache de quota souple (minutes)</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Success reward</source>
        <translation>Bonus de succès</translation>
    </message>
    <message>
        <source>Rate limit penalty</source>
        <translation>Pénalité de limitation de débit</translation>
    </message>
    <message>
        <source>Failure penalty</source>
        <translation>Pénalité d’échec</translation>
    </message>
    <message>
        <source>Recovery rate per hour</source>
        <translation>Taux de récupération par heure</translation>
    </message>
    <message>
        <source>Min usable</source>
        <translation>Minimum utilisable</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>Score max.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Regeneration rate per minute</source>
        <translation>Régénération par minute</translation>
    </message>
    <message>
        <source>Initial tokens</source>
        <translation>Jetons initiaux</translation>
    </message>
    <message>
        <source>Auto update</source>
        <translation>Mise à jour automatique</translation>
    </message>
</context>
<context>
    <name>SettingsAdvisor</name>
    <message>
        <source>One OpenCode at a time; the prompt cache matters most</source>
        <translation>Un seul OpenCode à la fois&#xa0;; le cache de prompt compte avant tout</translation>
    </message>
    <message>
        <source>A single process has nobody to share accounts with.</source>
        <translation>Un processus unique n’a personne avec qui partager les comptes.</translation>
    </message>
    <message>
        <source>Several agents in parallel</source>
        <translation>Plusieurs agents en parallèle</translation>
    </message>
    <message>
        <source>oh-my-opencode subagents, several OpenCode windows, or CI jobs running side by side.</source>
        <translation>Sous-agents oh-my-opencode, plusieurs fenêtres OpenCode ou tâches CI exécutées côte à côte.</translation>
    </message>
    <message>
        <source>Hybrid, with agents that start at different times</source>
        <translation>Hybrid, avec des agents qui démarrent à des moments différents</translation>
    </message>
    <message>
        <source>You like the plugin&apos;s scoring, and your processes do not all start at once.</source>
        <translation>Vous appréciez le système de score du plugin, et vos processus ne démarrent pas tous en même temps.</translation>
    </message>
    <message>
        <source>Recommended: sticky, PID offset off. Staying on one account keeps Anthropic&apos;s prompt cache warm; the plugin still moves to another account when this one hits a rate limit. PID offset would only scatter restarts over accounts and lose the cache.</source>
        <translation>Recommandé&#xa0;: sticky, décalage PID désactivé. Rester sur un seul compte garde actif le cache de prompt d’Anthropic&#xa0;; le plugin passe quand même à un autre compte quand celui-ci atteint une limitation de débit. Le décalage PID ne ferait que disperser les redémarrages sur les comptes et perdre le cache.</translation>
    </message>
    <message>
        <source>Recommended: round-robin, PID offset off. Every request goes to the next account, so parallel processes spread over the pool on their own; PID offset adds nothing there.</source>
        <translation>Recommandé&#xa0;: round-robin, décalage PID désactivé. Chaque requête va au compte suivant, donc les processus parallèles se répartissent d’eux-mêmes sur le pool&#xa0;; le décalage PID n’apporte rien ici.</translation>
    </message>
    <message>
        <source>Recommended: hybrid; PID offset is optional. Hybrid ranks accounts by health and free request budget, and staggered starts give it time to spread the load. PID offset only acts when hybrid finds no account that qualifies and falls back to sticky.</source>
        <translation>Recommandé&#xa0;: hybrid&#xa0;; décalage PID facultatif. Hybrid classe les comptes selon leur santé et leur budget de requêtes disponible, et des démarrages échelonnés lui laissent le temps de répartir la charge. Le décalage PID n’agit que quand hybrid ne trouve aucun compte éligible et se rabat sur sticky.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Setting groups</source>
        <translation>Groupes de paramètres</translation>
    </message>
    <message>
        <source>The file&apos;s {0} is not an object, which the plugin rejects; Save writes the values shown here in its place.</source>
        <translation>Dans le fichier, {0} n’est pas un objet, ce que le plugin rejette&#xa0;; Enregistrer écrit à sa place les valeurs affichées ici.</translation>
    </message>
    <message>
        <source>The file holds {0}, which the plugin rejects: it needs {1}.</source>
        <translation>Le fichier contient {0}, que le plugin rejette&#xa0;: il attend {1}.</translation>
    </message>
    <message>
        <source>%n field(s) to fix</source>
        <translation>%n champ(s) à corriger</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>SettingsGroups</name>
    <message>
        <source>How the plugin picks Google accounts and when it moves to another.</source>
        <translation>Comment le plugin choisit les comptes Google et quand il passe à un autre.</translation>
    </message>
    <message>
        <source>Toasts the plugin shows inside OpenCode. Desktop notifications from this app are on the “This app” page.</source>
        <translation>Toasts que le plugin affiche dans OpenCode. Les notifications de bureau de cette application se trouvent sur la page «&#xa0;Cette application&#xa0;».</translation>
    </message>
    <message>
        <source>How the plugin watches each account&apos;s quota.</source>
        <translation>Comment le plugin surveille le quota de chaque compte.</translation>
    </message>
    <message>
        <source>The scores hybrid uses to rank accounts. Used only with the hybrid strategy.</source>
        <translation>Les scores utilisés par hybrid pour classer les comptes. Utilisés uniquement avec la stratégie hybrid.</translation>
    </message>
    <message>
        <source>Each account&apos;s request budget in hybrid. Used only with the hybrid strategy.</source>
        <translation>Le budget de requêtes de chaque compte dans hybrid. Utilisé uniquement avec la stratégie hybrid.</translation>
    </message>
    <message>
        <source>What the plugin does when a session breaks or the model answers with nothing.</source>
        <translation>Ce que fait le plugin quand une session se casse ou que le modèle ne répond rien.</translation>
    </message>
    <message>
        <source>Logs for troubleshooting.</source>
        <translation>Logs pour le dépannage.</translation>
    </message>
    <message>
        <source>Rarely needed. The defaults suit most people.</source>
        <translation>Rarement utile. Les valeurs par défaut conviennent à la plupart des gens.</translation>
    </message>
</context>
<context>
    <name>SettingsGuidance</name>
    <message>
        <source>With round-robin, PID offset does nothing: that strategy already moves to the next account on every request, so parallel processes spread by themselves.</source>
        <translation>Avec round-robin, le décalage PID ne fait rien&#xa0;: cette stratégie passe déjà au compte suivant à chaque requête, donc les processus parallèles se répartissent d’eux-mêmes.</translation>
    </message>
    <message>
        <source>With hybrid, PID offset only acts in hybrid&apos;s fallback, when no account qualifies for its scoring; most of the time it has no effect. It acts fully with sticky.</source>
        <translation>Avec hybrid, le décalage PID n’agit que dans le fallback d’hybrid, quand aucun compte n’est éligible à son score&#xa0;; la plupart du temps, il est sans effet. Il agit pleinement avec sticky.</translation>
    </message>
    <message>
        <source>With sticky, PID offset starts each OpenCode process on a different account (its process id modulo the number of accounts).</source>
        <translation>Avec sticky, le décalage PID démarre chaque processus OpenCode sur un compte différent (son PID modulo le nombre de comptes).</translation>
    </message>
    <message>
        <source>With one account or none, PID offset can do nothing: every process lands on the same account. Add accounts first.</source>
        <translation>Avec un seul compte ou aucun, le décalage PID ne peut rien&#xa0;: tous les processus tombent sur le même compte. Ajoutez d’abord des comptes.</translation>
    </message>
    <message>
        <source>With a single account, PID offset can do nothing: every process lands on that account. Add accounts first.</source>
        <translation>Avec un seul compte, le décalage PID ne peut rien&#xa0;: tous les processus tombent sur ce compte. Ajoutez d’abord des comptes.</translation>
    </message>
    <message>
        <source>The price: processes that start on different accounts do not share Anthropic&apos;s prompt cache, which is kept per account. That is why the plugin leaves it off unless you turn it on.</source>
        <translation>Le prix&#xa0;: des processus qui démarrent sur des comptes différents ne partagent pas le cache de prompt d’Anthropic, propre à chaque compte. C’est pourquoi le plugin le laisse désactivé tant que vous ne l’activez pas.</translation>
    </message>
    <message>
        <source>sticky keeps using one account until it is rate-limited: best for a single OpenCode, and kindest to the prompt cache.</source>
        <translation>sticky garde le même compte jusqu’à sa limitation de débit&#xa0;: idéal pour un seul OpenCode, et le plus favorable au cache de prompt.</translation>
    </message>
    <message>
        <source>round-robin takes the next account for every request: best when several agents run in parallel.</source>
        <translation>round-robin prend le compte suivant à chaque requête&#xa0;: idéal quand plusieurs agents tournent en parallèle.</translation>
    </message>
    <message>
        <source>hybrid (the plugin&apos;s default) ranks accounts by health and free request budget, and stays on the current one unless another is clearly better.</source>
        <translation>hybrid (par défaut dans le plugin) classe les comptes selon leur santé et leur budget de requêtes disponible, et reste sur le compte actuel sauf si un autre est nettement meilleur.</translation>
    </message>
</context>
<context>
    <name>SettingsWarnings</name>
    <message>
        <source>OpenCode ignores your settings file</source>
        <translation>OpenCode ignore votre fichier de paramètres</translation>
    </message>
    <message>
        <source>This app cannot read it: {0} The plugin cannot either, so it uses its defaults for every setting. This form will not write over it.</source>
        <translation>Cette application ne peut pas le lire&#xa0;: {0} Le plugin non plus, il utilise donc ses valeurs par défaut pour tous les paramètres. Ce formulaire ne l’écrasera pas.</translation>
    </message>
    <message>
        <source>It is not valid JSON ({0}). Until it is fixed, the plugin uses its defaults for every setting. Fix that place in a text editor; this form will not write over a file it cannot read.</source>
        <translation>Ce n’est pas du JSON valide ({0}). Tant qu’il n’est pas corrigé, le plugin utilise ses valeurs par défaut pour tous les paramètres. Corrigez cet endroit dans un éditeur de texte&#xa0;; ce formulaire n’écrasera pas un fichier qu’il ne peut pas lire.</translation>
    </message>
    <message>
        <source>{0} does not hold a JSON object, so the plugin uses its defaults for every setting. Fix it in a text editor; this form will not write over it.</source>
        <translation>{0} ne contient pas d’objet JSON&#xa0;: le plugin utilise donc ses valeurs par défaut pour tous les paramètres. Corrigez-le dans un éditeur de texte&#xa0;; ce formulaire ne l’écrasera pas.</translation>
    </message>
    <message>
        <source>One value the plugin rejects makes it ignore the whole file, so OpenCode runs on the defaults. Rejected: {0}. Fix the marked fields below (or reset them to default), then Save.</source>
        <translation>Une seule valeur rejetée par le plugin lui fait ignorer tout le fichier, et OpenCode tourne alors avec les valeurs par défaut. Rejeté&#xa0;: {0}. Corrigez les champs marqués ci-dessous (ou rétablissez leur valeur par défaut), puis enregistrez.</translation>
    </message>
    <message>
        <source>{0} ({1}, OpenCode pid {2}) has a .opencode/antigravity.json the plugin rejects; there it is skipped and your settings apply.</source>
        <translation>{0} ({1}, pid OpenCode {2}) contient un .opencode/antigravity.json que le plugin rejette&#xa0;; il y est ignoré et vos paramètres s’appliquent.</translation>
    </message>
    <message>
        <source>{0} ({1}, OpenCode pid {2}) has its own .opencode/antigravity.json, which overrides yours there: {3}.</source>
        <translation>{0} ({1}, pid OpenCode {2}) a son propre .opencode/antigravity.json, qui y remplace le vôtre&#xa0;: {3}.</translation>
    </message>
    <message>
        <source>…and {0} more project folders.</source>
        <translation>…et {0} autres dossiers de projet.</translation>
    </message>
    <message>
        <source>A project file resets every key it leaves out to the plugin&apos;s default, not to your value. Add the keys you need to that file, or delete it.</source>
        <translation>Un fichier de projet remet chaque clé qu’il omet à la valeur par défaut du plugin, et non à votre valeur. Ajoutez à ce fichier les clés dont vous avez besoin, ou supprimez-le.</translation>
    </message>
    <message>
        <source>{0}={1} is set, but plugin 1.6.0 no longer reads it; use {2} ({3}) in this form instead.</source>
        <translation>{0}={1} est défini, mais le plugin 1.6.0 ne le lit plus&#xa0;; utilisez plutôt {2} ({3}) dans ce formulaire.</translation>
    </message>
    <message>
        <source>{0}={1} is set, but plugin 1.6.0 does not read it.</source>
        <translation>{0}={1} est défini, mais le plugin 1.6.0 ne le lit pas.</translation>
    </message>
    <message>
        <source>Saved 1 change.</source>
        <translation>1 modification enregistrée.</translation>
    </message>
    <message>
        <source>Saved {0} changes.</source>
        <translation>{0} modifications enregistrées.</translation>
    </message>
    <message>
        <source>OpenCode reads this file when it starts, so running OpenCode processes pick the change up when they restart.</source>
        <translation>OpenCode lit ce fichier au démarrage&#xa0;: les processus OpenCode en cours prendront la modification en compte à leur redémarrage.</translation>
    </message>
    <message>
        <source>No OpenCode process is running now.</source>
        <translation>Aucun processus OpenCode n’est en cours d’exécution.</translation>
    </message>
    <message>
        <source>1 OpenCode process is running now (pid {0}).</source>
        <translation>1 processus OpenCode est en cours d’exécution (pid {0}).</translation>
    </message>
    <message>
        <source>{0} OpenCode processes are running now (pid {1}).</source>
        <translation>{0} processus OpenCode sont en cours d’exécution (pid {1}).</translation>
    </message>
</context>
<context>
    <name>SettingsWidgets</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>on or off (true or false)</source>
        <translation>activé ou désactivé (true ou false)</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>une valeur parmi {0}</translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation>un nombre de {0} à {1}</translation>
    </message>
    <message>
        <source>&quot;auto&quot; or a number from {0} to {1}</source>
        <translation>&quot;auto&quot; ou un nombre de {0} à {1}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings — Antigravity Tray</source>
        <translation>Paramètres — Antigravity Tray</translation>
    </message>
    <message>
        <source>&amp;OpenCode plugin</source>
        <translation>Plugin &amp;OpenCode</translation>
    </message>
    <message>
        <source>&amp;This app</source>
        <translation>&amp;Cette application</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>OpenCode does not load the plugin: add “{0}” to the “plugin” list of {1}.</source>
        <translation>OpenCode ne charge pas le plugin&#xa0;: ajoutez «&#xa0;{0}&#xa0;» à la liste «&#xa0;plugin&#xa0;» de {1}.</translation>
    </message>
    <message>
        <source>OpenCode has not installed the plugin yet: start OpenCode once with the plugin in its config.</source>
        <translation>OpenCode n’a pas encore installé le plugin&#xa0;: lancez OpenCode une fois avec le plugin dans sa configuration.</translation>
    </message>
    <message>
        <source>OpenCode has the plugin {0}, and this app&apos;s settings are for {1}, so it changes no setting unless you confirm. Pin “{2}” in OpenCode&apos;s plugin list.</source>
        <translation>OpenCode a le plugin {0} et les réglages de cette application sont pour {1}&#xa0;: elle ne change aucun réglage sans votre confirmation. Fixez «&#xa0;{2}&#xa0;» dans la liste des plugins d’OpenCode.</translation>
    </message>
    <message>
        <source>Setup: OpenCode does not load the plugin</source>
        <translation>Configuration&#xa0;: OpenCode ne charge pas le plugin</translation>
    </message>
    <message>
        <source>Setup: the plugin is not installed yet</source>
        <translation>Configuration&#xa0;: le plugin n’est pas encore installé</translation>
    </message>
    <message>
        <source>Setup: another plugin version is installed</source>
        <translation>Configuration&#xa0;: une autre version du plugin est installée</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>The accounts file cannot be read: {reason}</source>
        <translation>Le fichier des comptes est illisible : {reason}</translation>
    </message>
    <message>
        <source>The plugin ignores antigravity.json (invalid)</source>
        <translation>Le plugin ignore antigravity.json (invalide)</translation>
    </message>
    <message>
        <source>No accounts yet: add one</source>
        <translation>Aucun compte&#xa0;: ajoutez-en un</translation>
    </message>
    <message>
        <source>Every account is disabled</source>
        <translation>Tous les comptes sont désactivés</translation>
    </message>
    <message>
        <source>{email} needs verification</source>
        <translation>{email} doit être vérifié</translation>
    </message>
    <message>
        <source>{email} needs a new sign-in</source>
        <translation>{email} doit se reconnecter</translation>
    </message>
    <message>
        <source>Claude and Gemini: {email}</source>
        <translation>Claude et Gemini&#xa0;: {email}</translation>
    </message>
    <message>
        <source>Claude: {claude} · Gemini: {gemini}</source>
        <translation>Claude&#xa0;: {claude} · Gemini&#xa0;: {gemini}</translation>
    </message>
    <message>
        <source>{family}: every account limited until {time}</source>
        <translation>{family}&#xa0;: tous les comptes limités jusqu’à {time}</translation>
    </message>
    <message>
        <source>{family}: {limited} of %n accounts limited</source>
        <translation>{family}&#xa0;: débit limité sur {limited} des %n compte(s)</translation>
    </message>
    <message>
        <source>Accounts: %n · no rate limits</source>
        <translation>Comptes&#xa0;: %n · aucune limitation de débit</translation>
    </message>
    <message>
        <source>Disabled accounts: %n</source>
        <translation>Comptes désactivés&#xa0;: %n</translation>
    </message>
    <message>
        <source>{before} is rate-limited until {until}.</source>
        <translation>Le débit de {before} est limité jusqu’à {until}.</translation>
    </message>
    <message>
        <source>{before} is cooling down until {until} ({detail}).</source>
        <translation>{before} est au repos jusqu’à {until} ({detail}).</translation>
    </message>
    <message>
        <source>{before} needs verification in a browser.</source>
        <translation>{before} doit être vérifié dans un navigateur.</translation>
    </message>
    <message>
        <source>{before} was disabled.</source>
        <translation>{before} a été désactivé.</translation>
    </message>
    <message>
        <source>{before} left the pool.</source>
        <translation>{before} a quitté le pool.</translation>
    </message>
    <message>
        <source>Rotation: the strategy moves between accounts.</source>
        <translation>Rotation&#xa0;: la stratégie alterne entre les comptes.</translation>
    </message>
    <message>
        <source>PID offset: a new OpenCode process started on its own account.</source>
        <translation>Décalage PID&#xa0;: un nouveau processus OpenCode a démarré sur son propre compte.</translation>
    </message>
    <message>
        <source>The plugin moved on from {before}.</source>
        <translation>Le plugin a quitté {before}.</translation>
    </message>
    <message>
        <source>network errors</source>
        <translation>erreurs réseau</translation>
    </message>
    <message>
        <source>sign-in failures</source>
        <translation>échecs de connexion</translation>
    </message>
    <message>
        <source>project errors</source>
        <translation>erreurs de projet</translation>
    </message>
    <message>
        <source>verification needed</source>
        <translation>vérification requise</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message>
        <source>{family}: now using {after}</source>
        <translation>{family}&#xa0;: utilise maintenant {after}</translation>
    </message>
    <message>
        <source>{before} is rate-limited.</source>
        <translation>Le débit de {before} est limité.</translation>
    </message>
    <message>
        <source>{reason} (OpenCode process {pid})</source>
        <translation>{reason} (processus OpenCode {pid})</translation>
    </message>
    <message>
        <source>%n switches in {span}; the last: {last}</source>
        <translation>%n changement(s) en {span}&#xa0;; le dernier&#xa0;: {last}</translation>
    </message>
    <message>
        <source>{family}: {before} is limited</source>
        <translation>{family}&#xa0;: {before} est limité</translation>
    </message>
    <message>
        <source>{family}: every account is limited</source>
        <translation>{family}&#xa0;: tous les comptes sont limités</translation>
    </message>
    <message>
        <source>The first one is free again at {until}. OpenCode waits or fails until then; adding an account helps.</source>
        <translation>Le premier se libère à {until}. D’ici là, OpenCode attend ou échoue&#xa0;; ajouter un compte aide.</translation>
    </message>
    <message>
        <source>Sign in again: %n account(s)</source>
        <translation>Reconnexion requise&#xa0;: %n compte(s)</translation>
    </message>
    <message>
        <source>Google no longer accepts the sign-in of {accounts}. Open Accounts and choose Re-login.</source>
        <translation>Google n’accepte plus la connexion de {accounts}. Ouvrez Comptes et choisissez Reconnecter.</translation>
    </message>
    <message>
        <source>%n account(s) left the pool</source>
        <translation>%n compte(s) sorti(s) du pool</translation>
    </message>
    <message>
        <source>{accounts} no longer in antigravity-accounts.json. Open Accounts to restore them from the vault.</source>
        <translation>antigravity-accounts.json ne contient plus {accounts}. Ouvrez Comptes pour effectuer la restauration depuis le coffre.</translation>
    </message>
</context>
<context>
    <name>StrategyAdvisor</name>
    <message>
        <source>Strategy advisor</source>
        <translation>Conseiller de stratégie</translation>
    </message>
    <message>
        <source>How do you run OpenCode?</source>
        <translation>Comment utilisez-vous OpenCode&#xa0;?</translation>
    </message>
    <message>
        <source>Also turn on PID offset (only acts in hybrid&apos;s fallback)</source>
        <translation>Activer aussi le décalage PID (n’agit que dans le fallback d’hybrid)</translation>
    </message>
    <message>
        <source>Put in the form</source>
        <translation>Reporter dans le formulaire</translation>
    </message>
    <message>
        <source>Nothing is written until you press Save in the settings window.</source>
        <translation>Rien n’est écrit avant que vous cliquiez sur Enregistrer dans la fenêtre des paramètres.</translation>
    </message>
    <message>
        <source>Agents at once:</source>
        <translation>Agents simultanés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StringEditor</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
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
        <translation>{0}&#xa0;: jusqu’à {1} ({2})</translation>
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
        <translation>Au repos après {0} jusqu’au {1}.</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0} · resets {1}</source>
        <translation>{0} · réinit. {1}</translation>
    </message>
    <message>
        <source>{0}: {1} left, resets {2}</source>
        <translation>{0}&#xa0;: {1} restant, réinitialisation&#xa0;: {2}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Checked by this app {0}.</source>
        <translation>Vérifié par cette application le {0}.</translation>
    </message>
    <message>
        <source>Fetched by the plugin {0}.</source>
        <translation>Récupéré par le plugin le {0}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Your desktop shows no system tray, so Antigravity Tray opened its accounts window instead. It keeps running while this window is open.

On GNOME, install and enable the &quot;AppIndicator and KStatusNotifierItem Support&quot; extension to get the tray icon, then start Antigravity Tray again.</source>
        <translation>Votre bureau n’affiche pas de zone de notification&#xa0;: Antigravity Tray a donc ouvert sa fenêtre des comptes. L’application continue de tourner tant que cette fenêtre est ouverte.

Sous GNOME, installez et activez l’extension «&#xa0;AppIndicator and KStatusNotifierItem Support&#xa0;» pour obtenir l’icône, puis relancez Antigravity Tray.</translation>
    </message>
    <message>
        <source>OpenCode is writing the file; retrying to {0}…</source>
        <translation>OpenCode écrit le fichier&#xa0;; nouvel essai pour {0}…</translation>
    </message>
    <message>
        <source>Cancel that change</source>
        <translation>Annuler ce changement</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <source>Agents…</source>
        <translation>Agents…</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Activité…</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Check quotas</source>
        <translation>Vérifier les quotas</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Open plugin folder</source>
        <translation>Ouvrir le dossier du plugin</translation>
    </message>
    <message>
        <source>Quit Antigravity Tray</source>
        <translation>Quitter Antigravity Tray</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>Sticky</translation>
    </message>
    <message>
        <source>Stay on one account until it is rate-limited; keeps the prompt cache warm.</source>
        <translation>Rester sur un compte jusqu’à sa limitation de débit&#xa0;; garde le cache de prompt actif.</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>Round-robin</translation>
    </message>
    <message>
        <source>Move to the next account on every request.</source>
        <translation>Passer au compte suivant à chaque requête.</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Score accounts by health and quota (the plugin&apos;s default).</source>
        <translation>Classer les comptes selon leur santé et leur quota (par défaut dans le plugin).</translation>
    </message>
    <message>
        <source>Strategy: {0}</source>
        <translation>Stratégie&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>PID offset</source>
        <translation>Décalage PID</translation>
    </message>
    <message>
        <source>Start each OpenCode process on a different account. It acts only with sticky, and with hybrid when hybrid finds no candidate.</source>
        <translation>Démarrer chaque processus OpenCode sur un compte différent. N’agit qu’avec sticky, et avec hybrid quand hybrid ne trouve aucun candidat.</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Mettre les notifications en pause</translation>
    </message>
    <message>
        <source>Notifications are off in Settings</source>
        <translation>Les notifications sont désactivées dans les Paramètres</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>En pause jusqu’à {0}</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>set the strategy to {0}</source>
        <translation>régler la stratégie sur {0}</translation>
    </message>
    <message>
        <source>turn the PID offset on</source>
        <translation>activer le décalage PID</translation>
    </message>
    <message>
        <source>turn the PID offset off</source>
        <translation>désactiver le décalage PID</translation>
    </message>
    <message>
        <source>The setting was not saved</source>
        <translation>Le paramètre n’a pas été enregistré</translation>
    </message>
    <message>
        <source>The preference was not saved</source>
        <translation>La préférence n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>No plugin folder yet</source>
        <translation>Pas encore de dossier du plugin</translation>
    </message>
    <message>
        <source>{0} does not exist yet. It appears when OpenCode first runs the plugin, or when you add an account.</source>
        <translation>{0} n’existe pas encore. Il apparaît quand OpenCode exécute le plugin pour la première fois, ou quand vous ajoutez un compte.</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>…and more in Accounts</source>
        <translation>…et d’autres dans Comptes</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Sign in with Google in your browser. Open the address below, choose the account, and allow access; this window notices by itself when you are done.</source>
        <translation>Connectez-vous avec Google dans votre navigateur. Ouvrez l’adresse ci-dessous, choisissez le compte et autorisez l’accès&#xa0;; cette fenêtre détecte d’elle-même quand vous avez terminé.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation>En attente de Google…</translation>
    </message>
    <message>
        <source>If the browser runs on another computer, or this window did not notice the sign-in, &amp;paste the address the browser ended on, or the code:</source>
        <translation>Si le navigateur tourne sur un autre ordinateur, ou si cette fenêtre n’a pas détecté la connexion, collez l’&amp;adresse sur laquelle le navigateur s’est arrêté, ou le code&#xa0;:</translation>
    </message>
    <message>
        <source>http://localhost:…/oauth-callback?state=…&amp;code=…</source>
        <translation>http://localhost:…/oauth-callback?state=…&amp;code=…</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Con&amp;tinuer</translation>
    </message>
    <message>
        <source>&amp;Browser on another computer?</source>
        <translation>&amp;Navigateur sur un autre ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <source>Enter a number from {0} to {1}.</source>
        <translation>Saisissez un nombre de {0} à {1}.</translation>
    </message>
</context>
</TS>
