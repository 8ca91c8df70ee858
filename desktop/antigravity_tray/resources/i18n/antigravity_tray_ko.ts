<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Quota checked for %n account(s).</source>
        <translation>계정 %n개의 할당량을 확인했습니다.</translation>
    </message>
    <message>
        <source>{0} needs re-login: sign in again as that account.</source>
        <translation>{0} 재로그인 필요: 그 계정으로 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>{0}: Google could not be reached ({1}).</source>
        <translation>{0}: Google에 연결할 수 없습니다({1}).</translation>
    </message>
    <message>
        <source>{0}: Google refused the request ({1}).</source>
        <translation>{0}: Google이 요청을 거부했습니다({1}).</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>계정 추가…</translation>
    </message>
    <message>
        <source>Sign in with a Google account and add it to the pool</source>
        <translation>Google 계정으로 로그인하여 계정 풀에 추가합니다</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <source>Take the selected account out of rotation, or put it back</source>
        <translation>선택한 계정을 순환에서 제외하거나 다시 포함합니다</translation>
    </message>
    <message>
        <source>Re-login…</source>
        <translation>재로그인…</translation>
    </message>
    <message>
        <source>Sign in again as the selected account to repair it in place</source>
        <translation>선택한 계정으로 다시 로그인하여 그 자리에서 복구합니다</translation>
    </message>
    <message>
        <source>Open verification page</source>
        <translation>인증 페이지 열기</translation>
    </message>
    <message>
        <source>Open the page where Google asks to verify the selected account</source>
        <translation>Google이 선택한 계정의 인증을 요청하는 페이지를 엽니다</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Remove the selected account from the pool</source>
        <translation>선택한 계정을 계정 풀에서 삭제합니다</translation>
    </message>
    <message>
        <source>Restore from vault</source>
        <translation>보관함에서 복원</translation>
    </message>
    <message>
        <source>Put back every account the keyring vault holds that the pool lost</source>
        <translation>계정 풀에서 사라졌지만 키링 보관함에 남아 있는 모든 계정을 되돌려 놓습니다</translation>
    </message>
    <message>
        <source>Check quotas</source>
        <translation>할당량 확인</translation>
    </message>
    <message>
        <source>Ask Google now how much quota each enabled account has left</source>
        <translation>활성화된 각 계정에 남은 할당량을 지금 Google에 묻습니다</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Checking quotas…</source>
        <translation>할당량 확인 중…</translation>
    </message>
    <message>
        <source>Asking Google for each enabled account&apos;s quota…</source>
        <translation>활성화된 각 계정의 할당량을 Google에 묻는 중…</translation>
    </message>
    <message>
        <source>Sign in as {0} in the browser: the account is repaired in place.</source>
        <translation>브라우저에서 {0}(으)로 로그인하세요. 계정이 그 자리에서 복구됩니다.</translation>
    </message>
    <message>
        <source>Opened Google&apos;s verification page for {0}. Once verified, enable the account again.</source>
        <translation>{0}의 Google 인증 페이지를 열었습니다. 인증을 마친 후 계정을 다시 활성화하세요.</translation>
    </message>
    <message>
        <source>enable {0}</source>
        <translation>{0} 활성화</translation>
    </message>
    <message>
        <source>disable {0}</source>
        <translation>{0} 비활성화</translation>
    </message>
    <message>
        <source>{0} is enabled again.</source>
        <translation>{0}이(가) 다시 활성화되었습니다.</translation>
    </message>
    <message>
        <source>{0} is disabled: the plugin skips it.</source>
        <translation>{0}이(가) 비활성화되었습니다. 플러그인이 이 계정을 건너뜁니다.</translation>
    </message>
    <message>
        <source>remove {0}</source>
        <translation>{0} 삭제</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <source>Remove {0} from the account pool? OpenCode stops using it; signing in again adds it back.</source>
        <translation>계정 풀에서 {0}을(를) 삭제할까요? OpenCode가 더 이상 이 계정을 사용하지 않으며, 다시 로그인하면 다시 추가됩니다.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Removed {0}. {1}</source>
        <translation>{0}을(를) 삭제했습니다. {1}</translation>
    </message>
    <message>
        <source>Asking the system keyring…</source>
        <translation>시스템 키링에 묻는 중…</translation>
    </message>
    <message>
        <source>the system keyring did not answer ({0})</source>
        <translation>시스템 키링이 응답하지 않았습니다({0})</translation>
    </message>
    <message>
        <source>When the removal is applied, also forget {0} in the keyring vault?</source>
        <translation>삭제가 적용될 때 키링 보관함에서도 {0}을(를) 지울까요?</translation>
    </message>
    <message>
        <source>The keyring vault still holds {0}. Forget it there too?</source>
        <translation>키링 보관함에 아직 {0}이(가) 남아 있습니다. 보관함에서도 지울까요?</translation>
    </message>
    <message>
        <source>Forget in the vault</source>
        <translation>보관함에서 지우기</translation>
    </message>
    <message>
        <source>If the vault keeps it, Restore from vault can bring the account back later.</source>
        <translation>보관함에 남겨 두면 나중에 &apos;보관함에서 복원&apos;으로 계정을 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Keep it in the vault</source>
        <translation>보관함에 남겨 두기</translation>
    </message>
    <message>
        <source>{0} was removed from the pool and forgotten in the vault.</source>
        <translation>{0}을(를) 계정 풀에서 삭제하고 보관함에서도 지웠습니다.</translation>
    </message>
    <message>
        <source>{0} is still in the vault: {1}</source>
        <translation>{0}이(가) 아직 보관함에 있습니다: {1}</translation>
    </message>
    <message>
        <source>The vault is not available</source>
        <translation>보관함을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Restoring needs the system keyring, and none can be used here.

{0}</source>
        <translation>복원하려면 시스템 키링이 필요하지만, 여기서는 사용할 수 있는 키링이 없습니다.

{0}</translation>
    </message>
    <message>
        <source>Nothing to restore: every account the vault holds is in the pool.</source>
        <translation>복원할 계정이 없습니다. 보관함의 모든 계정이 이미 계정 풀에 있습니다.</translation>
    </message>
    <message>
        <source>{0}: {1}. {2}</source>
        <translation>{0}: {1}. {2}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>변경된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>취소했습니다. 변경된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>The pool was not changed</source>
        <translation>계정 풀이 변경되지 않았습니다</translation>
    </message>
    <message>
        <source>Could not {0}:

{1}</source>
        <translation>{0}에 실패했습니다:

{1}</translation>
    </message>
    <message>
        <source>Waiting for OpenCode to exit to {0}.</source>
        <translation>OpenCode가 종료되기를 기다렸다가 적용합니다: {0}.</translation>
    </message>
</context>
<context>
    <name>AccountsFormat</name>
    <message>
        <source>d MMM</source>
        <comment>a date this year (Qt date pattern)</comment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in another year (Qt date pattern)</comment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>내일</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>어제</translation>
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
        <translation>{0}일 {1}시간</translation>
    </message>
    <message>
        <source>{0}h {1:02d}m</source>
        <translation>{0}시간 {1:02d}분</translation>
    </message>
    <message>
        <source>{0}m {1:02d}s</source>
        <translation>{0}분 {1:02d}초</translation>
    </message>
    <message>
        <source>{0}s</source>
        <translation>{0}초</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>{0} 후</translation>
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
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <source>project error</source>
        <translation>프로젝트 오류</translation>
    </message>
    <message>
        <source>verification required</source>
        <translation>인증 필요</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <source>?%</source>
        <comment>unknown remaining quota</comment>
        <translation>?%</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
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
        <translation>계정 %n개</translation>
    </message>
    <message>
        <source>%n enabled</source>
        <translation>활성 %n개</translation>
    </message>
    <message>
        <source>%n cooling down</source>
        <translation>쿨다운 %n개</translation>
    </message>
    <message>
        <source>attention needed: %n</source>
        <translation>확인 필요: %n개</translation>
    </message>
    <message>
        <source>%n OpenCode running</source>
        <translation>OpenCode %n개 실행 중</translation>
    </message>
    <message>
        <source>The pool has %n account(s).</source>
        <translation>계정 풀에 계정이 %n개 있습니다.</translation>
    </message>
    <message>
        <source>restore %n account(s) from the vault</source>
        <translation>보관함에서 계정 %n개 복원</translation>
    </message>
    <message>
        <source>Restored %n account(s) from the vault</source>
        <translation>보관함에서 계정 %n개를 복원했습니다</translation>
    </message>
    <message>
        <source>%n OpenCode process(es) running</source>
        <translation>OpenCode 프로세스 %n개 실행 중</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>On</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>In use for</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Rate-limited until</source>
        <translation>속도 제한 종료</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>쿨다운</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Cached quota</source>
        <translation>캐시된 할당량</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>마지막 사용</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가일</translation>
    </message>
    <message>
        <source>Enabled accounts take part in rotation; the plugin skips disabled ones.</source>
        <translation>활성화된 계정은 순환에 참여하며, 비활성화된 계정은 플러그인이 건너뜁니다.</translation>
    </message>
    <message>
        <source>The account each model family uses now, as the last OpenCode to save wrote it.</source>
        <translation>각 모델 패밀리가 현재 사용하는 계정입니다(마지막으로 저장한 OpenCode가 기록한 값).</translation>
    </message>
    <message>
        <source>Google rate-limited the account for this family until the time shown.</source>
        <translation>Google이 이 모델 패밀리에 대해 표시된 시각까지 이 계정에 속도 제한을 걸었습니다.</translation>
    </message>
    <message>
        <source>The plugin rests the account after errors, until the time shown.</source>
        <translation>오류가 발생하면 플러그인이 표시된 시각까지 이 계정을 쉬게 합니다(쿨다운).</translation>
    </message>
    <message>
        <source>Google asks to verify the account in a browser before it is used again.</source>
        <translation>다시 사용하기 전에 브라우저에서 계정을 인증하라고 Google이 요청합니다.</translation>
    </message>
    <message>
        <source>Whether Google still accepts the account&apos;s sign-in (checked by this app).</source>
        <translation>Google이 이 계정의 로그인을 아직 허용하는지 여부입니다(이 앱이 확인).</translation>
    </message>
    <message>
        <source>Remaining quota per group as the plugin last fetched it, and when it resets.</source>
        <translation>플러그인이 마지막으로 가져온 그룹별 남은 할당량과 초기화 시각입니다.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Limited for now</source>
        <translation>일시적으로 제한됨</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>비활성화됨</translation>
    </message>
    <message>
        <source>Ignored by the plugin: another entry has the same email</source>
        <translation>플러그인이 무시함: 다른 항목에 같은 이메일이 있음</translation>
    </message>
    <message>
        <source>{0} (duplicate)</source>
        <translation>{0} (중복)</translation>
    </message>
    <message>
        <source>Account {0} (no email)</source>
        <translation>계정 {0} (이메일 없음)</translation>
    </message>
    <message>
        <source>Project: {0}</source>
        <translation>프로젝트: {0}</translation>
    </message>
    <message>
        <source>Managed project: {0}</source>
        <translation>관리형 프로젝트: {0}</translation>
    </message>
    <message>
        <source>Entry {0} of the pool file</source>
        <translation>계정 풀 파일의 {0}번 항목</translation>
    </message>
    <message>
        <source>Enabled: the plugin may use this account.</source>
        <translation>활성화됨: 플러그인이 이 계정을 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Disabled: the plugin skips this account.</source>
        <translation>비활성화됨: 플러그인이 이 계정을 건너뜁니다.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>활성화됨</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>비활성화됨</translation>
    </message>
    <message>
        <source>OpenCode sends {0} requests to this account now.</source>
        <translation>OpenCode가 현재 {0} 요청을 이 계정으로 보냅니다.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>Verify now…</source>
        <translation>지금 인증…</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>필요</translation>
    </message>
    <message>
        <source>Google wants this account verified before it is used again.</source>
        <translation>다시 사용하기 전에 이 계정을 인증해야 한다고 Google이 요구합니다.</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>사유: {0}</translation>
    </message>
    <message>
        <source>Click to open: {0}</source>
        <translation>클릭하여 열기: {0}</translation>
    </message>
    <message>
        <source>The plugin disabled the account; enable it again once verified.</source>
        <translation>플러그인이 이 계정을 비활성화했습니다. 인증을 마친 후 다시 활성화하세요.</translation>
    </message>
    <message>
        <source>Re-login…</source>
        <translation>재로그인…</translation>
    </message>
    <message>
        <source>Google no longer accepts this account&apos;s sign-in ({0}, checked {1}). Click to sign in again as {2}: it is repaired in place.</source>
        <translation>Google이 더 이상 이 계정의 로그인을 허용하지 않습니다({0}, 확인: {1}). 클릭하여 {2}(으)로 다시 로그인하면 그 자리에서 복구됩니다.</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>세부 정보 없음</translation>
    </message>
