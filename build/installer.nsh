; Included by the NSIS installer (electron-builder.yml: nsis.include). Per-machine install only.
; - seeds C:\ProgramData\RedSafe PAR Kiosk\kiosk-config from the bundled sample, once: a site's
;   own configuration is never overwritten by an upgrade;
; - points the app at it with the machine-wide KIOSK_CONFIG_DIR variable;
; - starts the kiosk at every logon (HKLM Run). For a locked-down kiosk, use Assigned Access or
;   Shell Launcher instead, as docs/deployment.md explains; the Run entry is then harmless;
; - restricts who may write the configuration (kioskLockConfigAcl below).

!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define KIOSK_SITE_DIR "$COMMONPROGRAMDATA\RedSafe PAR Kiosk"
!define KIOSK_CONFIG_DIR "${KIOSK_SITE_DIR}\kiosk-config"
!define KIOSK_RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define KIOSK_ENV_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"

; Well-known SIDs, not names: Windows translates group names ("Administradores" on a Spanish
; Windows, "Administrateurs" on a French one) and icacls refuses a name it does not know.
!define KIOSK_SID_ADMINISTRATORS "*S-1-5-32-544"
!define KIOSK_SID_SYSTEM "*S-1-5-18"
!define KIOSK_SID_USERS "*S-1-5-32-545"

; A new folder under ProgramData inherits an ACL that lets every local user create files in it
; (and own what they create): anyone signed in on the machine could add a read-aloud clip or a
; configuration file that the kiosk then shows to visitors. The site folder therefore drops what
; it inherits and keeps only: Administrators and SYSTEM full control, Users (the kiosk's account
; among them) read. Run at every install, so an upgrade also fixes an older kiosk: entries
; added by hand are dropped first (/reset), and the files inside are reset to take only what the
; folder passes down.
; An administrator can let the kiosk's own account write as well: Setup.exe /KIOSKUSER=kiosk
!macro kioskLockConfigAcl
  ; The registers used here are saved and restored: the surrounding installer may hold values in them.
  Push $0
  Push $1
  Push $2
  Push $3
  Push $4
  Push $5
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "${KIOSK_SITE_DIR}" /reset'
  Pop $0
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "${KIOSK_SITE_DIR}" /inheritance:r /grant:r ${KIOSK_SID_ADMINISTRATORS}:(OI)(CI)F ${KIOSK_SID_SYSTEM}:(OI)(CI)F ${KIOSK_SID_USERS}:(OI)(CI)RX'
  Pop $5
  StrCpy $0 "$0$5"
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "${KIOSK_SITE_DIR}\*" /reset /T /C'
  Pop $1
  ${GetParameters} $2
  ClearErrors
  ${GetOptions} $2 "/KIOSKUSER=" $3
  ${IfNot} ${Errors}
    nsExec::ExecToLog '"$SYSDIR\icacls.exe" "${KIOSK_SITE_DIR}" /grant "$3:(OI)(CI)M"'
    Pop $4
  ${Else}
    StrCpy $4 0
  ${EndIf}
  ; A folder left writable must not pass unnoticed: say so, and end with a non-zero exit code
  ; for silent installs.
  ${If} "$0$1$4" != "0000"
    DetailPrint "Could not restrict access to ${KIOSK_SITE_DIR} (icacls: $0 $1 $4)."
    MessageBox MB_ICONEXCLAMATION "Could not restrict who may change ${KIOSK_SITE_DIR}. Run the installer again as an administrator." /SD IDOK
    SetErrorLevel 2
  ${EndIf}
  Pop $5
  Pop $4
  Pop $3
  Pop $2
  Pop $1
  Pop $0
!macroend

!macro customInstall
  SetShellVarContext all
  IfFileExists "${KIOSK_CONFIG_DIR}\site.json" kiosk_config_done 0
    CreateDirectory "${KIOSK_CONFIG_DIR}"
    CopyFiles /SILENT "$INSTDIR\resources\kiosk-config\*.*" "${KIOSK_CONFIG_DIR}"
  kiosk_config_done:
  !insertmacro kioskLockConfigAcl
  WriteRegExpandStr HKLM "${KIOSK_ENV_KEY}" "KIOSK_CONFIG_DIR" "${KIOSK_CONFIG_DIR}"
  ; Tell running programs (Explorer) that the environment changed, with a short timeout.
  SendMessage ${HWND_BROADCAST} ${WM_WININICHANGE} 0 "STR:Environment" /TIMEOUT=5000
  WriteRegStr HKLM "${KIOSK_RUN_KEY}" "RedSafePARKiosk" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}"'
!macroend

!macro customUnInstall
  SetShellVarContext all
  DeleteRegValue HKLM "${KIOSK_RUN_KEY}" "RedSafePARKiosk"
  DeleteRegValue HKLM "${KIOSK_ENV_KEY}" "KIOSK_CONFIG_DIR"
  ; The configuration and the data stay: they belong to the site, and a reinstall reuses them.
!macroend
