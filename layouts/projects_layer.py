"""The Ruhr-Konferenz project layer: markers by Handlungsfeld (colour and shape), popups, partner lines, legend.

Markers carry their own small SVG icon, so the legend and the map draw the same
shapes from one table (:data:`FIELD_STYLE`); shapes keep the fields apart for
readers who cannot tell the colours apart.
"""

from __future__ import annotations

import html as markup
from urllib.parse import quote, urlparse

from dash import html

from geo import project_map
from geo.view_state import ViewState
from layouts.text import t

#: Handlungsfeld → (colour, shape). Okabe–Ito colours.
FIELD_STYLE = {
    "1": ("#0072B2", "circle"),
    "2": ("#E69F00", "square"),
    "3": ("#CC79A7", "triangle"),
    "4": ("#009E73", "diamond"),
    "5": ("#D55E00", "pentagon"),
    project_map.NO_FIELD: ("#7f7f7f", "ring"),
}
SHAPES = {
    "circle": '<circle cx="8" cy="8" r="6"/>',
    "square": '<rect x="2.5" y="2.5" width="11" height="11"/>',
    "triangle": '<polygon points="8,1.5 14.5,14 1.5,14"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "pentagon": '<polygon points="8,1.2 14.6,6 12.1,14.2 3.9,14.2 1.4,6"/>',
    "ring": '<circle cx="8" cy="8" r="5.5" fill="#ffffff" stroke-width="2.5"/>',
}


def icon_svg(field: str) -> str:
    colour, shape = FIELD_STYLE[field]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 16 16" '
        f'fill="{colour}" stroke="{colour if shape == "ring" else "#ffffff"}" stroke-width="1.2">{SHAPES[shape]}</svg>'
    )


def icon_uri(field: str) -> str:
    return "data:image/svg+xml;charset=utf-8," + quote(icon_svg(field))


def field_name(atlas, field: str, lang: str) -> str:
    if field == project_map.NO_FIELD:
        return t("project_field_none", lang)
    row = atlas.handlungsfelder[atlas.handlungsfelder["handlungsfeld"] == field].iloc[0]
    return f"{field} – {row[f'name_{lang}']}"


def _links(sources: str) -> str:
    """Source entries as links where they are web addresses, as text otherwise; all escaped."""
    parts = []
    for entry in filter(None, (s.strip() for s in sources.split(";"))):
        if urlparse(entry).scheme in ("http", "https"):
            shown = urlparse(entry).netloc
            parts.append(
                f'<a href="{markup.escape(entry, quote=True)}" target="_blank" rel="noopener noreferrer">{markup.escape(shown)}</a>'
            )
        else:
            parts.append(markup.escape(entry))
    return ", ".join(parts)


def popup(atlas, row, lang: str) -> str:
    e = markup.escape
    field = row.handlungsfeld or project_map.NO_FIELD
    lines = [f"<strong>{e(row.title)}</strong>" + (f" ({e(row.number)})" if row.number else "")]
    lines.append(e(field_name(atlas, field, lang)))
    status = t(f"project_status_{row.status}", lang) + (f", {e(row.status_date)}" if row.status_date else "")
    lines.append(f"{e(t('project_status', lang))}: {e(status)} – {e(row.status_text)}")
    if row.coordinator:
        lines.append(f"{e(t('project_coordinator', lang))}: {e(row.coordinator)} ({e(row.coordinator_place)})")
    lines.append(f"<em>{e(t('project_location_approximate', lang, place=row.coordinator_place))}</em>")
    lines.append(f"{e(t('sources', lang))}: {_links(row.source_url)}")
    return "<br>".join(lines)


def features(atlas, state: ViewState) -> dict:
    """The located projects that pass the filters, as GeoJSON points with icon and popup."""
    chosen = project_map.located(project_map.filtered(atlas.projects, state.fields, state.statuses))
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {
                    "project_key": row.project_key,
                    "icon": icon_svg(row.handlungsfeld or project_map.NO_FIELD),
                    "popup": popup(atlas, row, state.lang),
                    "tooltip": markup.escape(row.title),
                },
                "geometry": {"type": "Point", "coordinates": [row.lon, row.lat]},
            }
            for row in chosen.itertuples()
        ],
    }


def network(atlas, state: ViewState) -> dict:
    if not (state.projects and state.network):
        return {"type": "FeatureCollection", "features": []}
    chosen = project_map.filtered(atlas.projects, state.fields, state.statuses)
    lines = project_map.partner_lines(chosen, atlas.municipalities)
    for feature in lines["features"]:
        feature["properties"]["colour"] = FIELD_STYLE[feature["properties"]["handlungsfeld"]][0]
    return lines


def legend(atlas, state: ViewState) -> list:
    if not state.projects:
        return []
    chosen = project_map.filtered(atlas.projects, state.fields, state.statuses)
    shown = project_map.located(chosen)
    items = [
        html.Li([html.Img(src=icon_uri(field), alt="", className="project-icon"), field_name(atlas, field, state.lang)])
        for field in FIELD_STYLE
        if state.fields is None or field in state.fields
    ]
    counts = t("project_layer_count", state.lang, shown=len(shown), chosen=len(chosen))
    return [
        html.Div(t("project_layer_title", state.lang), className="legend-unit"),
        html.Ul(items, className="project-legend"),
        html.P(counts, className="legend-note"),
    ]