</context>
<context>
    <name>AccountsWindow</name>
    <message>
        <source>No accounts yet</source>
        <translation>아직 계정이 없습니다</translation>
    </message>
    <message>
        <source>Sign in with a Google account: it goes into the plugin&apos;s account pool, and OpenCode can use it at its next request. With two or more, the plugin moves on when one is rate-limited.</source>
        <translation>Google 계정으로 로그인하세요. 계정이 플러그인의 계정 풀에 추가되고, OpenCode가 다음 요청부터 사용할 수 있습니다. 계정이 두 개 이상이면 하나가 속도 제한될 때 플러그인이 다른 계정으로 넘어갑니다.</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>계정 추가…</translation>
    </message>
    <message>
        <source>Restore from vault</source>
        <translation>보관함에서 복원</translation>
    </message>
    <message>
        <source>Nothing to show until the file is repaired</source>
        <translation>파일을 복구할 때까지 표시할 내용이 없습니다</translation>
    </message>
    <message>
        <source>Repair the file by hand, or copy an earlier version over it. The window updates by itself as soon as the file can be read again.</source>
        <translation>파일을 직접 복구하거나 이전 버전으로 덮어쓰세요. 파일을 다시 읽을 수 있게 되면 창이 자동으로 업데이트됩니다.</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>백업 폴더 열기</translation>
    </message>
    <message>
        <source>Open plugin folder</source>
        <translation>플러그인 폴더 열기</translation>
    </message>
    <message>
        <source>The account pool cannot be read</source>
        <translation>계정 풀을 읽을 수 없습니다</translation>
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
        <translation>계정 없음</translation>
    </message>
    <message>
        <source>rate-limited: {0}</source>
        <translation>속도 제한됨: {0}</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{1} {0}개</translation>
    </message>
    <message>
        <source>OpenCode not running</source>
        <translation>OpenCode 실행 중 아님</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for OpenCode to exit&lt;/b&gt; (pid {0}), then this app will {1}. &lt;a href=&quot;cancel&quot;&gt;Cancel&lt;/a&gt;</source>
        <translation>&lt;b&gt;OpenCode 종료 대기 중&lt;/b&gt; (pid {0}). 종료되면 이 앱이 다음 작업을 수행합니다: {1}. &lt;a href=&quot;cancel&quot;&gt;취소&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The accounts file cannot be read, so nothing in it is shown.&lt;/b&gt; This app never overwrites a file it cannot read; it is left exactly as it is.&lt;br&gt;{0}&lt;br&gt;While it stays unreadable, a running OpenCode keeps only one account when it next saves. Repair the file, or put back an earlier version: this app keeps the versions it replaced in &lt;a href=&quot;backups&quot;&gt;{1}&lt;/a&gt;.</source>
        <translation>&lt;b&gt;계정 파일을 읽을 수 없어 내용을 표시하지 않습니다.&lt;/b&gt; 이 앱은 읽을 수 없는 파일을 절대 덮어쓰지 않으며, 파일은 그대로 유지됩니다.&lt;br&gt;{0}&lt;br&gt;파일을 읽을 수 없는 동안에는 실행 중인 OpenCode가 다음에 저장할 때 계정을 하나만 남깁니다. 파일을 복구하거나 이전 버전으로 되돌리세요. 이 앱은 교체한 이전 버전을 &lt;a href=&quot;backups&quot;&gt;{1}&lt;/a&gt;에 보관합니다.</translation>
    </message>
    <message>
        <source>Select an account to see its details here.</source>
        <translation>계정을 선택하면 여기에 세부 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>활성화됨</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>비활성화됨</translation>
    </message>
    <message>
        <source>{0}, in use for {1}</source>
        <translation>{0}, {1}에 사용 중</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>{0}; ignored by the plugin, another entry has the same email</source>
        <translation>{0}; 다른 항목에 같은 이메일이 있어 플러그인이 무시함</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{0} (managed: {1})</source>
        <translation>{0} (관리형: {1})</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>{0} · entry {1} of the pool file</source>
        <translation>{0} · 계정 풀 파일의 {1}번 항목</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>속도 제한</translation>
    </message>
    <message>
        <source>{0} until {1}</source>
        <translation>{0}: {1}까지</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>쿨다운</translation>
    </message>
    <message>
        <source>until {0}, after {1}</source>
        <translation>{1} 후 {0}까지</translation>
    </message>
    <message>
        <source>required</source>
        <translation>필요</translation>
    </message>
    <message>
        <source>open the verification page</source>
        <translation>인증 페이지 열기</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Google no longer accepts it · &lt;a href=&quot;relogin&quot;&gt;sign in again&lt;/a&gt;</source>
        <translation>Google이 더 이상 허용하지 않음 · &lt;a href=&quot;relogin&quot;&gt;다시 로그인&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} {1} left, resets {2}</source>
        <translation>{0} {1} 남음, {2} 초기화</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>fetched {0}</source>
        <translation>가져온 시각: {0}</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>할당량</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>last {0} · added {1}</source>
        <translation>마지막: {0} · 추가: {1}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Accounts — Antigravity Tray</source>
        <translation>계정 — Antigravity Tray</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>OpenCode is writing the pool file; retrying to {0}…</source>
        <translation>OpenCode가 계정 풀 파일을 쓰는 중입니다. 다시 시도합니다: {0}…</translation>
    </message>
    <message>
        <source>Pool file: {0}</source>
        <translation>계정 풀 파일: {0}</translation>
    </message>
    <message>
        <source>The waiting change was cancelled; the pool was not changed.</source>
        <translation>대기 중이던 변경을 취소했습니다. 계정 풀은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>OpenCode is not set up to use the plugin</source>
        <translation>OpenCode가 플러그인을 사용하도록 설정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>`antigravity-tray doctor` checks everything again.</source>
        <translation>`antigravity-tray doctor`로 전부 다시 확인할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — Antigravity Tray</source>
        <translation>활동 — Antigravity Tray</translation>
    </message>
    <message>
        <source>Nothing recorded in this period. The tray app records every switch and limit while it runs.</source>
        <translation>이 기간에는 기록된 것이 없습니다. 트레이 앱은 실행 중에 모든 전환과 제한을 기록합니다.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Times limited</source>
        <translation>제한 횟수</translation>
    </message>
    <message>
        <source>Time limited</source>
        <translation>제한된 시간</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>사용 비율</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Each family&apos;s lane shows the account in use, a line marks each switch (point at it for the reason), red behind a lane: every account limited. Below, each account&apos;s limits: orange a rate limit, grey a cooldown, red a verification.</source>
        <translation>각 모델 패밀리의 줄은 사용 중인 계정을 보여 주고, 세로선은 전환을 표시합니다(가리키면 이유가 보입니다). 줄 뒤의 빨간색은 모든 계정이 제한된 시간입니다. 아래는 계정별 제한: 주황색은 속도 제한, 회색은 쿨다운, 빨간색은 인증입니다.</translation>
    </message>
    <message>
        <source>{0} had every account limited %n time(s) in this period, {1} in total.</source>
        <translation>{0}: 이 기간에 모든 계정이 %n회 제한되었습니다(총 {1}).</translation>
    </message>
    <message>
        <source>No family had every account limited in this period.</source>
        <translation>이 기간에 모든 계정이 제한된 모델 패밀리는 없었습니다.</translation>
    </message>
    <message>
        <source>With {0} OpenCode running, the note on parallel agents advises at least {1} accounts; you have {2} enabled.</source>
        <translation>OpenCode {0}개가 실행 중이므로 병렬 에이전트 안내에 따르면 계정이 최소 {1}개 필요합니다. 활성화된 계정은 {2}개입니다.</translation>
    </message>
