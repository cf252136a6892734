"""The document's language and title follow the page built in the browser (the language link builds a new page
without a new document): ``<html lang>`` and the title, which the server sets on the first answer
(``serving/page_language.py``), are updated by ``assets/url_state.js`` whenever the view state is written,
as it is with every page built."""

from __future__ import annotations

from dash import ClientsideFunction, Input, State

from layouts import ids


def register(app, atlas) -> None:
    app.clientside_callback(ClientsideFunction("ruhrAtlas", "pageLanguage"), Input(ids.STATE, "data"), State(ids.PAGE_LANGUAGE, "data"))
