"""Citable versions of the data pack, and what changed for an indicator between two of them.

A pack's version is ``<date>-<hash>``: the day a build first wrote these outputs, and the first
eight hex digits of a SHA-256 over the output checksums of ``manifest.json`` (every pack file but
``versions.json`` itself and the manifest). ``versions.json`` keeps every version the pack has had,
oldest first, each with a fingerprint per indicator: a hash of its rows (values, flags, sources,
notes), a hash of its catalog entry (labels, unit, definition, method), a hash of its recorded series
breaks and its first and last year per level. The build appends an entry only when the outputs changed, so rebuilding unchanged inputs
(and ``--check``) gives the same bytes. A permalink that names an older version can then say what
changed since for the indicator it shows (:func:`changes`).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pandas as pd

from geo.errors import InputError

FILE = "versions.json"
MANIFEST = "manifest.json"
HASH_LENGTH = 8
#: A version as written in a link: ``2026-12-02-1a2b3c4d``.
PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9a-f]{8}"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def pack_hash(checksums: dict[str, str]) -> str:
    """The short content hash of a pack from its files' SHA-256 (the manifest's ``outputs``).

    >>> pack_hash({"a.csv": "00", "versions.json": "ff"}) == pack_hash({"a.csv": "00"})
    True
    """
    listed = "".join(f"{name} {checksums[name]}\n" for name in sorted(checksums) if name not in (FILE, MANIFEST))
    return _digest(listed)


def fingerprints(indicators: pd.DataFrame, catalog: list[dict], breaks: pd.DataFrame) -> dict[str, dict]:
    """Per indicator: hash of its rows, of its catalog entry and of its series breaks; first and last year per level."""
    result = {}
    for entry in catalog:
        rows = indicators[indicators["indicator"] == entry["id"]]
        described = {key: value for key, value in entry.items() if key not in ("years", "source_ids")}
        result[entry["id"]] = {
            "values": _digest(rows.to_csv(index=False)),
            "metadata": _digest(json.dumps(described, sort_keys=True, ensure_ascii=False)),
            "breaks": breaks_digest(breaks[breaks["indicator"] == entry["id"]]),
            "years": {level: [years[0], years[-1]] for level, years in entry["years"].items()},
        }
    return result


def breaks_digest(breaks: pd.DataFrame) -> str:
    """The hash of an indicator's series breaks (their rows in the pack's order and columns); none recorded: :data:`NO_BREAKS`."""
    return _digest(breaks.to_csv(index=False, header=False)) if len(breaks) else NO_BREAKS


#: The breaks hash of an indicator without recorded breaks (also of versions written before the pack recorded any).
NO_BREAKS = _digest("")


def build_day() -> date:
    """Today in UTC, or the day of ``SOURCE_DATE_EPOCH`` when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.date()


def updated(history: list[dict], checksums: dict[str, str], marks: dict[str, dict], day: date) -> list[dict]:
    """``history`` with a new last entry when the outputs differ from its last version's; else unchanged.

    >>> first = updated([], {"a.csv": "00"}, {}, date(2026, 12, 2))
    >>> first[-1]["version"] == "2026-12-02-" + pack_hash({"a.csv": "00"}), updated(first, {"a.csv": "00"}, {}, date(2027, 1, 1)) == first
    (True, True)
    """
    content = pack_hash(checksums)
    if history and history[-1]["hash"] == content:
        return history
    return [*history, {"version": f"{day.isoformat()}-{content}", "date": day.isoformat(), "hash": content, "indicators": marks}]


def read(data: bytes | None, path="versions.json") -> list[dict]:
    """The history in a pack's ``versions.json`` (an empty list when there is none yet)."""
    if data is None:
        return []
    try:
        history = json.loads(data)
        if not all(isinstance(entry["version"], str) and isinstance(entry["indicators"], dict) for entry in history):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise InputError(path, "is not a readable version history (a list of versions with their indicators)") from None
    return history


def current(history: list[dict]) -> str:
    return history[-1]["version"]


@dataclass(frozen=True)
class Change:
    """One thing that differs for an indicator between an older version and the current one (``kind`` names a UI text)."""

    kind: str  # "new", "values", "metadata", "breaks", "years", "level_added", "level_removed" or "unchanged"
    level: str = ""
    before: str = ""
    after: str = ""


def _span(years: list[int]) -> str:
    return str(years[0]) if years[0] == years[1] else f"{years[0]}–{years[1]}"


def changes(history: list[dict], version: str, indicator: str) -> list[Change] | None:
    """What changed for ``indicator`` since ``version``; ``None`` when ``version`` is not in the history.

    An empty list means ``version`` is the current one. ``unchanged`` says that other data of the pack
    changed but this indicator's did not.
    """
    known = {entry["version"]: entry for entry in history}
    if version not in known:
        return None
    if version == current(history):
        return []
    before = known[version]["indicators"].get(indicator)
    after = history[-1]["indicators"][indicator]
    if before is None:
        return [Change("new")]
    found = []
    for level in sorted(set(before["years"]) | set(after["years"])):
        old, new = before["years"].get(level), after["years"].get(level)
        if old is None:
            found.append(Change("level_added", level, "", _span(new)))
        elif new is None:
            found.append(Change("level_removed", level, _span(old), ""))
        elif old != new:
            found.append(Change("years", level, _span(old), _span(new)))
    if before["values"] != after["values"]:
        found.append(Change("values"))
    if before["metadata"] != after["metadata"]:
        found.append(Change("metadata"))
    if before.get("breaks", NO_BREAKS) != after.get("breaks", NO_BREAKS):
        found.append(Change("breaks"))
    return found or [Change("unchanged")]
