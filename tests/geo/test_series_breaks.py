"""Series breaks: the record is checked like every authored table, shipped in the pack, and splits series."""

import pytest

from geo import facts, series_breaks
from geo.errors import InputError

HEADER = "indicator,level,ags,year,kind,comparable,source_id,note_de,note_en\n"
UNITS = {"gemeinde": {"05513000"}, "kreis": {"05513", "05112"}, "ruhr": {"RVR"}}

# Hand-written: a level-wide break in 2022 (not comparable), Gelsenkirchen's own break in 2020 (another
# definition), and a comparable change of publication in 2010 that must not split anything.
BREAKS = series_breaks.frame(
    [
        ("rate", "kreis", "", 2022, "publication", False, "s2", "neu", "new"),
        ("rate", "kreis", "05513", 2020, "definition", False, "s1", "anders", "other"),
        ("rate", "kreis", "", 2010, "publication", True, "s1", "gleich", "same"),
    ]
)
YEARS = [2008, 2010, 2016, 2018, 2020, 2021, 2022]


@pytest.mark.parametrize(
    "ags, expected",
    [
        ("05112", [(2008, 2021), (2022, 2022)]),  # only the level-wide break applies
        ("05513", [(2008, 2018), (2020, 2021), (2022, 2022)]),
        (None, [(2008, 2018), (2020, 2021), (2022, 2022)]),  # a break of any place counts
    ],
)
def test_segments_split_at_non_comparable_breaks_only(ags, expected):
    assert series_breaks.segments(BREAKS, "rate", "kreis", YEARS, ags=ags) == expected


def test_no_breaks_and_other_series_leave_one_run():
    assert series_breaks.segments(series_breaks.frame(), "rate", "kreis", YEARS) == [(2008, 2022)]
    assert series_breaks.segments(BREAKS, "rate", "gemeinde", YEARS) == [(2008, 2022)]
    assert series_breaks.segments(BREAKS, "count", "kreis", YEARS) == [(2008, 2022)]


@pytest.mark.parametrize(
    "first, last, ags, expected",
    [
        (2008, 2018, None, True),  # across the comparable 2010 change only
        (2018, 2020, None, False),
        (2018, 2020, "05112", True),
        (2020, 2021, "05513", True),  # a break's own year starts the new segment
        (2021, 2022, "05112", False),
        (2022, 2016, "05112", False),  # years in either order
    ],
)
def test_comparable(first, last, ags, expected):
    assert series_breaks.comparable(BREAKS, "rate", "kreis", first, last, ags=ags) is expected


def test_breaks_between_lists_every_recorded_break_in_the_half_open_span():
    between = series_breaks.breaks_between(BREAKS, "rate", "kreis", 2008, 2022)
    assert between[["year", "ags", "comparable"]].values.tolist() == [[2010, "", True], [2020, "05513", False], [2022, "", False]]
    assert series_breaks.breaks_between(BREAKS, "rate", "kreis", 2010, 2019).empty


def read(tmp_path, body):
    path = tmp_path / "series_breaks.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return facts.read_series_breaks(path, indicators={"rate"}, units=UNITS, sources={"s1": {}})


def test_a_good_table_reads_with_typed_columns(tmp_path):
    breaks = read(tmp_path, "rate,kreis,05513,2020,definition,no,s1,anders,other\nrate,kreis,,2022,publication,yes,s1,gleich,same\n")
    assert breaks[["ags", "year", "comparable"]].values.tolist() == [["05513", 2020, False], ["", 2022, True]]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("rate,bund,,2020,definition,no,s1,a,b\n", (2, "level", "'bund' is not one of")),
        ("rate,kreis,05999,2020,definition,no,s1,a,b\n", (2, "ags", "'05999' is not a kreis of the RVR")),
        ("rate,kreis,,2020,revision,no,s1,a,b\n", (2, "kind", "'revision' is not one of 'publication', 'definition'")),
        ("rate,kreis,,2020,definition,ja,s1,a,b\n", (2, "comparable", "'ja' is not one of 'no', 'yes'")),
        ("rate,kreis,,2020,definition,yes,s9,a,b\n", (2, "source_id", "source 's9' is not in sources.csv")),
        ("rate,kreis,,2020,definition,no,s1,,b\n", (2, "note_de", "must not be empty")),
        ("rate,kreis,,20,definition,no,s1,a,b\n", (2, "year", "not a four-digit year")),
        ("rate,kreis,,2020,definition,no,s1,a,b\nrate,kreis,,2020,publication,no,s1,a,b\n", (2, "indicator", "duplicate key")),
    ],
)
def test_bad_rows_name_line_and_field(tmp_path, body, expected):
    with pytest.raises(InputError) as caught:
        read(tmp_path, body)
    line, field, message = expected
    assert (caught.value.line, caught.value.field) == (line, field)
    assert message in caught.value.message


def test_a_break_must_start_a_year_of_its_series(tmp_path, atlas):
    path = tmp_path / "series_breaks.csv"
    breaks = series_breaks.frame([("schulabgaenger_ohne_hauptschulabschluss_pct", "kreis", "05513", 2030, "publication", False)])
    with pytest.raises(InputError, match="no kreis value for 05513 in 2030") as caught:
        facts.check_series_breaks(breaks, atlas.indicators, path)
    assert (caught.value.line, caught.value.field) == (2, "year")


def test_the_pack_records_the_seams_the_issue_found(atlas):
    breaks = atlas.series_breaks
    school = "schulabgaenger_ohne_hauptschulabschluss_pct"
    # INKAR 1995–2021, then the Deutschlandatlas 2022: the story's "widened" may not span 2021 → 2022
    assert series_breaks.segments(breaks, school, "kreis", range(1995, 2023)) == [(1995, 2021), (2022, 2022)]
    # Gelsenkirchen's 2016 and 2018 values of the IT.NRW series stand apart from 2020/2021
    itnrw = "schulabgaenger_ohne_abschluss_itnrw_pct"
    assert not series_breaks.comparable(breaks, itnrw, "kreis", 2016, 2020, ags="05513")
    assert series_breaks.comparable(breaks, itnrw, "kreis", 2016, 2020, ags="05112")
    # the BBSR's IRIS file continues the INKAR export and says so: a recorded but comparable change
    tax = "einkommensteuer_gemeindeanteil_eur_je_ew"
    assert series_breaks.comparable(breaks, tax, "gemeinde", 2019, 2020)
    assert len(series_breaks.breaks_between(breaks, tax, "gemeinde", 2019, 2020)) == 1
    assert set(breaks["source_id"]) <= set(atlas.sources)
