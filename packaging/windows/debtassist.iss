; Inno Setup 6 script: a per-user (or, if chosen, per-machine) installer for the PyInstaller bundle.
;
;   python scripts\build_bundle.py                 (makes dist\DebtAssist\ with DebtAssist.exe and debtassist-cli.exe)
;   iscc packaging\windows\debtassist.iss          (makes dist\DebtAssist-<version>-setup.exe)
;
; The version is read from DebtAssist.exe (PyInstaller writes debtassist.__version__ into its file properties);
; pass /DAppVersion=x.y.z to override. Written for Inno Setup 6.3 or later; not yet compiled (see packaging/README.md).

#define AppName "DebtAssist"
#define AppExe "DebtAssist.exe"
#define Root AddBackslash(SourcePath) + "..\.."
#define Bundle Root + "\dist\DebtAssist"

#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(Bundle + "\" + AppExe)
#endif
#if AppVersion == ""
  #error dist\DebtAssist\DebtAssist.exe is missing or has no version: run python scripts\build_bundle.py first
#endif

[Setup]
; The AppId names the installation for upgrades and the uninstaller; never change it once released.
AppId=tw.debtassist.DebtAssist
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=DebtAssist
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; the user may choose all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\debtassist.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Code signing (optional): define a sign tool in the IDE or with iscc /S"signtool=..." and uncomment:
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Traditional Chinese is an unofficial Inno Setup translation: put ChineseTraditional.isl from the Inno Setup
; translations page into the compiler's Languages folder and it is used; without it the installer is English only.
#if FileExists(CompilerPath + "Languages\ChineseTraditional.isl")
Name: "chinesetraditional"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: the window program, the command-line program and _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's cases live in %LOCALAPPDATA%\debtassist and are deliberately NOT removed on uninstall.
