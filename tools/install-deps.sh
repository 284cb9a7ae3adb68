#!/bin/sh
# Installs the Debian packages Smile Protocol needs, if any are missing.
# Runs apt-get as root, or through sudo when not root. renpy-thequestion and renpy-demo
# install two real games (The Question, the tutorial) that the tests check the tools on.
set -eu

PACKAGES="renpy renpy-thequestion renpy-demo xvfb xauth libgl1-mesa-dri python3-venv python3-pip graphviz gettext chromium fluidsynth timgm6mb-soundfont abcmidi ffmpeg sox fonts-opendyslexic espeak-ng espeak-ng-espeak"

# sox: the spectrograms of `vn audio listen` (`make listen`), pictures of each piece.
# fonts-opendyslexic: the web player's dyslexia-friendly font. espeak-ng and espeak-ng-espeak
# (its `espeak` command, the one Ren'Py's self-voicing runs on Linux): the desktop's V key.
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# npm (for `make mermaid`): NodeSource's nodejs ships its own, Debian's is a separate package
# (and conflicts with NodeSource's), so ask only when there is no npm at all.
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "Installing Debian packages:$missing"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
