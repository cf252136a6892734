"""The numbers in a story caption: each ``{placeholder}`` computed from the pack for the step's view.

Shown captions (layouts/present.py) and the build's check that every placeholder
has a value (geo/stories.py) both use :func:`quantities`, so what the build
accepted is what the page shows.

Placeholders (for the step's indicator, level, year and zone scheme):

============================== ==========================================================
``year``                       the year shown
``max_name`` ``max_value``     the unit with the highest value, and that value
``min_name`` ``min_value``     the unit with the lowest value, and that value
``mean``                       the Ruhr value (see geo/aggregate.py)
``zone_mean:<zone>``           the zone's population-weighted mean
``zone_label:<zone>``          the zone's name
``gap_first`` ``gap_last``     zone a − zone b in the first and last year with both, within the series'
                               segment (geo/convergence.py: never across a break)
``gap_first_abs`` …``_last_abs`` the same without sign
``gap_first_year`` …           those years
``gap_first_direction`` …      "above" or "below" (zone a relative to zone b)
``ratio_first_pct`` …``_last_pct`` zone a's mean as % of zone b's in those years
``gap_change`` ``ratio_change`` how the difference and the ratio moved: grew, shrank, unchanged, reversed
``gap_verdict``                the verdict of :func:`geo.convergence.verdict`: widening or narrowing only
                               when both moved the same way
``theil_first`` ``theil_last`` Theil T over all units in those years
``between_share``              share of Theil T between the zones in the year shown, in %
``moran_i`` ``moran_expected`` global Moran's I and its expectation under no pattern
``cluster:<kind>``             names of the units in a local cluster (high_high, low_low, …)
``project_share:<zone>``       % of located projects coordinated in the zone
``population_share:<zone>``    % of the inhabitants living in the zone
============================== ==========================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo import comparison, convergence, project_map, query, spatial
from geo.view_state import ViewState, parse_query, resolve, shown_year

PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([a-z0-9_]+))?\}")
SIMPLE = {
    "year",
    "max_name",
    "max_value",
    "min_name",
    "min_value",
    "mean",
    "gap_first",
    "gap_last",
    "gap_first_abs",
    "gap_last_abs",
    "gap_first_year",
    "gap_last_year",
    "gap_first_direction",
    "gap_last_direction",
    "ratio_first_pct",
    "ratio_last_pct",
    "gap_change",
    "ratio_change",
    "gap_verdict",
    "theil_first",
    "theil_last",
    "between_share",
    "moran_i",
    "moran_expected",
}
#: The placeholders computed over the years of a segment: the build checks that these years span no break.
OVER_TIME = {name for name in SIMPLE if name.startswith(("gap_", "ratio_", "theil_"))}
WITH_ZONE = {"zone_mean", "zone_label", "project_share", "population_share"}
WITH_CLUSTER = {"cluster"}


@dataclass(frozen=True)
class Quantity:
    """A computed caption value: ``kind`` is number, year, text or word (a UI text key)."""

    value: object
    kind: str
    precision: int = 0


def placeholders(caption: str) -> list[tuple[str, str | None]]:
    return [(m.group(1), m.group(2)) for m in PLACEHOLDER.finditer(caption)]


def step_state(step: dict, atlas) -> ViewState:
    """The view a step shows (fitted to the data like any link)."""
    return resolve(parse_query(step["view"], atlas)[0], atlas)[0]


def quantities(atlas, state: ViewState, wanted: list[tuple[str, str | None]]) -> dict[str, Quantity]:
    """The values of the wanted placeholders for a view (keys as written in the caption, e.g. ``zone_mean:nord``)."""
    year = shown_year(state, atlas)
    precision = atlas.catalog[state.indicator]["precision"]
    view = query.map_view(atlas, state)
    zones, zone_of = comparison.zones_of(atlas, state)
    lazy = {}

    def over_time():
        if "over_time" not in lazy:
            _, table = convergence.segment_over_time(atlas, state)
            both = table[table["gap"].notna()]
            lazy["over_time"] = (table, both.iloc[0], both.iloc[-1], convergence.verdict_of(table))
        return lazy["over_time"]

    known = view.rows[view.rows["value"].notna()].sort_values("value")
    out = {}
    for name, argument in wanted:
        key = f"{name}:{argument}" if argument else name
        if name == "year":
            out[key] = Quantity(year, "year")
        elif name in ("max_name", "min_name"):
            out[key] = Quantity(known.iloc[-1 if name == "max_name" else 0]["name"], "text")
        elif name in ("max_value", "min_value"):
            out[key] = Quantity(float(known.iloc[-1 if name == "max_value" else 0]["value"]), "number", precision)
        elif name == "mean":
            out[key] = Quantity(view.mean["value"], "number", precision)
        elif name == "zone_mean":
            stats = comparison.compare(atlas, state.indicator, state.level, year, zone_of, zones).zones
            out[key] = Quantity(next(s.mean for s in stats if s.zone == argument), "number", precision)
        elif name == "zone_label":
            out[key] = Quantity(next(z["label"][state.lang] for z in zones if z["id"] == argument), "text")
        elif name in OVER_TIME:
            table, first, last, verdict = over_time()
            row = first if "first" in name else last
            if name == "gap_verdict":
                out[key] = Quantity(f"verdict_{verdict.word}", "word")
            elif name in ("gap_change", "ratio_change"):
                out[key] = Quantity(f"change_{verdict.absolute if name == 'gap_change' else verdict.relative}", "word")
            elif name.startswith("ratio_"):
                out[key] = Quantity(100 * float(row["ratio"]), "number", 1)
            elif name.endswith("_year"):
                out[key] = Quantity(int(row["year"]), "year")
            elif name.endswith("_direction"):
                out[key] = Quantity(comparison.gap_direction(row["gap"]), "word")
            elif name.startswith("theil"):
                out[key] = Quantity(float(row["theil"]), "number", 3)
            else:
                out[key] = Quantity(abs(float(row["gap"])) if name.endswith("_abs") else float(row["gap"]), "number", precision)
        elif name == "between_share":
            result = comparison.compare(atlas, state.indicator, state.level, year, zone_of, zones)
            out[key] = Quantity(100 * result.inequality["between_share"], "number", 0)
        elif name in ("moran_i", "moran_expected"):
            result = spatial.moran(*spatial.view_values(atlas, state))
            out[key] = Quantity(result.i if name == "moran_i" else result.expected, "number", 2)
        elif name == "cluster":
            clusters = spatial.view_clusters(atlas, state)
            names = query.unit_names(atlas, state.level)
            out[key] = Quantity(", ".join(sorted(names[a] for a in clusters.index[clusters["cluster"] == argument])), "text")
        elif name in ("project_share", "population_share"):
            shares = project_map.zone_shares(atlas, atlas.projects, state.scheme, state.group_a, state.group_b)
            out[key] = Quantity(float(shares.loc[argument, name]), "number", 0)
        else:
            raise KeyError(name)
    return out
