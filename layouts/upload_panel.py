"""Bring-your-own data: the upload box, what became of the last file, and the user layer's legend and colours."""

from __future__ import annotations

from dash import dcc, html

from geo import upload
from geo.query import MapView
from layouts import ids, legend, map_panel, ranks
from layouts.dropdown import dropdown
from layouts.text import t

METHODS = ("quantiles", "natural_breaks", "equal_interval")  # a user's values have no Ruhr mean to deviate from
#: The browser refuses bigger files at once (silently); the server's limit is upload.MAX_BYTES, the request limit above both.
BROWSER_LIMIT = 1_400_000


def build(lang: str) -> html.Details:
    return html.Details(
        className="upload-panel",
        children=[
            html.Summary(t("upload_heading", lang)),
            dcc.Upload(
                id=ids.UPLOAD,
                multiple=False,
                max_size=BROWSER_LIMIT,  # any type: a workbook gets our explanation
                className="upload-drop",
                className_active="upload-drop active",
                children=html.Div([t("upload_drop", lang), html.Button(t("upload_choose", lang), className="link-button")]),
            ),
            html.P(t("upload_format", lang), className="definition"),
            html.Div(id=ids.UPLOAD_STATUS, role="status", className="upload-status"),
            html.Div(
                id=ids.USER_CONTROLS,
                hidden=True,
                className="user-controls",
                children=[
                    dcc.Checklist(
                        id=ids.USER_SHOW, options=[{"label": t("upload_show", lang), "value": "show"}], value=["show"], className="check"
                    ),
                    html.Label(t("upload_classification", lang), htmlFor=ids.USER_METHOD),
                    dropdown(
                        lang,
                        id=ids.USER_METHOD,
                        value=METHODS[0],
                        clearable=False,
                        searchable=False,
                        options=[{"label": t(f"classification_{m}", lang), "value": m} for m in METHODS],
                    ),
                    html.Button(t("upload_remove", lang), id=ids.UPLOAD_REMOVE, className="link-button"),
                ],
            ),
            html.P(t("upload_privacy", lang), className="definition"),
            dcc.Store(id=ids.USER_MOUNTED),
            dcc.Store(id=ids.USER_REDRAW),
        ],
    )


def taken(layer: upload.UserLayer, lang: str) -> list:
    level = t(f"level_short_{layer.level}", lang)
    lines = [
        t(
            "upload_taken",
            lang,
            label=layer.label,
            filename=layer.filename or "–",
            count=sum(v is not None for v in layer.values.values()),
            level=level,
            encoding=layer.encoding,
            decimal=t(f"upload_decimal_{layer.decimal}", lang),
        )
    ]
    if layer.outside:
        lines.append(t("upload_outside", lang, count=layer.outside))
    return [html.P(line, className="upload-ok") for line in lines]


def refused(rejection: upload.UploadRejected, filename: str, lang: str) -> list:
    """The heading and one line per problem, located by line and column."""
    items = [html.Li(problem_text(p, lang)) for p in rejection.problems]
    if rejection.total > len(rejection.problems):
        items.append(html.Li(t("upload_more_problems", lang, count=rejection.total - len(rejection.problems))))
    heading = t("upload_refused", lang, filename=upload.clip(filename or "–"), count=rejection.total)
    return [html.P(heading, className="upload-error"), html.Ul(items, className="upload-problems")]


def problem_text(problem: upload.Problem, lang: str) -> str:
    where = []
    if problem.line is not None:
        where.append(t("upload_where_line", lang, line=problem.line))
    if problem.column is not None:
        where.append(t("upload_where_column", lang, column=upload.clip(problem.column)))
    message = t(f"upload_error_{problem.key}", lang, **problem.values)
    return f"{', '.join(where)}: {message}" if where else message


def removed(lang: str) -> list:
    return [html.P(t("upload_removed", lang), className="upload-ok")]


def hideout(view: MapView, layer: upload.UserLayer, lang: str) -> dict:
    """The user layer's colours and tooltips, in the shape the choropleth's style functions read."""
    texts = map_panel.place_texts(view.rows, layer.precision, lang)
    tooltip = {
        "value": f"{layer.label}: {{value}}",
        "rank": t("tooltip_rank", lang, rank=ranks.phrase("{value}", len(texts["rank"]), len(view.rows), layer.level, lang)),
        "noData": t("tooltip_no_data", lang),
    }
    # opaque: the choropleth below must not tint the user's colours
    return map_panel.style_hideout(texts, view.colours, tooltip, fillOpacity=1, className="user-place")


def user_legend(view: MapView, layer: upload.UserLayer, lang: str) -> html.Div:
    return html.Div(
        className="legend",
        children=[
            html.Div(layer.label, className="legend-unit"),
            legend.class_list(view, layer.precision, lang),
            html.P(t("upload_legend_note", lang, filename=layer.filename or "–"), className="legend-note"),
        ],
    )
