"""The authored fact tables: bad rows stop the build with file, line and field; good rows become indicator rows."""

import pytest

from geo import catalog, facts, tables
from geo.errors import InputError

HEADER = "ags,indicator,year,period,value,source_id,year_verified,role,note,flag\n"
SOURCES = {"s1": {"licence": "dl-de/by-2-0"}, "s2": {"licence": "dl-de/by-2-0"}}
UNITS = {"gemeinde": {"05513000", "05512000"}, "kreis": {"05513"}, "ruhr": {"RVR"}}
INDICATORS = {"rate", "count"}


def read(tmp_path, body, encoding="utf-8"):
    path = tmp_path / "values.csv"
    body = "".join(line + (",\n" if line.count(",") == 8 else "\n") for line in body.splitlines())  # rows of 9 fields: no flag
    path.write_bytes((HEADER + body).encode(encoding))
    return facts.read_values(path, indicators=INDICATORS, units=UNITS, sources=SOURCES)


def error_of(tmp_path, body, **kwargs):
    with pytest.raises(InputError) as caught:
        read(tmp_path, body, **kwargs)
    return caught.value.line, caught.value.field, caught.value.message


def test_good_rows_get_their_level_from_the_key(tmp_path):
    rows = read(
        tmp_path,
        "05513000,rate,2021,,12.5,s1,yes,,\n05513,rate,2021,,12.4,s1,yes,,Kreisebene\nRVR,rate,2022,2018-2022,10,s1,no,,\n",
    )
    assert rows[["ags", "level", "year", "period", "value", "year_verified", "note"]].values.tolist() == [
        ["05513000", "gemeinde", 2021, "", 12.5, True, ""],
        ["05513", "kreis", 2021, "", 12.4, True, "Kreisebene"],
        ["RVR", "ruhr", 2022, "2018-2022", 10.0, False, ""],
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("05513000,rate,2021,,12.5,s1,yes,,\n05999000,rate,2021,,1,s1,yes,,\n", (3, "ags", "unknown AGS '05999000'")),
        ("05513000,rate,2021,,12,5,s1,yes,,,\n", (2, None, "11 fields, the header has 10")),
        ("05513000,rate,2021,,0,s1,yes,,,zero\n", (2, "flag", "'zero' is not one of '', 'implausible_zero', 'implausible_jump'")),
        ("05513000,rate,2021,,zwölf,s1,yes,,\n", (2, "value", "not a number: 'zwölf'")),
        ("05513000,rate,21,,12,s1,yes,,\n", (2, "year", "not a four-digit year: '21'")),
        ("05513000,poverty,2021,,12,s1,yes,,\n", (2, "indicator", "indicator 'poverty' is not in the catalog")),
        ("05513000,rate,2021,,12,s9,yes,,\n", (2, "source_id", "source 's9' is not in sources.csv")),
        ("05513000,rate,2021,,12,s1,ja,,\n", (2, "year_verified", "'ja' is not one of 'yes', 'no'")),
        ("05513000,rate,2021,2021-2018,12,s1,yes,,\n", (2, "period", "period '2021-2018' must read 'start-2021'")),
        ("05513000,rate,2021,,12,s1,yes,,\n05513000,rate,2021,,12,s1,yes,,\n", (2, "ags", "duplicate key")),
        (
            "05513000,rate,2021,,12,s1,yes,,\n05513000,rate,2021,,13,s2,yes,,\n",
            (2, "ags", "two values for 05513000 / rate / 2021 (lines 2, 3)"),
        ),
        (
            "05513000,rate,2021,,12.34,s1,yes,,\n05513000,rate,2021,,12.4,s2,yes,corroborates,\n",
            (3, "value", "disagrees with the primary value 12.34"),
        ),
        ("05513000,rate,2021,,12.4,s2,yes,corroborates,\n", (2, "role", "corroborates a value that has no primary row")),
    ],
)
def test_bad_rows_name_line_and_field(tmp_path, body, expected):
    line, field, message = error_of(tmp_path, body)
    assert (line, field) == expected[:2]
    assert message.startswith(expected[2])


def test_a_rounded_second_publication_is_checked_and_dropped(tmp_path):
    rows = read(tmp_path, "05513,rate,2023,,14.63,s1,yes,,\n05513,rate,2023,,14.6,s2,yes,corroborates,\n")
    assert rows[["source_id", "value"]].values.tolist() == [["s1", 14.63]]


def test_wrong_encoding_names_the_line(tmp_path):
    line, field, message = error_of(
        tmp_path, "05513000,rate,2021,,12,s1,yes,,ok\n05513000,rate,2020,,12,s1,yes,,Gemeindeergebnis für\n", encoding="latin-1"
    )
    assert line == 3 and message.startswith("not UTF-8")


def test_a_missing_column_is_named(tmp_path):
    path = tmp_path / "values.csv"
    path.write_text("ags,indicator,year,value,source_id\n05513000,rate,2021,1,s1\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column\\(s\\) period, year_verified, role, note, flag") as caught:
        facts.read_values(path, indicators=INDICATORS, units=UNITS, sources=SOURCES)
    assert caught.value.line == 1


def test_sources_need_publisher_title_and_licence(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_text(",".join(facts.SOURCE_FIELDS) + "\ns1,BBSR,INKAR,,https://www.inkar.de/,,,2024,\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        facts.read_sources(path)
    assert (caught.value.line, caught.value.field) == (2, "licence")


def test_catalog_rejects_unknown_choices(tmp_path):
    path = tmp_path / "catalog.csv"
    row = ["rate", "wealth", "Quote", "Rate", "%", "%", "higher_is_worse", "1", "weighted_mean", "", "", "", "d", "d"]
    path.write_text(",".join(catalog.FIELDS) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        catalog.read(path)
    assert (caught.value.line, caught.value.field) == (2, "theme")


def test_the_project_tables_are_consistent():
    """The committed tables pass every check (the build relies on it)."""
    sources = facts.read_sources()
    register = facts.read_municipalities(facts.RAW / "municipalities.csv", sources)
    assert len(register) == 53
    assert sorted(register.kreis_ags.unique()) == [
        "05112",
        "05113",
        "05117",
        "05119",
        "05170",
        "05512",
        "05513",
        "05562",
        "05911",
        "05913",
        "05914",
        "05915",
        "05916",
        "05954",
        "05978",
    ]
    assert register.groupby("kreis_ags").size().to_dict()["05170"] == 13  # Kreis Wesel
    frame = tables.read_csv(facts.RAW / "values.csv", required=facts.VALUE_FIELDS)
    assert set(frame.source_id) <= set(sources)
