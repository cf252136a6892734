"""The page: a fixed frame (URL, state, notices) and the content built for one view state.

``frame()`` is ``app.layout``. On page load the URL's query is parsed and the
content is built server-side for exactly that state (:func:`build`), so a
permalink opens in its view without first showing the default one.
"""

from __future__ import annotations

from dataclasses import fields, replace

from dash import dcc, html

from geo.view_state import ViewState, to_query
from layouts import (
    comparison,
    controls,
    export_menu,
    ids,
    map_content,
    map_panel,
    own_index_panel,
    page_text,
    pages,
    present,
    profile_panel,
    ranking_panel,
    request_gate,
    similar_panel,
    table_view,
    upload_panel,
)
from layouts.text import t

#: The presentation's note "the view differs from this step" depends on the whole view (asked only while presenting).
PRESENT_FIELDS = [field.name for field in fields(ViewState)]


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
            html.Div(
                className="header-actions",
                children=[
                    html.Button(
                        t("present_start", lang), id=ids.PRESENT_START, title=t("present_start_title", lang), className="present-start"
                    ),
                    html.Span(  # the link speaks the other language: its words are read in that language's voice
                        dcc.Link(
                            t("other_language", lang),
                            id=ids.LANGUAGE_LINK,
                            href=to_query(replace(state, lang=other)) or "?",
                            title=t("other_language_title", lang),
                            className="language-link",
                            refresh=False,
                        ),
                        lang=other,
                    ),
                ],
            ),
        ],
    )


def footer(lang: str) -> html.Footer:
    """Sources, and links to the data pages and the statement, easy-read, legal-notice and privacy pages in the page's language."""
    names = page_text.COMMON[lang]["names"]
    links = html.Nav(
        html.Ul([html.Li(html.A(names[slug], href=pages.href(slug, lang))) for slug in pages.LINKED], className="page-links"),
        **{"aria-label": page_text.COMMON[lang]["nav"]},
    )
    return html.Footer(className="footer", children=[links, html.P(t("footer_boundaries", lang)), html.P(t("footer_data", lang))])


def build(atlas, state: ViewState) -> list:
    """Content of the page for ``state``.

    An embed (``?embed=1&panel=...``) is the same page with everything but the chosen
    panel hidden by the stylesheet, so every control the callbacks listen to still
    exists, plus a link to the full view.
    """
    bar = present.bar(atlas, state)
    if state.present:
        panel = present.step_of(atlas, state)["panel"]
        return [html.Div(page(atlas, state, bar), className=f"presenting panel-{panel}")]
    if not state.embed:
        return page(atlas, state, bar)
    full = to_query(replace(state, embed=False, panel="map")) or "?"
    link = html.P(html.A(t("embed_full_view", state.lang), href=full, target="_blank", rel="noopener"), className="embed-link")
    return [html.Div([*page(atlas, state, bar), link], className=f"embedded embed-{state.panel}")]


