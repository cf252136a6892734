"""Sharing and export: files with their provenance printed on them, alt text, permalink, embed code."""

from __future__ import annotations

from dash import dcc, html

from geo.view_state import PANELS, ViewState
from layouts import data_text, ids
from layouts.citation import FORMATS as CITATION_FORMATS
from layouts.controls import choice_group
from layouts.text import t
from serving import animation

FORMATS = ("png", "svg", "csv", "csv-de", "geojson", "gif", "mp4")
LOCATOR = "locator"  # the value of the export menu's checklist that draws the locator inset into map images


def what_options(state: ViewState) -> list[dict]:
    lang = state.lang
    return [
        {"label": t("export_map", lang), "value": "map"},
        {"label": t("export_ranking", lang), "value": "ranking"},
        {"label": t("export_multiples", lang), "value": "multiples"},
        {"label": t("export_comparison", lang, tab=t(f"tab_{state.tab}", lang)), "value": "comparison"},
        *([{"label": t("export_regions", lang), "value": "regions"}] if state.regions else []),
        *([{"label": t("export_similar", lang), "value": "similar"}] if state.selected else []),
    ]


def _copyable(component, target: str, lang: str) -> html.Div:
    return html.Div([component, dcc.Clipboard(target_id=target, title=t("copy", lang), className="copy")], className="copyable")


def citation_box(lang: str) -> list:
    """ "Zitieren": a button that shows the view's citations (filled by ``callbacks/export.py`` when opened)."""
    words = data_text.DATA[lang]
    fields = []
    for fmt in CITATION_FORMATS:
        field = ids.CITE_TEXTS[fmt]
        rows = 6 if fmt in ("bibtex", "csl") else 3
        fields += [
            html.Label(words[f"cite_{fmt}"], htmlFor=field),
            _copyable(
                dcc.Textarea(id=field, readOnly=True, className="copy-field", rows=rows, lang="de" if fmt == "de" else "en"), field, lang
            ),
        ]
    return [
        html.Button(
            words["cite"], id=ids.CITE_BUTTON, className="cite-button", **{"aria-expanded": "false", "aria-controls": ids.CITE_BOX}
        ),
        dcc.Store(id=ids.CITE_REQUEST),
        html.Div(
            [html.P(words["cite_intro"]), *fields],
            id=ids.CITE_BOX,
            className="cite-box",
            hidden=True,
            role="region",
            **{"aria-label": words["cite"]},
        ),
    ]


def build(state: ViewState, version: str) -> html.Details:
    lang = state.lang
    return html.Details(
        className="share",
        children=[
            html.Summary(t("share_title", lang)),
            html.Div(
                className="share-body",
                children=[
                    choice_group(
                        t("export_what", lang),
                        dcc.RadioItems(id=ids.EXPORT_WHAT, options=what_options(state), value="map", className="radio-row"),
                    ),
                    dcc.Checklist(
                        id=ids.EXPORT_LOCATOR,
                        options=[{"label": t("export_locator", lang), "value": LOCATOR}],
                        value=[LOCATOR],
                        className="check",
                    ),
                    html.Div(
                        [
                            html.Button(
                                t(f"export_{fmt.replace('-', '_')}", lang),
                                id=ids.EXPORT_BUTTONS[fmt],
                                className="export-button",
                                hidden=fmt == "mp4" and not animation.FFMPEG,  # no video encoder here: no MP4 offered
                            )
                            for fmt in FORMATS
                        ],
                        className="export-buttons",
                    ),
                    html.P(t("export_gif_note", lang), className="export-note"),
                    dcc.Loading(
                        html.Div([dcc.Download(id=ids.EXPORT_DOWNLOAD), html.Span(id=ids.EXPORT_STATUS, role="status")]),
                        type="dot",
                        custom_spinner=html.Span(t("export_working", lang), className="working"),
                    ),
                    html.Label(t("alt_text", lang), htmlFor=ids.ALT_TEXT),
                    _copyable(dcc.Textarea(id=ids.ALT_TEXT, readOnly=True, className="copy-field", rows=4), ids.ALT_TEXT, lang),
                    html.Label(t("permalink", lang), htmlFor=ids.PERMALINK),
                    _copyable(dcc.Input(id=ids.PERMALINK, readOnly=True, className="copy-field", type="text"), ids.PERMALINK, lang),
                    dcc.Store(id=ids.PACK_VERSION, data=version),
                    *citation_box(lang),
                    choice_group(
                        t("embed", lang),
                        dcc.RadioItems(
                            id=ids.EMBED_PANEL,
                            value="map",
                            className="radio-row",
                            options=[
                                {"label": t(f"export_{p}", lang) if p != "comparison" else t("comparison_title", lang), "value": p}
                                for p in PANELS
                            ],
                        ),
                    ),
                    html.Label(t("embed_code", lang), htmlFor=ids.EMBED_CODE),
                    _copyable(dcc.Textarea(id=ids.EMBED_CODE, readOnly=True, className="copy-field", rows=3), ids.EMBED_CODE, lang),
                ],
            ),
        ],
    )