</context>
<context>
    <name>AgentsAdvice</name>
    <message>
        <source>Parallel agents: {0}–{1} at once is the sweet spot; more make rate limits and retries slow the whole run down (run large batches in waves). Keep at least as many accounts as agents, plus {2}.</source>
        <translation>병렬 에이전트: 동시에 {0}~{1}개가 최적입니다. 그보다 많으면 속도 제한과 재시도 때문에 전체 실행이 느려집니다(대량 작업은 웨이브 단위로 나누어 실행하세요). 계정은 최소한 에이전트 수보다 {2}개 더 많이 유지하세요.</translation>
    </message>
    <message>
        <source>The account file could not be read, so the count is unknown.</source>
        <translation>계정 파일을 읽을 수 없어 개수를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>For {0} agents you need {1} accounts; you have {2} enabled: enough.</source>
        <translation>에이전트 {0}개에는 계정 {1}개가 필요합니다. 활성화된 계정이 {2}개이므로 충분합니다.</translation>
    </message>
    <message>
        <source>For {0} agents you need {1} accounts; you have {2} enabled: add {3} more.</source>
        <translation>에이전트 {0}개에는 계정 {1}개가 필요합니다. 활성화된 계정이 {2}개이므로 {3}개를 더 추가하세요.</translation>
    </message>
    <message>
        <source>More than {0} agents at once usually finishes later, not sooner.</source>
        <translation>에이전트를 동시에 {0}개보다 많이 실행하면 대개 더 빨리 끝나는 것이 아니라 더 늦게 끝납니다.</translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for {1} agents at once.</source>
        <translation>활성화된 계정이 {0}개로, 에이전트 {1}개를 동시에 실행하기에 충분합니다.</translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for one agent at a time; {1} more would let {2} run at once.</source>
        <translation>활성화된 계정이 {0}개로, 에이전트를 한 번에 하나씩 실행하기에 충분합니다. {1}개를 더 추가하면 {2}개를 동시에 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>You have {0} enabled accounts: enough for {1} agents at once; {2} more would let {3} run.</source>
        <translation>활성화된 계정이 {0}개로, 에이전트 {1}개를 동시에 실행하기에 충분합니다. {2}개를 더 추가하면 {3}개를 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>You have %n enabled account(s): add {0} more before running agents in parallel.</source>
        <translation>활성화된 계정이 %n개입니다. 에이전트를 병렬로 실행하기 전에 {0}개를 더 추가하세요.</translation>
    </message>
</context>
<context>
    <name>AgentsWindow</name>
    <message>
        <source>Agents — Antigravity Tray</source>
        <translation>에이전트 — Antigravity Tray</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>프로젝트 폴더</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>PID offset predicts</source>
        <translation>PID 오프셋 예측</translation>
    </message>
    <message>
        <source>Claude now (log)</source>
        <translation>현재 Claude (로그)</translation>
    </message>
    <message>
        <source>Gemini now (log)</source>
        <translation>현재 Gemini (로그)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>%n OpenCode process(es) running · strategy {0}</source>
        <translation>OpenCode 프로세스 %n개 실행 중 · 전략 {0}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>The account each process uses now comes from the plugin&apos;s debug log. Turn on Debug in Settings (it applies when OpenCode restarts) to see it here.</source>
        <translation>각 프로세스가 현재 사용하는 계정은 플러그인의 디버그 로그에서 가져옵니다. 여기에 표시하려면 설정에서 디버그를 켜세요(OpenCode를 다시 시작하면 적용됩니다).</translation>
    </message>
    <message>
        <source>%1 (from its log)</source>
        <translation>%1 (로그 기준)</translation>
    </message>
    <message>
        <source>%1 (offset +%2)</source>
        <translation>%1 (오프셋 +%2)</translation>
    </message>
    <message>
        <source>PID offset is off</source>
        <translation>PID 오프셋 꺼짐</translation>
    </message>
    <message>
        <source>round-robin ignores it</source>
        <translation>round-robin에서는 무시됨</translation>
    </message>
    <message>
        <source>hybrid uses it only as a fallback</source>
        <translation>hybrid에서는 fallback으로만 사용됨</translation>
    </message>
    <message>
        <source>one account: nothing to spread</source>
        <translation>계정 1개: 분산할 대상 없음</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No system tray</source>
        <translation>시스템 트레이 없음</translation>
    </message>
