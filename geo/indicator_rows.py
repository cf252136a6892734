"""The long table every step produces and the app reads: one value per unit, indicator and year.

Columns: ``ags`` (official key; ``DG`` Germany, ``05`` NRW, ``RVR`` the Ruhr as a
whole), ``level`` (:data:`LEVELS`), ``indicator`` (catalog id), ``year`` (the
reference year; for a multi-year figure the last year, with ``period`` such as
``2017-2022``), ``value`` (NaN when missing), ``flag`` (official symbol, see
:mod:`geo.genesis`), ``source_id``, ``year_verified`` (False keeps a value out of
time series and maps) and ``note``.
"""

from __future__ import annotations

import pandas as pd

COLUMNS = ["ags", "level", "indicator", "year", "period", "value", "flag", "source_id", "year_verified", "note"]
#: Levels of the map first, then the references they are compared with.
LEVELS = ("gemeinde", "kreis", "ruhr", "land", "bund")
MAP_LEVELS = ("gemeinde", "kreis")
RUHR = "RVR"


def level_of_code(code: str) -> str | None:
    """The level an official key denotes: 8 digits Gemeinde, 5 digits Kreis, ``RVR`` the Ruhr."""
    if code == RUHR:
        return "ruhr"
    if code.isdigit():
        return {8: "gemeinde", 5: "kreis"}.get(len(code))
    return None


def canonical(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows in a fixed order and dtypes, so the written pack is byte-identical for identical inputs."""
    order = {level: i for i, level in enumerate(LEVELS)}
    frame = frame[COLUMNS].copy()
    frame["year"] = frame["year"].astype(int)
    frame["value"] = frame["value"].astype(float)
    frame["year_verified"] = frame["year_verified"].astype(bool)
    frame = frame.assign(_level=frame["level"].map(order))
    frame = frame.sort_values(["indicator", "_level", "ags", "year", "source_id"], kind="mergesort")
    return frame.drop(columns="_level").reset_index(drop=True)
