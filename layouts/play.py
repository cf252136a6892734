"""Playing the years: the buttons beside the year control, and every year's frame of the view, sent once.

The browser plays the frames by itself (``assets/play.js``): each frame recolours the
cached shapes and shows that year's title, legend and source line, with no request to
the server. When play stops, the year control takes the year shown, and the server
renders that year once as after any other choice of year.

While playing, the classes are held fixed: the breaks come from all years of the
indicator together (:func:`geo.query.year_views`), so a colour means the same range
of values in every frame, and the legend says so.
"""

from __future__ import annotations

import textwrap
from dataclasses import replace

from dash import dcc, html

from geo import comparison, query, series_breaks
from geo.view_state import ViewState, as_dict
from layouts import ids, legend, map_panel, ranking_panel
from layouts.format import year_label
from layouts.text import t

#: What the frames depend on besides the year: the browser asks again when one of these changed.
KEY_FIELDS = ("indicator", "level", "classification", "k", "lang", "scheme", "group_a", "group_b")
#: Milliseconds each year stays on screen, per speed; with less motion asked for, at least :data:`SLOWEST`.
SPEEDS = {"slow": 2000, "normal": 1000, "fast": 500}
SLOWEST = max(SPEEDS.values())
#: Texts the browser fills in with a year.
SCRIPT_TEXTS = ("play_started", "play_stopped", "play_comparison_zones", "play_comparison_other")


def controls(state: ViewState) -> html.Div:
    """Step back, play/pause, step forward, the year playing, the speed; all named, all plain buttons."""
    lang = state.lang
    return html.Div(
        id=ids.PLAY,
        role="group",
        className="play",
        **{"aria-label": t("play_group", lang), "data-slowest": SLOWEST},
        children=[
            html.Div(
                className="play-buttons",
                children=[
                    step_button(ids.PLAY_BACK, "\u25c0\ufe0e", t("play_back", lang)),
                    html.Button(
                        [
                            html.Span(
                                [html.Span("\u25b6\ufe0e ", **{"aria-hidden": "true"}), t("play_start", lang)], className="when-stopped"
                            ),
                            html.Span(
                                [html.Span("\u275a\u275a ", **{"aria-hidden": "true"}), t("play_pause", lang)], className="when-playing"
                            ),
                        ],
                        id=ids.PLAY_TOGGLE,
                        type="button",
                        className="play-toggle",
                    ),
                    step_button(ids.PLAY_FORWARD, "\u25b6\ufe0e", t("play_forward", lang)),
                    # the year on screen while playing; a screen reader hears the start and the stop (PLAY_STATUS) instead
                    html.Span(id=ids.PLAY_YEAR, className="play-year", **{"aria-hidden": "true"}),
                ],
            ),
            html.Fieldset(
                [
                    html.Legend(t("play_speed", lang)),
                    dcc.RadioItems(
                        id=ids.PLAY_SPEED,
                        inline=True,
                        className="play-speed",
                        value=SPEEDS["normal"],
                        options=[{"label": t(f"play_speed_{name}", lang), "value": ms} for name, ms in SPEEDS.items()],
                    ),
                ],
                className="choice-group",
            ),
            html.P(t("play_note", lang), className="definition"),
            html.P(t("play_reduced_motion", lang, seconds=SLOWEST // 1000), className="definition play-reduced"),
            html.P(id=ids.PLAY_STATUS, role="status", className="visually-hidden"),
            dcc.Store(id=ids.PLAY_REQUEST),
            dcc.Store(id=ids.PLAY_DATA),
        ],
    )


def step_button(button_id: str, symbol: str, name: str) -> html.Button:
    return html.Button(symbol, id=button_id, type="button", className="play-step", title=name, **{"aria-label": name})


def key(state: ViewState) -> dict:
    """The fields of the state the frames depend on (compared in the browser with the state on screen)."""
    fields = as_dict(state)
    return {name: list(fields[name]) if isinstance(fields[name], tuple) else fields[name] for name in KEY_FIELDS}


def frames(atlas, state: ViewState) -> dict:
    """Every year of the view as the browser plays it: map colours and tooltips, title, legend, source line,
    each place's value (for the ranking) and each zone's mean (for the zone chart); plus the texts the player speaks."""
    lang = state.lang
    zones, zone_of = comparison.zones_of(atlas, state)
    means = comparison.over_time(atlas, state.indicator, state.level, zone_of, zones).set_index("year")
    labels = {zone["id"]: zone["label"][lang] for zone in zones}
    names = query.unit_names(atlas, state.level)
    return {
        "key": key(state),
        "names": names,
        "text": {name: t(name, lang, year="{year}") for name in SCRIPT_TEXTS},
        "frames": [
            frame(
                atlas,
                state,
                view,
                {labels[z]: means.at[view.year, f"mean_{z}"] for z in labels},
                break_note(atlas, state, view.year, names),
            )
            for view in query.year_views(atlas, state)
        ],
    }


def break_note(atlas, state: ViewState, year: int, names: dict[str, str]) -> str:
    """For a year in a later segment of its series (after a break no source declares comparable), what changed
    and which years it may not be compared with; empty in the series' first segment."""
    lang = state.lang
    years = atlas.catalog[state.indicator]["years"][state.level]
    runs = series_breaks.segments(atlas.series_breaks, state.indicator, state.level, years)
    index = next(i for i, (first, last) in enumerate(runs) if first <= year <= last)
    if index == 0:
        return ""
    (first, last), start = runs[index - 1], runs[index][0]
    found = series_breaks.breaks_between(atlas.series_breaks, state.indicator, state.level, last, start)
    changes = [
        t(f"play_break_{row.kind}", lang, year=row.year) + (f" ({names.get(row.ags, row.ags)})" if row.ags else "")
        for row in found[~found["comparable"].astype(bool)].itertuples()
    ]
    return t("play_break", lang, changes="; ".join(changes), years=str(first) if first == last else f"{first}–{last}")


def frame(atlas, state: ViewState, view: query.MapView, zone_means: dict, note: str) -> dict:
    shown = replace(state, year=view.year, fixed_breaks=True)
    hideout = map_panel.hideout(atlas, shown, view)
    return {
        "year": view.year,
        "label": year_label(view.year, view.period),
        # the place selected and the base map are the page's, not the frame's
        "hideout": {name: part for name, part in hideout.items() if name not in ("selected", "basemap")},
        "values": {ags: (None if value != value else float(value)) for ags, value in view.rows["value"].items()},
        "title": map_panel.title(atlas, shown, view),
        "rankingTitle": "<br>".join(
            [
                *ranking_panel.title_lines(atlas, view, state.lang, present=state.present),
                *(f"<b>{line}</b>" for line in textwrap.wrap(note, ranking_panel.TITLE_WRAP)),
            ]
        ),
        # a year after a break in the series says so under its legend, in words (never by colour alone)
        "legend": [legend.build(atlas, view, state.lang), html.P(note, className="legend-note play-break")]
        if note
        else legend.build(atlas, view, state.lang),
        "source": map_panel.source(atlas, shown, view),
        "zoneMeans": {label: (None if mean != mean else float(mean)) for label, mean in zone_means.items()},
    }
