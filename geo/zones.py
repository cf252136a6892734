"""Zones step: named schemes that group the RVR units, as data with a rationale for every assignment.

``data/raw/zone_schemes.csv`` names each scheme's zones (labels, colour, order
and ``role``: the two zones compared by the gap are ``a`` and ``b``).
``data/raw/zones.csv`` assigns every Gemeinde and every Kreis of a scheme to one
zone, with a rationale and, where a publication states it, a source.

The scheme ``kreis`` (each Gemeinde in its Kreis) is generated from the
municipality register, so it can never disagree with it. User-defined groups A
and B live in the URL, not here (see :mod:`geo.view_state`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from geo import tables
from geo.errors import InputError

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
SCHEME_FIELDS = ["scheme", "scheme_label_de", "scheme_label_en", "zone", "zone_label_de", "zone_label_en", "role", "colour", "order"]
ZONE_FIELDS = ["scheme", "ags", "zone", "rationale", "source_id"]
ROLES = ("a", "b", "other")
KREIS_SCHEME = "kreis"
#: Colours for the 15 Kreise (qualitative, ColorBrewer Paired + Dark2), in AGS order.
KREIS_COLOURS = [
    "#1f78b4",
    "#33a02c",
    "#e31a1c",
    "#ff7f00",
    "#6a3d9a",
    "#b15928",
    "#a6cee3",
    "#b2df8a",
    "#fb9a99",
    "#fdbf6f",
    "#cab2d6",
    "#1b9e77",
    "#d95f02",
    "#7570b3",
    "#e7298a",
]


def read_schemes(path: Path = RAW / "zone_schemes.csv") -> pd.DataFrame:
    frame = tables.read_csv(path, required=SCHEME_FIELDS, key=["scheme", "zone"])
    for line, row in tables.numbered(frame):
        tables.check_choice(row.role, ROLES, path, line, "role")
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", row.colour):
            raise InputError(path, f"colour {row.colour!r} is not #rrggbb", line=line, field="colour")
        if not row.order.isdigit():
            raise InputError(path, f"order {row.order!r} is not a number", line=line, field="order")
    for scheme, group in frame.groupby("scheme"):
        roles = sorted(group["role"][group["role"] != "other"])
        if roles not in ([], ["a", "b"]):
            raise InputError(path, f"scheme {scheme!r} needs exactly one zone with role a and one with role b (or neither)", field="role")
        if scheme == KREIS_SCHEME:
            raise InputError(path, f"scheme {KREIS_SCHEME!r} is generated from the municipality register", field="scheme")
    return frame


def read_assignments(path: Path, schemes: pd.DataFrame, units: dict[str, set[str]], sources: dict) -> pd.DataFrame:
    """Assignments of ``zones.csv``; every scheme must place each of the ``units`` (per level) exactly once."""
    frame = tables.read_csv(path, required=ZONE_FIELDS, key=["scheme", "ags"])
    zones = set(zip(schemes["scheme"], schemes["zone"]))
    levels = []
    for line, row in tables.numbered(frame):
        if (row.scheme, row.zone) not in zones:
            raise InputError(path, f"zone {row.zone!r} is not a zone of scheme {row.scheme!r} in zone_schemes.csv", line=line, field="zone")
        level = next((lv for lv, members in units.items() if row.ags in members), None)
        if level is None:
            raise InputError(path, f"unknown AGS {row.ags!r}: not an RVR Gemeinde or Kreis", line=line, field="ags")
        if not row.rationale:
            raise InputError(path, "every assignment needs a rationale", line=line, field="rationale")
        if row.source_id and row.source_id not in sources:
            raise InputError(path, f"source {row.source_id!r} is not in sources.csv", line=line, field="source_id")
        levels.append(level)
    frame = frame.assign(level=levels)
    for scheme in schemes["scheme"].unique():
        for level, members in units.items():
            placed = set(frame.loc[(frame["scheme"] == scheme) & (frame["level"] == level), "ags"])
            if placed != members:
                missing = sorted(members - placed)
                raise InputError(
                    path, f"scheme {scheme!r} leaves {len(missing)} {level} unit(s) without a zone: {', '.join(missing[:5])}", field="ags"
                )
    return frame[["scheme", "level", "ags", "zone", "rationale", "source_id"]]


def kreis_scheme(register: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The generated scheme ``kreis``: assignments for Gemeinden and Kreise, and its zone list."""
    kreise = register.drop_duplicates("kreis_ags").sort_values("kreis_ags")
    zones = pd.DataFrame(
        {
            "scheme": KREIS_SCHEME,
            "scheme_label_de": "Kreise und kreisfreie Städte",
            "scheme_label_en": "Districts and district-free cities",
            "zone": kreise["kreis_ags"],
            "zone_label_de": kreise["kreis"],
            "zone_label_en": kreise["kreis"],
            "role": "other",
            "colour": KREIS_COLOURS[: len(kreise)],
            "order": [str(i + 1) for i in range(len(kreise))],
        }
    )
    gemeinden = pd.DataFrame(
        {
            "scheme": KREIS_SCHEME,
            "level": "gemeinde",
            "ags": register["ags"],
            "zone": register["kreis_ags"],
            "rationale": "Verwaltungsgliederung: gehört zu " + register["kreis"] + ".",
            "source_id": register["membership_source_id"],
        }
    )
    own = pd.DataFrame(
        {
            "scheme": KREIS_SCHEME,
            "level": "kreis",
            "ags": kreise["kreis_ags"],
            "zone": kreise["kreis_ags"],
            "rationale": "Der Kreis bzw. die kreisfreie Stadt selbst.",
            "source_id": kreise["membership_source_id"],
        }
    )
    return pd.concat([gemeinden, own], ignore_index=True), zones


def run(register: pd.DataFrame, sources: dict, raw: Path = RAW) -> tuple[pd.DataFrame, list[dict]]:
    """All assignments (authored schemes + ``kreis``) and the scheme descriptions for the pack."""
    schemes = read_schemes(raw / "zone_schemes.csv")
    units = {"gemeinde": set(register["ags"]), "kreis": set(register["kreis_ags"])}
    assignments = read_assignments(raw / "zones.csv", schemes, units, sources)
    generated, kreis_zones = kreis_scheme(register)
    assignments = pd.concat([assignments, generated], ignore_index=True)
    assignments = assignments.sort_values(["scheme", "level", "ags"], kind="mergesort").reset_index(drop=True)
    described = []
    for scheme, group in pd.concat([schemes, kreis_zones], ignore_index=True).groupby("scheme", sort=False):
        group = group.sort_values("order", key=lambda s: s.astype(int))
        first = group.iloc[0]
        described.append(
            {
                "id": scheme,
                "label": {"de": first["scheme_label_de"], "en": first["scheme_label_en"]},
                "zones": [
                    {"id": z.zone, "label": {"de": z.zone_label_de, "en": z.zone_label_en}, "role": z.role, "colour": z.colour}
                    for z in group.itertuples()
                ],
            }
        )
    return assignments, described
