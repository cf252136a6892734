"""The change between two years, against values copied by hand from data/raw/values.csv (INKAR 2024, BBSR IRIS)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from geo import change, series_breaks
from geo.view_state import ViewState

LEAVERS = "schulabgaenger_ohne_hauptschulabschluss_pct"  # % of school leavers: percentage points
TAX = "einkommensteuer_gemeindeanteil_eur_je_ew"  # EUR per inhabitant: per cent


def test_a_share_changes_in_percentage_points_with_ranks_among_the_same_places(atlas):
    view = change.change_view(atlas, LEAVERS, "kreis", 2010, 2021)
    rows = view.rows
    assert view.kind == "points"
    # Gelsenkirchen 10.2 → 12.66, Oberhausen 6.34 → 4.58, Bochum 4.19 → 6.56
    assert_allclose(rows.loc[["05513", "05119", "05911"], "measure"], [2.46, -1.76, 2.37], atol=1e-9)
    assert rows["percent"].isna().all()  # a per-cent change of a share is not offered
    # 2010: Gelsenkirchen 1st, Oberhausen 10th, Bochum 15th of 15; 2021: 1st, 15th, 7th
    assert rows.loc[["05513", "05119", "05911"], ["rank_first", "rank_last", "rank_change"]].values.tolist() == [
        [1, 1, 0],
        [10, 15, -5],
        [15, 7, 8],
    ]


def test_an_amount_changes_in_per_cent_of_the_first_year(atlas):
    rows = change.change_view(atlas, TAX, "gemeinde", 2010, 2021).rows
    # Gelsenkirchen 231.98 → 356.30 EUR, Bochum 305.91 → 490.39 EUR
    assert_allclose(rows.loc[["05513000", "05911000"], "absolute"], [124.32, 184.48], atol=1e-9)
    assert_allclose(rows.loc[["05513000", "05911000"], "measure"], [124.32 / 231.98 * 100, 184.48 / 305.91 * 100])


def test_no_place_has_a_change_across_the_packs_declared_break(atlas):
    # the pack records INKAR 1995–2021 → Deutschlandatlas 2022 as not comparable
    view = change.view_change(atlas, ViewState(indicator=LEAVERS, level="kreis", change=(2010, 2022)))
    assert (view.blocked.year, view.blocked.span) == (2022, (2010, 2021))
    assert "Recklinghausen" in view.blocked.note["de"]
    assert view.rows["measure"].isna().all() and set(view.rows["reason"]) == {"break"}
    assert view.rows["rank_change"].isna().all() and view.breaks.k == 0
    assert change.default_span(atlas, LEAVERS, "kreis") == (1995, 2021)


def test_gelsenkirchens_other_definition_leaves_only_gelsenkirchen_without_a_change(atlas):
    view = change.view_change(atlas, ViewState(indicator="schulabgaenger_ohne_abschluss_itnrw_pct", level="kreis", change=(2016, 2020)))
    assert view.blocked is None
    assert view.rows.at["05513", "reason"] == "break" and view.rows.at["05513", "note_de"]
    assert view.rows.drop("05513")["reason"].isin(["", "missing_first", "missing_last"]).all()


def test_a_break_of_one_place_leaves_only_that_place_without_a_change(atlas):
    breaks = series_breaks.frame([(LEAVERS, "kreis", "05513", 2015, "definition", False, "s", "andere Abgrenzung", "other")])
    notes = change.place_breaks(breaks, LEAVERS, "kreis", 2010, 2021)
    view = change.change_view(atlas, LEAVERS, "kreis", 2010, 2021, places=notes)
    assert view.rows.at["05513", "reason"] == "break" and np.isnan(view.rows.at["05513", "measure"])
    assert view.rows["measure"].notna().sum() == 14
    # Oberhausen now ranks among 14 places: 9th in 2010 (Gelsenkirchen left out), 14th in 2021
    assert view.rows.loc["05119", ["rank_first", "rank_last"]].tolist() == [9, 14]


def test_missing_years_and_a_zero_base_are_missing_with_their_reason():
    rows = change.changes(pd.Series([2.0, np.nan, 0.0, 4.0]), pd.Series([3.0, 1.0, 5.0, np.nan]), "percent")
    assert rows["reason"].tolist() == ["", "missing_first", "zero_base", "missing_last"]
    assert_allclose(rows["measure"], [50.0, np.nan, np.nan, np.nan])


@pytest.mark.parametrize("k", [3, 5, 7])
def test_classes_are_symmetric_around_a_no_change_middle(k):
    breaks = change.symmetric_breaks(pd.Series([-3.0, -1.2, 0.04, 0.6, 2.0, 8.0]), k, 1)
    upper = np.array(breaks.upper)
    middle = change.middle_class(breaks)
    assert breaks.k == k and (upper[middle - 1], upper[middle]) == (-0.05, 0.05)
    assert_allclose(-upper[: middle - 1], upper[middle + 1 : -1][::-1])  # the same bounds up and down
    assert breaks.lower == -8.0 and upper[-1] == 8.0
