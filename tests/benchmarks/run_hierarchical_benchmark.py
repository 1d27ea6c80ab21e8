#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""Times Segmenta's hierarchical clustering against fastcluster and scipy, in one run and interleaved
(ours, theirs, ours, theirs …), and prints the medians and the ratio theirs / ours (> 1: we are faster).

  /usr/bin/python3 tests/benchmarks/run_hierarchical_benchmark.py --binary build/…/segmenta_hierarchical_benchmark
  … --smoke     tiny sizes, one repeat (CI: ctest -L benchmark)
  … --full      also two-step Ward on 1,000,000 x 16 (about a minute in all)

(a) exact Ward on 20,000 x 16 Gaussian blobs: ours (all cores, and one thread for reference; the ratios are
    against all cores, what a user gets) vs fastcluster.linkage_vector(x, "ward") (the
    memory-saving nearest-neighbour chain on centroids, as ours) and scipy.cluster.hierarchy.linkage(x,
    "ward") (which first builds all 200 million distances); times, ratios and the largest relative
    difference between our merge heights and theirs.
(b) two-step Ward (k-means to 1,000 micro-clusters, then size-weighted Ward), cut into 8 segments, on
    1,000,000 x 16 rows (--full; 2,000 rows otherwise): time, peak memory as /usr/bin/time -v reports it,
    and the adjusted Rand index against the blobs the rows were drawn from. No peer can do this size.

Both sides read the same .npy file, written by the C++ executable from a seed.
Exit status: non-zero only when a side crashes or the answers disagree (merge heights differing by more than
1e-9 relative) — never because of time.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

import numpy as np

from benchmark_support import command_line, find_binary, load, ours, timed

SEED = 0
CENTRES = 8
HEIGHT_SLACK = 1e-9


def ours_under_time(binary, command, **options):
    """Runs a command under /usr/bin/time -v; returns its JSON and the maximum resident set size in bytes."""
    arguments = ["/usr/bin/time", "-v"] + command_line(binary, command, **options)
    completed = subprocess.run(arguments, check=True, capture_output=True, text=True)
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", completed.stderr)
    return json.loads(completed.stdout.strip().splitlines()[-1]), int(match.group(1)) * 1024 if match else None


def max_relative_difference(mine, theirs):
    scale = np.maximum(np.abs(theirs), 1e-300)
    return float(np.max(np.abs(mine - theirs) / scale)) if len(mine) else 0.0


