"""The profile of one place: every indicator with value, rank, Ruhr / NRW / Germany and a trend line."""

from __future__ import annotations

from dash import html

from geo import query
from geo.catalog import THEMES
from geo.indicator_rows import level_of_code
from layouts import break_marks, ids, links, ranks, similar_panel
from layouts.format import number, year_label, year_runs
from layouts.sparkline import sparkline
from layouts.text import flag_text, t

REFERENCE_LABELS = (("ruhr", "profile_ruhr"), ("land", "profile_nrw"), ("bund", "profile_de"))


def place_facts(atlas, ags: str) -> dict:
    """Name and Kreis of a Gemeinde or Kreis of the RVR area."""
    for feature in atlas.municipalities["features"] + atlas.kreise["features"]:
        if feature["properties"]["ags"] == ags:
            return feature["properties"]
    raise KeyError(ags)


def subtitle(facts: dict, lang: str) -> str:
    """ "kreisfreie Stadt", "Kreis: …" for a kreisangehörige Gemeinde, nothing for a Kreis."""
    if facts.get("kreisfrei") or facts.get("kreis") == facts["name"]:
        return t("profile_kreisfrei", lang)
    return t("profile_kreis", lang, kreis=facts["kreis"]) if "kreis" in facts else ""


def break_notes(breaks: list[break_marks.Mark], lang: str) -> list[str]:
    """One note per kind of break: a source that changes every year is named once, with its years."""
    years: dict[tuple[str, str], list[int]] = {}
    for mark in breaks:
        years.setdefault((mark.label, mark.note), []).append(mark.year)
    return [
        t("break_in_year", lang, label=label, year=found[0], note=note)
        if len(found) == 1
        else t("break_in_years", lang, label=label, years=year_runs(found), note=note)
        for (label, note), found in years.items()
    ]


def item(atlas, found: query.ProfileRow, lang: str) -> html.Li:
    """One indicator: label, value with unit and year, rank, references, trend line."""
    entry = atlas.catalog[found.indicator]
    precision = entry["precision"]
    notes = [flag_text(found.flag, lang, atlas.catalog)] if found.flag else []
    if found.unverified:
        shown = ", ".join(f"{year}: {number(v, precision, lang)}" for year, v in found.unverified)
        notes.append(t("profile_unverified", lang, values=shown))
    references = [
        f"{t(label, lang)} {number(found.references[key], precision, lang)}" for key, label in REFERENCE_LABELS if key in found.references
    ]
    rank = ranks.phrase(int(found.rank), found.of, found.places, found.level, lang) if found.rank == found.rank else ""
    trend = sparkline(found.trend, segments=found.segments)
    breaks = (
        break_marks.marks(
            atlas.breaks_of(found.indicator, found.level), found.indicator, found.level, [y for y, _ in found.trend], lang, ags=found.ags
        )
        if trend
        else []
    )
    notes += break_notes(breaks, lang)
    notes += [t("profile_withheld", lang, year=year, reason=flag_text(flag, lang)) for year, flag in found.withheld]
    trend_alt = f"{t('profile_trend', lang)} {found.trend[0][0]}–{found.trend[-1][0]}" if found.trend else ""
    if breaks:
        trend_alt += " (" + ", ".join(f"{m.label} {m.year}" for m in breaks) + ")"
    return html.Li(
        className="profile-item",
        children=[
            html.Div(
                html.A(entry["label"][lang], href=links.data_page(found.indicator, lang), title=t("data_page_link", lang)),
                className="label",
            ),
            html.Div(
                [
                    html.Span(f"{number(found.value, precision, lang)} {entry['unit'][lang]}", className="value"),
                    html.Span(f" ({year_label(found.year, found.period)})", className="year"),
                    html.Span(f" · {rank}" if rank else "", className="rank"),
                ]
            ),
            html.Div(" · ".join(references), className="references") if references else None,
            html.Img(src=trend, className="trend", alt=trend_alt) if trend else None,
            *[html.Div(note, className="note") for note in notes],
        ],
    )


def zone_line(atlas, ags: str, lang: str) -> str:
    """The place's zone in the default scheme, with that scheme's name."""
    scheme_id = next(iter(atlas.zone_schemes))
    scheme = atlas.zone_schemes[scheme_id]
    row = atlas.zones[(atlas.zones["scheme"] == scheme_id) & (atlas.zones["ags"] == ags)]
    zone = next(z for z in scheme["zones"] if z["id"] == row.iloc[0]["zone"])
    return t("profile_zone", lang, scheme=scheme["label"][lang], zone=zone["label"][lang])


#: The fields of the view state the panel depends on (its gate asks the server only when they change).
KEY_FIELDS = ["selected", "lang", "similar"]


def key(state) -> list:
    """What the panel depends on: it is rebuilt only when this changes."""
    return [state.selected, state.lang, list(similar_panel.recipe(state))]


def close_button(lang: str, hidden: bool) -> html.Button:
    return html.Button("×", id=ids.PROFILE_CLOSE, title=t("profile_close", lang), hidden=hidden, **{"aria-label": t("profile_close", lang)})


def build(atlas, state) -> html.Div:
    """The chosen place's profile, or how to choose one."""
    ags, lang = state.selected, state.lang
    if ags is None:
        return html.Div(
            # the similar-places choice exists on every page, hidden here: the controls callback listens to it
            [
                html.P(t("profile_hint", lang), className="hint"),
                close_button(lang, hidden=True),
                html.Div(similar_panel.picker(atlas, state), hidden=True),
            ],
            className="profile-panel empty",
        )
    facts = place_facts(atlas, ags)
    items = query.profile(atlas, ags)
    sections = []
    for theme in THEMES:
        mine = [found for found in items if atlas.catalog[found.indicator]["theme"] == theme]
        if not mine:
            continue
        own_level = level_of_code(ags)
        own = [item(atlas, found, lang) for found in mine if found.level == own_level]
        of_kreis = [item(atlas, found, lang) for found in mine if found.level != own_level]
        parts = [html.H3(t(f"theme_{theme}", lang))]
        if own:
            parts.append(html.Ul(own, className="profile-list"))
        if of_kreis:
            parts += [html.P(t("profile_kreis_value", lang), className="profile-subhead"), html.Ul(of_kreis, className="profile-list")]
        sections.append(html.Section(parts))
    return html.Div(
        className="profile-panel",
        children=[
            html.Div(
                className="profile-head",
                children=[
                    html.H2(facts["name"], id=ids.PROFILE_TITLE),
                    close_button(lang, hidden=False),
                ],
            ),
            html.P(subtitle(facts, lang), className="profile-kreis"),
            html.P(zone_line(atlas, ags, lang), className="profile-kreis"),
            similar_panel.build(atlas, state),
            *sections,
        ],
    )
