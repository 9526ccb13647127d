# Windows build: the one-folder bundle, its self-test, and the Inno Setup installer.
#   powershell -ExecutionPolicy Bypass -File build\windows\build.ps1 [-OneFile]
# Needs Python 3.11 (the py launcher) and, for the installer, Inno Setup 6.3+ (iscc on PATH or
# in its default folder). Output: build\dist\rdw\ (rdw.exe for the command line,
# ReverseDependencyWorkbench.exe for the window), build\dist\rdw-VERSION-windows-x64-setup.exe,
# and with -OneFile build\dist\onefile\rdw.exe.
param([switch]$OneFile)
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked([string]$What) {
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$Venv = "build\work\venv"
if (-not (Test-Path "$Venv\Scripts\python.exe")) {
    py -3.11 -m venv $Venv; Invoke-Checked "creating the virtualenv"
}
& "$Venv\Scripts\python.exe" -m pip install -q --upgrade pip; Invoke-Checked "pip"
& "$Venv\Scripts\python.exe" -m pip install -q -e ".[build]"; Invoke-Checked "installing the dependencies"
$Version = & "$Venv\Scripts\python.exe" -c "import desktop; print(desktop.__version__)"

& "$Venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN --distpath build\dist --workpath build\work\onedir build\rdw.spec
Invoke-Checked "PyInstaller"
& build\dist\rdw\rdw.exe --self-test; Invoke-Checked "the bundle's self-test"
$Bytes = (Get-ChildItem build\dist\rdw -Recurse -File | Measure-Object -Property Length -Sum).Sum
"bundle: build\dist\rdw\ {0:N1} MB" -f ($Bytes / 1e6)

if ($OneFile) {
    & "$Venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN --distpath build\dist\onefile `
        --workpath build\work\onefile build\rdw.spec -- --onefile
    Invoke-Checked "PyInstaller (one file)"
}

$Iscc = Get-Command iscc -ErrorAction SilentlyContinue
if ($Iscc) { $Iscc = $Iscc.Source } else { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (Test-Path $Iscc) {
    & $Iscc /Q "/DAppVersion=$Version" build\windows\rdw.iss; Invoke-Checked "Inno Setup"
    "installer: build\dist\rdw-$Version-windows-x64-setup.exe"
} else {
    Write-Warning "Inno Setup not found: the bundle is built, the installer is not"
}
