#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# kill -9 in the middle of a large import must leave the project as it was: SQLite's rollback journal
# restores it the next time the project is opened. Checked twice:
#   1. an import into a new project, killed while it writes: the next open finds the hot journal, rolls it
#      back, and the project is the empty one segmenta-cli created (schema intact, no customers);
#   2. an import into that existing empty project, killed while it writes: afterwards integrity_check is
#      ok, every table has the same row count as before, and the file is byte-identical (same SHA-256).
# Usage: import_kill_test.sh SEGMENTA_CLI [ROWS]   (ROWS: size of the generated file, default 1,500,000)
set -euo pipefail
cli=$1
rows=${2:-1500000}
work=$(mktemp -d)
importer=
cleanup() {
    if [ -n "$importer" ]; then kill -9 "$importer" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
check() { # description, then a command that must succeed
    local what=$1; shift
    if "$@"; then echo "ok   - $what"; else echo "FAIL - $what"; failures=$((failures + 1)); fi
}
json() { /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"; }
command -v sqlite3 >/dev/null || { echo "FAIL - the sqlite3 command-line tool is missing"; exit 1; }

# Row count of every table, one "table count" line each: "same row counts as before" for the whole schema.
table_counts() {
    local project=$1
    sqlite3 "$project" "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name" | while read -r table; do
        echo "$table $(sqlite3 "$project" "SELECT count(*) FROM \"$table\"")"
    done
}

# Starts an import of the big file into $1 and kills it with SIGKILL once it is writing: the rollback
# journal exists and the project file has grown by over 1 MiB, so SQLite has already spilled pages of the
# open transaction into it (only the journal can undo them). Sets killed_mid_write=1 when the import was
# still running at the kill.
kill_import_mid_write() {
    local project=$1
    "$cli" import --project "$project" --file "$work/big.csv" >"$work/import.out" 2>&1 &
    importer=$!
    killed_mid_write=0
    local journal="$project-journal"
    local start_size
    start_size=$(stat -c %s "$project" 2>/dev/null || echo 0)
    local deadline=$((SECONDS + 240))
    while kill -0 "$importer" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
        if [ -f "$journal" ] && [ "$(stat -c %s "$project" 2>/dev/null || echo 0)" -gt $((start_size + 1048576)) ]; then
            if kill -9 "$importer" 2>/dev/null; then
                killed_mid_write=1
            fi
            break
        fi
        sleep 0.02
    done
    wait "$importer" 2>/dev/null || true
    importer=
    if [ "$killed_mid_write" -ne 1 ]; then
        echo "note - the import ended before it could be killed:"
        cat "$work/import.out"
    fi
}

# Some state first: a small customer table in a first project, so the CLI and the data path work.
printf 'customer_id,age,income\nA1,34,52.5\nA2,51,71\nA3,29,38.25\n' >"$work/small.csv"
check "a small import into a first project succeeds" "$cli" import --project "$work/first.segmenta" --file "$work/small.csv"

# A customer table large enough that its import writes for a while (about 30 MB).
awk -v rows="$rows" 'BEGIN {
    print "customer_id,age,income,score";
    for (i = 1; i <= rows; ++i) printf "C%07d,%d,%d.%02d,%d\n", i, 18 + i % 60, 20 + i % 130, i % 100, (i * 7) % 100;
}' >"$work/big.csv"
echo "     generated $rows rows ($(stat -c %s "$work/big.csv") bytes)"

# 1. Killed while importing into a new project.
p="$work/project.segmenta"
kill_import_mid_write "$p"
check "1: the import was killed while writing (hot journal left behind)" test "$killed_mid_write" -eq 1 -a -f "$p-journal"
check "1: segmenta-cli info opens the project (the hot journal is rolled back)" \
    bash -c "'$cli' info --project '$p' --json >'$work/info1.json'"
check "1: the rollback journal is gone" test ! -e "$p-journal"
check "1: the project is the empty one segmenta-cli created" json "$work/info1.json" "d['customers']==0 and d['columns']==[]"
check "1: PRAGMA integrity_check is ok" test "$(sqlite3 "$p" 'PRAGMA integrity_check')" = ok
check "1: the schema is intact (a customers table with no rows)" test "$(sqlite3 "$p" 'SELECT count(*) FROM customers')" = 0

# 2. Killed while importing into that existing, empty project.
sha_before=$(sha256sum "$p" | cut -d' ' -f1)
counts_before=$(table_counts "$p")
schema_before=$(sqlite3 "$p" .schema)
kill_import_mid_write "$p"
check "2: the import was killed while writing (hot journal left behind)" test "$killed_mid_write" -eq 1 -a -f "$p-journal"
check "2: segmenta-cli info opens the project (the hot journal is rolled back)" \
    bash -c "'$cli' info --project '$p' --json >'$work/info2.json'"
check "2: the rollback journal is gone" test ! -e "$p-journal"
check "2: info reports no customers and no columns" json "$work/info2.json" "d['customers']==0 and d['columns']==[]"
check "2: PRAGMA integrity_check is ok" test "$(sqlite3 "$p" 'PRAGMA integrity_check')" = ok
check "2: every table has the same row count as before" test "$(table_counts "$p")" = "$counts_before"
check "2: the schema is the same as before" test "$(sqlite3 "$p" .schema)" = "$schema_before"
check "2: the project file is byte-identical to before (SHA-256)" test "$(sha256sum "$p" | cut -d' ' -f1)" = "$sha_before"

# And the project still works: the same import, not killed, goes through.
check "the project still takes an import afterwards" "$cli" import --project "$p" --file "$work/small.csv"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all import kill checks passed"
