#!/usr/bin/env bash
# Install 家庭共济助手 for the current user (no root needed):
#
#   ./install.sh              install into ~/.local (PREFIX=/some/dir ./install.sh to choose another place)
#   ./install.sh --uninstall  remove it again (your data and settings are NOT touched)
#
# Puts the program folder in $PREFIX/opt/gongji, the commands gongji-desktop and gongji in $PREFIX/bin, the icon in
# $PREFIX/share/icons/hicolor/*/apps/gongji.png and the menu entry in $PREFIX/share/applications/gongji.desktop.
# Your data stays where it always is (~/.local/share/gongji); installing or removing the program never changes it.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
OPT="$PREFIX/opt/gongji"
BIN="$PREFIX/bin"
APPS="$PREFIX/share/applications"
ICONS="$PREFIX/share/icons/hicolor"

refresh_menus() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT"
    rm -f "$BIN/gongji-desktop" "$BIN/gongji" "$APPS/gongji.desktop"
    find "$ICONS" -path '*/apps/gongji.png' -delete 2>/dev/null || true
    refresh_menus
    echo "家庭共济助手 removed from $PREFIX (your data in ~/.local/share/gongji is kept)."
    exit 0
fi

[ -x "$HERE/gongji-desktop" ] || { echo "install.sh: run me from the unpacked gongji folder" >&2; exit 1; }
mkdir -p "$OPT" "$BIN" "$APPS"
if [ "$HERE" != "$OPT" ]; then
    rm -rf "$OPT.new"
    cp -a "$HERE" "$OPT.new"
    rm -rf "$OPT"
    mv "$OPT.new" "$OPT"
fi
ln -sf "$OPT/gongji-desktop" "$BIN/gongji-desktop"
ln -sf "$OPT/gongji" "$BIN/gongji"
for png in "$OPT"/_internal/resources/icons/gongji-*.png; do
    size=$(basename "$png" .png); size=${size#gongji-}
    mkdir -p "$ICONS/${size}x${size}/apps"
    cp "$png" "$ICONS/${size}x${size}/apps/gongji.png"
done
sed -e "s|^Exec=.*|Exec=$OPT/gongji-desktop|" -e "s|^TryExec=.*|TryExec=$OPT/gongji-desktop|" \
    "$OPT/gongji.desktop" > "$APPS/gongji.desktop"
chmod 644 "$APPS/gongji.desktop"
refresh_menus
echo "家庭共济助手 installed in $OPT."
echo "Start it from the applications menu, or run: $BIN/gongji-desktop"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "(Add $BIN to your PATH to type gongji-desktop in a terminal.)" ;; esac
