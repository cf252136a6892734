"""The change view: the map, legend, ranking and table of the change between two years (``?change=2010-2021``).

Everything is drawn from one :class:`~geo.change.ChangeView`. Colour is never the
only cue: every class label, tooltip and table cell carries the sign and the
number, and each tooltip names both years' values.
"""

from __future__ import annotations

from dataclasses import replace

from dash import dcc, html

from geo import change, query
from geo.change import ChangeView
from geo.view_state import to_query
from layouts import chart_style, map_panel
from layouts import legend as legend_panel
from layouts.comparison.common import data_table
from layouts.format import number, signed
from layouts.source_line import source_line
from layouts.text import flag_text, t

PERCENT_PRECISION = 1


def precision(atlas, view: ChangeView) -> int:
    """Decimals of the mapped change: one for per cent, else the indicator's own."""
    return PERCENT_PRECISION if view.kind == "percent" else atlas.catalog[view.indicator]["precision"]


def unit(atlas, view: ChangeView, lang: str) -> str:
    """The unit of the mapped change: percentage points, per cent of the first year, or the indicator's unit."""
    if view.kind == "points":
        return t("change_unit_points", lang)
    if view.kind == "percent":
        return t("change_unit_percent", lang, first=view.first)
    return atlas.catalog[view.indicator]["unit"][lang]


def title(atlas, state, view: ChangeView) -> str:
    label = atlas.catalog[view.indicator]["label"][state.lang]
    return t("change_title", state.lang, indicator=label, first=view.first, last=view.last) + (
        f" · {t(f'level_short_{view.level}', state.lang)}"
    )


def reason(view: ChangeView, ags: str, lang: str) -> str:
    """Why a place has no change: a missing year (with the official symbol's meaning), a zero base, a break."""
    why = view.rows.at[ags, "reason"]
    text = t(f"change_reason_{why}", lang, first=view.first, last=view.last)
    note = view.rows.at[ags, f"note_{lang}"]
    if note:  # a break of this place alone: what changed
        return f"{text} ({note})"
    flag = view.rows.at[ags, "first_flag" if why == "missing_first" else "last_flag"] if why.startswith("missing") else ""
    return f"{text} ({flag_text(flag, lang)})" if flag else text


def values_text(atlas, view: ChangeView, ags: str, lang: str) -> str:
    """Both years' values with the indicator's unit: ``2010: 5,4 → 2021: 6,6 %``."""
    entry = atlas.catalog[view.indicator]
    row = view.rows.loc[ags]
    return t(
        "change_values",
        lang,
        first=view.first,
        last=view.last,
        v1=number(row["first"], entry["precision"], lang),
        v2=number(row["last"], entry["precision"], lang),
        unit=entry["unit"][lang],
    )


def change_text(atlas, view: ChangeView, ags: str, lang: str) -> str:
    """The signed change, and for a count or amount also the difference in its own unit."""
    row = view.rows.loc[ags]
    text = f"{signed(row['measure'], precision(atlas, view), lang)} {unit(atlas, view, lang)}"
    if view.kind == "percent":
        entry = atlas.catalog[view.indicator]
        text += f" ({signed(row['absolute'], entry['precision'], lang)} {entry['unit'][lang]})"
    return text


def rank_text(view: ChangeView, ags: str, lang: str) -> str:
    row = view.rows.loc[ags]
    return t("change_rank", lang, r1=int(row["rank_first"]), r2=int(row["rank_last"]), moved=signed(row["rank_change"], 0, lang))


def place_texts(atlas, view: ChangeView, lang: str) -> dict:
    """The tooltip's lines per AGS: the change (or why there is none, with both years), both values, the ranks."""
    known = view.known.index
    value = {ags: change_text(atlas, view, ags, lang) for ags in known}
    value |= {ags: f"{reason(view, ags, lang)} · {values_text(atlas, view, ags, lang)}" for ags in view.rows.index.difference(known)}
    return {
        "classes": {ags: int(c) for ags, c in view.rows["cls"].items()},
        "value": value,
        "rank": {ags: values_text(atlas, view, ags, lang) for ags in known},
        "deviation": {ags: rank_text(view, ags, lang) for ags in known},
    }


