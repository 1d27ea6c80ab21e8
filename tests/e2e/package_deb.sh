#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` makes a package holding both executables, the desktop entry, the icon, the metainfo
# and the sample project, and depending on Qt's platform plugins.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/segmenta_*.deb)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for expected in ./usr/bin/segmenta ./usr/bin/segmenta-cli ./usr/share/applications/io.segmenta.Segmenta.desktop \
    ./usr/share/icons/hicolor/scalable/apps/io.segmenta.Segmenta.svg ./usr/share/metainfo/io.segmenta.Segmenta.metainfo.xml \
    ./usr/share/segmenta/sample/wholesale.segmenta ./usr/share/segmenta/sample/retail.segmenta \
    ./usr/share/segmenta/sample/ATTRIBUTION.md; do
    grep -qx -- "$expected" <<<"$contents" || { echo "FAIL - $expected missing from $(basename "$deb")"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q qt6-qpa-plugins || { echo "FAIL - no dependency on qt6-qpa-plugins"; exit 1; }
echo "ok   - $(basename "$deb") holds the executables, desktop entry, icon, metainfo and sample project"
