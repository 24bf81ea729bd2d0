; Included by the NSIS installer (electron-builder.yml: nsis.include). Per-machine install only.
; - seeds C:\ProgramData\RedSafe PAR Kiosk\kiosk-config from the bundled sample, once: a site's
;   own configuration is never overwritten by an upgrade;
; - points the app at it with the machine-wide KIOSK_CONFIG_DIR variable;
; - starts the kiosk at every logon (HKLM Run). For a locked-down kiosk, use Assigned Access or
;   Shell Launcher instead, as docs/deployment.md explains; the Run entry is then harmless.

!define KIOSK_CONFIG_DIR "$COMMONPROGRAMDATA\RedSafe PAR Kiosk\kiosk-config"
!define KIOSK_RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define KIOSK_ENV_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"

!macro customInstall
  SetShellVarContext all
  IfFileExists "${KIOSK_CONFIG_DIR}\site.json" kiosk_config_done 0
    CreateDirectory "${KIOSK_CONFIG_DIR}"
    CopyFiles /SILENT "$INSTDIR\resources\kiosk-config\*.*" "${KIOSK_CONFIG_DIR}"
  kiosk_config_done:
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
