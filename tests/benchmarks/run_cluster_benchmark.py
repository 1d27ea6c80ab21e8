#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""Times Segmenta's k-means and silhouette against scikit-learn's, in one run and interleaved (ours,
theirs, ours, theirs …), and prints the medians and the ratio theirs / ours (> 1: we are faster).

  /usr/bin/python3 tests/benchmarks/run_cluster_benchmark.py --binary build/…/segmenta_cluster_benchmark
  … --smoke     tiny sizes, one repeat (CI: ctest -L benchmark)

(a) k-means, k = 8, on 1,000,000 x 16 Gaussian blobs: n_init = 1 and 10, ours vs KMeans(algorithm=
    "lloyd") and KMeans(algorithm="elkan"); times, inertias, ratios. Then the time of one Lloyd iteration
    against the memory-bandwidth floor (the bytes an iteration must move / a measured read bandwidth).
(b) exact silhouette of 20,000 x 16 rows, ours vs sklearn.metrics.silhouette_score.
(c) Gaussian mixture, k = 8, n_init = 1, on 100,000 x 16 of the same blobs, full and diagonal covariances,
    ours vs GaussianMixture; times, log-likelihoods, ratios. Mini-batch k-means, k = 8, batch 1024, on the
    1,000,000 x 16 blobs, ours vs MiniBatchKMeans(n_init=3); times, inertias, ratios.

