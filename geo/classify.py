"""Class breaks and colours for the choropleth.

``CLASSIFIERS`` names the methods a user can pick; each returns the upper bounds
of ``k`` classes (the last bound is the maximum), as mapclassify does:

* ``quantiles`` — about the same number of units in each class (mapclassify ``Quantiles``);
* ``natural_breaks`` — Fisher–Jenks optimal breaks that minimise the spread inside
  classes (mapclassify ``FisherJenks``; exact and deterministic, unlike the
  sampled ``NaturalBreaks``);
* ``equal_interval`` — classes of equal width between minimum and maximum;
* ``deviation`` — classes by distance from the (population-weighted) Ruhr mean in
  standard deviations: for 5 classes the bounds are mean ± 0.5 sd and ± 1.5 sd,
  so the middle class holds the places close to the Ruhr mean.

Breaks over several years at once (``fixed`` in the view state) keep one colour
meaning one value range across years — KomMonitor's "classify using the whole
time series" — so a map of 2005 and a map of 2021 can be compared honestly.

Colours are ColorBrewer schemes that stay distinguishable for the common forms
of colour blindness. The dark red end always means "worse": for an indicator
where a higher value is better the sequence is reversed. Neutral indicators use
a yellow–blue sequence without a good/bad reading.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import mapclassify
import numpy as np

K_RANGE = range(3, 8)  # 3 to 7 classes
MISSING_COLOUR = "#d9d9d9"

ORANGE_RED = {  # ColorBrewer OrRd, light → dark
    3: ["#fee8c8", "#fdbb84", "#e34a33"],
    4: ["#fef0d9", "#fdcc8a", "#fc8d59", "#d7301f"],
    5: ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"],
    6: ["#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#e34a33", "#b30000"],
    7: ["#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#990000"],
}
YELLOW_BLUE = {  # ColorBrewer YlGnBu, light → dark
    3: ["#edf8b1", "#7fcdbb", "#2c7fb8"],
    4: ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"],
    5: ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
    6: ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"],
    7: ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"],
}
RED_BLUE = {  # ColorBrewer RdBu, red → blue (odd sizes: a neutral middle)
    3: ["#ef8a62", "#f7f7f7", "#67a9cf"],
    5: ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"],
    7: ["#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"],
}
ORANGE_PURPLE = {  # ColorBrewer PuOr, orange → purple
    3: ["#f1a340", "#f7f7f7", "#998ec3"],
    5: ["#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"],
    7: ["#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"],
}


@dataclass(frozen=True)
class Breaks:
    """``upper[i]`` is the inclusive upper bound of class ``i``; ``lower`` the minimum of the data."""

    method: str
    lower: float
    upper: tuple[float, ...]

    @property
    def k(self) -> int:
        return len(self.upper)

    def ranges(self) -> list[tuple[float, float]]:
        """``(from, to)`` of every class, for the legend."""
        bounds = (self.lower, *self.upper)
        return list(zip(bounds[:-1], bounds[1:]))


def _mapclassify(name):
    def classify(values, k, **_):
        with warnings.catch_warnings():  # FisherJenks suggests numba; for 53 values plain Python is instant
            warnings.filterwarnings("ignore", message="Numba not installed")
            return getattr(mapclassify, name)(values, k=k).bins

    return classify


def _deviation(values, k, *, center, spread):
    if k % 2 == 0:
        raise ValueError("deviation classes need an odd k")
    multiples = np.arange(-(k // 2) + 0.5, k // 2, 1.0)  # k=5: -1.5, -0.5, 0.5, 1.5
    bounds = [center + m * spread for m in multiples]
    return np.array(bounds + [max(float(np.max(values)), bounds[-1])])


CLASSIFIERS = {
    "quantiles": _mapclassify("Quantiles"),
    "natural_breaks": _mapclassify("FisherJenks"),
    "equal_interval": _mapclassify("EqualInterval"),
    "deviation": _deviation,
}


def class_breaks(values, method: str, k: int, *, center: float | None = None, weights=None) -> Breaks:
    """Breaks for the known values (NaN ignored).

    ``center`` is the reference for ``deviation`` (the Ruhr mean); its spread is
    the standard deviation around that centre, weighted like the centre when
    ``weights`` are given. With fewer distinct values than classes, quantiles and
    natural breaks return fewer classes.

    >>> class_breaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "equal_interval", 3).upper
    (4.0, 7.0, 10.0)
    >>> class_breaks([8, 9, 10, 11, 12], "deviation", 3, center=10.0).upper  # sd = sqrt(2)
    (9.292893218813452, 10.707106781186548, 12.0)
    """
    if method not in CLASSIFIERS:
        raise ValueError(f"unknown classification {method!r}; choose one of {', '.join(CLASSIFIERS)}")
    values = np.asarray(values, dtype=float)
    known = ~np.isnan(values)
    data = values[known]
    if data.size == 0:
        return Breaks(method, float("nan"), ())
    extra = {}
    if method == "deviation":
        w = np.ones_like(data) if weights is None else np.asarray(weights, dtype=float)[known]
        extra = {"center": center, "spread": float(np.sqrt(np.sum(w * (data - center) ** 2) / np.sum(w)))}
    distinct = np.unique(data).size
    if method != "deviation" and distinct <= k:
        upper = np.unique(data)  # one class per distinct value
    else:
        upper = CLASSIFIERS[method](data, k, **extra)
    return Breaks(method, float(data.min()), tuple(float(b) for b in upper))


def assign(values, breaks: Breaks) -> np.ndarray:
    """Class index of every value (``-1`` for missing values).

    >>> assign([1, 4, 4.5, 10, float("nan")], Breaks("x", 1, (4, 7, 10))).tolist()
    [0, 0, 1, 2, -1]
    """
    values = np.asarray(values, dtype=float)
    classes = np.searchsorted(np.asarray(breaks.upper), values, side="left")
    classes = np.minimum(classes, breaks.k - 1)
    return np.where(np.isnan(values), -1, classes)


def colours(polarity: str, method: str, k: int) -> list[str]:
    """Colour of each class, lowest values first, with the worse end dark red.

    >>> colours("higher_is_better", "quantiles", 3)
    ['#e34a33', '#fdbb84', '#fee8c8']
    """
    if k < 3:  # fewer distinct values than classes: the ends (and middle) of the 3-class scheme
        return [colours(polarity, method, 3)[i] for i in ((1,) if k == 1 else (0, 2))]
    if method == "deviation":
        if polarity == "neutral":
            return ORANGE_PURPLE[k]
        blue_to_red = RED_BLUE[k][::-1]
        return blue_to_red if polarity == "higher_is_worse" else blue_to_red[::-1]
    if polarity == "neutral":
        return YELLOW_BLUE[k]
    light_to_dark = ORANGE_RED[k]
    return light_to_dark if polarity == "higher_is_worse" else light_to_dark[::-1]
