"""Derive step: indicators the atlas computes from two published counts (``numerator / denominator × factor``).

A derived value exists only where both counts exist for the same unit and year,
both with a verified year; it is never filled in otherwise. Where a count was held back as implausible
(:mod:`geo.plausibility`), the derived row is kept, missing, with the flag ``implausible_input`` and a note
naming the count. Its source is a
generated citation that names both input sources, so the source line reads
"own calculation from …".
"""

from __future__ import annotations

import pandas as pd

from geo import plausibility
from geo.indicator_rows import COLUMNS

PUBLISHER = "Ruhr-Disparitätenatlas (eigene Berechnung)"


def source_id_for(indicator: str, number: int) -> str:
    return f"derived-{indicator}-{number}"


def run(catalog: pd.DataFrame, indicators: pd.DataFrame, sources: dict) -> tuple[pd.DataFrame, dict[str, dict]]:
    """Rows of every ratio indicator, and a source entry for each."""
    frames, new_sources = [], {}
    held = indicators["value"].isna() & indicators["flag"].isin(plausibility.RULES)
    usable = indicators[indicators["year_verified"] & (indicators["value"].notna() | held)]
    for spec in catalog[catalog["aggregate"] == "ratio"].itertuples(index=False):
        keys = ["ags", "level", "year"]
        numerator = usable[usable["indicator"] == spec.numerator]
        denominator = usable[usable["indicator"] == spec.denominator]
        pairs = numerator.merge(denominator, on=keys, suffixes=("_num", "_den"))
        withheld = pairs["flag_num"].isin(plausibility.RULES) | pairs["flag_den"].isin(plausibility.RULES)
        pairs = pairs[withheld | (pairs["value_den"] > 0)]
        withheld = withheld[pairs.index]
        # one citation per pair of input sources, so a map cites only the tables behind it
        combinations = sorted(set(zip(pairs["source_id_num"], pairs["source_id_den"])))
        source_of = {combination: source_id_for(spec.indicator, i + 1) for i, combination in enumerate(combinations)}
        frames.append(
            pd.DataFrame(
                {
                    "ags": pairs["ags"],
                    "level": pairs["level"],
                    "indicator": spec.indicator,
                    "year": pairs["year"],
                    "period": "",
                    "value": (pairs["value_num"] / pairs["value_den"] * float(spec.factor)).mask(withheld),
                    "flag": withheld.map({True: plausibility.INPUT, False: ""}),
                    "source_id": [source_of[c] for c in zip(pairs["source_id_num"], pairs["source_id_den"])],
                    "year_verified": True,
                    "note": [_held_inputs(row, spec) if held_back else "" for row, held_back in zip(pairs.itertuples(), withheld)],
                },
                columns=COLUMNS,
            )
        )
        for combination, source_id in source_of.items():
            inputs = list(combination)
            new_sources[source_id] = {
                "source_id": source_id,
                "publisher": PUBLISHER,
                "title": f"{spec.label_de}: {spec.numerator} / {spec.denominator} × {float(spec.factor):g}",
                "table": "",
                "url": "",
                "via": "",
                "licence": "; ".join(sorted({sources[s]["licence"] for s in inputs})),
                "data_as_of": "",
                "note": "Berechnet aus: " + "; ".join(f"{sources[s]['publisher']}, {sources[s]['title']}" for s in inputs),
                "based_on": inputs,
            }
    rows = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS)
    return rows, new_sources


def _held_inputs(row, spec) -> str:
    """The note of a derived value left missing: which of its counts was held back, and why."""
    held = [(name, flag) for name, flag in ((spec.numerator, row.flag_num), (spec.denominator, row.flag_den)) if flag in plausibility.RULES]
    return "; ".join(f"{name} {row.year}: {flag}" for name, flag in held)
