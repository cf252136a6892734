"""Stories: every number in a caption is the value computed from the pack; typed numbers are refused."""

import dataclasses
import re

import numpy as np
import pytest

from geo import convergence, series_breaks, spatial, stories, story_captions
from geo.errors import InputError
from layouts import present
from layouts.format import number

NUMBER = {"de": re.compile(r"−?\d+(?:\.\d{3})*(?:,\d+)?"), "en": re.compile(r"−?\d+(?:,\d{3})*(?:\.\d+)?")}


def rows(atlas, indicator, level, year=None):
    frame = atlas.indicators
    frame = frame[(frame.indicator == indicator) & (frame.level == level) & frame.year_verified]
    return frame if year is None else frame[frame.year == year]


def population(atlas, level):
    weight = "bevoelkerung_zensus2022" if level == "gemeinde" else "bevoelkerung_jd"
    frame = rows(atlas, weight, level)
    return frame, weight


def weighted_zone_mean(atlas, indicator, level, year, scheme, zone):
    values = rows(atlas, indicator, level, year).set_index("ags").value
    weights_frame, _ = population(atlas, level)
    years = sorted(weights_frame.year.unique())
    weight_year = min(years, key=lambda y: (abs(y - year), y))
    weights = weights_frame[weights_frame.year == weight_year].set_index("ags").value
    members = atlas.zones[(atlas.zones.scheme == scheme) & (atlas.zones.level == level) & (atlas.zones.zone == zone)].ags
    members = [a for a in members if a in values.index]
    return float((values[members] * weights[members]).sum() / weights[members].sum())


def expected_numbers(atlas, step, lang):
    """Each number placeholder of the caption, computed here from the pack's tables, formatted as shown."""
    state = story_captions.step_state(step, atlas)
    precision = atlas.catalog[state.indicator]["precision"]
    year = state.year or atlas.catalog[state.indicator]["years"][state.level][-1]
    units = set(atlas.zones[(atlas.zones.scheme == "kreis") & (atlas.zones.level == state.level)].ags)
    values = rows(atlas, state.indicator, state.level, year).set_index("ags").value.reindex(sorted(units))
    yearly, ratios = {}, {}
    for y in atlas.catalog[state.indicator]["years"][state.level]:
        if not series_breaks.comparable(atlas.series_breaks, state.indicator, state.level, y, year):
            continue  # over-time figures stay within the shown year's series
        north = weighted_zone_mean(atlas, state.indicator, state.level, y, state.scheme, "nord")
        south = weighted_zone_mean(atlas, state.indicator, state.level, y, state.scheme, "sued")
        yearly[y], ratios[y] = north - south, north / south
    first_year, last_year = min(yearly), max(yearly)

    def theil(y):
        v = rows(atlas, state.indicator, state.level, y).set_index("ags").value.reindex(sorted(units)).dropna()
        w_frame, _ = population(atlas, state.level)
        wy = min(sorted(w_frame.year.unique()), key=lambda x: (abs(x - y), x))
        w = w_frame[w_frame.year == wy].set_index("ags").value[v.index]
        p = w / w.sum()
        mu = (p * v).sum()
        return float((p * (v / mu) * np.log(v / mu)).sum()), v, w, mu

    out = []
    for name, argument in story_captions.placeholders(step["caption"][lang]):
        if name in ("year",):
            out.append(str(year))
        elif name in ("gap_first_year", "gap_last_year"):
            out.append(str(first_year if "first" in name else last_year))
        elif name in ("max_value", "min_value"):
            out.append(number(values.max() if name == "max_value" else values.min(), precision, lang))
        elif name == "mean":
            agg = atlas.aggregates
            out.append(
                number(
                    agg[(agg.indicator == state.indicator) & (agg.level == state.level) & (agg.year == year)].value.iloc[0], precision, lang
                )
            )
        elif name == "zone_mean":
            out.append(number(weighted_zone_mean(atlas, state.indicator, state.level, year, state.scheme, argument), precision, lang))
        elif name in ("gap_first_abs", "gap_last_abs"):
            out.append(number(abs(yearly[first_year if "first" in name else last_year]), precision, lang))
        elif name in ("ratio_first_pct", "ratio_last_pct"):
            out.append(number(100 * ratios[first_year if "first" in name else last_year], 1, lang))
        elif name in ("theil_first", "theil_last"):
            out.append(number(theil(first_year if "first" in name else last_year)[0], 3, lang))
        elif name == "between_share":
            total, v, w, mu = theil(year)
            zone_of = atlas.zones[(atlas.zones.scheme == state.scheme) & (atlas.zones.level == state.level)].set_index("ags").zone[v.index]
            between = 0.0
            for _, members in v.groupby(zone_of):
                share = (w[members.index] * members).sum() / (w.sum() * mu)
                between += share * np.log(((w[members.index] * members).sum() / w[members.index].sum()) / mu)
            out.append(number(100 * between / total, 0, lang))
        elif name in ("moran_i", "moran_expected"):
            collection = atlas.municipalities if state.level == "gemeinde" else atlas.kreise
            result = spatial.moran(values, collection)
            out.append(number(result.i if name == "moran_i" else -1 / (values.notna().sum() - 1), 2, lang))
        elif name in ("project_share", "population_share"):
            zone_of = atlas.zones[(atlas.zones.scheme == state.scheme) & (atlas.zones.level == "gemeinde")].set_index("ags").zone
            if name == "project_share":
                located = atlas.projects[atlas.projects.location == "approximate"]
                out.append(number(100 * (located.coordinator_ags.map(zone_of) == argument).sum() / len(located), 0, lang))
            else:
                people = rows(atlas, "bevoelkerung_zensus2022", "gemeinde").set_index("ags").value
                out.append(number(100 * people[zone_of[zone_of == argument].index].sum() / people.sum(), 0, lang))
    return out


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_number_in_a_caption_is_computed_from_the_pack(atlas, lang):
    story = atlas.stories["ruhr_divide"]
    assert len(story["steps"]) == 9
    for number_of_step, step in enumerate(story["steps"], 1):
        text = present.caption_text(atlas, present.step_view(atlas, story, number_of_step, lang))
        assert "{" not in text, text
        assert NUMBER[lang].findall(text) == expected_numbers(atlas, step, lang), (number_of_step, text)


