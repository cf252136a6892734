"""Stores that ask a server callback only when the part of the view state it depends on has changed.

A switch of indicator or year changes the view state; the profile, the project layer and the presentation's
note do not depend on either, yet a callback on the whole state sent one request each per switch (answered
"nothing to change"). Each of them listens to a gate instead: a store holding the state's fields it depends on
and the key of what it was last asked for. ``assets/url_state.js`` (``requestWhenChanged``) writes a new key
into the store only when those fields change, so otherwise no request is sent at all.
"""

from __future__ import annotations

import json

from dash import dcc

from geo.view_state import ViewState, as_dict


def key(state: ViewState, fields: list[str]) -> str:
    """The fields' values as the browser writes them (``JSON.stringify``: no spaces, no escapes)."""
    values = as_dict(state)
    return json.dumps([values[field] for field in fields], separators=(",", ":"), ensure_ascii=False)


def gate(store_id: str, state: ViewState, fields: list[str], *, when: str | None = None) -> dcc.Store:
    """The gate of one callback, holding the key of ``state`` (the page was built for it: nothing to ask yet).
    ``when``: a field that must be true for anything to be asked (the presentation note: ``present``)."""
    return dcc.Store(id=store_id, data={"fields": list(fields), "when": when, "key": key(state, fields)})