Both sides read the same .npy files, written by the C++ executable from a seed. scikit-learn runs on the
BLAS numpy finds (install libopenblas0-pthread, or its k-means runs ~2x slower than for a real user).
Exit status: non-zero only when a side crashes or the answers disagree (our inertia more than 1 % above
scikit-learn's best at n_init = 10, or a silhouette differing by more than 1e-6, or a mixture's
log-likelihood more than 1e-3 per row below scikit-learn's) — never because of time.
"""
import argparse
import os
import statistics
import sys
import tempfile
import warnings

import numpy as np

from benchmark_support import find_binary, load, median, ours, timed

K = 8
SEED = 0
INERTIA_SLACK = 1.01
SILHOUETTE_SLACK = 1e-6
LLOYD_ITERATIONS = 20  # extra iterations timed for the per-iteration cost


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", help="segmenta_cluster_benchmark (default: newest under build/)")
    parser.add_argument("--work-dir", help="where the .npy files go (default: a temporary directory)")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repeat")
    parser.add_argument("--repeats", type=int, help="runs per side; the median is reported (default 3)")
    args = parser.parse_args()

    binary = args.binary or find_binary("segmenta_cluster_benchmark")
    rows, columns, silhouette_rows = (20_000, 16, 2_000) if args.smoke else (1_000_000, 16, 20_000)
    repeats = args.repeats or (1 if args.smoke else 3)
    work_dir = args.work_dir or tempfile.mkdtemp(prefix="segmenta_benchmark_")
    os.makedirs(work_dir, exist_ok=True)

    try:
        import sklearn
        from sklearn.cluster import KMeans
        from sklearn.metrics import silhouette_score
        have_sklearn = True
        peer = "scikit-learn %s, numpy %s" % (sklearn.__version__, np.__version__)
        try:
            from threadpoolctl import threadpool_info
            peer += ", " + ", ".join("%s %s (%s threads)" % (p["internal_api"], p.get("version"), p["num_threads"])
                                     for p in threadpool_info())
        except ImportError:
            pass
    except ImportError:
        have_sklearn = False
        peer = "skipped: scikit-learn not installed"
    warnings.filterwarnings("ignore")  # ConvergenceWarning of the capped per-iteration runs

    print("Segmenta cluster benchmark%s: %d cores, %s" % (" (smoke)" if args.smoke else "", os.cpu_count(), load()))
    print("peer: " + peer)
    print("median of %d interleaved run(s) per side; ratio = theirs / ours (> 1: Segmenta is faster)" % repeats)

    data = os.path.join(work_dir, "kmeans_x.npy")
    ours(binary, "generate", rows=rows, columns=columns, centres=K, seed=SEED, out=data,
         labels_out=os.path.join(work_dir, "kmeans_labels.npy"))
    # Heavily overlapping blobs for the per-iteration timing: on the separated ones Lloyd's labels stop
    # changing after a few iterations, which ends a run before the iterations asked for.
    lloyd_data = os.path.join(work_dir, "lloyd_x.npy")
    ours(binary, "generate", rows=rows, columns=columns, centres=K, seed=SEED + 2, spread=0.3, out=lloyd_data,
         labels_out=os.path.join(work_dir, "lloyd_labels.npy"))
    silhouette_data = os.path.join(work_dir, "silhouette_x.npy")
    silhouette_labels = os.path.join(work_dir, "silhouette_labels.npy")
    ours(binary, "generate", rows=silhouette_rows, columns=columns, centres=K, seed=SEED + 1, out=silhouette_data,
         labels_out=silhouette_labels)
    x = np.load(data)
    failures = []

    # (a) k-means
    print("\n(a) k-means, k = %d, %d x %d" % (K, rows, columns))
    print("  %-8s %-14s %9s %22s %7s" % ("n_init", "who", "seconds", "inertia", "ratio"))
    for n_init in (1, 10):
        results = {"segmenta": [], "sklearn lloyd": [], "sklearn elkan": []}
        for _ in range(repeats):
            run = ours(binary, "kmeans", data=data, k=K, init_count=n_init, seed=SEED)
            results["segmenta"].append((run["seconds"], run["inertia"]))
            if have_sklearn:
                for algorithm in ("lloyd", "elkan"):
                    model = KMeans(n_clusters=K, n_init=n_init, algorithm=algorithm, random_state=SEED)
                    seconds, fitted = timed(lambda: model.fit(x))
                    results["sklearn " + algorithm].append((seconds, fitted.inertia_))
        ours_seconds = median([s for s, _ in results["segmenta"]])
        for who, runs in results.items():
            if not runs:
                print("  %-8d %-14s skipped: scikit-learn not installed" % (n_init, who))
                continue
            seconds = median([s for s, _ in runs])
            inertia = min(i for _, i in runs)
            ratio = "" if who == "segmenta" else "%7.2f" % (seconds / ours_seconds)
            print("  %-8d %-14s %9.3f %22.6f %7s" % (n_init, who, seconds, inertia, ratio))
        if have_sklearn and n_init == 10:
            theirs = min(i for key in ("sklearn lloyd", "sklearn elkan") for _, i in results[key])
            mine = min(i for _, i in results["segmenta"])
            if mine > INERTIA_SLACK * theirs:
                failures.append("k-means inertia %.6f is more than 1%% above scikit-learn's %.6f" % (mine, theirs))

    # One Lloyd iteration: the time of (1 + LLOYD_ITERATIONS) iterations minus that of 1, so seeding and
    # set-up cancel out; tolerance 0 keeps both runs going unless the labels stop changing.
    bandwidth = ours(binary, "bandwidth", data=data)
    numpy_seconds = min(timed(lambda: x.sum())[0] for _ in range(5))
    print("\n  read bandwidth: %.1f GB/s (C++, %d threads), %.1f GB/s (numpy sum, 1 thread)"
          % (bandwidth["gigabytes_per_second"], bandwidth["threads"], x.nbytes / numpy_seconds / 1e9))
    # Medians of the short and the long runs first, then their difference: one slow short run (page
    # faults, a busy neighbour) would otherwise make a single difference meaningless.
    lloyd_x = np.load(lloyd_data)
    init = lloyd_x[:: max(1, rows // K)][:K].copy()
    runs = {"segmenta": {1: [], 1 + LLOYD_ITERATIONS: []}, "sklearn lloyd": {1: [], 1 + LLOYD_ITERATIONS: []}}
    for _ in range(repeats):
        for iterations in (1, 1 + LLOYD_ITERATIONS):
            run = ours(binary, "kmeans", data=lloyd_data, k=K, init_count=1, max_iterations=iterations,
                       tolerance=0, seed=SEED)
            runs["segmenta"][iterations].append((run["seconds"], run["iterations"]))
            if have_sklearn:
                model = KMeans(n_clusters=K, init=init, n_init=1, max_iter=iterations, tol=0, algorithm="lloyd")
                seconds, fitted = timed(lambda: model.fit(lloyd_x))
                runs["sklearn lloyd"][iterations].append((seconds, fitted.n_iter_))

    def per_iteration(who):
        short, long = runs[who][1], runs[who][1 + LLOYD_ITERATIONS]
        if not long or max(i for _, i in long) <= 1:
            return float("nan")
        done = statistics.median(i for _, i in long) - statistics.median(i for _, i in short)
        return (median([s for s, _ in long]) - median([s for s, _ in short])) / done

    # An iteration must read x once and write one label per row; the rest (k x d centres) stays in cache.
    bytes_per_iteration = x.nbytes + rows * 4
    floor = bytes_per_iteration / (bandwidth["gigabytes_per_second"] * 1e9)
    mine = per_iteration("segmenta")
    print("  one Lloyd iteration (overlapping blobs, %d more iterations timed):" % LLOYD_ITERATIONS)
    print("                       segmenta %.2f ms, floor %.2f ms (%.0f MB / %.1f GB/s) -> %.1fx the floor"
          % (mine * 1e3, floor * 1e3, bytes_per_iteration / 1e6, bandwidth["gigabytes_per_second"], mine / floor))
    if have_sklearn:
        theirs = per_iteration("sklearn lloyd")
        print("                       sklearn lloyd %.2f ms -> %.1fx the floor, ratio %.2f"
              % (theirs * 1e3, theirs / floor, theirs / mine))

    # (b) silhouette
    print("\n(b) exact silhouette, %d x %d, %d segments" % (silhouette_rows, columns, K))
    xs = np.load(silhouette_data)
    labels = np.load(silhouette_labels)
    mine_runs, theirs_runs = [], []
    for _ in range(repeats):
        run = ours(binary, "silhouette", data=silhouette_data, labels=silhouette_labels)
        mine_runs.append((run["seconds"], run["mean"]))
        if have_sklearn:
            theirs_runs.append(timed(lambda: silhouette_score(xs, labels)))
    mine = median([s for s, _ in mine_runs])
    print("  %-14s %9.3f s  mean %.12f" % ("segmenta", mine, mine_runs[0][1]))
    if have_sklearn:
        theirs = median([s for s, _ in theirs_runs])
        print("  %-14s %9.3f s  mean %.12f  ratio %.2f" % ("sklearn", theirs, theirs_runs[0][1], theirs / mine))
        if abs(mine_runs[0][1] - theirs_runs[0][1]) > SILHOUETTE_SLACK:
            failures.append("silhouette %.12f differs from scikit-learn's %.12f" % (mine_runs[0][1], theirs_runs[0][1]))
    else:
        print("  sklearn        skipped: scikit-learn not installed")

    # (c) Gaussian mixture and mini-batch k-means
    mixture_rows = min(rows, 10_000 if args.smoke else 100_000)
    mixture_data = os.path.join(work_dir, "mixture_x.npy")
    np.save(mixture_data, x[:mixture_rows])
    xm = x[:mixture_rows]
    print("\n(c) Gaussian mixture, k = %d, n_init = 1, %d x %d" % (K, mixture_rows, columns))
    print("  %-6s %-10s %9s %22s %7s" % ("cov", "who", "seconds", "log-likelihood", "ratio"))
    for covariance in ("full", "diag"):
        mine_runs, theirs_runs = [], []
        for _ in range(repeats):
            run = ours(binary, "gmm", data=mixture_data, k=K, init_count=1, covariance=covariance, seed=SEED)
            mine_runs.append((run["seconds"], run["log_likelihood"]))
            if have_sklearn:
                from sklearn.mixture import GaussianMixture
                model = GaussianMixture(n_components=K, covariance_type=covariance, n_init=1, random_state=SEED)
                seconds, fitted = timed(lambda: model.fit(xm))
                theirs_runs.append((seconds, fitted.score(xm) * mixture_rows))
        mine = median([s for s, _ in mine_runs])
        print("  %-6s %-10s %9.3f %22.6f" % (covariance, "segmenta", mine, max(l for _, l in mine_runs)))
        if have_sklearn:
            theirs = median([s for s, _ in theirs_runs])
            best = max(l for _, l in theirs_runs)
            print("  %-6s %-10s %9.3f %22.6f %7.2f" % (covariance, "sklearn", theirs, best, theirs / mine))
            if max(l for _, l in mine_runs) < best - 1e-3 * mixture_rows:
                failures.append("mixture (%s) log-likelihood below scikit-learn's" % covariance)
    print("\n    mini-batch k-means, k = %d, batch 1024, %d x %d" % (K, rows, columns))
    mine_runs, theirs_runs = [], []
    for _ in range(repeats):
        run = ours(binary, "minibatch", data=data, k=K, batch_size=1024, init_count=3, seed=SEED)
        mine_runs.append((run["seconds"], run["inertia"]))
        if have_sklearn:
            from sklearn.cluster import MiniBatchKMeans
            model = MiniBatchKMeans(n_clusters=K, batch_size=1024, n_init=3, random_state=SEED)
            theirs_runs.append(timed(lambda: model.fit(x).inertia_))
    mine = median([s for s, _ in mine_runs])
    print("  %-10s %9.3f s  inertia %.6f" % ("segmenta", mine, min(i for _, i in mine_runs)))
    if have_sklearn:
        theirs = median([s for s, _ in theirs_runs])
        print("  %-10s %9.3f s  inertia %.6f  ratio %.2f" % ("sklearn", theirs, min(i for _, i in theirs_runs),
                                                            theirs / mine))

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
