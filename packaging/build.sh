#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and pack it:
#
#   packaging/build.sh          → dist/gongji/ (gongji-desktop, gongji, _internal/) and
#                                 dist/gongji-<version>-linux-x86_64.tar.gz (with install.sh)
#
# Runs from any directory. Uses the repo's .venv (installs pyinstaller into it if missing). On Linux it bundles the
# WenQuanYi Micro Hei font when the build machine has it (see packaging/README.md, "Fonts"). Prints the build time.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
VENV=${GONGJI_VENV:-$ROOT/.venv}
case "$VENV" in /* | [A-Za-z]:*) ;; *) VENV="$ROOT/$VENV" ;; esac
PY="$VENV/bin/python"
[ -x "$PY" ] || PY="$VENV/Scripts/python.exe"  # Windows (Git Bash)
[ -x "$PY" ] || { echo "build.sh: no .venv; run 'bash scripts/run py -c pass' first" >&2; exit 1; }
start=$(date +%s)
log() { printf 'build.sh: %s\n' "$*" >&2; }

version=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=macos ;; MINGW* | MSYS* | CYGWIN*) os=windows ;; *) os=unknown ;; esac
arch=$(uname -m)

# 1. Tools.
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    log "installing pyinstaller into .venv (the 'package' extra of pyproject.toml)"
    "$PY" -m pip install -q 'pyinstaller>=6.10'
fi

# 2. Generated resources: the icon (if missing) and compiled translations (always, from the committed .ts).
[ -f resources/icons/gongji-256.png ] || "$PY" packaging/make_icon.py
if [ "$os" = macos ] && command -v iconutil >/dev/null; then  # macOS wants an .icns (untested here)
    set_dir=build/gongji.iconset
    rm -rf "$set_dir" && mkdir -p "$set_dir"
    for s in 16 32 128 256 512; do
        cp "resources/icons/gongji-$s.png" "$set_dir/icon_${s}x${s}.png"
        [ "$s" -le 256 ] && cp "resources/icons/gongji-$((s * 2)).png" "$set_dir/icon_${s}x${s}@2x.png" 2>/dev/null || true
    done
    iconutil -c icns "$set_dir" -o resources/icons/gongji.icns
fi
bash scripts/i18n_update --release

# 3. A CJK font for machines without one (Linux only; Windows and macOS always have Chinese fonts).
export GONGJI_BUNDLE_FONT="" GONGJI_BUNDLE_FONT_LICENSE=""
if [ "$os" = linux ]; then
    for f in /usr/share/fonts/truetype/wqy/wqy-microhei.ttc /usr/share/fonts/wqy-microhei/wqy-microhei.ttc; do
        if [ -f "$f" ]; then
            GONGJI_BUNDLE_FONT=$f
            [ -f /usr/share/doc/fonts-wqy-microhei/copyright ] &&
                GONGJI_BUNDLE_FONT_LICENSE=/usr/share/doc/fonts-wqy-microhei/copyright
            break
        fi
    done
    [ -n "$GONGJI_BUNDLE_FONT" ] && log "bundling CJK font $GONGJI_BUNDLE_FONT" ||
        log "WARNING: no wqy-microhei on this machine; the bundle relies on the user's system fonts"
fi

# 4. PyInstaller.
rm -rf dist/gongji
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/gongji.spec

# 5. Bytecode. PyInstaller ships our modules and the libraries as bytecode already (in the PYZ archive); alembic
#    loads the migration scripts by path, so they are shipped as source — compile them next to it. unchecked-hash:
#    the .pyc stays valid whatever time stamps unpacking or installing gives the files.
for d in dist/gongji/_internal/core/migrations "dist/家庭共济助手.app/Contents/Resources/core/migrations"; do
    [ -d "$d" ] && "$PY" -m compileall -q --invalidation-mode unchecked-hash "$d"
done
if [ "$os" = macos ] && [ -d "dist/家庭共济助手.app" ]; then  # the .pyc files are new resources: seal them (ad hoc)
    codesign --force --deep --sign - "dist/家庭共济助手.app"
fi

# 6. Desktop integration files next to the programs, then the tarball.
if [ "$os" = linux ]; then
    cp packaging/gongji.desktop packaging/install.sh dist/gongji/
    cp resources/icons/gongji-256.png dist/gongji/gongji.png
    chmod +x dist/gongji/install.sh
    tarball="dist/gongji-$version-$os-$arch.tar.gz"
    rm -f "$tarball"
    tar -C dist --transform "s|^gongji|gongji-$version|" -czf "$tarball" gongji
    log "tarball: $tarball ($(du -h "$tarball" | cut -f1))"
fi

end=$(date +%s)
log "dist/gongji: $(du -sh dist/gongji | cut -f1), built in $((end - start)) s"
