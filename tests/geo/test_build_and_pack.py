"""The whole build: reproducible, atomic, checked; and the pack it writes holds the official values."""

import json
import os
import shutil

import pytest

from geo import build, pack
from geo.errors import InputError


def test_rebuilding_from_the_declared_inputs_reproduces_the_committed_pack(rebuilt_files):
    assert sorted(rebuilt_files) == sorted(p.name for p in pack.DEFAULT.iterdir())
    assert build.differences(rebuilt_files, pack.DEFAULT) == []


def test_the_manifest_records_input_and_output_checksums(atlas):
    manifest = atlas.manifest
    assert {"gemeinden", "kreise", "genesis-82411-01-03-4", "data/raw/values.csv"} <= set(manifest["inputs"])
    assert sorted(manifest["outputs"]) == sorted(p.name for p in pack.DEFAULT.iterdir() if p.name != pack.MANIFEST)


@pytest.mark.parametrize(
    "ags, level, indicator, year, value",
    [
        ("05513", "kreis", "verfuegbares_einkommen_vgr_eur_je_ew", 2018, 16450.0),  # GENESIS 82411-01-03-4
        ("05", "land", "verfuegbares_einkommen_vgr_eur_je_ew", 2018, 22294.0),
        ("DG", "bund", "verfuegbares_einkommen_vgr_eur_je_ew", 2018, 22899.0),
        ("05978", "kreis", "abitur_anteil_regionalatlas_pct", 2019, 40.2),  # GENESIS AI-N-06
        ("09471", "kreis", "abitur_anteil_regionalatlas_pct", 2019, 0.0),  # '-' = exactly zero
        ("05513", "kreis", "arbeitslosenquote_pct", 2023, 14.63),  # Deutschlandatlas alq
        ("05513000", "gemeinde", "bevoelkerung_zensus2022", 2022, 264130.0),  # Zensus 2022
    ],
)
def test_pack_values_equal_the_official_tables(atlas, ags, level, indicator, year, value):
    rows = atlas.indicators
    match = rows[(rows.ags == ags) & (rows.level == level) & (rows.indicator == indicator) & (rows.year == year)]
    assert match.value.tolist() == [value]


def test_dissolved_kreise_do_not_appear_as_zero(atlas):
    """GENESIS lists the Kreis Aachen (dissolved 2009) with '-' in every column; it must not become 0 inhabitants."""
    rows = atlas.indicators
    aachen = rows[(rows.ags == "05354") & (rows.indicator == "bevoelkerung_jd")]
    assert not (aachen.value == 0).any()


def test_a_kreisfreie_stadt_has_one_value_per_level(atlas):
    rows = atlas.indicators
    assert not rows.duplicated(["ags", "level", "indicator", "year"]).any()
    gelsenkirchen = rows[rows.ags.isin(["05513", "05513000"]) & (rows.indicator == "gisd_nrw_frame_score") & (rows.year == 2021)]
    assert sorted(gelsenkirchen.level) == ["gemeinde", "kreis"]


def test_unverified_years_stay_out_of_the_catalog_years(atlas):
    rows = atlas.indicators
    unverified = rows[~rows.year_verified]
    assert len(unverified) == 5 and set(unverified.indicator) == {"mindestsicherungsquote_pct"}
    for entry in atlas.catalog.values():
        mine = rows[(rows.indicator == entry["id"]) & rows.year_verified & rows.value.notna()]
        expected = {level: sorted(group.year.unique().tolist()) for level, group in mine.groupby("level")}
        assert entry["years"] == expected, entry["id"]


def test_derived_unemployment_ratio_is_the_quotient_of_the_two_counts(atlas):
    rows = atlas.indicators.set_index(["ags", "level", "indicator", "year"]).value
    key = ("05513000", "gemeinde")
    expected = rows[(*key, "arbeitslose_anzahl", 2021)] / rows[(*key, "bevoelkerung_15_64_anzahl", 2021)] * 100
    assert rows[(*key, "arbeitslose_je_100_ew_15_64", 2021)] == pytest.approx(expected, rel=1e-12)
    source_id = atlas.indicators.set_index(["ags", "level", "indicator", "year"]).source_id[(*key, "arbeitslose_je_100_ew_15_64", 2021)]
    # the Gemeinde values cite exactly the two Gemeinde tables they were computed from
    assert atlas.sources[source_id]["based_on"] == ["inkar2024-a-arbeitslosigkeit", "inkar2024-a-erwerbsfaehigebevoelkerung"]


