#!/bin/bash
# Runs as root after the .deb is removed. The site's configuration in /etc/redsafe-par-kiosk and
# the kiosk user's data stay: a reinstall picks them up again. (No braced shell variables: see
# after-install.sh.)
EXE='${executable}'
APP_DIR='/opt/${sanitizedProductName}'

if type update-alternatives >/dev/null 2>&1; then
  update-alternatives --remove "$EXE" "$APP_DIR/$EXE" || true
else
  rm -f "/usr/bin/$EXE"
fi
rm -f /usr/lib/systemd/user/redsafe-par-kiosk.service /etc/xdg/autostart/redsafe-par-kiosk.desktop
# The kiosk session (the kiosk account and its home stay, like the data).
if [ -d /run/systemd/system ]; then systemctl disable redsafe-par-kiosk-session.service || true; fi
rm -f /etc/systemd/system/redsafe-par-kiosk-session.service /etc/pam.d/redsafe-par-kiosk-session \
  /etc/lightdm/lightdm.conf.d/50-redsafe-par-kiosk.conf /etc/chromium/policies/managed/redsafe-par-kiosk.json
rm -rf /usr/lib/redsafe-par-kiosk
exit 0
