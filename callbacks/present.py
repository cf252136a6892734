"""Presentation mode: step navigation (buttons, dots, keyboard via assets/present.js) and the note on an adapted view."""

from __future__ import annotations

from dataclasses import replace

from dash import ALL, ClientsideFunction, Input, Output, State, ctx
from dash.exceptions import PreventUpdate

from callbacks.url_state import gate, page_state
from geo import own_index
from geo.view_state import from_browser, to_query
from layouts import ids, present

BUTTONS = (ids.PRESENT_START, ids.PRESENT_PREV, ids.PRESENT_NEXT, ids.PRESENT_RESET, ids.PRESENT_EXIT)


def navigate(trigger, state_data: dict, atlas) -> str:
    """The URL query after a navigation control; opening it renders the step (or the free view)."""
    state = from_browser(state_data, atlas)
    story = present.story_of(atlas, state)
    last = len(story["steps"])
    if trigger == ids.PRESENT_EXIT:
        return to_query(replace(state, present=False, story=None, step=1)) or "?"
    if trigger == ids.PRESENT_START:
        number = 1
    elif trigger == ids.PRESENT_PREV:
        number = max(1, state.step - 1)
    elif trigger == ids.PRESENT_NEXT:
        number = min(last, state.step + 1)
    elif trigger == ids.PRESENT_RESET:
        number = state.step
    elif (
        isinstance(trigger, dict)
        and trigger.get("type") == ids.PRESENT_DOT
        and type(trigger.get("index")) is int
        and 1 <= trigger["index"] <= last
    ):
        number = trigger["index"]
    else:
        raise PreventUpdate
    return present.step_query(atlas, story, number, state.lang)


def adapted_note_hidden(state_data: dict, atlas) -> bool:
    """Whether the note "the view differs from this step" stays hidden (the caption itself stays as it is)."""
    state = page_state(state_data, atlas)
    if not state.present:
        raise PreventUpdate
    return not present.deviates(own_index.atlas_for(atlas, state), state)


def register(app, atlas) -> None:
    @app.callback(
        Output(ids.URL, "search", allow_duplicate=True),
        *[Input(button, "n_clicks") for button in BUTTONS],
        Input({"type": ids.PRESENT_DOT, "index": ALL}, "n_clicks"),
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )
    def step(*args):
        if not ctx.triggered or not ctx.triggered[0]["value"]:
            raise PreventUpdate  # a button appeared, nobody pressed it
        return navigate(ctx.triggered_id, args[-1], atlas)

    app.callback(
        Output(ids.PRESENT_ADAPTED, "hidden"),
        Input(ids.PRESENT_REQUEST, "data"),  # only while presenting, when the view changed
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )(lambda _request, state_data: adapted_note_hidden(state_data, atlas))
    gate(app, ids.PRESENT_REQUEST)
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "fullScreen"),
        Output(ids.PRESENT_FULLSCREEN, "className"),
        Input(ids.PRESENT_FULLSCREEN, "n_clicks"),
        prevent_initial_call=True,
    )
