#!/usr/bin/env bash
# (Re)write packaging/requirements.lock: the exact versions and hashes the release bundle is built from — the
# project's dependencies plus the `package` extra (PyInstaller), for Python 3.11 on Linux, Windows and macOS at once
# (uv's universal resolution writes platform markers). The dev install (scripts/run) keeps the ranges of
# pyproject.toml; CI installs from this file and checks it is in step (scripts/ci-job lock-check).
#
#   bash packaging/lock.sh              keep the current pins where they still fit pyproject.toml
#   bash packaging/lock.sh --upgrade    move every pin to the newest version pyproject.toml allows
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PY=${GONGJI_VENV:-$ROOT/.venv}/bin/python
[ -x "$PY" ] || PY=${GONGJI_VENV:-$ROOT/.venv}/Scripts/python.exe
"$PY" -m uv pip compile --quiet --universal --python-version 3.11 --generate-hashes --extra package \
    --custom-compile-command "bash packaging/lock.sh" "$@" pyproject.toml -o packaging/requirements.lock
echo "lock.sh: packaging/requirements.lock: $(grep -c '==' packaging/requirements.lock) pinned packages"
