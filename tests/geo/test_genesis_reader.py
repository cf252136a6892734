"""The GENESIS reader on the official files (values copied by hand from the tables) and on broken ones."""

import math

import pytest

from geo import genesis, inputs
from geo.errors import InputError


@pytest.fixture(scope="module")
def official():
    """The four declared GENESIS exports, parsed."""
    declared = inputs.declared()
    return {
        input_id: genesis.read(inputs.load(declared[input_id], log=lambda m: None), name=declared[input_id].member)
        for input_id in ("genesis-ai-n-06", "genesis-82411-01-03-4", "genesis-12411-05-01-4", "genesis-ai002-1")
    }


def cell(table, year, code, column):
    rows = table.values[(table.values.year == year) & (table.values.code == code) & (table.values.column == column)]
    assert len(rows) == 1, (year, code, column)
    return rows.iloc[0].value, rows.iloc[0].flag


INCOME = "verfüg. Einkommen der priv. Haushalte je Einwohner"
ABITUR = "Anteil Schulabgänger/-innen mit allgem. Hochschulreife"
WITHOUT = "Anteil Schulabgänger/-innen ohne Hauptschulabschluss"
CHANGE = "Bevölkerungsentwicklung im Jahr je 10.000 EW"


@pytest.mark.parametrize(
    "input_id, year, code, column, expected",
    [
        # 82411-01-03-4, lines "2018;05513;      Gelsenkirchen, kreisfreie Stadt;4285018;16450" etc.
        ("genesis-82411-01-03-4", 2018, "05513", INCOME, (16450.0, "")),
        ("genesis-82411-01-03-4", 2018, "05113", INCOME, (20626.0, "")),
        ("genesis-82411-01-03-4", 2018, "05978", INCOME, (21494.0, "")),
        ("genesis-82411-01-03-4", 2018, "05", INCOME, (22294.0, "")),
        ("genesis-82411-01-03-4", 2018, "DG", INCOME, (22899.0, "")),
        ("genesis-ai-n-06", 2019, "05513", WITHOUT, (10.1, "")),
        ("genesis-ai-n-06", 2019, "05978", ABITUR, (40.2, "")),
        # "2019;09471;      Bamberg, Landkreis;-;6,8": '-' is exactly zero
        ("genesis-ai-n-06", 2019, "09471", ABITUR, (0.0, "-")),
        ("genesis-12411-05-01-4", 2019, "05170", "Insgesamt", (459893.0, "")),
        ("genesis-ai002-1", 2019, "05916", "Bevölkerungsdichte (EW je qkm)", (3042.6, "")),
        ("genesis-ai002-1", 2019, "05513", CHANGE, (-38.8, "")),
    ],
)
def test_official_values_match_the_published_table(official, input_id, year, code, column, expected):
    assert cell(official[input_id], year, code, column) == expected


def test_official_symbols_become_missing_values_with_their_flag(official):
    # "2011;05513;      Gelsenkirchen, kreisfreie Stadt;2458,5;x;..." and "2019;16072; Sonneberg, Kreis;125,2;.;..."
    value, flag = cell(official["genesis-ai002-1"], 2011, "05513", CHANGE)
    assert math.isnan(value) and flag == "x"
    value, flag = cell(official["genesis-ai002-1"], 2019, "16072", CHANGE)
    assert math.isnan(value) and flag == "."


def test_header_metadata_is_read(official):
    table = official["genesis-82411-01-03-4"]
    assert table.table_id == "82411-01-03-4"
    assert table.columns == ("verfügbares Einkommen der privaten Haushalte", INCOME)
    assert table.units == ("Tsd. EUR", "EUR")
    assert table.data_as_of == "2021-08-19"
    population = official["genesis-12411-05-01-4"]
    assert population.columns == ("Insgesamt", "männlich", "weiblich") and population.units == ("", "", "")
    assert sorted(official["genesis-ai-n-06"].values.year.unique()) == list(range(2006, 2020))


def small_export(body: str, encoding: str = "latin-1") -> bytes:
    text = (
        "GENESIS-Tabelle: 99999-01\n"
        "Testtabelle;;\n"
        ";;;Einwohner;Anteil Ältere\n"
        ";;;Anzahl;Prozent\n"
        f"{body}"
        "__________\n"
        "Stand: 01.02.2023 / 10:00:00\n"
    )
    return text.encode(encoding)


def test_reference_dates_decimal_commas_and_all_symbols():
    table = genesis.read(
        small_export(
            "31.12.2021;05513;  Gelsenkirchen;260126;(12,5)\n"
            "31.12.2021;05512;  Bottrop;117565;103,1 p\n"
            "31.12.2021;05119;  Oberhausen;...;/\n"
            "31.12.2021;05112;  Duisburg;·;…\n",
            encoding="utf-8",  # '…' has no Latin-1 code
        ),
        name="small.csv",
    )
    got = {(r.code, r.column): (r.value, r.flag) for r in table.values.itertuples()}
    assert table.values.year.unique().tolist() == [2021]
    assert got[("05513", "Einwohner")] == (260126.0, "")
    assert got[("05513", "Anteil Ältere")] == (12.5, "()")
    assert got[("05512", "Anteil Ältere")] == (103.1, "p")
    assert [got[("05119", c)][1] for c in ("Einwohner", "Anteil Ältere")] == ["...", "/"]
    assert [got[("05112", c)][1] for c in ("Einwohner", "Anteil Ältere")] == [".", "..."]
    assert table.data_as_of == "2023-02-01"


def test_utf8_exports_are_read_as_utf8():
    table = genesis.read(small_export("2021;05513;Gelsenkirchen;1;2\n", encoding="utf-8"), name="utf8.csv")
    assert table.columns == ("Einwohner", "Anteil Ältere")


@pytest.mark.parametrize(
    "body, line, field, message",
    [
        ("2021;05513;Gelsenkirchen;260126;abc\n", 5, "Anteil Ältere", "not a number or official symbol: 'abc'"),
        ("2021;05513;Gelsenkirchen;260126;\n", 5, "Anteil Ältere", "not a number or official symbol: ''"),
        ("2021;05513;Gelsenkirchen;1;2\n2021;05512;Bottrop;1\n", 6, None, "expected 2 values, found 1"),
        ("2021;05513;Gelsenkirchen;1.234,5;2\n", 5, "Einwohner", "not a number or official symbol: '1.234,5'"),
    ],
)
def test_malformed_cells_name_file_line_and_column(body, line, field, message):
    with pytest.raises(InputError) as caught:
        genesis.read(small_export(body), name="broken.csv")
    assert (caught.value.path, caught.value.line, caught.value.field) == ("broken.csv", line, field)
    assert caught.value.message == message


def test_a_file_without_header_or_data_is_rejected():
    with pytest.raises(InputError, match="no header line"):
        genesis.read(b"Titel\n2021;05513;Gelsenkirchen;1;2\n", name="x.csv")
    with pytest.raises(InputError, match="no data rows"):
        genesis.read(b"Titel\n;;;A;B\n", name="x.csv")


def test_utf16_is_rejected_rather_than_misread():
    with pytest.raises(InputError, match="NUL bytes"):
        genesis.read(small_export("2021;05513;Gelsenkirchen;1;2\n").decode("latin-1").encode("utf-16"), name="u16.csv")
