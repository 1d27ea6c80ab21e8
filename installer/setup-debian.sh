#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
#
# Installs every Debian 12 package that building, running, testing and packaging Segmenta need.
# Idempotent: only missing packages are installed, `apt-get update` runs at most once, no prompts.
# Runs as root, or through sudo otherwise.
set -euo pipefail

packages=(
    # compiler and build
    g++ cmake make pkg-config file dpkg-dev clang-format
    # Qt 6 (libqt6opengl6-dev is only a Recommends of the charts package, but Qt6Charts needs it)
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qt6-qpa-plugins qt6-translations-l10n
    # engine
    libeigen3-dev libsqlite3-dev sqlite3 libnlopt-dev
    # .xlsx import: the zip container (minizip) and its XML parts (expat)
    libminizip-dev libexpat1-dev
    # t-SNE neighbours (header-only KD-tree)
    libnanoflann-dev
    # t-SNE's FFT-accelerated gradient (FIt-SNE interpolation)
    libfftw3-dev
    # criteria sets, rule segments and RFM maps as documented JSON files (header-only)
    nlohmann-json3-dev
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth
    python3-sklearn python3-numpy python3-scipy python3-fastcluster python3-pandas libopenblas0-pthread
    # xlsx fixtures written by a real spreadsheet library
    libxlsxwriter-dev
    # fonts so screenshots render real glyphs (Turkish letters included)
    fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
