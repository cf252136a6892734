"""Presentation mode: a story's step as a large map, one panel and a caption, with step navigation.

The page stays the whole page (every control the callbacks listen to exists); the
stylesheet hides what a projector does not need, and the controls fold into
"Ansicht anpassen" so a facilitator can still change the indicator or the year.
"""

from __future__ import annotations

from dataclasses import replace

from dash import html

from geo import story_captions
from geo.view_state import DEFAULT, ViewState, counterpart, to_query
from layouts import ids
from layouts.format import number
from layouts.text import t

#: Fields a step does not fix: changing them keeps the caption on screen.
FREE = ("selected", "labels", "basemap", "lang", "present", "story", "step", "embed", "panel")


def story_of(atlas, state: ViewState) -> dict:
    return atlas.stories[state.story] if state.story in atlas.stories else next(iter(atlas.stories.values()))


def step_of(atlas, state: ViewState) -> dict:
    steps = story_of(atlas, state)["steps"]
    return steps[min(state.step, len(steps)) - 1]


def step_view(atlas, story: dict, number: int, lang: str) -> ViewState:
    """The full view of a story step in presentation mode."""
    state = story_captions.step_state(story["steps"][number - 1], atlas)
    return replace(state, present=True, story=story["id"], step=number, lang=lang)


def step_query(atlas, story: dict, number: int, lang: str) -> str:
    return to_query(step_view(atlas, story, number, lang))


def opened(atlas, state: ViewState) -> ViewState:
    """The view a presentation link opens: a link that names no view of its own (``?present=1&step=3``, as a
    facilitator bookmarks a step) opens the step's view; places selected in the link stay selected."""
    free = {name: getattr(DEFAULT, name) for name in FREE}
    if not state.present or replace(state, **free) != replace(DEFAULT, **free):
        return state
    story = story_of(atlas, state)
    planned = step_view(atlas, story, min(state.step, len(story["steps"])), state.lang)
    kept = {name: getattr(state, name) for name in FREE if name not in ("story", "step", "selected")}
    return replace(planned, **kept, selected=counterpart(state.selected, planned.level, atlas))


def deviates(atlas, state: ViewState) -> bool:
    """True when the facilitator changed the view away from the step's (other than selecting places etc.)."""
    story = story_of(atlas, state)
    planned = step_view(atlas, story, min(state.step, len(story["steps"])), state.lang)
    free = {name: getattr(DEFAULT, name) for name in FREE}
    return replace(state, **free) != replace(planned, **free)


def render(quantity: story_captions.Quantity, lang: str) -> str:
    if quantity.kind == "number":
        return number(quantity.value, quantity.precision, lang)
    if quantity.kind == "word":
        return t(f"caption_{quantity.value}", lang)
    return str(quantity.value)


def caption_text(atlas, state: ViewState) -> str:
    """The step's caption with every placeholder replaced by its value computed from the pack."""
    step = step_of(atlas, state)
    template = step["caption"][state.lang]
    planned = step_view(atlas, story_of(atlas, state), state.step, state.lang)
    values = story_captions.quantities(atlas, planned, story_captions.placeholders(template))
    return story_captions.PLACEHOLDER.sub(lambda m: render(values[m.group(0)[1:-1]], state.lang), template)


def caption(atlas, state: ViewState) -> list:
    """The step's caption, and below it the note that the view differs from the step's (hidden while it does not).

    The caption's text stays while the facilitator adapts the view: it is what they came to say. Only the note
    follows the view (callbacks/present.py), so adapting costs no caption computation.
    """
    reset = html.Button(t("present_reset", state.lang), id=ids.PRESENT_RESET, className="present-button")
    if not state.present:
        return [html.P(), html.Div(reset, id=ids.PRESENT_ADAPTED, hidden=True)]
    note = html.Div(
        [html.P(t("present_adapted", state.lang), className="adapted"), reset],
        id=ids.PRESENT_ADAPTED,
        className="present-adapted",
        hidden=not deviates(atlas, state),
    )
    return [html.P(caption_text(atlas, state), className="caption-text"), note]


def highlight(atlas, state: ViewState) -> list[str]:
    return step_of(atlas, state).get("highlight", []) if state.present else []


def bar(atlas, state: ViewState) -> html.Div:
    lang = state.lang
    story = story_of(atlas, state)
    steps = len(story["steps"])
    dots = [
        html.Button(
            "●",
            id={"type": ids.PRESENT_DOT, "index": number},
            className="dot current" if number == state.step else "dot",
            title=t("present_dot", lang, step=number),
            **{"aria-label": t("present_dot", lang, step=number)},
        )
        for number in range(1, steps + 1)
    ]
    return html.Div(
        id=ids.PRESENT_BAR,
        className="present-bar",
        hidden=not state.present,
        **{"data-next": ids.PRESENT_NEXT, "data-prev": ids.PRESENT_PREV},  # the buttons assets/present.js presses
        children=[
            html.Div(
                [
                    html.H1(story["title"][lang]),
                    html.Span(t("present_counter", lang, step=state.step, steps=steps), id=ids.PRESENT_COUNTER),
                ],
                className="present-head",
            ),
            html.Div(caption(atlas, state), id=ids.PRESENT_CAPTION, className="present-caption", **{"aria-live": "polite"}),
            html.Div(
                className="present-nav",
                children=[
                    html.Button(t("present_prev", lang), id=ids.PRESENT_PREV, className="present-button", disabled=state.step <= 1),
                    html.Div(dots, className="dots"),
                    html.Button(t("present_next", lang), id=ids.PRESENT_NEXT, className="present-button", disabled=state.step >= steps),
                    html.Button(t("present_fullscreen", lang), id=ids.PRESENT_FULLSCREEN, className="present-button secondary"),
                    html.Button(t("present_exit", lang), id=ids.PRESENT_EXIT, className="present-button secondary"),
                    html.Span(t("present_keys", lang), className="keys"),
                ],
            ),
        ],
    )
