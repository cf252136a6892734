"""A short description of an exported chart, for screen readers and image captions."""

from __future__ import annotations

from geo import comparison, convergence, query
from geo.query import MapView
from geo.view_state import ViewState
from layouts.comparison.convergence import verdict_sentence
from layouts.comparison.zones import gap_sentence
from layouts.format import number, year_label
from layouts.text import t


def describe(atlas, state: ViewState, what: str, view: MapView | None = None) -> str:
    """What is shown, the highest and lowest place, the Ruhr mean (and, for the zone chart, the gap).

    ``view``: the state's map data, when the caller has computed it already.
    """
    view = view or query.map_view(atlas, state)
    lang = state.lang
    entry = atlas.catalog[view.indicator]
    precision, unit = entry["precision"], entry["unit"][lang]
    kind = t(f"alt_kind_{what if what != 'comparison' else state.tab}", lang)
    if what == "comparison" and state.tab == "spatial":
        kind = t(f"spatial_mode_{state.spatial}", lang)
    text = [
        t(
            "alt_shown",
            lang,
            kind=kind,
            indicator=entry["label"][lang],
            unit=unit,
            year=year_label(view.year, view.period),
            units=t(f"level_{view.level}", lang),
        )
    ]
    known = view.rows[view.rows["value"].notna()].sort_values("value")
    if len(known):
        high, low = known.iloc[-1], known.iloc[0]
        text.append(
            t(
                "alt_extremes",
                lang,
                high=high["name"],
                high_value=number(high["value"], precision, lang),
                low=low["name"],
                low_value=number(low["value"], precision, lang),
                unit=unit,
            )
        )
    if view.mean is not None:
        text.append(t("alt_mean", lang, value=number(view.mean["value"], precision, lang), unit=unit))
    missing = int(view.rows["value"].isna().sum())
    if missing:
        text.append(t("alt_missing", lang, n=missing))
    if what == "comparison" and state.tab == "zones":
        zones, zone_of = comparison.zones_of(atlas, state)
        result = comparison.compare(atlas, view.indicator, view.level, view.year, zone_of, zones)
        text.append(gap_sentence(atlas, state, zones, result, view.year))
    if what == "comparison" and state.tab == "convergence":
        text.append(verdict_sentence(atlas, state, convergence.of_view(atlas, state).verdict, comparison.scheme_zones(atlas, state.scheme)))
    return " ".join(text)
