#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
"""Known answers for tests/engine/projection/TsneTest.cpp (Tsne.SeparatesBlobsAndKeepsNeighbourhoods):
scikit-learn's t-SNE on the test's 5 Gaussian blobs x 200 points in 10-D, and the trustworthiness
(k = 10) and KL divergence it reaches.

The blobs are regenerated exactly as the test does: mt19937_64 (seed 7), uniform = (top 53 bits + 0.5)
/ 2^53, centres spread * (2u - 1) with spread 8, then per value radius = sqrt(-2 ln u1), angle 2 pi u2.
The t-SNE settings are the test's: perplexity 30, 500 iterations, PCA initialisation, early
exaggeration 12 for 250 iterations, theta (angle) 0.5, and the same step: Segmenta's automatic learning
rate max(n / 12, 50) is in openTSNE's gradient convention (without the factor 4), i.e. scikit-learn's
learning_rate = max(n / 12, 50) / 4.

  /usr/bin/python3 tests/reference/make_tsne_blobs.py   (writes tsne_blobs_*.txt next to itself)
"""
import math
import os

import numpy as np
import sklearn
from sklearn.manifold import TSNE, trustworthiness

MASK = (1 << 64) - 1


class Mt19937_64:
    """std::mt19937_64, as the C++ standard defines it."""

    def __init__(self, seed):
        self.state = [0] * 312
        self.state[0] = seed & MASK
        for i in range(1, 312):
            previous = self.state[i - 1]
            self.state[i] = (6364136223846793005 * (previous ^ (previous >> 62)) + i) & MASK
        self.index = 312

    def __call__(self):
        if self.index >= 312:
            for i in range(312):
                y = (self.state[i] & 0xFFFFFFFF80000000) | (self.state[(i + 1) % 312] & 0x7FFFFFFF)
                value = self.state[(i + 156) % 312] ^ (y >> 1)
                if y & 1:
                    value ^= 0xB5026F5AA96619E9
                self.state[i] = value
            self.index = 0
        y = self.state[self.index]
        self.index += 1
        y ^= (y >> 29) & 0x5555555555555555
        y ^= (y << 17) & 0x71D67FFFEDA60000
        y ^= (y << 37) & 0xFFF7EEE000000000
        y ^= y >> 43
        return y & MASK


def make_blobs(rows, columns, blobs, spread, seed):
    generator = Mt19937_64(seed)
    uniform = lambda: ((generator() >> 11) + 0.5) / 2.0**53
    centres = np.array([spread * (2.0 * uniform() - 1.0) for _ in range(blobs * columns)]).reshape(blobs, columns)
    x = np.empty((rows, columns))
    for i in range(rows):
        for j in range(columns):
            radius = math.sqrt(-2.0 * math.log(uniform()))
            x[i, j] = centres[i % blobs, j] + radius * math.cos(2.0 * math.pi * uniform())
    return x, np.arange(rows) % blobs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    x, _ = make_blobs(1000, 10, 5, 8.0, 7)
    learning_rate = max(len(x) / 12.0, 50.0) / 4.0
    tsne = TSNE(n_components=2, perplexity=30.0, early_exaggeration=12.0, learning_rate=learning_rate,
                n_iter=500, init="pca", method="barnes_hut", angle=0.5, random_state=0)
    layout = tsne.fit_transform(x)
    trust = trustworthiness(x, layout, n_neighbors=10)
    with open(os.path.join(here, "tsne_blobs_trustworthiness.txt"), "w") as out:
        out.write("%.10f\n" % trust)
    with open(os.path.join(here, "tsne_blobs_kl.txt"), "w") as out:
        out.write("%.10f\n" % tsne.kl_divergence_)
    print("scikit-learn %s: trustworthiness(k=10) %.10f, KL %.10f, first row %r"
          % (sklearn.__version__, trust, tsne.kl_divergence_, x[0, :3].tolist()))


if __name__ == "__main__":
    main()
