"""Zone comparison, zone data and spatial autocorrelation on the real pack, against independent computations."""

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import shape

from geo import comparison, convergence, project_map, query, series_breaks, spatial, zones
from geo.errors import InputError
from geo.view_state import ViewState


def pack_values(atlas, indicator, level, year):
    rows = atlas.indicators
    return rows[(rows.indicator == indicator) & (rows.level == level) & (rows.year == year)].set_index("ags").value


def test_the_default_scheme_places_every_unit_once(atlas):
    members = comparison.membership(atlas, "nord_sued", "gemeinde")
    assert members.value_counts().to_dict() == {"nord": 21, "sued": 15, "west": 12, "geteilt": 5}
    assert members["05513000"] == "nord" and members["05117000"] == "sued" and members["05113000"] == "geteilt"
    kreise = comparison.membership(atlas, "nord_sued", "kreis")
    assert len(kreise) == 15 and kreise.notna().all()
    assert comparison.membership(atlas, "kreis", "gemeinde")["05562014"] == "05562"  # Gladbeck in Kreis Recklinghausen


def test_every_assignment_has_a_rationale_and_cited_sources_exist(atlas):
    assert (atlas.zones.rationale.str.len() > 10).all()
    cited = set(atlas.zones.source_id) - {""}
    assert cited <= set(atlas.sources)


def test_zone_means_are_population_weighted(atlas):
    zone_of = comparison.membership(atlas, "nord_sued", "gemeinde")
    result = comparison.compare(atlas, "arbeitslose_je_100_ew_15_64", "gemeinde", 2021, zone_of, atlas.zone_schemes["nord_sued"]["zones"])
    values = pack_values(atlas, "arbeitslose_je_100_ew_15_64", "gemeinde", 2021)
    weights = pack_values(atlas, "bevoelkerung_zensus2022", "gemeinde", 2022)
    north = zone_of[zone_of == "nord"].index
    south = zone_of[zone_of == "sued"].index
    expected_north = (values[north] * weights[north]).sum() / weights[north].sum()
    expected_south = (values[south] * weights[south]).sum() / weights[south].sum()
    stats = {s.zone: s for s in result.zones}
    assert stats["nord"].mean == pytest.approx(expected_north) and stats["sued"].mean == pytest.approx(expected_south)
    assert result.gap.difference == pytest.approx(expected_north - expected_south)
    assert result.gap.ratio == pytest.approx(expected_north / expected_south)
    assert stats["nord"].units == 21 and stats["nord"].missing == 0
    parts = result.inequality
    assert parts["between"] + parts["within"] == pytest.approx(parts["theil"])


def test_custom_groups(atlas):
    a, b = ("05513000", "05512000"), ("05117000",)
    zone_of = comparison.membership(atlas, "custom", "gemeinde", a, b)
    assert zone_of[list(a)].tolist() == ["a", "a"] and zone_of["05117000"] == "b" and (zone_of == "other").sum() == 50
    result = comparison.compare(atlas, "gisd_nrw_frame_score", "gemeinde", 2021, zone_of, comparison.CUSTOM_ZONES)
    values = pack_values(atlas, "gisd_nrw_frame_score", "gemeinde", 2021)
    assert result.zones[1].mean == pytest.approx(values["05117000"])
    # a Gemeinde group means nothing at the Kreis level
    assert (comparison.membership(atlas, "custom", "kreis", a, b) == "other").all()


def test_gap_over_time_has_a_row_per_year(atlas):
    zone_of = comparison.membership(atlas, "nord_sued", "gemeinde")
    table = comparison.over_time(atlas, "gisd_nrw_frame_score", "gemeinde", zone_of, atlas.zone_schemes["nord_sued"]["zones"])
    assert table.year.tolist() == list(range(1998, 2022))
    assert np.allclose(table.gap, table.mean_nord - table.mean_sued)
    verdict = convergence.verdict_of(table)
    assert (verdict.first_year, verdict.last_year) == (1998, 2021)
    assert verdict.first.difference == table.gap.iloc[0] and verdict.last.difference == table.gap.iloc[-1]


