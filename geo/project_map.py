"""Ruhr-Konferenz projects in the app: filters, partner networks, zone shares, need × projects.

Pure functions of the pack's project table (see :mod:`geo.projects` for how it is
built and where each project is placed).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from geo import classify, comparison, query
from geo.view_state import ViewState, shown_year

NO_FIELD = "none"  # filter value for projects whose Handlungsfeld no source states
#: Which project indicator the need × projects map sets against the need.
DENSITY = "projekte_beteiligt_je_100000_ew"


def filtered(projects: pd.DataFrame, fields=None, statuses=None) -> pd.DataFrame:
    """Projects of the chosen Handlungsfelder and statuses (``None`` = no filter, an empty choice = nothing)."""
    keep = pd.Series(True, index=projects.index)
    if fields is not None:
        keep &= projects["handlungsfeld"].replace("", NO_FIELD).isin(fields)
    if statuses is not None:
        keep &= projects["status"].isin(statuses)
    return projects[keep]


def located(projects: pd.DataFrame) -> pd.DataFrame:
    return projects[projects["location"] == "approximate"]


def without_place(projects: pd.DataFrame) -> pd.DataFrame:
    """Projects with no place in the region (outside it, or not known), by title."""
    return projects[projects["location"] != "approximate"].sort_values("title")


def partner_lines(projects: pd.DataFrame, municipalities: dict) -> dict:
    """LineStrings from each located project's coordinating place to each of its partner places."""
    labels = {f["properties"]["ags"]: f["properties"]["label"] for f in municipalities["features"]}
    features = []
    for row in located(projects).itertuples():
        for partner in filter(None, row.partner_ags.split(";")):
            features.append(
                {
                    "type": "Feature",
                    "properties": {"project_key": row.project_key, "handlungsfeld": row.handlungsfeld or NO_FIELD},
                    "geometry": {"type": "LineString", "coordinates": [labels[row.coordinator_ags], labels[partner]]},
                }
            )
    return {"type": "FeatureCollection", "features": features}


@dataclass(frozen=True)
class Coverage:
    recorded: int  # rows in the project table
    decided: int | None  # projects the cabinet decided (published figure), None if the pack lacks it
    located: int
    outside_region: int
    unknown: int


def coverage(atlas, projects: pd.DataFrame) -> Coverage:
    decided = query.series_rows(atlas, "ruhr_konferenz_projekte_beschlossen", "ruhr")
    return Coverage(
        recorded=len(projects),
        decided=int(decided["value"].iloc[-1]) if len(decided) else None,
        located=int((projects["location"] == "approximate").sum()),
        outside_region=int((projects["location"] == "outside_region").sum()),
        unknown=int((projects["location"] == "unknown").sum()),
    )


def zone_shares(atlas, projects: pd.DataFrame, scheme: str, group_a=(), group_b=()) -> pd.DataFrame:
    """Per zone: located projects coordinated there and their share, next to the zone's share of the population.

    Gemeinde level; population is the Zensus 2022 count. Both share columns sum to 100 %.
    """
    zone_of = comparison.membership(atlas, scheme, "gemeinde", group_a, group_b)
    population = query.population_weights(atlas, "gemeinde", 2022)
    counts = located(projects)["coordinator_ags"].map(zone_of).value_counts()
    zones = [z["id"] for z in comparison.scheme_zones(atlas, scheme)]
    table = pd.DataFrame(
        {
            "projects": counts.reindex(zones).fillna(0).astype(int),
            "population": population.groupby(zone_of).sum().reindex(zones).fillna(0),
        }
    )
    table["project_share"] = 100 * table["projects"] / table["projects"].sum() if table["projects"].sum() else np.nan
    table["population_share"] = 100 * table["population"] / table["population"].sum()
    return table


BIVARIATE_COLOURS = [  # 3×3, row = need (low → high), column = projects (none, few, many); J. Stevens' purple–teal scheme
    "#e8e8e8",
    "#ace4e4",
    "#5ac8c8",
    "#dfb0d6",
    "#a5add3",
    "#5698b9",
    "#be64ac",
    "#8c62aa",
    "#3b4994",
]


def bivariate_classes(need: pd.Series, polarity: str, density: pd.Series) -> pd.Series:
    """Class 0–8 (``3 × need class + project class``) per unit, −1 where either value is missing.

    Need classes are terciles of the indicator, turned so that 2 is always the
    greatest need (the low end for an indicator where higher is better). Project
    classes: 0 = no project, 1 and 2 = below or above the median of the places
    that have projects (terciles would put most places with no project into two
    different classes).
    """
    need_values = need if polarity != "higher_is_better" else -need
    breaks = classify.class_breaks(need_values, "quantiles", 3)
    need_class = pd.Series(classify.assign(need_values, breaks), index=need.index)
    positive = density[density > 0]
    median = positive.median() if len(positive) else np.nan
    project_class = pd.Series(np.where(density > 0, np.where(density > median, 2, 1), 0), index=density.index)
    classes = 3 * need_class + project_class
    return classes.where(need_class.ge(0) & density.notna(), -1).astype(int)


def density_year(atlas, level: str) -> int:
    """The year of the project density the need × projects map uses: its latest."""
    return atlas.catalog[DENSITY]["years"][level][-1]


def view_bivariate(atlas, state: ViewState) -> pd.DataFrame:
    """Per unit of the view (index AGS): ``need`` (its indicator in the shown year), ``density`` (the latest
    project density) and their :func:`bivariate_classes` ``cls``: what the need × projects map draws."""
    need = query.values(atlas, state.indicator, state.level, shown_year(state, atlas))["value"]
    density = query.values(atlas, DENSITY, state.level, density_year(atlas, state.level))["value"]
    return pd.DataFrame(
        {"need": need, "density": density, "cls": bivariate_classes(need, atlas.catalog[state.indicator]["polarity"], density)}
    )


def view_bivariate_classes(atlas, state: ViewState) -> pd.Series:
    """:func:`bivariate_classes` of the view: its indicator in the shown year against the latest project density."""
    return view_bivariate(atlas, state)["cls"]
