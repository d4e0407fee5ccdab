#!/usr/bin/env bash
# Render the README screenshots at 1366×768 under Xvfb (docs/screenshots/make.py), then look at every PNG.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/make.py