@pytest.mark.parametrize(
    "indicator, level, scheme, groups",
    [
        ("gisd_nrw_frame_score", "gemeinde", "nord_sued", ((), ())),
        ("kinder_u15_in_sgb2_bedarfsgemeinschaften_pct", "kreis", "emscher_lippe", ((), ())),
        ("verfuegbares_einkommen_eur_je_ew", "gemeinde", "kreis", ((), ())),  # years with missing units
        ("verfuegbares_einkommen_eur_je_ew", "gemeinde", "nord_sued", ((), ())),  # every year's gap withheld: too few values
        ("arbeitslose_je_100_ew_15_64", "gemeinde", "custom", (("05513000", "05916000"), ("05117000",))),
    ],
)
def test_over_time_gives_the_numbers_of_compare_for_every_year(atlas, indicator, level, scheme, groups):
    zones = comparison.scheme_zones(atlas, scheme)
    zone_of = comparison.membership(atlas, scheme, level, *groups)
    table = comparison.over_time(atlas, indicator, level, zone_of, zones)
    assert table.year.tolist() == atlas.catalog[indicator]["years"][level]
    for row in table.itertuples():
        one = comparison.compare(atlas, indicator, level, row.year, zone_of, zones)
        assert [getattr(row, f"mean_{z.zone}") for z in one.zones] == pytest.approx([z.mean for z in one.zones], nan_ok=True)
        assert row.gap == pytest.approx(one.gap.difference if one.gap else np.nan, nan_ok=True)
        assert [getattr(row, k) for k in one.inequality] == pytest.approx(list(one.inequality.values()), nan_ok=True)


def test_scatter_correlation_matches_numpy(atlas):
    zone_of = comparison.membership(atlas, "nord_sued", "gemeinde")
    result = comparison.scatter(atlas, "einkommensteuer_gemeindeanteil_eur_je_ew", "gisd_nrw_frame_score", "gemeinde", 2021, 2021, zone_of)
    x = pack_values(atlas, "einkommensteuer_gemeindeanteil_eur_je_ew", "gemeinde", 2021)
    y = pack_values(atlas, "gisd_nrw_frame_score", "gemeinde", 2021)
    assert result.r == pytest.approx(np.corrcoef(x.sort_index(), y.sort_index())[0, 1])
    assert result.units == 53 and result.r < -0.5  # richer places are less deprived


def test_morans_i_matches_a_direct_computation(atlas):
    collection = atlas.municipalities
    values = pack_values(atlas, "gisd_nrw_frame_score", "gemeinde", 2021).sort_index()
    geometries = {f["properties"]["ags"]: shape(f["geometry"]) for f in collection["features"]}
    codes = list(values.index)
    neighbours = {c: [d for d in codes if d != c and geometries[c].intersects(geometries[d])] for c in codes}
    z = values - values.mean()
    numerator = sum(z[c] * z[d] / len(neighbours[c]) for c in codes for d in neighbours[c])
    expected = numerator / (z**2).sum()  # row-standardised: S0 = n
    result = spatial.moran(values, collection)
    assert result.i == pytest.approx(expected, rel=1e-9)
    assert result.expected == pytest.approx(-1 / 52) and result.units == 53
    assert result.p_value < 0.05  # deprivation clusters in the Emscher zone
    assert spatial.moran(values, collection) == result  # same seed, same p-value


def test_local_clusters_are_deterministic_and_named(atlas):
    values = pack_values(atlas, "gisd_nrw_frame_score", "gemeinde", 2021)
    first = spatial.local_clusters(values, atlas.municipalities)
    assert first.equals(spatial.local_clusters(values, atlas.municipalities))
    assert set(first.cluster) <= {"high_high", "low_low", "high_low", "low_high", "not_significant"}
    assert first.loc["05513000", "cluster"] == "high_high"  # Gelsenkirchen and its neighbours
    missing = values.drop(["05513000", "05512000"])
    assert len(spatial.local_clusters(missing, atlas.municipalities)) == 51


