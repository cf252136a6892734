"""Stories for presentation mode: steps of views with captions whose numbers come from the pack.

A story (``data/raw/stories/*.yaml``) is a list of steps; a step is a view (the
URL parameters of the atlas), the panel shown beside the map, places to outline
and a caption in German and English. A caption holds no typed number: every
number is a ``{placeholder}`` that ``story_captions.quantities`` computes from the pack for
the step's view, so a caption can never drift from the data on screen. The build
step (:func:`run`) refuses a caption with a digit, an unknown placeholder or a
view that does not parse cleanly, and, once the pack is rendered, a placeholder
its step's view cannot fill or whose years span a break of the series (:func:`check_captions`).

The placeholders and their values: geo/story_captions.py.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import yaml

from geo import comparison, series_breaks, spatial
from geo.errors import InputError
from geo.indicator_rows import level_of_code
from geo.story_captions import OVER_TIME, PLACEHOLDER, SIMPLE, WITH_CLUSTER, WITH_ZONE, placeholders, quantities, step_state
from geo.view_state import parse_query, resolve

RAW = Path(__file__).resolve().parent.parent / "data" / "raw" / "stories"
PANELS = ("ranking", "table", "comparison")
LANGUAGES = ("de", "en")


def read(folder: Path = RAW) -> list[dict]:
    stories = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            story = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            raise InputError(path, f"not valid YAML: {getattr(error, 'problem', error)}", line=mark.line + 1 if mark else None) from None
        for field in ("id", "title", "steps"):
            if not story or field not in story:
                raise InputError(path, f"missing {field!r}", field=field)
        story["file"] = path.name
        stories.append(story)
    return stories


def validate(story: dict, atlas) -> None:
    """Every step parses cleanly, names a known panel and places, and captions hold no typed numbers."""
    path = story["file"]
    for number, step in enumerate(story["steps"], 1):
        where = f"step {number}"
        requested, notices = parse_query(step.get("view", ""), atlas)
        if notices:
            raise InputError(
                path, f"{where}: the view {step.get('view')!r} does not parse cleanly ({notices[0].key}: {notices[0].values})", field="view"
            )
        state = resolve(requested, atlas)[0]
        if step.get("panel") not in PANELS:
            raise InputError(path, f"{where}: panel must be one of {', '.join(PANELS)}", field="panel")
        for ags in step.get("highlight", []):
            if level_of_code(ags) != state.level or ags not in set(atlas.places["ags"]):
                raise InputError(path, f"{where}: {ags!r} is not a {state.level} of the view", field="highlight")
        captions = step.get("caption", {})
        if set(captions) != set(LANGUAGES):
            raise InputError(path, f"{where}: a caption in {' and '.join(LANGUAGES)} is needed", field="caption")
        zones = {z["id"] for z in comparison.scheme_zones(atlas, state.scheme)}
        for lang, caption in captions.items():
            if re.search(r"\d", PLACEHOLDER.sub("", caption)):
                raise InputError(path, f"{where}, {lang}: a typed number in the caption; use a placeholder", field="caption")
            for name, argument in placeholders(caption):
                valid = (
                    (name in SIMPLE and argument is None)
                    or (name in WITH_ZONE and argument in zones)
                    or (name in WITH_CLUSTER and argument in spatial.QUADRANTS.values())
                )
                if not valid:
                    raise InputError(
                        path, f"{where}, {lang}: unknown placeholder {{{name}{':' + argument if argument else ''}}}", field="caption"
                    )
        if sorted(placeholders(captions["de"])) != sorted(placeholders(captions["en"])):
            raise InputError(path, f"{where}: the German and English captions use different placeholders", field="caption")


def check_captions(atlas, folder: Path = RAW) -> None:
    """Every placeholder of every caption has a value in its step's view (the pack is built, so they can be computed).

    :func:`validate` knows the names only; a ``{mean}`` where the view has no Ruhr mean, or a ``{max_name}`` of a
    year without values, is refused here instead of failing when the step is shown.
    """
    files = {story["id"]: story["file"] for story in read(folder)}
    for story in atlas.stories.values():
        for number, step in enumerate(story["steps"], 1):
            for lang, caption in step["caption"].items():
                state = replace(step_state(step, atlas), lang=lang)
                for name, argument in placeholders(caption):  # one by one, so the error names the one that failed
                    key = f"{name}:{argument}" if argument else name
                    try:
                        value = quantities(atlas, state, [(name, argument)])[key].value
                    except (TypeError, IndexError, KeyError, StopIteration, ValueError):  # no mean, no known unit, no such zone
                        value = None
                    if value in (None, "") or (isinstance(value, float) and math.isnan(value)):
                        raise InputError(
                            folder / files[story["id"]],
                            f"step {number}, {lang}: {{{key}}} has no value in the step's view",
                            field="caption",
                        )
                crossed = crossed_break(atlas, state, caption)
                if crossed:
                    raise InputError(folder / files[story["id"]], f"step {number}, {lang}: {crossed}", field="caption")


def crossed_break(atlas, state, caption: str) -> str | None:
    """Why the caption's over-time placeholders may not be shown (their years span a break of the series), or None."""
    if not any(name in OVER_TIME for name, _ in placeholders(caption)):
        return None
    span = quantities(atlas, state, [("gap_first_year", None), ("gap_last_year", None)])
    first, last = span["gap_first_year"].value, span["gap_last_year"].value
    if series_breaks.comparable(atlas.series_breaks, state.indicator, state.level, first, last):
        return None
    years = sorted(set(series_breaks.breaks_between(atlas.series_breaks, state.indicator, state.level, first, last)["year"]))
    return f"its figures span {first}–{last}, across the series break of {', '.join(map(str, years))}"


def run(catalog_entries: list[dict], places, zone_schemes: list[dict], folder: Path = RAW) -> list[dict]:
    """Validated stories for the pack."""
    atlas_like = SimpleNamespace(
        catalog={e["id"]: e for e in catalog_entries}, places=places, zone_schemes={s["id"]: s for s in zone_schemes}
    )
    stories = read(folder)
    for story in stories:
        validate(story, atlas_like)
    return [{key: value for key, value in story.items() if key != "file"} for story in stories]
