"""Numbers as people in each language read them: 1.234,5 in German, 1,234.5 in English."""

from __future__ import annotations

import math

MINUS = "−"  # typographic minus, as in print
MISSING = "–"


def number(value, precision: int, lang: str) -> str:
    """
    >>> number(16450, 0, "de"), number(1234.56, 1, "de"), number(1234.56, 1, "en"), number(-0.5, 2, "de")
    ('16.450', '1.234,6', '1,234.6', '−0,50')
    >>> number(float("nan"), 1, "de")
    '–'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    text = f"{abs(value):,.{precision}f}"
    if lang == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return (MINUS if round(value, precision) < 0 else "") + text


def signed(value, precision: int, lang: str) -> str:
    """
    >>> signed(0.4185, 2, "de"), signed(-3, 0, "en")
    ('+0,42', '−3')
    """
    shown = number(value, precision, lang)
    return shown if shown.startswith((MINUS, MISSING)) or round(value, precision) == 0 else "+" + shown


def year_label(year: int, period: str) -> str:
    """``2022`` or, for a multi-year figure, its period ``2017–2022``."""
    return period.replace("-", "–") if period else str(year)


def year_runs(years: list[int]) -> str:
    """Years as runs, so a gap shows: ``[2018, 2019, 2020, 2023]`` → ``2018–2020, 2023``."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)
