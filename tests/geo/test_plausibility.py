"""Plausibility: the rules flag exactly the planted errors, and the official file's impossible zero is held back."""

import numpy as np
import pandas as pd
import pytest

from geo import catalog, derive, facts, plausibility, series_breaks
from geo.errors import InputError
from geo.indicator_rows import COLUMNS

PLACES = [f"0591{i}" for i in range(8)]
YEARS = list(range(2010, 2020))


def series(indicator: str, values: dict[str, list[float]], level: str = "kreis") -> pd.DataFrame:
    rows = [
        (ags, level, indicator, year, "", value, "", "s", True, "")
        for ags, line in values.items()
        for year, value in zip(YEARS, line)
        if value == value
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def steady(start: float, growth: float, wobble: float, seed: int) -> list[float]:
    """A smooth series with a small, fixed wobble (hand-made, no randomness)."""
    return [start * (1 + growth) ** i * (1 + wobble * ((i * seed) % 3 - 1)) for i in range(len(YEARS))]


def fixture() -> pd.DataFrame:
    people = {ags: steady(10_000 * (n + 1), 0.01 * (n % 3 - 1), 0.002, n + 1) for n, ags in enumerate(PLACES)}
    people["05910"][4] = 0.0  # planted: a zero inside a positive count (2014)
    people["05911"][0] = 0.0  # a zero at the start is no "inside" zero: not flagged
    rate = {ags: steady(5 + n, 0.02, 0.003, n + 2) for n, ags in enumerate(PLACES)}
    rate["05913"][6] = rate["05913"][6] * 3  # planted: a spike (2016), three times its neighbours
    rate["05914"][7:] = [v * 1.5 for v in rate["05914"][7:]]  # a level that moves and stays: not a spike
    common = {
        ags: [v * (1.4 if year == 2013 else 1) for v, year in zip(steady(40 + n, 0.0, 0.004, n + 3), YEARS)] for n, ags in enumerate(PLACES)
    }
    quintile = {ags: [1 + (n + (year == 2015)) % 5 for year in YEARS] for n, ags in enumerate(PLACES)}
    return pd.concat(
        [series("people", people), series("rate", rate), series("abitur", common), series("quintile", quintile)], ignore_index=True
    )


def test_the_rules_flag_exactly_the_planted_errors():
    findings = plausibility.check(fixture(), {"people"}, series_breaks.frame())
    assert findings[["ags", "indicator", "year", "rule"]].values.tolist() == [
        ["05910", "people", 2014, "implausible_zero"],
        ["05913", "rate", 2016, "implausible_jump"],
    ]
    # not flagged: a zero at the start of a series, a level that moves and stays, the quintiles' steps, and
    # the common 2013 jump of every place (like NRW's double Abitur cohort) is the neighbours' movement: not flagged


def test_a_spike_across_a_declared_break_is_not_a_jump():
    breaks = series_breaks.frame(
        [("rate", "kreis", "05913", 2016, "definition", False), ("rate", "kreis", "05913", 2017, "definition", False)]
    )
    findings = plausibility.check(fixture(), {"people"}, breaks)
    assert findings["rule"].tolist() == ["implausible_zero"]


def test_robust_z_against_hand_computed_values():
    # others 1, 2, 3, 4, 100: median 3, absolute deviations 2, 1, 0, 1, 97 → MAD 1 → spread 1.4826
    assert plausibility.robust_z(9.0, [1, 2, 3, 4, 100]) == pytest.approx(6 / 1.4826)
    assert plausibility.robust_z(1.0, None) is None


def test_values_csv_must_carry_the_findings(tmp_path):
    rows = fixture().assign(line=range(2, 2 + len(fixture())))
    findings = plausibility.check(rows, {"people"}, series_breaks.frame())
    with pytest.raises(InputError, match="the plausibility rule implausible_zero flags this value") as caught:
        plausibility.reconcile(findings, rows, tmp_path / "values.csv")
    assert caught.value.field == "flag"
    flagged = rows.copy()
    for finding in findings.itertuples():
        flagged.loc[(flagged.ags == finding.ags) & (flagged.indicator == finding.indicator) & (flagged.year == finding.year), "flag"] = (
            finding.rule
        )
    plausibility.reconcile(findings, flagged, tmp_path / "values.csv")  # agrees: no error
    flagged.loc[0, "flag"] = "implausible_jump"
    with pytest.raises(InputError, match="not what the plausibility rules find") as caught:
        plausibility.reconcile(findings, flagged, tmp_path / "values.csv")
    assert caught.value.line == 2


def test_a_held_back_count_leaves_its_derived_rate_missing_with_the_reason():
    rows = pd.DataFrame(
        [
            ("05978036", "gemeinde", "people", 2016, "", 0.0, "implausible_zero", "s1", True, ""),
            ("05978036", "gemeinde", "jobless", 2016, "", 2177.0, "", "s2", True, ""),
            ("05978036", "gemeinde", "people", 2017, "", 36277.0, "", "s1", True, ""),
            ("05978036", "gemeinde", "jobless", 2017, "", 2031.0, "", "s2", True, ""),
        ],
        columns=COLUMNS,
    )
    held = plausibility.withhold(rows)
    assert np.isnan(held.loc[0, "value"]) and held.loc[0, "note"] == "veröffentlicht: 0"
    catalog = pd.DataFrame(
        [{"indicator": "rate", "aggregate": "ratio", "numerator": "jobless", "denominator": "people", "factor": "100", "label_de": "Quote"}]
    )
    sources = {s: {"publisher": "P", "title": "T", "licence": "L"} for s in ("s1", "s2")}
    derived, _ = derive.run(catalog, held, sources)
    by_year = derived.set_index("year")
    assert np.isnan(by_year.loc[2016, "value"]) and by_year.loc[2016, "flag"] == "implausible_input"
    assert by_year.loc[2016, "note"] == "people 2016: implausible_zero"
    assert by_year.loc[2017, "value"] == pytest.approx(2031 / 36277 * 100) and by_year.loc[2017, "flag"] == ""


def test_unna_2016_is_held_back_in_the_pack_with_its_reason(atlas):
    rows = atlas.indicators
    unna = rows[(rows.ags == "05978036") & (rows.year == 2016)].set_index("indicator")
    assert np.isnan(unna.loc["bevoelkerung_15_64_anzahl", "value"]) and unna.loc["bevoelkerung_15_64_anzahl", "flag"] == "implausible_zero"
    assert unna.loc["bevoelkerung_15_64_anzahl", "note"].startswith("veröffentlicht: 0")
    assert (
        np.isnan(unna.loc["arbeitslose_je_100_ew_15_64", "value"])
        and unna.loc["arbeitslose_je_100_ew_15_64", "flag"] == "implausible_input"
    )
    # the Ruhr total and rate of 2016 would rest on 52 of 53 towns: there is none (the pack's rule for a gap)
    aggregates = atlas.aggregates[(atlas.aggregates.level == "gemeinde") & (atlas.aggregates.year == 2016)]
    assert not aggregates.indicator.isin(["bevoelkerung_15_64_anzahl", "arbeitslose_je_100_ew_15_64"]).any()


def test_the_build_reports_unna_2016_from_the_real_values():
    raw = facts.RAW
    sources = facts.read_sources(raw / "sources.csv")
    register = facts.read_municipalities(raw / "municipalities.csv", sources)
    table = catalog.read(raw / "catalog.csv")
    units = {"gemeinde": set(register.ags), "kreis": set(register.kreis_ags), "ruhr": {"RVR"}}
    rows = facts.read_values(raw / "values.csv", indicators=set(table.indicator), units=units, sources=sources)
    breaks = facts.read_series_breaks(raw / "series_breaks.csv", indicators=set(table.indicator), units=units, sources=sources)
    findings = plausibility.check(rows, set(table.loc[table["aggregate"] == "sum", "indicator"]), breaks)
    plausibility.reconcile(findings, rows, raw / "values.csv")  # values.csv carries exactly the findings
    lines = plausibility.report(findings, rows, dict(zip(register.ags, register.name)), raw / "values.csv")
    assert lines[0].startswith("plausibility: 1 value(s) held back")
    assert lines[1].endswith(
        "values.csv, line 3683: bevoelkerung_15_64_anzahl, Unna (05978036), 2016: published 0, "
        "rule implausible_zero: 0 between 38337 (2015) and 36277 (2017)"
    )