def adjusted_rand_index(a, b):
    """scikit-learn's adjusted_rand_score, in numpy (so the benchmark does not need scikit-learn)."""
    _, a = np.unique(a, return_inverse=True)
    _, b = np.unique(b, return_inverse=True)
    table = np.zeros((a.max() + 1, b.max() + 1), dtype=np.int64)
    np.add.at(table, (a, b), 1)
    pairs = lambda counts: float(np.sum(counts * (counts - 1) // 2))
    index, rows, columns, total = pairs(table), pairs(table.sum(1)), pairs(table.sum(0)), pairs(np.array([len(a)]))
    expected = rows * columns / total
    maximum = (rows + columns) / 2
    return 1.0 if maximum == expected else (index - expected) / (maximum - expected)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", help="segmenta_hierarchical_benchmark (default: newest under build/)")
    parser.add_argument("--work-dir", help="where the .npy files go (default: a temporary directory)")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repeat")
    parser.add_argument("--full", action="store_true", help="also two-step Ward on 1,000,000 rows")
    parser.add_argument("--repeats", type=int, help="runs per side; the median is reported (default 3)")
    args = parser.parse_args()

    binary = args.binary or find_binary("segmenta_hierarchical_benchmark")
    rows, columns = (2_000, 16) if args.smoke else (20_000, 16)
    two_step_rows = 1_000_000 if args.full else 2_000
    repeats = args.repeats or (1 if args.smoke else 3)
    work_dir = args.work_dir or tempfile.mkdtemp(prefix="segmenta_hierarchical_")
    os.makedirs(work_dir, exist_ok=True)

    try:
        import fastcluster
        have_fastcluster = True
        peer = "fastcluster %s" % fastcluster.__version__
    except ImportError:
        have_fastcluster = False
        peer = "fastcluster skipped: python3-fastcluster not installed"
    try:
        import scipy
        from scipy.cluster.hierarchy import linkage
        have_scipy = True
        peer += ", scipy %s" % scipy.__version__
    except ImportError:
        have_scipy = False
        peer += ", scipy skipped: python3-scipy not installed"

    print("Segmenta hierarchical benchmark%s: %d cores, %s" % (" (smoke)" if args.smoke else "", os.cpu_count(),
                                                                load()))
    print("peers: %s, numpy %s" % (peer, np.__version__))
    print("median of %d interleaved run(s) per side; ratio = theirs / ours (> 1: Segmenta is faster)" % repeats)
    failures = []

    # (a) exact Ward
    data = os.path.join(work_dir, "ward_x.npy")
    ours(binary, "generate", rows=rows, columns=columns, centres=CENTRES, seed=SEED, out=data)
    x = np.load(data)
    z_path = os.path.join(work_dir, "ward_z.npy")
    print("\n(a) Ward, %d x %d" % (rows, columns))
    runs = {"segmenta": [], "segmenta, 1 thread": [], "fastcluster.linkage_vector": [], "scipy linkage": []}
    z_theirs = {}
    peak = 0
    for _ in range(repeats):
        run, resident = ours_under_time(binary, "linkage", data=data, linkage="ward", z_out=z_path)
        runs["segmenta"].append(run["seconds"])
        peak = max(peak, resident or 0)
        runs["segmenta, 1 thread"].append(ours(binary, "linkage", data=data, linkage="ward", threads=1)["seconds"])
        if have_fastcluster:
            seconds, z_theirs["fastcluster.linkage_vector"] = timed(lambda: fastcluster.linkage_vector(x, "ward"))
            runs["fastcluster.linkage_vector"].append(seconds)
        if have_scipy:
            seconds, z_theirs["scipy linkage"] = timed(lambda: linkage(x, "ward"))
            runs["scipy linkage"].append(seconds)
    z_mine = np.load(z_path)
    mine = statistics.median(runs["segmenta"])
    print("  %-28s %9s %7s %22s" % ("who", "seconds", "ratio", "max rel. height diff"))
    print("  %-28s %9.3f %7s %22s   (peak memory %.0f MB, /usr/bin/time -v)" % ("segmenta", mine, "", "",
                                                                                  peak / 1e6))
    print("  %-28s %9.3f" % ("segmenta, 1 thread", statistics.median(runs["segmenta, 1 thread"])))
    for who in ("fastcluster.linkage_vector", "scipy linkage"):
        if not runs[who]:
            print("  %-28s skipped: not installed" % who)
            continue
        seconds = statistics.median(runs[who])
        difference = max_relative_difference(np.sort(z_mine[:, 2]), np.sort(z_theirs[who][:, 2]))
        print("  %-28s %9.3f %7.2f %22.3g" % (who, seconds, seconds / mine, difference))
        if difference > HEIGHT_SLACK:
            failures.append("Ward merge heights differ from %s's by %.3g relative" % (who, difference))
        elif who == "scipy linkage" and not np.array_equal(z_mine[:, [0, 1, 3]], z_theirs[who][:, [0, 1, 3]]):
            # Equal heights but a different tree can only come from exact ties; report, do not fail.
            print("  note: same heights as scipy, but the trees differ (tied merge heights)")

    # (b) two-step Ward
    data = os.path.join(work_dir, "twostep_x.npy")
    ours(binary, "generate", rows=two_step_rows, columns=columns, centres=CENTRES, seed=SEED + 1, out=data)
    labels_path = os.path.join(work_dir, "twostep_labels.npy")
    print("\n(b) two-step Ward, %d x %d, 1,000 micro-clusters, cut into %d segments" % (two_step_rows, columns,
                                                                                      CENTRES))
    run, peak = ours_under_time(binary, "twostep", data=data, k=CENTRES, seed=SEED, labels_out=labels_path)
    truth = np.arange(two_step_rows) % CENTRES
    agreement = adjusted_rand_index(np.load(labels_path), truth)
    print("  segmenta %9.3f s (k-means, assignment, Ward and the cut), %d micro-clusters" %
          (run["seconds"], run["micro_clusters"]))
    print("  peak memory (/usr/bin/time -v, maximum resident set size): %s; the data alone: %.1f MB"
          % ("%.0f MB" % (peak / 1e6) if peak else "not reported", two_step_rows * columns * 8 / 1e6))
    print("  adjusted Rand index against the generating blobs: %.6f" % agreement)

    print("\n" + load())
    for failure in failures:
        print("FAILED: " + failure)
    if not args.work_dir:
        for name in os.listdir(work_dir):
            os.remove(os.path.join(work_dir, name))
        os.rmdir(work_dir)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
