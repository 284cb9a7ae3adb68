#!/bin/sh
# Installs the Debian packages Smile Protocol needs, if any are missing.
# Runs apt-get as root, or through sudo when not root.
set -eu

PACKAGES="renpy xvfb xauth libgl1-mesa-dri python3-venv python3-pip graphviz gettext chromium"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "Installing Debian packages:$missing"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