def hideout(atlas, state, view: ChangeView) -> dict:
    """The map's ``hideout``: the change classes and the tooltip texts (assets/map_style.js draws them)."""
    texts = place_texts(atlas, view, state.lang)
    return map_panel.style_hideout(texts, view.colours, {"rank": "{value}", "deviation": "{value}"}, selected=state.selected)


def class_labels(atlas, view: ChangeView, lang: str) -> list[str]:
    """``from – to`` with signs for every class; the middle one says "no change"."""
    digits = precision(atlas, view)
    labels = [f"{signed(low, digits, lang)} – {signed(high, digits, lang)}" for low, high in view.breaks.ranges()]
    if labels:
        labels[change.middle_class(view.breaks)] = t("change_no_change", lang, zero=f"±{number(0, digits, lang)}")
    return labels


def notes(atlas, state, view: ChangeView) -> list:
    """What the legend says under its classes: the measure and why, the middle, the colours, the ranks, the Ruhr."""
    lang = state.lang
    entry = atlas.catalog[view.indicator]
    found = [
        t(f"change_kind_{view.kind}", lang, first=view.first, unit=entry["unit"][lang]),
        t("change_middle", lang),
        t(f"change_colours_{entry['polarity']}", lang),
    ]
    both = int(view.rows["rank_first"].notna().sum())
    if both:
        found.append(t("change_ranks", lang, n=both, places=t(f"rank_places_{view.level}", lang)))
    ruhr = [query.ruhr_value(atlas, view.indicator, view.level, year) for year in (view.first, view.last)]
    if all(ruhr) and view.blocked is None:
        first, last = (number(r["value"], entry["precision"], lang) for r in ruhr)
        found.append(t("change_ruhr", lang, first=f"{view.first}: {first}", last=f"{view.last}: {last} {entry['unit'][lang]}"))
    return found


def blocked_text(view: ChangeView, lang: str) -> str:
    blocked = view.blocked
    return t("change_blocked", lang, first=view.first, last=view.last, year=blocked.year, note=blocked.note[lang].rstrip("."))


def blocked_notice(state, view: ChangeView) -> html.Div | None:
    """Why no change is computed (the break and its note), with a link to the comparable span when there is one."""
    if view.blocked is None:
        return None
    lang, blocked = state.lang, view.blocked
    text = blocked_text(view, lang)
    offer = []
    if blocked.span:
        span = f"{blocked.span[0]}–{blocked.span[1]}"
        offer = [" ", dcc.Link(t("change_offer", lang, span=span), href=to_query(replace(state, change=blocked.span)), refresh=False)]
    return html.P([text, *offer], className="change-blocked", role="status")


def legend(atlas, state, view: ChangeView) -> html.Div:
    """Diverging classes with signed ranges and counts, "no data" with its count, the unit and the notes."""
    lang = state.lang
    return html.Div(
        className="legend change-legend",
        children=[
            html.Div(f"{unit(atlas, view, lang)} · {view.first}–{view.last}", className="legend-unit"),
            blocked_notice(state, view),
            legend_panel.counted_classes(view.colours, class_labels(atlas, view, lang), view.rows["cls"], lang),
            *[html.P(note, className="legend-note") for note in notes(atlas, state, view)],
        ],
    )


def source(atlas, view: ChangeView, lang: str, *, boundaries: bool = False) -> str | list:
    """The source line of both years (one line when they share their sources)."""
    first, last = (source_line(atlas, view.indicator, view.level, year, lang) for year in (view.first, view.last))
    text = first if first == last else f"{view.first}: {first} {view.last}: {last}"
    return map_panel.attributed(text) if boundaries else text


def table_rows(atlas, view: ChangeView, lang: str) -> tuple[list[str], list[list[str]]]:
    """Header texts and one row per place (largest rise first, places without a change last, by name)."""
    entry = atlas.catalog[view.indicator]
    digits = entry["precision"]
    labels = class_labels(atlas, view, lang)
    header = [
        t("table_place", lang),
        t("change_table_value", lang, year=view.first),
        t("change_table_value", lang, year=view.last),
        t("change_table_absolute", lang, unit=t("change_unit_points", lang) if view.kind == "points" else entry["unit"][lang]),
        t("change_table_percent", lang),
        t("change_table_rank", lang, year=view.first),
        t("change_table_rank", lang, year=view.last),
        t("change_table_moved", lang),
        t("table_class", lang),
        t("change_table_note", lang),
    ]
    known = view.known.sort_values(["measure", "name"], ascending=[False, True])
    rows = []
    for ags, row in [*known.iterrows(), *view.rows.drop(known.index).sort_values("name").iterrows()]:
        has = ags in known.index
        rows.append(
            [
                row["name"],
                number(row["first"], digits, lang),
                number(row["last"], digits, lang),
                signed(row["absolute"], digits, lang) if has else "–",
                signed(row["percent"], PERCENT_PRECISION, lang) if has and view.kind == "percent" else "–",
                str(int(row["rank_first"])) if has else "–",
                str(int(row["rank_last"])) if has else "–",
                signed(row["rank_change"], 0, lang) if has else "–",
                labels[int(row["cls"])] if has else t("legend_no_data", lang),
                "" if has else reason(view, ags, lang),
            ]
        )
    return header, rows


