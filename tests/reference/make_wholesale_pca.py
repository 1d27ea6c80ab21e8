#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""Writes wholesale_pca.csv: scikit-learn's PCA of the six spending columns of the UCI Wholesale
customers data, raw and z-scored, as the known answer for tests/engine/projection/PcaTest.cpp.

Run from anywhere:  /usr/bin/python3 tests/reference/make_wholesale_pca.py [shared data dir]
Made with scikit-learn 1.2.1 and numpy 1.24.2 (Debian 12 python3-sklearn).

Output rows: scaling,quantity,index,v0..v5 where scaling is "raw" (the integers as stored) or "zscore"
(StandardScaler: column mean 0, population standard deviation 1) and quantity is one of
mean (index 0), explained_variance / explained_variance_ratio (index 0, one value per component),
component (index = component number, its six loadings) and transformed (index = data row, its six
scores). Values are written with repr(), which round-trips doubles exactly.
"""
import os
import sys

import numpy as np
import sklearn
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler

SPENDING = ["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"]
TRANSFORMED_ROWS = [0, 1, 2, 181, 439]  # a few rows, including the one with the largest Fresh value

here = os.path.dirname(os.path.abspath(__file__))
data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data")
path = os.path.join(data_dir, "wholesale_customers", "Wholesale customers data.csv")

with open(path, newline="") as f:
    lines = f.read().splitlines()
header = lines[0].split(",")
columns = [header.index(name) for name in SPENDING]
x = np.array([[float(line.split(",")[c]) for c in columns] for line in lines[1:]])
assert x.shape == (440, 6)

out = ["# scikit-learn %s, numpy %s: PCA(n_components=6, svd_solver='full') of the 6 spending columns"
       % (sklearn.__version__, np.__version__),
       "scaling,quantity,index," + ",".join("v%d" % i for i in range(6))]


def row(scaling, quantity, index, values):
    out.append(",".join([scaling, quantity, str(index)] + [repr(float(v)) for v in values]))


for scaling, data in (("raw", x), ("zscore", StandardScaler().fit_transform(x))):
    pca = PCA(n_components=6, svd_solver="full").fit(data)
    row(scaling, "mean", 0, pca.mean_)
    row(scaling, "explained_variance", 0, pca.explained_variance_)
    row(scaling, "explained_variance_ratio", 0, pca.explained_variance_ratio_)
    for i, component in enumerate(pca.components_):
        row(scaling, "component", i, component)
    scores = pca.transform(data)
    for r in TRANSFORMED_ROWS:
        row(scaling, "transformed", r, scores[r])

with open(os.path.join(here, "wholesale_pca.csv"), "w", newline="\n") as f:
    f.write("\n".join(out) + "\n")
