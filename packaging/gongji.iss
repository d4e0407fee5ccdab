; Inno Setup script: the Windows installer of 家庭共济助手 (built in CI by scripts/ci-job package, from dist\gongji).
;
;   ISCC /DAppVersion=0.1.0 /DDistDir=C:\...\dist\gongji packaging\gongji.iss
;
; Per-user install, no administrator rights: PrivilegesRequired=lowest puts the program in
; %LOCALAPPDATA%\Programs\gongji ({autopf} for a non-admin install) and the shortcut in the user's Start menu.
; The uninstaller (Settings → Apps, or the Start-menu entry) removes the program only: the user's data in
; %LOCALAPPDATA%\gongji and settings are never touched by installing, updating or uninstalling.
; Not run from the Linux machine this was written on: only CI's windows job has built it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\dist\gongji"
#endif

[Setup]
AppId={{6F1C2B7E-3D4A-4E59-9A1B-67E0C3B9D2F1}
AppName=家庭共济助手
AppVersion={#AppVersion}
AppVerName=家庭共济助手 {#AppVersion}
AppPublisher=gongji
DefaultDirName={autopf}\gongji
DefaultGroupName=家庭共济助手
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Uninstallable=yes
UninstallDisplayName=家庭共济助手
UninstallDisplayIcon={app}\gongji-desktop.exe
SetupIconFile=..\resources\icons\gongji.ico
OutputBaseFilename=gongji-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\家庭共济助手"; Filename: "{app}\gongji-desktop.exe"; WorkingDir: "{app}"
Name: "{autoprograms}\卸载 家庭共济助手"; Filename: "{uninstallexe}"
Name: "{autodesktop}\家庭共济助手"; Filename: "{app}\gongji-desktop.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\gongji-desktop.exe"; Description: "{cm:LaunchProgram,家庭共济助手}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder holds (e.g. bytecode written next to the migrations); never the user's data.
Type: filesandordirs; Name: "{app}\_internal"