def test_every_catalog_indicator_cites_licensed_sources(atlas):
    assert len(atlas.catalog) >= 60
    for entry in atlas.catalog.values():
        assert entry["source_ids"], entry["id"]
        for source_id in entry["source_ids"]:
            assert atlas.sources[source_id]["licence"], source_id
        assert entry["label"]["de"] and entry["label"]["en"] and entry["definition"]["en"]


def test_load_refuses_a_tampered_pack(tmp_path):
    copy = tmp_path / "pack"
    shutil.copytree(pack.DEFAULT, copy)
    path = copy / "places.csv"
    path.write_bytes(path.read_bytes().replace(b"Gelsenkirchen", b"Gelsenkirchem", 1))
    with pytest.raises(InputError, match="places.csv: does not match its checksum in manifest.json"):
        pack.load(copy)
    (copy / pack.MANIFEST).unlink()
    with pytest.raises(InputError, match="no data pack here"):
        pack.load(copy)


@pytest.mark.parametrize("damage", ["truncated", "unlisted"])
def test_load_refuses_a_broken_manifest_with_a_message(tmp_path, damage):
    broken = tmp_path / "pack"
    shutil.copytree(pack.DEFAULT, broken)
    manifest = broken / pack.MANIFEST
    if damage == "truncated":
        manifest.write_text(manifest.read_text(encoding="utf-8")[:200], encoding="utf-8")
    else:
        content = json.loads(manifest.read_text(encoding="utf-8"))
        del content["outputs"]["stories.json"]
        manifest.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(InputError, match="manifest.json: (is not a readable manifest|does not list stories.json)"):
        pack.load(broken)


def test_loading_is_quick_and_complete(atlas):
    assert set(atlas.places.level) == {"gemeinde", "kreis", "land", "bund", "ruhr"}
    assert len(atlas.places[atlas.places.level == "kreis"]) > 400


def test_a_failed_swap_leaves_the_previous_pack_in_place(tmp_path, monkeypatch):
    out = tmp_path / "processed"
    out.mkdir()
    (out / "old.txt").write_text("previous pack")
    real_replace = os.replace

    def failing_replace(source, target):
        if str(source).startswith(str(tmp_path / ".processed.new-")):
            raise OSError("disk full")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        build.write({"new.txt": b"new pack"}, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["processed"]
    assert [p.name for p in out.iterdir()] == ["old.txt"]


def test_a_successful_write_replaces_the_whole_folder(tmp_path):
    out = tmp_path / "processed"
    out.mkdir()
    (out / "stale.txt").write_text("from an older pack")
    build.write({"a.csv": b"x\n"}, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["processed"]
    assert [p.name for p in out.iterdir()] == ["a.csv"]


def test_bad_input_stops_the_cli_and_keeps_the_pack(tmp_path, capsys):
    raw = tmp_path / "raw"
    shutil.copytree(pack.DEFAULT.parent / "raw", raw)
    values = raw / "values.csv"
    lines = values.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[5] = lines[5].replace(lines[5].split(",")[0], "05999000", 1)
    values.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "processed"
    shutil.copytree(pack.DEFAULT, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert build.main(["--raw", str(raw), "--out", str(out)]) == 2
    assert "values.csv, line 6, field 'ags': unknown AGS '05999000'" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_check_flags_a_pack_that_differs_from_its_inputs(tmp_path, capsys, monkeypatch, rebuilt_files):
    monkeypatch.setattr(build, "build", lambda **options: rebuilt_files)  # the run's one rebuild, not a second
    out = tmp_path / "processed"
    shutil.copytree(pack.DEFAULT, out)
    catalog = json.loads((out / "catalog.json").read_text(encoding="utf-8"))
    catalog[0]["label"]["de"] = "geändert"
    (out / "catalog.json").write_text(json.dumps(catalog), encoding="utf-8")
    assert build.main(["--check", "--out", str(out)]) == 1
    assert "differs from a rebuild: catalog.json" in capsys.readouterr().err


def test_dry_run_lists_steps_and_inputs(capsys):
    assert build.main(["--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert ". boundaries: 53 Gemeinden" in printed and "genesis-ai002-1: pypi:if-license-plates-could-talk==0.0.1" in printed
