#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a fresh Debian 12 machine, builds Segmenta with its tests and runs the whole suite
# (engine GoogleTest, ui QtTest offscreen, end-to-end CLI and GUI). Ends with CTest's summary line;
# exits non-zero when any test fails.
#   --sanitize        the engine, CLI and end-to-end CLI suite under AddressSanitizer + UndefinedBehaviorSanitizer
#                     (build/sanitize; what CI runs second)
#   --sanitize-full   the whole suite, Qt user interface included, under both sanitizers (build/sanitize-full)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
preset=release
case "${1:-}" in
    --sanitize) preset=sanitize ;;
    --sanitize-full) preset=sanitize-full ;;
esac
bash installer/setup-debian.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
# Widget tests and screenshots run on the offscreen platform: no display needed.
QT_QPA_PLATFORM=offscreen ctest --preset "$preset"
