"""The data behind a view as files: CSV (two dialects) and GeoJSON, each carrying its provenance.

Every file starts with what it shows — indicator, unit, year, level, source,
licence and the permalink of the view — as ``#`` lines before the table (CSV) or
a ``metadata`` member (GeoJSON). Text cells that a spreadsheet would read as a
formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return)
get a leading apostrophe; numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
import json

import pandas as pd

from geo import change, comparison, convergence, project_map, query, regions, spatial, time_views
from geo.view_state import ViewState, second_indicator, to_query
from layouts import change_view, similar_panel
from layouts import legend as legend_panel
from layouts.comparison import regions as regions_panel
from layouts.comparison.common import zone_label, zone_labels
from layouts.comparison.spatial import class_name as spatial_class
from layouts.format import year_label
from layouts.source_line import BOUNDARIES, ingredient_sources, source_line
from layouts.text import flag_text, t

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DIALECTS = {"csv": {"delimiter": ",", "decimal": "."}, "csv-de": {"delimiter": ";", "decimal": ","}}


def neutralise(text: str) -> str:
    """
    >>> neutralise("=HYPERLINK(\\"x\\")"), neutralise("Essen"), neutralise("-Kreis")
    ('\\'=HYPERLINK("x")', 'Essen', "'-Kreis")
    """
    return "'" + text if text.startswith(FORMULA_START) else text


def version_lines(atlas, state: ViewState) -> list[tuple[str, str]]:
    """The last lines of every export's head: the data version and the view's URL parameters with it."""
    lang = state.lang
    return [
        (t("export_version", lang), atlas.version),
        (t("export_permalink", lang), f"{to_query(state) or '?'}&v={atlas.version}".replace("?&", "?")),
    ]


def metadata(atlas, state: ViewState, view) -> list[tuple[str, str]]:
    """``(label, text)`` pairs describing the export; the source line carries its own label."""
    entry = atlas.catalog[view.indicator]
    lang = state.lang
    return [
        ("", t("export_metadata_title", lang)),
        (t("indicator", lang), f"{entry['label'][lang]} ({view.indicator})"),
        (t("export_unit", lang), entry["unit"][lang]),
        *(
            [
                (t("year", lang), f"{state.change[0]}–{state.change[1]}"),
                ("", t(f"change_kind_{change.change_kind(entry)}", lang, first=state.change[0], unit=entry["unit"][lang])),
            ]
            if state.change
            else [(t("year", lang), year_label(view.year, view.period))]
        ),
        (t("level", lang), t(f"level_{view.level}", lang)),
        (t("export_definition", lang), entry["definition"][lang]),
        (
            "",
            change_view.source(atlas, change.view_change(atlas, state), lang)
            if state.change
            else source_line(atlas, view.indicator, view.level, view.year, lang, boundaries=False),
        ),
        (t("export_boundaries", lang), BOUNDARIES),
        *version_lines(atlas, state),
    ]


def view_table(atlas, state: ViewState, what: str) -> pd.DataFrame:
    """The rows behind the map/ranking (one per unit) or behind the comparison tab on screen."""
    if what == "multiples":
        return series_table(atlas, state)
    if what == "regions":
        return regions_table(atlas, state)
    if what == "similar":
        return similar_table(atlas, state)
    if state.change and what != "comparison":
        return change_table(atlas, state)
    view = query.map_view(atlas, state)
    lang = state.lang
    if what != "comparison" or state.tab == "spatial":
        ranges = legend_panel.class_labels(view, atlas.catalog[view.indicator]["precision"], lang)
        table = pd.DataFrame(
            {
                "ags": view.rows.index,
                "name": view.rows["name"],
                "value": view.rows["value"],
                "note": [flag_text(f, lang, atlas.catalog) if f else "" for f in view.rows["flag"]],
                "rank": view.rows["rank"],
                "class": [ranges[int(c)] if c >= 0 else t("legend_no_data", lang) for c in view.rows["cls"]],
                "difference_from_ruhr_mean": view.rows["deviation"],
                "zone": zone_labels(atlas, state, view.rows.index),
            }
        )
        for column, values in similar_and_regions(atlas, state, view.level).items():
            table[column] = values.reindex(view.rows.index).to_numpy()
        if what == "comparison":  # spatial tab: the local statistic on screen (lisa, bivariate, hotspots)
            pattern = spatial.view_pattern(atlas, state).reindex(view.rows.index)
            if state.spatial == "bivariate":
                table["second_indicator"] = second_indicator(state)
                table["second_value"] = spatial.second_values(atlas, state)[0].reindex(view.rows.index)
            table[f"{state.spatial}_cluster"] = [
                spatial_class(state.spatial, c, lang) if isinstance(c, str) else "" for c in pattern["cluster"]
            ]
            table[f"{state.spatial}_p_value"] = pattern["p_value"]
            if state.spatial == "hotspots":
                table["hotspots_z_value"] = pattern["z_value"]
        return table.sort_values(["rank", "name"], na_position="last")
    zones, zone_of = comparison.zones_of(atlas, state)
    if state.tab == "zones":
        result = comparison.compare(atlas, view.indicator, view.level, view.year, zone_of, zones)
        return pd.DataFrame(
            [
                {
                    "zone": zone_label(zones, s.zone, lang),
                    "units": s.units,
                    "missing": s.missing,
                    "weighted_mean": s.mean,
                    "weighted_median": s.median,
                    "min": s.low,
                    "max": s.high,
                }
                for s in result.zones
            ]
        )
    if state.tab in ("trend", "inequality"):
        table = comparison.over_time(atlas, view.indicator, view.level, zone_of, zones)
        return table.rename(
            columns={
                **{f"mean_{z['id']}": f"mean {z['label'][lang]}" for z in zones},
                **{f"known_{z['id']}": f"units with a value {z['label'][lang]}" for z in zones},
                "segment": "comparable segment (a new one starts at each series break)",
            }
        )
    if state.tab == "convergence":
        table = convergence.of_view(atlas, state).table
        return table[["year", "gap", "ratio", *convergence.SPREAD, "tau", "tau_units"]].rename(
            columns={"tau": "kendall_tau_to_first_year", "tau_units": "kendall_tau_units"}
        )
    if state.tab == "scatter":
        result = comparison.scatter_of_view(atlas, state)
        return result.table.reset_index(names="ags").rename(columns={"x": second_indicator(state), "y": view.indicator})
    shares = project_map.zone_shares(atlas, atlas.projects, state.scheme, state.group_a, state.group_b)
    return shares.reset_index(names="zone")


def similar_and_regions(atlas, state: ViewState, level: str) -> dict[str, pd.Series]:
    """Per Gemeinde: the distance of the places similar to the selected one (the profile's list) and, when shown, the
    data-driven zone; no columns at the Kreis level or when neither is on screen."""
    columns = {}
    found = similar_panel.found(atlas, state) if level == "gemeinde" else None
    if found is not None and found.own is not None:
        columns["similar_places_distance"] = pd.concat([pd.Series({found.place: 0.0}), found.table["distance"]])
    drawn = regions_panel.of_view(atlas, state) if state.regions and level == "gemeinde" else None
    if drawn is not None and drawn.zone_of is not None:
        labels = {z["id"]: z["label"][state.lang] for z in drawn.zones}
        columns["data_driven_zone"] = drawn.zone_of.map(labels)
    return columns


def regions_table(atlas, state: ViewState) -> pd.DataFrame:
    """One row per Gemeinde: its data-driven zone, its zone in the authored scheme and each ingredient's value
    (column ``<indicator>_<year>``); a place lacking an ingredient has an empty cell, and then no zone is drawn."""
    found = regions_panel.of_view(atlas, state)
    names = query.unit_names(atlas, regions.LEVEL)
    places = query.units(atlas, regions.LEVEL)
    zones, zone_of, _ = regions_panel.authored(atlas, state)
    drawn = {z["id"]: z["label"][state.lang] for z in found.zones}
    scheme = {z["id"]: z["label"][state.lang] for z in zones}
    table = pd.DataFrame(
        {
            "ags": places,
            "name": [names[ags] for ags in places],
            "data_driven_zone": [drawn.get(found.zone_of.get(ags), "") if found.zone_of is not None else "" for ags in places],
            "zone": [scheme.get(zone_of.get(ags), "") for ags in places],
        }
    )
    for indicator, year in found.recipe.years.items():
        table[f"{indicator}_{year}"] = query.values(atlas, indicator, regions.LEVEL, year)["value"].reindex(places).to_numpy()
    return table


def similar_table(atlas, state: ViewState) -> pd.DataFrame:
    """The chosen place (distance 0), then its similar places nearest first, each with every indicator's value
    (column ``<indicator>_<year>``); empty when none were determined (the metadata says why)."""
    found = similar_panel.found(atlas, state)
    names = query.unit_names(atlas, "gemeinde")
    if found is None or found.own is None:
        return pd.DataFrame(columns=["ags", "name", "similarity_rank", "distance"])
    rows = pd.concat([found.own.to_frame().T.assign(distance=0.0), found.table])
    table = pd.DataFrame(
        {"ags": rows.index, "name": [names[a] for a in rows.index], "similarity_rank": range(len(rows)), "distance": rows["distance"]}
    )
    for indicator in found.indicators:
        table[f"{indicator}_{found.recipe.years[indicator]}"] = rows[indicator].to_numpy()
    return table.reset_index(drop=True)


def similar_metadata(atlas, state: ViewState) -> list[tuple[str, str]]:
    """The head of the similar places' CSV: method (or why there are none), every indicator's sources, version, permalink."""
    found = similar_panel.found(atlas, state)
    lang = state.lang
    reason = similar_panel.none_found(atlas, found, lang)
    if reason:
        about = [("", reason)]
    else:
        name = query.unit_names(atlas, "gemeinde")[found.place]
        about = [
            ("", t("similar_table", lang, place=name)),
            ("", similar_panel.export_method(found, name, lang)),
            ("", ingredient_sources(atlas, found.recipe.years, "gemeinde", lang)),
        ]
    return [
        ("", t("export_metadata_title", lang)),
        *about,
        *version_lines(atlas, state),
    ]


def regions_metadata(atlas, state: ViewState) -> list[tuple[str, str]]:
    """The head of the data-driven zones' CSV: what they are, the method, every ingredient's sources, version, permalink."""
    found = regions_panel.of_view(atlas, state)
    lang = state.lang
    return [
        ("", t("export_metadata_title", lang)),
        ("", t("regions_title", lang)),
        (t("level", lang), t(f"level_{regions.LEVEL}", lang)),
        ("", regions_panel.method(atlas, found, lang)),
        ("", ingredient_sources(atlas, found.recipe.years, regions.LEVEL, lang)),
        (t("export_boundaries", lang), BOUNDARIES),
        *version_lines(atlas, state),
    ]


def series_table(atlas, state: ViewState) -> pd.DataFrame:
    """The small multiples' values: one row per place and year shown, with the shared class."""
    series = time_views.multiples(atlas, state)
    labels = legend_panel.class_labels(next(iter(series.views.values())), atlas.catalog[state.indicator]["precision"], state.lang)
    parts = []
    for year, view in series.views.items():
        parts.append(
            pd.DataFrame(
                {
                    "ags": view.rows.index,
                    "name": view.rows["name"],
                    "year": year,
                    "value": view.rows["value"],
                    "note": [flag_text(f, state.lang, atlas.catalog) if f else "" for f in view.rows["flag"]],
                    "class": [labels[int(c)] if c >= 0 else t("legend_no_data", state.lang) for c in view.rows["cls"]],
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


def change_table(atlas, state: ViewState) -> pd.DataFrame:
    """One row per place: both years' values, the change in the unit and (for counts and amounts) in per cent,
    both ranks and the places gained, the map's class; a place without a change says why in ``note``."""
    view = change.view_change(atlas, state)
    lang = state.lang
    labels = change_view.class_labels(atlas, view, lang)
    rows = view.rows
    first, last = view.first, view.last
    table = pd.DataFrame(
        {
            "ags": rows.index,
            "name": rows["name"],
            f"value_{first}": rows["first"],
            f"value_{last}": rows["last"],
            "change_percentage_points" if view.kind == "points" else "change_absolute": rows["absolute"],
            **({"change_percent": rows["percent"]} if view.kind == "percent" else {}),
            f"rank_{first}": rows["rank_first"],
            f"rank_{last}": rows["rank_last"],
            "places_gained": rows["rank_change"],
            "class": [labels[int(c)] if c >= 0 else t("legend_no_data", lang) for c in rows["cls"]],
            "note": ["" if r == "" else change_view.reason(view, ags, lang) for ags, r in rows["reason"].items()],
            "zone": zone_labels(atlas, state, rows.index),
        }
    )
    return (
        table.assign(_order=rows["measure"])
        .sort_values(["_order", "name"], ascending=[False, True], na_position="last")
        .drop(columns="_order")
    )


def _cell(value, decimal: str) -> str:
    if isinstance(value, str):
        return neutralise(value)
    if value is None or value != value:
        return ""
    text = repr(float(value)) if not float(value).is_integer() else str(int(value))
    return text.replace(".", decimal) if decimal != "." else text


def comment_line(text: str) -> str:
    """One ``#`` line, written as it is and never quoted, so ``pandas.read_csv(..., comment="#")`` skips it whole."""
    return "# " + " ".join(text.split()) + "\r\n"


def csv_bytes(atlas, state: ViewState, what: str, dialect: str) -> bytes:
    """UTF-8 with BOM (spreadsheets then read umlauts right); ``csv-de`` uses ``;`` and decimal commas."""
    style = DIALECTS[dialect]
    view = query.map_view(atlas, state)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=style["delimiter"], lineterminator="\r\n")
    about = {"regions": regions_metadata, "similar": similar_metadata}.get(what)
    for key, value in about(atlas, state) if about else metadata(atlas, state, view):
        buffer.write(comment_line(f"{key}: {value}" if key else value))
    buffer.write("\r\n")
    table = view_table(atlas, state, what)
    writer.writerow([neutralise(str(c)) for c in table.columns])
    for row in table.itertuples(index=False):
        writer.writerow([_cell(value, style["decimal"]) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def geojson_bytes(atlas, state: ViewState) -> bytes:
    """The map's units with their values (and class colours) as GeoJSON, with a ``metadata`` member."""
    view = query.map_view(atlas, state)
    table = view_table(atlas, state, "map").set_index("ags")
    collection = atlas.boundaries(view.level)
    features = []
    for feature in collection["features"]:
        ags = feature["properties"]["ags"]
        row = table.loc[ags]
        cls = int(view.rows.loc[ags, "cls"])
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "ags": ags,
                    "name": row["name"],
                    "value": None if pd.isna(row["value"]) else float(row["value"]),
                    "note": row["note"],
                    "rank": None if pd.isna(row["rank"]) else int(row["rank"]),
                    "class": row["class"],
                    "fill": view.colours[cls] if cls >= 0 else None,
                    "zone": row["zone"],
                },
                "geometry": feature["geometry"],
            }
        )
    meta = {key or ("title" if i == 0 else "source"): value for i, (key, value) in enumerate(metadata(atlas, state, view))}
    return json.dumps({"type": "FeatureCollection", "metadata": meta, "features": features}, ensure_ascii=False).encode("utf-8")


#: How a file's name ends per export format; the two CSV dialects must not overwrite each other in a downloads folder.
FILE_ENDINGS = {"png": ".png", "svg": ".svg", "csv": ".csv", "csv-de": "_excel.csv", "geojson": ".geojson", "gif": ".gif", "mp4": ".mp4"}


def filename(state: ViewState, view, what: str, fmt: str) -> str:
    """``indicator_year_level_chart[_excel].ext`` — a name that says what is inside."""
    if what == "regions":  # drawn from its own indicators, in their own years
        return f"datengetriebene_zonen_{state.region_floor}{FILE_ENDINGS[fmt]}"
    if what == "similar":
        return f"aehnliche_orte_{state.selected}{FILE_ENDINGS[fmt]}"
    part = {"map": "karte", "ranking": "rangfolge", "multiples": "kartenreihe"}.get(what, state.tab)
    if fmt in ("gif", "mp4") or what == "multiples":  # all years of the indicator
        return f"{view.indicator}_{view.level}_{'animation' if fmt in ('gif', 'mp4') else part}{FILE_ENDINGS[fmt]}"
    if state.change and what != "comparison":
        return f"{view.indicator}_{state.change[0]}-{state.change[1]}_{view.level}_{part}_veraenderung{FILE_ENDINGS[fmt]}"
    return f"{view.indicator}_{view.year}_{view.level}_{part}{FILE_ENDINGS[fmt]}"
