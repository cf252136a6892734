"""The page: a fixed frame (URL, state, notices) and the content built for one view state.

``frame()`` is ``app.layout``. On page load the URL's query is parsed and the
content is built server-side for exactly that state (:func:`build`), so a
permalink opens in its view without first showing the default one.
"""
from __future__ import annotations

from dataclasses import replace

from dash import dcc, html

from geo import query
from geo.view_state import ViewState, to_query
from layouts import comparison_panel, controls, export_menu, ids, legend, map_panel, present, profile_panel, ranking_panel, upload_panel
from layouts.text import t


def frame() -> html.Div:
    return html.Div(
        className="app",
        children=[
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.STATE),
            dcc.Store(id=ids.USER_DATA, storage_type="session"),
            dcc.Store(id=ids.PAGE_REQUEST),
            html.Div(id=ids.NOTICES, className="notices"),
            html.Div(id=ids.PAGE, children=html.Div(dcc.Loading(html.Div(className="loading-space")), className="loading")),
        ],
    )


def header(state: ViewState) -> html.Header:
    lang = state.lang
    other = "en" if lang == "de" else "de"
    return html.Header(
        className="header",
        children=[
            html.Div([html.H1(t("title", lang)), html.P(t("subtitle", lang), className="subtitle")]),
            html.Div(className="header-actions", children=[
                html.Button(t("present_start", lang), id=ids.PRESENT_START, title=t("present_start_title", lang), className="present-start"),
                dcc.Link(t("other_language", lang), id=ids.LANGUAGE_LINK, href=to_query(replace(state, lang=other)) or "?",
                         title=t("other_language_title", lang), className="language-link", refresh=False),
            ]),
        ],
    )


def footer(lang: str) -> html.Footer:
    return html.Footer(className="footer", children=[html.P(t("footer_boundaries", lang)), html.P(t("footer_data", lang))])


def build(atlas, state: ViewState) -> list:
    """Content of the page for ``state``.

    An embed (``?embed=1&panel=...``) is the same page with everything but the chosen
    panel hidden by the stylesheet, so every control the callbacks listen to still
    exists, plus a link to the full view.
    """
    content = page(atlas, state)
    if state.present:
        panel = present.step_of(atlas, state)["panel"]
        return [html.Div([present.bar(atlas, state), *content], className=f"presenting panel-{panel}")]
    if not state.embed:
        return [present.bar(atlas, state), *content]
    full = to_query(replace(state, embed=False, panel="map")) or "?"
    link = html.P(html.A(t("embed_full_view", state.lang), href=full, target="_blank", rel="noopener"), className="embed-link")
    return [html.Div([present.bar(atlas, state), *content, link], className=f"embedded embed-{state.panel}")]


def page(atlas, state: ViewState) -> list:
    view = query.map_view(atlas, state)
    return [
        header(state),
        html.Main(
            className="layout",
            children=[
                html.Aside(
                    [html.Details([html.Summary(t("present_adapt", state.lang)), controls.build(atlas, state)], className="adapt")
                     if state.present else controls.build(atlas, state),
                     upload_panel.build(state.lang)],
                    className="column-controls",
                ),
                html.Section(
                    className="column-map",
                    children=[
                        map_panel.build(atlas, state, view, legend.build(atlas, view, state.lang), present.highlight(atlas, state)),
                        export_menu.build(state),
                        ranking_panel.build(ranking_panel.figure(atlas, view, state.lang, state.selected, present=state.present),
                                            map_panel.source(atlas, state, view, boundaries=False)),
                        comparison_panel.build(atlas, state),
                    ],
                ),
                html.Aside(
                    [dcc.Store(id=ids.PROFILE_KEY, data=profile_panel.key(state)),
                     html.Div(profile_panel.build(atlas, state.selected, state.lang), id=ids.PROFILE)],
                    className="column-profile",
                ),
            ],
        ),
        footer(state.lang),
    ]


