"""The upload reader: what it takes, what it refuses and where it says the problem is.

Every file here is declared in its test; the Ruhr's units come from the committed pack.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo import query, upload
from geo.upload import UploadRejected


@pytest.fixture(scope="module")
def units(atlas):
    return {level: set(query.units(atlas, level)) for level in ("gemeinde", "kreis")}


def rejected(raw: bytes, units) -> list[upload.Problem]:
    with pytest.raises(UploadRejected) as caught:
        upload.read(raw, "file.csv", units)
    return caught.value.problems


def test_a_german_excel_export_is_read_with_decimal_commas_and_lost_leading_zeros(units):
    raw = "AGS;Gemeinde;Kitaplätze je 100 Kinder\n05513000;Gelsenkirchen;31,5\n5562004;Dorsten;38\n05911000;Bochum;1.234,25\n".encode(
        "cp1252"
    )
    layer = upload.read(raw, "kita.csv", units)
    assert layer.level == "gemeinde"
    assert layer.label == "Kitaplätze je 100 Kinder"
    assert layer.values == {"05513000": 31.5, "05562004": 38.0, "05911000": 1234.25}
    assert (layer.encoding, layer.decimal, layer.precision, layer.outside) == ("Windows-1252", ",", 2, 0)


def test_a_utf8_file_with_bom_commas_and_decimal_points(units):
    raw = "\ufeffags,value\n05913,12.5\n05978,\n".encode("utf-8")
    layer = upload.read(raw, "kreise.csv", units)
    assert (layer.level, layer.label, layer.encoding, layer.decimal) == ("kreis", "value", "UTF-8", ".")
    assert layer.values == {"05913": 12.5, "05978": None}


def test_rows_outside_the_ruhr_are_skipped_and_counted(units):
    raw = b"ags\tshare\n05513000\t1\n09162000\t2\n05315000\t3\n"  # Munich and Cologne are not in the Ruhr
    layer = upload.read(raw, "germany.tsv", units)
    assert layer.values == {"05513000": 1.0}
    assert layer.outside == 2


def test_official_symbols_read_as_in_the_genesis_tables(units):
    raw = b"ags;wert\n05513000;-\n05512000;.\n05911000;x\n05913000;...\n05914000;7\n"
    assert upload.read(raw, "f.csv", units).values == {
        "05513000": 0.0,
        "05512000": None,
        "05911000": None,
        "05913000": None,
        "05914000": 7.0,
    }


def test_a_regionalschluessel_is_shortened_to_the_ags(units):
    assert upload.read(b"ARS;wert\n055130000000;4\n", "f.csv", units).values == {"05513000": 4.0}


def test_row_errors_name_line_and_column_and_nothing_is_taken(units):
    raw = b"ags;name;quote\n05513000;Gelsenkirchen;abc\n0551X000;Bottrop;3\n05911000;Bochum\n05913000;Dortmund;4\n05913000;Dortmund;5\n05914000;Hagen;1,2,3\n"
    problems = rejected(raw, units)
    assert [(p.key, p.line, p.column) for p in problems] == [
        ("number", 2, "quote"),
        ("code", 3, "ags"),
        ("field_count", 4, None),
        ("duplicate", 6, "ags"),
        ("number", 7, "quote"),
    ]
    assert problems[0].values == {"text": "abc"}
    assert problems[3].values == {"ags": "05913000", "first": 5}


def test_file_level_problems(units):
    assert [p.key for p in rejected(b"", units)] == ["empty"]
    assert [p.key for p in rejected(b"PK\x03\x04rest of a workbook", units)] == ["spreadsheet"]
    assert [p.key for p in rejected(b"ags;x\x00", units)] == ["not_text"]
    assert [p.key for p in rejected(b"a" * (upload.MAX_BYTES + 1), units)] == ["too_large"]
    assert [p.key for p in rejected(b"ags\n05513000\n", units)] == ["one_column"]
    assert [p.key for p in rejected(b"name;wert\nBochum;3\n", units)] == ["code_column"]
    assert [p.key for p in rejected(b"ags;a;b\n05513000;1;2\n", units)] == ["value_column"]
    assert [p.key for p in rejected(b"ags;\n05513000;1\n", units)] == ["value_label"]
    assert [p.key for p in rejected(b"ags;wert\n09162000;1\n", units)] == ["no_ruhr_rows"]
    assert [p.key for p in rejected(b"ags;wert\n05513000;.\n", units)] == ["no_values"]
    mixed = rejected(b"ags;wert\n05513000;1\n05913;2\n", units)
    assert [(p.key, p.values) for p in mixed] == [("mixed_levels", {"gemeinden": 1, "kreise": 1})]


def test_german_thousands_without_a_decimal_comma_are_refused_not_guessed(units):
    problems = rejected(b"ags;Einwohner\n05513000;260.654\n05512000;117.143\n", units)
    assert [(p.key, p.line, p.column, p.values) for p in problems] == [("ambiguous_dots", 2, "Einwohner", {"text": "260.654"})]
    assert upload.read(b"ags;w\n05513000;12.5\n05512000;1.234\n", "f.csv", units).values == {"05512000": 1.234, "05513000": 12.5}
    assert upload.read(b"ags;w\n05513000;1.234,5\n05512000;260.654\n", "f.csv", units).values == {"05512000": 260654.0, "05513000": 1234.5}


def test_awkward_but_valid_files(units):
    bom_then_windows = b"\xef\xbb\xbfags;Kitapl\xe4tze\n05513000;31,5\n"
    assert upload.read(bom_then_windows, "f.csv", units).label == "Kitaplätze"
    mac_line_ends = b"ags;wert\r05513000;1\r05512000;2\r"
    assert upload.read(mac_line_ends, "f.csv", units).values == {"05512000": 2.0, "05513000": 1.0}
    quoted_semicolon = b'ags,"Anteil (%; 2022)"\n05513000,3\n'
    assert upload.read(quoted_semicolon, "f.csv", units).label == "Anteil (%; 2022)"


def test_a_broken_csv_structure_is_located(units):
    assert [(p.key, p.line) for p in rejected(b'ags;wert\n05513000;"' + b"x" * 140_000 + b'"\n', units)] == [("malformed", 2)]
    assert [(p.key, p.line) for p in rejected(b'ags;wert\n05513000;"31,5\n05512000;2\n', units)] == [
        ("malformed", 3)
    ]  # the file ends inside the quote


def test_a_huge_header_is_quoted_short(units):
    problems = rejected(b"name;" + b"x" * 100_000 + b"\nBochum;1\n", units)
    assert problems[0].key == "code_column" and len(problems[0].values["found"]) <= 120


def test_numbers_that_are_not_numbers_are_refused():
    for cell, decimal in [("1,5", "."), ("1.5.5", "."), ("inf", "."), ("1e999", "."), ("12.34,5", ","), ("1,2,3", ","), ("0x10", ".")]:
        with pytest.raises(ValueError):
            upload.parse_number(cell, decimal)


def test_only_the_first_twenty_problems_are_listed_but_all_are_counted(units):
    raw = b"ags;wert\n" + b"".join(b"05513000;bad\n" for _ in range(50))
    with pytest.raises(UploadRejected) as caught:
        upload.read(raw, "f.csv", units)
    assert len(caught.value.problems) == upload.MAX_PROBLEMS
    assert caught.value.total == 50


def test_a_layer_sent_back_by_the_browser_is_checked_again(units):
    layer = upload.read(b"ags;wert\n05513000;2\n", "f.csv", units)
    assert upload.from_browser(layer.as_dict(), units) == layer
    for broken in (
        None,
        "x",
        {},
        {**layer.as_dict(), "level": "land"},
        {**layer.as_dict(), "values": {"09162000": 1}},
        {**layer.as_dict(), "values": {"05513000": "NaN"}},
        {**layer.as_dict(), "values": {"05513000": [1]}},
        {**layer.as_dict(), "precision": "many"},
    ):
        assert upload.from_browser(broken, units) is None


@given(st.binary(max_size=2_000))
def test_random_bytes_are_read_or_refused_with_problems(units, raw):
    try:
        layer = upload.read(raw, "random.bin", units)
    except UploadRejected as refused:
        assert refused.problems and all(isinstance(p, upload.Problem) for p in refused.problems)
    else:
        assert layer.values and set(layer.values) <= units[layer.level]


@given(st.lists(st.lists(st.text(alphabet='0123456789,;.-x \t"ags', max_size=12), min_size=1, max_size=4), min_size=1, max_size=20))
def test_random_tables_are_read_or_refused_with_problems(units, table):
    raw = "\n".join(";".join(row) for row in [["ags", "wert"], *table]).encode()
    try:
        layer = upload.read(raw, "random.csv", units)
    except UploadRejected as refused:
        assert refused.problems
    else:
        assert upload.from_browser(layer.as_dict(), units) == layer
