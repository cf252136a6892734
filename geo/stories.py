"""Stories for presentation mode: steps of views with captions whose numbers come from the pack.

A story (``data/raw/stories/*.yaml``) is a list of steps; a step is a view (the
URL parameters of the atlas), the panel shown beside the map, places to outline
and a caption in German and English. A caption holds no typed number: every
number is a ``{placeholder}`` that :func:`quantities` computes from the pack for
the step's view, so a caption can never drift from the data on screen. The build
step (:func:`run`) refuses a caption with a digit, an unknown placeholder or a
view that does not parse cleanly, and, once the pack is rendered, a placeholder
its step's view cannot fill (:func:`check_captions`).

Placeholders (for the step's indicator, level, year and zone scheme):

============================== ==========================================================
``year``                       the year shown
``max_name`` ``max_value``     the unit with the highest value, and that value
``min_name`` ``min_value``     the unit with the lowest value, and that value
``mean``                       the Ruhr value (see geo/aggregate.py)
``zone_mean:<zone>``           the zone's population-weighted mean
``zone_label:<zone>``          the zone's name
``gap_first`` ``gap_last``     zone a − zone b in the first and last year with both
``gap_first_abs`` …``_last_abs`` the same without sign
``gap_first_year`` …           those years
``gap_first_direction`` …      "above" or "below" (zone a relative to zone b)
``gap_trend``                  widened, narrowed, stable or reversed (geo/comparison.py)
``theil_first`` ``theil_last`` Theil T over all units in those years
``between_share``              share of Theil T between the zones in the year shown, in %
``moran_i`` ``moran_expected`` global Moran's I and its expectation under no pattern
``cluster:<kind>``             names of the units in a local cluster (high_high, low_low, …)
``project_share:<zone>``       % of located projects coordinated in the zone
``population_share:<zone>``    % of the inhabitants living in the zone
============================== ==========================================================
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace

import yaml

from geo import comparison, project_map, query, spatial
from geo.errors import InputError
from geo.indicator_rows import level_of_code
from geo.view_state import ViewState, parse_query, resolve, shown_year

RAW = Path(__file__).resolve().parent.parent / "data" / "raw" / "stories"
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
    "gap_trend",
    "theil_first",
    "theil_last",
    "between_share",
    "moran_i",
    "moran_expected",
}
WITH_ZONE = {"zone_mean", "zone_label", "project_share", "population_share"}
WITH_CLUSTER = {"cluster"}
PANELS = ("ranking", "table", "comparison")
LANGUAGES = ("de", "en")


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
            table = comparison.over_time(atlas, state.indicator, state.level, zone_of, zones)
            both = table[table["gap"].notna()]
            lazy["over_time"] = (table, both.iloc[0], both.iloc[-1], comparison.gap_trend(both["year"], both["gap"]))
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
        elif name.startswith("gap_") or name in ("theil_first", "theil_last"):
            table, first, last, trend = over_time()
            row = first if "first" in name else last
            if name == "gap_trend":
                out[key] = Quantity(trend.direction, "word")
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


def read(folder: Path = RAW) -> list[dict]:
    stories = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            story = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            raise InputError(path, f"not valid YAML: {getattr(error, 'problem', error)}", line=mark.line + 1 if mark else None) from None
        for field in ("id", "title", "steps"):
            if not story or field not in story:
                raise InputError(path, f"missing {field!r}", field=field)
        story["file"] = path.name
        stories.append(story)
    return stories


def validate(story: dict, atlas) -> None:
    """Every step parses cleanly, names a known panel and places, and captions hold no typed numbers."""
    path = story["file"]
    for number, step in enumerate(story["steps"], 1):
        where = f"step {number}"
        requested, notices = parse_query(step.get("view", ""), atlas)
        if notices:
            raise InputError(
                path, f"{where}: the view {step.get('view')!r} does not parse cleanly ({notices[0].key}: {notices[0].values})", field="view"
            )
        state = resolve(requested, atlas)[0]
        if step.get("panel") not in PANELS:
            raise InputError(path, f"{where}: panel must be one of {', '.join(PANELS)}", field="panel")
        for ags in step.get("highlight", []):
            if level_of_code(ags) != state.level or ags not in set(atlas.places["ags"]):
                raise InputError(path, f"{where}: {ags!r} is not a {state.level} of the view", field="highlight")
        captions = step.get("caption", {})
        if set(captions) != set(LANGUAGES):
            raise InputError(path, f"{where}: a caption in {' and '.join(LANGUAGES)} is needed", field="caption")
        zones = {z["id"] for z in comparison.scheme_zones(atlas, state.scheme)}
        for lang, caption in captions.items():
            if re.search(r"\d", PLACEHOLDER.sub("", caption)):
                raise InputError(path, f"{where}, {lang}: a typed number in the caption; use a placeholder", field="caption")
            for name, argument in placeholders(caption):
                valid = (
                    (name in SIMPLE and argument is None)
                    or (name in WITH_ZONE and argument in zones)
                    or (name in WITH_CLUSTER and argument in spatial.QUADRANTS.values())
                )
                if not valid:
                    raise InputError(
                        path, f"{where}, {lang}: unknown placeholder {{{name}{':' + argument if argument else ''}}}", field="caption"
                    )
        if sorted(placeholders(captions["de"])) != sorted(placeholders(captions["en"])):
            raise InputError(path, f"{where}: the German and English captions use different placeholders", field="caption")


def check_captions(atlas, folder: Path = RAW) -> None:
    """Every placeholder of every caption has a value in its step's view (the pack is built, so they can be computed).

    :func:`validate` knows the names only; a ``{mean}`` where the view has no Ruhr mean, or a ``{max_name}`` of a
    year without values, is refused here instead of failing when the step is shown.
    """
    files = {story["id"]: story["file"] for story in read(folder)}
    for story in atlas.stories.values():
        for number, step in enumerate(story["steps"], 1):
            for lang, caption in step["caption"].items():
                state = replace(step_state(step, atlas), lang=lang)
                for name, argument in placeholders(caption):  # one by one, so the error names the one that failed
                    key = f"{name}:{argument}" if argument else name
                    try:
                        value = quantities(atlas, state, [(name, argument)])[key].value
                    except (TypeError, IndexError, KeyError, StopIteration, ValueError):  # no mean, no known unit, no such zone
                        value = None
                    if value in (None, "") or (isinstance(value, float) and math.isnan(value)):
                        raise InputError(
                            folder / files[story["id"]],
                            f"step {number}, {lang}: {{{key}}} has no value in the step's view",
                            field="caption",
                        )


def run(catalog_entries: list[dict], places, zone_schemes: list[dict], folder: Path = RAW) -> list[dict]:
    """Validated stories for the pack."""
    atlas_like = SimpleNamespace(
        catalog={e["id"]: e for e in catalog_entries}, places=places, zone_schemes={s["id"]: s for s in zone_schemes}
    )
    stories = read(folder)
    for story in stories:
        validate(story, atlas_like)
    return [{key: value for key, value in story.items() if key != "file"} for story in stories]