def test_a_zone_table_with_a_gap_in_coverage_is_rejected(tmp_path):
    (tmp_path / "zone_schemes.csv").write_text(
        ",".join(zones.SCHEME_FIELDS) + "\ns,S,S,n,N,N,a,#112233,1\ns,S,S,m,M,M,b,#445566,2\n", encoding="utf-8"
    )
    (tmp_path / "zones.csv").write_text(",".join(zones.ZONE_FIELDS) + "\ns,05513000,n,Norden,\ns,05512000,x,Norden,\n", encoding="utf-8")
    schemes = zones.read_schemes(tmp_path / "zone_schemes.csv")
    units = {"gemeinde": {"05513000", "05512000"}, "kreis": {"05513", "05512"}}
    with pytest.raises(InputError) as caught:
        zones.read_assignments(tmp_path / "zones.csv", schemes, units, {})
    assert (caught.value.line, caught.value.field) == (3, "zone")
    (tmp_path / "zones.csv").write_text(",".join(zones.ZONE_FIELDS) + "\ns,05513000,n,Norden,\ns,05512000,m,Süden,\n", encoding="utf-8")
    with pytest.raises(InputError, match="leaves 2 kreis unit"):
        zones.read_assignments(tmp_path / "zones.csv", schemes, units, {})


def test_queen_neighbours_are_the_places_that_touch(atlas):
    weights = spatial.queen_weights(atlas.municipalities)
    geometries = {f["properties"]["ags"]: shape(f["geometry"]) for f in atlas.municipalities["features"]}
    for ags, geometry in geometries.items():
        touching = {other for other, g in geometries.items() if other != ags and geometry.intersects(g)}
        assert set(weights.neighbors[ags]) == touching, ags
    names = query.unit_names(atlas, "gemeinde")
    assert {"Essen", "Herne", "Gladbeck", "Herten"} <= {names[n] for n in weights.neighbors["05513000"]}
    assert not weights.islands


def test_the_fit_line_spans_the_units_with_both_values():
    table = pd.DataFrame({"name": ["p", "q", "r"], "x": [1.0, 3.0, 9.0], "y": [2.0, 6.0, np.nan], "zone": ["a", "a", "b"]})
    result = comparison.Scatter(table, 2021, 2021, r=1.0, slope=2.0, intercept=0.5, units=2)
    assert result.fit_line() == ([1.0, 3.0], [2.5, 6.5])  # r's x = 9 has no y, so the line stops at 3
    assert comparison.Scatter(table, 2021, 2021, r=np.nan, slope=np.nan, intercept=np.nan, units=2).fit_line() is None


def test_the_scatter_of_a_view_takes_the_second_indicators_latest_year_when_it_lacks_the_shown_one(atlas):
    second = "einkommensteuer_gemeindeanteil_eur_je_ew"  # 1995–2022
    shown = comparison.scatter_of_view(atlas, ViewState(indicator="gisd_nrw_frame_score", year=2010, indicator2=second))
    assert (shown.year_x, shown.year_y) == (2010, 2010)
    later = comparison.scatter_of_view(
        atlas, ViewState(indicator="verfuegbares_einkommen_eur_je_ew", year=2022, indicator2="gisd_nrw_frame_score")
    )
    assert (later.year_x, later.year_y) == (atlas.catalog["gisd_nrw_frame_score"]["years"]["gemeinde"][-1], 2022) == (2021, 2022)


def test_year_row_finds_the_year_or_none():
    table = pd.DataFrame({"year": [2019, 2020], "theil": [0.1, 0.2]})
    assert comparison.year_row(table, 2020)["theil"] == 0.2 and comparison.year_row(table, 2021) is None


def test_projects_without_place_are_those_not_located_in_the_region():
    projects = pd.DataFrame({"title": ["Zeche", "Ankerpunkt", "Brücke"], "location": ["approximate", "unknown", "outside_region"]})
    assert project_map.without_place(projects)["title"].tolist() == ["Ankerpunkt", "Brücke"]


def test_the_bivariate_classes_of_a_view_set_the_shown_year_against_the_latest_density(atlas):
    state = ViewState(indicator="gisd_nrw_frame_score", year=2015)
    density = pack_values(atlas, project_map.DENSITY, "gemeinde", project_map.density_year(atlas, "gemeinde"))
    expected = project_map.bivariate_classes(pack_values(atlas, "gisd_nrw_frame_score", "gemeinde", 2015), "higher_is_worse", density)
    assert project_map.view_bivariate_classes(atlas, state).sort_index().equals(expected.sort_index())


