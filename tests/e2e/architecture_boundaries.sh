#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when engine/ or the CLI use Qt: the engine must build and run without it (ui/ has its own
# no-SQL check, ui_never_runs_sql).
set -u
root=$1
if grep -rnE --include='*.h' --include='*.cpp' \
    '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](Q[A-Za-z]+|Qt[A-Za-z]*/)' "$root/engine" "$root/app/cli"; then
    echo "FAIL: engine/ or app/cli include Qt headers (above)"
    exit 1
fi
echo "engine/ and app/cli are Qt-free"
