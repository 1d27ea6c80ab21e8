#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""Known answers for the criteria-set transforms (tests/engine/criteria/CriteriaTransformTest.cpp).

Each transform of Segmenta's criteria sets applied by scikit-learn / SciPy / NumPy to a small skewed
column with ties and a negative value, written as criteria_transforms.csv (one column per transform).
Run: python3 tests/reference/make_criteria_transforms.py
"""
import os

import numpy as np
from scipy.stats import rankdata
from sklearn.preprocessing import MinMaxScaler, RobustScaler, StandardScaler

x = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 100, -2.5], dtype=float).reshape(-1, 1)
columns = {
    "value": x[:, 0],
    "zscore": StandardScaler().fit_transform(x)[:, 0],
    "log1p": StandardScaler().fit_transform(np.sign(x) * np.log1p(np.abs(x)))[:, 0],
    "minmax": MinMaxScaler().fit_transform(x)[:, 0],
    "robust": RobustScaler().fit_transform(x)[:, 0],
    "rank": (rankdata(x[:, 0], method="average") - 1) / (len(x) - 1),
}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "criteria_transforms.csv")
with open(out, "w") as f:
    f.write(",".join(columns) + "\n")
    for i in range(len(x)):
        f.write(",".join(repr(float(columns[c][i])) for c in columns) + "\n")
print("wrote", out)