@pytest.mark.parametrize(
    "known, units, enough",
    [
        (2, 4, True),
        (1, 4, False),  # exactly half; one below
        (3, 6, True),
        (2, 6, False),
        (8, 15, True),
        (7, 15, False),  # odd sizes: half rounds up
        (1, 1, True),
        (0, 1, False),
        (0, 0, False),
    ],
)
def test_a_zone_needs_values_for_at_least_half_its_units(known, units, enough):
    assert comparison.enough_values(known, units) is enough


def test_thin_years_name_the_zones_short_of_values():
    zones = [{"id": "n", "role": "a"}, {"id": "s", "role": "b"}, {"id": "w", "role": "other"}]
    zone_of = pd.Series(["n"] * 4 + ["s"] * 3 + ["w"] * 2)
    table = pd.DataFrame({"year": [2019, 2020, 2021], "known_n": [2, 1, 4], "known_s": [2, 1, 1], "known_w": [0, 0, 0]})
    assert comparison.thin_years(table, zones, zone_of) == {
        2020: [comparison.Shortfall("n", 1, 4), comparison.Shortfall("s", 1, 3)],  # 2019: 2 of 4 and 2 of 3 are enough
        2021: [comparison.Shortfall("s", 1, 3)],  # the west is not compared, so its 0 of 2 does not count
    }


def test_compare_withholds_the_gap_of_a_thin_zone_and_names_it(atlas):
    zones = atlas.zone_schemes["nord_sued"]["zones"]
    zone_of = comparison.membership(atlas, "nord_sued", "gemeinde")
    result = comparison.compare(atlas, "verfuegbares_einkommen_eur_je_ew", "gemeinde", 2022, zone_of, zones)
    assert result.gap is None
    assert result.short == [comparison.Shortfall("nord", 3, 21), comparison.Shortfall("sued", 1, 15)]
    earlier = comparison.compare(atlas, "verfuegbares_einkommen_eur_je_ew", "gemeinde", 2018, zone_of, zones)  # south 10 of 15
    assert earlier.gap is None and earlier.short == [comparison.Shortfall("nord", 7, 21)]


def test_no_trend_spans_a_declared_break(atlas):
    """For every series with a break that is not declared comparable, and every year a visitor can show, the
    trend (and the first and last gap a caption names) lies inside one comparable segment of the series."""
    broken = atlas.series_breaks[~atlas.series_breaks["comparable"] & atlas.series_breaks["level"].isin(["gemeinde", "kreis"])]
    checked = 0
    for indicator, level in sorted(set(zip(broken["indicator"], broken["level"]))):
        zone_of = comparison.membership(atlas, "nord_sued", level)
        zones = atlas.zone_schemes["nord_sued"]["zones"]
        table = comparison.over_time(atlas, indicator, level, zone_of, zones)
        for year in table["year"]:
            verdict, span = convergence.view_verdict(table, int(year))
            assert span[0] <= year <= span[1]
            assert series_breaks.comparable(atlas.series_breaks, indicator, level, *span)
            if verdict is not None:
                checked += 1
                assert span[0] <= verdict.first_year < verdict.last_year <= span[1]
    assert checked  # the INKAR years of the school-leaver series have a trend


def test_the_school_leaver_trend_stops_at_the_deutschlandatlas_seam(atlas):
    """The issue's case: on INKAR 1995–2021 alone the north/south gap narrowed (1.97 → 1.73); 2022 comes from
    another publication and starts a segment of its own, so it has no trend."""
    zone_of = comparison.membership(atlas, "nord_sued", "kreis")
    table = comparison.over_time(
        atlas, "schulabgaenger_ohne_hauptschulabschluss_pct", "kreis", zone_of, atlas.zone_schemes["nord_sued"]["zones"]
    )
    verdict, span = convergence.view_verdict(table, 2021)
    assert span == (1995, 2021) and verdict.word == "narrowing"
    assert (round(verdict.first.difference, 2), round(verdict.last.difference, 2)) == (1.97, 1.73)
    assert convergence.view_verdict(table, 2022) == (None, (2022, 2022))
    assert table.set_index("year")["segment"].loc[[2021, 2022]].tolist() == [0, 1]
