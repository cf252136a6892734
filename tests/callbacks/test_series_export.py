"""Exports of several years and of the change view: the animated GIF, the small multiples, the change CSV."""

import io
import subprocess

import numpy as np
import pandas as pd
import pytest
from PIL import Image, ImageSequence

from callbacks import export
from geo import query, time_views
from geo.view_state import ViewState, as_dict
from layouts import export_menu, export_series, ids
from layouts.source_line import source_line
from serving import animation
from tests.callbacks.test_export import download as exported
from tests.callbacks.test_map_and_state import find

#: four years (2018, 2019, 2020, 2023), each from another press-quoted release: every year after the first opens a new run
MINIMUM_INCOME = ViewState(indicator="mindestsicherungsquote_pct")


@pytest.fixture(autouse=True)
def renderer(image_renderer):
    return image_renderer


def download(atlas, fmt, what="map", state=MINIMUM_INCOME):
    return exported(atlas, fmt, what, state)


def test_the_gif_has_one_frame_per_year_each_with_its_title_year_legend_and_source(atlas):
    name, content = download(atlas, "gif")
    years = atlas.catalog[MINIMUM_INCOME.indicator]["years"]["gemeinde"]
    gif = Image.open(io.BytesIO(content))
    frames = [np.asarray(frame.convert("L"), dtype=int) for frame in ImageSequence.Iterator(gif)]
    assert name == "mindestsicherungsquote_pct_gemeinde_animation.gif" and gif.format == "GIF"
    assert len(frames) == len(years) == 4 and gif.size == (export_series.FRAME_WIDTH, export_series.FRAME_HEIGHT)
    for frame in frames:  # ink (dark pixels) in the title band, the legend column and the source band of every frame
        title, legend = frame[:30, :400], frame[80:220, 425:]
        source = frame[export_series.FRAME_HEIGHT - export_series.FRAME_BOTTOM :, :]
        assert all((band < 110).sum() > 150 for band in (title, legend, source))
    assert not all((a == b).all() for a, b in zip(frames, frames[1:]))  # the years differ
    # what the pixels cannot say: each frame's texts, read from the figure the frames were cut from
    figure, shown = export_series.frames_figure(atlas, MINIMUM_INCOME)
    texts = [a.text for a in figure.layout.annotations]
    assert shown == years
    for year in years:
        assert f"<b>{year}</b>" in texts
        sourced = source_line(atlas, MINIMUM_INCOME.indicator, "gemeinde", year, "de")
        assert any(sourced[:60] in text.replace("<br>", " ") for text in texts)
    assert sum("neue Reihe ab" in text for text in texts) == 3  # 2019, 2020 and 2023 follow a break


def test_a_second_gif_of_the_same_view_comes_from_the_store(atlas, monkeypatch):
    download(atlas, "gif")
    monkeypatch.setattr(export_series, "frames_figure", lambda *a: pytest.fail("rendered again"))
    assert download(atlas, "gif")[1][:6] == b"GIF89a"


def test_small_multiples_share_one_set_of_classes_and_print_their_sources(atlas):
    state = ViewState(indicator="arbeitslose_je_100_ew_15_64")
    series = time_views.multiples(atlas, state)
    assert series.years == [2001, 2006, 2011, 2016, 2021]
    every_year = query.series_rows(atlas, state.indicator, "gemeinde")["value"]  # the classes the play holds fixed
    assert series.breaks.lower == every_year.min() and series.breaks.upper[-1] == every_year.max()
    assert all(view.breaks == series.breaks for view in series.views.values())
    name, content = download(atlas, "svg", "multiples", state)
    svg = content.decode("utf-8")
    assert name == "arbeitslose_je_100_ew_15_64_gemeinde_kartenreihe.svg"
    for text in ("Arbeitslose je 100 Einwohner im erwerbsfähigen Alter, 2001–2021", "2016", "Dieselben Klassen", "© GeoBasis-DE / BKG"):
        assert text in svg
    name, content = download(atlas, "csv", "multiples", state)
    table = pd.read_csv(io.BytesIO(content), comment="#", dtype={"ags": str})
    assert len(table) == 5 * 53 and sorted(table["year"].unique()) == series.years


def test_the_change_csv_holds_both_years_the_change_and_the_ranks(atlas):
    state = ViewState(indicator="schulabgaenger_ohne_hauptschulabschluss_pct", level="kreis", change=(2010, 2021))
    name, content = download(atlas, "csv", "map", state)
    table = pd.read_csv(io.BytesIO(content), comment="#", dtype={"ags": str}).set_index("ags")
    assert name == "schulabgaenger_ohne_hauptschulabschluss_pct_2010-2021_kreis_karte_veraenderung.csv"
    # Gelsenkirchen 10.2 → 12.66 % of school leavers, 1st of 15 in both years
    assert table.loc["05513", ["value_2010", "value_2021", "rank_2010", "rank_2021", "places_gained"]].tolist() == [10.2, 12.66, 1, 1, 0]
    assert table.loc["05513", "change_percentage_points"] == pytest.approx(2.46)
    assert table.index[0] == "05513"  # the largest rise first


def test_the_mp4_has_one_frame_per_year_at_the_gifs_size(atlas, tmp_path):
    name, content = download(atlas, "mp4")
    assert name == "mindestsicherungsquote_pct_gemeinde_animation.mp4" and content[4:8] == b"ftyp"
    video = tmp_path / name
    video.write_bytes(content)
    probe = ["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0", "-of", "csv=p=0"]
    probe += ["-show_entries", "stream=codec_name,width,height,nb_read_frames", str(video)]
    assert subprocess.run(probe, capture_output=True, text=True, check=True).stdout.split() == ["h264,640,500,4"]


def test_without_a_video_encoder_the_mp4_is_not_offered(atlas, monkeypatch):
    monkeypatch.setattr(animation, "FFMPEG", None)
    (button,) = find(export_menu.build(MINIMUM_INCOME, atlas.version), lambda c: getattr(c, "id", None) == ids.EXPORT_BUTTONS["mp4"])
    assert button.hidden is True
    assert export.export_file("mp4", as_dict(MINIMUM_INCOME), "map", atlas) == (
        None,
        "Auf diesem Server ist kein Video-Encoder installiert.",
    )
