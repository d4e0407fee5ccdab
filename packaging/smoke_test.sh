#!/usr/bin/env bash
# Smoke test of the built bundle (after packaging/build.sh), headless, on Linux, Windows (Git Bash) and macOS:
#   1. gongji-desktop --demo --screenshot: the window starts from the bundle, paints, and the PNG is a real picture
#      (exists, at least 800x500, not blank — checked by packaging/check_png.py with QImage); in Chinese and in
#      长辈模式 too; 1b. (Linux) with no system fonts at all (empty fontconfig), the bundled CJK font is used;
#   2. gongji rules evaluate on the example contract gives exactly the expected JSON;
#   3. gongji demo + check on a temp database (migrations and policies load from the bundle);
#   4. (Linux) install.sh installs into a temp PREFIX and the .desktop file points at the installed program;
#   5. the bundle ships bytecode: no Python source but the migration scripts, and those have their .pyc;
#   6. start-up: first paint of the main window, as a ratio against a bare PySide6 window frozen the same way
#      (packaging/baseline.spec, built into build/baseline on first use; packaging/startup_ratio.py). Printed.
# Everything runs with HOME/XDG dirs in a temp folder, so the user's real data and settings are never touched.
#   packaging/smoke_test.sh [DIST_DIR]      (default: dist/gongji; SMOKE_RUNS=7 start-up rounds, 0 to skip)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIST=${1:-$ROOT/dist/gongji}
VENV=${GONGJI_VENV:-$ROOT/.venv}
case "$VENV" in /* | [A-Za-z]:*) ;; *) VENV="$ROOT/$VENV" ;; esac
PY="$VENV/bin/python"
[ -x "$PY" ] || PY="$VENV/Scripts/python.exe"  # Windows (Git Bash)
[ -x "$PY" ] || { echo "smoke: no Python in $VENV (check_png.py needs PySide6)"; exit 2; }
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=macos ;; MINGW* | MSYS* | CYGWIN*) os=windows ;; *) os=unknown ;; esac
X=""; [ "$os" = windows ] && X=.exe
TMP=$(mktemp -d "${TMPDIR:-/tmp}/gongji-smoke.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/home/.local/share" XDG_CONFIG_HOME="$TMP/home/.config" \
    XDG_CACHE_HOME="$TMP/home/.cache" QT_QPA_PLATFORM=offscreen
if [ "$os" = windows ]; then export APPDATA="$TMP/home/AppData/Roaming" LOCALAPPDATA="$TMP/home/AppData/Local"; fi
mkdir -p "$HOME"
# macOS has no `timeout` command: the same with Python there.
if command -v timeout >/dev/null; then tmo() { timeout "$@"; }; else
    tmo() { "$PY" -c 'import subprocess, sys; sys.exit(subprocess.run(sys.argv[2:], timeout=float(sys.argv[1])).returncode)' "$@"; }
fi
fail=0
ok() { printf 'smoke: ok   %s\n' "$*"; }
bad() { printf 'smoke: FAIL %s\n' "$*"; fail=1; }

[ -x "$DIST/gongji-desktop$X" ] && [ -x "$DIST/gongji$X" ] || { echo "smoke: no bundle in $DIST (run packaging/build.sh)"; exit 2; }

# 1. The window.
for variant in "zh_CN" "en" "zh_CN --elderly"; do
    set -- $variant
    lang=$1; shift
    png="$TMP/shot-$lang${1:+-elderly}.png"
    if tmo 120 "$DIST/gongji-desktop$X" --demo --lang "$lang" "$@" --screenshot "$png" >"$TMP/gui.log" 2>&1 \
        && "$PY" "$ROOT/packaging/check_png.py" "$png"; then
        ok "gongji-desktop --demo --lang $lang $* --screenshot"
        [ -n "${SMOKE_KEEP:-}" ] && cp "$png" "$SMOKE_KEEP/"
    else
        bad "gongji-desktop --demo --lang $lang $* --screenshot"; cat "$TMP/gui.log"
    fi
done
# 1b. A machine without any font: the bundled CJK font must be picked up (Linux bundles only).
if [ "$os" = linux ] && [ -d "$DIST/_internal/resources/fonts" ]; then
    mkdir -p "$TMP/nofont/empty"
    printf '<?xml version="1.0"?>\n<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n' \
        "$TMP/nofont/empty" "$TMP/nofont/cache" > "$TMP/nofont/fonts.conf"
    if FONTCONFIG_FILE="$TMP/nofont/fonts.conf" tmo 120 "$DIST/gongji-desktop$X" --demo --lang zh_CN \
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
got=$("$DIST/gongji$X" rules evaluate "$ROOT/packaging/smoke_example.json" | "$PY" -c 'import json,sys; print(json.dumps(json.load(sys.stdin), sort_keys=True))') || true
[ "$got" = "$want" ] && ok "gongji rules evaluate example → $got" || bad "gongji rules evaluate: got $got, want $want"

# 3. Database, migrations, policies, Chinese messages.
db="$TMP/smoke.db"
if "$DIST/gongji$X" --db "$db" demo >/dev/null && "$DIST/gongji$X" --db "$db" check >"$TMP/check.log" 2>&1 \
    && "$DIST/gongji$X" --db "$db" --lang zh_CN households | grep -q "张家"; then
    ok "gongji demo / check / households ($(head -1 "$TMP/check.log"))"
else
    bad "gongji demo / check"; cat "$TMP/check.log"
fi

# 4. install.sh into a temp prefix (Linux; Windows has the Inno Setup installer, macOS the .dmg).
if [ "$os" != linux ]; then
    ok "install.sh: not on $os"
elif PREFIX="$TMP/prefix" bash "$DIST/install.sh" >/dev/null \
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

# 5. Bytecode: PyInstaller keeps our modules and the libraries' as bytecode in the PYZ archive of each program;
#    the only source files are the migration scripts (alembic loads them by path), compiled by build.sh.
src=$(cd "$DIST/_internal" && find . -name '*.py' ! -path './core/migrations/*' | head -5)
missing=""
while IFS= read -r f; do
    stem=$(basename "$f" .py)
    ls "$(dirname "$f")/__pycache__/$stem".*.pyc >/dev/null 2>&1 || missing="$missing $f"
done < <(find "$DIST/_internal/core/migrations" -name '*.py')
n_mig=$(find "$DIST/_internal/core/migrations" -name '*.py' | wc -l | tr -d ' ')
if [ -z "$src" ] && [ -z "$missing" ] && [ "$n_mig" -gt 0 ]; then
    ok "bytecode: no source outside core/migrations; its $n_mig scripts have their .pyc"
else
    bad "bytecode: source files [${src//$'\n'/ }], migration scripts without .pyc [$missing]"
fi

# 6. Start-up ratio against a bare PySide6 window frozen the same way.
runs=${SMOKE_RUNS:-7}
if [ "$runs" -gt 0 ]; then
    BASE="$ROOT/build/baseline/dist/bare-window"
    if [ ! -x "$BASE/bare-window$X" ] || [ "$ROOT/packaging/startup_baseline.py" -nt "$BASE/bare-window$X" ] \
        || [ "$ROOT/packaging/startup_probe.py" -nt "$BASE/bare-window$X" ]; then
        echo "smoke: building the bare PySide6 window (packaging/baseline.spec) ..."
        "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$ROOT/build/baseline/dist" \
            --workpath "$ROOT/build/baseline/work" "$ROOT/packaging/baseline.spec" >"$TMP/baseline.log" 2>&1 \
            || { cat "$TMP/baseline.log"; bad "building the start-up baseline"; }
    fi
    "$DIST/gongji$X" --db "$TMP/startup.db" demo >/dev/null
    if "$PY" "$ROOT/packaging/startup_ratio.py" --runs "$runs" --bare "$BASE/bare-window$X" -- \
        "$DIST/gongji-desktop$X" --db "$TMP/startup.db" | tee "$TMP/startup.txt"; then
        ok "start-up measured ($(grep -o 'ratio [0-9.]* (medians), max [0-9.]*' "$TMP/startup.txt"))"
    else
        bad "start-up measurement"
    fi
fi

[ "$fail" = 0 ] && echo "smoke: all passed" || echo "smoke: FAILED"
exit "$fail"
