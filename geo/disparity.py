"""Disparity measures: small, pure functions on arrays of unit values.

Missing values (NaN) are dropped together with their weights before computing;
callers report how many units were left out.
"""
from __future__ import annotations

import numpy as np


def weighted_mean(values, weights) -> float:
    """Weighted arithmetic mean ``Σ wᵢ·xᵢ / Σ wᵢ`` over the units where both are known.

    Used with population weights, it is the mean a resident of the region meets:
    a city of 500,000 counts 50 times as much as a town of 10,000. For a rate whose
    denominator is the population it equals the rate of the whole region.

    >>> weighted_mean([10.0, 20.0], [1, 3])
    17.5
    >>> weighted_mean([10.0, float("nan")], [1, 3])
    10.0
    """
    values = np.asarray(values, dtype=float)
    weights = np.asarray(weights, dtype=float)
    known = ~(np.isnan(values) | np.isnan(weights))
    if not known.any() or weights[known].sum() <= 0:
        return float("nan")
    return float(np.sum(values[known] * weights[known]) / np.sum(weights[known]))