def test_caption_words_follow_the_data(atlas):
    story = atlas.stories["ruhr_divide"]
    education = present.caption_text(atlas, present.step_view(atlas, story, 3, "de"))
    # on INKAR alone (1995–2021; the Deutschlandatlas 2022 value is another series) the gap narrowed,
    # 1.97 → 1.73 points, and the ratio too, 1.382 → 1.319 (issue 15)
    assert "1995 um 2,0 Prozentpunkte über" in education and "2021 um 1,7 Punkte über" in education
    assert "als Differenz geschrumpft, als Verhältnis geschrumpft: er schrumpft" in education
    income = present.caption_text(atlas, present.step_view(atlas, story, 4, "en"))
    # more euros apart (−2,989 → −3,809), yet the north's income relative to the south's rose (0.825 → 0.834)
    assert "2,989 euros a year below" in income and "3,809 euros below it in 2018" in income
    assert "82.5 per cent of the southern income in 2000 and 83.4 per cent in 2018" in income
    assert "grew as a difference and shrank as a ratio: whether it is widening depends on the measure" in income
    clusters = present.caption_text(atlas, present.step_view(atlas, story, 7, "de"))
    assert "Gelsenkirchen" in clusters


def write_story(folder, caption_de, caption_en=None, view="ind=gisd_nrw_frame_score"):
    folder.mkdir(exist_ok=True)
    caption_en = caption_en if caption_en is not None else caption_de
    (folder / "s.yaml").write_text(
        f'id: s\ntitle: {{de: T, en: T}}\nsteps:\n  - view: "{view}"\n    panel: comparison\n'
        f'    caption:\n      de: "{caption_de}"\n      en: "{caption_en}"\n',
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    "caption_de, caption_en, view, message",
    [
        ("Im Jahr 2021 war es so.", None, "ind=gisd_nrw_frame_score", "a typed number in the caption"),
        ("Wert {unknown}.", None, "ind=gisd_nrw_frame_score", "unknown placeholder {unknown}"),
        ("Wert {zone_mean:ost}.", None, "ind=gisd_nrw_frame_score", "unknown placeholder {zone_mean:ost}"),
        ("Wert {mean}.", "Value {year}.", "ind=gisd_nrw_frame_score", "different placeholders"),
        ("Wert {mean}.", None, "ind=wealth", "does not parse cleanly"),
    ],
)
def test_bad_stories_are_refused(atlas, tmp_path, caption_de, caption_en, view, message):
    folder = write_story(tmp_path / "stories", caption_de, caption_en, view)
    with pytest.raises(InputError, match=re.escape(message)):
        for story in stories.read(folder):
            stories.validate(story, atlas)


@pytest.mark.parametrize(
    "caption, view",
    [
        ("Mittel {mean}.", "ind=bevoelkerungsdichte_ew_je_km2"),  # a density has no Ruhr mean (geo/aggregate.py)
        ("Mittel {zone_mean:nord} und {mean}.", "ind=kaufkraftkennziffer_index"),
    ],
)
def test_a_placeholder_the_steps_view_cannot_fill_is_refused_by_the_build(atlas, tmp_path, caption, view):
    folder = write_story(tmp_path / "stories", caption, view=view)
    (story,) = stories.read(folder)
    stories.validate(story, atlas)  # the names are fine; only the pack can tell the value is missing
    with pytest.raises(InputError, match=re.escape("s.yaml") + r".*step 1, de: \{mean\} has no value in the step's view"):
        stories.check_captions(dataclasses.replace(atlas, stories={"s": story}), folder)
    stories.check_captions(atlas)  # the shipped story fills every placeholder


def test_a_caption_whose_figures_span_a_break_is_refused_by_the_build(atlas, tmp_path, monkeypatch):
    caption = "Abstand {gap_first_abs} ({gap_first_year}), {gap_last_abs} ({gap_last_year}): {gap_verdict}."
    view = "ind=schulabgaenger_ohne_hauptschulabschluss_pct&lvl=kreis&year=2021&tab=trend"
    folder = write_story(tmp_path / "stories", caption, view=view)
    (story,) = stories.read(folder)
    patched = dataclasses.replace(atlas, stories={"s": story})
    stories.check_captions(patched, folder)  # within INKAR 1995–2021: accepted

    def across_the_seam(atlas, state):  # the old way: every year of the indicator, INKAR and Deutschlandatlas
        years = tuple(atlas.catalog[state.indicator]["years"][state.level])
        return convergence.Segment(years[0], years[-1], years, 2021, ((years[0], years[-1]),))

    monkeypatch.setattr(convergence, "view_segment", across_the_seam)
    with pytest.raises(InputError, match=r"step 1, de: its figures span 1995–2022, across the series break of 2022"):
        stories.check_captions(patched, folder)
