#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every C++ source file is formatted by the root .clang-format (clang-format 14, as Debian 12 ships).
set -euo pipefail
cd "$1"
if ! command -v clang-format >/dev/null; then
    echo "FAIL - clang-format is not installed (installer/setup-debian.sh installs it)"
    exit 1
fi
mapfile -t files < <(find engine ui app tests -name '*.cpp' -o -name '*.h' | sort)
clang-format --dry-run --Werror "${files[@]}"
echo "ok   - ${#files[@]} C++ files are clang-formatted"
