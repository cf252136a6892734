"""Ruhr-Konferenz projects: table checks, points inside their municipality, counts and shares by hand."""

import pandas as pd
import pytest
from shapely.geometry import Point, shape

from geo import comparison, project_map, projects, query
from geo.errors import InputError


def test_every_project_has_a_key_a_title_and_a_source(atlas):
    table = atlas.projects
    assert len(table) == 44 and table.project_key.is_unique
    assert (table.source_url.str.len() > 0).all() and (table.title.str.len() > 0).all()
    # InnaMoRuhr shares its official number with its parent project, but not its key
    assert sorted(table[table.number == "13-02"].project_key) == ["13-02-innamoruhr", "13-02-mobilitaetsregion"]


def test_every_point_lies_inside_its_coordinating_municipality(atlas):
    municipalities = {f["properties"]["ags"]: shape(f["geometry"]) for f in atlas.municipalities["features"]}
    for row in atlas.projects.itertuples():
        if row.location == "approximate":
            assert municipalities[row.coordinator_ags].contains(Point(row.lon, row.lat)), row.project_key
        else:
            assert pd.isna(row.lon) and pd.isna(row.lat)
            assert (row.location == "outside_region") == bool(row.coordinator_place), row.project_key
    outside = atlas.projects[atlas.projects.location == "outside_region"]
    assert sorted(outside.coordinator_place) == ["Köln", "Münster"]


def test_project_counts_match_a_hand_count(atlas):
    raw = pd.read_csv(projects.RAW / "projects.csv", dtype=str, keep_default_na=False)
    rows = atlas.indicators
    counts = rows[(rows.indicator == "projekte_koordiniert_anzahl") & (rows.level == "gemeinde")].set_index("ags").value
    assert counts["05113000"] == (raw.coordinator_ags == "05113000").sum() == 7  # Essen
    assert counts.sum() == (raw.coordinator_ags != "").sum() == 18
    involved = rows[(rows.indicator == "projekte_beteiligt_anzahl") & (rows.level == "gemeinde")].set_index("ags").value
    essen_involved = sum(1 for c, p in zip(raw.coordinator_ags, raw.partner_ags) if "05113000" in {c, *p.split(";")})
    assert involved["05113000"] == essen_involved
    kreis = rows[(rows.indicator == "projekte_koordiniert_anzahl") & (rows.level == "kreis")].set_index("ags").value
    assert kreis["05562"] == counts[[a for a in counts.index if a.startswith("05562")]].sum()
    per_capita = rows[(rows.indicator == "projekte_koordiniert_je_100000_ew") & (rows.level == "gemeinde")].set_index("ags").value
    population = rows[(rows.indicator == "bevoelkerung_zensus2022")].set_index("ags").value
    assert per_capita["05113000"] == pytest.approx(7 / population["05113000"] * 100_000)


def test_zone_shares_sum_to_100_and_match_a_hand_count(atlas):
    table = project_map.zone_shares(atlas, atlas.projects, "nord_sued")
    assert table.project_share.sum() == pytest.approx(100) and table.population_share.sum() == pytest.approx(100)
    zone_of = comparison.membership(atlas, "nord_sued", "gemeinde")
    located = atlas.projects[atlas.projects.location == "approximate"]
    by_hand = {}
    for ags in located.coordinator_ags:
        by_hand[zone_of[ags]] = by_hand.get(zone_of[ags], 0) + 1
    assert table.projects.to_dict() == {zone: by_hand.get(zone, 0) for zone in table.index}
    population = query.population_weights(atlas, "gemeinde", 2022)
    north = population[zone_of == "nord"].sum() / population.sum() * 100
    assert table.loc["nord", "population_share"] == pytest.approx(north)


def test_filters_and_partner_lines(atlas):
    only_mobility = project_map.filtered(atlas.projects, fields=("1",))
    assert set(only_mobility.handlungsfeld) == {"1"}
    assert len(project_map.filtered(atlas.projects, fields=())) == 0
    assert len(project_map.filtered(atlas.projects, statuses=("completed",))) == (atlas.projects.status == "completed").sum()
    lines = project_map.partner_lines(atlas.projects, atlas.municipalities)
    located = project_map.located(atlas.projects)
    assert len(lines["features"]) == sum(len(list(filter(None, p.split(";")))) for p in located.partner_ags)


def test_bivariate_classes_by_hand():
    need = pd.Series({"a": 1.0, "b": 2.0, "c": 3.0, "d": 4.0, "e": 5.0, "f": 6.0, "g": float("nan")})
    density = pd.Series({"a": 0.0, "b": 1.0, "c": 3.0, "d": 0.0, "e": 1.0, "f": 3.0, "g": 1.0})
    # need terciles: a,b | c,d | e,f; positive densities 1,3,1,3 → median 2 → 1 = few, 3 = many
    classes = project_map.bivariate_classes(need, "higher_is_worse", density)
    assert classes.to_dict() == {"a": 0, "b": 1, "c": 5, "d": 3, "e": 7, "f": 8, "g": -1}
    # where higher is better, the lowest values are the greatest need
    assert project_map.bivariate_classes(need, "higher_is_better", density)["a"] == 6


def test_bad_project_rows_name_line_and_field(tmp_path):
    header = ",".join(projects.PROJECT_FIELDS)
    good = "p-1,01-01,Titel,1,implementing,2021,läuft,Stelle,Essen,05113000,,,https://example.org/p,"
    (tmp_path / "projects.csv").write_text(
        f"{header}\n{good}\n{good.replace('p-1', 'p-2').replace('05113000', '05999000')}\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        projects.read_projects(tmp_path / "projects.csv", {"05113000"})
    assert (caught.value.line, caught.value.field) == (3, "coordinator_ags")
    (tmp_path / "projects.csv").write_text(f"{header}\n{good.replace('implementing', 'running')}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        projects.read_projects(tmp_path / "projects.csv", {"05113000"})
    assert (caught.value.line, caught.value.field) == (2, "status")
