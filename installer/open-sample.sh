#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a fresh Debian 12 machine, builds Segmenta (Release) and opens it on the bundled sample project.
# Extra arguments go to the app (e.g. --lang tr).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash installer/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/segmenta --project build/release/sample/retail.segmenta "$@"
