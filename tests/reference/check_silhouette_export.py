#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""Checks `segmenta-cli silhouette --out` against an independent computation, for tests/e2e.

Usage:  check_silhouette_export.py MEMBERS.csv SILHOUETTE.csv COLUMNS [LOG_COLUMNS]
  MEMBERS.csv     `segmenta-cli export --segmentation NAME` (customer id, segment, name, every column)
  SILHOUETTE.csv  `segmenta-cli silhouette --segmentation NAME --out` (customer_id, segment, segment_name,
                  silhouette)
  COLUMNS         the segmentation's criteria, comma-separated; LOG_COLUMNS those on a log scale

Rebuilds the segmentation's matrix from the exported values the way the README describes it (sign(x) *
log(1 + |x|) on the log columns, then z-scores with the population standard deviation over the members)
and computes each member's silhouette by its definition, as scikit-learn's silhouette_samples does
(Euclidean distance; a = mean distance to the other members of its segment, b = the smallest mean distance
to another segment's members, s = (b - a) / max(a, b), 0 for a member alone in its segment). Plain Python,
O(members^2): meant for the few hundred customers of the end-to-end data, where every member is scored.
Exits 0 when every value and the mean agree within 1e-9, else prints the first differences and exits 1.
"""
import csv
import math
import sys


def main():
    members_path, silhouette_path, columns = sys.argv[1], sys.argv[2], sys.argv[3].split(',')
    log_columns = set(sys.argv[4].split(',')) if len(sys.argv) > 4 and sys.argv[4] else set()
    with open(members_path, newline='', encoding='utf-8') as f:
        rows = [r for r in csv.DictReader(f) if r['segment']]
    id_key = next(iter(rows[0].keys()))
    values = []
    for r in rows:
        point = []
        for c in columns:
            x = float(r[c])
            point.append(math.copysign(math.log1p(abs(x)), x) if c in log_columns else x)
        values.append(point)
    n, d = len(values), len(columns)
    for j in range(d):
        mean = sum(v[j] for v in values) / n
        sd = math.sqrt(sum((v[j] - mean) ** 2 for v in values) / n) or 1.0
        for v in values:
            v[j] = (v[j] - mean) / sd
    labels = [int(r['segment']) for r in rows]
    segments = sorted(set(labels))
    expected = {}
    for i in range(n):
        sums = {s: 0.0 for s in segments}
        counts = {s: 0 for s in segments}
        for k in range(n):
            if k == i:
                continue
            sums[labels[k]] += math.dist(values[i], values[k])
            counts[labels[k]] += 1
        own = labels[i]
        if counts[own] == 0:
            expected[rows[i][id_key]] = 0.0
            continue
        a = sums[own] / counts[own]
        b = min(sums[s] / counts[s] for s in segments if s != own and counts[s] > 0)
        expected[rows[i][id_key]] = (b - a) / max(a, b) if max(a, b) > 0 else 0.0

    with open(silhouette_path, newline='', encoding='utf-8') as f:
        reported = list(csv.DictReader(f))
    problems = []
    if len(reported) != n:
        problems.append(f'{len(reported)} values for {n} members')
    for r in reported:
        want = expected.get(r['customer_id'])
        got = float(r['silhouette'])
        if want is None or abs(got - want) > 1e-9:
            problems.append(f"{r['customer_id']}: {got} (expected {want})")
    mean = sum(float(r['silhouette']) for r in reported) / max(1, len(reported))
    expected_mean = sum(expected.values()) / n
    if abs(mean - expected_mean) > 1e-9:
        problems.append(f'mean {mean} (expected {expected_mean})')
    for p in problems[:10]:
        print(p)
    print(f'{n} members, mean silhouette {expected_mean:.6f}: ' + ('agree' if not problems else 'DIFFER'))
    return 0 if not problems else 1


if __name__ == '__main__':
    sys.exit(main())
