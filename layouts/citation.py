"""Ready citations of a view or a download: German, English, BibTeX and CSL-JSON, each naming the data version."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date

from geo import query
from geo.datasheet import publications
from layouts import data_text
from layouts.map_panel import title as map_title

FORMATS = ("de", "en", "bibtex", "csl")


@dataclass(frozen=True)
class Cited:
    """What a citation names: a title per language, the sources' publishers, the version and the link."""

    title: dict[str, str]
    publishers: tuple[str, ...]
    version: str
    url: str
    key: str  # a BibTeX key


def publishers(atlas, source_ids) -> tuple[str, ...]:
    """The publishers behind ``source_ids`` (a derived source stands for the publications it was computed from)."""
    published = [source for source in publications(source_ids, atlas) if not source["based_on"]]
    return tuple(dict.fromkeys(source["publisher"] for source in published))


def of_view(atlas, state, url: str) -> Cited:
    """The citation of the view on screen (the map's title in both languages) at the link ``url``."""
    view = query.map_view(atlas, state)
    titles = {lang: map_title(atlas, replace(state, lang=lang), view) for lang in data_text.DATA}
    return Cited(
        titles,
        publishers(atlas, query.source_ids(atlas, view.indicator, view.level, view.year)),
        atlas.version,
        url,
        f"ruhratlas_{view.indicator}_{view.year}_{view.level}",
    )


def text(cited: Cited, lang: str, accessed: date) -> str:
    words = data_text.DATA[lang]
    day = accessed.strftime("%d.%m.%Y") if lang == "de" else accessed.isoformat()
    return words["citation"].format(
        title=cited.title[lang], version=cited.version, publishers="; ".join(cited.publishers), url=cited.url, accessed=day
    )


def _bibtex_escape(value: str) -> str:
    return re.sub(r"([{}%&$#_])", r"\\\1", value)


def bibtex(cited: Cited, accessed: date, lang: str = "de") -> str:
    """A ``@misc`` entry in ``lang`` (biblatex reads ``version`` and ``urldate``; BibTeX ignores what it does not know)."""
    words = data_text.DATA[lang]
    fields = {
        "author": "{" + words["publisher_atlas"] + "}",
        "title": cited.title[lang],
        "year": cited.version[:4],
        "version": cited.version,
        "url": cited.url,
        "urldate": accessed.isoformat(),
        "note": words["cite_data"] + ": " + "; ".join(cited.publishers),
    }
    body = ",\n".join(f"  {name} = {{{value if name in ('url', 'author') else _bibtex_escape(value)}}}" for name, value in fields.items())
    return f"@misc{{{cited.key}_{cited.version.replace('-', '')},\n{body}\n}}"


def csl(cited: Cited, accessed: date, lang: str = "de") -> str:
    """CSL-JSON in ``lang``, the format reference managers (Zotero, Citavi, pandoc) import."""
    issued = [int(part) for part in cited.version[:10].split("-")]
    item = {
        "id": f"{cited.key}_{cited.version}",
        "type": "dataset",
        "title": cited.title[lang],
        "author": [{"literal": data_text.DATA[lang]["publisher_atlas"]}],
        "language": lang,
        "publisher": "; ".join(cited.publishers),
        "version": cited.version,
        "issued": {"date-parts": [issued]},
        "accessed": {"date-parts": [[accessed.year, accessed.month, accessed.day]]},
        "URL": cited.url,
    }
    return json.dumps([item], ensure_ascii=False, indent=2)


def all_formats(cited: Cited, accessed: date, lang: str) -> dict[str, str]:
    """``{format: text}`` for :data:`FORMATS`; BibTeX and CSL-JSON in the page's language ``lang``."""
    return {
        "de": text(cited, "de", accessed),
        "en": text(cited, "en", accessed),
        "bibtex": bibtex(cited, accessed, lang),
        "csl": csl(cited, accessed, lang),
    }
