"""Disparity measures: small, pure functions on arrays of unit values.

All take ``values`` and optional population ``weights``: weighted, a measure
describes the region's people (a city of 500,000 counts 50 times as much as a
town of 10,000); unweighted (``weights=None``), every unit counts once. Missing
values (NaN) are dropped together with their weights before computing; callers
report how many units were left out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def _known(values, weights):
    values = np.asarray(values, dtype=float)
    weights = np.ones_like(values) if weights is None else np.asarray(weights, dtype=float)
    keep = ~(np.isnan(values) | np.isnan(weights))
    return values[keep], weights[keep]


def weighted_mean(values, weights=None) -> float:
    """Weighted arithmetic mean ``Σ wᵢ·xᵢ / Σ wᵢ`` over the units where both are known.

    For a rate whose denominator is the population, the population-weighted mean
    of the unit rates equals the rate of the whole region.

    >>> weighted_mean([10.0, 20.0], [1, 3])
    17.5
    >>> weighted_mean([10.0, float("nan")], [1, 3])
    10.0
    """
    x, w = _known(values, weights)
    if x.size == 0 or w.sum() <= 0:
        return float("nan")
    return float(np.sum(w * x) / np.sum(w))


def weighted_median(values, weights=None) -> float:
    """The value below which half of the weight lies (lower median on an exact tie).

    >>> weighted_median([1.0, 2.0, 3.0], [1, 1, 1]), weighted_median([1.0, 2.0, 10.0], [1, 1, 5])
    (2.0, 10.0)
    """
    x, w = _known(values, weights)
    if x.size == 0:
        return float("nan")
    order = np.argsort(x, kind="mergesort")
    cumulative = np.cumsum(w[order])
    return float(x[order][np.searchsorted(cumulative, cumulative[-1] / 2)])


def weighted_std(values, weights=None) -> float:
    """Standard deviation around the weighted mean, ``sqrt(Σ wᵢ (xᵢ − μ)² / Σ wᵢ)`` (population form)."""
    x, w = _known(values, weights)
    if x.size == 0:
        return float("nan")
    mean = np.sum(w * x) / np.sum(w)
    return float(np.sqrt(np.sum(w * (x - mean) ** 2) / np.sum(w)))


def coefficient_of_variation(values, weights=None) -> float:
    """Standard deviation divided by the mean: spread in units of the mean, comparable across indicators.

    >>> round(coefficient_of_variation([2.0, 4.0, 6.0]), 6)  # sd = sqrt(8/3), mean 4
    0.408248
    """
    mean = weighted_mean(values, weights)
    return weighted_std(values, weights) / mean if mean else float("nan")


def gini(values, weights=None) -> float:
    """Gini coefficient ``Σᵢ Σⱼ wᵢ wⱼ |xᵢ − xⱼ| / (2 (Σ w)² μ)``; 0 = all equal, near 1 = one unit has it all.

    Defined for non-negative values with a positive mean; NaN otherwise.

    >>> round(gini([1.0, 1.0, 1.0, 1.0]), 6), round(gini([0.0, 0.0, 0.0, 4.0]), 6)
    (0.0, 0.75)
    """
    x, w = _known(values, weights)
    if x.size == 0 or np.any(x < 0):
        return float("nan")
    mean = np.sum(w * x) / np.sum(w)
    if mean <= 0:
        return float("nan")
    differences = np.abs(x[:, None] - x[None, :])
    return float(np.sum(w[:, None] * w[None, :] * differences) / (2 * np.sum(w) ** 2 * mean))


def theil(values, weights=None) -> float:
    """Theil T index ``Σ pᵢ (xᵢ/μ) ln(xᵢ/μ)`` with population shares ``pᵢ = wᵢ / Σ w``.

    0 = all equal; it grows as the values concentrate. Defined for non-negative
    values (a zero contributes 0, as 0·ln 0 → 0); NaN if any value is negative.

    >>> round(theil([0.0, 0.0, 0.0, 10.0, 10.0, 10.0]), 6) == round(float(np.log(2)), 6)
    True
    """
    x, w = _known(values, weights)
    if x.size == 0 or np.any(x < 0):
        return float("nan")
    p = w / np.sum(w)
    mean = np.sum(p * x)
    if mean <= 0:
        return float("nan")
    ratio = x / mean
    terms = np.where(ratio > 0, ratio * np.log(np.where(ratio > 0, ratio, 1.0)), 0.0)
    return float(np.sum(p * terms))


@dataclass(frozen=True)
class TheilParts:
    """``total = between + within``; ``between_share`` says how much of the inequality lies between the groups."""

    total: float
    between: float
    within: float

    @property
    def between_share(self) -> float:
        return self.between / self.total if self.total > 0 else float("nan")


def theil_decomposition(values, weights, groups) -> TheilParts:
    """Exact split of Theil T into a between-group and a within-group part.

    ``between = Σ_g s_g ln(μ_g / μ)`` and ``within = Σ_g s_g T_g``, where ``s_g`` is
    group g's share of the total (``P_g μ_g / (P μ)``) and ``T_g`` its own Theil T.
    The between part is the inequality that would remain if every unit had its
    group's mean: with zones north and south, the share of the region's
    inequality that is the north/south divide.

    >>> parts = theil_decomposition([0.0, 0.0, 0.0, 10.0, 10.0, 10.0], None, ["a", "a", "a", "b", "b", "b"])
    >>> round(parts.between, 6) == round(float(np.log(2)), 6), parts.within
    (True, 0.0)
    """
    values = np.asarray(values, dtype=float)
    weights = np.ones_like(values) if weights is None else np.asarray(weights, dtype=float)
    groups = np.asarray(groups, dtype=object)
    keep = ~(np.isnan(values) | np.isnan(weights))
    values, weights, groups = values[keep], weights[keep], groups[keep]
    total = theil(values, weights)
    if np.isnan(total):
        return TheilParts(float("nan"), float("nan"), float("nan"))
    mean = weighted_mean(values, weights)
    between = within = 0.0
    for group in dict.fromkeys(groups):
        mine = groups == group
        group_mean = weighted_mean(values[mine], weights[mine])
        share = np.sum(weights[mine]) * group_mean / (np.sum(weights) * mean)
        if share > 0:
            between += share * np.log(group_mean / mean)
            within += share * theil(values[mine], weights[mine])
    return TheilParts(total=total, between=float(between), within=float(within))


@dataclass(frozen=True)
class Gap:
    """How far zone a lies from zone b: ``difference = a − b``, ``ratio = a / b``."""

    difference: float
    ratio: float


def zone_gap(mean_a: float, mean_b: float) -> Gap:
    """
    >>> zone_gap(12.0, 8.0)
    Gap(difference=4.0, ratio=1.5)
    """
    return Gap(difference=mean_a - mean_b, ratio=mean_a / mean_b if mean_b else float("nan"))


def pearson(x, y) -> float:
    """Pearson correlation of the pairs where both values are known (each unit counts once)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    keep = ~(np.isnan(x) | np.isnan(y))
    if keep.sum() < 3 or np.std(x[keep]) == 0 or np.std(y[keep]) == 0:
        return float("nan")
    return float(np.corrcoef(x[keep], y[keep])[0, 1])


def least_squares_line(x, y) -> tuple[float, float]:
    """``(slope, intercept)`` of the ordinary least-squares line through the known pairs."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    keep = ~(np.isnan(x) | np.isnan(y))
    if keep.sum() < 2 or np.std(x[keep]) == 0:
        return float("nan"), float("nan")
    slope, intercept = np.polyfit(x[keep], y[keep], 1)
    return float(slope), float(intercept)
