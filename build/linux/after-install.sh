#!/bin/bash
# Runs as root after the .deb is installed. electron-builder fills in ${executable} and
# ${sanitizedProductName}; shell variables here are written $NAME, never with braces, because
# every braced name is taken for one of electron-builder's macros.
set -e

APP_DIR='/opt/${sanitizedProductName}'
EXE='${executable}'
CONFIG_DIR=/etc/redsafe-par-kiosk

# The command on the PATH (what electron-builder's own script does).
if type update-alternatives >/dev/null 2>&1; then
  update-alternatives --install "/usr/bin/$EXE" "$EXE" "$APP_DIR/$EXE" 100 || ln -sf "$APP_DIR/$EXE" "/usr/bin/$EXE"
else
  ln -sf "$APP_DIR/$EXE" "/usr/bin/$EXE"
fi

# Chromium's sandbox helper needs SUID only where user namespaces are unavailable.
if ! { [ -L /proc/self/ns/user ] && unshare --user true; } 2>/dev/null; then
  chmod 4755 "$APP_DIR/chrome-sandbox" || true
else
  chmod 0755 "$APP_DIR/chrome-sandbox" || true
fi

# The site's configuration: seeded once from the bundled sample, never overwritten on upgrade.
if [ ! -e "$CONFIG_DIR/site.json" ]; then
  mkdir -p "$CONFIG_DIR"
  cp -r "$APP_DIR/resources/kiosk-config/." "$CONFIG_DIR/"
fi

# A systemd user unit restarts the kiosk whenever it exits; the session's autostart entry starts
# that unit when the kiosk user logs in (docs/deployment.md sets up the dedicated session).
mkdir -p /usr/lib/systemd/user
cat > /usr/lib/systemd/user/redsafe-par-kiosk.service <<UNIT
[Unit]
Description=RedSafe PAR kiosk
After=graphical-session.target
PartOf=graphical-session.target

[Service]
Environment=KIOSK_CONFIG_DIR=$CONFIG_DIR
ExecStart=$APP_DIR/$EXE
Restart=always
RestartSec=3

[Install]
WantedBy=graphical-session.target
UNIT

mkdir -p /etc/xdg/autostart
cat > /etc/xdg/autostart/redsafe-par-kiosk.desktop <<DESKTOP
[Desktop Entry]
Type=Application
Name=RedSafe PAR kiosk
Exec=systemctl --user start redsafe-par-kiosk.service
X-GNOME-Autostart-enabled=true
NoDisplay=true
DESKTOP

if hash update-desktop-database 2>/dev/null; then
  update-desktop-database /usr/share/applications || true
fi
exit 0
