#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""Writes gower.csv: Gower dissimilarities on the Mall customers data and the optimal k-medoids of a
small subset, found by exhaustive search, as the known answer for tests/engine/cluster/GowerTest.cpp.

Run from anywhere:  /usr/bin/python3 tests/reference/make_gower.py [shared data dir]
Made with numpy 1.24.2 (Debian 12); no clustering library: Gower is computed here from its definition
(Gower 1971): the mean over variables of |a - b| / range (Age, Annual Income, Spending Score; range over
all 200 customers) and 0/1 mismatch (Genre).

Output rows: quantity,i,j,value with quantity one of
  gower      (i, j): the dissimilarity of customers in file rows i and j (0-based), for i in 0..4, all j
  medoid     (i = label position in the sorted medoid list, j = 0): the row of each optimal medoid of
             the first 20 customers, k = 3 (all 1140 triples tried; ties: the first in lexical order)
  cost       (0, 0): the optimal total dissimilarity of those 20 customers to their nearest medoid
Values are written with repr(), which round-trips doubles exactly.
"""
import csv
import itertools
import os
import sys

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data")
with open(os.path.join(data_dir, "mall_customers", "Mall_Customers.csv"), newline="") as f:
    rows = list(csv.reader(f))[1:]
genre = np.array([r[1] for r in rows])
numeric = np.array([[float(r[2]), float(r[3]), float(r[4])] for r in rows])

ranges = numeric.max(axis=0) - numeric.min(axis=0)
numeric_part = (np.abs(numeric[:, None, :] - numeric[None, :, :]) / ranges).sum(axis=2)
categorical_part = (genre[:, None] != genre[None, :]).astype(float)
gower = (numeric_part + categorical_part) / 4.0

subset = gower[:20, :20]
best_cost, best_medoids = None, None
for medoids in itertools.combinations(range(20), 3):
    cost = subset[:, medoids].min(axis=1).sum()
    if best_cost is None or cost < best_cost - 1e-12:
        best_cost, best_medoids = cost, medoids

with open(os.path.join(here, "gower.csv"), "w", newline="") as out:
    out.write("quantity,i,j,value\n")
    for i in range(5):
        for j in range(len(rows)):
            out.write(f"gower,{i},{j},{gower[i, j]!r}\n")
    for position, medoid in enumerate(best_medoids):
        out.write(f"medoid,{position},0,{medoid}\n")
    out.write(f"cost,0,0,{best_cost!r}\n")
