"""Every chart the callbacks send is plain data that Plotly's schema accepts, and draws what it should."""

import re
from dataclasses import replace
from pathlib import Path

import plotly.graph_objects as go
import pytest
from plotly.offline import get_plotlyjs_version

from callbacks import comparison, ranking
from callbacks.profile import profile_children
from geo import query
from geo.view_state import TABS, ViewState, as_dict
from layouts import comparison as panels
from layouts import ids

CHART_TABS = [tab for tab in TABS if tab in panels.CHARTS]
VIEWS = [
    ViewState(),
    ViewState(indicator="arbeitslose_je_100_ew_15_64", lang="en", selected="05513000"),
    ViewState(indicator="kinder_u15_in_sgb2_bedarfsgemeinschaften_pct", level="kreis", scheme="emscher_lippe"),
    ViewState(indicator="arbeitslose_je_100_ew_15_64", scheme="custom", group_a=("05513000",)),  # group B empty
]


BUNDLES = Path(__file__).resolve().parents[2] / "assets" / "vendor"


def charts(atlas, view: ViewState) -> list[dict]:
    """The ranking chart and every comparison chart for a view."""
    found = [ranking.ranking_outputs(as_dict(view), atlas)[0]]
    for tab in CHART_TABS:
        outputs = comparison.comparison_outputs(as_dict(ViewState(**{**as_dict(view), "tab": tab})), atlas)
        found.append(outputs[(panels.CHARTS[tab], "figure")])
    return found


def validated(chart: dict) -> go.Figure:
    assert isinstance(chart, dict)  # plain data: no Plotly objects built per request
    return go.Figure(chart)  # raises ValueError on any property Plotly does not know


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: f"{v.indicator}-{v.level}-{v.scheme}-{v.lang}")
def test_every_chart_passes_the_plotly_schema(atlas, view):
    for chart in charts(atlas, view):
        assert validated(chart).data


def test_the_browser_bundle_matches_plotly_and_draws_every_trace_type(atlas):
    """The page loads Plotly's cartesian bundle (assets/vendor), not the full plotly.js."""
    (bundle,) = BUNDLES.glob("plotly-cartesian-*.min.js")
    assert bundle.name == f"plotly-cartesian-{get_plotlyjs_version()}.min.js"  # the version the Python package writes for
    text = bundle.read_text(encoding="utf-8")
    drawable = set(re.findall(r'moduleType:"trace",name:"(\w+)"', text))
    assert {"bar", "box", "scatter"} <= drawable and "choropleth" not in drawable
    used = {trace["type"] for view in VIEWS for chart in charts(atlas, view) for trace in chart["data"]}
    assert used <= drawable


def test_the_zone_chart_has_a_box_per_zone_and_the_reference_lines(atlas):
    outputs = comparison.comparison_outputs(as_dict(ViewState(indicator="arbeitslose_je_100_ew_15_64")), atlas)
    figure = validated(outputs[(ids.ZONE_CHART, "figure")])
    boxes = [trace for trace in figure.data if trace.type == "box"]
    assert [box.name for box in boxes] == ["Nord (Emscher/Lippe)", "Hellweg/Süd", "geteilt (Nord- und Südteil)", "Niederrhein (West)"]
    assert sum(len(box.y) for box in boxes) == 53
    references = query.reference_values(atlas, "arbeitslose_je_100_ew_15_64", "gemeinde", 2021)
    assert [shape.y0 for shape in figure.layout.shapes] == pytest.approx(list(references.values()))
    assert figure.layout.annotations[0].text.startswith("Ruhr") and figure.layout.annotations[0].xanchor == "left"


def test_the_trend_chart_has_means_above_and_the_gap_below(atlas):
    outputs = comparison.comparison_outputs(as_dict(ViewState(indicator="arbeitslose_je_100_ew_15_64", tab="trend")), atlas)
    figure = validated(outputs[(ids.TREND_CHART, "figure")])
    assert {trace.yaxis for trace in figure.data if trace.type == "scatter"} == {"y"}
    gap = next(trace for trace in figure.data if trace.type == "bar")
    assert gap.yaxis == "y2" and figure.layout.xaxis.matches == "x2"
    assert figure.layout.yaxis.domain[0] > figure.layout.yaxis2.domain[1]  # the gap sits under the means


