#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""Writes the known answers of tests/engine/cluster/HierarchicalTest.cpp: scipy's hierarchical clustering
of two real datasets with Ward, average, complete and single linkage.

Run from anywhere:  /usr/bin/python3 tests/reference/make_hierarchical.py [shared data dir]
Made with scipy 1.10.1 and numpy 1.24.2 (Debian 12 python3-scipy).

Datasets (read by the test itself from the shared data dir):
  wholesale  the six spending columns of the UCI Wholesale customers data (440 rows), z-scored with the
             population standard deviation (StandardScaler; Segmenta's fitZScore). No two distances tie.
  mall       annual income and spending score of the Mall customers data (200 rows), unscaled: small
             integers, so many distances tie exactly; it checks that ties are broken as scipy breaks them.

hierarchical_merges.csv    dataset,linkage,merge,left,right,height,size: scipy.cluster.hierarchy.linkage(x,
                           method) row by row (Z[i] = left, right, height, size).
hierarchical_clusters.csv  dataset,linkage,k,row,cluster: fcluster(Z, k, "maxclust") for k = 2..6.
Heights are written with repr(), which round-trips doubles exactly.
"""
import os
import sys

import numpy as np
import scipy
from scipy.cluster.hierarchy import fcluster, linkage

here = os.path.dirname(os.path.abspath(__file__))
data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data")
LINKAGES = ("ward", "average", "complete", "single")


def read_columns(relative_path, names):
    with open(os.path.join(data_dir, relative_path), newline="") as f:
        lines = f.read().splitlines()
    header = lines[0].split(",")
    columns = [header.index(name) for name in names]
    return np.array([[float(line.split(",")[c]) for c in columns] for line in lines[1:] if line])


wholesale = read_columns(os.path.join("wholesale_customers", "Wholesale customers data.csv"),
                         ["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"])
wholesale = (wholesale - wholesale.mean(axis=0)) / wholesale.std(axis=0)
assert wholesale.shape == (440, 6)
mall = read_columns(os.path.join("mall_customers", "Mall_Customers.csv"),
                    ["Annual Income (k$)", "Spending Score (1-100)"])
assert mall.shape == (200, 2)

header = "# scipy %s, numpy %s: scipy.cluster.hierarchy.linkage(x, method)" % (scipy.__version__, np.__version__)
merges = [header, "dataset,linkage,merge,left,right,height,size"]
clusters = [header + ", then fcluster(Z, k, 'maxclust')", "dataset,linkage,k,row,cluster"]
for name, x in (("wholesale", wholesale), ("mall", mall)):
    for method in LINKAGES:
        z = linkage(x, method)
        for i, (left, right, height, size) in enumerate(z):
            merges.append("%s,%s,%d,%d,%d,%r,%d" % (name, method, i, left, right, float(height), size))
        for k in range(2, 7):
            for row, cluster in enumerate(fcluster(z, k, "maxclust")):
                clusters.append("%s,%s,%d,%d,%d" % (name, method, k, row, cluster))

for file_name, lines in (("hierarchical_merges.csv", merges), ("hierarchical_clusters.csv", clusters)):
    with open(os.path.join(here, file_name), "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
