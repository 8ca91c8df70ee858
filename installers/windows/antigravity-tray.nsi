; Antigravity Tray for Windows: a per-user installer (no administrator rights), NSIS 3.
;
; Built by installers/windows/build.ps1 after PyInstaller; by hand:
;   makensis /DVERSION=0.1.0 /DDIST=build\windows\dist\antigravity-tray /DICON=build\windows\app.ico ^
;            /DOUTFILE=dist\antigravity-tray-0.1.0-windows-x64-setup.exe installers\windows\antigravity-tray.nsi
;
; It installs into %LOCALAPPDATA%\Programs\Antigravity Tray, adds a Start-menu entry and, if
; ticked, starts the app at login (the same Run value the app's own setting writes). The
; uninstaller removes the program, its Start-menu entry and that Run value; the plugin's files
; (%USERPROFILE%\.config\opencode) and the app's own settings are left alone.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "define VERSION, e.g. /DVERSION=0.1.0"
!endif
!ifndef DIST
  !error "define DIST: the folder PyInstaller made (antigravity-tray.exe and _internal)"
!endif
!ifndef OUTFILE
  !define OUTFILE "antigravity-tray-${VERSION}-windows-x64-setup.exe"
!endif

!define APP_NAME "Antigravity Tray"
!define APP_EXE "antigravity-tray.exe"
!define REG_APP "Software\AntigravityTray"
!define REG_UNINSTALL "Software\Microsoft\Windows\CurrentVersion\Uninstall\AntigravityTray"
!define REG_RUN "Software\Microsoft\Windows\CurrentVersion\Run"
!define REG_APPROVED "Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
!define RUN_VALUE "AntigravityTray"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${REG_APP}" "InstallDir"
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "LegalCopyright" "MIT License"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_LICENSE "${__FILEDIR__}\..\..\LICENSE"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"

Section "${APP_NAME}" SectionApp
  SectionIn RO
  SetShellVarContext current
  ; A running copy holds its files open: close it first (it writes the plugin's files atomically).
  nsExec::Exec 'taskkill /F /IM "${APP_EXE}"'
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "Publisher" "The Antigravity Tray developers"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${REG_UNINSTALL}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${REG_UNINSTALL}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "NoModify" 1
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "NoRepair" 1
SectionEnd

Section /o "Start at login" SectionAutostart
  WriteRegStr HKCU "${REG_RUN}" "${RUN_VALUE}" '"$INSTDIR\${APP_EXE}" --background'
  DeleteRegValue HKCU "${REG_APPROVED}" "${RUN_VALUE}"
SectionEnd

LangString DESC_APP ${LANG_ENGLISH} "The tray app and its command line (antigravity-tray-cli.exe)."
LangString DESC_APP ${LANG_KOREAN} "트레이 앱과 명령줄 도구(antigravity-tray-cli.exe)."
LangString DESC_APP ${LANG_FRENCH} "L'application de la zone de notification et sa ligne de commande (antigravity-tray-cli.exe)."
LangString DESC_APP ${LANG_SPANISH} "La aplicación de la bandeja y su línea de comandos (antigravity-tray-cli.exe)."
LangString DESC_AUTOSTART ${LANG_ENGLISH} "Start Antigravity Tray in the tray when you log in to Windows."
LangString DESC_AUTOSTART ${LANG_KOREAN} "Windows에 로그인하면 Antigravity Tray를 트레이에서 시작합니다."
LangString DESC_AUTOSTART ${LANG_FRENCH} "Démarrer Antigravity Tray dans la zone de notification à l'ouverture de session Windows."
LangString DESC_AUTOSTART ${LANG_SPANISH} "Iniciar Antigravity Tray en la bandeja al iniciar sesión en Windows."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SectionApp} $(DESC_APP)
  !insertmacro MUI_DESCRIPTION_TEXT ${SectionAutostart} $(DESC_AUTOSTART)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Section "Uninstall"
  SetShellVarContext current
  nsExec::Exec 'taskkill /F /IM "${APP_EXE}"'
  DeleteRegValue HKCU "${REG_RUN}" "${RUN_VALUE}"
  DeleteRegValue HKCU "${REG_APPROVED}" "${RUN_VALUE}"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; Only what the installer put there: the folder may have been chosen by hand.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\antigravity-tray-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${REG_UNINSTALL}"
  DeleteRegKey HKCU "${REG_APP}"
SectionEnd
