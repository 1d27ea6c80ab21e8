#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""Known answers for the CLV tracking diagnostic on CDNOW (ClvDiagnosticsTest).

Counts, straight from the raw 1/10 sample (cdnowElog.csv), the cumulative repeat purchases of all
2,357 customers per 7-day period from the first purchase day (1997-01-01) to the last transaction
day (1998-06-30): purchases on the same day by one customer count once, the first purchase day of a
customer is not a repeat. The expected column is BG/NBD's E[X(t)] for a new customer (Fader, Hardie &
Lee 2005, eq. 9, with scipy's hyp2f1) summed over customers, t = end of period - first purchase, in
weeks, at the parameters this engine fits (r, alpha, a, b below).

Usage: make_cdnow_tracking.py ../shared/data/cdnow/cdnowElog.csv > tests/reference/cdnow_tracking.csv
"""
import csv
import datetime
import sys

from scipy.special import hyp2f1

R, ALPHA, A, B = 0.242594, 4.413603, 0.792919, 2.425907


def expected_new(t):
    if t <= 0:
        return 0.0
    z = t / (ALPHA + t)
    return (A + B - 1) / (A - 1) * (1 - (ALPHA / (ALPHA + t)) ** R * hyp2f1(R, B, A + B - 1, z))


def main(path):
    days = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            d = datetime.date(int(row["date"][:4]), int(row["date"][4:6]), int(row["date"][6:8]))
            days.setdefault(row["sampleid"], set()).add(d.toordinal())
    first = {k: min(v) for k, v in days.items()}
    start = min(first.values())
    end = max(max(v) for v in days.values())
    periods = (end - start) // 7 + 1
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["period", "end_date", "actual", "expected"])
    for k in range(1, periods + 1):
        end_day = min(start + 7 * k - 1, end)
        actual = sum(1 for c, v in days.items() for d in v if d != first[c] and d <= end_day)
        expected = sum(expected_new((end_day - f) / 7.0) for f in first.values())
        out.writerow([k, datetime.date.fromordinal(end_day).isoformat(), actual, f"{expected:.9f}"])


if __name__ == "__main__":
    main(sys.argv[1])