def test_the_inequality_chart_puts_cv_and_gini_on_the_right_axis(atlas):
    outputs = comparison.comparison_outputs(as_dict(ViewState(tab="inequality")), atlas)
    figure = validated(outputs[(ids.INEQUALITY_CHART, "figure")])
    assert [trace.yaxis for trace in figure.data] == ["y", "y", "y2", "y2"]
    assert figure.layout.yaxis2.overlaying == "y" and figure.layout.yaxis2.side == "right"


def test_a_trend_without_any_stated_gap_draws_the_means_with_their_years(atlas):
    state = ViewState(indicator="verfuegbares_einkommen_eur_je_ew", tab="trend")  # no year has half the values in both zones
    figure = validated(comparison.comparison_outputs(as_dict(state), atlas)[(ids.TREND_CHART, "figure")])
    assert [trace.type for trace in figure.data if trace.showlegend is not False] == ["scatter"] * 4
    # each year comes from another press-quoted release (a declared break every year): no line joins two years
    assert {len(trace.x) for trace in figure.data} == {1} and len(figure.layout.shapes) == 4
    assert figure.layout.xaxis.showticklabels is not False and "xaxis2" not in figure.to_plotly_json()["layout"]


def font_sizes(node) -> list[float]:
    """The size of every font a chart sets itself (``font``, ``tickfont``, ``textfont`` ... in its layout and traces)."""
    if isinstance(node, list):
        return [size for value in node for size in font_sizes(value)]
    if not isinstance(node, dict):
        return []
    sizes = []
    for key, value in node.items():
        if key.endswith("font") and isinstance(value, dict) and "size" in value:
            sizes.append(value["size"])
        if key != "template":  # Plotly's template sets no sizes
            sizes += font_sizes(value)
    return sizes


@pytest.mark.parametrize("view", VIEWS[:3], ids=lambda v: f"{v.indicator}-{v.level}")
def test_in_presentation_mode_every_chart_text_is_legible_from_the_back_of_the_room(atlas, view):
    for chart in charts(atlas, replace(view, present=True)):
        validated(chart)
        assert chart["layout"]["font"]["size"] >= 20  # what every text without its own size inherits
        assert min(font_sizes(chart)) >= 20


def test_on_the_desktop_the_charts_keep_their_compact_type(atlas):
    for chart in charts(atlas, VIEWS[0]):
        assert max(font_sizes(chart), default=12) < 20


def test_a_series_break_is_drawn_and_no_line_runs_across_it(atlas):
    state = ViewState(indicator="schulabgaenger_ohne_hauptschulabschluss_pct", level="kreis", tab="trend", year=2021)
    outputs = comparison.comparison_outputs(as_dict(state), atlas)
    figure = validated(outputs[(ids.TREND_CHART, "figure")])
    assert [(shape.x0, shape.line.dash) for shape in figure.layout.shapes] == [(2021.5, "dash")]
    [label] = figure.layout.annotations
    assert label.text == "Bruch: neue Quelle" and "Deutschlandatlas 2024" in label.hovertext
    lines = [trace for trace in figure.data if trace.type == "scatter"]
    assert lines and all(max(trace.x) <= 2021 or min(trace.x) >= 2022 for trace in lines)
    text = str(outputs[(ids.COMPARISON_CONTENT["trend"], "children")])
    assert "Die Reihe bricht 2022" in text and "1995–2021" in text
    assert "Bruch: neue Quelle ab 2022: 2022 aus dem Deutschlandatlas 2024" in text  # the numbers table's row of 2022


def test_the_profile_names_the_breaks_its_trend_lines_stop_at(atlas):
    profile = profile_children(as_dict(ViewState(level="kreis", selected="05513")), None, atlas)[0]
    text = str(profile)
    assert "Bruch: neue Abgrenzung ab 2018: Gelsenkirchen 2016 zählt" in text  # IT.NRW 'ohne Abschluss': a definition break
    assert "Bruch: neue Quelle ab 2022: 2022 aus dem Deutschlandatlas 2024" in text  # INKAR → Deutschlandatlas
    assert "(Bruch: neue Quelle 2022)" in text  # the trend line's alt text says where it stops


def test_a_source_that_changes_every_year_is_named_once_with_its_years(atlas):
    # the IT.NRW income series of a Gemeinde: each year's first release, so a break in each year 2019–2022
    profile = str(profile_children(as_dict(ViewState(selected="05513000")), None, atlas)[0])
    note = "Jedes Jahr die Erstveröffentlichung von IT.NRW"
    assert "Bruch: neue Quelle in den Jahren 2019–2022: " + note in profile
    assert profile.count(note) == 1
