#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""Writes gaussian_mixture.csv: scikit-learn's GaussianMixture fitted to two real datasets, as the known
answer for tests/engine/cluster/GaussianMixtureTest.cpp.

Run from anywhere:  /usr/bin/python3 tests/reference/make_gaussian_mixture.py [shared data dir]
Made with scikit-learn 1.2.1 and numpy 1.24.2 (Debian 12 python3-sklearn).

Datasets (read by the test itself from the shared data dir):
  wholesale  the six spending columns of the UCI Wholesale customers data, z-scored (StandardScaler:
             column mean 0, population standard deviation 1); k = 4
  mall       annual income and spending score of the Mall customers data, z-scored the same way; k = 5
Each is fitted with GaussianMixture(n_components=k, covariance_type=full|diag, n_init=100, random_state=0)
and its defaults otherwise (init_params="kmeans", tol=1e-3, reg_covar=1e-6, max_iter=100). 100 starts, not
10: on Wholesale only about one k-means start in seven (scikit-learn's and ours alike) reaches the best
optimum, so a best of 10 is a matter of luck on either side; with 100 both find it.

Output rows: dataset,covariance,quantity,index,value with quantity one of
  log_likelihood  score(X) * rows (index 0)
  bic             bic(X) (index 0)
  parameters      _n_parameters() (index 0)
  converged, n_iter (index 0)
  weight          weights_[index]
  mean            means_[j, c] at index j * columns + c
  covariance      the covariance of component j as a full matrix, entry (a, b) at index
                  j * columns * columns + a * columns + b (diag: zero off the diagonal)
Values are written with repr(), which round-trips doubles exactly.
"""
import os
import sys

import numpy as np
import sklearn
from sklearn.mixture import GaussianMixture
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
mall = StandardScaler().fit_transform(read_columns(os.path.join("mall_customers", "Mall_Customers.csv"),
                                                   ["Annual Income (k$)", "Spending Score (1-100)"]))
assert mall.shape == (200, 2)

out = ["# scikit-learn %s, numpy %s: GaussianMixture(n_components=k, covariance_type, n_init=100, "
       "random_state=0) on z-scored data" % (sklearn.__version__, np.__version__),
       "dataset,covariance,quantity,index,value"]

for name, x, k in (("wholesale", wholesale, 4), ("mall", mall, 5)):
    for covariance in ("full", "diag"):
        model = GaussianMixture(n_components=k, covariance_type=covariance, n_init=100, random_state=0).fit(x)
        rows, columns = x.shape

        def put(quantity, index, value):
            out.append("%s,%s,%s,%d,%r" % (name, covariance, quantity, index, value))

        put("log_likelihood", 0, float(model.score(x) * rows))
        put("bic", 0, float(model.bic(x)))
        put("parameters", 0, int(model._n_parameters()))
        put("converged", 0, int(model.converged_))
        put("n_iter", 0, int(model.n_iter_))
        for j in range(k):
            put("weight", j, float(model.weights_[j]))
            for c in range(columns):
                put("mean", j * columns + c, float(model.means_[j, c]))
            full = model.covariances_[j] if covariance == "full" else np.diag(model.covariances_[j])
            for a in range(columns):
                for b in range(columns):
                    put("covariance", j * columns * columns + a * columns + b, float(full[a, b]))

with open(os.path.join(here, "gaussian_mixture.csv"), "w") as f:
    f.write("\n".join(out) + "\n")
