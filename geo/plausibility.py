"""Plausibility (build step): published values that cannot be right are held back, documented, never corrected.

Two rules run over the authored values (``values.csv``) of each series, one unit at a time:

``implausible_zero``
    A count (catalog ``aggregate = sum``) of exactly 0 with a value above 0 both before and after it in the
    unit's series. A town's working-age population cannot vanish for a year: INKAR gives Unna 0 for 2016
    between 38,337 (2015) and 36,277 (2017).

``implausible_jump``
    A spike: the change into a year and the change out of it (from the year before, to the year after; the
    log ratio where the series is positive, else the difference) both lie far outside

    * the unit's own history: its other year-on-year changes, and
    * the neighbours' movement: the same year's changes of the level's other units,

    in opposite directions. "Far" is a robust z-score (distance from the median in units of
    1.4826 × median absolute deviation) of more than :data:`JUMP_Z` against both. A change is compared only
    with at least :data:`MIN_CHANGES` others on each side, never across a series break
    (:mod:`geo.series_breaks`), and a series that moves in steps (most changes exactly 0, such as quintiles)
    is not checked: a step is its nature. A one-sided jump (a level that moves and stays) is not flagged:
    it may be real, or a break to record.

Tuned on the pack of 2026-12: the zero rule finds Unna 2016; the jump rule finds nothing at ``JUMP_Z`` = 5.
The nearest candidates lie at z ≈ 3.4 (Moers' working-age population in 2015, the year of the refugee
arrivals, +1.5 % then −1.6 %): real movements, so the threshold keeps a margin above them, while a value off
by a factor of two or more in a steady series scores far above it (tests/geo/test_plausibility.py).

``values.csv`` records each finding in its ``flag`` column (so the file says what the build does, and the
official figure stays as published); the build refuses a file whose flags differ from the rules' findings,
prints every finding, and ships the value as missing with the flag as its reason. Derived values that depend
on a held-back figure are missing too, with ``implausible_input`` (:mod:`geo.derive`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from geo import series_breaks
from geo.errors import InputError

ZERO = "implausible_zero"
JUMP = "implausible_jump"
INPUT = "implausible_input"
#: The flags a person writes into ``values.csv`` (``INPUT`` is only ever derived).
RULES = (ZERO, JUMP)
#: A change counts as far outside when its robust z-score exceeds this, against the unit and the year alike.
JUMP_Z = 5.0
#: The least number of other changes (of the unit; of the year) a change is compared with.
MIN_CHANGES = 5
#: A series in which more than this share of changes is exactly zero moves in steps and is not checked for jumps.
STEP_SHARE = 0.5
#: The smallest spread a change is measured in: 1 % for log ratios, 0.01 units for differences (a flat series
#: must not make a small wobble a jump).
MIN_SPREAD = 0.01
FINDING_COLUMNS = ["ags", "level", "indicator", "year", "value", "rule", "detail"]


def robust_z(value: float, others) -> float | None:
    """Distance of ``value`` from the median of ``others`` in robust standard deviations (1.4826 × MAD, at
    least :data:`MIN_SPREAD`); None without ``others`` to compare with.

    >>> round(robust_z(0.5, [0.0, 0.01, -0.01, 0.02, -0.02]), 1)
    33.7
    >>> robust_z(0.0, [0.0, 0.0, 0.0])
    0.0
    """
    if others is None:
        return None
    others = np.asarray(others, float)
    centre = np.median(others)
    spread = max(1.4826 * np.median(np.abs(others - centre)), MIN_SPREAD)
    return float((value - centre) / spread)


def check(rows: pd.DataFrame, counts: set[str], breaks: pd.DataFrame) -> pd.DataFrame:
    """The findings of both rules (:data:`FINDING_COLUMNS`) over the published values in ``rows`` (indicator
    rows of the Gemeinden and Kreise; unverified years are left out), in the order of the rows."""
    mine = rows[rows["year_verified"] & rows["level"].isin(("gemeinde", "kreis")) & rows["value"].notna()]
    found = []
    for (indicator, level), series in mine.groupby(["indicator", "level"], sort=True):
        table = series.pivot_table(index="ags", columns="year", values="value", aggfunc="first")
        zeros = _zeros(table, indicator, level) if indicator in counts else []
        for ags, _, _, year, *_ in zeros:
            table.loc[ags, year] = np.nan  # a zero is no base for a change
        found += zeros + _spikes(table, indicator, level, breaks)
    frame = pd.DataFrame(found, columns=FINDING_COLUMNS)
    return frame.astype({"year": int, "value": float})


def _zeros(table: pd.DataFrame, indicator: str, level: str) -> list[tuple]:
    found = []
    for ags, values in table.iterrows():
        values = values.dropna()
        for position, (year, value) in enumerate(values.items()):
            if value == 0 and (values.iloc[:position] > 0).any() and (values.iloc[position + 1 :] > 0).any():
                before, after = values.iloc[position - 1], values.iloc[position + 1]
                detail = f"0 between {before:g} ({values.index[position - 1]}) and {after:g} ({values.index[position + 1]})"
                found.append((ags, level, indicator, int(year), 0.0, ZERO, detail))
    return found


def _spikes(table: pd.DataFrame, indicator: str, level: str, breaks: pd.DataFrame) -> list[tuple]:
    positive = bool((table.stack() > 0).all())
    # a change across a series break compares two publications, not two years: the segment of each year, per unit
    broken = not series_breaks.breaks_between(breaks, indicator, level, min(table.columns), max(table.columns)).empty
    runs = {ags: series_breaks.segments(breaks, indicator, level, table.columns, ags=ags) for ags in table.index} if broken else {}

    def same_segment(ags, year):
        return not broken or any(first <= year - 1 and year <= last for first, last in runs[ags])

    changes = {}
    for year in table.columns:
        if year - 1 in table.columns:
            before, now = table[year - 1], table[year]
            change = np.log(now / before) if positive else now - before
            changes[year] = change.where([same_segment(ags, year) for ags in table.index])
    if not changes:
        return []
    grid = pd.DataFrame(changes)  # unit × year: the change into that year
    known = grid.stack().dropna()
    if known.empty or (known == 0).mean() > STEP_SHARE:
        return []
    values, columns = grid.to_numpy(float), list(grid.columns)
    found = []
    for row, ags in enumerate(grid.index):
        for column, year in enumerate(columns[:-1]):
            into, out = values[row, column], values[row, column + 1]
            if columns[column + 1] != year + 1 or np.isnan(into) or np.isnan(out) or np.sign(into) == np.sign(out):
                continue
            scores = [
                (robust_z(change, _others(values[row], at)), robust_z(change, _others(values[:, at], row)))
                for change, at in ((into, column), (out, column + 1))
            ]
            if all(z is not None and abs(z) > JUMP_Z for pair in scores for z in pair):
                shown = min(abs(z) for pair in scores for z in pair)
                before, value, after = table.loc[ags, year - 1], table.loc[ags, year], table.loc[ags, year + 1]
                detail = f"{value:g} between {before:g} ({year - 1}) and {after:g} ({year + 1}); robust z ≥ {shown:.1f}"
                found.append((ags, level, indicator, int(year), float(value), JUMP, detail))
    return found


def _others(line: np.ndarray, leave_out: int) -> np.ndarray | None:
    """The known values of ``line`` but the one at ``leave_out``; None when fewer than :data:`MIN_CHANGES`."""
    others = np.delete(line, leave_out)
    others = others[~np.isnan(others)]
    return others if len(others) >= MIN_CHANGES else None


def reconcile(findings: pd.DataFrame, rows: pd.DataFrame, path: Path) -> None:
    """``values.csv`` must carry exactly the rules' findings in its ``flag`` column (``rows`` with ``line``)."""
    keys = ["ags", "level", "indicator", "year"]
    expected = {tuple(key): rule for *key, rule in findings[[*keys, "rule"]].itertuples(index=False)}
    for row in rows.itertuples(index=False):
        key = (row.ags, row.level, row.indicator, row.year)
        written = row.flag if row.flag in RULES else ""
        if written != expected.get(key, ""):
            if key in expected:
                detail = findings.loc[(findings[keys] == pd.Series(key, index=keys)).all(axis=1), "detail"].iloc[0]
                message = f"the plausibility rule {expected[key]} flags this value ({detail}); check it against the source and write flag={expected[key]}"
            else:
                message = f"flag {written!r} is not what the plausibility rules find for this value; remove it"
            raise InputError(path, message, line=int(row.line), field="flag")


def report(findings: pd.DataFrame, rows: pd.DataFrame, names: dict[str, str], path: Path) -> list[str]:
    """One line per flagged value: file, line, indicator, place, year, published value, rule and why."""
    lines_of = {(r.ags, r.level, r.indicator, r.year): r.line for r in rows.itertuples(index=False)}
    out = [f"plausibility: {len(findings)} value(s) held back as missing (kept in {Path(path).name} with their flag)"]
    for f in findings.itertuples(index=False):
        line = lines_of[(f.ags, f.level, f.indicator, f.year)]
        out.append(
            f"  {path}, line {line}: {f.indicator}, {names.get(f.ags, f.ags)} ({f.ags}), {f.year}: published {f.value:g}, rule {f.rule}: {f.detail}"
        )
    return out


def withhold(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows with every flagged value missing; the note keeps the published figure."""
    flagged = rows["flag"].isin(RULES)
    published = rows.loc[flagged, "value"].map(lambda v: f"{v:g}")
    notes = rows.loc[flagged, "note"]
    return rows.assign(
        value=rows["value"].mask(flagged),
        note=rows["note"].mask(flagged, ("veröffentlicht: " + published + ("; " + notes).where(notes != "", ""))),
    )
