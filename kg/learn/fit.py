"""Fitting one relation's classifier with scikit-learn, calibrated out of fold by article.

Training needs scikit-learn; extraction does not: the fitted model is written as plain
numbers (a weight per feature string, a bias, and the calibration curve as points), and
``kg.learn.model`` scores a candidate with a dictionary lookup per feature, one ``exp`` and
a linear interpolation.

Calibration: every training candidate is scored by a classifier fitted without its article
(``GroupKFold`` over articles), and an isotonic regression maps those out-of-fold scores to
the fraction that were right. The shipped classifier is then fitted on all the articles; its
probability is read through that curve. So a statement's confidence is the precision that
statements of its score had on articles the classifier had not seen.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter

import numpy as np

C = 0.5  # inverse L2 strength of the logistic regression
MIN_COUNT = 2  # features seen fewer times than this in training are dropped
CLASS_WEIGHT: str | None = None  # scikit-learn's class_weight ("balanced" reweights positives)
FOLDS = 5


@dataclass(frozen=True)
class Fitted:
    weights: dict[str, float]
    bias: float
    calibration: tuple[tuple[float, float], ...]  # (raw probability, calibrated), ascending
    oof: tuple[float, ...]  # calibrated out-of-fold probability per training row


def _matrix(rows: Sequence[tuple[str, ...]], index: dict[str, int]):  # type: ignore[no-untyped-def]
    from scipy.sparse import csr_matrix

    indptr, cols = [0], []
    for r in rows:
        cols.extend(sorted({index[f] for f in r if f in index}))
        indptr.append(len(cols))
    data = np.ones(len(cols))
    return csr_matrix((data, np.array(cols, dtype=np.int64), np.array(indptr)),
                      shape=(len(rows), len(index)))


def _fit(rows: Sequence[tuple[str, ...]], y: np.ndarray) -> tuple[dict[str, float], float]:
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for r in rows for f in set(r))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    if len(set(y.tolist())) < 2 or not vocab:
        rate = float(y.mean()) if len(y) else 0.0
        return {}, round(float(np.log((rate + 1e-3) / (1 - rate + 1e-3))), 4)
    index = {f: k for k, f in enumerate(vocab)}
    clf = LogisticRegression(C=C, solver="lbfgs", max_iter=2000, tol=1e-6,
                             class_weight=CLASS_WEIGHT)
    clf.fit(_matrix(rows, index), y)
    weights = {
        f: round(float(w), 4) for f, w in zip(vocab, clf.coef_[0], strict=True) if abs(w) >= 5e-3
    }
    return weights, round(float(clf.intercept_[0]), 4)


def raw_score(weights: dict[str, float], bias: float, features: tuple[str, ...]) -> float:
    # fsum is exact, so the set's order (it follows the hash seed) cannot change the score;
    # only the features the model weighs are summed (the same sum: the others add 0.0)
    z = bias + math.fsum(map(weights.__getitem__, weights.keys() & features))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def interpolate(curve: Sequence[tuple[float, float]], x: float) -> float:
    """The calibration curve at ``x`` (linear between points, flat outside them; the
    points' scores never decrease, so the segment is found by bisection)."""
    if not curve:
        return 0.0
    if x <= curve[0][0]:
        return curve[0][1]
    k = bisect_left(curve, x, lo=1, key=itemgetter(0))  # the first point at or past x
    if k == len(curve):
        return curve[-1][1]
    (x0, y0), (x1, y1) = curve[k - 1], curve[k]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def _curve(scores: np.ndarray, y: np.ndarray) -> tuple[tuple[float, float], ...]:
    from sklearn.isotonic import IsotonicRegression

    if not len(y) or y.min() == y.max():
        return ((0.0, float(y.mean()) if len(y) else 0.0),)
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
    iso.fit(scores, y)
    # Isotonic regression gives steps: a run of scores with one precision. A decision
    # threshold that falls on a step's edge moves with the noise of a few training articles
    # (a step at 0.49 or at 0.51 made 101 or 248 statements from nearly the same data), so the
    # curve goes through each step's middle instead, rising between steps.
    points: list[tuple[float, float]] = []
    steps = zip(iso.X_thresholds_.tolist(), iso.y_thresholds_.tolist(), strict=True)
    for v, step in groupby(steps, key=itemgetter(1)):
        xs = [x for x, _ in step]
        p = (round((xs[0] + xs[-1]) / 2, 4), round(v, 4))
        if not points or p[0] > points[-1][0]:
            points.append(p)
    return tuple(points)


def fit_property(
    rows: Sequence[tuple[str, ...]], labels: Sequence[bool], groups: Sequence[str]
) -> Fitted:
    """Fit on all rows; calibrate on out-of-fold scores (articles held out together)."""
    from sklearn.model_selection import GroupKFold

    y = np.array(labels, dtype=np.int64)
    weights, bias = _fit(rows, y)
    n_groups = len(set(groups))
    if n_groups < 2 or not y.any():
        scores = np.array([raw_score(weights, bias, r) for r in rows])
        curve = _curve(scores, y) if n_groups < 2 else ((0.0, 0.0),)
        return Fitted(weights, bias, curve, tuple(interpolate(curve, s) for s in scores))
    oof = np.zeros(len(rows))
    splitter = GroupKFold(n_splits=min(FOLDS, n_groups))
    for train, held in splitter.split(np.zeros(len(rows)), y, np.array(groups)):
        w, b = _fit([rows[i] for i in train], y[train])
        oof[held] = [raw_score(w, b, rows[i]) for i in held]
    curve = _curve(oof, y)
    return Fitted(weights, bias, curve, tuple(interpolate(curve, s) for s in oof))
