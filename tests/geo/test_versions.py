"""Pack versions: a version is appended only when the outputs change, and what changed for an indicator is named."""

import json
import shutil
from datetime import date

import pytest

from geo import pack, versions
from geo.errors import InputError
from geo.versions import Change

MARK = {"values": "aaaa", "metadata": "mmmm", "years": {"gemeinde": [2000, 2019], "kreis": [1995, 2019]}}


def history_of(*entries):
    return [{"version": name, "hash": name[-8:], "date": name[:10], "indicators": marks} for name, marks in entries]


def test_a_rebuild_with_the_same_outputs_keeps_the_history_and_a_changed_one_appends_a_dated_version():
    first = versions.updated([], {"a.csv": "01", "manifest.json": "ff"}, {"x": MARK}, date(2026, 12, 1))
    assert versions.updated(first, {"a.csv": "01", "manifest.json": "ee", "versions.json": "dd"}, {}, date(2026, 12, 2)) == first
    second = versions.updated(first, {"a.csv": "02"}, {"x": MARK}, date(2026, 12, 2))
    assert len(second) == 2 and second[0] == first[0]
    assert second[-1]["version"] == "2026-12-02-" + versions.pack_hash({"a.csv": "02"}) != first[0]["version"]


def test_changes_name_new_years_corrected_values_and_a_revised_description():
    later = {**MARK, "values": "bbbb", "metadata": "nnnn", "years": {"gemeinde": [2000, 2021], "kreis": [1995, 2019], "ruhr": [2020, 2020]}}
    history = history_of(("2026-11-01-00000001", {"x": MARK}), ("2026-12-02-00000002", {"x": later, "y": MARK}))
    assert versions.changes(history, "2026-11-01-00000001", "x") == [
        Change("years", "gemeinde", "2000–2019", "2000–2021"),
        Change("level_added", "ruhr", "", "2020"),
        Change("values"),
        Change("metadata"),
    ]
    assert versions.changes(history, "2026-11-01-00000001", "y") == [Change("new")]


def test_the_current_version_has_no_changes_an_unknown_one_none_and_an_untouched_indicator_says_so():
    history = history_of(
        ("2026-11-01-00000001", {"x": MARK, "y": MARK}), ("2026-12-02-00000002", {"x": MARK, "y": {**MARK, "values": "c"}})
    )
    assert versions.changes(history, "2026-12-02-00000002", "x") == []
    assert versions.changes(history, "2025-01-01-12345678", "x") is None
    assert versions.changes(history, "2026-11-01-00000001", "x") == [Change("unchanged")]


def test_the_committed_pack_names_itself_as_its_last_version(atlas):
    assert atlas.version == atlas.versions[-1]["version"]
    assert atlas.version.endswith(versions.pack_hash(atlas.manifest["outputs"]))
    assert set(atlas.versions[-1]["indicators"]) == set(atlas.catalog)


def test_breaks_recorded_since_are_a_change_also_against_a_version_that_predates_the_record():
    recorded = {**MARK, "breaks": "bbbbbbbb"}
    history = history_of(("2026-11-01-00000001", {"x": MARK}), ("2026-12-02-00000002", {"x": recorded}))
    assert versions.changes(history, "2026-11-01-00000001", "x") == [Change("breaks")]
    quiet = history_of(("2026-11-01-00000001", {"x": MARK}), ("2026-12-02-00000002", {"x": {**MARK, "breaks": versions.NO_BREAKS}}))
    assert versions.changes(quiet, "2026-11-01-00000001", "x") == [Change("unchanged")]


def test_load_refuses_a_history_that_does_not_name_its_pack(tmp_path):
    copy = tmp_path / "pack"
    shutil.copytree(pack.DEFAULT, copy)
    history = json.loads((copy / versions.FILE).read_text(encoding="utf-8"))
    history[-1]["hash"] = "00000000"
    (copy / versions.FILE).write_bytes(pack.json_text(history).encode("utf-8"))
    manifest = json.loads((copy / pack.MANIFEST).read_text(encoding="utf-8"))
    manifest["outputs"][versions.FILE] = pack.checksum((copy / versions.FILE).read_bytes())
    (copy / pack.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(InputError, match="versions.json: does not name this pack as its last version"):
        pack.load(copy)
