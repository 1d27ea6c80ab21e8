#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""Writes cluster_quality.csv: scikit-learn's silhouette (per row and mean), Calinski-Harabasz and
Davies-Bouldin scores for a fixed labelling of two real datasets, as the known answer for
tests/engine/cluster/ClusterQualityTest.cpp.

Run from anywhere:  /usr/bin/python3 tests/reference/make_cluster_quality.py [shared data dir]
Made with scikit-learn 1.2.1 and numpy 1.24.2 (Debian 12 python3-sklearn).

Datasets (the data themselves are read by the test from the shared data dir; the labels are stored here,
so the test does not depend on our k-means agreeing with scikit-learn's):
  wholesale  the six spending columns of the UCI Wholesale customers data, z-scored (StandardScaler:
             column mean 0, population standard deviation 1); labels of KMeans(n_clusters=4,
             random_state=0, n_init=10)
  mall       annual income and spending score of the Mall customers data, unscaled; labels of
             KMeans(n_clusters=5, random_state=0, n_init=10)

Output rows: dataset,quantity,index,value with quantity one of label (index = row), silhouette (index =
row, silhouette_samples), silhouette_score, calinski_harabasz, davies_bouldin (index 0). Values are
written with repr(), which round-trips doubles exactly.
"""
import os
import sys

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import (calinski_harabasz_score, davies_bouldin_score, silhouette_samples,
                             silhouette_score)
from sklearn.preprocessing import StandardScaler

here = os.path.dirname(os.path.abspath(__file__))
data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data")


def read_columns(relative_path, names):
    with open(os.path.join(data_dir, relative_path), newline="") as f:
        lines = f.read().splitlines()
    header = lines[0].split(",")
    columns = [header.index(name) for name in names]
    return np.array([[float(line.split(",")[c]) for c in columns] for line in lines[1:] if line])


wholesale = StandardScaler().fit_transform(read_columns(
    os.path.join("wholesale_customers", "Wholesale customers data.csv"),
    ["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"]))
assert wholesale.shape == (440, 6)
mall = read_columns(os.path.join("mall_customers", "Mall_Customers.csv"),
                    ["Annual Income (k$)", "Spending Score (1-100)"])
assert mall.shape == (200, 2)

out = ["# scikit-learn %s, numpy %s: silhouette_samples/silhouette_score, calinski_harabasz_score, "
       "davies_bouldin_score of KMeans(random_state=0, n_init=10) labels" % (sklearn.__version__, np.__version__),
       "dataset,quantity,index,value"]

for name, x, k in (("wholesale", wholesale, 4), ("mall", mall, 5)):
    labels = KMeans(n_clusters=k, random_state=0, n_init=10).fit(x).labels_
    for i, label in enumerate(labels):
        out.append("%s,label,%d,%d" % (name, i, label))
    for i, value in enumerate(silhouette_samples(x, labels)):
        out.append("%s,silhouette,%d,%r" % (name, i, float(value)))
    out.append("%s,silhouette_score,0,%r" % (name, float(silhouette_score(x, labels))))
    out.append("%s,calinski_harabasz,0,%r" % (name, float(calinski_harabasz_score(x, labels))))
    out.append("%s,davies_bouldin,0,%r" % (name, float(davies_bouldin_score(x, labels))))

with open(os.path.join(here, "cluster_quality.csv"), "w", newline="\n") as f:
    f.write("\n".join(out) + "\n")
