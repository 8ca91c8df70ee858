# Builds dist\antigravity-tray-<version>-windows-x64-setup.exe on Windows: the frozen app
# (PyInstaller, in build\windows\venv), then the per-user installer (NSIS 3's makensis on PATH,
# for example from `choco install nsis`). Run from any folder: pwsh installers\windows\build.ps1
$ErrorActionPreference = "Stop"
$PSNativeCommandUseErrorActionPreference = $true
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = (Select-String -Path desktop\antigravity_tray\__init__.py -Pattern '^__version__ = "(.+)"').Matches[0].Groups[1].Value
$build = "build\windows"
if (-not (Test-Path "$build\venv\Scripts\python.exe")) { python -m venv "$build\venv" }
$python = "$build\venv\Scripts\python.exe"
& $python -m pip install --quiet --disable-pip-version-check . "pyinstaller>=6,<7" pyinstaller-hooks-contrib

$env:QT_QPA_PLATFORM = "offscreen"
& $python resources\icons\generate.py --ico "$build\app.ico" | Out-Null
$env:ANTIGRAVITY_TRAY_ICON = (Resolve-Path "$build\app.ico").Path
& $python -m PyInstaller --noconfirm --log-level WARN --distpath "$build\dist" --workpath "$build\work" installers\antigravity-tray.spec
& "$build\dist\antigravity-tray\antigravity-tray-cli.exe" --version

New-Item -ItemType Directory -Force dist | Out-Null
$dist = (Resolve-Path "$build\dist\antigravity-tray").Path
$icon = (Resolve-Path "$build\app.ico").Path
$out = Join-Path (Resolve-Path dist).Path "antigravity-tray-$version-windows-x64-setup.exe"
makensis /V2 "/DVERSION=$version" "/DDIST=$dist" "/DICON=$icon" "/DOUTFILE=$out" installers\windows\antigravity-tray.nsi
Get-Item $out