def page(atlas, state: ViewState, bar) -> list:
    """One screen (bar, header and the three columns), then the footer.

    On a desktop or projector the screen is exactly the window's height and each column
    scrolls by itself: controls | map (or ranking, or table) | profile over comparison. On a phone the
    columns stack, map first, and the controls fold into a drawer.
    """
    lang = state.lang
    shown = state.panel if state.panel in ids.VIEW_TABS else "map"  # the view tab a link (or an embed) asks for
    table_shown = shown == "table" or (state.present and present.step_of(atlas, state)["panel"] == "table")
    adjustable = controls.build(atlas, state)
    if state.present:
        adjustable = html.Details([html.Summary(t("present_adapt", lang)), adjustable], className="adapt")
    controls_column = html.Aside(
        drawer(lang, [adjustable, own_index_panel.build(atlas, state), upload_panel.build(lang)]),
        className="column-controls",
        **{"aria-label": t("controls_drawer", lang)},
    )
    map_column = html.Section(
        className="column-map",
        children=[
            view_switch(lang, shown),
            map_panel.build(
                atlas,
                state,
                map_content.props(atlas, state),
                present.highlight(atlas, state),
                hidden=shown != "map",
                similar=similar_panel.outlined(atlas, state),
            ),
            ranking_panel.build(*map_content.ranking(atlas, state), hidden=shown != "ranking", below=own_index_panel.robust_section(state)),
            table_view.build(
                state, map_content.table(atlas, state, table_view.DEFAULT_SORT) if table_shown else None, shown=shown == "table"
            ),
            # while the years play, the source line of the year shown, under the map or the ranking (assets/play.js)
            html.P(id=ids.PLAY_SOURCE, className="source-line play-frame"),
            export_menu.build(state, atlas.version),
        ],
    )
    side_column = html.Aside(
        className="column-side",
        children=[
            dcc.Store(id=ids.PROFILE_KEY, data=profile_panel.key(state)),
            request_gate.gate(ids.PROFILE_REQUEST, state, profile_panel.KEY_FIELDS),
            request_gate.gate(ids.PROJECTS_REQUEST, state, map_panel.PROJECTS_KEY_FIELDS),
            request_gate.gate(ids.PRESENT_REQUEST, state, PRESENT_FIELDS, when="present"),
            html.Div(
                [  # until a place is chosen, the map in words (kept in step by callbacks/export.py, with the alt text)
                    html.P(map_content.describe(atlas, state, "map"), id=ids.MAP_SUMMARY, className="map-summary"),
                    html.Div(profile_panel.build(atlas, state), id=ids.PROFILE),
                ],
                className="profile-sheet",
            ),
            comparison.build(atlas, state),
        ],
    )
    main = html.Main(className="layout", children=[controls_column, map_column, side_column])
    language = dcc.Store(id=ids.PAGE_LANGUAGE, data={"lang": lang, "title": t("title", lang)})
    return [html.Div([skip_links(lang), bar, header(state), main], className="screen"), footer(lang), language]


def skip_links(lang: str) -> html.Nav:
    """The first tab stops: straight to the map (one tab stop, see assets/map_keys.js) or to the comparison.

    A link to a fragment would change the URL the view lives in, so ``assets/layout.js`` moves the focus instead.
    """
    targets = {  # where the link points, and what takes the focus there
        "map": (ids.MAP, f"#{ids.MAP}"),
        "table": (ids.TABLE, f"#{ids.TABLE}"),  # the alternative to the map, one link away
        "comparison": (ids.COMPARISON, f"#{ids.COMPARISON_TABLIST} [aria-selected=true]"),
    }
    return html.Nav(
        className="skip-links",
        **{"aria-label": t("skip_links", lang)},
        children=[
            html.A(t(f"skip_to_{name}", lang), id=ids.SKIP_LINKS[name], href=f"#{anchor}", className="skip-link", **{"data-focus": focus})
            for name, (anchor, focus) in targets.items()
        ],
    )


def drawer(lang: str, children: list) -> list:
    """The controls; on a phone they fold away behind one button (``assets/layout.js`` opens and closes them)."""
    return [
        html.Button(
            t("controls_drawer", lang),
            id=ids.DRAWER_TOGGLE,
            className="drawer-toggle",
            type="button",
            **{"aria-expanded": "false", "aria-controls": ids.DRAWER_BODY},
        ),
        html.Div(children, id=ids.DRAWER_BODY, className="drawer-body"),
    ]


def view_switch(lang: str, shown: str) -> html.Div:
    """Map, ranking or table in the large area: ARIA tabs, switched in the browser (``assets/layout.js``)."""
    return html.Div(
        className="view-switch",
        role="tablist",
        **{"aria-label": t("view_switch", lang)},
        children=[
            html.Button(
                t(f"view_{name}", lang),
                id=ids.VIEW_TABS[name],
                role="tab",
                type="button",
                className="view-tab",
                **{
                    "aria-selected": "true" if name == shown else "false",
                    "aria-controls": ids.VIEW_PANELS[name],
                    "tabIndex": "0" if name == shown else "-1",
                },
            )
            for name in ids.VIEW_TABS
        ],
    )