def table(atlas, state, view: ChangeView) -> html.Table:
    lang = state.lang
    header, rows = table_rows(atlas, view, lang)
    caption = [
        html.Strong(t("table_caption", lang, title=title(atlas, state, view))),
        f" {t(f'change_kind_{view.kind}', lang, first=view.first, unit=atlas.catalog[view.indicator]['unit'][lang])} {source(atlas, view, lang)}",
        blocked_notice(state, view),
    ]
    return data_table(caption, header, rows, className="place-table change-table")


def ranking_figure(atlas, view: ChangeView, lang: str, selected: str | None) -> dict:
    """Every place with a change as a bar from zero, coloured like the map, signed numbers at the bars."""
    known = view.known.sort_values("measure")
    digits = precision(atlas, view)
    bar = {
        "type": "bar",
        "x": known["measure"].tolist(),
        "y": known["name"].tolist(),
        "orientation": "h",
        "customdata": list(known.index),
        "marker": {
            "color": [view.colours[int(c)] for c in known["cls"]],
            "line": {
                "color": ["#111111" if a == selected else "#888888" for a in known.index],
                "width": [2 if a == selected else 0.5 for a in known.index],
            },
        },
        "text": [signed(v, digits, lang) for v in known["measure"]],
        "textposition": "outside",
        "cliponaxis": False,
        "hovertemplate": "%{y}: %{text} " + unit(atlas, view, lang).replace("%", "%%") + "<extra></extra>",
    }
    label = atlas.catalog[view.indicator]["label"][lang]
    missing = int(len(view.rows) - len(known))
    lines = [label, t("change_ranking_title", lang, first=view.first, last=view.last)]
    if missing:
        lines.append(f"<sup>{t('legend_no_data', lang)}: {missing}</sup>")
    top = 20 * len(lines) + 35
    return chart_style.figure(
        [bar],
        {
            "title": {"text": "<br>".join(lines), "x": 0, "font": {"size": 15}},
            "height": max(220, 15 * len(known) + 70 + top),
            "margin": {"l": 10, "r": 60, "t": top, "b": 30},
            "xaxis": {"title": {"text": unit(atlas, view, lang)}, "zeroline": True, "zerolinecolor": "#222222", "zerolinewidth": 1.5},
            "yaxis": {"automargin": True, "tickfont": {"size": 11}},
            "separators": ",." if lang == "de" else ".,",
            "showlegend": False,
        },
    )


def describe(atlas, state, view: ChangeView, what: str) -> str:
    """The alt text of the change map or ranking: what, the largest rise and fall, places without a change."""
    lang = state.lang
    entry = atlas.catalog[view.indicator]
    text = [
        t(
            "change_alt",
            lang,
            kind=t(f"alt_kind_{what}", lang),
            indicator=entry["label"][lang],
            first=view.first,
            last=view.last,
            unit=unit(atlas, view, lang),
            units=t(f"level_{view.level}", lang),
        )
    ]
    known = view.known.sort_values("measure")
    if len(known):
        digits = precision(atlas, view)
        high, low = known.iloc[-1], known.iloc[0]
        text.append(
            t(
                "change_alt_extremes",
                lang,
                high=high["name"],
                high_value=signed(high["measure"], digits, lang),
                low=low["name"],
                low_value=signed(low["measure"], digits, lang),
            )
        )
    if view.blocked is not None:
        text.append(blocked_text(view, lang))
    missing = len(view.rows) - len(known)
    if missing:
        text.append(t("alt_missing", lang, n=missing))
    return " ".join(text)
