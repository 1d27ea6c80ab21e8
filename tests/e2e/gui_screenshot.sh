#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The GUI end to end: open the sample project and render the main window to PNG, in English and Turkish,
# with no display (the app switches to the offscreen platform for --screenshot). Screenshots are kept in
# the build folder for people to look at.
set -euo pipefail
gui=$1
sample=$2
out=$3
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$sample" "$work/sample.segmenta"
cp "$sample" "$work/untouched.segmenta"
# The main window, and the lifetime-value window (--view clv: the stored run, or what it needs when the
# project has no transactions).
for shot in main_en main_tr clv_en clv_tr; do
    lang=${shot#*_}
    view=()
    [ "${shot%_*}" = clv ] && view=(--view clv)
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
        "$gui" --project "$work/sample.segmenta" --screenshot "$out/$shot.png" --size 1280x800 --lang "$lang" "${view[@]}"
    /usr/bin/python3 - "$out/$shot.png" <<'PY'
import struct, sys
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
width, height = struct.unpack('>II', data[16:24])
assert (width, height) == (1280, 800), f'size {width}x{height}'
assert len(data) > 20000, f'suspiciously small screenshot: {len(data)} bytes'
print(f'ok   - {sys.argv[1]}: {width}x{height}, {len(data)} bytes')
PY
done
cmp -s "$work/sample.segmenta" "$work/untouched.segmenta" || { echo "FAIL - taking a screenshot changed the project"; exit 1; }
# Without a display and without --screenshot, the app says so in one line instead of crashing.
code=0
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$gui" --project "$work/sample.segmenta" 2>"$work/err" || code=$?
[ "$code" -ne 0 ] && [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q "xvfb-run" "$work/err" \
    || { echo "FAIL - no-display message: exit $code, stderr: $(cat "$work/err")"; exit 1; }
echo "ok   - no display: $(cat "$work/err")"