</context>
<context>
    <name>AppHub</name>
    <message>
        <source>OpenCode has exited, so this was applied: {0}</source>
        <translation>OpenCode가 종료되어 다음 작업을 적용했습니다: {0}</translation>
    </message>
    <message>
        <source>Could not apply {0}: {1}</source>
        <translation>{0} 작업을 적용할 수 없습니다: {1}</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Notify me when a local agent switches accounts</source>
        <translation>로컬 에이전트가 계정을 전환하면 알림 받기</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>지금 재개</translation>
    </message>
    <message>
        <source>An agent leaves an account (rate limit, cooldown, verification)</source>
        <translation>에이전트가 계정을 떠날 때(속도 제한, 쿨다운, 인증)</translation>
    </message>
    <message>
        <source>Every account is limited for Claude or Gemini</source>
        <translation>Claude 또는 Gemini에 대해 모든 계정이 제한될 때</translation>
    </message>
    <message>
        <source>An account needs signing in again</source>
        <translation>계정에 재로그인이 필요할 때</translation>
    </message>
    <message>
        <source>Accounts disappear from the plugin&apos;s file</source>
        <translation>플러그인 파일에서 계정이 사라질 때</translation>
    </message>
    <message>
        <source>Moves by design: round-robin, hybrid, PID offset (summarised)</source>
        <translation>의도된 전환: round-robin, hybrid, PID 오프셋 (요약 표시)</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Days the activity history is kept</source>
        <translation>활동 기록 보관 일수</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Start Antigravity Tray when I log in</source>
        <translation>로그인할 때 Antigravity Tray 시작</translation>
    </message>
    <message>
        <source>Start in the tray, with no window open</source>
        <translation>창을 열지 않고 트레이에서 시작</translation>
    </message>
    <message>
        <source>Keep a backup of each account in the system keyring</source>
        <translation>각 계정의 백업을 시스템 키링에 보관</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>이 앱</translation>
    </message>
    <message>
        <source>Preferences of Antigravity Tray itself. They are kept in the app&apos;s own folder, never in the plugin&apos;s files, and apply at once.</source>
        <translation>Antigravity Tray 자체의 환경설정입니다. 플러그인 파일이 아닌 앱 자체 폴더에 저장되며 즉시 적용됩니다.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>A desktop notification with the reason (rate limit, cooldown, verification, rotation), never a flood. The toasts inside OpenCode are the plugin&apos;s own: see “Notifications in OpenCode” on the other page.</source>
        <translation>이유(속도 제한, 쿨다운, 인증, 순환)를 담은 데스크톱 알림을 보내되, 알림이 쏟아지지 않게 합니다. OpenCode 안의 알림은 플러그인 자체의 알림입니다. 다른 페이지의 “OpenCode 알림”을 참고하세요.</translation>
    </message>
    <message>
        <source>Seconds between summaries of moves by design</source>
        <translation>의도된 전환 요약 사이의 초</translation>
    </message>
    <message>
        <source>One summary of them at most every</source>
        <translation>요약은 최대 다음 간격마다 한 번:</translation>
    </message>
    <message>
        <source>A switch with a reason shows within a second and replaces its family&apos;s toast, so the toast always names the account in use; quick bursts come as one update every few seconds.</source>
        <translation>이유가 있는 전환은 1초 안에 표시되고 해당 모델 패밀리의 알림을 대체하므로, 알림은 항상 사용 중인 계정을 보여 줍니다. 짧은 시간에 몰린 전환은 몇 초마다 한 번씩 갱신됩니다.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Used from the next start of the app.</source>
        <translation>앱을 다음에 시작할 때부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Closing a window keeps Antigravity Tray running in the tray; Quit is in the tray menu.</source>
        <translation>창을 닫아도 Antigravity Tray는 트레이에서 계속 실행됩니다. 종료는 트레이 메뉴에 있습니다.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>보관함</translation>
    </message>
    <message>
        <source>The plugin sometimes loses accounts from its file; the vault keeps each account&apos;s refresh token in the system keyring so the Accounts window can restore them.</source>
        <translation>플러그인이 파일에서 계정을 잃어버리는 경우가 있습니다. 보관함은 각 계정의 갱신 토큰(refresh token)을 시스템 키링에 보관하여 계정 창에서 복원할 수 있게 합니다.</translation>
    </message>
    <message>
        <source>Keep the activity history for</source>
        <translation>활동 기록 보관 기간:</translation>
    </message>
    <message>
        <source>Activity history</source>
        <translation>활동 기록</translation>
    </message>
    <message>
        <source>The switches and limits this app saw, for the Activity window and `antigravity-tray history`; kept on this computer only, with no tokens.</source>
        <translation>이 앱이 본 전환과 제한으로, 활동 창과 `antigravity-tray history`에서 씁니다. 이 컴퓨터에만 저장되며 토큰은 담지 않습니다.</translation>
    </message>
    <message>
        <source>Preferences file: {0}</source>
        <translation>환경설정 파일: {0}</translation>
    </message>
    <message>
        <source>Start at login is not available on this system yet. Add Antigravity Tray to your login items yourself, with the option --background.</source>
        <translation>이 시스템에서는 아직 로그인 시 자동 시작을 지원하지 않습니다. --background 옵션을 붙여 Antigravity Tray를 로그인 항목(시작 프로그램)에 직접 추가하세요.</translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation>{0}까지 일시 중지됨.</translation>
    </message>
    <message>
        <source>Could not save the preference</source>
        <translation>환경설정을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not change start at login</source>
        <translation>로그인 시 자동 시작 설정을 변경할 수 없습니다</translation>
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
        <translation>직접 입력(분):</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>On</source>
        <translation>켜기</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation>켜기 또는 끄기를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>EnumEditor</name>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose one of: {0}.</source>
        <translation>다음 중 하나를 선택하세요: {0}.</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>&amp;Details</source>
        <translation>세부 정보(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>● not default</source>
        <translation>● 기본값 아님</translation>
    </message>
    <message>
        <source>This setting differs from the plugin&apos;s default.</source>
        <translation>이 설정은 플러그인의 기본값과 다릅니다.</translation>
    </message>
    <message>
        <source>Default: {0}</source>
        <translation>기본값: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>참고: {0}</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Reset to default: remove {0} from the file</source>
        <translation>기본값으로 재설정: 파일에서 {0} 제거</translation>
    </message>
    <message>
        <source>Reset {0} to default</source>
        <translation>{0}을(를) 기본값으로 재설정</translation>
    </message>
</context>
<context>
    <name>FinishingPage</name>
    <message>
        <source>Signing in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Google answered. This window is now finishing the sign-in: it asks Google for the account&apos;s email and project, then adds the account to the plugin&apos;s pool.</source>
        <translation>Google이 응답했습니다. 이 창에서 로그인을 마무리하는 중입니다. Google에 계정의 이메일과 프로젝트를 요청한 다음, 계정을 플러그인의 계정 풀에 추가합니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Which strategy?</source>
        <translation>어떤 전략이 좋을까요?</translation>
    </message>
    <message>
        <source>Strategy advisor…</source>
        <translation>전략 도우미…</translation>
    </message>
    <message>
        <source>Answer one question and the form gets the recommended strategy and PID offset (nothing is saved until you Save).</source>
        <translation>질문 하나에 답하면 권장 전략과 PID 오프셋이 양식에 입력됩니다(저장을 누르기 전까지는 아무것도 저장되지 않습니다).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Add a Google account</source>
        <translation>Google 계정 추가</translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser to sign in.</source>
        <translation>주소를 복사했습니다. 브라우저에 붙여 넣어 로그인하세요.</translation>
    </message>
    <message>
        <source>No browser could be opened here. Copy the address and open it in a browser yourself.</source>
        <translation>여기서는 브라우저를 열 수 없습니다. 주소를 복사하여 브라우저에서 직접 여세요.</translation>
    </message>
</context>
<context>
    <name>LoginMessages</name>
    <message>
        <source>The sign-in did not complete</source>
        <translation>로그인이 완료되지 않았습니다</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved.</source>
        <translation>문제가 발생했습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The sign-in port is busy</source>
        <translation>로그인 포트가 사용 중입니다</translation>
    </message>
    <message>
        <source>Port {port} on this computer is already in use, so the sign-in cannot be received. Another login is probably running (for example `opencode auth login`); finish or close it and try again.</source>
        <translation>이 컴퓨터의 {port} 포트가 이미 사용 중이어서 로그인 응답을 받을 수 없습니다. 다른 로그인이 진행 중일 수 있습니다(예: `opencode auth login`). 그 로그인을 마치거나 닫은 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The sign-in timed out</source>
        <translation>로그인 시간이 초과되었습니다</translation>
    </message>
    <message>
        <source>No answer from the browser within {minutes} min. Nothing was saved. Try again, or paste the address the browser ended on.</source>
        <translation>{minutes}분 안에 브라우저의 응답이 없었습니다. 아무것도 저장되지 않았습니다. 다시 시도하거나 브라우저가 마지막으로 표시한 주소를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>No answer from the browser within {seconds} s. Nothing was saved. Try again, or paste the address the browser ended on.</source>
        <translation>{seconds}초 안에 브라우저의 응답이 없었습니다. 아무것도 저장되지 않았습니다. 다시 시도하거나 브라우저가 마지막으로 표시한 주소를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>로그인 취소됨</translation>
    </message>
    <message>
        <source>The sign-in was cancelled. Nothing was saved.</source>
        <translation>로그인이 취소되었습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Access was not granted</source>
        <translation>액세스 권한이 부여되지 않았습니다</translation>
    </message>
    <message>
        <source>You declined access, so the sign-in did not complete. Nothing was saved.</source>
        <translation>액세스를 거부하여 로그인이 완료되지 않았습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in (it answered “{reason}”). Nothing was saved.</source>
        <translation>Google이 로그인을 완료하지 않았습니다(응답: “{reason}”). 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>This sign-in does not belong here</source>
        <translation>이 로그인에 해당하지 않는 응답입니다</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in (its state does not match), so it was not used. Paste the address from the tab this window opened, or wait for the browser.</source>
        <translation>이 주소는 다른 로그인의 것이어서(state가 일치하지 않음) 사용하지 않았습니다. 이 창이 연 탭의 주소를 붙여 넣거나 브라우저의 응답을 기다리세요.</translation>
    </message>
    <message>
        <source>The sign-in that came back does not belong to this login (its state does not match), so it was rejected and nothing was saved. Start the login again.</source>
        <translation>돌아온 로그인 응답이 이 로그인의 것이 아니어서(state가 일치하지 않음) 거부했으며, 아무것도 저장되지 않았습니다. 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>That is not a sign-in address</source>
        <translation>로그인 주소가 아닙니다</translation>
    </message>
    <message>
        <source>That is not a sign-in address. Paste the whole address the browser ended on (it starts with http://localhost), or just the code in it.</source>
        <translation>로그인 주소가 아닙니다. 브라우저가 마지막으로 표시한 전체 주소(http://localhost로 시작)를 붙여 넣거나, 그 안의 코드만 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Google could not be reached</source>
        <translation>Google에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>The sign-in could not be finished because Google did not answer. Check the connection and try again. Nothing was saved.</source>
        <translation>Google이 응답하지 않아 로그인을 마칠 수 없었습니다. 네트워크 연결을 확인하고 다시 시도하세요. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Google refused the sign-in</source>
        <translation>Google이 로그인을 거부했습니다</translation>
    </message>
    <message>
        <source>Google refused to finish the sign-in. Start the login again. Nothing was saved.</source>
        <translation>Google이 로그인 완료를 거부했습니다. 로그인을 다시 시작하세요. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Google sent no refresh token</source>
        <translation>Google이 갱신 토큰을 보내지 않았습니다</translation>
    </message>
    <message>
        <source>Google signed you in but sent no refresh token, so the plugin could not keep using this account. Remove this app&apos;s access at https://myaccount.google.com/permissions and log in again.</source>
        <translation>Google이 로그인은 처리했지만 갱신 토큰(refresh token)을 보내지 않아, 플러그인이 이 계정을 계속 사용할 수 없습니다. https://myaccount.google.com/permissions 에서 이 앱의 액세스 권한을 삭제한 후 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Google did not say which account this is</source>
        <translation>Google이 어떤 계정인지 알려 주지 않았습니다</translation>
    </message>
    <message>
        <source>You are signed in, but Google did not name the account. Nothing was saved, to avoid an account without an email; try again.</source>
        <translation>로그인은 되었지만 Google이 계정을 알려 주지 않았습니다. 이메일 없는 계정이 생기지 않도록 아무것도 저장하지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The account could not be saved</source>
        <translation>계정을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>The sign-in worked, but the account could not be added to the plugin&apos;s account file. The file was left as it was. Try again once the problem under Details is solved.</source>
        <translation>로그인은 성공했지만 플러그인의 계정 파일에 계정을 추가할 수 없었습니다. 파일은 그대로 유지되었습니다. 세부 정보에 표시된 문제를 해결한 후 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open accounts</source>
        <translation>계정 열기</translation>
    </message>
</context>
<context>
    <name>PluginPage</name>
    <message>
        <source>Open the file</source>
        <translation>파일 열기</translation>
    </message>
    <message>
        <source>Go to the first bad value</source>
        <translation>첫 번째 잘못된 값으로 이동</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Discard the changes in the form and show the file again</source>
        <translation>양식의 변경 사항을 버리고 파일 내용을 다시 표시합니다</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>파일: {0}</translation>
    </message>
    <message>
        <source>The settings file changed on disk</source>
        <translation>설정 파일이 디스크에서 변경되었습니다</translation>
    </message>
    <message>
        <source>Save writes only your changes on top of the new file; Revert shows the new file.</source>
        <translation>저장하면 새 파일 위에 변경한 내용만 기록하고, 되돌리기를 누르면 새 파일을 표시합니다.</translation>
    </message>
    <message>
        <source>Where these settings may not apply</source>
        <translation>이 설정이 적용되지 않을 수 있는 곳</translation>
    </message>
    <message>
        <source>The file is not valid JSON; fix it in a text editor first.</source>
        <translation>파일이 올바른 JSON이 아닙니다. 먼저 텍스트 편집기에서 수정하세요.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first: {0}</source>
        <translation>먼저 빨간색으로 표시된 필드를 수정하세요: {0}</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>저장할 내용 없음</translation>
    </message>
    <message>
        <source>Write the changed settings ({0})</source>
        <translation>변경된 설정을 기록합니다({0})</translation>
    </message>
    <message>
        <source>save {0}</source>
        <translation>{0} 저장</translation>
    </message>
    <message>
        <source>Waiting for OpenCode</source>
        <translation>OpenCode를 기다리는 중</translation>
    </message>
    <message>
        <source>OpenCode is writing its settings file; retrying to {0}…</source>
        <translation>OpenCode가 설정 파일을 쓰는 중입니다. 다시 시도합니다: {0}…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>취소했습니다. 저장된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>Another plugin release</source>
        <translation>다른 플러그인 버전</translation>
    </message>
    <message>
        <source>OpenCode has the plugin {0}, and this form is for {1}: {0} may not have these settings, or may read them differently. Save anyway?</source>
        <translation>OpenCode에는 플러그인 {0}이(가) 있고 이 양식은 {1}용입니다. {0}에는 이 설정이 없거나 다르게 읽힐 수 있습니다. 그래도 저장할까요?</translation>
    </message>
    <message>
        <source>Changes discarded; the form shows the file again.</source>
        <translation>변경 사항을 버렸습니다. 양식에 파일 내용이 다시 표시됩니다.</translation>
    </message>
    <message>
        <source>The advisor&apos;s choice is in the form</source>
        <translation>도우미의 선택이 양식에 입력되었습니다</translation>
    </message>
    <message>
        <source>{0}. Nothing is written until you press Save.</source>
        <translation>{0}. 저장을 누르기 전까지는 아무것도 기록되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OpenCode is running</source>
        <translation>OpenCode가 실행 중입니다</translation>
    </message>
    <message>
        <source>This would not last while OpenCode runs: {0}.</source>
        <translation>OpenCode가 실행 중인 동안에는 이 변경이 유지되지 않습니다: {0}.</translation>
    </message>
    <message>
        <source>{0} (pid {1}). Each running OpenCode keeps the account pool in memory and writes it back after its next request, so it would quietly undo this change.

Apply when OpenCode exits: this app waits until every OpenCode has exited, then applies it (the change shows in this window until then, and you can cancel it).</source>
        <translation>{0} (pid {1}). 실행 중인 각 OpenCode는 계정 풀을 메모리에 보관하고 다음 요청 후에 파일에 다시 기록하므로, 이 변경을 조용히 되돌려 버립니다.

OpenCode 종료 시 적용: 이 앱은 모든 OpenCode가 종료될 때까지 기다린 다음 변경을 적용합니다(그때까지 변경 내용이 이 창에 표시되며 취소할 수 있습니다).</translation>
    </message>
    <message>
        <source>Apply when OpenCode exits</source>
        <translation>OpenCode 종료 시 적용</translation>
    </message>
    <message>
        <source>Apply now anyway</source>
        <translation>그래도 지금 적용</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Account:</source>
        <translation>계정:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>프로젝트:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>변경:</translation>
    </message>
    <message>
        <source>Accounts in the pool now:</source>
        <translation>현재 계정 풀의 계정:</translation>
    </message>
    <message>
        <source>&amp;Add another</source>
        <translation>하나 더 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>로그인 완료</translation>
    </message>
    <message>
        <source>none yet — the plugin finds one on first use</source>
        <translation>아직 없음 — 처음 사용할 때 플러그인이 찾습니다</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>updated (new sign-in for an existing account)</source>
        <translation>업데이트됨 (기존 계정에 새로 로그인)</translation>
    </message>
    <message>
        <source>Note: this account was not copied to the vault.</source>
        <translation>참고: 이 계정은 보관함에 복사되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Account rotation</source>
        <translation>계정 순환</translation>
    </message>
    <message>
        <source>Notifications in OpenCode</source>
        <translation>OpenCode 알림</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>할당량</translation>
    </message>
    <message>
        <source>Health score (hybrid)</source>
        <translation>건강 점수 (hybrid)</translation>
    </message>
    <message>
        <source>Token bucket (hybrid)</source>
        <translation>토큰 버킷 (hybrid)</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>디버그</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>URL of the JSON Schema, for editors; the plugin ignores it.</source>
        <translation>편집기용 JSON Schema의 URL입니다. 플러그인은 이 값을 무시합니다.</translation>
    </message>
    <message>
        <source>Hide the plugin&apos;s toasts about rate limits and account switches.</source>
        <translation>속도 제한 및 계정 전환에 관한 플러그인 알림을 숨깁니다.</translation>
    </message>
    <message>
        <source>Show toasts only in the main session (root_only) or in subagent sessions too (all).</source>
        <translation>알림을 메인 세션에만 표시할지(root_only), 하위 에이전트 세션에도 표시할지(all) 정합니다.</translation>
    </message>
    <message>
        <source>Write a debug log file for each OpenCode run.</source>
        <translation>OpenCode를 실행할 때마다 디버그 로그 파일을 기록합니다.</translation>
    </message>
    <message>
        <source>Send the plugin&apos;s log lines to OpenCode&apos;s log panel.</source>
        <translation>플러그인의 로그 줄을 OpenCode의 로그 패널로 보냅니다.</translation>
    </message>
    <message>
        <source>Folder for debug logs (default: antigravity-logs beside the config).</source>
        <translation>디버그 로그를 저장할 폴더입니다(기본값: 설정 파일 옆의 antigravity-logs).</translation>
    </message>
    <message>
        <source>Keep Claude&apos;s thinking blocks across turns.</source>
        <translation>Claude의 thinking 블록을 대화 턴이 바뀌어도 유지합니다.</translation>
    </message>
    <message>
        <source>Repair a session after a tool or thinking-block error.</source>
        <translation>도구 오류나 thinking 블록 오류가 발생한 세션을 복구합니다.</translation>
    </message>
    <message>
        <source>After a recovery, send the resume text automatically.</source>
        <translation>복구 후 재개 텍스트를 자동으로 보냅니다.</translation>
    </message>
    <message>
        <source>true when no config file exists at all, false once any config file omits it</source>
        <translation>설정 파일이 전혀 없으면 true, 설정 파일이 있는데 이 키를 생략하면 false</translation>
    </message>
    <message>
        <source>Text sent to continue after a recovery.</source>
        <translation>복구 후 작업을 이어 가도록 보내는 텍스트입니다.</translation>
    </message>
    <message>
        <source>Cache thinking signatures (used with keep_thinking).</source>
        <translation>thinking 서명을 캐시합니다(keep_thinking과 함께 사용).</translation>
    </message>
    <message>
        <source>How long signatures stay in memory.</source>
        <translation>서명을 메모리에 보관하는 시간입니다.</translation>
    </message>
    <message>
        <source>How long signatures stay on disk.</source>
        <translation>서명을 디스크에 보관하는 시간입니다.</translation>
    </message>
    <message>
        <source>How often the cache is written to disk.</source>
        <translation>캐시를 디스크에 기록하는 주기입니다.</translation>
    </message>
    <message>
        <source>Retries when the model returns an empty answer.</source>
        <translation>모델이 빈 응답을 반환할 때 재시도하는 횟수입니다.</translation>
    </message>
    <message>
        <source>Pause between those retries, in ms.</source>
        <translation>재시도 사이의 대기 시간(ms)입니다.</translation>
    </message>
    <message>
        <source>Repair mismatched tool-call ids.</source>
        <translation>일치하지 않는 도구 호출 ID를 복구합니다.</translation>
    </message>
    <message>
        <source>no runtime use found in plugin 1.6.0</source>
        <translation>플러그인 1.6.0에서 실제로 사용되는 곳이 없음</translation>
    </message>
    <message>
        <source>Guard Claude against calling tools that do not exist.</source>
        <translation>Claude가 존재하지 않는 도구를 호출하지 않도록 방지합니다.</translation>
    </message>
    <message>
        <source>Add prompt-cache markers to Claude requests automatically.</source>
        <translation>Claude 요청에 prompt cache 마커를 자동으로 추가합니다.</translation>
    </message>
    <message>
        <source>Refresh access tokens in the background before they expire.</source>
        <translation>액세스 토큰이 만료되기 전에 백그라운드에서 갱신합니다.</translation>
    </message>
    <message>
        <source>Refresh a token this many seconds before it expires.</source>
        <translation>토큰 만료 몇 초 전에 갱신할지 정합니다.</translation>
    </message>
    <message>
        <source>How often the background refresh checks tokens.</source>
        <translation>백그라운드 갱신이 토큰을 확인하는 주기입니다.</translation>
    </message>
    <message>
        <source>Longest wait when every account is rate-limited (0 waits forever).</source>
        <translation>모든 계정이 속도 제한되었을 때의 최대 대기 시간입니다(0이면 무한정 대기).</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>더 이상 사용되지 않습니다.</translation>
    </message>
    <message>
        <source>ignored by plugin 1.6.0</source>
        <translation>플러그인 1.6.0에서 무시됨</translation>
    </message>
    <message>
        <source>For Gemini, use the Gemini CLI quota before the Antigravity quota.</source>
        <translation>Gemini의 경우 Antigravity 할당량보다 Gemini CLI 할당량을 먼저 사용합니다.</translation>
    </message>
    <message>
        <source>How the plugin picks an account: stay on one, rotate every request, or score them.</source>
        <translation>플러그인이 계정을 고르는 방식입니다. 한 계정에 머무르거나, 요청마다 순환하거나, 점수를 매겨 고릅니다.</translation>
    </message>
    <message>
        <source>Start each OpenCode process on a different account (process id modulo account count).</source>
        <translation>각 OpenCode 프로세스를 서로 다른 계정에서 시작합니다(프로세스 ID를 계정 수로 나눈 나머지).</translation>
    </message>
    <message>
        <source>acts only with sticky, and with hybrid when hybrid finds no candidate</source>
        <translation>sticky에서만 작동하며, hybrid에서는 hybrid가 후보를 찾지 못할 때만 작동함</translation>
    </message>
    <message>
        <source>Switch account on the first rate limit instead of retrying.</source>
        <translation>재시도하지 않고 첫 번째 속도 제한에서 바로 계정을 전환합니다.</translation>
    </message>
    <message>
        <source>cache_first waits briefly on the same account to keep the prompt cache.</source>
        <translation>cache_first는 prompt cache를 유지하기 위해 같은 계정에서 잠시 기다립니다.</translation>
    </message>
    <message>
        <source>balance and performance_first behave the same in plugin 1.6.0</source>
        <translation>플러그인 1.6.0에서는 balance와 performance_first가 똑같이 동작함</translation>
    </message>
    <message>
        <source>Longest wait on the same account in cache_first mode.</source>
        <translation>cache_first 모드에서 같은 계정을 기다리는 최대 시간입니다.</translation>
    </message>
    <message>
        <source>Forget an account&apos;s failures after this many seconds.</source>
        <translation>이 시간(초)이 지나면 계정의 실패 기록을 지웁니다.</translation>
    </message>
    <message>
        <source>Wait assumed when a rate limit gives no retry time.</source>
        <translation>속도 제한 응답에 재시도 시간이 없을 때 가정하는 대기 시간입니다.</translation>
    </message>
    <message>
        <source>Cap on backoff between retries.</source>
        <translation>재시도 사이 백오프(backoff) 시간의 상한입니다.</translation>
    </message>
    <message>
        <source>computed but not used by plugin 1.6.0</source>
        <translation>플러그인 1.6.0에서 계산은 되지만 사용되지 않음</translation>
    </message>
    <message>
        <source>Random delay added before each request, in ms.</source>
        <translation>각 요청 전에 추가하는 무작위 지연 시간(ms)입니다.</translation>
    </message>
    <message>
        <source>Skip an account once this share of its quota is used (100 turns it off).</source>
        <translation>할당량을 이 비율만큼 사용한 계정은 건너뜁니다(100이면 끔).</translation>
    </message>
    <message>
        <source>How often cached quota is refreshed (0 turns it off).</source>
        <translation>캐시된 할당량을 새로 고치는 주기입니다(0이면 끔).</translation>
    </message>
    <message>
        <source>How long cached quota is trusted; &quot;auto&quot; is twice the refresh interval, at least 10 minutes.</source>
        <translation>캐시된 할당량을 신뢰하는 기간입니다. &quot;auto&quot;는 새로 고침 주기의 두 배이며 최소 10분입니다.</translation>
    </message>
    <message>
        <source>Score a new account starts with.</source>
        <translation>새 계정의 시작 점수입니다.</translation>
    </message>
    <message>
        <source>Points gained per successful request.</source>
        <translation>요청이 성공할 때마다 얻는 점수입니다.</translation>
    </message>
    <message>
        <source>Points lost per rate limit.</source>
        <translation>속도 제한 1회마다 잃는 점수입니다.</translation>
    </message>
    <message>
        <source>Points lost per failure.</source>
        <translation>실패 1회마다 잃는 점수입니다.</translation>
    </message>
    <message>
        <source>Points recovered per hour of rest.</source>
        <translation>쉬는 동안 시간당 회복하는 점수입니다.</translation>
    </message>
    <message>
        <source>Lowest score an account may have to be picked.</source>
        <translation>계정이 선택되기 위한 최소 점수입니다.</translation>
    </message>
    <message>
        <source>not applied: plugin 1.6.0 uses a fixed 50</source>
        <translation>적용되지 않음: 플러그인 1.6.0은 고정값 50을 사용함</translation>
    </message>
    <message>
        <source>Highest possible score.</source>
        <translation>가능한 최고 점수입니다.</translation>
    </message>
    <message>
        <source>Requests an account can burst.</source>
        <translation>한 계정이 한꺼번에(버스트) 보낼 수 있는 요청 수입니다.</translation>
    </message>
    <message>
        <source>Tokens regained per minute.</source>
        <translation>분당 다시 채워지는 토큰 수입니다.</translation>
    </message>
    <message>
        <source>Tokens an account starts with.</source>
        <translation>계정이 처음에 가지는 토큰 수입니다.</translation>
    </message>
    <message>
        <source>Let the plugin update itself from npm.</source>
        <translation>플러그인이 npm에서 스스로 업데이트하도록 허용합니다.</translation>
    </message>
    <message>
        <source>JSON Schema address</source>
        <translation>JSON Schema 주소</translation>
    </message>
    <message>
        <source>Quiet mode</source>
        <translation>조용한 모드</translation>
    </message>
    <message>
        <source>Toast scope</source>
        <translation>알림 범위</translation>
    </message>
    <message>
        <source>Debug TUI</source>
        <translation>TUI 디버그</translation>
    </message>
    <message>
        <source>Log dir</source>
        <translation>로그 폴더</translation>
    </message>
    <message>
        <source>Keep thinking</source>
        <translation>thinking 유지</translation>
    </message>
    <message>
        <source>Session recovery</source>
        <translation>세션 복구</translation>
    </message>
    <message>
        <source>Auto resume</source>
        <translation>자동 재개</translation>
    </message>
    <message>
        <source>Resume text</source>
        <translation>재개 텍스트</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Memory TTL seconds</source>
        <translation>메모리 TTL(초)</translation>
    </message>
    <message>
        <source>Disk TTL seconds</source>
        <translation>디스크 TTL(초)</translation>
    </message>
    <message>
        <source>Write interval seconds</source>
        <translation>기록 주기(초)</translation>
    </message>
    <message>
        <source>Empty response max attempts</source>
        <translation>빈 응답 최대 시도 횟수</translation>
    </message>
    <message>
        <source>Empty response retry delay (ms)</source>
        <translation>빈 응답 재시도 지연(ms)</translation>
    </message>
    <message>
        <source>Tool ID recovery</source>
        <translation>도구 ID 복구</translation>
    </message>
    <message>
        <source>Claude tool hardening</source>
        <translation>Claude 도구 보호</translation>
    </message>
    <message>
        <source>Claude prompt auto caching</source>
        <translation>Claude prompt 자동 캐싱</translation>
    </message>
    <message>
        <source>Proactive token refresh</source>
        <translation>토큰 사전 갱신</translation>
    </message>
    <message>
        <source>Proactive refresh buffer seconds</source>
        <translation>사전 갱신 여유 시간(초)</translation>
    </message>
    <message>
        <source>Proactive refresh check interval seconds</source>
        <translation>사전 갱신 확인 주기(초)</translation>
    </message>
    <message>
        <source>Max rate limit wait seconds</source>
        <translation>속도 제한 최대 대기(초)</translation>
    </message>
    <message>
        <source>Quota fallback</source>
        <translation>할당량 fallback</translation>
    </message>
    <message>
        <source>CLI first</source>
        <translation>CLI 우선</translation>
    </message>
    <message>
        <source>Account selection strategy</source>
        <translation>계정 선택 전략</translation>
    </message>
    <message>
        <source>PID offset enabled</source>
        <translation>PID 오프셋 사용</translation>
    </message>
    <message>
        <source>Switch on first rate limit</source>
        <translation>첫 속도 제한 시 전환</translation>
    </message>
    <message>
        <source>Scheduling mode</source>
        <translation>스케줄링 모드</translation>
    </message>
    <message>
        <source>Max cache first wait seconds</source>
        <translation>캐시 우선 최대 대기(초)</translation>
    </message>
    <message>
        <source>Failure TTL seconds</source>
        <translation>실패 TTL(초)</translation>
    </message>
    <message>
        <source>Default retry after seconds</source>
        <translation>기본 재시도 대기(초)</translation>
    </message>
    <message>
        <source>Max backoff seconds</source>
        <translation>최대 백오프(초)</translation>
    </message>
    <message>
        <source>Request jitter max (ms)</source>
        <translation>최대 요청 지터(ms)</translation>
    </message>
    <message>
        <source>Soft quota threshold percent</source>
        <translation>소프트 할당량 임계값(%)</translation>
    </message>
    <message>
        <source>Quota refresh interval minutes</source>
        <translation>할당량 새로 고침 주기(분)</translation>
    </message>
    <message>
        <source>Soft quota cache TTL minutes</source>
        <translation>소프트 할당량 캐시 TTL(분)</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>초기 점수</translation>
    </message>
    <message>
        <source>Success reward</source>
        <translation>성공 보상</translation>
    </message>
    <message>
        <source>Rate limit penalty</source>
        <translation>속도 제한 페널티</translation>
    </message>
    <message>
        <source>Failure penalty</source>
        <translation>실패 페널티</translation>
    </message>
    <message>
        <source>Recovery rate per hour</source>
        <translation>시간당 회복량</translation>
    </message>
    <message>
        <source>Min usable</source>
        <translation>최소 사용 가능 점수</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>최대 점수</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>최대 토큰</translation>
    </message>
    <message>
        <source>Regeneration rate per minute</source>
        <translation>분당 재생성량</translation>
    </message>
    <message>
        <source>Initial tokens</source>
        <translation>초기 토큰</translation>
    </message>
    <message>
        <source>Auto update</source>
        <translation>자동 업데이트</translation>
    </message>
</context>
<context>
    <name>SettingsAdvisor</name>
    <message>
        <source>One OpenCode at a time; the prompt cache matters most</source>
        <translation>한 번에 OpenCode 하나만 실행, prompt cache가 가장 중요</translation>
    </message>
    <message>
        <source>A single process has nobody to share accounts with.</source>
        <translation>프로세스가 하나뿐이면 계정을 나눠 쓸 상대가 없습니다.</translation>
    </message>
    <message>
        <source>Several agents in parallel</source>
        <translation>여러 에이전트를 병렬로 실행</translation>
    </message>
    <message>
        <source>oh-my-opencode subagents, several OpenCode windows, or CI jobs running side by side.</source>
        <translation>oh-my-opencode 하위 에이전트, 여러 OpenCode 창, 또는 나란히 실행되는 CI 작업.</translation>
    </message>
    <message>
        <source>Hybrid, with agents that start at different times</source>
        <translation>hybrid, 에이전트가 서로 다른 시각에 시작됨</translation>
    </message>
    <message>
        <source>You like the plugin&apos;s scoring, and your processes do not all start at once.</source>
        <translation>플러그인의 점수 방식이 마음에 들고, 프로세스가 한꺼번에 시작되지 않습니다.</translation>
    </message>
    <message>
        <source>Recommended: sticky, PID offset off. Staying on one account keeps Anthropic&apos;s prompt cache warm; the plugin still moves to another account when this one hits a rate limit. PID offset would only scatter restarts over accounts and lose the cache.</source>
        <translation>권장: sticky, PID 오프셋 끔. 한 계정에 머무르면 Anthropic의 prompt cache가 유지되며, 그 계정이 속도 제한에 걸리면 플러그인은 그래도 다른 계정으로 넘어갑니다. PID 오프셋은 재시작할 때마다 프로세스를 여러 계정에 흩어 놓아 캐시만 잃게 만듭니다.</translation>
    </message>
    <message>
        <source>Recommended: round-robin, PID offset off. Every request goes to the next account, so parallel processes spread over the pool on their own; PID offset adds nothing there.</source>
        <translation>권장: round-robin, PID 오프셋 끔. 모든 요청이 다음 계정으로 가므로 병렬 프로세스가 저절로 계정 풀 전체에 분산됩니다. 이 경우 PID 오프셋은 아무 효과가 없습니다.</translation>
    </message>
    <message>
        <source>Recommended: hybrid; PID offset is optional. Hybrid ranks accounts by health and free request budget, and staggered starts give it time to spread the load. PID offset only acts when hybrid finds no account that qualifies and falls back to sticky.</source>
        <translation>권장: hybrid, PID 오프셋은 선택 사항. hybrid는 건강 점수와 남은 요청 예산으로 계정 순위를 매기며, 시작 시각이 엇갈리면 부하를 분산할 시간이 생깁니다. PID 오프셋은 hybrid가 조건에 맞는 계정을 찾지 못해 sticky로 fallback할 때만 작동합니다.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Setting groups</source>
        <translation>설정 그룹</translation>
    </message>
    <message>
        <source>The file&apos;s {0} is not an object, which the plugin rejects; Save writes the values shown here in its place.</source>
        <translation>파일의 {0}이(가) 객체가 아니어서 플러그인이 거부합니다. 저장하면 그 자리에 여기 표시된 값을 기록합니다.</translation>
    </message>
    <message>
        <source>The file holds {0}, which the plugin rejects: it needs {1}.</source>
        <translation>파일에 있는 {0} 값을 플러그인이 거부합니다. 필요한 값: {1}.</translation>
    </message>
    <message>
        <source>%n field(s) to fix</source>
        <translation>수정할 필드 %n개</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
</context>
<context>
    <name>SettingsGroups</name>
    <message>
        <source>How the plugin picks Google accounts and when it moves to another.</source>
        <translation>플러그인이 Google 계정을 고르는 방식과 다른 계정으로 넘어가는 시점입니다.</translation>
    </message>
    <message>
        <source>Toasts the plugin shows inside OpenCode. Desktop notifications from this app are on the “This app” page.</source>
        <translation>플러그인이 OpenCode 안에 표시하는 알림입니다. 이 앱의 데스크톱 알림은 “이 앱” 페이지에 있습니다.</translation>
    </message>
    <message>
        <source>How the plugin watches each account&apos;s quota.</source>
        <translation>플러그인이 각 계정의 할당량을 확인하는 방식입니다.</translation>
    </message>
    <message>
        <source>The scores hybrid uses to rank accounts. Used only with the hybrid strategy.</source>
        <translation>hybrid가 계정 순위를 매기는 데 쓰는 점수입니다. hybrid 전략에서만 사용됩니다.</translation>
    </message>
    <message>
        <source>Each account&apos;s request budget in hybrid. Used only with the hybrid strategy.</source>
        <translation>hybrid에서 각 계정의 요청 예산입니다. hybrid 전략에서만 사용됩니다.</translation>
    </message>
    <message>
        <source>What the plugin does when a session breaks or the model answers with nothing.</source>
        <translation>세션이 깨지거나 모델이 빈 응답을 보낼 때 플러그인이 하는 일입니다.</translation>
    </message>
    <message>
        <source>Logs for troubleshooting.</source>
        <translation>문제 해결용 로그입니다.</translation>
    </message>
    <message>
        <source>Rarely needed. The defaults suit most people.</source>
        <translation>거의 필요하지 않습니다. 대부분은 기본값으로 충분합니다.</translation>
    </message>
</context>
<context>
    <name>SettingsGuidance</name>
    <message>
        <source>With round-robin, PID offset does nothing: that strategy already moves to the next account on every request, so parallel processes spread by themselves.</source>
        <translation>round-robin에서는 PID 오프셋이 아무 효과가 없습니다. 이 전략은 이미 요청마다 다음 계정으로 넘어가므로 병렬 프로세스가 저절로 분산됩니다.</translation>
    </message>
    <message>
        <source>With hybrid, PID offset only acts in hybrid&apos;s fallback, when no account qualifies for its scoring; most of the time it has no effect. It acts fully with sticky.</source>
        <translation>hybrid에서는 점수 기준을 충족하는 계정이 없을 때의 fallback 단계에서만 PID 오프셋이 작동하므로, 대부분의 경우 효과가 없습니다. sticky에서는 온전히 작동합니다.</translation>
    </message>
    <message>
        <source>With sticky, PID offset starts each OpenCode process on a different account (its process id modulo the number of accounts).</source>
        <translation>sticky에서는 PID 오프셋이 각 OpenCode 프로세스를 서로 다른 계정에서 시작하게 합니다(프로세스 ID를 계정 수로 나눈 나머지).</translation>
    </message>
    <message>
        <source>With one account or none, PID offset can do nothing: every process lands on the same account. Add accounts first.</source>
        <translation>계정이 하나뿐이거나 없으면 PID 오프셋은 아무 효과가 없습니다. 모든 프로세스가 같은 계정을 쓰게 됩니다. 먼저 계정을 추가하세요.</translation>
    </message>
    <message>
        <source>With a single account, PID offset can do nothing: every process lands on that account. Add accounts first.</source>
        <translation>계정이 하나뿐이면 PID 오프셋은 아무 효과가 없습니다. 모든 프로세스가 그 계정을 쓰게 됩니다. 먼저 계정을 추가하세요.</translation>
    </message>
    <message>
        <source>The price: processes that start on different accounts do not share Anthropic&apos;s prompt cache, which is kept per account. That is why the plugin leaves it off unless you turn it on.</source>
        <translation>대가: 서로 다른 계정에서 시작한 프로세스는 계정별로 유지되는 Anthropic의 prompt cache를 공유하지 못합니다. 그래서 플러그인은 직접 켜지 않는 한 이 기능을 꺼 둡니다.</translation>
    </message>
    <message>
        <source>sticky keeps using one account until it is rate-limited: best for a single OpenCode, and kindest to the prompt cache.</source>
        <translation>sticky는 속도 제한될 때까지 한 계정을 계속 사용합니다. OpenCode를 하나만 실행할 때 가장 좋고, prompt cache에도 가장 유리합니다.</translation>
    </message>
    <message>
        <source>round-robin takes the next account for every request: best when several agents run in parallel.</source>
        <translation>round-robin은 요청마다 다음 계정을 사용합니다. 여러 에이전트를 병렬로 실행할 때 가장 좋습니다.</translation>
    </message>
    <message>
        <source>hybrid (the plugin&apos;s default) ranks accounts by health and free request budget, and stays on the current one unless another is clearly better.</source>
        <translation>hybrid(플러그인 기본값)는 건강 점수와 남은 요청 예산으로 계정 순위를 매기며, 다른 계정이 확실히 더 낫지 않으면 현재 계정에 머무릅니다.</translation>
    </message>
</context>
<context>
    <name>SettingsWarnings</name>
    <message>
        <source>OpenCode ignores your settings file</source>
        <translation>OpenCode가 설정 파일을 무시합니다</translation>
    </message>
    <message>
        <source>This app cannot read it: {0} The plugin cannot either, so it uses its defaults for every setting. This form will not write over it.</source>
        <translation>이 앱이 파일을 읽을 수 없습니다: {0} 플러그인도 읽을 수 없으므로 모든 설정에 기본값을 사용합니다. 이 양식은 이 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>It is not valid JSON ({0}). Until it is fixed, the plugin uses its defaults for every setting. Fix that place in a text editor; this form will not write over a file it cannot read.</source>
        <translation>올바른 JSON이 아닙니다({0}). 수정될 때까지 플러그인은 모든 설정에 기본값을 사용합니다. 텍스트 편집기에서 해당 위치를 수정하세요. 이 양식은 읽을 수 없는 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>{0} does not hold a JSON object, so the plugin uses its defaults for every setting. Fix it in a text editor; this form will not write over it.</source>
        <translation>{0}에 JSON 객체가 없어 플러그인이 모든 설정에 기본값을 사용합니다. 텍스트 편집기에서 수정하세요. 이 양식은 이 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>One value the plugin rejects makes it ignore the whole file, so OpenCode runs on the defaults. Rejected: {0}. Fix the marked fields below (or reset them to default), then Save.</source>
        <translation>플러그인이 거부하는 값이 하나라도 있으면 파일 전체를 무시하므로 OpenCode가 기본값으로 실행됩니다. 거부된 항목: {0}. 아래에 표시된 필드를 수정하거나 기본값으로 재설정한 후 저장하세요.</translation>
    </message>
    <message>
        <source>{0} ({1}, OpenCode pid {2}) has a .opencode/antigravity.json the plugin rejects; there it is skipped and your settings apply.</source>
        <translation>{0} ({1}, OpenCode pid {2})에 플러그인이 거부하는 .opencode/antigravity.json이 있습니다. 그곳에서는 이 파일을 건너뛰고 사용자 설정이 적용됩니다.</translation>
    </message>
    <message>
        <source>{0} ({1}, OpenCode pid {2}) has its own .opencode/antigravity.json, which overrides yours there: {3}.</source>
        <translation>{0} ({1}, OpenCode pid {2})에 자체 .opencode/antigravity.json이 있어, 그곳에서는 사용자 설정 대신 이 파일이 적용됩니다: {3}.</translation>
    </message>
    <message>
        <source>…and {0} more project folders.</source>
        <translation>…그 외 프로젝트 폴더 {0}개.</translation>
    </message>
    <message>
        <source>A project file resets every key it leaves out to the plugin&apos;s default, not to your value. Add the keys you need to that file, or delete it.</source>
        <translation>프로젝트 파일은 생략한 모든 키를 사용자 값이 아닌 플러그인 기본값으로 되돌립니다. 필요한 키를 그 파일에 추가하거나 파일을 삭제하세요.</translation>
    </message>
    <message>
        <source>{0}={1} is set, but plugin 1.6.0 no longer reads it; use {2} ({3}) in this form instead.</source>
        <translation>{0}={1}이(가) 설정되어 있지만 플러그인 1.6.0은 더 이상 이 값을 읽지 않습니다. 대신 이 양식에서 {2}({3})을(를) 사용하세요.</translation>
    </message>
    <message>
        <source>{0}={1} is set, but plugin 1.6.0 does not read it.</source>
        <translation>{0}={1}이(가) 설정되어 있지만 플러그인 1.6.0은 이 값을 읽지 않습니다.</translation>
    </message>
    <message>
        <source>Saved 1 change.</source>
        <translation>변경 사항 1개를 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved {0} changes.</source>
        <translation>변경 사항 {0}개를 저장했습니다.</translation>
    </message>
    <message>
        <source>OpenCode reads this file when it starts, so running OpenCode processes pick the change up when they restart.</source>
        <translation>OpenCode는 시작할 때 이 파일을 읽으므로, 실행 중인 OpenCode 프로세스는 다시 시작할 때 변경 사항을 반영합니다.</translation>
    </message>
    <message>
        <source>No OpenCode process is running now.</source>
        <translation>현재 실행 중인 OpenCode 프로세스가 없습니다.</translation>
    </message>
    <message>
        <source>1 OpenCode process is running now (pid {0}).</source>
        <translation>현재 OpenCode 프로세스 1개가 실행 중입니다(pid {0}).</translation>
    </message>
    <message>
        <source>{0} OpenCode processes are running now (pid {1}).</source>
        <translation>현재 OpenCode 프로세스 {0}개가 실행 중입니다(pid {1}).</translation>
    </message>
</context>
<context>
    <name>SettingsWidgets</name>
    <message>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>on or off (true or false)</source>
        <translation>켜짐 또는 꺼짐(true 또는 false)</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>{0} 중 하나</translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation>{0}~{1} 사이의 숫자</translation>
    </message>
    <message>
        <source>&quot;auto&quot; or a number from {0} to {1}</source>
        <translation>&quot;auto&quot; 또는 {0}~{1} 사이의 숫자</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings — Antigravity Tray</source>
        <translation>설정 — Antigravity Tray</translation>
    </message>
    <message>
        <source>&amp;OpenCode plugin</source>
        <translation>OpenCode 플러그인(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;This app</source>
        <translation>이 앱(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>OpenCode does not load the plugin: add “{0}” to the “plugin” list of {1}.</source>
        <translation>OpenCode가 플러그인을 불러오지 않습니다. {1}의 “plugin” 목록에 “{0}”을(를) 추가하세요.</translation>
    </message>
    <message>
        <source>OpenCode has not installed the plugin yet: start OpenCode once with the plugin in its config.</source>
        <translation>OpenCode가 아직 플러그인을 설치하지 않았습니다. 설정에 플러그인을 넣은 뒤 OpenCode를 한 번 실행하세요.</translation>
    </message>
    <message>
        <source>OpenCode has the plugin {0}, and this app&apos;s settings are for {1}, so it changes no setting unless you confirm. Pin “{2}” in OpenCode&apos;s plugin list.</source>
        <translation>OpenCode에는 플러그인 {0}이(가) 있고 이 앱의 설정은 {1}용이므로, 확인하지 않는 한 설정을 바꾸지 않습니다. OpenCode의 plugin 목록에 “{2}”를 고정하세요.</translation>
    </message>
    <message>
        <source>Setup: OpenCode does not load the plugin</source>
        <translation>설정: OpenCode가 플러그인을 불러오지 않음</translation>
    </message>
    <message>
        <source>Setup: the plugin is not installed yet</source>
        <translation>설정: 플러그인이 아직 설치되지 않음</translation>
    </message>
    <message>
        <source>Setup: another plugin version is installed</source>
        <translation>설정: 다른 버전의 플러그인이 설치됨</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>The accounts file cannot be read: {reason}</source>
        <translation>계정 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The plugin ignores antigravity.json (invalid)</source>
        <translation>플러그인이 antigravity.json을 무시합니다(잘못된 파일)</translation>
    </message>
    <message>
        <source>No accounts yet: add one</source>
        <translation>계정 없음: 계정을 추가하세요</translation>
    </message>
    <message>
        <source>Every account is disabled</source>
        <translation>모든 계정이 비활성화됨</translation>
    </message>
    <message>
        <source>{email} needs verification</source>
        <translation>{email} 인증 필요</translation>
    </message>
    <message>
        <source>{email} needs a new sign-in</source>
        <translation>{email} 재로그인 필요</translation>
    </message>
    <message>
        <source>Claude and Gemini: {email}</source>
        <translation>Claude 및 Gemini: {email}</translation>
    </message>
    <message>
        <source>Claude: {claude} · Gemini: {gemini}</source>
        <translation>Claude: {claude} · Gemini: {gemini}</translation>
    </message>
    <message>
        <source>{family}: every account limited until {time}</source>
        <translation>{family}: {time}까지 모든 계정 제한됨</translation>
    </message>
    <message>
        <source>{family}: {limited} of %n accounts limited</source>
        <translation>{family}: 계정 %n개 중 {limited}개 제한됨</translation>
    </message>
    <message>
        <source>Accounts: %n · no rate limits</source>
        <translation>계정: %n개 · 속도 제한 없음</translation>
    </message>
    <message>
        <source>Disabled accounts: %n</source>
        <translation>비활성화된 계정: %n개</translation>
    </message>
    <message>
        <source>{before} is rate-limited until {until}.</source>
        <translation>{before}은(는) {until}까지 속도 제한됩니다.</translation>
    </message>
    <message>
        <source>{before} is cooling down until {until} ({detail}).</source>
        <translation>{before}은(는) {until}까지 쿨다운 중입니다({detail}).</translation>
    </message>
    <message>
        <source>{before} needs verification in a browser.</source>
        <translation>{before}은(는) 브라우저에서 인증해야 합니다.</translation>
    </message>
    <message>
        <source>{before} was disabled.</source>
        <translation>{before}이(가) 비활성화되었습니다.</translation>
    </message>
    <message>
        <source>{before} left the pool.</source>
        <translation>{before}이(가) 계정 풀에서 빠졌습니다.</translation>
    </message>
    <message>
        <source>Rotation: the strategy moves between accounts.</source>
        <translation>순환: 전략에 따라 계정을 옮겨 가며 사용합니다.</translation>
    </message>
    <message>
        <source>PID offset: a new OpenCode process started on its own account.</source>
        <translation>PID 오프셋: 새 OpenCode 프로세스가 자기 몫의 계정에서 시작했습니다.</translation>
    </message>
    <message>
        <source>The plugin moved on from {before}.</source>
        <translation>플러그인이 {before}에서 다른 계정으로 넘어갔습니다.</translation>
    </message>
    <message>
        <source>network errors</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <source>sign-in failures</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>project errors</source>
        <translation>프로젝트 오류</translation>
    </message>
    <message>
        <source>verification needed</source>
        <translation>인증 필요</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}분</translation>
    </message>
    <message>
        <source>{family}: now using {after}</source>
        <translation>{family}: 이제 {after} 사용 중</translation>
    </message>
    <message>
        <source>{before} is rate-limited.</source>
        <translation>{before}이(가) 속도 제한되었습니다.</translation>
    </message>
    <message>
        <source>{reason} (OpenCode process {pid})</source>
        <translation>{reason} (OpenCode 프로세스 {pid})</translation>
    </message>
    <message>
        <source>%n switches in {span}; the last: {last}</source>
        <translation>{span} 동안 %n회 전환, 마지막: {last}</translation>
    </message>
    <message>
        <source>{family}: {before} is limited</source>
        <translation>{family}: {before} 제한됨</translation>
    </message>
    <message>
        <source>{family}: every account is limited</source>
        <translation>{family}: 모든 계정이 제한됨</translation>
    </message>
    <message>
        <source>The first one is free again at {until}. OpenCode waits or fails until then; adding an account helps.</source>
        <translation>첫 번째 계정은 {until}에 다시 사용할 수 있습니다. 그때까지 OpenCode는 기다리거나 실패합니다. 계정을 추가하면 도움이 됩니다.</translation>
    </message>
    <message>
        <source>Sign in again: %n account(s)</source>
        <translation>재로그인 필요: 계정 %n개</translation>
    </message>
    <message>
        <source>Google no longer accepts the sign-in of {accounts}. Open Accounts and choose Re-login.</source>
        <translation>Google이 더 이상 {accounts}의 로그인을 허용하지 않습니다. 계정 창을 열고 재로그인을 선택하세요.</translation>
    </message>
    <message>
        <source>%n account(s) left the pool</source>
        <translation>계정 %n개가 계정 풀에서 빠짐</translation>
    </message>
    <message>
        <source>{accounts} no longer in antigravity-accounts.json. Open Accounts to restore them from the vault.</source>
        <translation>{accounts}이(가) 더 이상 antigravity-accounts.json에 없습니다. 계정 창을 열어 보관함에서 복원하세요.</translation>
    </message>
</context>
<context>
    <name>StrategyAdvisor</name>
    <message>
        <source>Strategy advisor</source>
        <translation>전략 도우미</translation>
    </message>
    <message>
        <source>How do you run OpenCode?</source>
        <translation>OpenCode를 어떻게 실행하나요?</translation>
    </message>
    <message>
        <source>Also turn on PID offset (only acts in hybrid&apos;s fallback)</source>
        <translation>PID 오프셋도 켜기(hybrid의 fallback 단계에서만 작동)</translation>
    </message>
    <message>
        <source>Put in the form</source>
        <translation>양식에 입력</translation>
    </message>
    <message>
        <source>Nothing is written until you press Save in the settings window.</source>
        <translation>설정 창에서 저장을 누르기 전까지는 아무것도 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>Agents at once:</source>
        <translation>동시 에이전트 수:</translation>
    </message>
</context>
<context>
    <name>StringEditor</name>
    <message>
        <source>not set</source>
        <translation>설정 안 됨</translation>
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
        <translation>{0}: {1}까지 ({2})</translation>
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
        <translation>{0} 후 {1}까지 쉬는 중입니다.</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0} · resets {1}</source>
        <translation>{0} · {1} 초기화</translation>
    </message>
    <message>
        <source>{0}: {1} left, resets {2}</source>
        <translation>{0}: {1} 남음, {2} 초기화</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>Checked by this app {0}.</source>
        <translation>이 앱이 {0}에 확인함.</translation>
    </message>
    <message>
        <source>Fetched by the plugin {0}.</source>
        <translation>플러그인이 가져온 시각: {0}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Your desktop shows no system tray, so Antigravity Tray opened its accounts window instead. It keeps running while this window is open.

On GNOME, install and enable the &quot;AppIndicator and KStatusNotifierItem Support&quot; extension to get the tray icon, then start Antigravity Tray again.</source>
        <translation>데스크톱에 시스템 트레이가 없어서 Antigravity Tray가 대신 계정 창을 열었습니다. 이 창이 열려 있는 동안 앱이 계속 실행됩니다.

GNOME에서는 &quot;AppIndicator and KStatusNotifierItem Support&quot; 확장을 설치하고 활성화하여 트레이 아이콘을 표시한 다음, Antigravity Tray를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>OpenCode is writing the file; retrying to {0}…</source>
        <translation>OpenCode가 파일을 쓰는 중입니다. 다시 시도합니다: {0}…</translation>
    </message>
    <message>
        <source>Cancel that change</source>
        <translation>이 변경 취소</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>계정…</translation>
    </message>
    <message>
        <source>Agents…</source>
        <translation>에이전트…</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>활동…</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>계정 추가…</translation>
    </message>
    <message>
        <source>Check quotas</source>
        <translation>할당량 확인</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Open plugin folder</source>
        <translation>플러그인 폴더 열기</translation>
    </message>
    <message>
        <source>Quit Antigravity Tray</source>
        <translation>Antigravity Tray 종료</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>Sticky</translation>
    </message>
    <message>
        <source>Stay on one account until it is rate-limited; keeps the prompt cache warm.</source>
        <translation>속도 제한될 때까지 한 계정에 머무릅니다. prompt cache를 유지합니다.</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>Round-robin</translation>
    </message>
    <message>
        <source>Move to the next account on every request.</source>
        <translation>요청마다 다음 계정으로 넘어갑니다.</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Score accounts by health and quota (the plugin&apos;s default).</source>
        <translation>건강 점수와 할당량으로 계정을 평가합니다(플러그인 기본값).</translation>
    </message>
    <message>
        <source>Strategy: {0}</source>
        <translation>전략: {0}</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <source>PID offset</source>
        <translation>PID 오프셋</translation>
    </message>
    <message>
        <source>Start each OpenCode process on a different account. It acts only with sticky, and with hybrid when hybrid finds no candidate.</source>
        <translation>각 OpenCode 프로세스를 서로 다른 계정에서 시작합니다. sticky에서만 작동하며, hybrid에서는 hybrid가 후보를 찾지 못할 때만 작동합니다.</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>알림 일시 중지</translation>
    </message>
    <message>
        <source>Notifications are off in Settings</source>
        <translation>설정에서 알림이 꺼져 있음</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>{0}까지 일시 중지됨</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1시간 동안</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>내일까지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>set the strategy to {0}</source>
        <translation>전략을 {0}(으)로 설정</translation>
    </message>
    <message>
        <source>turn the PID offset on</source>
        <translation>PID 오프셋 켜기</translation>
    </message>
    <message>
        <source>turn the PID offset off</source>
        <translation>PID 오프셋 끄기</translation>
    </message>
    <message>
        <source>The setting was not saved</source>
        <translation>설정이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>The preference was not saved</source>
        <translation>환경설정이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>No plugin folder yet</source>
        <translation>아직 플러그인 폴더가 없습니다</translation>
    </message>
    <message>
        <source>{0} does not exist yet. It appears when OpenCode first runs the plugin, or when you add an account.</source>
        <translation>{0}이(가) 아직 없습니다. OpenCode가 플러그인을 처음 실행하거나 계정을 추가하면 생성됩니다.</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>폴더를 열 수 없습니다</translation>
    </message>
    <message>
        <source>…and more in Accounts</source>
        <translation>…나머지는 계정 창에서 확인</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Sign in with Google in your browser. Open the address below, choose the account, and allow access; this window notices by itself when you are done.</source>
        <translation>브라우저에서 Google로 로그인하세요. 아래 주소를 열고 계정을 선택한 후 액세스를 허용하세요. 완료되면 이 창이 자동으로 감지합니다.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>로그인 주소</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>브라우저에서 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation>Google 응답 대기 중…</translation>
    </message>
    <message>
        <source>If the browser runs on another computer, or this window did not notice the sign-in, &amp;paste the address the browser ended on, or the code:</source>
        <translation>브라우저가 다른 컴퓨터에서 실행 중이거나 이 창이 로그인을 감지하지 못했다면, 브라우저가 마지막으로 표시한 주소나 코드를 붙여 넣으세요(&amp;P):</translation>
    </message>
    <message>
        <source>http://localhost:…/oauth-callback?state=…&amp;code=…</source>
        <translation>http://localhost:…/oauth-callback?state=…&amp;code=…</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>계속(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Browser on another computer?</source>
        <translation>브라우저가 다른 컴퓨터에 있나요?(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <source>Enter a number from {0} to {1}.</source>
        <translation>{0}~{1} 사이의 숫자를 입력하세요.</translation>
    </message>
</context>
</TS>
