#!/usr/bin/env bash
# Smoke test of the built bundle (after packaging/build.sh), headless:
#   1. gongji-desktop --demo --screenshot: the window starts from the bundle, paints, and the PNG is a real picture
#      (exists, at least 800x500, not blank — checked by packaging/check_png.py with the standard library only);
#      in Chinese and in 长辈模式 too;
#   2. gongji rules evaluate on the example contract gives exactly the expected JSON;
#   3. gongji demo + check on a temp database (migrations and policies load from the bundle);
#   1b. with no system fonts at all (empty fontconfig), the bundled CJK font is used;
#   4. install.sh installs into a temp PREFIX and the .desktop file points at the installed program.
# Everything runs with HOME/XDG dirs in a temp folder, so the user's real data and settings are never touched.
#   packaging/smoke_test.sh [DIST_DIR]      (default: dist/gongji)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIST=${1:-$ROOT/dist/gongji}
PY=$(command -v python3)
TMP=$(mktemp -d /tmp/gongji-smoke.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/home/.local/share" XDG_CONFIG_HOME="$TMP/home/.config" \
    XDG_CACHE_HOME="$TMP/home/.cache" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
fail=0
ok() { printf 'smoke: ok   %s\n' "$*"; }
bad() { printf 'smoke: FAIL %s\n' "$*"; fail=1; }

[ -x "$DIST/gongji-desktop" ] && [ -x "$DIST/gongji" ] || { echo "smoke: no bundle in $DIST (run packaging/build.sh)"; exit 2; }

# 1. The window.
for variant in "zh_CN" "en" "zh_CN --elderly"; do
    set -- $variant
    lang=$1; shift
    png="$TMP/shot-$lang${1:+-elderly}.png"
    if timeout 120 "$DIST/gongji-desktop" --demo --lang "$lang" "$@" --screenshot "$png" >"$TMP/gui.log" 2>&1 \
        && "$PY" "$ROOT/packaging/check_png.py" "$png"; then
        ok "gongji-desktop --demo --lang $lang $* --screenshot"
        [ -n "${SMOKE_KEEP:-}" ] && cp "$png" "$SMOKE_KEEP/"
    else
        bad "gongji-desktop --demo --lang $lang $* --screenshot"; cat "$TMP/gui.log"
    fi
done
# 1b. A machine without any font: the bundled CJK font must be picked up (Linux bundles only).
if [ -d "$DIST/_internal/resources/fonts" ]; then
    mkdir -p "$TMP/nofont/empty"
    printf '<?xml version="1.0"?>\n<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n' \
        "$TMP/nofont/empty" "$TMP/nofont/cache" > "$TMP/nofont/fonts.conf"
    if FONTCONFIG_FILE="$TMP/nofont/fonts.conf" timeout 120 "$DIST/gongji-desktop" --demo --lang zh_CN \
        --screenshot "$TMP/nofont.png" >"$TMP/gui.log" 2>&1 && "$PY" "$ROOT/packaging/check_png.py" "$TMP/nofont.png"; then
        ok "gongji-desktop on a machine without fonts (bundled WenQuanYi Micro Hei)"
    else
        bad "gongji-desktop without system fonts"; cat "$TMP/gui.log"
    fi
fi
if [ -d "$XDG_DATA_HOME/gongji" ] && [ -n "$(ls -A "$XDG_DATA_HOME/gongji" 2>/dev/null)" ]; then
    bad "--demo wrote into the data folder: $(ls -A "$XDG_DATA_HOME/gongji")"
else
    ok "--demo left the data folder alone"
fi

# 2. The deduction rule as a JSON function, against the example contract.
want=$("$PY" -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["expect"], sort_keys=True))' \
    "$ROOT/packaging/smoke_example.json")
got=$("$DIST/gongji" rules evaluate "$ROOT/packaging/smoke_example.json" | "$PY" -c 'import json,sys; print(json.dumps(json.load(sys.stdin), sort_keys=True))') || true
[ "$got" = "$want" ] && ok "gongji rules evaluate example → $got" || bad "gongji rules evaluate: got $got, want $want"

# 3. Database, migrations, policies, Chinese messages.
db="$TMP/smoke.db"
if "$DIST/gongji" --db "$db" demo >/dev/null && "$DIST/gongji" --db "$db" check >"$TMP/check.log" 2>&1 \
    && "$DIST/gongji" --db "$db" --lang zh_CN households | grep -q "张家"; then
    ok "gongji demo / check / households ($(head -1 "$TMP/check.log"))"
else
    bad "gongji demo / check"; cat "$TMP/check.log"
fi

# 4. install.sh into a temp prefix.
if PREFIX="$TMP/prefix" bash "$DIST/install.sh" >/dev/null \
    && [ -x "$TMP/prefix/bin/gongji" ] && grep -q "^Exec=$TMP/prefix/opt/gongji/gongji-desktop" \
        "$TMP/prefix/share/applications/gongji.desktop" \
    && [ -f "$TMP/prefix/share/icons/hicolor/256x256/apps/gongji.png" ] \
    && "$TMP/prefix/bin/gongji" rules evaluate "$ROOT/packaging/smoke_example.json" >/dev/null; then
    ok "install.sh (PREFIX=$TMP/prefix)"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$TMP/prefix/share/applications/gongji.desktop" && ok "desktop-file-validate" ||
            bad "desktop-file-validate"
    fi
    PREFIX="$TMP/prefix" bash "$DIST/install.sh" --uninstall >/dev/null && [ ! -e "$TMP/prefix/bin/gongji" ] &&
        ok "install.sh --uninstall" || bad "install.sh --uninstall"
else
    bad "install.sh"
fi

[ "$fail" = 0 ] && echo "smoke: all passed" || echo "smoke: FAILED"
exit "$fail"
