; Inno Setup script of the Windows installer (Inno Setup 6.3 or newer).
; build\windows\build.ps1 builds the bundle (build\dist\rdw\) and then runs
;   iscc /DAppVersion=0.1.0 build\windows\rdw.iss
; which writes build\dist\rdw-<version>-windows-x64-setup.exe. The installer needs no admin rights
; (it installs for the current user unless one chooses "for all users"), adds a Start-menu entry
; for the windowed ReverseDependencyWorkbench.exe, and puts rdw.exe (the command line) beside it.
; User data (%APPDATA%\ReverseDependencyWorkbench) is never touched by install or uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Reverse Dependency Workbench"

[Setup]
AppId={{6F4B7B2E-3C1A-4D59-9C0E-2E7A4B8D1F35}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Reverse Dependency Workbench maintainers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=rdw-{#AppVersion}-windows-x64-setup
SetupIconFile=rdw.ico
UninstallDisplayIcon={app}\ReverseDependencyWorkbench.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\rdw\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\ReverseDependencyWorkbench.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\ReverseDependencyWorkbench.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ReverseDependencyWorkbench.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
