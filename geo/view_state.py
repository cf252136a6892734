"""The view state: everything a permalink must reproduce, as one typed, Dash-free value.

The URL holds the state as a *difference from the defaults*: only non-default
fields appear, with short parameter names and official keys for places
(``?ind=arbeitslosenquote_pct&lvl=kreis&sel=05513``). Parsing never fails: an
unknown or malformed parameter falls back to its default and yields a notice
that names the parameter and the valid choices. :func:`resolve` then fits the
state to the data (an indicator that exists only per Kreis moves the map to the
Kreis level, a year the indicator lacks moves to the nearest year it has), again
with a notice, so every state the app shows is one the data can draw.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from urllib.parse import parse_qsl, urlencode

from geo import versions
from geo.classify import CLASSIFIERS, K_RANGE
from geo.indicator_rows import MAP_LEVELS, level_of_code

LANGUAGES = ("de", "en")
TABS = ("zones", "trend", "inequality", "convergence", "scatter", "spatial", "projects")
PANELS = ("map", "ranking", "table", "comparison")
PROJECT_FIELDS = ("1", "2", "3", "4", "5", "none")  # Handlungsfelder, "none" = not stated
PROJECT_STATUSES = ("implementing", "completed", "not_pursued", "not_started", "unknown")
SPATIAL_MODES = ("lisa", "bivariate", "hotspots")  # the spatial tab's local statistics (geo/spatial.py)
CUSTOM_SCHEME = "custom"
MAX_PARAMETER_LENGTH = 200  # longer values are refused before any parsing ...
MAX_GROUP_LENGTH = 600  # ... except a group, which may list all 53 AGS
MAX_QUERY_LENGTH = 2_000  # a longer link is not parsed at all
MAX_NOTICES = 5  # more problems are counted in one last notice
MAX_RECIPE = 8  # indicators of a similar-places or data-driven-zones recipe
#: Population floors of a data-driven zone (Zensus 2022 inhabitants), see geo/regions.py.
REGION_FLOORS = (250_000, 500_000, 750_000, 1_000_000)
#: The second indicator of the scatter and the bivariate LISA when none is chosen (or the chosen one lacks the level).
DEFAULT_SECOND = {"gemeinde": "einkommensteuer_gemeindeanteil_eur_je_ew", "kreis": "haushaltseinkommen_eur_je_ew_monat"}


@dataclass(frozen=True)
class ViewState:
    indicator: str = "gisd_nrw_frame_score"
    year: int | None = None  # None = the latest year the indicator has at this level
    level: str = "gemeinde"
    classification: str = "quantiles"
    k: int = 5
    fixed_breaks: bool = False  # class breaks from all years together, so years compare
    selected: str | None = None  # AGS of the place whose profile is open
    labels: bool = False
    basemap: bool = False  # an online tile layer under the boundaries
    lang: str = "de"
    scheme: str = "nord_sued"  # zone scheme of the comparison panels, or "custom" for groups A and B
    group_a: tuple[str, ...] = ()
    group_b: tuple[str, ...] = ()
    tab: str = "zones"  # the comparison panel shown
    indicator2: str | None = None  # the second indicator of the scatter and the bivariate LISA; None = DEFAULT_SECOND
    projects: bool = False  # the Ruhr-Konferenz project layer on the map
    fields: tuple[str, ...] | None = None  # Handlungsfelder shown (None = all, () = none)
    statuses: tuple[str, ...] | None = None  # project statuses shown (None = all, () = none)
    network: bool = False  # lines to partner places
    embed: bool = False  # one panel without the surrounding page, for an iframe
    panel: str = "map"  # the panel an embed shows
    present: bool = False  # presentation mode: large type, one panel, a story's captions
    story: str | None = None  # the story presented (None = the first of the pack)
    step: int = 1  # the story step shown, counted from 1
    change: tuple[int, int] | None = None  # the change view: first and last year compared (the year is then not shown)
    similar: tuple[str, ...] | None = None  # the profile's similar-places indicators (None = geo.ingredients.DEFAULT_INDICATORS)
    regions: bool = False  # data-driven zones shown beside the scheme in the zones tab
    region_indicators: tuple[str, ...] | None = None  # their indicators (None = geo.ingredients.DEFAULT_INDICATORS)
    region_floor: int = 500_000  # their minimum population per zone
    recipe: str | None = None  # a person's own index (geo/own_index.py), shown as the indicator INDEX_ID; kept while another is shown
    spatial: str = "lisa"  # the spatial tab's local statistic: lisa, bivariate (against indicator2), hotspots (Gi*)
    rhine: bool = True  # the spatial weights count the two neighbour pairs across the Rhine


DEFAULT = ViewState()

#: URL parameter → field. Short names keep links readable when shared.
PARAMETERS = {
    "ind": "indicator",
    "year": "year",
    "lvl": "level",
    "cls": "classification",
    "k": "k",
    "fix": "fixed_breaks",
    "sel": "selected",
    "labels": "labels",
    "map": "basemap",
    "lang": "lang",
    "zs": "scheme",
    "ga": "group_a",
    "gb": "group_b",
    "tab": "tab",
    "ind2": "indicator2",
    "pr": "projects",
    "hf": "fields",
    "pst": "statuses",
    "net": "network",
    "embed": "embed",
    "panel": "panel",
    "present": "present",
    "story": "story",
    "step": "step",
    "change": "change",
    "sim": "similar",
    "dz": "regions",
    "dzind": "region_indicators",
    "dzpop": "region_floor",
    "idx": "recipe",
    "sp": "spatial",
    "rhine": "rhine",
}
FIELD_PARAMETER = {field: parameter for parameter, field in PARAMETERS.items()}
#: The data version a permalink was made with. Not part of the view: a link always opens on the current data,
#: and when they changed since, a notice says what changed for the link's indicator (:func:`version_notices`).
VERSION = "v"
#: Old parameter names that keep working (old name → current name).
MIGRATIONS = {"indicator": "ind", "level": "lvl", "classes": "k", "select": "sel"}


@dataclass(frozen=True)
class Notice:
    """Why the shown view differs from what was asked for; ``key`` names a UI text, ``values`` fill it."""

    key: str
    values: dict

    def as_dict(self) -> dict:
        return {"key": self.key, "values": self.values}


def to_query(state: ViewState) -> str:
    """``?``-prefixed query with the non-default fields, or ``""`` for the default view.

    >>> to_query(ViewState(indicator="arbeitslosenquote_pct", level="kreis", selected="05513"))
    '?ind=arbeitslosenquote_pct&lvl=kreis&sel=05513'
    >>> to_query(DEFAULT)
    ''
    """
    pairs = []
    for field in fields(ViewState):
        value = getattr(state, field.name)
        if value == getattr(DEFAULT, field.name):
            continue
        if isinstance(value, bool):
            value = "1" if value else "0"
        elif field.name == "change":
            first, last = value  # anything but a pair of years raises, and checked() falls back
            value = f"{int(first)}-{int(last)}"
        elif isinstance(value, tuple):
            value = ",".join(value)
        pairs.append((FIELD_PARAMETER[field.name], str(value)))
    return "?" + urlencode(pairs) if pairs else ""


def parse_query(query: str, atlas) -> tuple[ViewState, list[Notice]]:
    """The state a query asks for, with a notice for every parameter that could not be used."""
    query = (query or "").lstrip("?")
    if len(query) > MAX_QUERY_LENGTH:
        return DEFAULT, [Notice("notice_link_too_long", {"length": len(query), "limit": MAX_QUERY_LENGTH})]
    notices: list[Notice] = []
    values: dict = {}
    places = set(atlas.places.loc[atlas.places.level.isin(MAP_LEVELS), "ags"]) if atlas is not None else set()
    version = None
    for raw_name, raw_value in parse_qsl(query, keep_blank_values=True):
        name = MIGRATIONS.get(raw_name, raw_name)
        if name == VERSION:
            version = raw_value
            continue
        if name not in PARAMETERS:
            notices.append(Notice("notice_unknown_parameter", {"parameter": _shown(raw_name), "valid": ", ".join(PARAMETERS)}))
            continue
        field = PARAMETERS[name]
        if len(raw_value) > (MAX_GROUP_LENGTH if field in ("group_a", "group_b", "recipe") else MAX_PARAMETER_LENGTH):
            notices.append(Notice("notice_invalid_value", {"parameter": name, "value": _shown(raw_value), "valid": ""}))
            continue
        parsed, valid = _parse_field(field, raw_value, atlas, places)
        if parsed is None:
            notices.append(Notice("notice_invalid_value", {"parameter": name, "value": _shown(raw_value), "valid": valid}))
        else:
            values[field] = parsed
    if len(notices) > MAX_NOTICES:
        notices = [*notices[: MAX_NOTICES - 1], Notice("notice_more", {"count": len(notices) - MAX_NOTICES + 1})]
    for field in ("indicator", "indicator2"):  # the own index needs its recipe
        own_index = _own_index()
        if values.get(field) == own_index.INDEX_ID and not values.get("recipe"):
            notices.append(Notice("notice_index_without_recipe", {"parameter": FIELD_PARAMETER[field]}))
            values[field] = getattr(DEFAULT, field)
    state = replace(DEFAULT, **values)
    return state, notices + version_notices(version, state.indicator, atlas)


def version_notices(version: str | None, indicator: str, atlas) -> list[Notice]:
    """Nothing for a link without a version or with the current one; otherwise that the data changed since, and how
    for ``indicator`` (its years per map level, its values, its description), or that the version is unknown."""
    if version is None or atlas is None or indicator == _own_index().INDEX_ID:  # the own index: its ingredients carry the data version
        return []
    found = versions.changes(atlas.versions, version, indicator)
    if found is None:
        return [Notice("notice_version_unknown", {"version": _shown(version), "current": atlas.version})]
    if not found:
        return []
    details = [
        Notice(
            f"notice_change_{change.kind}", {"indicator": indicator, "level": change.level, "before": change.before, "after": change.after}
        )
        for change in found
        if change.level in ("", *MAP_LEVELS)
    ]
    return [Notice("notice_data_changed", {"version": version, "current": atlas.version, "indicator": indicator}), *details]


def checked(state: ViewState, atlas) -> tuple[ViewState, list[Notice]]:
    """``state`` as if it came through a permalink: validated field by field and fitted to the data.

    Every state the browser sends (the page's store, a control's new value) passes here: a field it
    cannot have falls back to its default with a notice, never to an error.
    """
    try:
        query = to_query(state)
    except (TypeError, ValueError):  # a field of a type no view has
        return DEFAULT, []
    requested, problems = parse_query(query, atlas)
    fitted, adjustments = resolve(requested, atlas)
    return fitted, problems + adjustments


def from_browser(data, atlas) -> ViewState:
    """The state a browser sent (the ``dcc.Store``), checked like a permalink."""
    try:
        state = from_dict(data if isinstance(data, dict) else {})
    except (TypeError, ValueError):
        return DEFAULT
    return checked(state, atlas)[0]


def resolve(state: ViewState, atlas) -> tuple[ViewState, list[Notice]]:
    """The nearest state the data can show: a level and year the indicator has, classes the method allows."""
    notices = []
    atlas = _own_index().atlas_for(atlas, state)
    years = atlas.catalog[state.indicator]["years"]
    level = state.level
    if level not in years:
        level = next(lv for lv in MAP_LEVELS if lv in years)
        notices.append(Notice("notice_level_switched", {"indicator": state.indicator, "level": level}))
    year = state.year
    if year is not None and year not in years[level]:
        nearest = min(years[level], key=lambda y: (abs(y - year), -y))
        notices.append(Notice("notice_year_moved", {"indicator": state.indicator, "year": year, "nearest": nearest}))
        year = nearest
    if year == years[level][-1]:
        year = None  # "latest" stays latest when data for a newer year arrives
    k = state.k
    if state.classification == "deviation" and k % 2 == 0:
        k += 1  # deviation classes are symmetric around the mean
    second = state.indicator2
    if second is not None and level not in atlas.catalog[second]["years"]:
        notices.append(Notice("notice_second_switched", {"indicator": second, "level": level}))
        second = None
    change = fitted_change(state.change, years[level])
    if change is None and state.change:
        notices.append(Notice("notice_change_off", {"indicator": state.indicator}))
    elif change != state.change:
        notices.append(Notice("notice_change_moved", {"indicator": state.indicator, "asked": _span(state.change), "shown": _span(change)}))
    return replace(state, level=level, year=year, k=k, indicator2=second, change=change), notices


def fitted_change(change: tuple[int, int] | None, years: list[int]) -> tuple[int, int] | None:
    """The two years of a change view moved to the nearest years the indicator has; ``None`` when it has one year only.

    >>> fitted_change((2009, 2030), [2010, 2015, 2021]), fitted_change((2014, 2016), [2010, 2015, 2021])
    ((2010, 2021), (2015, 2021))
    """
    if change is None or len(years) < 2:
        return None
    first = min(years, key=lambda y: (abs(y - change[0]), y))
    last = min(years, key=lambda y: (abs(y - change[1]), -y))
    if first >= last:  # both moved onto one year: that year and the one after it (before it, at the end)
        position = min(years.index(last), len(years) - 2)
        first, last = years[position], years[position + 1]
    return first, last


def _span(change: tuple[int, int]) -> str:
    return f"{change[0]}–{change[1]}"


def second_indicator(state: ViewState) -> str:
    """The scatter's second indicator: the chosen one, else the level's default."""
    return state.indicator2 or DEFAULT_SECOND[state.level]


def shown_year(state: ViewState, atlas) -> int:
    """The year the map shows (the latest when the state says ``None``)."""
    return state.year if state.year is not None else atlas.catalog[state.indicator]["years"][state.level][-1]


def as_dict(state: ViewState) -> dict:
    return asdict(state)


def from_dict(data: dict) -> ViewState:
    names = {f.name for f in fields(ViewState)}
    values = {k: v for k, v in (data or {}).items() if k in names}
    for group in (
        "group_a",
        "group_b",
        "fields",
        "statuses",
        "change",
        "similar",
        "region_indicators",
    ):  # JSON (the browser store) turns tuples into lists
        if values.get(group) is not None:
            values[group] = tuple(values[group])
    return replace(DEFAULT, **values)


def _parse_field(field: str, raw: str, atlas, places: set[str]):
    """``(value, "")`` or ``(None, the valid choices)``: a list like ``"de, en"`` or a UI text key such as ``valid_year``."""
    own_index = _own_index()
    if field in ("indicator", "indicator2"):
        return (raw, "") if raw in atlas.catalog or raw == own_index.INDEX_ID else (None, "valid_indicator")
    if field == "recipe":
        try:
            return own_index.format_recipe(own_index.parse_recipe(raw, atlas.catalog)), ""
        except own_index.RecipeError:
            return None, "valid_recipe"
    if field == "year":
        return (int(raw), "") if re.fullmatch(r"[0-9]{4}", raw) else (None, "valid_year")
    if field == "level":
        return (raw, "") if raw in MAP_LEVELS else (None, ", ".join(MAP_LEVELS))
    if field == "classification":
        return (raw, "") if raw in CLASSIFIERS else (None, ", ".join(CLASSIFIERS))
    if field == "k":
        ok = re.fullmatch(r"[0-9]{1,2}", raw) is not None and int(raw) in K_RANGE
        return (int(raw), "") if ok else (None, f"{K_RANGE.start}–{K_RANGE.stop - 1}")
    if field in ("fixed_breaks", "labels", "basemap", "projects", "network", "embed", "present", "regions", "rhine"):
        return ({"1": True, "0": False}[raw], "") if raw in ("0", "1") else (None, "0, 1")
    if field == "selected":
        return (raw, "") if raw in places else (None, "valid_place")
    if field == "lang":
        return (raw, "") if raw in LANGUAGES else (None, ", ".join(LANGUAGES))
    if field == "scheme":
        schemes = [*atlas.zone_schemes, CUSTOM_SCHEME]
        return (raw, "") if raw in schemes else (None, ", ".join(schemes))
    if field == "tab":
        return (raw, "") if raw in TABS else (None, ", ".join(TABS))
    if field == "spatial":
        return (raw, "") if raw in SPATIAL_MODES else (None, ", ".join(SPATIAL_MODES))
    if field == "story":
        stories = list(getattr(atlas, "stories", {}))
        return (raw, "") if raw in stories else (None, ", ".join(stories))
    if field == "step":
        return (int(raw), "") if re.fullmatch(r"[0-9]{1,2}", raw) and 1 <= int(raw) <= 99 else (None, "1–99")
    if field == "change":
        years = re.fullmatch(r"([0-9]{4})-([0-9]{4})", raw)
        ok = years is not None and years[1] < years[2]
        return ((int(years[1]), int(years[2])), "") if ok else (None, "valid_change")
    if field == "panel":
        return (raw, "") if raw in PANELS else (None, ", ".join(PANELS))
    if field in ("fields", "statuses"):
        allowed = PROJECT_FIELDS if field == "fields" else PROJECT_STATUSES
        chosen = tuple(dict.fromkeys(part for part in raw.split(",") if part))
        return (chosen, "") if all(c in allowed for c in chosen) else (None, ", ".join(allowed))
    if field in ("similar", "region_indicators"):  # Gemeinde indicators, at least one
        chosen = tuple(dict.fromkeys(part for part in raw.split(",") if part))
        ok = 0 < len(chosen) <= MAX_RECIPE and all("gemeinde" in atlas.catalog.get(i, {}).get("years", {}) for i in chosen)
        return (chosen, "") if ok else (None, "valid_indicator_set")
    if field == "region_floor":
        return (
            (int(raw), "") if re.fullmatch(r"[0-9]{1,7}", raw) and int(raw) in REGION_FLOORS else (None, ", ".join(map(str, REGION_FLOORS)))
        )
    if field in ("group_a", "group_b"):
        members = tuple(dict.fromkeys(part for part in raw.split(",") if part))
        return (members, "") if all(ags in places for ags in members) else (None, "valid_group")
    raise KeyError(field)


def counterpart(ags: str | None, level: str, atlas) -> str | None:
    """The place at ``level`` that matches ``ags``: a Gemeinde's Kreis, or the single Gemeinde of a kreisfreie Stadt.

    A Kreis with several Gemeinden has no single counterpart (``None``).
    """
    if ags is None or level_of_code(ags) == level:
        return ags
    if level == "kreis":
        return ags[:5]
    members = [f["properties"]["ags"] for f in atlas.municipalities["features"] if f["properties"]["kreis_ags"] == ags]
    return members[0] if len(members) == 1 else None


def _own_index():
    """:mod:`geo.own_index`, imported when first needed: it reads the pack through :mod:`geo.query`, which imports this module."""
    from geo import own_index

    return own_index


def _shown(text: str) -> str:
    """A user-supplied text shortened for display (it is escaped where shown)."""
    return text if len(text) <= 40 else text[:40] + "…"
